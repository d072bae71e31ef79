// The page's SPARQL, in one place: the templates in views/*.rq (also read by `newsgraph bench-page`).
// A template's $name is a parameter filled with a SPARQL term, and a line "#?name ..." is a filter
// that applies only when name is given (see views/index.txt).
import { send } from './sparql.js';

const templates = new Map();

async function text(path, signal) {
  const response = await fetch(path, { signal });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return response.text();
}

async function template(name, signal) {
  if (!templates.has(name)) {
    templates.set(
      name,
      Promise.all([text('views/prefixes.rq', signal), text(`views/${name}.rq`, signal)]).then(
        ([prefixes, body]) => prefixes + body,
      ),
    );
  }
  return templates.get(name);
}

/** The template with its "#?name" lines kept or dropped, and each $name that params has replaced by its term. */
export function fill(sparql, params) {
  return sparql
    .replace(/^(\s*)#\?(\w+) (.*)$/gm, (whole, indent, name, line) => (name in params ? indent + line : ''))
    .replace(/\$([A-Za-z]\w*)/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** SPARQL terms for parameters. */
export const term = {
  iri(value) {
    if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*$/i.test(value)) throw new Error(`not an IRI: ${value}`);
    return `<${value}>`;
  },
  literal(value) {
    return `"${String(value).replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
  },
  integer(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`not a count: ${value}`);
    return String(n);
  },
  date(value) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`not a date (YYYY-MM-DD): ${value}`);
    return `"${value}"^^<http://www.w3.org/2001/XMLSchema#date>`;
  },
  /** A term as the JSON results give it, e.g. an outlet to filter by. */
  of(json) {
    if (json.type === 'uri') return term.iri(json.value);
    if (json['xml:lang']) return `${term.literal(json.value)}@${json['xml:lang']}`;
    return json.datatype ? `${term.literal(json.value)}^^${term.iri(json.datatype)}` : term.literal(json.value);
  },
};

/** The query text for a view: the template, filled. */
export async function sparqlFor(name, params, signal) {
  return fill(await template(name, signal), { limit: 1000, offset: 0, ...params });
}

/**
 * Runs a view's query; resolves to rows of plain values, each with the raw terms under row.$ (for
 * filters that take a term back). rows.capped is the server's row cap when it cut the answer.
 */
export async function run(name, params, signal) {
  const response = await send(await sparqlFor(name, params, signal), 'application/sparql-results+json', signal);
  const json = await response.json();
  const rows = json.results.bindings.map((binding) => {
    const row = Object.fromEntries(Object.entries(binding).map(([k, t]) => [k, t.value]));
    row.$ = binding;
    return row;
  });
  rows.capped = Number(response.headers.get('NewsGraph-Row-Cap')) || 0;
  return rows;
}

/** The ?total a count query answers. */
export async function count(name, params, signal) {
  const rows = await run(name, params, signal);
  return Number(rows[0]?.total || 0);
}

/** Runs a view's query for CSV, up to the server's row cap; resolves to { csv, capped }. */
export async function csv(name, params, signal) {
  const response = await send(await sparqlFor(name, { limit: 1000000, offset: 0, ...params }), 'text/csv', signal);
  return { csv: await response.text(), capped: Number(response.headers.get('NewsGraph-Row-Cap')) || 0 };
}

/** A term given in the page's address (a filter's value): checked to be one IRI or one literal, nothing more. */
export function parseTerm(text) {
  const iri = /^<[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*>$/i;
  const literal = /^"(?:[^"\\\n\r]|\\["\\nrt])*"(?:@[a-z]+(?:-[a-z0-9]+)*|\^\^<[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*>)?$/i;
  if (iri.test(text) || literal.test(text)) return text;
  throw new Error(`not a SPARQL term: ${text}`);
}
