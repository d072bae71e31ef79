// One entity: what it is, what it (or anyone speaking for it) claims or denies, lined up by outlet, its
// relations, and where every outlet names it. Counts come from the summary graph; lists come a page
// at a time.
import { h, section, empty, groupBy, highlighted, spanOf } from './dom.js';
import { entityHref, localName, wikidataPage, ACTOR_CLASSES, NG } from './sparql.js';
import { run, term } from './queries.js';
import { pagedList } from './table.js';
import { typeBadge } from './search.js';
import { claimsSection, NO_OUTLET } from './claims.js';
import { documentHref } from './document.js';

const LINKS = { affiliation: 'speaks for', partOf: 'part of', country: 'in' };
const INVERSE_LINKS = { affiliation: 'spoken for by', partOf: 'parts', country: 'places in it' };

export async function entityView(root, { arg, signal }) {
  const e = term.iri(arg);
  const [facts, members, totals] = await Promise.all([
    run('entity-facts', { entity: e, limit: 500 }, signal),
    run('entity-members', { entity: e, limit: 500 }, signal),
    run('entity-mention-totals', { entity: e, limit: 500 }, signal),
  ]);
  if (facts.length === 0 && totals.length === 0) {
    root.append(h('h1', {}, 'Not found'), empty(`Nothing in this store is ${arg}; search for a name instead.`));
    return;
  }
  const mentionCount = totals.reduce((sum, t) => sum + Number(t.count), 0);
  const [claims, relations, mentions] = await Promise.all([
    claimsSection(arg, {}, signal),
    pagedList(
      {
        id: 'relations',
        query: 'entity-relations',
        total: 'entity-relations-count',
        params: { entity: e },
        file: 'relations',
        render: (rows) => relationTable(first(facts, 'http://www.w3.org/2000/01/rdf-schema#label') || localName(arg), rows),
      },
      signal,
    ),
    pagedList(
      {
        id: 'mentions',
        query: 'entity-mentions',
        total: mentionCount,
        params: { entity: e },
        file: 'mentions',
        render: mentionList,
      },
      signal,
    ),
  ]);
  const label = first(facts, 'http://www.w3.org/2000/01/rdf-schema#label') || localName(arg);
  root.append(
    header(arg, label, facts, members),
    h(
      'p',
      { class: 'toolbar' },
      h('a', { href: `#/network?actor=${encodeURIComponent(arg)}` }, 'Its neighbourhood in the network'),
      h('a', { href: `#/claims/${encodeURIComponent(arg)}` }, 'Its claims by outlet, with filters'),
    ),
    section('Claims and denials', claims.total, claims.element),
    section(
      'Relations',
      Number(relations.dataset.total),
      relations.rows.length === 0 ? empty('Backs or opposes no one, as far as the articles say.') : relations,
    ),
    section(
      'Mentions',
      mentionCount,
      totals.length ? mentionTotals(totals) : '',
      mentions.rows.length === 0 ? empty('Not named in any article.') : mentions,
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
  const wikidata = facts.map((f) => f.p === 'http://www.w3.org/2002/07/owl#sameAs' && wikidataPage(f.o)).filter(Boolean);
  const role = first(facts, `${NG}role`);
  const links = facts.filter((f) => f.p.startsWith(NG) && LINKS[localName(f.p)]);
  return h(
    'div',
    { class: 'entity-header', id: 'entity-header' },
    h('h1', {}, label, ' ', types.map((t) => typeBadge(t.o))),
    h(
      'dl',
      {},
      alts.length ? [h('dt', {}, 'Also called'), h('dd', { class: 'alts' }, [...new Set(alts)].join(' · '))] : '',
      role ? [h('dt', {}, 'Role'), h('dd', {}, role)] : '',
      links.map((f) => [h('dt', {}, LINKS[localName(f.p)]), h('dd', {}, h('a', { href: entityHref(f.o) }, f.oLabel || f.o))]),
      [...groupBy(members, (m) => localName(m.p))].map(([link, those]) => [
        h('dt', {}, INVERSE_LINKS[link]),
        h('dd', {}, those.map((m, i) => [i ? ', ' : '', h('a', { href: entityHref(m.m) }, m.label)])),
      ]),
      h('dt', {}, 'Wikidata'),
      h(
        'dd',
        {},
        wikidata.length
          ? wikidata.map((url) =>
              h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'wikidata' }, url.replace(/^.*\//, '')),
            )
          : h('span', { class: 'muted' }, 'not linked'),
      ),
      h('dt', {}, 'IRI'),
      h('dd', {}, h('code', {}, entity)),
    ),
  );
}

function mentionTotals(totals) {
  return h(
    'p',
    { class: 'outlet-counts' },
    totals.map((t, i) => [i ? ' · ' : '', `${t.outlet || NO_OUTLET} ${Number(t.count).toLocaleString()}`]),
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
            h('div', { class: 'source muted' }, r.outlet || NO_OUTLET, ' — ', h('a', { href: documentHref(r.doc) }, r.file)),
          ),
        );
      }),
    ),
  );
}

/** One page of mentions grouped by outlet, then article, then sentence, with every naming marked. */
function mentionList(mentions) {
  const byOutlet = groupBy(mentions, (m) => m.outlet || NO_OUTLET);
  return h(
    'div',
    { class: 'mentions' },
    [...byOutlet].map(([outlet, rows]) =>
      h(
        'div',
        { class: 'outlet-group' },
        h('h3', {}, outlet),
        [...groupBy(rows, (m) => m.file)].map(([file, inFile]) =>
          h(
            'div',
            { class: 'article' },
            h('a', { class: 'source', href: documentHref(inFile[0].doc) }, inFile[0].title ? `${inFile[0].title} — ${file}` : file),
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
