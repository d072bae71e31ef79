// Hash routes, so every view has a link of its own and the back button works.
import { h } from './dom.js';
import { homeView, searchView } from './search.js';
import { entityView } from './entity.js';
import { networkView } from './network.js';
import { claimsView } from './claims.js';
import { editorView } from './editor.js';
import { propositionsView, framingView } from './propositions.js';

const routes = [
  [/^#?\/?$/, () => homeView],
  [/^#\/search\/(.*)$/, (m) => (root, signal) => searchView(root, decodeURIComponent(m[1]), signal)],
  [/^#\/entity\/(.+)$/, (m) => (root, signal) => entityView(root, decodeURIComponent(m[1]), signal)],
  [/^#\/network$/, () => networkView],
  [/^#\/claims(?:\/(.+))?$/, (m) => (root, signal) => claimsView(root, m[1] && decodeURIComponent(m[1]), signal)],
  [/^#\/propositions(?:\/(.+))?$/, (m) => (root, signal) => propositionsView(root, m[1] && decodeURIComponent(m[1]), signal)],
  [/^#\/framing(?:\/(.+))?$/, (m) => (root, signal) => framingView(root, m[1] && decodeURIComponent(m[1]), signal)],
  [/^#\/sparql(?:\/(.+))?$/, (m) => (root, signal) => editorView(root, m[1] && decodeURIComponent(m[1]), signal)],
];

let current = null;

async function render() {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const root = document.getElementById('view');
  document.getElementById('tooltip').hidden = true;
  const hash = location.hash;
  for (const link of document.querySelectorAll('[data-nav]')) {
    link.classList.toggle('active', hash.startsWith(`#/${link.dataset.nav}`));
  }
  const match = routes.map(([pattern, view]) => [pattern.exec(hash), view]).find(([m]) => m);
  root.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
  root.removeAttribute('data-ready');
  try {
    if (!match) {
      root.replaceChildren(h('p', { class: 'error' }, `No page ${hash}; `, h('a', { href: '#/' }, 'start here'), '.'));
      return;
    }
    const container = h('div', { class: 'view' });
    root.replaceChildren(container);
    await match[1](match[0])(container, controller.signal);
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
