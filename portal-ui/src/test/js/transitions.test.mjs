// The timer's state table (transitions.js): every state answers every event, and the journeys a
// member takes end where they should with the right effects.
// Run from the repository root: node --test portal-ui/src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  STATES, EVENTS, EFFECTS, IGNORED, TABLE, transition, screenOf,
} from '../../main/resources/META-INF/resources/upright/timer/transitions.js';

/** Runs events from a state; returns the states passed and every effect, ignored events included as '-'. */
function journey(from, events) {
  let state = from;
  const effects = [];
  const states = [];
  for (const e of events) {
    const step = transition(state, e);
    if (step === IGNORED) { effects.push(`-${e}`); states.push(state); continue; }
    effects.push(...step.effects);
    state = step.to;
    states.push(state);
  }
  return { state, states, effects };
}

test('every state lists every event: a transition to a known state with known effects, or explicitly ignored', () => {
  assert.deepEqual(Object.keys(TABLE).sort(), [...STATES].sort());
  for (const state of STATES) {
    assert.deepEqual(Object.keys(TABLE[state]).sort(), [...EVENTS].sort(), `${state} must list exactly the events`);
    for (const event of EVENTS) {
      const step = TABLE[state][event];
      if (step === IGNORED) continue;
      assert.ok(STATES.includes(step.to), `${state} + ${event} -> unknown state ${step.to}`);
      for (const fx of step.effects) assert.ok(EFFECTS.includes(fx), `${state} + ${event}: unknown effect ${fx}`);
    }
  }
});

test('unknown states and events are programming errors, not silently ignored', () => {
  assert.throws(() => transition('flying', 'START'), /unknown timer state/);
  assert.throws(() => transition('intro', 'JUMP'), /unknown timer event/);
});

test('every state can be reached from the intro, and every effect is used somewhere', () => {
  const seen = new Set(['intro']);
  const queue = ['intro'];
  const used = new Set();
  while (queue.length) {
    const s = queue.shift();
    for (const e of EVENTS) {
      const step = TABLE[s][e];
      if (step === IGNORED) continue;
      step.effects.forEach((fx) => used.add(fx));
      if (!seen.has(step.to)) { seen.add(step.to); queue.push(step.to); }
    }
  }
  assert.deepEqual([...seen].sort(), [...STATES].sort());
  assert.deepEqual([...used].sort(), [...EFFECTS].sort());
});

test('the running screen only takes timer controls; the finish screen only takes save events', () => {
  const runEvents = ['PAUSE', 'RESUME', 'SKIP', 'BACK', 'STOP', 'KEEP_GOING', 'SAVE_PARTIAL', 'DISCARD', 'END'];
  for (const state of STATES) {
    for (const event of EVENTS) {
      const step = TABLE[state][event];
      if (step === IGNORED) continue;
      if (screenOf(state) === 'finish') assert.ok(!runEvents.includes(event) && event !== 'START', `${state} + ${event}`);
      if (screenOf(state) === 'running') assert.ok(runEvents.includes(event), `${state} + ${event}`);
    }
  }
  assert.equal(transition('saved', 'SKIP'), IGNORED);
  assert.equal(transition('intro', 'ACK'), IGNORED); // an answer for an old outbox entry: the element handles it
});

test('a routine run to the end is sent at once, before the member touches anything', () => {
  const j = journey('intro', ['START', 'PAUSE', 'RESUME', 'SKIP', 'END']);
  assert.equal(j.state, 'sending');
  assert.deepEqual(j.effects, ['beginRun', 'pauseClock', 'resumeClock', 'seekNext', 'closeRun', 'chime', 'send', 'showFinish']);
  assert.equal(screenOf(j.state), 'finish');
  assert.equal(journey('sending', ['ACK']).state, 'saved');
  assert.deepEqual(journey('sending', ['ACK']).effects, ['forget']);
});

test('Stop takes two taps to save: Stop, then "Save what I did"', () => {
  const fromRunning = journey('running', ['STOP', 'SAVE_PARTIAL']);
  assert.equal(fromRunning.state, 'sending');
  assert.deepEqual(fromRunning.effects, ['pauseClock', 'openStopDialog', 'closeDialog', 'markStopped', 'closeRun', 'send', 'showFinish']);
  assert.equal(journey('paused', ['STOP', 'SAVE_PARTIAL']).state, 'sending');
});

test('Stop then Discard goes back to the intro and sends nothing', () => {
  const j = journey('running', ['STOP', 'DISCARD']);
  assert.equal(j.state, 'intro');
  assert.ok(!j.effects.includes('send'));
  assert.ok(!j.effects.includes('storeDraft'));
});

test('Keep going returns to the state the question was asked in', () => {
  assert.deepEqual(journey('running', ['STOP', 'KEEP_GOING']).effects, ['pauseClock', 'openStopDialog', 'closeDialog', 'resumeClock']);
  assert.equal(journey('running', ['STOP', 'KEEP_GOING']).state, 'running');
  assert.equal(journey('paused', ['STOP', 'KEEP_GOING']).state, 'paused');
  assert.ok(!journey('paused', ['STOP', 'KEEP_GOING']).effects.includes('resumeClock'));
});

test('while the stop question is open, the clock controls do nothing', () => {
  for (const e of ['PAUSE', 'RESUME', 'SKIP', 'BACK', 'STOP', 'END']) {
    assert.equal(transition('askStop', e), IGNORED, e);
    assert.equal(transition('askStopPaused', e), IGNORED, e);
  }
});

test('pain and a note added after the session was recorded update it: kept on the device, then sent again', () => {
  const j = journey('saved', ['EDIT', 'EDIT', 'SAVE', 'ACK', 'DONE']);
  assert.deepEqual(j.states, ['edited', 'edited', 'sending', 'saved', 'intro']);
  assert.deepEqual(j.effects, ['storeDraft', 'storeDraft', 'send', 'forget', 'leave']);
});

test('an edit made while the first save is in flight is not forgotten when that save is confirmed', () => {
  const j = journey('sending', ['EDIT', 'ACK']);
  assert.equal(j.state, 'edited');
  assert.ok(!j.effects.includes('forget'), 'the newer version stays in the outbox');
  assert.equal(transition('edited', 'DONE'), IGNORED, 'Done is offered only when everything is sent');
});

test('offline: a timeout keeps the result, Save or the connection coming back sends it again', () => {
  assert.deepEqual(journey('sending', ['TIMEOUT', 'ONLINE', 'ACK']).states, ['offline', 'sending', 'saved']);
  assert.deepEqual(journey('sendingEdited', ['TIMEOUT', 'SAVE']).states, ['offline', 'sending']);
  assert.equal(journey('offline', ['EDIT']).state, 'edited');
  assert.equal(transition('sending', 'SAVE'), IGNORED, 'a double tap cannot send twice');
  assert.equal(transition('sendingEdited', 'SAVE'), IGNORED);
});

test('a refused session can be corrected and sent again', () => {
  assert.deepEqual(journey('sending', ['REJECT', 'EDIT', 'SAVE']).states, ['rejected', 'edited', 'sending']);
  assert.deepEqual(journey('sending', ['REJECT', 'SAVE']).states, ['rejected', 'sending']);
});

test('Done is only possible once the server has everything, and then leaves', () => {
  for (const state of STATES) {
    const step = TABLE[state].DONE;
    if (state === 'saved') assert.deepEqual(step.effects, ['leave']);
    else assert.equal(step, IGNORED, state);
  }
});
