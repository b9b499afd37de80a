// Unsent text kept in the browser (kept-input.js). Run: node --test portal-ui/src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keptStore, keyOf, OWNER_KEY, MAX_AGE_MS } from '../../main/resources/META-INF/resources/upright/kept/kept-input.js';
import { PENDING_KEY } from '../../main/resources/META-INF/resources/upright/progress/check-in-pending.js';
import { OUTBOX_KEY } from '../../main/resources/META-INF/resources/upright/timer/outbox.js';

function memoryStorage() {
  const m = new Map();
  return {
    get length() { return m.size; },
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => (m.has(k) ? m.get(k) : null),
    setItem: (k, v) => m.set(k, String(v)),
    removeItem: (k) => m.delete(k),
  };
}

const note = keyOf('7', '/today', 'check-in-note:2026-12-02');

test('typed text is restored when the field still shows what it showed when typing began', () => {
  const store = keptStore(memoryStorage(), () => 1000);
  store.write(note, 'stiff after the drive', '');
  assert.equal(store.decide(store.read(note), ''), 'restore');
});

test('a text the server saved later wins over the kept one', () => {
  const store = keptStore(memoryStorage(), () => 1000);
  store.write(note, 'typed here', 'old note');
  assert.equal(store.decide(store.read(note), 'saved on the laptop'), 'drop');
});

test('nothing is kept when the text is back to what the server has, or already saved', () => {
  const storage = memoryStorage();
  const store = keptStore(storage, () => 1000);
  store.write(note, 'abc', 'abc');
  assert.equal(store.read(note), null);
  store.write(note, 'abc', '');
  assert.equal(store.decide(store.read(note), 'abc'), 'drop');
});

test('an entry older than the longest kept time is not restored', () => {
  let now = 1000;
  const store = keptStore(memoryStorage(), () => now);
  store.write(note, 'long ago', '');
  now += MAX_AGE_MS + 1;
  assert.equal(store.decide(store.read(note), ''), 'drop');
});

test('signing in as another user drops the other user\'s text, unsent tap and timer results', () => {
  const storage = memoryStorage();
  const store = keptStore(storage, () => 1000);
  store.signedIn('7');
  store.write(note, 'private words', '');
  storage.setItem(PENDING_KEY, JSON.stringify({ score: 6, at: 900, user: '7', day: '2026-12-02' }));
  storage.setItem(OUTBOX_KEY, JSON.stringify([{ clientSessionId: 'a' }]));
  const mine = keyOf('8', '/admin/articles/new', 'body');

  store.signedIn('8');
  store.write(mine, 'draft', '');
  assert.equal(store.read(note), null);
  assert.equal(storage.getItem(PENDING_KEY), null);
  assert.equal(storage.getItem(OUTBOX_KEY), null);
  assert.equal(storage.getItem(OWNER_KEY), '8');

  storage.setItem(OUTBOX_KEY, JSON.stringify([{ clientSessionId: 'b' }]));
  store.signedIn('8'); // the same user again (another page): their own things stay
  assert.equal(store.read(mine).value, 'draft');
  assert.notEqual(storage.getItem(OUTBOX_KEY), null);
});

test('the first user seen on a device keeps their own unsent timer results', () => {
  const storage = memoryStorage();
  const store = keptStore(storage, () => 1000);
  storage.setItem(OUTBOX_KEY, JSON.stringify([{ clientSessionId: 'a' }]));
  store.signedIn('7');
  assert.notEqual(storage.getItem(OUTBOX_KEY), null);
  assert.equal(storage.getItem(OWNER_KEY), '7');
});

test('signing out drops the kept text and the unsent tap', () => {
  const storage = memoryStorage();
  const store = keptStore(storage, () => 1000);
  store.write(note, 'private words', '');
  storage.setItem(PENDING_KEY, JSON.stringify({ score: 6, at: 900 }));
  store.signedOut();
  assert.deepEqual(store.keys(), []);
  assert.equal(storage.getItem(PENDING_KEY), null);
});

test('blocked storage does not break a page', () => {
  const broken = {
    get length() { throw new Error('blocked'); }, key() { throw new Error('blocked'); },
    getItem() { throw new Error('blocked'); }, setItem() { throw new Error('blocked'); }, removeItem() { throw new Error('blocked'); },
  };
  const store = keptStore(broken);
  store.write(note, 'x', '');
  assert.equal(store.read(note), null);
  store.signedIn('7');
  store.signedOut();
});
