// Unit tests for the timer's pure modules: the phase plan (phases.js) and the clock (clock.js).
// Run from the repository root: node --test portal-ui/src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as phases from '../../main/resources/META-INF/resources/upright/timer/phases.js';
import * as clock from '../../main/resources/META-INF/resources/upright/timer/clock.js';
import { setWords } from '../../main/resources/META-INF/resources/upright/timer/text.js';
import { bundleWords } from './bundle-words.mjs';

setWords(bundleWords('en'), 'en');

const P = { ...phases, ...clock };
const plain = (x) => JSON.parse(JSON.stringify(x));
const step = (over = {}) => ({
  title: 'Wall press', instructions: 'Press', holdSeconds: 20, relaxSeconds: 10, repetitions: 3,
  perSide: false, safetyCue: 'Protect the low back', ...over,
});
const summary = (phases) => Array.from(phases, (p) => `${p.kind}:${p.side ?? '-'}:${p.rep}:${p.seconds}`);

test('plain step: get ready, then hold/relax per repetition with cumulative offsets', () => {
  const phases = plain(P.plan({ steps: [step()] }, 5));
  assert.deepEqual(summary(phases), [
    'GET_READY:-:1:5', 'HOLD:-:1:20', 'RELAX:-:1:10', 'HOLD:-:2:20', 'RELAX:-:2:10', 'HOLD:-:3:20', 'RELAX:-:3:10']);
  assert.deepEqual(phases[1], {
    kind: 'HOLD', seconds: 20, stepIndex: 0, stepTitle: 'Wall press', side: null, rep: 1, reps: 3, moving: false, startOffsetMs: 5000,
  });
  assert.deepEqual(Array.from(phases, (p) => p.startOffsetMs), [0, 5000, 25000, 35000, 55000, 65000, 85000]);
});

test('per-side step: left then right, each side gets its own get ready', () => {
  const phases = P.plan({ steps: [step({ perSide: true, repetitions: 2 })] }, 5);
  assert.deepEqual(summary(phases), [
    'GET_READY:LEFT:1:5', 'HOLD:LEFT:1:20', 'RELAX:LEFT:1:10', 'HOLD:LEFT:2:20', 'RELAX:LEFT:2:10',
    'GET_READY:RIGHT:1:5', 'HOLD:RIGHT:1:20', 'RELAX:RIGHT:1:10', 'HOLD:RIGHT:2:20', 'RELAX:RIGHT:2:10']);
  assert.equal(P.totalSeconds(phases), 2 * (5 + 2 * 30));
});

test('zero relax produces no RELAX phase', () => {
  const phases = P.plan({ steps: [step({ relaxSeconds: 0 })] }, 5);
  assert.deepEqual(summary(phases), ['GET_READY:-:1:5', 'HOLD:-:1:20', 'HOLD:-:2:20', 'HOLD:-:3:20']);
  assert.ok(phases.every((p) => p.kind !== 'RELAX'));
});

test('one repetition', () => {
  const phases = P.plan({ steps: [step({ repetitions: 1 })] }, 5);
  assert.deepEqual(summary(phases), ['GET_READY:-:1:5', 'HOLD:-:1:20', 'RELAX:-:1:10']);
  assert.ok(phases.every((p) => p.reps === 1));
});

test('get ready: default 5 s, routine value, 0 skips it, only before the first rep of each side of each step', () => {
  const routine = { steps: [step({ repetitions: 2 }), step({ title: 'Chest', perSide: true, repetitions: 1 })] };
  assert.equal(P.plan(routine)[0].seconds, 5);
  assert.equal(P.plan({ ...routine, getReadySeconds: 8 })[0].seconds, 8);
  const ready = P.plan(routine, 3).filter((p) => p.kind === 'GET_READY');
  assert.deepEqual(Array.from(ready, (p) => `${p.stepIndex}:${p.side}`), ['0:null', '1:LEFT', '1:RIGHT']);
  assert.ok(P.plan(routine, 0).every((p) => p.kind !== 'GET_READY'));
  assert.equal(P.plan(routine, 0)[0].kind, 'HOLD');
});

test('totalSeconds sums the phases; empty routine is 0', () => {
  const routine = { steps: [step(), step({ perSide: true, repetitions: 1, relaxSeconds: 0 })] };
  assert.equal(P.totalSeconds(P.plan(routine, 5)), (5 + 3 * 30) + 2 * (5 + 20));
  assert.equal(P.totalSeconds(P.plan({ steps: [] }, 5)), 0);
  assert.equal(P.totalSeconds(P.plan(null, 5)), 0);
});

test('locate at exact boundaries', () => {
  const phases = P.plan({ steps: [step({ repetitions: 1 })] }, 5); // 0-5000 ready, 5000-25000 hold, 25000-35000 relax
  assert.deepEqual(plain(P.locate(phases, 0)), { index: 0, remainingMs: 5000, done: false });
  assert.deepEqual(plain(P.locate(phases, 4999)), { index: 0, remainingMs: 1, done: false });
  assert.deepEqual(plain(P.locate(phases, 5000)), { index: 1, remainingMs: 20000, done: false });
  assert.deepEqual(plain(P.locate(phases, 25000)), { index: 2, remainingMs: 10000, done: false });
  assert.deepEqual(plain(P.locate(phases, 34999.5)), { index: 2, remainingMs: 0.5, done: false });
  assert.deepEqual(plain(P.locate(phases, 35000)), { index: 3, remainingMs: 0, done: true });
  assert.deepEqual(plain(P.locate(phases, 99999)), { index: 3, remainingMs: 0, done: true });
  assert.deepEqual(plain(P.locate(phases, -50)), { index: 0, remainingMs: 5000, done: false });
  assert.deepEqual(plain(P.locate([], 0)), { index: 0, remainingMs: 0, done: true });
});

test('skip goes to the start of the next phase; at the last phase it goes to the end', () => {
  const phases = P.plan({ steps: [step({ repetitions: 1 })] }, 5);
  assert.equal(P.skip(phases, 0), 5000);
  assert.equal(P.skip(phases, 5000), 25000);
  assert.equal(P.skip(phases, 12345), 25000);
  assert.equal(P.skip(phases, 26000), 35000); // last phase -> total
  assert.equal(P.skip(phases, 35000), 35000); // already at the end: stays
  assert.ok(P.locate(phases, P.skip(phases, 26000)).done);
});

test('back at the very start stays at 0', () => {
  const phases = P.plan({ steps: [step()] }, 5);
  assert.equal(P.back(phases, 0), 0);
  assert.equal(P.back(phases, 1200), 0);
  assert.equal(P.back(phases, 3000), 0); // > 1.5 s into the first phase: its start, still 0
  assert.equal(P.back([], 0), 0);
});

test('back within 1.5 s of a phase start goes to the previous phase, later to the current start', () => {
  const phases = P.plan({ steps: [step()] }, 5); // hold 1 starts at 5000, relax 1 at 25000
  assert.equal(P.back(phases, 25000), 5000);
  assert.equal(P.back(phases, 26000), 5000);
  assert.equal(P.back(phases, 26500), 5000);  // exactly 1.5 s: still "within"
  assert.equal(P.back(phases, 26501), 25000); // more than 1.5 s: restart the current phase
  assert.equal(P.back(phases, 5100), 0);
  const total = P.totalSeconds(phases) * 1000;
  assert.equal(P.back(phases, total), phases.at(-1).startOffsetMs);
});

test('stepsCompleted counts steps whose last phase has fully elapsed', () => {
  const routine = { steps: [step({ repetitions: 1 }), step({ perSide: true, repetitions: 1 })] };
  const phases = P.plan(routine, 5); // step 0 ends at 35000, step 1 ends at 105000
  assert.equal(P.stepsCompleted(phases, 0, 2), 0);
  assert.equal(P.stepsCompleted(phases, 34999, 2), 0);
  assert.equal(P.stepsCompleted(phases, 35000, 2), 1);
  assert.equal(P.stepsCompleted(phases, 104999, 2), 1);
  assert.equal(P.stepsCompleted(phases, 105000, 2), 2);
});

test('formatClock is mm:ss', () => {
  assert.equal(P.formatClock(0), '00:00');
  assert.equal(P.formatClock(65), '01:05');
  assert.equal(P.formatClock(600), '10:00');
});

test('Clockwork: start, pause, resume, seek', () => {
  let t = 1000;
  const c = new P.Clockwork({ now: () => t });
  assert.equal(c.running, false);
  c.start();
  assert.equal(c.running, true);
  t += 1500;
  assert.equal(c.elapsedMs(), 1500);
  c.pause();
  t += 10_000;
  assert.equal(c.elapsedMs(), 1500);
  c.resume();
  t += 500;
  assert.equal(c.elapsedMs(), 2000);
  c.seek(30_000);
  assert.equal(c.elapsedMs(), 30_000);
  t += 250;
  assert.equal(c.elapsedMs(), 30_250);
  c.pause();
  c.seek(5_000);
  t += 999;
  assert.equal(c.elapsedMs(), 5_000);
  c.start();
  assert.equal(c.elapsedMs(), 0);
});

test('scaledNow speeds time up by the scale without jumps when the scale changes', () => {
  let real = 100;
  let scale = 20;
  const now = P.scaledNow(() => real, () => scale);
  const t0 = now();
  real += 1000;
  assert.equal(now() - t0, 20_000);
  scale = 1;
  real += 1000;
  assert.equal(now() - t0, 21_000);
  scale = Number.NaN; // invalid scales fall back to 1
  real += 10;
  assert.equal(now() - t0, 21_010);
});

/** Deterministic PRNG so a failing drift run can be reproduced. */
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

test('drift: 10-minute routine driven by a fake clock in irregular chunks with pauses stays within 100 ms', () => {
  // About 10 minutes: step A 5 + 5 * (50 + 10) = 305 s; step B per side 2 * (5 + 5 * (25 + 4)) = 300 s.
  const routine = {
    steps: [
      { title: 'A', holdSeconds: 50, relaxSeconds: 10, repetitions: 5, perSide: false }, // 5 + 300 = 305
      { title: 'B', holdSeconds: 25, relaxSeconds: 4, repetitions: 5, perSide: true },   // 2 * (5 + 145) = 300
    ],
  };
  const phases = P.plan(routine, 5);
  const totalMs = P.totalSeconds(phases) * 1000;
  assert.equal(totalMs, 605_000);

  for (const seed of [1, 42, 2024]) {
    const rnd = mulberry32(seed);
    let fake = 123_456.789; // arbitrary origin, fractional like performance.now()
    const clock = new P.Clockwork({ now: () => fake });
    let expectedActive = 0; // ground truth: time spent running
    let lastIndex = -1;
    let phaseChanges = 0;
    clock.start();
    while (expectedActive < totalMs) {
      const jump = 16 + rnd() * (2000 - 16);
      if (rnd() < 0.1) { // pause for a while, then resume
        clock.pause();
        fake += jump * 3;
        clock.resume();
        continue;
      }
      fake += jump;
      expectedActive += jump;
      const elapsed = clock.elapsedMs();
      assert.ok(Math.abs(elapsed - expectedActive) <= 100, `seed ${seed}: drift ${elapsed - expectedActive} ms`);
      const loc = P.locate(phases, elapsed);
      // Reference answer by linear scan.
      const want = phases.findIndex((p) => elapsed >= p.startOffsetMs && elapsed < p.startOffsetMs + p.seconds * 1000);
      assert.equal(loc.index, want === -1 ? phases.length : want);
      if (loc.index !== lastIndex) { phaseChanges++; lastIndex = loc.index; }
    }
    assert.ok(Math.abs(clock.elapsedMs() - expectedActive) <= 100);
    assert.ok(P.locate(phases, clock.elapsedMs()).done);
    assert.ok(phaseChanges > 10);
  }

  // Known instants (after pauses): the phase index depends only on active time.
  let fake = 0;
  const clock = new P.Clockwork({ now: () => fake });
  clock.start();
  const at = (activeMs) => P.locate(phases, activeMs).index;
  fake += 4_999; assert.equal(P.locate(phases, clock.elapsedMs()).index, 0);
  clock.pause(); fake += 60_000; clock.resume();
  fake += 1; assert.equal(P.locate(phases, clock.elapsedMs()).index, 1);           // HOLD A rep 1 at 5 s
  fake += 55_000; assert.equal(P.locate(phases, clock.elapsedMs()).index, at(60_000)); // RELAX A rep 1
  assert.equal(phases[at(60_000)].kind, 'RELAX');
  clock.pause(); fake += 1_000_000; clock.resume();
  fake += 305_000 - 60_000; // start of step B, left side get ready
  const b = phases[P.locate(phases, clock.elapsedMs()).index];
  assert.deepEqual(plain([b.kind, b.stepIndex, b.side]), ['GET_READY', 1, 'LEFT']);
  fake += 150_000; // right side get ready
  const c = phases[P.locate(phases, clock.elapsedMs()).index];
  assert.deepEqual(plain([c.kind, c.stepIndex, c.side]), ['GET_READY', 1, 'RIGHT']);
  assert.equal(clock.elapsedMs(), 455_000);
});

test('easier versions: the chosen steps use the easier hold and repetitions, the others their own', () => {
  const routine = {
    steps: [
      step({ easier: { instructions: 'Hands lower', holdSeconds: 10, repetitions: 2 } }),
      step({ title: 'No easier one' }),
    ],
  };
  const standard = P.plan(routine, 5);
  assert.equal(P.plannedHoldMs(standard, 2)[0], 60_000);
  const easier = P.plan(routine, 5, [true, true]); // the second has none: stays as it is
  assert.deepEqual(summary(easier).slice(0, 5), ['GET_READY:-:1:5', 'HOLD:-:1:10', 'RELAX:-:1:10', 'HOLD:-:2:10', 'RELAX:-:2:10']);
  assert.deepEqual(P.plannedHoldMs(easier, 2), [20_000, 60_000]);
  assert.equal(P.totalSeconds(easier), P.totalSeconds(standard) - 50); // 3 × (20 + 10) became 2 × (10 + 10)
  assert.deepEqual(P.easierChoice(routine.steps, [true, true]), [true, false]);
  assert.deepEqual(P.easierChoice(routine.steps, null), [false, false]);
  const done = P.asDone(routine.steps[0], true);
  assert.equal(done.isEasier, true);
  assert.equal(done.easierInstructions, 'Hands lower');
  assert.equal(done.instructions, 'Press', "the step's own instructions stay");
  assert.equal(P.asDone(routine.steps[1], true).isEasier, false);
  // a variant without its own numbers keeps the step's hold and repetitions
  assert.equal(P.asDone(step({ easier: { instructions: 'Seated' } }), true).holdSeconds, 20);
});

test('a moving step is planned like any other but its timed phase is called "Keep moving", not "Hold"', () => {
  const phases = P.plan({ steps: [step({ moving: true, repetitions: 1 }), step({ repetitions: 1 })] }, 5);
  assert.deepEqual(phases.map((p) => P.phaseLabel(p)), ['Get ready', 'Keep moving', 'Relax', 'Get ready', 'Hold', 'Relax']);
  assert.ok(phases.every((p) => p.moving === (p.stepIndex === 0)));
});
