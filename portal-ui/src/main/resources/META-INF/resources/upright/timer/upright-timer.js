/*
 * Upright guided stretch timer.
 *
 * A CLASSIC script (no modules, no build step): it is served as a static resource and loaded
 * with @JavaScript("context://upright/timer/upright-timer.js"). It defines
 *   1. window.UprightPhases - pure, deterministic phase and time arithmetic (unit-tested in Node);
 *   2. <upright-timer>      - the custom element (plain HTMLElement + shadow DOM).
 * The element makes no network calls: it talks to the server only through DOM events
 * ("timer-started", "timer-result") and the methods acknowledge / reject / flushOutbox.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------------------------------------
  // 1. Pure phase model
  // ---------------------------------------------------------------------------------------------

  const KIND_LABEL = { GET_READY: 'Get ready', HOLD: 'Hold', RELAX: 'Relax' };
  const SIDE_LABEL = { LEFT: 'Left side', RIGHT: 'Right side' };
  /** Back within this much of a phase start goes to the previous phase (like a music player). */
  const BACK_GRACE_MS = 1500;

  function wholeNumber(value, min, fallback) {
    const n = Math.floor(Number(value));
    return Number.isFinite(n) ? Math.max(min, n) : fallback;
  }

  /**
   * Expands a routine into its timed phases. getReadySeconds defaults to routine.getReadySeconds,
   * then 5. Zero-length phases are omitted: they could never be shown and would make locate()
   * ambiguous (two phases starting at the same instant).
   */
  function plan(routine, getReadySeconds) {
    const steps = routine && Array.isArray(routine.steps) ? routine.steps : [];
    const ready = wholeNumber(getReadySeconds ?? (routine && routine.getReadySeconds) ?? 5, 0, 5);
    const phases = [];
    let offset = 0;
    const push = (kind, seconds, stepIndex, stepTitle, side, rep, reps) => {
      if (seconds <= 0) return;
      phases.push({ kind, seconds, stepIndex, stepTitle, side, rep, reps, startOffsetMs: offset });
      offset += seconds * 1000;
    };
    steps.forEach((raw, stepIndex) => {
      const step = raw || {};
      const hold = wholeNumber(step.holdSeconds, 0, 0);
      const relax = wholeNumber(step.relaxSeconds, 0, 0);
      const reps = wholeNumber(step.repetitions, 1, 1);
      const title = step.title == null ? '' : String(step.title);
      for (const side of step.perSide ? ['LEFT', 'RIGHT'] : [null]) {
        push('GET_READY', ready, stepIndex, title, side, 1, reps);
        for (let rep = 1; rep <= reps; rep++) {
          push('HOLD', hold, stepIndex, title, side, rep, reps);
          push('RELAX', relax, stepIndex, title, side, rep, reps);
        }
      }
    });
    return phases;
  }

  const endMs = (p) => p.startOffsetMs + p.seconds * 1000;

  function totalSeconds(phases) {
    return phases.reduce((sum, p) => sum + p.seconds, 0);
  }

  /** {index, remainingMs, done}; when done, index === phases.length (one past the last phase). */
  function locate(phases, elapsedMs) {
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
  function skip(phases, elapsedMs) {
    const loc = locate(phases, elapsedMs);
    return loc.done ? totalSeconds(phases) * 1000 : endMs(phases[loc.index]);
  }

  /** Start of the current phase if more than 1.5 s into it, else start of the previous one. */
  function back(phases, elapsedMs) {
    if (phases.length === 0) return 0;
    const e = Math.max(0, Number(elapsedMs) || 0);
    const loc = locate(phases, e);
    const i = loc.done ? phases.length - 1 : loc.index;
    if (e - phases[i].startOffsetMs > BACK_GRACE_MS) return phases[i].startOffsetMs;
    return i > 0 ? phases[i - 1].startOffsetMs : 0;
  }

  /** Steps whose phases have all fully elapsed. A step without phases ends where the one before it ends. */
  function stepsCompleted(phases, elapsedMs, stepsTotal) {
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

  function formatClock(seconds) {
    const s = Math.max(0, Math.round(Number(seconds) || 0));
    return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  }

  /**
   * The time model. Never counts ticks: elapsed = accumulated + (now() - runningSince), so a
   * throttled or busy tab cannot drift; it only renders late.
   */
  class Clockwork {
    #now;
    #accumulated = 0;
    #runningSince = null;
    constructor({ now } = {}) {
      this.#now = typeof now === 'function' ? now : () => performance.now();
    }
    get running() { return this.#runningSince !== null; }
    start() { this.#accumulated = 0; this.#runningSince = this.#now(); }
    pause() {
      if (this.#runningSince === null) return;
      this.#accumulated += this.#now() - this.#runningSince;
      this.#runningSince = null;
    }
    resume() { if (this.#runningSince === null) this.#runningSince = this.#now(); }
    elapsedMs() {
      const live = this.#runningSince === null ? 0 : this.#now() - this.#runningSince;
      return Math.max(0, this.#accumulated + live);
    }
    seek(ms) {
      this.#accumulated = Math.max(0, Number(ms) || 0);
      if (this.#runningSince !== null) this.#runningSince = this.#now();
    }
  }

  /**
   * A clock that runs getScale() times faster than realNow (test hook). It integrates the
   * scale per interval, so changing the scale never makes the time jump.
   */
  function scaledNow(realNow, getScale) {
    let lastReal = realNow();
    let scaled = lastReal;
    return () => {
      const real = realNow();
      const s = Number(getScale());
      scaled += (real - lastReal) * (Number.isFinite(s) && s > 0 ? s : 1);
      lastReal = real;
      return scaled;
    };
  }

  const root = typeof window !== 'undefined' ? window : globalThis;
  root.UprightPhases = Object.freeze({
    plan, totalSeconds, locate, skip, back, stepsCompleted, formatClock, scaledNow, Clockwork,
    BACK_GRACE_MS, KIND_LABEL, SIDE_LABEL,
  });

  // Node tests load this file into a bare vm context: stop here when there is no DOM.
  if (typeof HTMLElement === 'undefined' || typeof customElements === 'undefined') return;
  if (customElements.get('upright-timer')) return;

  // ---------------------------------------------------------------------------------------------
  // 2. Browser helpers: storage, ids, cues
  // ---------------------------------------------------------------------------------------------

  const PREFS_KEY = 'upright.timer.prefs';
  const OUTBOX_KEY = 'upright.timer.outbox';
  const SAVE_TIMEOUT_MS = 8000;
  const NOTE_MAX = 500;
  const PAIN_LABELS = { 0: 'No pain', 5: 'Moderate', 10: 'Worst imaginable' };
  const OFFLINE_MESSAGE = "You're offline — your session is kept on this device and will be sent when the connection is back.";

  // localStorage may be blocked (private mode) or full: that must never break the timer.
  function readJson(key, fallback) {
    try { return JSON.parse(localStorage.getItem(key)) ?? fallback; } catch { return fallback; }
  }
  function writeJson(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); } catch { /* carry on without storage */ }
  }
  function readOutbox() {
    const list = readJson(OUTBOX_KEY, []);
    return Array.isArray(list) ? list.filter((e) => e && typeof e.clientSessionId === 'string') : [];
  }
  function outboxPut(result) { // replaces an entry with the same clientSessionId, in place
    const list = readOutbox();
    const i = list.findIndex((e) => e.clientSessionId === result.clientSessionId);
    if (i >= 0) list[i] = result; else list.push(result);
    writeJson(OUTBOX_KEY, list);
  }
  function outboxRemove(id) {
    const list = readOutbox();
    if (list.some((e) => e.clientSessionId === id)) writeJson(OUTBOX_KEY, list.filter((e) => e.clientSessionId !== id));
  }
  function loadPrefs() {
    const saved = readJson(PREFS_KEY, {});
    const prefs = { sound: true, voice: false, vibrate: true };
    for (const k of Object.keys(prefs)) if (typeof saved?.[k] === 'boolean') prefs[k] = saved[k];
    return prefs;
  }

  /** randomUUID needs a secure context; fall back to random hex in UUID v4 layout. */
  function newSessionId() {
    const c = window.crypto;
    if (c && typeof c.randomUUID === 'function') return c.randomUUID();
    const b = new Uint8Array(16);
    if (c && typeof c.getRandomValues === 'function') c.getRandomValues(b);
    else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  const AudioCtor = window.AudioContext || window.webkitAudioContext;
  const CAN = {
    sound: typeof AudioCtor === 'function',
    voice: 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function',
    vibrate: typeof navigator.vibrate === 'function',
    wakeLock: 'wakeLock' in navigator && typeof navigator.wakeLock.request === 'function',
  };

  /** Sound, speech and vibration. Every call is feature-detected and never throws. */
  class Cues {
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
        window.speechSynthesis.cancel(); // never let phrases queue up behind the clock
        window.speechSynthesis.speak(new window.SpeechSynthesisUtterance(text));
      } catch { /* ignore */ }
    }
    vibe(pattern) {
      if (!this.prefs.vibrate || !CAN.vibrate) return;
      try { navigator.vibrate(pattern); } catch { /* ignore */ }
    }
  }

  /** Tiny DOM builder; strings become text nodes, so server text is never parsed as HTML. */
  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v == null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat(2)) if (c != null && c !== false) el.append(c);
    return el;
  }

  function describeStep(s) {
    const reps = wholeNumber(s.repetitions, 1, 1);
    const parts = [`${reps} × ${wholeNumber(s.holdSeconds, 0, 0)} s hold`];
    const relax = wholeNumber(s.relaxSeconds, 0, 0);
    if (relax > 0) parts.push(`${relax} s relax`);
    if (s.perSide) parts.push('each side');
    return parts.join(', ');
  }

  function describeNext(p, n) {
    if (!n) return 'Finish';
    if (n.stepIndex !== p.stepIndex) return n.stepTitle || `Step ${n.stepIndex + 1}`;
    if (n.side !== p.side) return SIDE_LABEL[n.side] || KIND_LABEL[n.kind];
    const rep = n.kind === 'HOLD' ? ` (rep ${n.rep} of ${n.reps})` : '';
    return `${KIND_LABEL[n.kind]} · ${n.seconds} s${rep}`;
  }

  const isEditable = (t) => !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  const isButton = (t) => !!t && (t.tagName === 'BUTTON' || t.tagName === 'A' || t.getAttribute?.('role') === 'button');

  // ---------------------------------------------------------------------------------------------
  // 3. Styles
  // ---------------------------------------------------------------------------------------------

  // Pain scale placement: 6 columns on a phone (0-5 / 6-10), 11 columns when there is room.
  let painGrid = '';
  for (let v = 0; v <= 10; v++) painGrid += `.v${v}{grid-row:${v <= 5 ? 1 : 3};grid-column:${v <= 5 ? v + 1 : v - 5}}`;
  painGrid += '.l0{grid-row:2;grid-column:1/span 3;text-align:left}.l5{grid-row:2;grid-column:4/span 3;text-align:right}'
    + '.l10{grid-row:4;grid-column:2/span 4;text-align:right}';
  let painWide = '.pain-grid{grid-template-columns:repeat(11,minmax(0,1fr))}';
  for (let v = 0; v <= 10; v++) painWide += `.v${v}{grid-row:1;grid-column:${v + 1}}`;
  painWide += '.l0{grid-row:2;grid-column:1/span 4}.l5{grid-row:2;grid-column:4/span 5;text-align:center}'
    + '.l10{grid-row:2;grid-column:8/span 4}';

  const CSS = `
:host{display:block;height:100%;container-type:inline-size;color:var(--lumo-body-text-color,#1c2430);
  background:var(--lumo-base-color,#fff);font-size:var(--upright-font-size,1.125rem);line-height:1.4;
  font-family:var(--lumo-font-family,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);-webkit-text-size-adjust:100%}
:host([hidden]){display:none}
*,*::before,*::after{box-sizing:border-box}
.view{height:100%}
.screen{display:flex;flex-direction:column;height:100%;max-width:42rem;margin:0 auto}
.scroll{flex:1 1 auto;min-height:0;overflow-y:auto;padding:1rem 1rem .5rem}
.bar{flex:none;display:flex;gap:.6rem;padding:.75rem 1rem calc(.75rem + env(safe-area-inset-bottom,0px));
  border-top:1px solid var(--lumo-contrast-10pct,#dde2e8);background:var(--lumo-base-color,#fff)}
h1{font-size:clamp(1.6rem,7vw,2.2rem);line-height:1.15;margin:.25rem 0 .75rem}
h1:focus{outline:none}
h2{font-size:1.3rem;line-height:1.2;margin:.25rem 0 .5rem}
.meta,.optional,.facts dt,.pain-lbl{color:var(--lumo-secondary-text-color,#4a5565)}
.optional{font-weight:400}
.facts{display:flex;gap:1.5rem;margin:0 0 1rem}.facts dt{font-size:.9rem}
.facts dd{margin:0;font-size:1.5rem;font-weight:700;font-variant-numeric:tabular-nums}
.step-list{padding-left:1.4rem;margin:0 0 1rem}.step-list li{margin:.35rem 0}.step-list .meta{display:block;font-size:.95rem}
button{font:inherit;font-weight:600;min-height:48px;min-width:48px;padding:.5rem 1rem;cursor:pointer;touch-action:manipulation;
  border-radius:var(--lumo-border-radius-l,12px);border:2px solid var(--upright-border-color,var(--lumo-contrast-60pct,#6b7583));
  background:var(--lumo-base-color,#fff);color:var(--lumo-body-text-color,#1c2430)}
button.primary,.pain-btn[aria-pressed="true"]{background:var(--lumo-primary-color,#1a5fb4);
  border-color:var(--lumo-primary-color,#1a5fb4);color:var(--lumo-primary-contrast-color,#fff)}
button.danger{background:var(--lumo-error-color,#b3261e);border-color:var(--lumo-error-color,#b3261e);color:var(--lumo-error-contrast-color,#fff)}
button.big{flex:1;min-height:60px;font-size:1.3rem}
button:disabled{opacity:.55;cursor:not-allowed}
:focus-visible{outline:3px solid var(--lumo-primary-color,#1a5fb4);outline-offset:2px}
fieldset{border:0;margin:0 0 1rem;padding:0;min-width:0}
legend{font-weight:700;padding:0;margin-bottom:.5rem}
.pain-grid{display:grid;grid-template-columns:repeat(6,minmax(0,1fr));gap:.4rem}
.pain-btn{padding:0;font-size:1.35rem;font-variant-numeric:tabular-nums;border-radius:10px}
.pain-lbl{font-size:.85rem;line-height:1.15;margin-bottom:.35rem}
${painGrid}
@container (min-width:36rem){${painWide}}
.toggle{display:flex;align-items:center;gap:.75rem;min-height:48px;cursor:pointer}
.toggle input{width:1.5rem;height:1.5rem;margin:0;accent-color:var(--lumo-primary-color,#1a5fb4)}
.run-head{display:flex;align-items:center;gap:.75rem;padding:.5rem 1rem .25rem}
.step-count{font-weight:700}.time-left{margin-left:auto;font-variant-numeric:tabular-nums}
.stop-btn{padding:.25rem .9rem}
progress{display:block;width:calc(100% - 2rem);height:10px;margin:0 1rem;border:0;border-radius:5px;overflow:hidden;
  -webkit-appearance:none;appearance:none;background:var(--lumo-contrast-10pct,#dde2e8)}
progress::-webkit-progress-bar{background:var(--lumo-contrast-10pct,#dde2e8)}
progress::-webkit-progress-value{background:var(--lumo-primary-color,#1a5fb4)}
progress::-moz-progress-bar{background:var(--lumo-primary-color,#1a5fb4)}
.run .scroll{display:flex;flex-direction:column;gap:.6rem;padding-top:.5rem}
.step-title,.next,.instructions{margin:0}.next{font-weight:600}.instructions{white-space:pre-line}
.panel{--phase-bg:var(--upright-get-ready-color,#8a4600);background:var(--phase-bg);color:#fff;
  border-radius:18px;text-align:center;padding:.6rem 1rem .8rem;transition:background-color .3s}
.panel[data-kind="HOLD"]{--phase-bg:var(--upright-hold-color,var(--lumo-primary-color,#1a5fb4))}
.panel[data-kind="RELAX"]{--phase-bg:var(--upright-relax-color,#1d6b3a)}
.panel.paused{--phase-bg:var(--upright-paused-color,#4b5563)}
.phase-name{font-size:clamp(1.75rem,9vw,2.75rem);font-weight:800;line-height:1.1}
.countdown{font-size:clamp(6rem,30vw,12rem);font-weight:800;line-height:1;font-variant-numeric:tabular-nums}
.rep-line{display:flex;justify-content:center;flex-wrap:wrap;gap:.25rem 1.25rem;font-size:1.2rem;font-weight:600}
.paused-badge{margin-top:.25rem;font-weight:800;letter-spacing:.08em;text-transform:uppercase}
.safety{background:var(--upright-safety-bg,#fff4d6);color:var(--upright-safety-text,#4a3500);
  border-left:6px solid #b7791f;border-radius:8px;padding:.55rem .8rem}
.controls{display:grid;grid-template-columns:1fr 1.5fr 1fr;gap:.6rem}
.controls button{min-height:64px;padding:.25rem}.controls .pause{min-height:72px;font-size:1.35rem}
dialog{border:0;border-radius:18px;padding:1.25rem;width:min(92vw,26rem);max-width:92vw;box-shadow:0 12px 40px rgba(0,0,0,.35);
  background:var(--lumo-base-color,#fff);color:var(--lumo-body-text-color,#1c2430)}
dialog::backdrop{background:rgba(0,0,0,.55)}
dialog h2{margin-top:0}
.dialog-actions{display:flex;flex-direction:column;gap:.6rem;margin-top:1rem}.dialog-actions button{min-height:56px}
textarea{display:block;width:100%;font:inherit;padding:.6rem;border-radius:10px;resize:vertical;color:inherit;
  border:2px solid var(--upright-border-color,var(--lumo-contrast-60pct,#6b7583));background:var(--lumo-base-color,#fff)}
label.field{display:block;font-weight:700;margin-bottom:.4rem}
.count{display:block;text-align:right;font-size:.9rem;margin-top:.2rem}
.status{min-height:1.4em;margin:.75rem 0 0;font-weight:600}
.status.ok{color:var(--lumo-success-text-color,#1d6b3a)}
.error{color:var(--lumo-error-text-color,#a4161a);font-weight:600;margin:.5rem 0 0}.error:empty{display:none}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (prefers-reduced-motion:no-preference){.panel.final .countdown{animation:pulse 1s ease-in-out infinite}}
@keyframes pulse{50%{transform:scale(1.05)}}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{transition:none!important;animation:none!important}}
`;

  // ---------------------------------------------------------------------------------------------
  // 4. The element
  // ---------------------------------------------------------------------------------------------

  class UprightTimer extends HTMLElement {
    static get observedAttributes() { return ['routine-json', 'test-hooks']; }
    constructor() {
      super();
      this._view = h('div', { class: 'view' });
      this.attachShadow({ mode: 'open' }).append(h('style', {}, CSS), this._view);
      this._routineJson = this._routine = this._routineError = null;
      this._screen = 'intro'; // intro | running | finish
      this._prefs = loadPrefs();
      this._cues = new Cues(this._prefs);
      this._now = scaledNow(() => performance.now(), () => this._timeScale());
      this._clock = new Clockwork({ now: this._now });  // position in the routine (seekable)
      this._active = new Clockwork({ now: this._now }); // real active time, never seeks
      this._painBefore = this._session = null;
      this._saveState = 'idle'; // idle | saving | saved | rejected | offline
      this._r = {}; // references into the current screen
      this._onKeyDown = this._onKeyDown.bind(this);
      this._onKeyUp = this._onKeyUp.bind(this);
      this._onVisibility = this._onVisibility.bind(this);
      this._onOnline = () => this.flushOutbox();
      this._applyRoutine();
    }
    connectedCallback() {
      // A property set before this script upgraded the element shadows the accessor: re-apply it.
      if (Object.hasOwn(this, 'routineJson')) {
        const v = this.routineJson;
        delete this.routineJson;
        this.routineJson = v;
      }
      this._syncTestHooks();
      document.addEventListener('visibilitychange', this._onVisibility);
      window.addEventListener('online', this._onOnline);
      if (this._screen === 'running') this._enterRunLoop();
    }
    disconnectedCallback() {
      // Keep all state: the clock is timestamp based, so re-attaching simply catches up.
      document.removeEventListener('visibilitychange', this._onVisibility);
      window.removeEventListener('online', this._onOnline);
      this._leaveRunLoop();
    }
    attributeChangedCallback(name, _old, value) {
      if (name === 'routine-json') this._setRoutineJson(value);
      else this._syncTestHooks();
    }
    get routineJson() { return this._routineJson; }
    set routineJson(value) { this._setRoutineJson(value); }

    // --- public API used by the server -----------------------------------------------------

    /** The server stored the session: forget it locally and show the message. */
    acknowledge(clientSessionId, message) {
      outboxRemove(clientSessionId);
      if (!this._isCurrentSave(clientSessionId)) return;
      clearTimeout(this._saveTimer);
      this._saveState = 'saved';
      this._status = message || 'Session saved';
      this._renderSaveState();
    }

    /** The server refused the session: keep everything on screen so the member can fix and retry. */
    reject(clientSessionId, message) {
      // An old outbox entry: resending would be refused again, so drop it.
      if (!this._isCurrentSave(clientSessionId)) { outboxRemove(clientSessionId); return; }
      clearTimeout(this._saveTimer);
      this._saveState = 'rejected';
      this._status = '';
      this._error = message || 'The session could not be saved.';
      this._renderSaveState();
    }

    /** Re-send every result kept on this device (called on attach and when back online). */
    flushOutbox() {
      const current = this._screen === 'finish' && this._session ? this._session.clientSessionId : null;
      for (const entry of readOutbox()) {
        if (entry.clientSessionId !== current) this._emit('timer-result', entry);
        // The current session is in flight, or waits for the member to fix a rejected value: retry only when offline.
        else if (this._saveState === 'offline') this._save();
      }
    }

    // --- routine input --------------------------------------------------------------------

    _setRoutineJson(value) {
      const text = value == null ? null : typeof value === 'string' ? value : JSON.stringify(value);
      if (text === this._routineJson) return;
      this._routineJson = text;
      // A running or finished session keeps the routine it started with; the change applies on return.
      if (this._screen === 'intro') this._applyRoutine();
    }
    _applyRoutine() {
      this._routine = this._routineError = null;
      try {
        const r = this._routineJson && JSON.parse(this._routineJson);
        if (r && !Array.isArray(r.steps)) throw new Error('no steps');
        this._routine = r || null;
      } catch {
        this._routineError = 'This routine could not be loaded.';
      }
      this._phases = this._routine ? plan(this._routine, this._routine.getReadySeconds) : [];
      this._totalMs = totalSeconds(this._phases) * 1000;
      this._renderIntro();
    }

    // --- test hooks -----------------------------------------------------------------------

    _timeScale() {
      if (!this.hasAttribute('test-hooks')) return 1;
      const s = Number(window.__uprightTimeScale ?? 1);
      return Number.isFinite(s) && s > 0 ? s : 1;
    }
    _syncTestHooks() {
      if (this.hasAttribute('test-hooks')) this.debugState = () => this._debugState();
      else delete this.debugState;
    }
    _debugState() {
      const elapsedMs = this._clock.elapsedMs();
      const run = this._screen === 'running';
      const loc = locate(this._phases, elapsedMs);
      return {
        phaseIndex: run ? loc.index : this._screen === 'intro' ? -1 : this._phases.length,
        kind: run && !loc.done ? this._phases[loc.index].kind : null, elapsedMs, running: run && this._clock.running,
        stepsCompleted: run ? stepsCompleted(this._phases, elapsedMs, this._routine.steps.length) : this._session?.stepsCompleted ?? 0,
        screen: this._screen, saveState: this._saveState,
      };
    }

    // --- screen plumbing ------------------------------------------------------------------

    _mount(node) { this._view.replaceChildren(node); }
    _emit(name, payload) {
      this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: { json: JSON.stringify(payload) } }));
    }
    _painSelector(name, initial, onChange) {
      let value = initial;
      const buttons = [];
      const grid = h('div', { class: 'pain-grid' });
      const select = (v) => {
        value = value === v ? null : v; // tapping the selected value clears it (the rating is optional)
        buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(i === value)));
        onChange(value);
      };
      for (let v = 0; v <= 10; v++) {
        const b = h('button', {
          type: 'button', class: `pain-btn v${v}`, 'aria-pressed': String(v === value),
          'aria-label': PAIN_LABELS[v] ? `${v}, ${PAIN_LABELS[v]}` : null, onclick: () => select(v),
        }, String(v));
        buttons.push(b);
        grid.append(b);
      }
      for (const v of [0, 5, 10]) grid.append(h('span', { class: `pain-lbl l${v}`, 'aria-hidden': 'true' }, PAIN_LABELS[v]));
      return h('fieldset', { class: 'pain', 'data-name': name },
        h('legend', {}, 'Pain right now (0-10) ', h('span', { class: 'optional' }, '(optional)')), grid);
    }
    _toggle(key, label) {
      if (!CAN[key]) return null; // hide cues this device cannot produce
      return h('label', { class: 'toggle' },
        h('input', {
          type: 'checkbox', name: key, checked: this._prefs[key],
          onchange: (e) => { this._prefs[key] = e.target.checked; writeJson(PREFS_KEY, this._prefs); },
        }), h('span', {}, label));
    }

    // --- intro ----------------------------------------------------------------------------

    _renderIntro() {
      this._r = {};
      const routine = this._routine;
      let content;
      if (!routine) {
        content = h('p', { class: this._routineError ? 'error' : 'meta', role: this._routineError ? 'alert' : null },
          this._routineError || 'Loading routine…');
      } else {
        const steps = routine.steps;
        content = [
          h('h1', {}, routine.title || 'Stretch routine'),
          h('dl', { class: 'facts' },
            h('div', {}, h('dt', {}, 'Total time'), h('dd', {}, formatClock(this._totalMs / 1000))),
            h('div', {}, h('dt', {}, 'Steps'), h('dd', {}, String(steps.length)))),
          h('ol', { class: 'step-list' }, steps.map((s) => h('li', {},
            h('span', {}, (s && s.title) || 'Step'), h('span', { class: 'meta' }, describeStep(s || {}))))),
          this._painSelector('before', this._painBefore, (v) => { this._painBefore = v; }),
          h('fieldset', { class: 'prefs' }, h('legend', {}, 'Cues'),
            this._toggle('sound', 'Sound'), this._toggle('voice', 'Voice'), this._toggle('vibrate', 'Vibration')),
        ];
      }
      const start = h('button', {
        type: 'button', class: 'primary big start', disabled: !routine || this._phases.length === 0,
        onclick: () => this._start(),
      }, 'Start');
      this._mount(h('div', { class: 'screen intro' }, h('div', { class: 'scroll' }, content), h('div', { class: 'bar' }, start)));
    }

    // --- running --------------------------------------------------------------------------

    _start() {
      if (this._screen !== 'intro' || !this._routine || this._phases.length === 0) return;
      const r = this._routine;
      this._session = {
        clientSessionId: newSessionId(), startedAt: Date.now(), finishedAt: null,
        routineId: r.routineId ?? null, routineVersion: r.routineVersion ?? null,
        stepsTotal: r.steps.length, stepsCompleted: 0, durationSeconds: 0,
        painBefore: this._painBefore, painAfter: null, note: '', partial: false,
      };
      this._cues.unlock(); // inside the click: the only moment audio may be enabled
      this._clock.start();
      this._active.start();
      this._screen = 'running';
      this._lastIndex = -1; // forces the first phase cue
      this._lastSecond = null;
      this._renderRunning();
      this._enterRunLoop();
      this._emit('timer-started', { clientSessionId: this._session.clientSessionId, startedAt: this._session.startedAt });
      this._tick(); // first cue (and speech) still inside the user gesture
      this._r.pause.focus();
    }
    _enterRunLoop() {
      this._leaveRunLoop();
      document.addEventListener('keydown', this._onKeyDown);
      document.addEventListener('keyup', this._onKeyUp, true);
      // rAF for smooth rendering; the interval keeps cues going where rAF stops (background tabs).
      const frame = () => { this._tick(); if (this._screen === 'running') this._raf = requestAnimationFrame(frame); };
      this._raf = requestAnimationFrame(frame);
      this._interval = setInterval(() => this._tick(), 250);
      this._acquireWakeLock();
    }
    _leaveRunLoop() {
      cancelAnimationFrame(this._raf);
      clearInterval(this._interval);
      document.removeEventListener('keydown', this._onKeyDown);
      document.removeEventListener('keyup', this._onKeyUp, true);
      this._releaseWakeLock();
    }
    _renderRunning() {
      const btn = (cls, icon, label, keys, onclick) => h('button', { type: 'button', class: cls, 'aria-keyshortcuts': keys, onclick },
        icon ? h('span', { 'aria-hidden': 'true' }, `${icon} `) : null, label);
      const r = this._r = {};
      r.stepCount = h('span', { class: 'step-count' });
      r.timeLeft = h('span', { class: 'time-left meta' });
      r.stop = btn('stop-btn', '', 'Stop', 'Escape', () => this._askStop());
      r.progress = h('progress', { max: String(this._totalMs), value: '0', 'aria-label': 'Routine progress' });
      r.stepTitle = h('h2', { class: 'step-title' });
      r.phaseName = h('div', { class: 'phase-name' });
      r.countdown = h('div', { class: 'countdown', role: 'timer', 'aria-label': 'Seconds left in this phase' });
      r.rep = h('span', { class: 'rep' });
      r.side = h('span', { class: 'side' });
      r.pausedBadge = h('div', { class: 'paused-badge', hidden: true }, 'Paused');
      r.panel = h('section', { class: 'panel', 'aria-label': 'Current phase' },
        r.phaseName, r.countdown, h('div', { class: 'rep-line' }, r.rep, r.side), r.pausedBadge);
      r.next = h('p', { class: 'next' });
      r.safetyText = h('span');
      r.safety = h('div', { class: 'safety', role: 'note' }, h('strong', {}, 'Safety: '), r.safetyText);
      r.instructions = h('p', { class: 'instructions' });
      r.live = h('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' });
      r.back = btn('back', '◀', 'Back', 'ArrowLeft', () => this._back());
      r.pauseLabel = h('span', {}, 'Pause');
      r.pause = h('button', { type: 'button', class: 'primary pause', 'aria-keyshortcuts': 'Space', onclick: () => this._togglePause() }, r.pauseLabel);
      r.skip = btn('skip', '', 'Skip ▶', 'ArrowRight', () => this._skip());
      r.dialog = h('dialog', { class: 'stop-dialog', 'aria-labelledby': 'stop-title' });
      r.dialog.addEventListener('cancel', (e) => { e.preventDefault(); this._keepGoing(); }); // Escape in the dialog
      this._mount(h('div', { class: 'screen run' },
        h('div', { class: 'run-head' }, r.stepCount, r.timeLeft, r.stop), r.progress,
        h('div', { class: 'scroll' }, r.stepTitle, r.panel, r.next, r.safety, r.instructions),
        h('div', { class: 'bar controls' }, r.back, r.pause, r.skip), r.live, r.dialog));
    }

    /** Recomputes everything from the clock; safe to call at any rate. */
    _tick() {
      if (this._screen !== 'running') return;
      const elapsed = this._clock.elapsedMs();
      if (elapsed >= this._totalMs) { this._finish(false); return; }
      const r = this._r;
      const loc = locate(this._phases, elapsed);
      const phase = this._phases[loc.index];
      if (loc.index !== this._lastIndex) {
        const prev = this._lastIndex;
        this._lastIndex = loc.index;
        this._lastSecond = null;
        this._renderPhase(loc.index, prev);
      }
      const secs = Math.ceil(loc.remainingMs / 1000);
      if (secs !== this._lastSecond) {
        const fresh = this._lastSecond === null; // first render of a phase: its tone already played
        this._lastSecond = secs;
        r.countdown.textContent = String(secs);
        const counted = phase.kind === 'HOLD' || phase.kind === 'GET_READY';
        r.panel.classList.toggle('final', counted && secs <= 3 && this._clock.running);
        if (!fresh && counted && secs <= 3 && this._clock.running) this._cues.tick();
        r.timeLeft.textContent = `${formatClock(Math.ceil((this._totalMs - elapsed) / 1000))} left`;
      }
      r.progress.value = elapsed;
    }
    _renderPhase(index, prevIndex) {
      const r = this._r;
      const p = this._phases[index];
      const prev = prevIndex >= 0 ? this._phases[prevIndex] : null;
      const forward = index > prevIndex;
      const step = this._routine.steps[p.stepIndex] || {};
      const stepChanged = !prev || prev.stepIndex !== p.stepIndex;
      r.stepCount.textContent = `Step ${p.stepIndex + 1} of ${this._routine.steps.length}`;
      if (stepChanged) {
        r.stepTitle.textContent = p.stepTitle || `Step ${p.stepIndex + 1}`;
        r.instructions.textContent = step.instructions || '';
        r.safetyText.textContent = step.safetyCue || '';
        r.safety.hidden = !step.safetyCue;
      }
      r.panel.dataset.kind = p.kind;
      r.phaseName.textContent = KIND_LABEL[p.kind];
      r.rep.textContent = `Rep ${p.rep} of ${p.reps}`;
      r.side.textContent = p.side ? SIDE_LABEL[p.side] : '';
      r.side.hidden = !p.side;
      r.next.textContent = `Next: ${describeNext(p, this._phases[index + 1])}`;
      const spoken = [];
      if (forward && prev && stepChanged) spoken.push(`Next step: ${p.stepTitle}`);
      else if (forward && prev && prev.side !== p.side) spoken.push('Switch sides');
      spoken.push(KIND_LABEL[p.kind]);
      this._cues.phase(p.kind);
      this._cues.say(spoken.join('. '));
      const said = [stepChanged ? p.stepTitle : null, KIND_LABEL[p.kind], `${p.seconds} seconds`,
        `Rep ${p.rep} of ${p.reps}`, p.side ? SIDE_LABEL[p.side] : null].filter(Boolean).join('. ');
      this._announce(said);
    }

    /** Only phase changes and pause/resume go to the live region, never the per-second countdown. */
    _announce(text) {
      clearTimeout(this._announceTimer);
      // A short delay lets screen readers notice a live region that was just inserted.
      this._announceTimer = setTimeout(() => { if (this._r.live) this._r.live.textContent = text; }, 60);
    }

    /** Both clocks always pause and resume together; only the routine clock seeks. */
    _setRunning(on) {
      for (const c of [this._clock, this._active]) if (on) c.resume(); else c.pause();
    }
    _togglePause() {
      if (this._screen !== 'running') return;
      if (!this._clock.running) this._cues.unlock(); // a click: chance to wake suspended audio
      this._setRunning(!this._clock.running);
      this._renderPaused(true);
      this._lastSecond = null;
      this._tick();
    }
    _renderPaused(announce) {
      const paused = !this._clock.running;
      this._r.pauseLabel.textContent = paused ? '▶ Resume' : 'Pause';
      this._r.panel.classList.toggle('paused', paused);
      this._r.pausedBadge.hidden = !paused;
      if (announce) this._announce(paused ? 'Paused' : 'Resumed');
    }
    _skip() { this._seek(skip); }
    _back() { this._seek(back); }
    _seek(target) {
      if (this._screen !== 'running' || this._dialogOpen) return;
      this._clock.seek(target(this._phases, this._clock.elapsedMs()));
      this._lastSecond = null;
      this._tick();
    }
    _onKeyDown(e) {
      if (this._screen !== 'running') return;
      if (this._dialogOpen) {
        if (e.key === 'Escape' && !this._nativeModal) { e.preventDefault(); this._keepGoing(); }
        return;
      }
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.composedPath()[0];
      if (isEditable(target)) return;
      switch (e.key) {
        case ' ':
        case 'Spacebar':
          e.preventDefault();
          // A focused button would "click" on keyup as well: swallow that keyup so Space only pauses.
          this._swallowSpaceUp = isButton(target);
          if (!e.repeat) this._togglePause();
          break;
        case 'ArrowRight': e.preventDefault(); this._skip(); break;
        case 'ArrowLeft': e.preventDefault(); this._back(); break;
        case 'Escape': e.preventDefault(); this._askStop(); break; // preventDefault: don't also cancel the new dialog
        default:
      }
    }
    _onKeyUp(e) {
      if ((e.key === ' ' || e.key === 'Spacebar') && this._swallowSpaceUp) { this._swallowSpaceUp = false; e.preventDefault(); }
    }

    // --- stop dialog ----------------------------------------------------------------------

    _askStop() {
      if (this._screen !== 'running' || this._dialogOpen) return;
      this._resumeAfterDialog = this._clock.running;
      if (this._clock.running) { this._setRunning(false); this._renderPaused(false); }
      this._fillDialog('Stop the routine?', 'The timer is paused while you decide.', [
        ['primary', 'Keep going', () => this._keepGoing()],
        ['danger', 'Stop', () => this._confirmStop()],
      ]);
      const d = this._r.dialog;
      this._dialogOpen = true;
      this._nativeModal = typeof d.showModal === 'function';
      if (this._nativeModal) { if (!d.open) d.showModal(); } else d.setAttribute('open', '');
      d.querySelector('button').focus();
    }
    _fillDialog(title, text, actions) {
      this._r.dialog.replaceChildren(h('h2', { id: 'stop-title' }, title), h('p', {}, text),
        h('div', { class: 'dialog-actions' }, actions.map(([cls, label, fn]) => h('button', { type: 'button', class: cls, onclick: fn }, label))));
      this._r.dialog.querySelector('button').focus();
    }
    _closeDialog() {
      const d = this._r.dialog;
      this._dialogOpen = false;
      if (d && typeof d.close === 'function' && d.open) d.close(); else if (d) d.removeAttribute('open');
    }
    _keepGoing() {
      this._closeDialog();
      if (this._resumeAfterDialog) this._setRunning(true);
      this._renderPaused(this._resumeAfterDialog);
      this._r.pause.focus();
    }
    _confirmStop() {
      const done = stepsCompleted(this._phases, this._clock.elapsedMs(), this._routine.steps.length);
      this._fillDialog('Save what you did?', `You completed ${done} of ${this._routine.steps.length} steps.`, [
        ['primary', 'Save as partial', () => this._finish(true)],
        ['', 'Discard', () => this._toIntro()],
      ]);
    }
    _toIntro() {
      this._closeDialog();
      this._leaveRunLoop();
      this._setRunning(false);
      this._clock.seek(0);
      this._session = null;
      this._saveState = 'idle';
      this._screen = 'intro';
      this._applyRoutine(); // picks up a routine-json that changed meanwhile
    }

    // --- finish & save --------------------------------------------------------------------

    _finish(partial) {
      if (this._screen !== 'running') return;
      const elapsed = this._clock.elapsedMs();
      // Rendering notices the end a little late (up to seconds in a background tab): don't count that.
      const overshoot = Math.max(0, elapsed - this._totalMs);
      const activeMs = Math.max(0, this._active.elapsedMs() - overshoot);
      this._setRunning(false);
      this._closeDialog();
      this._leaveRunLoop();
      const s = this._session;
      const stepsTotal = this._routine.steps.length;
      s.partial = partial;
      s.finishedAt = Date.now() - Math.round(overshoot / this._timeScale());
      s.stepsCompleted = partial ? stepsCompleted(this._phases, Math.min(elapsed, this._totalMs), stepsTotal) : stepsTotal;
      s.durationSeconds = Math.round(activeMs / 1000);
      this._screen = 'finish';
      this._saveState = 'idle';
      this._status = this._error = '';
      if (!partial) { this._cues.chime(); this._cues.say('Done'); }
      this._renderFinish();
    }
    _renderFinish() {
      const s = this._session;
      const r = this._r = {};
      r.status = h('p', { class: 'status', role: 'status' });
      r.error = h('p', { class: 'error', role: 'alert' });
      r.note = h('textarea', { id: 'note', rows: '4', maxlength: String(NOTE_MAX), 'aria-describedby': 'note-count' });
      r.note.value = s.note;
      r.count = h('span', { id: 'note-count', class: 'count meta' });
      const count = () => { r.count.textContent = `${r.note.value.length} / ${NOTE_MAX}`; };
      r.note.addEventListener('input', () => { s.note = r.note.value; count(); });
      count();
      r.pain = this._painSelector('after', s.painAfter, (v) => { s.painAfter = v; });
      r.save = h('button', { type: 'button', class: 'primary big save', onclick: () => this._onSaveClick() }, 'Save session');
      const facts = [
        h('div', {}, h('dt', {}, 'Steps completed'), h('dd', {}, `${s.stepsCompleted} of ${s.stepsTotal}`)),
        h('div', {}, h('dt', {}, 'Duration'), h('dd', {}, formatClock(s.durationSeconds))),
      ];
      if (s.painBefore != null) facts.push(h('div', {}, h('dt', {}, 'Pain before'), h('dd', {}, String(s.painBefore))));
      this._mount(h('div', { class: 'screen finish' },
        h('div', { class: 'scroll' },
          h('h1', { tabindex: '-1' }, s.partial ? 'Stopped early' : 'Well done'),
          h('dl', { class: 'facts' }, facts),
          r.pain,
          h('label', { class: 'field', for: 'note' }, 'How did it feel? ', h('span', { class: 'optional' }, '(optional)')),
          r.note, r.count, r.error, r.status),
        h('div', { class: 'bar' }, r.save)));
      this._view.querySelector('h1').focus();
      this._renderSaveState();
    }
    _renderSaveState() {
      const r = this._r;
      if (this._screen !== 'finish' || !r.save) return;
      const st = this._saveState;
      const locked = st === 'saving' || st === 'saved';
      r.save.disabled = st === 'saving';
      r.save.textContent = { saving: 'Saving…', saved: 'Done', offline: 'Try again' }[st] || 'Save session';
      r.note.readOnly = locked;
      r.pain.disabled = locked;
      r.status.textContent = st === 'saving' ? 'Saving…' : st === 'offline' ? OFFLINE_MESSAGE : this._status || '';
      r.status.classList.toggle('ok', st === 'saved');
      r.error.textContent = st === 'rejected' ? this._error : '';
    }
    _onSaveClick() { if (this._saveState === 'saved') this._done(); else this._save(); }
    _buildResult() {
      const s = this._session;
      const note = s.note.trim().slice(0, NOTE_MAX);
      return {
        clientSessionId: s.clientSessionId, routineId: s.routineId, routineVersion: s.routineVersion,
        startedAt: s.startedAt, finishedAt: s.finishedAt, stepsCompleted: s.stepsCompleted,
        stepsTotal: s.stepsTotal, durationSeconds: s.durationSeconds, painBefore: s.painBefore,
        painAfter: s.painAfter, note: note || null, partial: s.partial,
      };
    }
    _save() {
      // The state check is synchronous, so a double tap cannot submit twice.
      if (this._screen !== 'finish' || !this._session || this._saveState === 'saving' || this._saveState === 'saved') return;
      const result = this._buildResult();
      outboxPut(result); // first on the device, then to the server: nothing is lost if the page dies now
      this._saveState = 'saving';
      this._renderSaveState();
      clearTimeout(this._saveTimer);
      const id = result.clientSessionId;
      this._saveTimer = setTimeout(() => { // no answer: assume the server is unreachable
        if (!this._isCurrentSave(id) || this._saveState !== 'saving') return;
        this._saveState = 'offline';
        this._renderSaveState();
      }, SAVE_TIMEOUT_MS);
      this._emit('timer-result', result);
    }
    _isCurrentSave(clientSessionId) {
      return this._screen === 'finish' && !!this._session && this._session.clientSessionId === clientSessionId;
    }
    _done() {
      const id = this._session && this._session.clientSessionId;
      this._painBefore = null;
      this._toIntro();
      this._emit('timer-closed', { clientSessionId: id });
    }

    // --- wake lock & visibility -----------------------------------------------------------

    async _acquireWakeLock() {
      if (!CAN.wakeLock || this._wakeLock || this._wakeLockPending || document.visibilityState !== 'visible') return;
      this._wakeLockPending = true;
      try {
        const sentinel = await navigator.wakeLock.request('screen');
        if (this._screen !== 'running' || !this.isConnected) { sentinel.release().catch(() => {}); return; }
        this._wakeLock = sentinel;
        sentinel.addEventListener('release', () => { if (this._wakeLock === sentinel) this._wakeLock = null; });
      } catch { /* denied (battery saver, permissions policy): the timer still works */ } finally {
        this._wakeLockPending = false;
      }
    }
    _releaseWakeLock() {
      if (this._wakeLock) this._wakeLock.release().catch(() => {});
      this._wakeLock = null;
    }
    _onVisibility() {
      // The browser drops the wake lock whenever the page is hidden.
      if (document.visibilityState === 'visible' && this._screen === 'running') {
        this._acquireWakeLock();
        this._tick();
      }
    }
  }

  customElements.define('upright-timer', UprightTimer);
})();
