// Places with coordinates on a plain map drawn here: a point per place, sized by how often it is
// named, on a graticule of latitude and longitude, around where most mentions are; places far from
// there are listed below it. No map tiles: the page loads nothing from elsewhere.
import { h, section, empty } from './dom.js';
import { entityHref } from './sparql.js';
import { run } from './queries.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 1000;
const HEIGHT = 600;
const PLACES = 400;
/** Half the map's height and width in degrees, around the mention-weighted middle of the places. */
const SPAN = { lat: 5, long: 8 };
const LABELLED = 20;

export async function mapView(root, { signal }) {
  const places = (await run('places', { limit: String(PLACES) }, signal)).filter((p) => Number(p.mentions) > 0);
  root.append(h('h1', {}, 'Places'));
  if (places.length === 0) {
    root.append(empty('No place named in the articles has coordinates (they come from linking to Wikidata).'));
    return;
  }
  const box = around(places);
  const inside = places.filter((p) => within(box, p));
  const outside = places.filter((p) => !within(box, p));
  root.append(
    places.length === PLACES ? h('p', { class: 'notice' }, `The ${PLACES} most named places with coordinates.`) : '',
    section(
      'Where the articles are set',
      inside.length,
      draw(inside, box),
      outside.length
        ? h(
            'p',
            { class: 'notice' },
            `Named too, outside this map: `,
            outside.map((p, i) => [i ? ', ' : '', h('a', { href: entityHref(p.e) }, p.label), ` (${p.mentions})`]),
          )
        : '',
    ),
  );
}

/** The box of SPAN degrees around the middle of the places, each weighing as often as it is named. */
function around(places) {
  const weight = places.reduce((sum, p) => sum + Number(p.mentions), 0);
  const lat = places.reduce((sum, p) => sum + Number(p.lat) * Number(p.mentions), 0) / weight;
  const long = places.reduce((sum, p) => sum + Number(p.long) * Number(p.mentions), 0) / weight;
  return { west: long - SPAN.long, east: long + SPAN.long, south: lat - SPAN.lat, north: lat + SPAN.lat };
}

function within(box, p) {
  const [lat, long] = [Number(p.lat), Number(p.long)];
  return lat >= box.south && lat <= box.north && long >= box.west && long <= box.east;
}

function draw(places, box) {
  // Equirectangular, with longitude shrunk by the cosine of the middle latitude so shapes keep their proportions.
  const squeeze = Math.cos((((box.north + box.south) / 2) * Math.PI) / 180);
  const scale = Math.min(WIDTH / ((box.east - box.west) * squeeze), HEIGHT / (box.north - box.south));
  const x = (long) => (long - box.west) * squeeze * scale;
  const y = (lat) => (box.north - lat) * scale;
  const most = Math.max(...places.map((p) => Number(p.mentions)));
  const svg = svgEl('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'map', id: 'map', role: 'img', 'aria-label': 'Places named in the articles' });
  for (let long = Math.ceil(box.west); long <= box.east; long += 1) {
    svg.append(svgEl('line', { x1: x(long), x2: x(long), y1: 0, y2: HEIGHT, class: 'graticule' }));
  }
  for (let lat = Math.ceil(box.south); lat <= box.north; lat += 1) {
    svg.append(svgEl('line', { x1: 0, x2: WIDTH, y1: y(lat), y2: y(lat), class: 'graticule' }));
  }
  const labelled = new Set(places.slice(0, LABELLED));
  for (const p of [...places].reverse()) {
    const r = 3 + 14 * Math.sqrt(Number(p.mentions) / most);
    const link = svgEl('a', { href: entityHref(p.e) });
    const dot = svgEl('circle', { cx: x(Number(p.long)), cy: y(Number(p.lat)), r, class: 'place' });
    dot.append(svgEl('title', {}, `${p.label}: named ${Number(p.mentions).toLocaleString()} times`));
    link.append(dot);
    if (labelled.has(p)) {
      link.append(svgEl('text', { x: x(Number(p.long)) + r + 2, y: y(Number(p.lat)) + 4, class: 'place-label' }, p.label));
    }
    svg.append(link);
  }
  return svg;
}

function svgEl(tag, attrs, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}
