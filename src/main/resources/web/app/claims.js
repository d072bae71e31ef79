// What each outlet reports an actor said: one column per outlet, the actor's own statements and those
// of the people and bodies that speak for it (ng:affiliation, ng:partOf), each with its sentence.
import { h, groupBy, empty } from './dom.js';
import { select, iri, entityHref } from './sparql.js';

export const NO_OUTLET = '(outlet not stated)';

/** Every claim or denial by the entity or anyone speaking for it, with sentence and outlet. */
export function claimsOf(entity, signal) {
  return select(
    `SELECT ?speaker ?speakerLabel ?stance ?text ?cue ?outlet ?file ?title ?index WHERE {
      ?speaker (ng:affiliation|ng:partOf)* ${iri(entity)} .
      GRAPH ?doc {
        ?speaker ?p ?claim . VALUES ?p { ng:claims ng:denies }
        ?claim ng:text ?text .
        OPTIONAL { ?claim ng:cue ?cue }
        OPTIONAL { ?claim ng:inSentence/ng:index ?index }
        ?doc ng:fileName ?file .
        OPTIONAL { ?doc ng:outlet/rdfs:label ?outlet }
        OPTIONAL { ?doc dct:title ?title }
      }
      OPTIONAL { ?speaker rdfs:label ?speakerLabel }
      BIND(STRAFTER(STR(?p), "#") AS ?stance)
    } ORDER BY ?outlet ?file ?index`,
    signal,
  );
}

export async function outletsOf(signal) {
  const rows = await select(
    'SELECT DISTINCT ?outlet WHERE { ?doc a ng:Document OPTIONAL { ?doc ng:outlet/rdfs:label ?o } ' +
      `BIND(COALESCE(?o, "${NO_OUTLET}") AS ?outlet) } ORDER BY ?outlet`,
    signal,
  );
  return rows.map((r) => r.outlet);
}

/** The claims lined up in one column per outlet; an outlet that reports nothing says so. */
export function claimsLineup(entity, claims, outlets) {
  const byOutlet = groupBy(claims, (c) => c.outlet || NO_OUTLET);
  return h(
    'div',
    { class: 'lineup', id: 'claims-lineup' },
    outlets.map((outlet) => {
      const reported = byOutlet.get(outlet) || [];
      return h(
        'div',
        { class: 'outlet-column', 'data-outlet': outlet },
        h('h3', {}, outlet, h('span', { class: 'count' }, String(reported.length))),
        reported.length === 0 ? empty('reports no statement') : reported.map((c) => claimCard(entity, c)),
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
    h('div', { class: 'source muted' }, claim.title ? `${claim.title} — ` : '', claim.file),
  );
}

export async function claimsView(root, entity, signal) {
  const actors = await select(
    `SELECT ?actor (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?claim) AS ?claims) WHERE {
      GRAPH ?doc { ?who ?p ?claim . VALUES ?p { ng:claims ng:denies } }
      ?who (ng:affiliation|ng:partOf)* ?actor .
      ?actor rdfs:label ?l .
    } GROUP BY ?actor ORDER BY DESC(?claims) ?label`,
    signal,
  );
  root.append(h('h1', {}, 'Claims by outlet'));
  if (actors.length === 0) {
    root.append(empty('No claims or denials in the store yet.'));
    return;
  }
  const chosen = entity || actors[0].actor;
  const picker = h(
    'select',
    {
      id: 'actor-picker',
      'aria-label': 'Actor',
      onchange: () => {
        location.hash = `#/claims/${encodeURIComponent(picker.value)}`;
      },
    },
    actors.map((a) => h('option', { value: a.actor, selected: a.actor === chosen }, `${a.label} (${a.claims})`)),
  );
  const [claims, outlets] = await Promise.all([claimsOf(chosen, signal), outletsOf(signal)]);
  root.append(
    h(
      'div',
      { class: 'toolbar' },
      h('label', {}, 'What each outlet reports ', picker, ' said'),
      h('a', { href: entityHref(chosen) }, 'entity page'),
    ),
    claimsLineup(chosen, claims, outlets),
  );
}
