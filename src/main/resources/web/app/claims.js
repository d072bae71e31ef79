// What each outlet reports an actor said: one column per outlet, the actor's own statements and those
// of the people and bodies that speak for it (ng:affiliation, ng:partOf), each with its sentence. The
// counts come from the summary graph; the statements come a page at a time.
import { h, groupBy, empty } from './dom.js';
import { entityHref } from './sparql.js';
import { run, term } from './queries.js';
import { pagedList } from './table.js';
import { filterParams, filterBar } from './filters.js';
import { documentHref } from './document.js';

export const NO_OUTLET = '(outlet not stated)';
const ACTORS_LISTED = 200;

/** Claims per outlet (from the summary), then the claims themselves a page at a time, lined up by outlet. */
export async function claimsSection(entity, params, signal) {
  const perOutlet = await run('entity-claims-count', { ...params, entity: term.iri(entity), limit: 500 }, signal);
  const total = perOutlet.reduce((sum, o) => sum + Number(o.count), 0);
  const wanted = params.outlet ? perOutlet.filter((o) => o.o && term.of(o.$.o) === params.outlet) : perOutlet;
  const list = await pagedList(
    {
      id: 'claims-lineup',
      query: 'entity-claims',
      params: { ...params, entity: term.iri(entity) },
      total: params.outlet || params.from || params.to ? undefined : total,
      pageSize: 30,
      file: 'claims',
      render: (rows) => lineup(entity, rows, wanted),
    },
    signal,
  );
  return { total, element: total === 0 ? empty('No statement by it or anyone speaking for it.') : list };
}

function lineup(entity, claims, outlets) {
  const byOutlet = groupBy(claims, (c) => c.outlet || NO_OUTLET);
  const columns = outlets.map((o) => o.outlet || NO_OUTLET).filter((o) => byOutlet.has(o));
  return h(
    'div',
    { class: 'lineup' },
    columns.map((outlet) => {
      const reported = byOutlet.get(outlet);
      const all = outlets.find((o) => (o.outlet || NO_OUTLET) === outlet);
      return h(
        'div',
        { class: 'outlet-column', 'data-outlet': outlet },
        h('h3', {}, outlet, h('span', { class: 'count', title: 'statements this outlet reports in all' }, all?.count)),
        reported.map((c) => claimCard(entity, c)),
      );
    }),
  );
}

function claimCard(entity, claim) {
  const speaker =
    claim.speaker === entity ? '' : h('a', { href: entityHref(claim.speaker) }, claim.speakerLabel || claim.speaker);
  return h(
    'article',
    { class: `claim ${claim.stance}` },
    h(
      'div',
      { class: 'claim-head' },
      h('span', { class: `badge stance-${claim.stance}` }, claim.stance),
      ' ',
      speaker,
      claim.cue ? h('span', { class: 'muted' }, ` cue “${claim.cue}”`) : '',
    ),
    h('blockquote', { class: 'sentence' }, claim.text),
    h(
      'div',
      { class: 'source muted' },
      h('a', { href: documentHref(claim.doc) }, claim.title || claim.file),
      claim.issued ? ` — ${claim.issued}` : '',
    ),
  );
}

export async function claimsView(root, { arg, search, path, signal }) {
  const actors = await run('claims-actors', { limit: ACTORS_LISTED }, signal);
  root.append(h('h1', {}, 'Claims by outlet'));
  if (actors.length === 0) {
    root.append(empty('No claims or denials in the store yet.'));
    return;
  }
  const chosen = arg || actors[0].actor;
  const query = search.toString();
  const picker = h(
    'select',
    {
      id: 'actor-picker',
      'aria-label': 'Actor',
      onchange: () => {
        location.hash = `#/claims/${encodeURIComponent(picker.value)}${query ? `?${query}` : ''}`;
      },
    },
    actors.map((a) => h('option', { value: a.actor, selected: a.actor === chosen }, `${a.label} (${a.claims})`)),
  );
  const here = `${path}${arg ? '' : `/${encodeURIComponent(chosen)}`}`;
  const [bar, claims] = await Promise.all([
    filterBar(here, search, ['outlet', 'from', 'to'], {}, signal),
    claimsSection(chosen, filterParams(search), signal),
  ]);
  root.append(
    h(
      'div',
      { class: 'toolbar' },
      h('label', {}, 'What each outlet reports ', picker, ' said'),
      h('a', { href: entityHref(chosen) }, 'entity page'),
    ),
    actors.length === ACTORS_LISTED
      ? h('p', { class: 'notice' }, `The list holds the ${ACTORS_LISTED} actors with most statements; search to find others.`)
      : '',
    bar,
    claims.element,
  );
}
