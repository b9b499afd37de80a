/*
 * The timer's screen and save state as one explicit table: for every state and every event,
 * either the next state and the effects to run, or IGNORED (the event means nothing there,
 * e.g. Skip on the finish screen). The element only dispatches events and runs the named effects;
 * it never decides a transition itself. Unit-tested in Node: every pair is covered.
 *
 * A finished run is sent to the server at once (effect "send"), so leaving the finish screen
 * loses nothing; pain-after and a note added later are sent again under the same session id.
 */

export const STATES = Object.freeze([
  'intro',          // the routine, pain before, cue toggles, Start
  'running',        // the clock runs
  'paused',         // the clock stands still
  'askStop',        // "Stop the routine?" while it was running (the clock is paused meanwhile)
  'askStopPaused',  // the same question asked while it was paused
  'sending',        // finish screen; the latest result is on its way to the server
  'sendingEdited',  // on its way, and the member changed pain or note since it left
  'saved',          // the server has everything the member entered
  'edited',         // the server has the session, not the latest pain or note (kept in the outbox)
  'offline',        // no answer: the result waits in the outbox
  'rejected',       // the server refused it; the member can correct and retry
]);

export const EVENTS = Object.freeze([
  'START', 'PAUSE', 'RESUME', 'SKIP', 'BACK', 'STOP', 'KEEP_GOING', 'SAVE_PARTIAL', 'DISCARD', 'END',
  'EDIT', 'SAVE', 'ACK', 'REJECT', 'TIMEOUT', 'ONLINE', 'DONE',
]);

/** What the element knows how to do; a table entry may only name these. */
export const EFFECTS = Object.freeze([
  'beginRun',        // new session id, clocks from zero, running screen, audio unlocked inside the tap
  'pauseClock', 'resumeClock', 'seekNext', 'seekBack',
  'openStopDialog', 'closeDialog',
  'markStopped',     // the result is a partial one (stopped by the member)
  'closeRun',        // stop the clocks and the render loop, fix the result's times and held seconds
  'chime',
  'send',            // result into the outbox, then to the server; a timeout turns into TIMEOUT
  'storeDraft',      // the newest pain and note into the outbox (nothing lost if the page closes now)
  'forget',          // the server confirmed the newest version: drop it from the outbox
  'showFinish',
  'discardRun',      // back to the intro, nothing kept
  'leave',           // back to the intro and tell the page the member is done (it goes to Today)
]);

export const IGNORED = null;

const t = (to, ...effects) => Object.freeze({ to, effects: Object.freeze(effects) });

/** Every state lists every event; validate() in the tests proves it. */
const ignoreAll = (except) => Object.fromEntries(EVENTS.map((e) => [e, e in except ? except[e] : IGNORED]));

const askingStop = (back) => ({
  KEEP_GOING: back === 'running' ? t('running', 'closeDialog', 'resumeClock') : t('paused', 'closeDialog'),
  SAVE_PARTIAL: t('sending', 'closeDialog', 'markStopped', 'closeRun', 'send', 'showFinish'),
  DISCARD: t('intro', 'closeDialog', 'discardRun'),
});

export const TABLE = Object.freeze({
  intro: ignoreAll({ START: t('running', 'beginRun') }),
  running: ignoreAll({
    PAUSE: t('paused', 'pauseClock'),
    SKIP: t('running', 'seekNext'),
    BACK: t('running', 'seekBack'),
    STOP: t('askStop', 'pauseClock', 'openStopDialog'),
    END: t('sending', 'closeRun', 'chime', 'send', 'showFinish'),
  }),
  paused: ignoreAll({
    RESUME: t('running', 'resumeClock'),
    SKIP: t('paused', 'seekNext'),
    BACK: t('paused', 'seekBack'),
    STOP: t('askStopPaused', 'openStopDialog'),
    END: t('sending', 'closeRun', 'chime', 'send', 'showFinish'), // skipped past the last phase while paused
  }),
  askStop: ignoreAll(askingStop('running')),
  askStopPaused: ignoreAll(askingStop('paused')),
  sending: ignoreAll({
    EDIT: t('sendingEdited', 'storeDraft'),
    ACK: t('saved', 'forget'),
    REJECT: t('rejected'),
    TIMEOUT: t('offline'),
  }),
  sendingEdited: ignoreAll({
    EDIT: t('sendingEdited', 'storeDraft'),
    ACK: t('edited'), // the server has an older version: the newer one stays in the outbox
    REJECT: t('rejected'),
    TIMEOUT: t('offline'),
  }),
  saved: ignoreAll({
    EDIT: t('edited', 'storeDraft'),
    DONE: t('intro', 'leave'),
  }),
  edited: ignoreAll({
    EDIT: t('edited', 'storeDraft'),
    SAVE: t('sending', 'send'),
  }),
  offline: ignoreAll({
    EDIT: t('edited', 'storeDraft'),
    SAVE: t('sending', 'send'),
    ONLINE: t('sending', 'send'),
    ACK: t('saved', 'forget'), // a late answer to the version still on screen
  }),
  rejected: ignoreAll({
    EDIT: t('edited', 'storeDraft'),
    SAVE: t('sending', 'send'),
  }),
});

/** The transition for (state, event), or IGNORED. An unknown state or event is a programming error. */
export function transition(state, event) {
  const row = TABLE[state];
  if (!row) throw new Error(`unknown timer state ${state}`);
  if (!(event in row)) throw new Error(`unknown timer event ${event}`);
  return row[event];
}

/** Which screen a state shows. */
export function screenOf(state) {
  if (state === 'intro') return 'intro';
  if (state === 'running' || state === 'paused' || state === 'askStop' || state === 'askStopPaused') return 'running';
  return 'finish';
}
