// Building DOM nodes from data. Text from articles is untrusted, so it only ever becomes text nodes,
// never markup.

/** Element with attributes (on* keys become listeners) and children (strings become text). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** The text with each [start, end) span marked; spans that do not fit or overlap an earlier one are left out. */
export function highlighted(text, spans) {
  const parts = [];
  let at = 0;
  for (const [start, end] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (!(start >= at && end > start && end <= text.length)) continue;
    parts.push(text.slice(at, start), h('mark', {}, text.slice(start, end)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

/** The span of the first occurrence of part in text, for marking evidence that carries no offsets. */
export function spanOf(text, part) {
  const start = part ? text.indexOf(part) : -1;
  return start < 0 ? [] : [[start, start + part.length]];
}

/** Groups rows by key(row), keeping first-seen order. */
export function groupBy(rows, key) {
  const groups = new Map();
  for (const row of rows) {
    const k = key(row);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(row);
  }
  return groups;
}

export function section(title, count, ...body) {
  return h(
    'section',
    { class: 'panel' },
    h('h2', {}, title, count === undefined ? '' : h('span', { class: 'count' }, String(count))),
    body,
  );
}

export function empty(text) {
  return h('p', { class: 'empty' }, text);
}
