// Hash routes (#/view/argument?filter=…), so every view and every filtered view has a link of its own
// and the back button works. A view is a function (root, context) that fills root; context holds the
// route's argument, its filters (URLSearchParams), its path and the signal that aborts it when the
// reader moves on. To add a view, add its module and one line here.
import { h } from './dom.js';
import { homeView, searchView } from './search.js';
import { entityView } from './entity.js';
import { networkView } from './network.js';
import { claimsView } from './claims.js';
import { documentsView, documentView } from './document.js';
import { mapView } from './map.js';
import { editorView } from './editor.js';
import { propositionsView, framingView } from './propositions.js';

const routes = [
  [/^\/?$/, homeView],
  [/^\/search\/(.*)$/, searchView],
  [/^\/entity\/(.+)$/, entityView],
  [/^\/network$/, networkView],
  [/^\/claims(?:\/(.+))?$/, claimsView],
  [/^\/documents$/, documentsView],
  [/^\/document\/(.+)$/, documentView],
  [/^\/map$/, mapView],
  [/^\/propositions(?:\/(.+))?$/, propositionsView],
  [/^\/framing(?:\/(.+))?$/, framingView],
  [/^\/sparql(?:\/(.+))?$/, (root, context) => editorView(root, context.arg, context.signal)],
];

let current = null;

async function render() {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const root = document.getElementById('view');
  document.getElementById('tooltip').hidden = true;
  const hash = location.hash.replace(/^#/, '');
  const [path, query = ''] = hash.split('?', 2);
  for (const link of document.querySelectorAll('[data-nav]')) {
    link.classList.toggle('active', path.startsWith(`/${link.dataset.nav}`));
  }
  const match = routes.map(([pattern, view]) => [pattern.exec(path), view]).find(([m]) => m);
  root.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
  root.removeAttribute('data-ready');
  try {
    if (!match) {
      root.replaceChildren(h('p', { class: 'error' }, `No page ${hash}; `, h('a', { href: '#/' }, 'start here'), '.'));
      return;
    }
    const container = h('div', { class: 'view' });
    root.replaceChildren(container);
    const context = {
      arg: match[0][1] && decodeURIComponent(match[0][1]),
      search: new URLSearchParams(query),
      path: `#${path}`,
      signal: controller.signal,
    };
    await match[1](container, context);
    if (!controller.signal.aborted) root.setAttribute('data-ready', '');
  } catch (error) {
    if (controller.signal.aborted) return;
    root.replaceChildren(
      h('div', { class: 'error' }, h('h2', {}, 'Something went wrong'), h('pre', {}, String(error.message))),
    );
    root.setAttribute('data-ready', '');
  }
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const term = document.getElementById('search').value.trim();
  if (term) location.hash = `#/search/${encodeURIComponent(term)}`;
});

window.addEventListener('hashchange', render);
render();
