// The documents (filtered by outlet and date) and one document: its text with every mention, relation
// and claim marked where the article states it.
import { h, section, empty } from './dom.js';
import { run, term } from './queries.js';
import { pagedList } from './table.js';
import { filterParams, filterBar } from './filters.js';
import { entityLink, outletLink } from './search.js';
import { localName } from './sparql.js';

export function documentHref(doc) {
  return `#/document/${encodeURIComponent(doc)}`;
}

export async function documentsView(root, { search, path, signal }) {
  const params = filterParams(search);
  const [bar, list] = await Promise.all([
    filterBar(path, search, ['outlet', 'from', 'to'], {}, signal),
    pagedList(
      {
        id: 'documents',
        query: 'documents',
        total: 'documents-count',
        params,
        file: 'documents',
        columns: [
          ['Published', (r) => r.issued || '—'],
          ['Outlet', outletLink],
          ['Title', (r) => h('a', { href: documentHref(r.doc) }, r.title || r.file)],
          ['File', (r) => h('span', { class: 'muted' }, r.file)],
        ],
      },
      signal,
    ),
  ]);
  root.append(
    h('h1', {}, 'Documents'),
    bar,
    list.rows.length === 0 ? empty('No document matches these filters.') : list,
  );
}

export async function documentView(root, { arg, signal }) {
  const doc = term.iri(arg);
  const [meta, sentences, marks] = await Promise.all([
    run('document', { doc }, signal),
    run('document-sentences', { doc, limit: 5000 }, signal),
    run('document-marks', { doc, limit: 20000 }, signal),
  ]);
  if (meta.length === 0) {
    root.append(h('h1', {}, 'Not found'), empty(`No document ${arg} in this store.`));
    return;
  }
  const d = meta[0];
  root.append(
    h('h1', {}, d.title || d.file),
    h(
      'p',
      { class: 'muted', id: 'document-meta' },
      outletLink(d),
      ` — ${d.issued || 'date not stated'} — ${d.file} — ${d.sentences || sentences.length} sentences`,
    ),
    legend(marks),
    section('Text', undefined, h('div', { class: 'document-text', id: 'document-text' }, text(sentences, marks))),
  );
}

function legend(marks) {
  const n = (kind) => marks.filter((m) => m.kind === kind).length;
  return h(
    'p',
    { class: 'legend' },
    h('mark', { class: 'mark-mention' }, `${n('mention')} mentions`),
    ' ',
    h('mark', { class: 'mark-relation' }, `${n('relation')} relations`),
    ' ',
    h('mark', { class: 'mark-claim' }, `${n('claim')} claims`),
    h('span', { class: 'muted' }, ' — hover a mark for what it says; a name links to its page'),
  );
}

/** Each sentence as a paragraph, its marks nested by offset: claims and relations around mentions. */
function text(sentences, marks) {
  if (sentences.length === 0) return empty('The document has no sentences.');
  const spans = marks.map((m) => ({ ...m, start: Number(m.start), end: Number(m.end) }));
  return sentences.map((s) => {
    const start = Number(s.start);
    const inside = spans.filter((m) => m.start >= start && m.end <= Number(s.end));
    return h('p', { class: 'sentence' }, marked(s.text, start, 0, s.text.length, inside));
  });
}

/**
 * text[from, to) with its marks (offsets into the document; the text starts at offset): a mark wraps
 * the marks inside it, and one that overlaps an earlier mark is left out.
 */
function marked(text, offset, from, to, marks) {
  const sorted = [...marks].sort((x, y) => x.start - y.start || y.end - x.end);
  const parts = [];
  let at = from;
  let i = 0;
  while (i < sorted.length) {
    const m = sorted[i++];
    const start = m.start - offset;
    const end = m.end - offset;
    if (start < at || end > to) continue;
    const nested = [];
    while (i < sorted.length && sorted[i].end - offset <= end) nested.push(sorted[i++]);
    parts.push(text.slice(at, start), markOf(m, marked(text, offset, start, end, nested)));
    at = end;
  }
  parts.push(text.slice(at, to));
  return parts;
}

function markOf(m, content) {
  const title =
    m.kind === 'mention'
      ? m.subjectLabel || localName(m.subject)
      : m.kind === 'relation'
        ? `${m.subjectLabel || localName(m.subject)} ${m.what} ${m.objectLabel || localName(m.object)}`
        : `${m.subjectLabel || localName(m.subject)} ${m.what}`;
  const body = m.kind === 'mention' ? entityLink(m.subject, null) : null;
  const mark = h('mark', { class: `mark-${m.kind}`, title, 'data-kind': m.kind }, content);
  if (body) {
    mark.addEventListener('click', () => {
      location.hash = body.getAttribute('href');
    });
  }
  return mark;
}
