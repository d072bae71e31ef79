// A list that the server pages: it shows one page of a view's query, says which rows of how many it
// shows, moves page by page, and downloads the whole list as CSV. Every list on the page is one.
import { h } from './dom.js';
import { run, count, csv, term } from './queries.js';

export const PAGE_SIZE = 25;

/**
 * A paged list. options: query (view name), params (SPARQL terms), total (a number, or the name of a
 * count query), render(rows) → the node showing one page (a table by default, from columns:
 * [[heading, row => content]]), id, pageSize, file (the CSV's name). Resolves to the element, with
 * element.rows the first page's rows.
 */
export async function pagedList(options, signal) {
  const size = options.pageSize || PAGE_SIZE;
  const element = h('div', { class: 'paged', id: options.id });
  const body = h('div', { class: 'page-body' });
  const status = h('span', { class: 'page-status muted' });
  const previous = h('button', { type: 'button', class: 'page-previous' }, '‹ Previous');
  const next = h('button', { type: 'button', class: 'page-next' }, 'Next ›');
  const download = h('button', { type: 'button', class: 'download' }, 'Download CSV');
  const notice = h('p', { class: 'notice', hidden: true });
  element.append(body, notice, h('div', { class: 'pager' }, previous, status, next, download));
  const total =
    typeof options.total === 'string' ? await count(options.total, options.params, signal) : options.total;
  let offset = 0;

  async function show() {
    const rows = await run(
      options.query,
      { ...options.params, limit: term.integer(size), offset: term.integer(offset) },
      signal,
    );
    body.replaceChildren(options.render ? options.render(rows) : table(options.columns, rows));
    const shown = rows.length === 0 ? '0' : `${(offset + 1).toLocaleString()}–${(offset + rows.length).toLocaleString()}`;
    status.textContent =
      total === undefined ? `${shown}` : `${shown} of ${total.toLocaleString()}`;
    previous.disabled = offset === 0;
    next.disabled = total === undefined ? rows.length < size : offset + size >= total;
    element.dataset.offset = String(offset);
    element.dataset.total = String(total ?? '');
    return rows;
  }
  previous.addEventListener('click', () => {
    offset = Math.max(0, offset - size);
    show();
  });
  next.addEventListener('click', () => {
    offset += size;
    show();
  });
  download.addEventListener('click', async () => {
    const answer = await csv(options.query, options.params, signal);
    saveCsv(answer.csv, `${options.file || options.query}.csv`);
    notice.hidden = !answer.capped;
    notice.textContent = answer.capped
      ? `The download holds the first ${answer.capped.toLocaleString()} rows: the server returns no more per query.`
      : '';
  });
  element.rows = await show();
  return element;
}

export function table(columns, rows) {
  return h(
    'table',
    {},
    h('thead', {}, h('tr', {}, columns.map(([heading]) => h('th', {}, heading)))),
    h(
      'tbody',
      {},
      rows.map((row) => h('tr', {}, columns.map(([, cell]) => h('td', {}, cell(row))))),
    ),
  );
}

/** Offers text as a CSV file to save. */
export function saveCsv(text, name) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
