// The check-in card's unsent tap (check-in-pending.js). Run: node --test portal-ui/src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pendingStore, offline, resendDue, PENDING_KEY, RESEND_AFTER_MS } from '../../main/resources/META-INF/resources/upright/progress/check-in-pending.js';

function memoryStorage() {
  const m = new Map();
  return { getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, String(v)), removeItem: (k) => m.delete(k) };
}

test('a tap is kept until the server confirms that score', () => {
  const storage = memoryStorage();
  const store = pendingStore(storage);
  store.keep(7, 1000);
  assert.deepEqual(store.pending(), { score: 7, at: 1000 });
  assert.deepEqual(store.confirm(5), { score: 7, at: 1000 }); // an older save's answer keeps the 7
  assert.equal(store.confirm(7), null);
  assert.equal(storage.getItem(PENDING_KEY), null);
});

test('an earlier tap never replaces a later one', () => {
  const store = pendingStore(memoryStorage());
  store.keep(8, 2000);
  store.keep(3, 1000);
  assert.equal(store.pending().score, 8);
});

test('blocked storage does not break the card', () => {
  const broken = { getItem() { throw new Error('blocked'); }, setItem() { throw new Error('blocked'); }, removeItem() { throw new Error('blocked'); } };
  const store = pendingStore(broken);
  store.keep(4, 1);
  assert.equal(store.pending(), null);
  assert.equal(store.confirm(4), null);
});

test('offline when the browser or Vaadin says the server cannot be reached', () => {
  assert.equal(offline({ navigator: { onLine: false } }), true);
  assert.equal(offline({ navigator: { onLine: true }, Vaadin: { connectionState: { state: 'reconnecting' } } }), true);
  assert.equal(offline({ navigator: { onLine: true }, Vaadin: { connectionState: { state: 'connected' } } }), false);
});

test('a tap keeps the day and the saved rating it was made over, and can be dropped', () => {
  const store = pendingStore(memoryStorage());
  store.keep(5, 3000, '2026-12-03', '2026-12-03T08:00:00.123456Z');
  assert.deepEqual(store.pending(), { score: 5, at: 3000, day: '2026-12-03', basis: '2026-12-03T08:00:00.123456Z' });
  store.drop();
  assert.equal(store.pending(), null);
});

test('a kept tap is sent again only when the page is idle, after a pause that grows', () => {
  const idle = { navigator: { onLine: true }, Vaadin: { connectionState: { state: 'connected' } } };
  const busy = { navigator: { onLine: true }, Vaadin: { connectionState: { state: 'loading' } } };
  const tap = { score: 5, at: 10_000 };
  assert.equal(resendDue(null, 99_000, 0, RESEND_AFTER_MS, idle), false);
  assert.equal(resendDue(tap, 10_000 + RESEND_AFTER_MS - 1, 0, RESEND_AFTER_MS, idle), false); // its own request may be on its way
  assert.equal(resendDue(tap, 10_000 + RESEND_AFTER_MS, 0, RESEND_AFTER_MS, idle), true);
  assert.equal(resendDue(tap, 10_000 + RESEND_AFTER_MS, 0, RESEND_AFTER_MS, busy), false);
  assert.equal(resendDue(tap, 40_000, 30_000, 20_000, idle), false); // the last try was 10 s ago, the wait is 20 s
  assert.equal(resendDue(tap, 50_000, 30_000, 20_000, idle), true);
  assert.equal(resendDue(tap, 50_000, 0, RESEND_AFTER_MS, { navigator: { onLine: false } }), false);
});
