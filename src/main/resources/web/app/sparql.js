// The page's only data source: the server's own SPARQL endpoint.

export const ENDPOINT = new URL('kg/sparql', document.baseURI).href;
export const ENTITY_BASE = 'https://w3id.org/newsgraph/entity/';
export const NG = 'https://w3id.org/newsgraph/ontology#';
export const ACTOR_CLASSES = ['State', 'Organization', 'ArmedGroup', 'Person', 'Place'];

export const PREFIXES = `PREFIX ng:   <${NG}>
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl:  <http://www.w3.org/2002/07/owl#>
PREFIX dct:  <http://purl.org/dc/terms/>
PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
`;

/** A failed request, with the server's own message (for a malformed query: the parser's). */
export class SparqlError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Sends a query; resolves to the Response. Errors carry the server's text. */
export async function send(query, accept, signal) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-query', Accept: accept },
    body: query,
    signal,
  });
  if (!response.ok) {
    const text = (await response.text()).trim();
    // A 4xx carries the server's own message, the one the command line prints: show it as it is.
    const clientError = response.status >= 400 && response.status < 500 && text;
    throw new SparqlError(response.status, clientError ? text : `${response.status} ${response.statusText}: ${text}`);
  }
  return response;
}

export function localName(value) {
  return value.replace(/^.*[#/]/, '');
}

export function entityHref(value) {
  return `#/entity/${encodeURIComponent(value)}`;
}

export function wikidataPage(value) {
  const qid = /^https?:\/\/www\.wikidata\.org\/entity\/(Q\d+)$/.exec(value);
  return qid ? `https://www.wikidata.org/wiki/${qid[1]}` : null;
}
