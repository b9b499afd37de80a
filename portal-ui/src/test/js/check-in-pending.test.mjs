// The check-in card's unsent tap and areas (check-in-pending.js). Run: node --test portal-ui/src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pendingStore, offline, PENDING_KEY } from '../../main/resources/META-INF/resources/upright/progress/check-in-pending.js';

function memoryStorage() {
  const m = new Map();
  return { getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, String(v)), removeItem: (k) => m.delete(k) };
}

const DAY = '2026-12-02';

test('a tap is kept until the server confirms that score', () => {
  const storage = memoryStorage();
  const store = pendingStore(storage);
  store.keep({ score: 7 }, 1000, '3', DAY);
  assert.deepEqual(store.pending(), { score: 7, areas: null, at: 1000, user: '3', day: DAY });
  assert.equal(store.confirm(5).score, 7); // an older save's answer keeps the 7
  assert.equal(store.confirm(7), null);
  assert.equal(storage.getItem(PENDING_KEY), null);
});

test('an earlier tap never replaces a later one', () => {
  const store = pendingStore(memoryStorage());
  store.keep({ score: 8 }, 2000, '3', DAY);
  store.keep({ score: 3 }, 1000, '3', DAY);
  assert.equal(store.pending().score, 8);
});

test('areas and score of the same member and day add up; another day starts afresh', () => {
  const store = pendingStore(memoryStorage());
  store.keep({ areas: ['neck'] }, 1000, '3', DAY);
  store.keep({ score: 4 }, 1100, '3', DAY);
  assert.deepEqual([store.pending().score, store.pending().areas], [4, ['neck']]);
  store.keep({ score: 2 }, 1200, '3', '2026-12-03');
  assert.deepEqual([store.pending().score, store.pending().areas], [2, null]);
});

test('kept areas alone go with the next save', () => {
  const store = pendingStore(memoryStorage());
  store.keep({ areas: ['mid_back'] }, 1000, '3', DAY);
  assert.equal(store.confirm(6), null);
});

test('on opening the card a kept check-in is resent only for the same member, the same day and after the last save', () => {
  const store = pendingStore(memoryStorage());
  store.keep({ score: 7 }, 5000, '3', DAY);
  assert.equal(store.onOpen('3', DAY, null), 'resend');
  assert.equal(store.onOpen('3', DAY, 4000), 'resend');
  assert.equal(store.onOpen('3', DAY, 6000), 'drop', 'the rating was saved after the tap: the later value wins');
  assert.equal(store.onOpen('3', '2026-12-03', null), 'drop', 'yesterday\'s tap is not today\'s rating');
  assert.equal(store.onOpen('4', DAY, null), 'drop', 'another member on this phone');
  store.clear();
  assert.equal(store.onOpen('3', DAY, null), 'none');
});

test('blocked storage does not break the card', () => {
  const broken = { getItem() { throw new Error('blocked'); }, setItem() { throw new Error('blocked'); }, removeItem() { throw new Error('blocked'); } };
  const store = pendingStore(broken);
  store.keep({ score: 4 }, 1, '3', DAY);
  assert.equal(store.pending(), null);
  assert.equal(store.confirm(4), null);
  assert.equal(store.onOpen('3', DAY, null), 'none');
});

test('offline when the browser or Vaadin says the server cannot be reached', () => {
  assert.equal(offline({ navigator: { onLine: false } }), true);
  assert.equal(offline({ navigator: { onLine: true }, Vaadin: { connectionState: { state: 'reconnecting' } } }), true);
  assert.equal(offline({ navigator: { onLine: true }, Vaadin: { connectionState: { state: 'connected' } } }), false);
});
