// Filters kept in the page's address (#/view?outlet=…&from=…), so a filtered view has a link of its
// own and the back button undoes a change. Each filter becomes a template parameter of the view's
// queries; one left empty leaves its parameter unfilled, which the templates read as "any".
import { h } from './dom.js';
import { run, term, parseTerm } from './queries.js';
import { ACTOR_CLASSES, NG } from './sparql.js';

const TO_TERM = {
  outlet: parseTerm,
  actor: term.iri,
  type: term.iri,
  from: term.date,
  to: term.date,
  min: term.integer,
  top: term.integer,
};

/** The query parameters the address's filters give, as SPARQL terms. */
export function filterParams(search, defaults = {}) {
  const params = {};
  for (const [name, toTerm] of Object.entries(TO_TERM)) {
    const value = search.get(name) || defaults[name];
    if (value) params[name] = toTerm(value);
  }
  return params;
}

/** Goes to the same view with one filter changed (or removed, for an empty value). */
export function setFilter(path, search, name, value) {
  const next = new URLSearchParams(search);
  if (value) next.set(name, value);
  else next.delete(name);
  const query = next.toString();
  location.hash = query ? `${path}?${query}` : path;
}

/**
 * The filter bar for the given fields (outlet, from, to, type, min, top), each showing the address's
 * value; changing one reloads the view with it.
 */
export async function filterBar(path, search, fields, defaults, signal) {
  const bar = h('form', { class: 'filters', id: 'filters', onsubmit: (e) => e.preventDefault() });
  const change = (name) => (event) => setFilter(path, search, name, event.target.value);
  const value = (name) => search.get(name) || defaults[name] || '';
  const choice = (name, label, first, options) =>
    h(
      'label',
      {},
      label,
      h(
        'select',
        { id: `filter-${name}`, onchange: change(name) },
        h('option', { value: '' }, first),
        options.map(([v, text]) => h('option', { value: v, selected: v === value(name) }, text)),
      ),
    );
  for (const field of fields) {
    if (field === 'outlet') {
      const outlets = await run('outlets', { limit: 200 }, signal);
      bar.append(choice('outlet', 'Outlet ', 'all outlets', outlets.map((o) => [term.of(o.$.o), `${o.outlet} (${o.documents})`])));
    } else if (field === 'type') {
      const types = ACTOR_CLASSES.map((c) => [NG + c, c.replace(/([a-z])([A-Z])/g, '$1 $2')]);
      bar.append(choice('type', 'Type ', 'any', types));
    } else if (field === 'from' || field === 'to') {
      bar.append(
        h('label', {}, field === 'from' ? 'From ' : 'To ', h('input', {
          id: `filter-${field}`, type: 'date', value: value(field), onchange: change(field),
        })),
      );
    } else {
      bar.append(
        h('label', {}, field === 'min' ? 'At least ' : 'Top ', h('input', {
          id: `filter-${field}`, type: 'number', min: 1, step: 1, value: value(field), class: 'narrow',
          onchange: change(field),
        }), field === 'min' ? ' statements' : ' edges'),
      );
    }
  }
  return bar;
}
