// Places with coordinates on a plain map drawn here: a point per place, sized by how often it is
// named, on a graticule of latitude and longitude. No map tiles: the page loads nothing from elsewhere.
import { h, section, empty } from './dom.js';
import { entityHref } from './sparql.js';
import { run } from './queries.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 1000;
const HEIGHT = 600;
const PLACES = 400;

export async function mapView(root, { signal }) {
  const places = (await run('places', { limit: String(PLACES) }, signal)).filter((p) => Number(p.mentions) > 0);
  root.append(h('h1', {}, 'Places'));
  if (places.length === 0) {
    root.append(empty('No place named in the articles has coordinates (they come from linking to Wikidata).'));
    return;
  }
  root.append(
    places.length === PLACES ? h('p', { class: 'notice' }, `The ${PLACES} most named places with coordinates.`) : '',
    section('Where the articles are set', places.length, draw(places)),
  );
}

function draw(places) {
  const lats = places.map((p) => Number(p.lat));
  const longs = places.map((p) => Number(p.long));
  const box = { west: Math.min(...longs) - 1, east: Math.max(...longs) + 1, south: Math.min(...lats) - 1, north: Math.max(...lats) + 1 };
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
  for (const p of [...places].reverse()) {
    const r = 3 + 14 * Math.sqrt(Number(p.mentions) / most);
    const link = svgEl('a', { href: entityHref(p.e) });
    const dot = svgEl('circle', { cx: x(Number(p.long)), cy: y(Number(p.lat)), r, class: 'place' });
    dot.append(svgEl('title', {}, `${p.label}: named ${Number(p.mentions).toLocaleString()} times`));
    link.append(dot, svgEl('text', { x: x(Number(p.long)) + r + 2, y: y(Number(p.lat)) + 4, class: 'place-label' }, p.label));
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
