// The service worker (upright-sw.js) in a stand-in worker scope. Run: node --test portal-ui/src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const SOURCE = readFileSync(new URL('../../main/resources/META-INF/resources/upright-sw.js', import.meta.url), 'utf8');
const SCOPE = 'https://upright.example/portal/';
const OFFLINE_HTML = '<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>No connection · Upright</title>\n</head><body></body></html>';

/** Loads the worker with a network that answers or fails, and a cache holding the offline page. */
function worker({ online }) {
  const listeners = {};
  const cached = new Map([[SCOPE + 'offline.html', new Response(OFFLINE_HTML, {
    headers: { 'Content-Type': 'text/html', 'Content-Security-Policy': "default-src 'self'" } })]]);
  const fetched = [];
  const scope = {
    registration: { scope: SCOPE },
    location: new URL(SCOPE + 'upright-sw.js'),
    addEventListener: (type, fn) => { listeners[type] = fn; },
    skipWaiting: async () => {},
    clients: { claim: async () => {} },
    caches: {
      match: async (url) => cached.get(url)?.clone(),
      open: async () => ({ addAll: async () => {} }),
      keys: async () => [],
    },
    fetch: async (request) => {
      fetched.push(request.url);
      if (!online) throw new TypeError('Failed to fetch');
      return new Response('from the network', { status: 200 });
    },
    URL, Response, Headers, Promise,
  };
  scope.self = scope;
  vm.runInNewContext(SOURCE, scope);
  /** Dispatches a fetch event; returns the response the worker answered with, or null when it let it pass. */
  const dispatch = async (url, { method = 'GET', mode = 'cors' } = {}) => {
    let answer = null;
    listeners.fetch({ request: { url, method, mode }, respondWith: (p) => { answer = p; } });
    return answer === null ? null : await answer;
  };
  return { dispatch, fetched };
}

test('Vaadin requests, posts and other files pass the worker untouched', async () => {
  const sw = worker({ online: false });
  assert.equal(await sw.dispatch(SCOPE + '?v-r=uidl&v-uiId=0', { method: 'POST' }), null);
  assert.equal(await sw.dispatch(SCOPE + 'login', { method: 'POST', mode: 'navigate' }), null);
  assert.equal(await sw.dispatch(SCOPE + 'today?v-r=init&location=today'), null);
  assert.equal(await sw.dispatch(SCOPE + 'VAADIN/build/FlowClient.js'), null);
  assert.equal(await sw.dispatch(SCOPE + 'upright/timer/upright-timer.js'), null);
  assert.equal(await sw.dispatch('https://elsewhere.example/x', { mode: 'navigate' }), null);
  assert.deepEqual(sw.fetched, [], 'nothing fetched on their behalf');
});

test('a page load goes to the network and its answer is passed on as it is', async () => {
  const sw = worker({ online: true });
  const response = await sw.dispatch(SCOPE + 'progress', { mode: 'navigate' });
  assert.equal(await response.text(), 'from the network');
});

test('a page load that fails gets the offline page, with the root as its base and its policy', async () => {
  const sw = worker({ online: false });
  const response = await sw.dispatch(SCOPE + 'coach/clients/7', { mode: 'navigate' });
  const html = await response.text();
  assert.equal(response.status, 200);
  assert.match(html, /<head>\n<base href="https:\/\/upright\.example\/portal\/">/);
  assert.match(html, /No connection · Upright/);
  assert.equal(response.headers.get('Content-Security-Policy'), "default-src 'self'");
});

test('the offline page\'s own files come from the cache when the network fails', async () => {
  const sw = worker({ online: false });
  const response = await sw.dispatch(SCOPE + 'offline.html');
  assert.match(await response.text(), /No connection/);
});
