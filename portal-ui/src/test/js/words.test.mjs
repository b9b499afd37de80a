// What the timer says about steps and phases (words.js): a moving step never says "Hold".
// Run from the repository root: node --test portal-ui/src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan } from '../../main/resources/META-INF/resources/upright/timer/phases.js';
import {
  describeStep, describeNext, spokenCue, announcement,
} from '../../main/resources/META-INF/resources/upright/timer/words.js';

const circles = { title: 'Shoulder-blade circles', holdSeconds: 20, relaxSeconds: 10, repetitions: 3, moving: true };
const tucks = { title: 'Chin tucks', holdSeconds: 5, relaxSeconds: 5, repetitions: 2, perSide: true };
const phases = plan({ steps: [circles, tucks] }, 5);
const first = (title, kind) => phases.find((p) => p.stepTitle === title && p.kind === kind);

test('the start screen describes a moving step as movement and a still one as a hold', () => {
  assert.equal(describeStep(circles), '3 × 20 s moving slowly, 10 s relax');
  assert.equal(describeStep(tucks), '2 × 5 s hold, 5 s relax, each side');
  assert.doesNotMatch(describeStep(circles), /hold/i);
});

test('spoken cues and the screen reader say "Keep moving" for a moving step, "Hold" only for holds', () => {
  const move = first('Shoulder-blade circles', 'HOLD');
  const ready = phases[phases.indexOf(move) - 1];
  assert.equal(spokenCue(move, ready, true), 'Keep moving, slowly');
  assert.doesNotMatch(spokenCue(move, ready, true), /hold/i);
  assert.match(announcement(move, false), /^Keep moving\. 20 seconds\. Rep 1 of 3$/);
  assert.equal(describeNext(ready, move), 'Keep moving · 20 s (rep 1 of 3)');

  const hold = first('Chin tucks', 'HOLD');
  assert.equal(spokenCue(hold, phases[phases.indexOf(hold) - 1], true), 'Hold');
  const tucksReady = first('Chin tucks', 'GET_READY');
  assert.equal(spokenCue(tucksReady, phases[phases.indexOf(tucksReady) - 1], true), 'Next step: Chin tucks. Get ready');
  assert.equal(describeNext(tucksReady, hold), 'Hold · 5 s (rep 1 of 2)');
  const right = phases.find((p) => p.stepTitle === 'Chin tucks' && p.side === 'RIGHT');
  assert.equal(spokenCue(right, phases[phases.indexOf(right) - 1], true), 'Switch sides. Get ready');
});

test('no phase of a moving step is spoken or shown as a hold', () => {
  for (const p of phases.filter((x) => x.moving)) {
    const prev = phases[phases.indexOf(p) - 1] || null;
    assert.doesNotMatch(spokenCue(p, prev, true), /\bhold\b/i, `${p.kind} ${p.rep}`);
    assert.doesNotMatch(announcement(p, true), /\bhold\b/i, `${p.kind} ${p.rep}`);
  }
});
