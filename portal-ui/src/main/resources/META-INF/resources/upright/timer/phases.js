/*
 * The timer's phase plan: pure, deterministic phase and time arithmetic (no DOM), unit-tested in Node.
 * A routine becomes a list of timed phases (get ready, hold, relax; left then right); the element
 * only ever asks "where am I at this elapsed time".
 */
import { t } from './text.js';

/** A phase kind's name ("Get ready", "Hold", "Relax"; words from text.js). */
export const kindLabel = (kind) => t(`kind.${kind}`);
/** "Left side", "Right side". */
export const sideLabel = (side) => t(`side.${side}`);
/** Back within this much of a phase start goes to the previous phase (like a music player). */
export const BACK_GRACE_MS = 1500;

export function wholeNumber(value, min, fallback) {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) ? Math.max(min, n) : fallback;
}

/**
 * What the screen and the voice call a phase: "Keep moving" for a moving step's timed phase (shoulder
 * circles, wall slides: no still hold), else its kind.
 */
export function phaseLabel(p) {
  return p && p.kind === 'HOLD' && p.moving ? t('moving') : kindLabel(p && p.kind);
}

/** Whether step has an easier version the member can pick. */
export const hasEasier = (step) => !!(step && step.easier && typeof step.easier === 'object');

/**
 * The step as the member does it: with easier on (and offered), the easier version's hold and
 * repetitions (each where it has one; else the step's) and its instructions as easierInstructions;
 * relax, sides and the rest stay the step's.
 */
export function asDone(step, easier) {
  const s = step || {};
  if (!easier || !hasEasier(s)) return { ...s, isEasier: false };
  const v = s.easier;
  return {
    ...s, isEasier: true, easierInstructions: v.instructions == null ? '' : String(v.instructions),
    holdSeconds: v.holdSeconds ?? s.holdSeconds, repetitions: v.repetitions ?? s.repetitions,
  };
}

/** One choice per step: true where the member does the easier version (and the step has one). */
export function easierChoice(steps, chosen) {
  return (Array.isArray(steps) ? steps : []).map((s, i) => hasEasier(s) && !!(chosen && chosen[i]));
}

/**
 * Expands a routine into its timed phases. getReadySeconds defaults to routine.getReadySeconds,
 * then 5. easier (optional) says per step whether the member does its easier version (asDone).
 * Zero-length phases are omitted: they could never be shown and would make locate()
 * ambiguous (two phases starting at the same instant).
 */
export function plan(routine, getReadySeconds, easier) {
  const steps = routine && Array.isArray(routine.steps) ? routine.steps : [];
  const ready = wholeNumber(getReadySeconds ?? (routine && routine.getReadySeconds) ?? 5, 0, 5);
  const phases = [];
  let offset = 0;
  const push = (kind, seconds, stepIndex, stepTitle, side, rep, reps, moving) => {
    if (seconds <= 0) return;
    phases.push({ kind, seconds, stepIndex, stepTitle, side, rep, reps, moving, startOffsetMs: offset });
    offset += seconds * 1000;
  };
  steps.forEach((raw, stepIndex) => {
    const step = asDone(raw, easier && easier[stepIndex]);
    const moving = !!step.moving;
    const hold = wholeNumber(step.holdSeconds, 0, 0);
    const relax = wholeNumber(step.relaxSeconds, 0, 0);
    const reps = wholeNumber(step.repetitions, 1, 1);
    const title = step.title == null ? '' : String(step.title);
    for (const side of step.perSide ? ['LEFT', 'RIGHT'] : [null]) {
      push('GET_READY', ready, stepIndex, title, side, 1, reps, moving);
      for (let rep = 1; rep <= reps; rep++) {
        push('HOLD', hold, stepIndex, title, side, rep, reps, moving);
        push('RELAX', relax, stepIndex, title, side, rep, reps, moving);
      }
    }
  });
  return phases;
}

export const endMs = (p) => p.startOffsetMs + p.seconds * 1000;

export function totalSeconds(phases) {
  return phases.reduce((sum, p) => sum + p.seconds, 0);
}

/** {index, remainingMs, done}; when done, index === phases.length (one past the last phase). */
export function locate(phases, elapsedMs) {
  const e = Math.max(0, Number(elapsedMs) || 0);
  const n = phases.length;
  if (n === 0 || e >= endMs(phases[n - 1])) return { index: n, remainingMs: 0, done: true };
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) { // last phase whose start <= e
    const mid = (lo + hi + 1) >> 1;
    if (phases[mid].startOffsetMs <= e) lo = mid; else hi = mid - 1;
  }
  return { index: lo, remainingMs: endMs(phases[lo]) - e, done: false };
}

/** Elapsed time at the start of the next phase (= total when skipping the last phase). */
export function skip(phases, elapsedMs) {
  const loc = locate(phases, elapsedMs);
  return loc.done ? totalSeconds(phases) * 1000 : endMs(phases[loc.index]);
}

/** Start of the current phase if more than 1.5 s into it, else start of the previous one. */
export function back(phases, elapsedMs) {
  if (phases.length === 0) return 0;
  const e = Math.max(0, Number(elapsedMs) || 0);
  const loc = locate(phases, e);
  const i = loc.done ? phases.length - 1 : loc.index;
  if (e - phases[i].startOffsetMs > BACK_GRACE_MS) return phases[i].startOffsetMs;
  return i > 0 ? phases[i - 1].startOffsetMs : 0;
}

/** Steps whose phases have all fully elapsed. A step without phases ends where the one before it ends. */
export function stepsCompleted(phases, elapsedMs, stepsTotal) {
  const e = Number(elapsedMs) || 0;
  const total = stepsTotal ?? (phases.length ? phases[phases.length - 1].stepIndex + 1 : 0);
  const ends = new Array(total).fill(null);
  for (const p of phases) if (p.stepIndex < total) ends[p.stepIndex] = endMs(p);
  let done = 0;
  let lastEnd = 0;
  for (let i = 0; i < total; i++) {
    lastEnd = ends[i] ?? lastEnd;
    if (e >= lastEnd) done++;
  }
  return done;
}

/** Planned hold time per step in ms (every hold of every repetition and side). */
export function plannedHoldMs(phases, stepsTotal) {
  const planned = new Array(stepsTotal).fill(0);
  for (const p of phases) if (p.kind === 'HOLD' && p.stepIndex < stepsTotal) planned[p.stepIndex] += p.seconds * 1000;
  return planned;
}

/**
 * Adds to heldMs (per step) the hold time the clock really ran through between fromMs and toMs.
 * Called with consecutive clock readings only, never across a seek: skipping a hold adds nothing.
 */
export function accrueHeld(phases, heldMs, fromMs, toMs) {
  const from = Math.max(0, Number(fromMs) || 0);
  const to = Number(toMs) || 0;
  if (!(to > from)) return heldMs;
  for (const p of phases) {
    if (p.kind !== 'HOLD' || p.stepIndex >= heldMs.length) continue;
    const overlap = Math.min(to, endMs(p)) - Math.max(from, p.startOffsetMs);
    if (overlap > 0) heldMs[p.stepIndex] += overlap;
  }
  return heldMs;
}

/**
 * A step counts as done only when more than half of its planned hold time was really held
 * (the server applies the same rule). A step without any hold has nothing to skip and counts.
 */
export function stepDone(heldMs, plannedMs) {
  return plannedMs <= 0 || heldMs * 2 > plannedMs;
}

export function stepsDoneByHold(heldMs, plannedMs) {
  return plannedMs.reduce((n, planned, i) => n + (stepDone(heldMs[i] || 0, planned) ? 1 : 0), 0);
}

export function formatClock(seconds) {
  const s = Math.max(0, Math.round(Number(seconds) || 0));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
