// The SPARQL editor: CodeMirror over the server's endpoint, with the shipped queries/ as examples.
import { h } from './dom.js';
import { send, PREFIXES, ENDPOINT, ENTITY_BASE, entityHref } from './sparql.js';
import { saveCsv } from './table.js';

const DEFAULT_QUERY = `${PREFIXES}
# Every person, with the outlets that name them.
SELECT ?person ?label (GROUP_CONCAT(DISTINCT ?outlet; separator=", ") AS ?outlets) WHERE {
  ?person a ng:Person ; rdfs:label ?label .
  OPTIONAL { GRAPH ?doc { ?doc ng:mentions ?person ; ng:outlet/rdfs:label ?outlet } }
}
GROUP BY ?person ?label
ORDER BY ?label
`;

const PREFIX_NAMES = [...PREFIXES.matchAll(/PREFIX (\w+):\s+<([^>]+)>/g)]
  .map((m) => [m[1], m[2]])
  .concat([
    ['entity', ENTITY_BASE],
    ['doc', 'https://w3id.org/newsgraph/doc/'],
    ['wd', 'http://www.wikidata.org/entity/'],
    ['ngs', 'https://w3id.org/newsgraph/summary#'],
    ['geo', 'http://www.w3.org/2003/01/geo/wgs84_pos#'],
  ]);

async function text(path, signal) {
  const response = await fetch(path, { signal });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return response.text();
}

export async function editorView(root, name, signal) {
  const names = (await text('queries/index.txt', signal))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.replace(/\.rq$/, ''));
  const query = name ? await text(`queries/${encodeURIComponent(name)}.rq`, signal) : DEFAULT_QUERY;
  const picker = h(
    'select',
    {
      id: 'example',
      'aria-label': 'Example queries',
      onchange: () => {
        location.hash = picker.value ? `#/sparql/${encodeURIComponent(picker.value)}` : '#/sparql';
      },
    },
    h('option', { value: '' }, 'Examples from queries/…'),
    names.map((n) => h('option', { value: n, selected: n === name }, n)),
  );
  const area = h('textarea', { id: 'query', 'aria-label': 'SPARQL query' }, query);
  const run = h('button', { id: 'run', type: 'button' }, 'Run');
  const download = h('button', { id: 'download', type: 'button' }, 'Download CSV');
  const status = h('span', { id: 'status', class: 'status muted' });
  const results = h('div', { id: 'results', class: 'results-area' });
  root.append(
    h('h1', {}, 'SPARQL'),
    h(
      'div',
      { class: 'toolbar' },
      picker,
      run,
      download,
      h('span', { class: 'muted' }, 'Ctrl+Enter runs; a known prefix (ng:, wd:, …) is declared as you type it'),
      status,
    ),
    area,
    h(
      'p',
      { class: 'muted' },
      'Endpoint ',
      h('code', {}, ENDPOINT),
      ' — the default graph is the union of all articles; ',
      h('code', {}, 'GRAPH ?doc { … }'),
      ' reaches one article. Updates and SERVICE are refused.',
    ),
    results,
  );
  const editor = CodeMirror.fromTextArea(area, {
    mode: 'sparql',
    lineNumbers: true,
    indentUnit: 2,
    extraKeys: { 'Ctrl-Enter': () => execute(), 'Cmd-Enter': () => execute() },
  });
  run.addEventListener('click', () => execute());
  download.addEventListener('click', async () => {
    try {
      saveCsv(await (await send(editor.getValue(), 'text/csv', signal)).text(), 'query.csv');
    } catch (error) {
      results.replaceChildren(h('pre', { class: 'error', id: 'query-error' }, error.message));
    }
  });
  editor.on('inputRead', () => declarePrefixes(editor));

  async function execute() {
    status.textContent = 'Running…';
    results.replaceChildren();
    const started = performance.now();
    try {
      const response = await send(
        editor.getValue(),
        'application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1',
        signal,
      );
      const cap = response.headers.get('NewsGraph-Row-Cap');
      const ms = Math.round(performance.now() - started);
      if ((response.headers.get('Content-Type') || '').includes('sparql-results+json')) {
        const json = await response.json();
        if ('boolean' in json) {
          results.append(h('p', { class: 'ask' }, json.boolean ? 'true' : 'false'));
          status.textContent = `answered in ${ms} ms`;
          return;
        }
        const rows = json.results.bindings;
        results.append(resultTable(json.head.vars, rows));
        status.textContent =
          `${rows.length} row${rows.length === 1 ? '' : 's'} in ${ms} ms` +
          (cap && rows.length >= Number(cap) ? ` — the server returns at most ${cap} rows; there may be more` : '');
      } else {
        results.append(h('pre', { class: 'rdf' }, await response.text()));
        status.textContent = `answered in ${ms} ms`;
      }
    } catch (error) {
      if (signal.aborted) return;
      results.append(h('pre', { class: 'error', id: 'query-error' }, error.message));
      status.textContent = 'failed';
    }
  }
  if (name) execute();
}

/**
 * Prefix completion: a known prefix used in the query (ng:, rdfs:, wd:, …) and not yet declared gets
 * its PREFIX line at the top, as a SPARQL user expects from an editor.
 */
function declarePrefixes(editor) {
  const text = editor.getValue();
  const declared = new Set([...text.matchAll(/PREFIX\s+(\w*):/gi)].map((m) => m[1]));
  const body = text.replace(/PREFIX\s+\w*:\s*<[^>]*>/gi, '').replace(/<[^>]*>|"[^"]*"|#.*$/gm, '');
  const used = new Set([...body.matchAll(/(?:^|[\s({,;/^|!])([A-Za-z]\w*):/g)].map((m) => m[1]));
  const missing = PREFIX_NAMES.filter(([name]) => used.has(name) && !declared.has(name));
  if (missing.length) {
    editor.replaceRange(missing.map(([name, ns]) => `PREFIX ${name}: <${ns}>\n`).join(''), { line: 0, ch: 0 });
  }
}

function resultTable(vars, rows) {
  return h(
    'table',
    { class: 'result-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        vars.map((v) => h('th', {}, `?${v}`)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          {},
          vars.map((v) => h('td', {}, term(row[v]))),
        ),
      ),
    ),
  );
}

function term(t) {
  if (!t) return '';
  if (t.type !== 'uri') return t.value;
  const short = compact(t.value);
  return t.value.startsWith(ENTITY_BASE)
    ? h('a', { href: entityHref(t.value), title: t.value }, short)
    : h('span', { class: 'iri', title: t.value }, short);
}

function compact(value) {
  const match = PREFIX_NAMES.find(([, ns]) => value.startsWith(ns) && /^[\w.-]*$/.test(value.slice(ns.length)));
  return match ? `${match[0]}:${value.slice(match[1].length)}` : `<${value}>`;
}
