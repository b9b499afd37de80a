// What the timer says about steps and phases (words.js): a moving step never says "Hold".
// Run from the repository root: node --test portal-ui/src/test/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan } from '../../main/resources/META-INF/resources/upright/timer/phases.js';
import {
  describeStep, describeNext, spokenCue, announcement,
} from '../../main/resources/META-INF/resources/upright/timer/words.js';
import { setWords } from '../../main/resources/META-INF/resources/upright/timer/text.js';
import { bundleWords } from './bundle-words.mjs';

setWords(bundleWords('en'), 'en');

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

test('in German the timer shows and says the German bundle words, and speaks them with the German voice', async () => {
  setWords(bundleWords('de'), 'de');
  try {
    const hold = first('Chin tucks', 'HOLD');
    const tucksReady = first('Chin tucks', 'GET_READY');
    assert.equal(spokenCue(tucksReady, phases[phases.indexOf(tucksReady) - 1], true), 'Nächster Schritt: Chin tucks. Bereit machen');
    assert.equal(spokenCue(hold, tucksReady, true), 'Halten');
    assert.equal(describeStep(tucks), '2 × 5 s halten, 5 s lockern, je Seite');
    assert.equal(describeNext(tucksReady, hold), 'Halten · 5 s (Wiederholung 1 von 2)');
    const move = first('Shoulder-blade circles', 'HOLD');
    assert.equal(spokenCue(move, phases[phases.indexOf(move) - 1], true), 'In Bewegung bleiben, langsam');
    assert.match(announcement(move, false), /^In Bewegung bleiben\. 20 Sekunden\. Wiederholung 1 von 3$/);

    // speech: the utterance carries the page's language, so the device picks a German voice
    const spoken = [];
    globalThis.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; } };
    globalThis.speechSynthesis = { cancel() {}, speak(u) { spoken.push(u); } };
    const { Cues } = await import('../../main/resources/META-INF/resources/upright/timer/cues.js');
    new Cues({ voice: true }).say(spokenCue(hold, tucksReady, true));
    assert.deepEqual(spoken.map((u) => [u.text, u.lang]), [['Halten', 'de']]);
  } finally {
    setWords(bundleWords('en'), 'en');
    delete globalThis.SpeechSynthesisUtterance;
    delete globalThis.speechSynthesis;
  }
});

test('every word the timer looks up is in both bundles', () => {
  const en = bundleWords('en');
  const de = bundleWords('de');
  assert.deepEqual(Object.keys(de).sort(), Object.keys(en).sort());
  for (const [key, text] of Object.entries(de)) assert.notEqual(text, '', key);
});
