// Across outlets, from the analysis graph that ingest rebuilds: the propositions (what several articles
// state alike), a proposition's claims in one column per outlet with the claims that contradict or
// doubt it beside them; and the framing table (how each outlet names one side, loaded terms marked,
// outlets ranked by loading). Every list comes a page at a time.
import { h, groupBy, section, empty } from './dom.js';
import { entityHref } from './sparql.js';
import { run, term } from './queries.js';
import { pagedList } from './table.js';
import { NO_OUTLET } from './claims.js';
import { documentHref } from './document.js';

const ACTORS_LISTED = 100;

export const propositionHref = (p) => `#/propositions/${encodeURIComponent(p)}`;

const count = (value) => Number(value).toLocaleString();

export async function propositionsView(root, { arg, signal }) {
  if (arg) {
    root.append(h('p', {}, h('a', { href: '#/propositions' }, '← all propositions')));
    await propositionView(root, arg, signal);
  } else {
    await listView(root, signal);
  }
}

async function listView(root, signal) {
  const list = await pagedList(
    {
      id: 'proposition-list',
      query: 'proposition-list',
      total: 'proposition-list-count',
      file: 'propositions',
      columns: [
        ['What is stated', (r) => h('a', { href: propositionHref(r.p) }, r.label)],
        ['Event', (r) => h('span', { class: 'badge' }, r.event)],
        ['Outlets', (r) => count(r.outlets)],
        ['Articles', (r) => count(r.documents)],
        ['Sourcing', (r) => r.sourcing],
        ['First', (r) => h('span', { class: 'muted' }, r.first || '')],
        ['Against', (r) => (r.against === '0' ? '' : h('span', { class: 'badge against' }, r.against))],
      ],
    },
    signal,
  );
  root.append(
    h('h1', {}, 'Propositions across outlets'),
    list.rows.length === 0
      ? empty('No proposition is stated by more than one article, or contradicted, yet.')
      : section('Stated by several articles or spoken against', Number(list.dataset.total), list),
  );
}

async function propositionView(root, p, signal) {
  const proposition = term.iri(p);
  const [facts, against] = await Promise.all([
    run('proposition-facts', { proposition }, signal),
    run('proposition-against-count', { proposition }, signal),
  ]);
  if (facts.length === 0) {
    root.append(h('h1', {}, 'Not found'), empty(`No proposition ${p} in this store.`));
    return;
  }
  const f = facts[0];
  const againstTotal = Number(against[0]?.total || 0);
  const [claims, contrary] = await Promise.all([
    pagedList(
      {
        id: 'proposition-claims',
        query: 'proposition-claims',
        params: { proposition },
        total: Number(f.claims),
        pageSize: 30,
        file: 'proposition-claims',
        render: lineup,
      },
      signal,
    ),
    pagedList(
      {
        id: 'proposition-against',
        query: 'proposition-against',
        params: { proposition },
        total: againstTotal,
        file: 'proposition-against',
        render: (rows) => h('div', {}, rows.map((r) => card(r, r.link))),
      },
      signal,
    ),
  ]);
  root.append(
    header(f),
    h(
      'div',
      { class: 'proposition-layout' },
      section('Stated in', Number(f.claims), claims),
      section('Contradicted or doubted by', againstTotal, againstTotal === 0 ? empty('no claim speaks against it') : contrary),
    ),
  );
}

function header(f) {
  const when = f.from ? (f.from === f.to ? f.from : `${f.from} to ${f.to}`) : 'unknown';
  return h(
    'div',
    { class: 'entity-header', id: 'proposition-header' },
    h('h1', {}, f.label),
    h(
      'dl',
      {},
      [
        ['event', f.event],
        ['when', when],
        ['where', f.places || '—'],
        ['stated by', `${f.speakers} speakers in ${f.outlets} outlets; ${f.sourcing} (${f.sources})`],
        ['first reported', f.first || 'unknown'],
      ].map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
    ),
  );
}

/** One page of a proposition's claims, one column per outlet. */
function lineup(rows) {
  return h(
    'div',
    { class: 'lineup', id: 'proposition-lineup' },
    [...groupBy(rows, (c) => c.outlet || NO_OUTLET)].map(([outlet, claims]) =>
      h('div', { class: 'outlet-column', 'data-outlet': outlet }, h('h3', {}, outlet), claims.map((c) => card(c, 'states'))),
    ),
  );
}

/** A claim with its sentence and source; one against the proposition also shows its link, reason and outlet. */
function card(row, kind) {
  const states = kind === 'states';
  return h(
    'article',
    { class: `claim ${kind}` },
    h(
      'div',
      { class: 'claim-head' },
      states ? '' : [h('span', { class: `badge link-${row.link}` }, `${row.link} · ${row.reason}`), ' '],
      h('strong', {}, row.speakers || ''),
      states ? '' : h('span', { class: 'muted' }, ` — ${row.outlet || NO_OUTLET}`),
    ),
    h('blockquote', { class: 'sentence' }, row.text),
    h(
      'div',
      { class: 'source muted' },
      h('a', { href: documentHref(row.doc) }, row.title || row.file),
      row.issued ? ` — ${row.issued}` : '',
    ),
  );
}

/** How each outlet names one actor: its terms with counts, loaded ones marked, outlets ranked by loading. */
export async function framingView(root, { arg, signal }) {
  const actors = await run('framing-actors', { limit: ACTORS_LISTED }, signal);
  root.append(h('h1', {}, 'Framing: how each outlet names a side'));
  if (actors.length === 0) {
    root.append(empty('No names counted yet.'));
    return;
  }
  const chosen = arg || actors[0].actor;
  const picker = h(
    'select',
    {
      id: 'framing-picker',
      'aria-label': 'Actor',
      onchange: () => {
        location.hash = `#/framing/${encodeURIComponent(picker.value)}`;
      },
    },
    actors.map((a) => h('option', { value: a.actor, selected: a.actor === chosen }, `${a.label} (${count(a.mentions)})`)),
  );
  const table = await pagedList(
    {
      id: 'framing',
      query: 'framing-outlets',
      total: 'framing-outlets-count',
      params: { actor: term.iri(chosen) },
      file: 'framing',
      render: framingTable,
    },
    signal,
  );
  root.append(
    h('div', { class: 'toolbar' }, h('label', {}, 'Names for ', picker), h('a', { href: entityHref(chosen) }, 'entity page')),
    actors.length === ACTORS_LISTED
      ? h('p', { class: 'notice' }, `The list holds the ${ACTORS_LISTED} most named actors; open one from its entity page's address.`)
      : '',
    table.rows.length === 0 ? empty('No outlet names it.') : table,
    h(
      'p',
      { class: 'muted' },
      'Loading: the share of mentions using a loaded term, weighted by the loaded-terms lexicon (0 neutral, 1 a label that takes a side).',
    ),
  );
}

function framingTable(rows) {
  return h(
    'table',
    { id: 'framing-table' },
    h('thead', {}, h('tr', {}, ['Outlet', 'Mentions', 'Loading', 'Names and descriptions'].map((t) => h('th', {}, t)))),
    h(
      'tbody',
      {},
      rows.map((o) => {
        const outlet = o.outlet || NO_OUTLET;
        const loading = Number(o.loading);
        return h(
          'tr',
          { 'data-outlet': outlet },
          h('td', {}, outlet),
          h('td', {}, count(o.mentions)),
          h('td', {}, h('meter', { min: 0, max: 1, value: loading.toFixed(3) }), ' ', loading.toFixed(2)),
          h('td', { class: 'terms' }, terms(o.terms).map(termBadge)),
        );
      }),
    ),
  );
}

/** The entries of ?terms ("term count", a loaded one followed by "[word weight]"), most used first. */
function terms(text) {
  return text
    .split(' | ')
    .map((entry) => /^(.*) (\d+)(?: \[(.*) ([\d.]+)\])?$/.exec(entry))
    .filter(Boolean)
    .map(([, name, n, word, weight]) => ({ name, n: Number(n), word, weight: Number(weight || 0) }))
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
}

function termBadge(t) {
  return h(
    'span',
    { class: t.weight > 0 ? 'term loaded' : 'term', title: t.word ? `loaded: ${t.word} (${t.weight})` : '' },
    `${t.name} ${t.n}`,
  );
}
