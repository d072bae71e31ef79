// One entity: what it is, where every outlet names it, its relations and what it (or anyone speaking
// for it) claims or denies.
import { h, section, empty, groupBy, highlighted, spanOf } from './dom.js';
import { select, iri, entityHref, localName, wikidataPage, ACTOR_CLASSES, NG } from './sparql.js';
import { typeBadge } from './search.js';
import { claimsOf, outletsOf, claimsLineup, NO_OUTLET } from './claims.js';

const LINKS = { affiliation: 'speaks for', partOf: 'part of', country: 'in' };
const INVERSE_LINKS = { affiliation: 'spoken for by', partOf: 'parts', country: 'places in it' };

export async function entityView(root, entity, signal) {
  const e = iri(entity);
  const [facts, members, mentions, relations, claims, outlets] = await Promise.all([
    select(`SELECT ?p ?o ?oLabel WHERE { ${e} ?p ?o . OPTIONAL { ?o rdfs:label ?oLabel } }`, signal),
    select(
      `SELECT DISTINCT ?m ?label ?p WHERE {
        ?m ?p ${e} . VALUES ?p { ng:affiliation ng:partOf ng:country } ?m rdfs:label ?label } ORDER BY ?label`,
      signal,
    ),
    select(
      `SELECT ?file ?outlet ?title ?index ?text ?sStart ?mStart ?mEnd ?surface WHERE {
        GRAPH ?doc {
          ?m ng:refersTo ${e} ; ng:inSentence ?s .
          OPTIONAL { ?m ng:surface ?surface }
          BIND(STRAFTER(STR(?m), "#char=") AS ?span)
          BIND(xsd:integer(STRBEFORE(?span, ",")) AS ?mStart) BIND(xsd:integer(STRAFTER(?span, ",")) AS ?mEnd)
          ?s ng:text ?text . OPTIONAL { ?s ng:index ?index } OPTIONAL { ?s ng:start ?sStart }
          ?doc ng:fileName ?file . OPTIONAL { ?doc ng:outlet ?outlet } OPTIONAL { ?doc dct:title ?title }
        }
      } ORDER BY ?outlet ?file ?index ?mStart`,
      signal,
    ),
    select(
      `SELECT ?role ?pred ?other ?otherLabel ?text ?outlet ?file ?evidence WHERE {
        GRAPH ?doc {
          { ?st rdf:subject ${e} ; rdf:object ?other . BIND("subject" AS ?role) }
          UNION
          { ?st rdf:object ${e} ; rdf:subject ?other . BIND("object" AS ?role) }
          ?st a ng:RelationStatement ; rdf:predicate ?pred ; ng:inSentence ?s .
          ?s ng:text ?text .
          OPTIONAL { ?st ng:evidence ?evidence }
          ?doc ng:fileName ?file . OPTIONAL { ?doc ng:outlet ?outlet }
        }
        OPTIONAL { ?other rdfs:label ?otherLabel }
      } ORDER BY ?pred ?otherLabel ?outlet ?file`,
      signal,
    ),
    claimsOf(entity, signal),
    outletsOf(signal),
  ]);
  const label = first(facts, 'http://www.w3.org/2000/01/rdf-schema#label') || localName(entity);
  root.append(
    header(entity, label, facts, members),
    section(
      'Claims and denials',
      claims.length,
      claims.length === 0
        ? empty(`No statement by ${label} or anyone speaking for it.`)
        : claimsLineup(
            entity,
            claims,
            outlets.filter((o) => claims.some((c) => (c.outlet || NO_OUTLET) === o)),
          ),
    ),
    section(
      'Relations',
      relations.length,
      relations.length === 0
        ? empty('Backs or opposes no one, as far as the articles say.')
        : relationTable(label, relations),
    ),
    section(
      'Mentions',
      mentions.length,
      mentions.length === 0 ? empty('Not named in any article.') : mentionList(mentions),
    ),
  );
}

function first(facts, predicate) {
  return facts.find((f) => f.p === predicate)?.o;
}

function header(entity, label, facts, members) {
  const types = facts.filter(
    (f) =>
      f.p === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' &&
      ACTOR_CLASSES.includes(localName(f.o)) &&
      f.o.startsWith(NG),
  );
  const alts = facts.filter((f) => f.p === 'http://www.w3.org/2004/02/skos/core#altLabel').map((f) => f.o);
  const wikidata = facts
    .map((f) => f.p === 'http://www.w3.org/2002/07/owl#sameAs' && wikidataPage(f.o))
    .filter(Boolean);
  const role = first(facts, `${NG}role`);
  const links = facts.filter((f) => f.p.startsWith(NG) && LINKS[localName(f.p)]);
  return h(
    'div',
    { class: 'entity-header', id: 'entity-header' },
    h(
      'h1',
      {},
      label,
      ' ',
      types.map((t) => typeBadge(t.o)),
    ),
    h(
      'dl',
      {},
      alts.length ? [h('dt', {}, 'Also called'), h('dd', { class: 'alts' }, [...new Set(alts)].join(' · '))] : '',
      role ? [h('dt', {}, 'Role'), h('dd', {}, role)] : '',
      links.map((f) => [
        h('dt', {}, LINKS[localName(f.p)]),
        h('dd', {}, h('a', { href: entityHref(f.o) }, f.oLabel || f.o)),
      ]),
      [...groupBy(members, (m) => localName(m.p))].map(([link, those]) => [
        h('dt', {}, INVERSE_LINKS[link]),
        h(
          'dd',
          {},
          those.map((m, i) => [i ? ', ' : '', h('a', { href: entityHref(m.m) }, m.label)]),
        ),
      ]),
      h('dt', {}, 'Wikidata'),
      h(
        'dd',
        {},
        wikidata.length
          ? wikidata.map((url) =>
              h(
                'a',
                { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'wikidata' },
                url.replace(/^.*\//, ''),
              ),
            )
          : h('span', { class: 'muted' }, 'not linked'),
      ),
      h('dt', {}, 'IRI'),
      h('dd', {}, h('code', {}, entity)),
    ),
  );
}

function relationTable(label, relations) {
  return h(
    'table',
    { class: 'relations' },
    h(
      'tbody',
      {},
      relations.map((r) => {
        const relation = localName(r.pred);
        const other = h('a', { href: entityHref(r.other) }, r.otherLabel || r.other);
        const self = h('strong', {}, label);
        return h(
          'tr',
          {},
          h(
            'td',
            { class: 'statement' },
            r.role === 'subject' ? self : other,
            ' ',
            h('span', { class: `badge rel-${relation}` }, relation),
            ' ',
            r.role === 'subject' ? other : self,
          ),
          h(
            'td',
            {},
            h('span', { class: 'sentence' }, highlighted(r.text, spanOf(r.text, r.evidence))),
            h('div', { class: 'source muted' }, r.outlet || NO_OUTLET, ' — ', r.file),
          ),
        );
      }),
    ),
  );
}

/** Mentions grouped by outlet, then article, then sentence, with every naming marked in its sentence. */
function mentionList(mentions) {
  const byOutlet = groupBy(mentions, (m) => m.outlet || NO_OUTLET);
  return h(
    'div',
    { class: 'mentions', id: 'mentions' },
    [...byOutlet].map(([outlet, rows]) =>
      h(
        'div',
        { class: 'outlet-group' },
        h('h3', {}, outlet),
        [...groupBy(rows, (m) => m.file)].map(([file, inFile]) =>
          h(
            'div',
            { class: 'article' },
            h('div', { class: 'source muted' }, inFile[0].title ? `${inFile[0].title} — ${file}` : file),
            h(
              'ul',
              {},
              [...groupBy(inFile, (m) => `${m.index}|${m.text}`).values()].map((inSentence) =>
                h('li', { class: 'sentence' }, highlighted(inSentence[0].text, inSentence.flatMap(spanInSentence))),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function spanInSentence(m) {
  const offset = Number(m.sStart);
  if (m.mStart !== undefined && !Number.isNaN(offset)) return [[Number(m.mStart) - offset, Number(m.mEnd) - offset]];
  return spanOf(m.text, m.surface);
}
