// The actor network: who backs (green) and who opposes (red) whom, one edge per pair and relation,
// carrying every sentence that states it. Hovering an edge shows those sentences and their outlets;
// the outlet filter keeps only what one outlet reports.
import { h, section, empty, highlighted, spanOf } from './dom.js';
import { select, entityHref, localName, ACTOR_CLASSES } from './sparql.js';
import { NO_OUTLET } from './claims.js';

export const RELATION_COLORS = { backs: '#1a7f37', opposes: '#c62828' };
const TYPE_COLORS = {
  State: '#1f5fa8',
  Organization: '#0f7b7b',
  ArmedGroup: '#b35c00',
  Person: '#6a3fa0',
  Place: '#6b7280',
};
const TYPES = ACTOR_CLASSES.map((c) => `ng:${c}`).join(', ');

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
      width: 'mapData(count, 1, 6, 2, 7)',
      opacity: 0.85,
    },
  },
  {
    selector: 'edge.highlight, edge.focused',
    style: { opacity: 1, 'z-index': 10, 'overlay-color': '#f5b800', 'overlay-opacity': 0.35, 'overlay-padding': 5 },
  },
  { selector: '.hidden', style: { display: 'none' } },
];

export async function networkView(root, signal) {
  const rows = await select(
    `SELECT ?a ?aLabel ?aType ?pred ?b ?bLabel ?bType ?text ?outlet ?file ?evidence WHERE {
      GRAPH ?doc {
        ?st a ng:RelationStatement ; rdf:subject ?a ; rdf:predicate ?pred ; rdf:object ?b ; ng:inSentence ?s .
        ?s ng:text ?text .
        OPTIONAL { ?st ng:evidence ?evidence }
        ?doc ng:fileName ?file .
        OPTIONAL { ?doc ng:outlet/rdfs:label ?outlet }
      }
      VALUES ?pred { ng:backs ng:opposes }
      OPTIONAL { ?a rdfs:label ?aLabel } OPTIONAL { ?b rdfs:label ?bLabel }
      OPTIONAL { ?a a ?aType FILTER(?aType IN (${TYPES})) }
      OPTIONAL { ?b a ?bType FILTER(?bType IN (${TYPES})) }
    } ORDER BY ?aLabel ?bLabel ?outlet ?file`,
    signal,
  );
  root.append(h('h1', {}, 'Actor network'));
  if (rows.length === 0) {
    root.append(empty('No backs or opposes relations in the store yet.'));
    return;
  }
  const graph = elementsOf(rows);
  const outlets = [...new Set(rows.map((r) => r.outlet || NO_OUTLET))].sort();
  const filter = h(
    'select',
    { id: 'outlet-filter', onchange: () => show(filter.value) },
    h('option', { value: '' }, 'all outlets'),
    outlets.map((o) => h('option', { value: o }, o)),
  );
  const canvas = h('div', {
    id: 'network',
    class: 'network',
    'aria-label': 'Actor network; the table below lists the same relations',
  });
  const list = h('tbody', { id: 'edge-list' });
  root.append(
    h(
      'div',
      { class: 'toolbar' },
      h('label', {}, 'Reported by ', filter),
      legend(),
      h(
        'span',
        { class: 'muted' },
        'Hover an edge for its sentences; click a relation below to find it in the network;' +
          ' click an actor for its page.',
      ),
    ),
    canvas,
    section('Relations', undefined, h('table', { class: 'edges' }, list)),
  );

  const cy = cytoscape({
    container: canvas,
    elements: [...graph.nodes, ...graph.edges],
    style: STYLE,
    layout: {
      name: 'cose',
      animate: false,
      randomize: true,
      padding: 40,
      nodeOverlap: 20,
      componentSpacing: 80,
      idealEdgeLength: () => 110,
      nodeRepulsion: () => 400000,
    },
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
  const tip = tooltip(canvas);
  cy.on('mouseover', 'edge', (event) => tip.show(event.target, event.renderedPosition, filter.value));
  cy.on('mouseout', 'edge', () => tip.hide());
  cy.on('tap', 'edge', (event) => tip.show(event.target, event.renderedPosition, filter.value));
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

  function show(outlet) {
    tip.hide();
    cy.batch(() => {
      cy.edges().forEach((edge) => edge.toggleClass('hidden', reported(edge, outlet).length === 0));
      cy.nodes().forEach((node) =>
        node.toggleClass(
          'hidden',
          node.connectedEdges().every((edge) => edge.hasClass('hidden')),
        ),
      );
    });
    list.replaceChildren(
      ...cy
        .edges()
        .filter((edge) => !edge.hasClass('hidden'))
        .map((edge) => edgeRow(edge, outlet, tip, focus)),
    );
  }
  show('');
}

function elementsOf(rows) {
  const nodes = new Map();
  const edges = new Map();
  for (const r of rows) {
    for (const [id, label, type] of [
      [r.a, r.aLabel, r.aType],
      [r.b, r.bLabel, r.bType],
    ]) {
      if (!nodes.has(id))
        nodes.set(id, {
          data: {
            id,
            label: label || localName(id),
            degree: 0,
            color: TYPE_COLORS[localName(type || '')] || '#9ca3af',
          },
        });
    }
    const relation = localName(r.pred);
    const key = `${r.a} ${relation} ${r.b}`;
    if (!edges.has(key)) {
      edges.set(key, {
        classes: relation,
        data: { id: key, source: r.a, target: r.b, relation, color: RELATION_COLORS[relation], evidence: [], count: 0 },
      });
      nodes.get(r.a).data.degree += 1;
      nodes.get(r.b).data.degree += 1;
    }
    const edge = edges.get(key).data;
    edge.evidence.push({ outlet: r.outlet || NO_OUTLET, file: r.file, text: r.text, evidence: r.evidence });
    edge.count = edge.evidence.length;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function reported(edge, outlet) {
  return edge.data('evidence').filter((e) => !outlet || e.outlet === outlet);
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

function edgeRow(edge, outlet, tip, focus) {
  const evidence = reported(edge, outlet);
  const highlight = (on) => {
    edge.toggleClass('highlight', on);
    if (on) tip.show(edge, edge.renderedMidpoint(), outlet);
    else tip.hide();
  };
  return h(
    'tr',
    {
      'data-edge': edge.id(),
      onmouseenter: () => highlight(true),
      onmouseleave: () => highlight(false),
      onclick: () => focus(edge),
    },
    h('td', { class: 'statement' }, statement(edge)),
    h('td', {}, [...new Set(evidence.map((e) => e.outlet))].join(', ')),
    h('td', { class: 'muted' }, `${evidence.length} sentence${evidence.length === 1 ? '' : 's'}`),
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

/** The tooltip for an edge: the relation, then each sentence stating it with its outlet and file. */
function tooltip(canvas) {
  const box = document.getElementById('tooltip');
  return {
    show(edge, at, outlet) {
      const evidence = reported(edge, outlet);
      box.replaceChildren(
        h('div', { class: 'tip-title' }, statement(edge)),
        ...evidence.map((e) =>
          h(
            'div',
            { class: 'tip-evidence' },
            h('div', { class: 'tip-outlet' }, e.outlet, h('span', { class: 'muted' }, ` — ${e.file}`)),
            h('div', { class: 'sentence' }, highlighted(e.text, spanOf(e.text, e.evidence))),
          ),
        ),
      );
      box.hidden = false;
      const frame = canvas.getBoundingClientRect();
      const left = Math.min(frame.left + at.x + 14, window.innerWidth - box.offsetWidth - 8);
      const top = Math.min(frame.top + at.y + 14, window.innerHeight - box.offsetHeight - 8);
      box.style.left = `${Math.max(8, left)}px`;
      box.style.top = `${Math.max(8, top)}px`;
      box.dataset.edge = edge.id();
    },
    hide() {
      box.hidden = true;
    },
  };
}
