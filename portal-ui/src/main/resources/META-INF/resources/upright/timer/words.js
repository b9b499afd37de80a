/*
 * What the timer says about steps and phases, on screen and aloud: pure text (no DOM), unit-tested
 * in Node. A moving step (shoulder circles, wall slides) is never told to "hold".
 */
import { wholeNumber, phaseLabel, SIDE_LABEL } from './phases.js';

/** "3 × 20 s hold, 10 s relax, each side"; a moving step "3 × 20 s moving slowly, …". */
export function describeStep(s) {
  const step = s || {};
  const reps = wholeNumber(step.repetitions, 1, 1);
  const hold = wholeNumber(step.holdSeconds, 0, 0);
  const parts = [step.moving ? `${reps} × ${hold} s moving slowly` : `${reps} × ${hold} s hold`];
  const relax = wholeNumber(step.relaxSeconds, 0, 0);
  if (relax > 0) parts.push(`${relax} s relax`);
  if (step.perSide) parts.push('each side');
  return parts.join(', ');
}

/** What comes after phase p: the next step's title, the other side, or the next phase and its length. */
export function describeNext(p, n) {
  if (!n) return 'Finish';
  if (n.stepIndex !== p.stepIndex) return n.stepTitle || `Step ${n.stepIndex + 1}`;
  if (n.side !== p.side) return SIDE_LABEL[n.side] || phaseLabel(n);
  const rep = n.kind === 'HOLD' ? ` (rep ${n.rep} of ${n.reps})` : '';
  return `${phaseLabel(n)} · ${n.seconds} s${rep}`;
}

/**
 * The spoken cue when phase p begins (prev: the phase before, or null at the start): the next
 * step or "Switch sides" when moving on, then what to do now. A moving step's timed phase says
 * "Keep moving, slowly", never "Hold".
 */
export function spokenCue(p, prev, forward) {
  const said = [];
  const stepChanged = !prev || prev.stepIndex !== p.stepIndex;
  if (forward && prev && stepChanged) said.push(`Next step: ${p.stepTitle}`);
  else if (forward && prev && prev.side !== p.side) said.push('Switch sides');
  said.push(p.kind === 'HOLD' && p.moving ? 'Keep moving, slowly' : phaseLabel(p));
  return said.join('. ');
}

/** What a screen reader hears when phase p begins (the live region). */
export function announcement(p, stepChanged) {
  return [stepChanged ? p.stepTitle : null, phaseLabel(p), `${p.seconds} seconds`, `Rep ${p.rep} of ${p.reps}`,
    p.side ? SIDE_LABEL[p.side] : null].filter(Boolean).join('. ');
}
