// Held time per step (phases.js) and the device outbox (outbox.js).
// Run from the repository root: node --test portal-ui/src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  plan, plannedHoldMs, accrueHeld, stepDone, stepsDoneByHold, skip,
} from '../../main/resources/META-INF/resources/upright/timer/phases.js';
import { deviceStore, newSessionId, OUTBOX_KEY } from '../../main/resources/META-INF/resources/upright/timer/outbox.js';

const routine = {
  steps: [
    { title: 'Wall press', holdSeconds: 20, relaxSeconds: 10, repetitions: 3 }, // holds 5-25, 35-55, 65-85 s
    { title: 'Chest', holdSeconds: 15, relaxSeconds: 0, repetitions: 1, perSide: true }, // holds 100-115, 120-135 s
  ],
};
const phases = plan(routine, 5);

test('planned hold per step counts every repetition and side', () => {
  assert.deepEqual(plannedHoldMs(phases, 2), [60_000, 30_000]);
});

test('only hold time the clock ran through counts, not get ready or relax', () => {
  const held = [0, 0];
  accrueHeld(phases, held, 0, 30_000); // ready 5 s, hold 20 s, relax 5 s
  assert.deepEqual(held, [20_000, 0]);
  accrueHeld(phases, held, 30_000, 40_000); // relax 5 s, hold 5 s
  assert.deepEqual(held, [25_000, 0]);
  accrueHeld(phases, held, 40_000, 40_000); // no time passed
  accrueHeld(phases, held, 50_000, 40_000); // backwards (a seek) adds nothing
  assert.deepEqual(held, [25_000, 0]);
});

test('a routine skipped through in seconds holds nothing and completes no step', () => {
  const held = [0, 0];
  let at = 0;
  while (at < 135_000) { // tap Skip every 200 ms of real time
    accrueHeld(phases, held, at, at + 200);
    at = skip(phases, at + 200);
  }
  assert.ok(held.every((ms) => ms <= 1000), `held ${held}`);
  assert.equal(stepsDoneByHold(held.map((ms) => Math.floor(ms / 1000)), [60, 30]), 0);
});

test('a step is done only when more than half of its hold ran', () => {
  assert.equal(stepDone(30, 60), false); // exactly half
  assert.equal(stepDone(31, 60), true);
  assert.equal(stepDone(0, 0), true); // nothing to hold
  assert.equal(stepsDoneByHold([60, 14], [60, 30]), 1);
  assert.equal(stepsDoneByHold([60, 16], [60, 30]), 2);
});

function memoryStorage() {
  const map = new Map();
  return { getItem: (k) => (map.has(k) ? map.get(k) : null), setItem: (k, v) => map.set(k, String(v)), map };
}

test('the outbox keeps the newest version of each session once, in order', () => {
  const storage = memoryStorage();
  const store = deviceStore(storage);
  store.put({ clientSessionId: 'a', note: null });
  store.put({ clientSessionId: 'b', note: null });
  store.put({ clientSessionId: 'a', note: 'later' });
  assert.deepEqual(store.outbox(), [{ clientSessionId: 'a', note: 'later' }, { clientSessionId: 'b', note: null }]);
  store.remove('a');
  assert.deepEqual(store.outbox().map((e) => e.clientSessionId), ['b']);
});

test('a broken or blocked storage never breaks the timer', () => {
  const storage = memoryStorage();
  storage.setItem(OUTBOX_KEY, '{not json');
  assert.deepEqual(deviceStore(storage).outbox(), []);
  const blocked = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
  const store = deviceStore(blocked);
  store.put({ clientSessionId: 'x' });
  assert.deepEqual(store.outbox(), []);
  assert.deepEqual(store.loadPrefs(), { sound: true, voice: false, vibrate: true });
});

test('session ids are UUID v4 shaped even without randomUUID', () => {
  const id = newSessionId({ getRandomValues: (b) => b.fill(7) });
  assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});
