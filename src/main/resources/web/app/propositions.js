// Across outlets: propositions (what several articles state alike), each with its claims in one column per
// outlet and the claims that contradict or doubt it beside them; and the framing table (how each outlet
// names one side, loaded terms marked). All from the analysis graph that ingest rebuilds.
import { h, groupBy, section, empty } from './dom.js';
import { select, iri, literal, entityHref } from './sparql.js';
import { NO_OUTLET } from './claims.js';

/** The outlet of ?doc as a name, whether ng:outlet is a plain string or an ng:Outlet node with a label. */
const OUTLET = (doc, name) => `OPTIONAL { ${doc} ng:outlet ?o_${name} . OPTIONAL { ?o_${name} rdfs:label ?ol_${name} } }
  BIND(COALESCE(?ol_${name}, STR(?o_${name})) AS ?${name})`;

export const propositionHref = (p) => `#/propositions/${encodeURIComponent(p)}`;

function propositionList(signal) {
  return select(
    `SELECT ?p ?label ?event ?outlets ?documents ?sourcing ?first (COUNT(DISTINCT ?x) AS ?against) WHERE {
      ?p a ng:Proposition ; rdfs:label ?label ; ng:eventType ?event ; ng:outletCount ?outlets ;
         ng:documentCount ?documents ; ng:sourcing ?sourcing .
      OPTIONAL { ?p ng:firstReported ?first }
      OPTIONAL { ?x ng:contradicts|ng:disputes ?p }
    } GROUP BY ?p ?label ?event ?outlets ?documents ?sourcing ?first
    HAVING (?documents > 1 || COUNT(DISTINCT ?x) > 0)
    ORDER BY DESC(?outlets) DESC(?documents) DESC(?against) ?label LIMIT 200`,
    signal,
  );
}

async function listView(root, signal) {
  const rows = await propositionList(signal);
  root.append(h('h1', {}, 'Propositions across outlets'));
  if (rows.length === 0) {
    root.append(empty('No proposition is stated by more than one article, or contradicted, yet.'));
    return;
  }
  root.append(
    h(
      'table',
      { id: 'proposition-list' },
      h('thead', {}, h('tr', {}, ['What is stated', 'Event', 'Outlets', 'Articles', 'Sourcing', 'First', 'Against'].map((t) => h('th', {}, t)))),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            { 'data-proposition': r.p },
            h('td', {}, h('a', { href: propositionHref(r.p) }, r.label)),
            h('td', {}, h('span', { class: 'badge' }, r.event)),
            h('td', {}, r.outlets),
            h('td', {}, r.documents),
            h('td', {}, r.sourcing),
            h('td', { class: 'muted' }, r.first || ''),
            h('td', {}, r.against === '0' ? '' : h('span', { class: 'badge against' }, r.against)),
          ),
        ),
      ),
    ),
  );
}

function claimsOfProposition(p, signal) {
  return select(
    `SELECT ?claim ?text ?file ?outlet ?issued (GROUP_CONCAT(DISTINCT ?who; separator=", ") AS ?speakers) WHERE {
      ?claim ng:expresses ${iri(p)} .
      GRAPH ?doc { ?claim ng:text ?text . ?doc ng:fileName ?file . OPTIONAL { ?doc dct:issued ?issued } }
      ?w ng:claims|ng:denies ?claim . ?w rdfs:label ?who .
      ${OUTLET('?doc', 'outlet')}
    } GROUP BY ?claim ?text ?file ?outlet ?issued ORDER BY ?issued ?file`,
    signal,
  );
}

function againstProposition(p, signal) {
  return select(
    `SELECT ?x ?link ?reason ?text ?file ?outlet (GROUP_CONCAT(DISTINCT ?who; separator=", ") AS ?speakers) WHERE {
      ?d a ng:Disagreement ; rdf:subject ?x ; rdf:predicate ?pred ; rdf:object ${iri(p)} ; ng:reason ?reason .
      BIND(STRAFTER(STR(?pred), "#") AS ?link)
      GRAPH ?doc { ?x ng:text ?text . ?doc ng:fileName ?file }
      ?w ng:claims|ng:denies ?x . ?w rdfs:label ?who .
      ${OUTLET('?doc', 'outlet')}
    } GROUP BY ?x ?link ?reason ?text ?file ?outlet ORDER BY ?link ?file`,
    signal,
  );
}

function propositionFacts(p, signal) {
  return select(
    `SELECT ?label ?event ?from ?to ?sourcing ?outlets ?speakers ?first
       (GROUP_CONCAT(DISTINCT ?placeLabel; separator=", ") AS ?places)
       (GROUP_CONCAT(DISTINCT ?sourceLabel; separator=", ") AS ?sources) WHERE {
      ${iri(p)} rdfs:label ?label ; ng:eventType ?event ; ng:sourcing ?sourcing ; ng:outletCount ?outlets ;
        ng:speakerCount ?speakers .
      OPTIONAL { ${iri(p)} ng:timeFrom ?from ; ng:timeTo ?to }
      OPTIONAL { ${iri(p)} ng:firstReported ?first }
      OPTIONAL { ${iri(p)} ng:place/rdfs:label ?placeLabel }
      OPTIONAL { ${iri(p)} ng:source/rdfs:label ?sourceLabel }
    } GROUP BY ?label ?event ?from ?to ?sourcing ?outlets ?speakers ?first`,
    signal,
  );
}

function card(row, kind) {
  return h(
    'article',
    { class: `claim ${kind}` },
    h(
      'div',
      { class: 'claim-head' },
      kind === 'states' ? '' : h('span', { class: `badge link-${row.link}` }, `${row.link} · ${row.reason}`),
      ' ',
      h('strong', {}, row.speakers),
      kind === 'states' ? '' : h('span', { class: 'muted' }, ` — ${row.outlet || NO_OUTLET}`),
    ),
    h('blockquote', { class: 'sentence' }, row.text),
    h('div', { class: 'source muted' }, row.issued ? `${row.issued} — ` : '', row.file),
  );
}

async function propositionView(root, p, signal) {
  const [facts, claims, against] = await Promise.all([
    propositionFacts(p, signal),
    claimsOfProposition(p, signal),
    againstProposition(p, signal),
  ]);
  if (facts.length === 0) {
    root.append(h('p', { class: 'error' }, 'No proposition ', p, '; ', h('a', { href: '#/propositions' }, 'see all'), '.'));
    return;
  }
  const f = facts[0];
  const when = f.from ? (f.from === f.to ? f.from : `${f.from} to ${f.to}`) : 'unknown';
  root.append(
    h(
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
    ),
  );
  const byOutlet = groupBy(claims, (c) => c.outlet || NO_OUTLET);
  root.append(
    h(
      'div',
      { class: 'proposition-layout' },
      section(
        'Stated in',
        claims.length,
        h(
          'div',
          { class: 'lineup', id: 'proposition-lineup' },
          [...byOutlet].map(([outlet, rows]) =>
            h('div', { class: 'outlet-column', 'data-outlet': outlet }, h('h3', {}, outlet), rows.map((r) => card(r, 'states'))),
          ),
        ),
      ),
      section(
        'Contradicted or doubted by',
        against.length,
        h('div', { id: 'proposition-against' }, against.length === 0 ? empty('no claim speaks against it') : against.map((r) => card(r, r.link))),
      ),
    ),
  );
}

export async function propositionsView(root, p, signal) {
  if (p) {
    root.append(h('p', {}, h('a', { href: '#/propositions' }, '← all propositions')));
    await propositionView(root, p, signal);
  } else {
    await listView(root, signal);
  }
}

/** How each outlet names one actor: its terms with counts, loaded ones marked, outlets ranked by loading. */
export async function framingView(root, actor, signal) {
  const actors = await select(
    `SELECT ?actor (SAMPLE(?l) AS ?label) (SUM(?c) AS ?mentions) WHERE {
      ?u a ng:NameUse ; ng:actor ?actor ; ng:count ?c . ?actor rdfs:label ?l
    } GROUP BY ?actor ORDER BY DESC(?mentions) LIMIT 100`,
    signal,
  );
  root.append(h('h1', {}, 'Framing: how each outlet names a side'));
  if (actors.length === 0) {
    root.append(empty('No names counted yet.'));
    return;
  }
  const chosen = actor || actors[0].actor;
  const picker = h(
    'select',
    { id: 'framing-picker', 'aria-label': 'Actor', onchange: () => (location.hash = `#/framing/${encodeURIComponent(picker.value)}`) },
    actors.map((a) => h('option', { value: a.actor, selected: a.actor === chosen }, `${a.label} (${a.mentions})`)),
  );
  const rows = await select(
    `SELECT ?outlet ?term ?count ?loading ?loaded WHERE {
      ?u a ng:NameUse ; ng:actor ${iri(chosen)} ; ng:term ?term ; ng:count ?count .
      OPTIONAL { ?u ng:loading ?loading ; ng:loadedTerm ?loaded }
      OPTIONAL { ?u ng:inOutlet ?o . OPTIONAL { ?o rdfs:label ?ol } }
      BIND(COALESCE(?ol, STR(?o), ${literal(NO_OUTLET)}) AS ?outlet)
    } ORDER BY ?outlet DESC(?count) ?term`,
    signal,
  );
  const outlets = [...groupBy(rows, (r) => r.outlet)].map(([outlet, terms]) => {
    const mentions = terms.reduce((n, t) => n + Number(t.count), 0);
    const weighted = terms.reduce((n, t) => n + Number(t.count) * Number(t.loading || 0), 0);
    return { outlet, terms, mentions, loading: weighted / mentions };
  });
  outlets.sort((a, b) => b.loading - a.loading || a.outlet.localeCompare(b.outlet));
  root.append(
    h('div', { class: 'toolbar' }, h('label', {}, 'Names for ', picker), h('a', { href: entityHref(chosen) }, 'entity page')),
    h(
      'table',
      { id: 'framing-table' },
      h('thead', {}, h('tr', {}, ['Outlet', 'Mentions', 'Loading', 'Names and descriptions'].map((t) => h('th', {}, t)))),
      h(
        'tbody',
        {},
        outlets.map((o) =>
          h(
            'tr',
            { 'data-outlet': o.outlet },
            h('td', {}, o.outlet),
            h('td', {}, String(o.mentions)),
            h('td', {}, h('meter', { min: 0, max: 1, value: o.loading.toFixed(3) }), ' ', o.loading.toFixed(2)),
            h(
              'td',
              { class: 'terms' },
              o.terms.map((t) =>
                h('span', { class: Number(t.loading || 0) > 0 ? 'term loaded' : 'term', title: t.loaded ? `loaded: ${t.loaded} (${t.loading})` : '' }, `${t.term} ${t.count}`),
              ),
            ),
          ),
        ),
      ),
    ),
    h('p', { class: 'muted' }, 'Loading: the share of mentions using a loaded term, weighted by the loaded-terms lexicon (0 neutral, 1 a label that takes a side).'),
  );
}
