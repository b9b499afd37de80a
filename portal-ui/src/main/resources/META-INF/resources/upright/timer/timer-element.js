/*
 * <upright-timer>: the guided stretch timer as a custom element (plain HTMLElement + shadow DOM).
 * It makes no network calls: it talks to the server only through DOM events ("timer-result",
 * "timer-closed") and the methods acknowledge / reject / flushOutbox. What happens on each tap,
 * tick and server answer is decided by the table in transitions.js; this file draws the screens
 * and carries out the table's effects. Its words are the page's (the words-json attribute, text.js).
 */
import {
  plan, totalSeconds, locate, skip, back, stepsCompleted, formatClock, plannedHoldMs,
  accrueHeld, stepsDoneByHold, sideLabel, phaseLabel, asDone, hasEasier, easierChoice,
} from './phases.js';
import { describeStep, describeNext, spokenCue, announcement } from './words.js';
import { Clockwork, scaledNow } from './clock.js';
import { deviceStore, newSessionId } from './outbox.js';
import { CAN, Cues, ScreenWakeLock } from './cues.js';
import { CSS } from './styles.js';
import { screenOf, transition } from './transitions.js';
import { setWords, t, lang } from './text.js';

const SAVE_TIMEOUT_MS = 8000;
const NOTE_MAX = 500;
/** The server's StopReason codes (their words: stop-reason.<code>); the note's cap is CompletedSessionService.STOP_NOTE_MAX_LENGTH. */
const STOP_REASONS = ['PAIN', 'TIRED', 'NO_TIME', 'OTHER'];
const STOP_NOTE_MAX = 200;
/** The scale's values that have words, as the daily check-in's scale (ScoreScale on the server): anchor.<value>. */
const PAIN_ANCHORS = [0, 5, 10];
const SAVE_STATE = { sending: 'saving', sendingEdited: 'saving', saved: 'saved', edited: 'edited', offline: 'offline', rejected: 'rejected' };

function safeStorage() {
  try { return window.localStorage; } catch { return null; }
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

/** {headline, points[]} from the server, or null for anything else. */
function parseAdvice(json) {
  try {
    const a = typeof json === 'string' ? JSON.parse(json) : json;
    if (!a || typeof a.headline !== 'string') return null;
    return { headline: a.headline, points: Array.isArray(a.points) ? a.points.filter((p) => typeof p === 'string') : [] };
  } catch { return null; }
}

const isEditable = (t) => !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
const isButton = (t) => !!t && (t.tagName === 'BUTTON' || t.tagName === 'A' || t.getAttribute?.('role') === 'button');

class UprightTimer extends HTMLElement {
  static get observedAttributes() { return ['routine-json', 'test-hooks', 'words-json']; }
  constructor() {
    super();
    this._view = h('div', { class: 'view' });
    this.attachShadow({ mode: 'open' }).append(h('style', {}, CSS), this._view);
    this._store = deviceStore(safeStorage() || { getItem: () => null, setItem: () => {} });
    this._routineJson = this._routine = this._routineError = null;
    this._state = 'intro';
    this._prefs = this._store.loadPrefs();
    this._cues = new Cues(this._prefs);
    this._wakeLock = new ScreenWakeLock(() => this._screen() === 'running' && this.isConnected);
    this._now = scaledNow(() => performance.now(), () => this._timeScale());
    this._clock = new Clockwork({ now: this._now });  // position in the routine (seekable)
    this._active = new Clockwork({ now: this._now }); // real active time, never seeks
    this._painBefore = this._session = null;
    this._sendSeq = 0;
    this._r = {}; // references into the current screen
    this._onKeyDown = this._onKeyDown.bind(this);
    this._onKeyUp = this._onKeyUp.bind(this);
    this._onVisibility = this._onVisibility.bind(this);
    this._onOnline = () => this.flushOutbox();
    this._applyRoutine();
  }
  connectedCallback() {
    // A property set before this module upgraded the element shadows the accessor: re-apply it.
    if (Object.hasOwn(this, 'routineJson')) {
      const v = this.routineJson;
      delete this.routineJson;
      this.routineJson = v;
    }
    this._syncTestHooks();
    document.addEventListener('visibilitychange', this._onVisibility);
    window.addEventListener('online', this._onOnline);
    if (this._screen() === 'running') this._enterRunLoop();
    // Results kept on this device while the server was unreachable (or the page was left) go now.
    // After the current task, so the page has wired its listeners to this element.
    if (!this._flushed) { this._flushed = true; setTimeout(() => { if (this.isConnected) this.flushOutbox(); }, 0); }
  }
  disconnectedCallback() {
    // Keep all state: the clock is timestamp based, so re-attaching simply catches up.
    document.removeEventListener('visibilitychange', this._onVisibility);
    window.removeEventListener('online', this._onOnline);
    this._leaveRunLoop();
  }
  attributeChangedCallback(name, _old, value) {
    if (name === 'routine-json') this._setRoutineJson(value);
    else if (name === 'words-json') this._setWords(value);
    else this._syncTestHooks();
  }
  get routineJson() { return this._routineJson; }
  set routineJson(value) { this._setRoutineJson(value); }

  // --- public API used by the server -----------------------------------------------------

  /**
   * The server stored the session (or its latest pain and note). adviceJson is the server's
   * pain-monitoring advice for what it stored ({headline, points}), or null: the timer never
   * judges pain itself.
   */
  acknowledge(clientSessionId, message, adviceJson) {
    if (!this._isCurrent(clientSessionId)) { this._store.remove(clientSessionId); return; }
    clearTimeout(this._saveTimer);
    this._status = message || t('saved');
    this._advice = parseAdvice(adviceJson);
    this._dispatch('ACK');
    this._renderAdvice();
  }

  /** The server refused the session: keep everything on screen so the member can fix and retry. */
  reject(clientSessionId, message) {
    // An old outbox entry: resending would be refused again, so drop it.
    if (!this._isCurrent(clientSessionId)) { this._store.remove(clientSessionId); return; }
    clearTimeout(this._saveTimer);
    this._error = message || t('not-saved');
    this._dispatch('REJECT');
  }

  /**
   * The server got the result but could not store it now (its database does not answer). It stays
   * in the outbox; the current session shows why at once instead of waiting for the timeout.
   */
  unreachable(clientSessionId) {
    if (!this._isCurrent(clientSessionId)) return;
    clearTimeout(this._saveTimer);
    this._unreachable = true;
    if (!this._dispatch('TIMEOUT')) this._renderSaveState(); // already offline (timed out first): say why
  }

  /**
   * The server could not store the result (a fault on its side, not in the data): it stays on this
   * device to be sent again; the session on screen shows the message and offers Save.
   */
  failed(clientSessionId, message) {
    if (!this._isCurrent(clientSessionId)) return; // a kept result: it waits for the next try
    clearTimeout(this._saveTimer);
    this._error = message || t('failed');
    this._dispatch('REJECT');
  }

  /** Re-sends every result kept on this device (on attach and when back online). */
  flushOutbox() {
    const current = this._session && this._screen() === 'finish' ? this._session.clientSessionId : null;
    for (const entry of this._store.outbox()) {
      if (entry.clientSessionId !== current) this._emit('timer-result', entry);
    }
    // The current session is in flight, or waits for the member (edited, rejected): only an offline one retries.
    if (current) this._dispatch('ONLINE');
  }

  // --- the state table ------------------------------------------------------------------

  _screen() { return screenOf(this._state); }

  /** Runs the table's transition for this event; false when the event means nothing in this state. */
  _dispatch(event) {
    const step = transition(this._state, event);
    if (!step) return false;
    this._state = step.to;
    for (const effect of step.effects) this.#effects[effect].call(this);
    this._renderSaveState();
    return true;
  }

  #effects = {
    beginRun() {
      const r = this._routine;
      this._session = {
        clientSessionId: newSessionId(window.crypto), startedAt: Date.now(), finishedAt: null,
        routineId: r.routineId ?? null, routineVersion: r.routineVersion ?? null,
        stepsTotal: r.steps.length, stepsCompleted: 0, durationSeconds: 0, stepHoldSeconds: [],
        plannedHoldSeconds: plannedHoldMs(this._phases, r.steps.length).map((ms) => Math.round(ms / 1000)),
        stepEasier: this._easier.slice(), // the phases above were planned with this choice
        painBefore: this._painBefore, painAfter: null, note: '', partial: false, stopReason: null, stopNote: '',
      };
      this._advice = null;
      this._heldMs = new Array(r.steps.length).fill(0);
      this._accruedTo = 0;
      this._cues.unlock(); // inside the click: the only moment audio may be enabled
      this._clock.start();
      this._active.start();
      this._lastIndex = -1; // forces the first phase cue
      this._lastSecond = null;
      this._renderRunning();
      this._enterRunLoop();
      this._tick(); // first cue (and speech) still inside the user gesture
      this._r.pause?.focus();
    },
    pauseClock() {
      this._accrue();
      this._setRunning(false);
      this._renderPaused(this._state === 'paused');
    },
    resumeClock() {
      this._cues.unlock(); // a click: chance to wake suspended audio
      this._setRunning(true);
      this._renderPaused(true);
      this._lastSecond = null;
      this._tick();
      if (this._state === 'running') this._r.pause?.focus();
    },
    seekNext() { this._seek(skip); },
    seekBack() { this._seek(back); },
    openStopDialog() {
      const done = this._stepsHeld();
      this._fillDialog(t('stop.title'), t('stop.text', done, this._routine.steps.length), [
        ['primary', t('stop.save'), () => this._dispatch('SAVE_PARTIAL')],
        ['', t('stop.discard'), () => this._dispatch('DISCARD')],
        ['quiet', t('stop.keep-going'), () => this._dispatch('KEEP_GOING')],
      ], this._stopReasonFields());
      const d = this._r.dialog;
      this._nativeModal = typeof d.showModal === 'function';
      if (this._nativeModal) { if (!d.open) d.showModal(); } else d.setAttribute('open', '');
      d.querySelector('.dialog-actions button').focus();
    },
    closeDialog() {
      const d = this._r.dialog;
      if (d && typeof d.close === 'function' && d.open) d.close(); else if (d) d.removeAttribute('open');
      if (this._state === 'paused' || this._state === 'running') {
        this._renderPaused(false);
        this._r.pause?.focus();
      }
    },
    markStopped() { this._session.partial = true; },
    closeRun() {
      const elapsed = this._clock.elapsedMs();
      this._accrue();
      // Rendering notices the end a little late (up to seconds in a background tab): don't count that.
      const overshoot = Math.max(0, elapsed - this._totalMs);
      const activeMs = Math.max(0, this._active.elapsedMs() - overshoot);
      this._setRunning(false);
      this._leaveRunLoop();
      const s = this._session;
      s.finishedAt = Date.now() - Math.round(overshoot / this._timeScale());
      s.stepHoldSeconds = this._heldMs.map((ms) => Math.floor(ms / 1000));
      s.stepsCompleted = stepsDoneByHold(s.stepHoldSeconds, s.plannedHoldSeconds);
      s.durationSeconds = Math.round(activeMs / 1000);
      this._status = this._error = '';
    },
    chime() { this._cues.chime(); this._cues.say(t('done')); },
    send() {
      const result = this._buildResult();
      this._store.put(result); // first on the device, then to the server: nothing is lost if the page dies now
      this._unreachable = false;
      clearTimeout(this._saveTimer);
      const seq = ++this._sendSeq;
      this._saveTimer = setTimeout(() => { // no answer: assume the server is unreachable
        if (seq === this._sendSeq && this._isCurrent(result.clientSessionId)) this._dispatch('TIMEOUT');
      }, SAVE_TIMEOUT_MS);
      this._emit('timer-result', result);
    },
    storeDraft() { this._store.put(this._buildResult()); },
    forget() { this._store.remove(this._session.clientSessionId); },
    showFinish() { this._renderFinish(); },
    discardRun() { this._backToIntro(); },
    leave() {
      const id = this._session && this._session.clientSessionId;
      this._painBefore = null;
      this._backToIntro();
      this._emit('timer-closed', { clientSessionId: id });
    },
  };

  _isCurrent(clientSessionId) {
    return this._screen() === 'finish' && !!this._session && this._session.clientSessionId === clientSessionId;
  }

  // --- routine input --------------------------------------------------------------------

  /** {lang, words} from the page: the words to show and say, and the language to speak them in. */
  _setWords(value) {
    try {
      const w = value ? JSON.parse(value) : {};
      setWords(w.words, w.lang);
    } catch { setWords({}, null); }
    this.setAttribute('lang', lang());
    if (this._state === 'intro') this._applyRoutine(); // the start screen in the new words
  }

  _setRoutineJson(value) {
    const text = value == null ? null : typeof value === 'string' ? value : JSON.stringify(value);
    if (text === this._routineJson) return;
    this._routineJson = text;
    // A running or finished session keeps the routine it started with; the change applies on return.
    if (this._state === 'intro') this._applyRoutine();
  }
  _applyRoutine() {
    this._routine = this._routineError = null;
    try {
      const r = this._routineJson && JSON.parse(this._routineJson);
      if (r && !Array.isArray(r.steps)) throw new Error('no steps');
      this._routine = r || null;
    } catch {
      this._routineError = t('routine.error');
    }
    // after a bad pain response the server suggests the easier versions: they start switched on
    const steps = this._routine ? this._routine.steps : [];
    this._easier = easierChoice(steps, steps.map(() => !!(this._routine && this._routine.easierSuggested)));
    this._replan();
    this._renderIntro();
  }
  /** The phases as the member will do them: each step in its easier version where chosen. */
  _replan() {
    this._phases = this._routine ? plan(this._routine, this._routine.getReadySeconds, this._easier) : [];
    this._totalMs = totalSeconds(this._phases) * 1000;
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
    const screen = this._screen();
    const run = screen === 'running';
    const loc = locate(this._phases, elapsedMs);
    return {
      phaseIndex: run ? loc.index : screen === 'intro' ? -1 : this._phases.length,
      kind: run && !loc.done ? this._phases[loc.index].kind : null, elapsedMs, running: run && this._clock.running,
      stepsCompleted: run ? stepsCompleted(this._phases, elapsedMs, this._routine.steps.length) : this._session?.stepsCompleted ?? 0,
      stepsHeld: run ? this._stepsHeld() : this._session?.stepsCompleted ?? 0,
      screen, state: this._state, saveState: SAVE_STATE[this._state] || 'idle',
      clientSessionId: this._session?.clientSessionId ?? null,
      advice: this._advice?.headline ?? null,
      easier: (screen === 'intro' ? this._easier : this._session?.stepEasier ?? []).slice(),
      phaseLabel: run && !loc.done ? phaseLabel(this._phases[loc.index]) : null,
    };
  }

  // --- screen plumbing ------------------------------------------------------------------

  _mount(node) { this._view.replaceChildren(node); }
  _emit(name, payload) {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: { json: JSON.stringify(payload) } }));
  }
  _backToIntro() {
    this._leaveRunLoop();
    this._setRunning(false);
    this._clock.seek(0);
    this._session = null;
    this._applyRoutine(); // picks up a routine-json that changed meanwhile
  }

  /** The 0-10 scale, built and worded like the daily check-in's (a radio group of eleven). */
  _painScale(name, question, initial, onChange) {
    let value = initial;
    const buttons = [];
    const questionId = `pain-${name}-question`;
    const scale = h('div', { class: 'pain-scale', role: 'radiogroup', 'aria-labelledby': questionId });
    const select = (v) => {
      value = value === v ? null : v; // tapping the chosen value clears it (the rating is optional)
      buttons.forEach((b, i) => b.setAttribute('aria-checked', String(i === value)));
      onChange(value);
    };
    for (let v = 0; v <= 10; v++) {
      const b = h('button', {
        type: 'button', class: `pain-btn v${v}`, role: 'radio', 'aria-checked': String(v === value),
        'aria-label': PAIN_ANCHORS.includes(v) ? t('pain.value-anchor', v, t(`anchor.${v}`)) : t('pain.value', v),
        onclick: () => select(v),
      }, String(v));
      buttons.push(b);
      scale.append(b);
    }
    return h('div', { class: 'pain', 'data-name': name },
      h('span', { class: 'pain-question', id: questionId }, question, ' ', h('span', { class: 'optional' }, t('optional'))),
      scale,
      h('div', { class: 'pain-labels', 'aria-hidden': 'true' },
        h('span', {}, t('scale.0')), h('span', {}, t('scale.5')), h('span', {}, t('scale.10'))));
  }
  _toggle(key, label) {
    if (!CAN[key]) return null; // hide cues this device cannot produce
    return h('label', { class: 'toggle' },
      h('input', {
        type: 'checkbox', name: key, checked: this._prefs[key],
        onchange: (e) => { this._prefs[key] = e.target.checked; this._store.savePrefs(this._prefs); },
      }), h('span', {}, label));
  }

  // --- intro ----------------------------------------------------------------------------

  _renderIntro() {
    this._r = {};
    const routine = this._routine;
    let content;
    if (!routine) {
      content = h('p', { class: this._routineError ? 'error' : 'meta', role: this._routineError ? 'alert' : null },
        this._routineError || t('routine.loading'));
    } else {
      const steps = routine.steps;
      this._r.total = h('dd', { class: 'total-time' });
      content = [
        h('h1', {}, routine.title || t('routine.untitled')),
        h('dl', { class: 'facts' },
          h('div', {}, h('dt', {}, t('intro.total-time')), this._r.total),
          h('div', {}, h('dt', {}, t('intro.steps')), h('dd', {}, String(steps.length)))),
        routine.easierSuggested ? this._easierSuggestion(steps) : null,
        h('ol', { class: 'step-list' }, steps.map((s, i) => this._introStep(s || {}, i))),
        this._painScale('before', t('pain.before.question'), this._painBefore, (v) => { this._painBefore = v; }),
        h('fieldset', { class: 'prefs' }, h('legend', {}, t('cues')),
          this._toggle('sound', t('cues.sound')), this._toggle('voice', t('cues.voice')), this._toggle('vibrate', t('cues.vibrate'))),
      ];
    }
    const start = h('button', {
      type: 'button', class: 'primary big start', disabled: !routine || this._phases.length === 0,
      onclick: () => this._start(),
    }, t('start'));
    this._mount(h('div', { class: 'screen intro' }, h('div', { class: 'scroll' }, content), h('div', { class: 'bar controls-bar' }, start)));
    this._showEasier();
  }

  /** One step of the start screen: title, timing, and the "Easier version" switch when it has one. */
  _introStep(s, i) {
    const title = s.title || t('step');
    const meta = h('span', { class: 'meta step-timing' });
    const text = h('p', { class: 'easier-text', hidden: true });
    let input = null;
    if (hasEasier(s)) {
      input = h('input', {
        type: 'checkbox', class: 'easier-input', 'data-step': String(i),
        onchange: (e) => this._chooseEasier(i, e.target.checked),
      });
    }
    (this._r.steps ||= [])[i] = { meta, text, input };
    return h('li', { 'data-step': String(i) },
      h('span', { class: 'step-name' }, title), meta,
      input ? h('label', { class: 'toggle easier-toggle' }, input,
        h('span', {}, t('easier'), h('span', { class: 'sr-only' }, ' ', t('easier.of', title)))) : null,
      text);
  }
  _chooseEasier(index, on) {
    if (this._state !== 'intro') return;
    if (index == null) this._easier = easierChoice(this._routine.steps, this._routine.steps.map(() => on));
    else this._easier[index] = on && hasEasier(this._routine.steps[index]);
    this._replan();
    this._showEasier();
  }
  /** The start screen after a change of the easier choice: switches, timings, what changes, total time. */
  _showEasier() {
    const r = this._r;
    if (!this._routine || !r.steps) return;
    this._routine.steps.forEach((raw, i) => {
      const row = r.steps[i];
      const done = asDone(raw, this._easier[i]);
      row.meta.textContent = describeStep(done);
      if (row.input) row.input.checked = this._easier[i];
      row.text.hidden = !done.isEasier;
      row.text.textContent = done.isEasier ? t('easier.instructions', done.easierInstructions) : '';
      row.text.closest?.('li')?.classList.toggle('easier-on', done.isEasier);
    });
    r.total.textContent = formatClock(this._totalMs / 1000);
    if (r.allEasier) {
      const offered = this._routine.steps.map(hasEasier);
      r.allEasier.checked = offered.some(Boolean) && offered.every((o, i) => !o || this._easier[i]);
    }
  }

  /** The server found a bad pain response in this routine lately: the easier versions, step by step. */
  _easierSuggestion(steps) {
    const easier = steps.filter((s) => s && s.easier && s.easier.instructions);
    this._r.allEasier = easier.length ? h('input', {
      type: 'checkbox', class: 'all-easier', onchange: (e) => this._chooseEasier(null, e.target.checked),
    }) : null;
    return h('section', { class: 'advice easier-suggested', role: 'note' },
      h('h2', {}, t('easier.today')),
      h('p', {}, t('easier.today.text')),
      easier.length ? h('ul', {}, easier.map((s) => h('li', {}, h('strong', {}, `${s.title}: `), s.easier.instructions))) : null,
      this._r.allEasier ? h('label', { class: 'toggle' }, this._r.allEasier, h('span', {}, t('easier.all'))) : null);
  }

  // --- running --------------------------------------------------------------------------

  _start() {
    if (!this._routine || this._phases.length === 0) return;
    this._dispatch('START');
  }
  _enterRunLoop() {
    this._leaveRunLoop();
    document.addEventListener('keydown', this._onKeyDown);
    document.addEventListener('keyup', this._onKeyUp, true);
    // rAF for smooth rendering; the interval keeps cues going where rAF stops (background tabs).
    const frame = () => { this._tick(); if (this._screen() === 'running') this._raf = requestAnimationFrame(frame); };
    this._raf = requestAnimationFrame(frame);
    this._interval = setInterval(() => this._tick(), 250);
    this._wakeLock.acquire();
  }
  _leaveRunLoop() {
    cancelAnimationFrame(this._raf);
    clearInterval(this._interval);
    document.removeEventListener('keydown', this._onKeyDown);
    document.removeEventListener('keyup', this._onKeyUp, true);
    this._wakeLock.release();
  }
  _renderRunning() {
    const btn = (cls, icon, label, keys, onclick) => h('button', { type: 'button', class: cls, 'aria-keyshortcuts': keys, onclick },
      icon ? h('span', { 'aria-hidden': 'true' }, `${icon} `) : null, label);
    const r = this._r = {};
    r.stepCount = h('span', { class: 'step-count' });
    r.timeLeft = h('span', { class: 'time-left meta' });
    r.stop = btn('stop-btn', '', t('run.stop'), 'Escape', () => this._dispatch('STOP'));
    r.progress = h('progress', { max: String(this._totalMs), value: '0', 'aria-label': t('run.progress') });
    r.stepTitle = h('h2', { class: 'step-title' });
    r.phaseName = h('div', { class: 'phase-name' });
    r.countdown = h('div', { class: 'countdown', role: 'timer', 'aria-label': t('run.countdown') });
    r.rep = h('span', { class: 'rep' });
    r.side = h('span', { class: 'side' });
    r.pausedBadge = h('div', { class: 'paused-badge', hidden: true }, t('run.paused'));
    r.panel = h('section', { class: 'panel', 'aria-label': t('run.phase') },
      r.phaseName, r.countdown, h('div', { class: 'rep-line' }, r.rep, r.side), r.pausedBadge);
    r.next = h('p', { class: 'next' });
    r.safetyText = h('span');
    r.safety = h('div', { class: 'safety', role: 'note' }, h('strong', {}, t('run.safety'), ' '), r.safetyText);
    r.instructions = h('p', { class: 'instructions' });
    r.easierBadge = h('p', { class: 'easier-now', hidden: true });
    r.easierTag = h('span', { class: 'easier-tag', hidden: true }, t('easier'));
    r.live = h('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' });
    r.back = btn('back', '◀', t('run.back'), 'ArrowLeft', () => this._dispatch('BACK'));
    r.pauseLabel = h('span', {}, t('run.pause'));
    r.pause = h('button', { type: 'button', class: 'primary pause', 'aria-keyshortcuts': 'Space', onclick: () => this._togglePause() }, r.pauseLabel);
    r.skip = btn('skip', '', t('run.skip'), 'ArrowRight', () => this._dispatch('SKIP'));
    r.dialog = h('dialog', { class: 'stop-dialog', 'aria-labelledby': 'stop-title' });
    r.dialog.addEventListener('cancel', (e) => { e.preventDefault(); this._dispatch('KEEP_GOING'); }); // Escape in the dialog
    this._mount(h('div', { class: 'screen run' },
      h('div', { class: 'run-head' }, r.stepCount, r.timeLeft, r.stop), r.progress,
      // focusable, so the keyboard can scroll a long step on a small screen (it holds no control of its own)
      h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': t('run.step') },
        h('div', { class: 'title-row' }, r.stepTitle, r.easierTag), r.panel, r.next, r.safety, r.easierBadge, r.instructions),
      h('div', { class: 'bar controls' }, r.back, r.pause, r.skip), r.live, r.dialog));
  }

  /** Adds the hold time the clock ran through since the last reading (never across a seek). */
  _accrue() {
    const now = this._clock.elapsedMs();
    accrueHeld(this._phases, this._heldMs, this._accruedTo, now);
    this._accruedTo = now;
  }
  _stepsHeld() {
    const planned = plannedHoldMs(this._phases, this._routine.steps.length).map((ms) => Math.round(ms / 1000));
    return stepsDoneByHold((this._heldMs || []).map((ms) => Math.floor(ms / 1000)), planned);
  }

  /** Recomputes everything from the clock; safe to call at any rate. */
  _tick() {
    if (this._screen() !== 'running') return;
    this._accrue();
    const elapsed = this._clock.elapsedMs();
    if (elapsed >= this._totalMs) { this._dispatch('END'); return; }
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
      r.timeLeft.textContent = t('run.time-left', formatClock(Math.ceil((this._totalMs - elapsed) / 1000)));
    }
    r.progress.value = elapsed;
  }
  _renderPhase(index, prevIndex) {
    const r = this._r;
    const p = this._phases[index];
    const prev = prevIndex >= 0 ? this._phases[prevIndex] : null;
    const forward = index > prevIndex;
    const step = asDone(this._routine.steps[p.stepIndex], this._session?.stepEasier?.[p.stepIndex]);
    const stepChanged = !prev || prev.stepIndex !== p.stepIndex;
    r.stepCount.textContent = t('run.step-of', p.stepIndex + 1, this._routine.steps.length);
    if (stepChanged) {
      r.stepTitle.textContent = p.stepTitle || t('step.number', p.stepIndex + 1);
      r.instructions.textContent = step.instructions || '';
      r.safetyText.textContent = step.safetyCue || '';
      r.safety.hidden = !step.safetyCue;
      // the easier version says what changes; the step's own instructions stay below it
      r.easierTag.hidden = r.easierBadge.hidden = !step.isEasier;
      r.easierBadge.replaceChildren(...(step.isEasier ? [h('strong', {}, t('run.what-changes'), ' '), step.easierInstructions] : []));
    }
    r.panel.dataset.kind = p.kind;
    r.panel.toggleAttribute('data-moving', !!p.moving);
    r.phaseName.textContent = phaseLabel(p);
    r.rep.textContent = t('rep', p.rep, p.reps);
    r.side.textContent = p.side ? sideLabel(p.side) : '';
    r.side.hidden = !p.side;
    r.next.textContent = t('run.next', describeNext(p, this._phases[index + 1]));
    this._cues.phase(p.kind);
    this._cues.say(spokenCue(p, prev, forward));
    this._announce(announcement(p, stepChanged));
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
  _togglePause() { this._dispatch(this._state === 'paused' ? 'RESUME' : 'PAUSE'); }
  _renderPaused(announce) {
    if (!this._r.pauseLabel) return;
    const paused = !this._clock.running;
    this._r.pauseLabel.textContent = paused ? t('run.resume') : t('run.pause');
    this._r.panel.classList.toggle('paused', paused);
    this._r.pausedBadge.hidden = !paused;
    if (announce) this._announce(paused ? t('run.paused') : t('run.resumed'));
    this._lastSecond = null;
    this._tick();
  }
  _seek(target) {
    this._accrue(); // what ran until now counts; the jumped-over part does not
    this._clock.seek(target(this._phases, this._clock.elapsedMs()));
    this._accruedTo = this._clock.elapsedMs();
    this._lastSecond = null;
    this._tick();
  }
  _onKeyDown(e) {
    if (this._screen() !== 'running') return;
    if (this._state === 'askStop' || this._state === 'askStopPaused') {
      if (e.key === 'Escape' && !this._nativeModal) { e.preventDefault(); this._dispatch('KEEP_GOING'); }
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
      case 'ArrowRight': e.preventDefault(); this._dispatch('SKIP'); break;
      case 'ArrowLeft': e.preventDefault(); this._dispatch('BACK'); break;
      case 'Escape': e.preventDefault(); this._dispatch('STOP'); break; // preventDefault: don't also cancel the new dialog
      default:
    }
  }
  _onKeyUp(e) {
    if ((e.key === ' ' || e.key === 'Spacebar') && this._swallowSpaceUp) { this._swallowSpaceUp = false; e.preventDefault(); }
  }
  _fillDialog(title, text, actions, fields) {
    this._r.dialog.replaceChildren(h('h2', { id: 'stop-title' }, title), h('p', {}, text), fields || null,
      h('div', { class: 'dialog-actions' }, actions.map(([cls, label, fn]) => h('button', { type: 'button', class: cls, onclick: fn }, label))));
  }
  /** "Why are you stopping?": one optional choice and a few optional words, kept with the session. */
  _stopReasonFields() {
    const s = this._session;
    const buttons = [];
    const group = h('div', { class: 'stop-reasons', role: 'radiogroup', 'aria-labelledby': 'stop-why' });
    for (const code of STOP_REASONS) {
      const b = h('button', {
        type: 'button', class: 'reason', role: 'radio', 'data-reason': code, 'aria-checked': String(s.stopReason === code),
        onclick: () => {
          s.stopReason = s.stopReason === code ? null : code; // tapping it again clears it
          buttons.forEach((x) => x.setAttribute('aria-checked', String(x.dataset.reason === s.stopReason)));
        },
      }, t(`stop-reason.${code}`));
      buttons.push(b);
      group.append(b);
    }
    const note = h('input', {
      id: 'stop-note', type: 'text', maxlength: String(STOP_NOTE_MAX), autocomplete: 'off', 'aria-labelledby': 'stop-note-label',
    });
    note.value = s.stopNote;
    note.addEventListener('input', () => { s.stopNote = note.value; });
    return h('div', { class: 'stop-why' },
      h('span', { class: 'pain-question', id: 'stop-why' }, t('stop.why'), ' ', h('span', { class: 'optional' }, t('optional'))),
      group,
      h('label', { class: 'field small', id: 'stop-note-label', for: 'stop-note' }, t('stop.note'), ' ',
        h('span', { class: 'optional' }, t('optional'))),
      note);
  }

  // --- finish & save --------------------------------------------------------------------

  _renderFinish() {
    const s = this._session;
    const r = this._r = {};
    r.status = h('p', { class: 'status', role: 'status' });
    r.error = h('p', { class: 'error', role: 'alert' });
    r.note = h('textarea', { id: 'note', rows: '3', maxlength: String(NOTE_MAX), 'aria-describedby': 'note-count' });
    r.note.value = s.note;
    r.count = h('span', { id: 'note-count', class: 'count meta' });
    const count = () => { r.count.textContent = `${r.note.value.length} / ${NOTE_MAX}`; };
    r.note.addEventListener('input', () => { s.note = r.note.value; count(); this._dispatch('EDIT'); });
    count();
    r.pain = this._painScale('after', t('pain.after.question'), s.painAfter, (v) => { s.painAfter = v; this._dispatch('EDIT'); });
    r.advice = h('section', { class: 'advice', 'aria-live': 'polite', hidden: true });
    r.save = h('button', { type: 'button', class: 'primary big save', onclick: () => this._onSaveClick() }, t('save'));
    const held = s.stepHoldSeconds.reduce((a, b) => a + b, 0);
    const planned = s.plannedHoldSeconds.reduce((a, b) => a + b, 0);
    const facts = [
      h('div', {}, h('dt', {}, t('finish.steps-done')), h('dd', { class: 'steps-done' }, t('of', s.stepsCompleted, s.stepsTotal))),
      h('div', {}, h('dt', {}, t('finish.held')), h('dd', { class: 'held' }, t('of', formatClock(held), formatClock(planned)))),
    ];
    if (s.painBefore != null) facts.push(h('div', {}, h('dt', {}, t('finish.pain-before')), h('dd', {}, String(s.painBefore))));
    const easier = (s.stepEasier || []).filter(Boolean).length; // steps done in their easier version
    if (easier > 0) facts.push(h('div', {}, h('dt', {}, t('finish.easier')), h('dd', { class: 'easier-count' }, t('of', easier, s.stepsTotal))));
    const title = t(s.partial ? 'finish.stopped' : s.stepsCompleted < s.stepsTotal ? 'finish.reached-end' : 'finish.well-done');
    const hint = s.stepsCompleted < s.stepsTotal ? t('finish.hint') : null;
    this._mount(h('div', { class: 'screen finish' },
      h('div', { class: 'scroll' },
        h('h1', { tabindex: '-1' }, title),
        h('dl', { class: 'facts' }, facts),
        hint ? h('p', { class: 'meta hint' }, hint) : null,
        r.pain, r.advice,
        h('label', { class: 'field', for: 'note' }, t('finish.note'), ' ', h('span', { class: 'optional' }, t('optional'))),
        r.note, r.count, r.error, r.status),
      h('div', { class: 'bar controls-bar' }, r.save)));
    this._renderAdvice();
    this._view.querySelector('h1').focus();
  }
  _renderSaveState() {
    const r = this._r;
    if (this._screen() !== 'finish' || !r.save) return;
    const st = this._state;
    const sending = st === 'sending' || st === 'sendingEdited';
    r.save.disabled = sending;
    r.save.textContent = t(sending ? 'saving' : { saved: 'done', offline: 'try-again' }[st] || 'save');
    r.status.textContent = sending ? t('saving')
      : st === 'offline' ? t(this._unreachable ? 'unreachable' : 'offline') : st === 'edited' ? t('edited') : st === 'saved' ? this._status || '' : '';
    r.status.classList.toggle('ok', st === 'saved');
    r.error.textContent = st === 'rejected' ? this._error : '';
  }
  /** The server's advice after a bad pain response, under the pain scale, until the next answer replaces it. */
  _renderAdvice() {
    const box = this._r.advice;
    if (this._screen() !== 'finish' || !box) return;
    const a = this._advice;
    box.hidden = !a;
    box.replaceChildren(...(a ? [h('h2', {}, a.headline), h('ul', {}, a.points.map((p) => h('li', {}, p)))] : []));
    if (a && typeof box.scrollIntoView === 'function') box.scrollIntoView({ block: 'nearest' });
  }
  _onSaveClick() { this._dispatch(this._state === 'saved' ? 'DONE' : 'SAVE'); }
  _buildResult() {
    const s = this._session;
    const note = s.note.trim().slice(0, NOTE_MAX);
    return {
      clientSessionId: s.clientSessionId, routineId: s.routineId, routineVersion: s.routineVersion,
      startedAt: s.startedAt, finishedAt: s.finishedAt, stepsCompleted: s.stepsCompleted,
      stepsTotal: s.stepsTotal, durationSeconds: s.durationSeconds, stepHoldSeconds: s.stepHoldSeconds,
      painBefore: s.painBefore, painAfter: s.painAfter, note: note || null, partial: s.partial,
      stepEasier: s.stepEasier, // per step: done in its easier version (kept in the outbox too)
      stopReason: s.partial ? s.stopReason : null,
      stopNote: s.partial ? s.stopNote.trim().slice(0, STOP_NOTE_MAX) || null : null,
    };
  }

  // --- visibility -----------------------------------------------------------------------

  _onVisibility() {
    // The browser drops the wake lock whenever the page is hidden.
    if (document.visibilityState === 'visible' && this._screen() === 'running') {
      this._wakeLock.acquire();
      this._tick();
    }
  }
}

if (!customElements.get('upright-timer')) customElements.define('upright-timer', UprightTimer);
