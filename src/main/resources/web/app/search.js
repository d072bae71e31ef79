// The start page (the most named actors and places, the outlets) and entity search by name.
import { h, section, empty } from './dom.js';
import { localName, entityHref } from './sparql.js';
import { term } from './queries.js';
import { pagedList } from './table.js';
import { filterParams, filterBar } from './filters.js';

export function typeBadge(classIri) {
  if (!classIri) return '';
  const name = localName(classIri);
  return h('span', { class: `badge type-${name}` }, name.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

export function entityLink(iri, label) {
  return h('a', { href: entityHref(iri) }, label || localName(iri));
}

export function outletLink(row) {
  if (!row.o) return h('span', { class: 'muted' }, '(outlet not stated)');
  return h('a', { href: `#/documents?outlet=${encodeURIComponent(term.of(row.$.o))}` }, row.outlet);
}

export async function homeView(root, { search, path, signal }) {
  const params = filterParams(search);
  const [entities, outlets] = await Promise.all([
    pagedList(
      {
        id: 'most-named',
        query: 'home-entities',
        total: 'home-entities-count',
        params,
        file: 'most-named',
        columns: [
          ['Name', (r) => entityLink(r.e, r.label)],
          ['Type', (r) => typeBadge(r.type)],
          ['Mentions', (r) => Number(r.mentions).toLocaleString()],
          ['Documents', (r) => Number(r.documents).toLocaleString()],
        ],
      },
      signal,
    ),
    pagedList(
      {
        id: 'outlets',
        query: 'outlets',
        pageSize: 10,
        file: 'outlets',
        columns: [
          ['Outlet', outletLink],
          ['Documents', (r) => Number(r.documents).toLocaleString()],
        ],
      },
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
      ', the ',
      h('a', { href: '#/documents' }, 'documents'),
      ', the ',
      h('a', { href: '#/map' }, 'map'),
      ' or the ',
      h('a', { href: '#/sparql' }, 'SPARQL editor'),
      '.',
    ),
    section(
      'Most named',
      Number(entities.dataset.total),
      await filterBar(path, search, ['type'], {}, signal),
      entities.rows.length === 0 ? empty('No entities in the store yet.') : entities,
    ),
    section('Outlets', undefined, outlets.rows.length === 0 ? empty('No document states its outlet.') : outlets),
  );
}

export async function searchView(root, { arg, signal }) {
  document.getElementById('search').value = arg;
  const results = await pagedList(
    {
      id: 'search-results',
      query: 'search',
      params: { term: term.literal(arg.toLowerCase()) },
      file: 'search',
      render: (rows) =>
        h(
          'ol',
          { class: 'results' },
          rows.map((r) =>
            h(
              'li',
              {},
              entityLink(r.e, r.label),
              ' ',
              typeBadge(r.type),
              h('span', { class: 'muted' }, ` ${Number(r.mentions || 0).toLocaleString()} mention${r.mentions === '1' ? '' : 's'}`),
              r.alts ? h('div', { class: 'alts' }, 'also: ', r.alts) : '',
            ),
          ),
        ),
    },
    signal,
  );
  root.append(
    h('h1', {}, 'Search: ', h('q', {}, arg)),
    results.rows.length === 0
      ? empty(`Nothing is called “${arg}”. Try part of a name, e.g. “Lavrov” or “Army”.`)
      : results,
  );
}
