/*
 * What the timer says about steps and phases, on screen and aloud: pure text (no DOM), unit-tested
 * in Node. A moving step (shoulder circles, wall slides) is never told to "hold". The words
 * themselves are the page's (text.js).
 */
import { wholeNumber, phaseLabel, sideLabel } from './phases.js';
import { t } from './text.js';

/** "3 × 20 s hold, 10 s relax, each side"; a moving step "3 × 20 s moving slowly, …". */
export function describeStep(s) {
  const step = s || {};
  const reps = wholeNumber(step.repetitions, 1, 1);
  const hold = wholeNumber(step.holdSeconds, 0, 0);
  const parts = [t(step.moving ? 'step.moving' : 'step.hold', reps, hold)];
  const relax = wholeNumber(step.relaxSeconds, 0, 0);
  if (relax > 0) parts.push(t('step.relax', relax));
  if (step.perSide) parts.push(t('step.each-side'));
  return parts.join(', ');
}

/** What comes after phase p: the next step's title, the other side, or the next phase and its length. */
export function describeNext(p, n) {
  if (!n) return t('next.finish');
  if (n.stepIndex !== p.stepIndex) return n.stepTitle || t('step.number', n.stepIndex + 1);
  if (n.side !== p.side) return (n.side && sideLabel(n.side)) || phaseLabel(n);
  return n.kind === 'HOLD' ? t('next.phase-rep', phaseLabel(n), n.seconds, n.rep, n.reps) : t('next.phase', phaseLabel(n), n.seconds);
}

/**
 * The spoken cue when phase p begins (prev: the phase before, or null at the start): the next
 * step or "Switch sides" when moving on, then what to do now. A moving step's timed phase says
 * "Keep moving, slowly", never "Hold".
 */
export function spokenCue(p, prev, forward) {
  const said = [];
  const stepChanged = !prev || prev.stepIndex !== p.stepIndex;
  if (forward && prev && stepChanged) said.push(t('cue.next-step', p.stepTitle));
  else if (forward && prev && prev.side !== p.side) said.push(t('cue.switch-sides'));
  said.push(p.kind === 'HOLD' && p.moving ? t('cue.keep-moving') : phaseLabel(p));
  return said.join('. ');
}

/** What a screen reader hears when phase p begins (the live region). */
export function announcement(p, stepChanged) {
  return [stepChanged ? p.stepTitle : null, phaseLabel(p), t('announce.seconds', p.seconds), t('rep', p.rep, p.reps),
    p.side ? sideLabel(p.side) : null].filter(Boolean).join('. ');
}
