// The actor network: who backs (green) and who opposes (red) whom, one edge per pair and relation,
// weighted by the statements that say so. The server counts and cuts: only the top edges that pass the
// filters (outlet, dates, type, one actor's neighbourhood, a minimum of statements) come to the page,
// and the page says how many more there are. Hovering an edge fetches the sentences stating it.
import { h, section, empty, highlighted, spanOf } from './dom.js';
import { entityHref, localName } from './sparql.js';
import { run, count, csv, term } from './queries.js';
import { saveCsv } from './table.js';
import { filterParams, filterBar, setFilter } from './filters.js';
import { NO_OUTLET } from './claims.js';

export const RELATION_COLORS = { backs: '#1a7f37', opposes: '#c62828' };
const TYPE_COLORS = {
  State: '#1f5fa8',
  Organization: '#0f7b7b',
  ArmedGroup: '#b35c00',
  Person: '#6a3fa0',
  Place: '#6b7280',
};

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': 'data(color)',
      color: '#1f2937',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': 120,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      width: 'mapData(degree, 1, 10, 16, 40)',
      height: 'mapData(degree, 1, 10, 16, 40)',
    },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      width: 'data(width)',
      opacity: 0.85,
    },
  },
  {
    selector: 'edge.highlight, edge.focused',
    style: { opacity: 1, 'z-index': 10, 'overlay-color': '#f5b800', 'overlay-opacity': 0.35, 'overlay-padding': 5 },
  },
  { selector: '.hidden', style: { display: 'none' } },
];

/** What the network shows when the reader has set nothing: readable at ten thousand articles. */
export const DEFAULTS = { top: '50', min: '1' };
const EVIDENCE_SHOWN = 8;

export async function networkView(root, { search, path, signal }) {
  const filters = filterParams(search, DEFAULTS);
  // Outlet and dates are on the per-document records only; without them the totals give the same counts.
  const params = { ...filters, ...(filters.outlet || filters.from || filters.to ? { records: '' } : { totals: '' }) };
  const [rows, total, bar] = await Promise.all([
    run('network-edges', { ...params, limit: params.top }, signal),
    count('network-edges-count', params, signal),
    filterBar(path, search, ['outlet', 'from', 'to', 'type', 'min', 'top'], DEFAULTS, signal),
  ]);
  root.append(h('h1', {}, 'Actor network'), bar, neighbourhood(path, search, rows));
  if (rows.length === 0) {
    root.append(empty('No backs or opposes relations pass these filters.'));
    return;
  }
  const graph = elementsOf(rows);
  root.append(
    h(
      'p',
      { class: rows.length < total ? 'notice' : 'muted', id: 'network-cut' },
      rows.length < total
        ? `Showing the ${rows.length} edges with most statements of the ${total.toLocaleString()} that pass the filters; ` +
            'raise Top, or narrow by outlet, dates, type or one actor.'
        : `All ${total.toLocaleString()} edges that pass the filters.`,
    ),
  );
  const canvas = h('div', { id: 'network', class: 'network', 'aria-label': 'Actor network; the table below lists the same relations' });
  const list = h('tbody', { id: 'edge-list' });
  const download = h('button', { type: 'button', class: 'download' }, 'Download CSV');
  download.addEventListener('click', async () => saveCsv((await csv('network-edges', { ...params, limit: params.top }, signal)).csv, 'network.csv'));
  root.append(
    h('div', { class: 'toolbar' }, legend(), h('span', { class: 'muted' },
      'Hover an edge for its sentences; click a relation below to find it; click an actor for its page.')),
    canvas,
    section('Relations', graph.edges.length, h('table', { class: 'edges' }, list), download),
  );
  const cy = cytoscape({
    container: canvas,
    elements: [...graph.nodes, ...graph.edges],
    style: STYLE,
    layout: { name: 'cose', animate: false, randomize: true, padding: 40, nodeOverlap: 20, componentSpacing: 80,
      idealEdgeLength: () => 110, nodeRepulsion: () => 400000 },
    minZoom: 0.2,
    maxZoom: 3,
    wheelSensitivity: 0.3,
  });
  // A few actors would otherwise be fitted at a zoom that makes their labels huge.
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center();
  }
  // For the browser console: window.newsgraph.network is the Cytoscape instance on screen.
  window.newsgraph = { ...(window.newsgraph || {}), network: cy };
  const tip = tooltip(canvas, params, signal);
  cy.on('mouseover', 'edge', (event) => tip.show(event.target, event.renderedPosition));
  cy.on('mouseout', 'edge', () => tip.hide());
  cy.on('tap', 'edge', (event) => tip.show(event.target, event.renderedPosition));
  cy.on('tap', 'node', (event) => {
    location.hash = entityHref(event.target.id());
  });
  cy.on('pan zoom', () => tip.hide());

  /** Brings one edge into view, marked, between its two actors: in a crowded network it is hard to find. */
  function focus(edge) {
    cy.edges('.focused').removeClass('focused');
    edge.addClass('focused');
    cy.fit(edge.connectedNodes(), 160);
    if (cy.zoom() > 1.5) {
      cy.zoom(1.5);
      cy.center(edge.connectedNodes());
    }
    canvas.scrollIntoView({ block: 'center' });
  }
  list.replaceChildren(...cy.edges().map((edge) => edgeRow(edge, tip, focus)));
}

/** Which actor's neighbourhood is shown, with a way back to everyone. */
function neighbourhood(path, search, rows) {
  const actor = search.get('actor');
  if (!actor) return '';
  const row = rows.find((r) => r.a === actor || r.b === actor);
  const label = row ? (row.a === actor ? row.aLabel : row.bLabel) : localName(actor);
  return h(
    'p',
    { class: 'toolbar', id: 'neighbourhood' },
    'Only the relations of ',
    h('a', { href: entityHref(actor) }, label || localName(actor)),
    h('button', { type: 'button', onclick: () => setFilter(path, search, 'actor', '') }, 'show everyone'),
  );
}

function elementsOf(rows) {
  const nodes = new Map();
  const edges = [];
  for (const r of rows) {
    for (const [id, label, type] of [
      [r.a, r.aLabel, r.aType],
      [r.b, r.bLabel, r.bType],
    ]) {
      if (!nodes.has(id)) {
        nodes.set(id, { data: { id, label: label || localName(id), degree: 0, color: TYPE_COLORS[localName(type || '')] || '#9ca3af' } });
      }
      nodes.get(id).data.degree += 1;
    }
    const relation = localName(r.rel);
    const n = Number(r.n);
    edges.push({
      classes: relation,
      data: { id: `${r.a} ${relation} ${r.b}`, source: r.a, target: r.b, relation, color: RELATION_COLORS[relation],
        count: n, width: Math.min(9, 2 + Math.log2(n)), a: r.$.a, rel: r.$.rel, b: r.$.b },
    });
  }
  return { nodes: [...nodes.values()], edges };
}

function statement(edge) {
  return [
    edge.source().data('label'),
    ' ',
    h('span', { class: `badge rel-${edge.data('relation')}` }, edge.data('relation')),
    ' ',
    edge.target().data('label'),
  ];
}

function edgeRow(edge, tip, focus) {
  const highlight = (on) => {
    edge.toggleClass('highlight', on);
    if (on) tip.show(edge, edge.renderedMidpoint());
    else tip.hide();
  };
  const n = edge.data('count');
  return h(
    'tr',
    { 'data-edge': edge.id(), onmouseenter: () => highlight(true), onmouseleave: () => highlight(false), onclick: () => focus(edge) },
    h('td', { class: 'statement' }, statement(edge)),
    h('td', { class: 'muted' }, `${n.toLocaleString()} statement${n === 1 ? '' : 's'}`),
  );
}

function legend() {
  return h(
    'span',
    { class: 'legend' },
    Object.entries(RELATION_COLORS).map(([relation, color]) =>
      h('span', { class: 'legend-item' }, h('span', { class: 'swatch', style: `background:${color}` }), relation),
    ),
  );
}

/** The tooltip for an edge: the relation, then the first sentences stating it (under the same filters). */
function tooltip(canvas, params, signal) {
  const box = document.getElementById('tooltip');
  let shown = null;
  return {
    async show(edge, at) {
      shown = edge.id();
      box.replaceChildren(h('div', { class: 'tip-title' }, statement(edge)), h('div', { class: 'muted' }, 'Loading…'));
      place(at);
      const data = edge.data();
      const rows = await run('edge-evidence', { ...params, a: term.of(data.a), rel: term.of(data.rel),
        b: term.of(data.b), limit: String(EVIDENCE_SHOWN) }, signal);
      if (shown !== edge.id()) return;
      box.replaceChildren(
        h('div', { class: 'tip-title' }, statement(edge)),
        ...rows.map((e) =>
          h(
            'div',
            { class: 'tip-evidence' },
            h('div', { class: 'tip-outlet' }, e.outlet || NO_OUTLET, h('span', { class: 'muted' }, ` — ${e.file}`)),
            h('div', { class: 'sentence' }, highlighted(e.text, spanOf(e.text, e.evidence))),
          ),
        ),
        data.count > rows.length
          ? h('div', { class: 'muted' }, `and ${(data.count - rows.length).toLocaleString()} more statements`)
          : '',
      );
      box.dataset.edge = edge.id();
      place(at);
    },
    hide() {
      shown = null;
      box.hidden = true;
    },
  };

  function place(at) {
    box.hidden = false;
    const frame = canvas.getBoundingClientRect();
    const left = Math.min(frame.left + at.x + 14, window.innerWidth - box.offsetWidth - 8);
    const top = Math.min(frame.top + at.y + 14, window.innerHeight - box.offsetHeight - 8);
    box.style.left = `${Math.max(8, left)}px`;
    box.style.top = `${Math.max(8, top)}px`;
  }
}
