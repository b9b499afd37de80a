/*
 * What the timer does besides drawing: tones, speech, vibration and the screen wake lock.
 * Every call is feature-detected and never throws; a device that cannot do one simply does not.
 * Speech speaks the page's language (text.js), so a German voice reads German words.
 */
import { lang } from './text.js';

const AudioCtor = globalThis.AudioContext || globalThis.webkitAudioContext;
const nav = globalThis.navigator || {};

/** What this device can do; the element hides the toggles for the rest. */
export const CAN = Object.freeze({
  sound: typeof AudioCtor === 'function',
  voice: 'speechSynthesis' in globalThis && typeof globalThis.SpeechSynthesisUtterance === 'function',
  vibrate: typeof nav.vibrate === 'function',
  wakeLock: !!nav.wakeLock && typeof nav.wakeLock.request === 'function',
});

/** Sound, speech and vibration, each following the member's preferences. */
export class Cues {
  constructor(prefs) { this.prefs = prefs; this.ctx = null; }

  /** Must run inside a user gesture (Start / Resume click) or browsers keep audio muted. */
  unlock() {
    if (!this.prefs.sound || !CAN.sound) return;
    try {
      this.ctx = this.ctx || new AudioCtor();
      if (this.ctx.state === 'suspended') this.ctx.resume().catch(() => {});
    } catch { this.ctx = null; }
  }
  tone(freq, ms, { gain = 0.25, at = 0, type = 'sine' } = {}) {
    const ctx = this.ctx;
    if (!ctx || !this.prefs.sound) return;
    try {
      const t0 = ctx.currentTime + at;
      const end = t0 + ms / 1000;
      const osc = ctx.createOscillator();
      const amp = ctx.createGain();
      osc.type = type;
      osc.frequency.value = freq;
      amp.gain.setValueAtTime(0.0001, t0); // short ramps avoid clicks
      amp.gain.exponentialRampToValueAtTime(gain, t0 + 0.012);
      amp.gain.exponentialRampToValueAtTime(0.0001, end);
      osc.connect(amp).connect(ctx.destination);
      osc.start(t0);
      osc.stop(end + 0.03);
    } catch { /* ignore */ }
  }
  phase(kind) {
    // Distinct pitch per phase: high = effort (hold), low = release (relax), middle = get ready.
    if (kind === 'HOLD') { this.tone(880, 260); this.vibe([220]); }
    else if (kind === 'RELAX') { this.tone(392, 380, { type: 'triangle', gain: 0.3 }); this.vibe([90, 70, 90]); }
    else { this.tone(587, 160); this.vibe([60]); }
  }
  tick() { this.tone(1320, 45, { gain: 0.12 }); }
  chime() {
    [523, 659, 784, 1047].forEach((f, i) => this.tone(f, 450, { at: i * 0.13, gain: 0.2 }));
    this.vibe([200, 100, 200, 100, 400]);
  }
  say(text) {
    if (!this.prefs.voice || !CAN.voice) return;
    try {
      globalThis.speechSynthesis.cancel(); // never let phrases queue up behind the clock
      const utterance = new globalThis.SpeechSynthesisUtterance(text);
      utterance.lang = lang();
      globalThis.speechSynthesis.speak(utterance);
    } catch { /* ignore */ }
  }
  vibe(pattern) {
    if (!this.prefs.vibrate || !CAN.vibrate) return;
    try { nav.vibrate(pattern); } catch { /* ignore */ }
  }
}

/**
 * Keeps the screen on while wanted() says so. The browser drops the lock whenever the page is
 * hidden, so the element calls acquire() again when it becomes visible.
 */
export class ScreenWakeLock {
  #sentinel = null;
  #pending = false;
  constructor(wanted) { this.wanted = wanted; }

  async acquire() {
    if (!CAN.wakeLock || this.#sentinel || this.#pending || document.visibilityState !== 'visible') return;
    this.#pending = true;
    try {
      const sentinel = await nav.wakeLock.request('screen');
      if (!this.wanted()) { sentinel.release().catch(() => {}); return; }
      this.#sentinel = sentinel;
      sentinel.addEventListener('release', () => { if (this.#sentinel === sentinel) this.#sentinel = null; });
    } catch { /* denied (battery saver, permissions policy): the timer still works */ } finally {
      this.#pending = false;
    }
  }
  release() {
    if (this.#sentinel) this.#sentinel.release().catch(() => {});
    this.#sentinel = null;
  }
}
