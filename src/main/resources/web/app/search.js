// The start page (documents, most-named entities) and entity search by label or alternative label.
import { h, section, empty } from './dom.js';
import { select, literal, localName, entityHref, ACTOR_CLASSES } from './sparql.js';

const CLASS_FILTER = `FILTER(?class IN (${ACTOR_CLASSES.map((c) => `ng:${c}`).join(', ')}))`;

export async function homeView(root, signal) {
  const [documents, entities] = await Promise.all([
    select(
      `SELECT ?file ?o ?outlet ?issued ?title WHERE {
        ?doc a ng:Document ; ng:fileName ?file .
        OPTIONAL { ?doc ng:outlet ?o . ?o rdfs:label ?outlet } OPTIONAL { ?doc dct:issued ?issued } OPTIONAL { ?doc dct:title ?title }
      } ORDER BY ?outlet ?file`,
      signal,
    ),
    select(
      `SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?class) AS ?type) (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
        ?m ng:refersTo ?e . ?e rdfs:label ?l ; a ?class . ${CLASS_FILTER}
      } GROUP BY ?e ORDER BY DESC(?mentions) LIMIT 24`,
      signal,
    ),
  ]);
  root.append(
    h(
      'p',
      { class: 'intro' },
      'Who backs or opposes whom, and who claims or denies what, as each outlet reports it. ',
      'Search for an actor above, or open the ',
      h('a', { href: '#/network' }, 'network'),
      ', the ',
      h('a', { href: '#/claims' }, 'claims by outlet'),
      ' or the ',
      h('a', { href: '#/sparql' }, 'SPARQL editor'),
      '.',
    ),
    section(
      'Most named',
      entities.length,
      entities.length === 0
        ? empty('No entities in the store yet.')
        : h(
            'ul',
            { class: 'chips' },
            entities.map((e) =>
              h(
                'li',
                {},
                h('a', { href: entityHref(e.e) }, e.label),
                ' ',
                typeBadge(e.type),
                h('span', { class: 'muted' }, ` ${e.mentions}×`),
              ),
            ),
          ),
    ),
    section(
      'Documents',
      documents.length,
      documents.length === 0
        ? empty('The store holds no documents; run newsgraph ingest.')
        : h(
            'table',
            {},
            h(
              'thead',
              {},
              h('tr', {}, h('th', {}, 'Outlet'), h('th', {}, 'Published'), h('th', {}, 'Title'), h('th', {}, 'File')),
            ),
            h(
              'tbody',
              {},
              documents.map((d) =>
                h(
                  'tr',
                  {},
                  h('td', {}, d.o ? h('a', { href: entityHref(d.o) }, d.outlet) : '—'),
                  h('td', {}, d.issued || '—'),
                  h('td', {}, d.title || '—'),
                  h('td', { class: 'muted' }, d.file),
                ),
              ),
            ),
          ),
    ),
  );
}

export function typeBadge(classIri) {
  if (!classIri) return '';
  const name = localName(classIri);
  return h('span', { class: `badge type-${name}` }, name.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

export async function searchView(root, term, signal) {
  document.getElementById('search').value = term;
  const rows = await select(
    `SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?class) AS ?type)
        (GROUP_CONCAT(DISTINCT ?alt; separator=" · ") AS ?alts) (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
      { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
      FILTER(CONTAINS(LCASE(STR(?name)), LCASE(${literal(term)})))
      ?e rdfs:label ?l ; a ?class . ${CLASS_FILTER}
      OPTIONAL { ?e skos:altLabel ?alt }
      OPTIONAL { ?m ng:refersTo ?e }
    } GROUP BY ?e ORDER BY DESC(?mentions) ?label LIMIT 100`,
    signal,
  );
  root.append(
    h('h1', {}, 'Search: ', h('q', {}, term)),
    rows.length === 0
      ? empty(`Nothing is called “${term}”. Try part of a name, e.g. “Lavrov” or “Army”.`)
      : h(
          'ol',
          { class: 'results', id: 'search-results' },
          rows.map((r) =>
            h(
              'li',
              {},
              h('a', { href: entityHref(r.e) }, r.label),
              ' ',
              typeBadge(r.type),
              h('span', { class: 'muted' }, ` ${r.mentions} mention${r.mentions === '1' ? '' : 's'}`),
              r.alts ? h('div', { class: 'alts' }, 'also: ', r.alts) : '',
            ),
          ),
        ),
  );
}
