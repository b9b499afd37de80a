/*
 * The check-in the server has not confirmed yet: the tapped score and the chosen areas, kept in
 * localStorage with who tapped, for which day and when. It goes once the server answers "saved";
 * while the connection is down the card says so instead of showing the last saved value, and Vaadin
 * resends the tap itself once it reconnects. When the page opens again (a reload, or signing in
 * after the session ended) a kept check-in of the same member and day is sent again, unless the
 * server's rating was saved after it: a later value is never overwritten by an earlier one.
 * The note is kept by kept-input.js. Storage is passed in (Node tests use a map); blocked or full
 * storage never breaks the card.
 */

export const PENDING_KEY = 'upright.checkin.pending';
export const OFFLINE_TEXT = 'Not saved yet — will send when you are back online.';
export const RESTORED_TEXT = 'Restored from this device: not saved yet. Tap "Save areas and note" to keep it.';

export function pendingStore(storage) {
  const read = () => {
    try {
      const value = JSON.parse(storage.getItem(PENDING_KEY));
      return value && typeof value.at === 'number'
        && (Number.isInteger(value.score) || Array.isArray(value.areas)) ? value : null;
    } catch { return null; }
  };
  const clear = () => { try { storage.removeItem(PENDING_KEY); } catch { /* nothing to do */ } };
  return {
    pending: read,
    clear,
    /**
     * Adds a change ({score} or {areas}) made at {@code at}. The newest change wins: an earlier one
     * never replaces it. Another member's or day's check-in is replaced, not merged.
     */
    keep(change, at, user = null, day = null) {
      const now = read();
      if (now && now.at > at) return;
      const same = now && now.user === user && now.day === day;
      const next = { score: null, areas: null, ...(same ? now : {}), ...change, at, user, day };
      try { storage.setItem(PENDING_KEY, JSON.stringify(next)); } catch { /* no storage: carry on */ }
    },
    /**
     * The server saved this score: forget the kept check-in if it is the one kept (or only areas
     * were kept: a save takes them along). A later tap of another score stays.
     */
    confirm(score) {
      const now = read();
      if (now && (now.score === score || now.score === null)) clear();
      return read();
    },
    /**
     * What to do with the kept check-in when the card opens for this member and day, given when
     * the server's rating was last saved (null: none yet): 'resend', or 'drop' it, or 'none'.
     */
    onOpen(user, day, savedAt) {
      const now = read();
      if (!now) return 'none';
      if (now.user !== user || now.day !== day || (savedAt !== null && savedAt >= now.at)) return 'drop';
      return 'resend';
    },
  };
}

/** True when Vaadin cannot reach the server right now. */
export function offline(win) {
  if (win.navigator && win.navigator.onLine === false) return true;
  const state = win.Vaadin && win.Vaadin.connectionState && win.Vaadin.connectionState.state;
  return state === 'reconnecting' || state === 'connection-lost';
}

const AREA_PREFIX = 'check-in-area-';
const SCORE_PREFIX = 'check-in-score-';

/** Wires every check-in card on the page (they are found by id, the server sets them). */
export function watchCheckIns(doc, storage, win, kept = win.uprightKept) {
  const store = pendingStore(storage);
  const notice = () => doc.getElementById('check-in-pending');
  const card = () => doc.getElementById('check-in');
  const user = () => {
    const holder = doc.querySelector('[data-upright-user]');
    return holder ? holder.getAttribute('data-upright-user') : null;
  };
  const day = () => (card() ? card().getAttribute('data-day') : null);
  const chips = () => Array.from(doc.querySelectorAll(`[id^="${AREA_PREFIX}"]`));
  const pressedAreas = () => chips().filter((c) => c.getAttribute('aria-pressed') === 'true')
    .map((c) => c.id.substring(AREA_PREFIX.length));
  let restoring = false;

  const say = (text) => {
    const line = notice();
    if (!line) return;
    line.textContent = text;
    line.hidden = false;
    const status = doc.getElementById('check-in-status');
    if (status) status.hidden = true; // never a stale "Saved" next to an unsent tap
  };
  const showOffline = () => { if (store.pending()) say(OFFLINE_TEXT); };

  doc.addEventListener('click', (e) => {
    if (restoring || !e.target.closest) return;
    const button = e.target.closest(`[id^="${SCORE_PREFIX}"]`);
    const chip = e.target.closest(`[id^="${AREA_PREFIX}"]`);
    if (!button && !chip) return;
    if (button) {
      store.keep({ score: Number(button.id.substring(SCORE_PREFIX.length)) }, Date.now(), user(), day());
    } else {
      const kept = store.pending();
      const areas = new Set(kept && kept.user === user() && kept.day === day() && kept.areas ? kept.areas : pressedAreas());
      const name = chip.id.substring(AREA_PREFIX.length);
      if (!areas.delete(name)) areas.add(name);
      store.keep({ areas: [...areas].sort() }, Date.now(), user(), day());
    }
    if (offline(win)) showOffline();
    // the answer normally comes within a moment; if not, the connection is the likely cause
    win.setTimeout(() => { if (store.pending() && offline(win)) showOffline(); }, 1500);
  }, true);
  win.addEventListener('offline', showOffline);
  const connection = win.Vaadin && win.Vaadin.connectionState;
  if (connection && connection.addStateChangeListener) {
    connection.addStateChangeListener(() => { if (offline(win)) showOffline(); });
  }

  /** A card just opened: send again what this member did today and the server never answered. */
  let opened = null;
  const openCard = () => {
    const current = card();
    if (!current || current === opened || !user()) return;
    opened = current;
    const savedAt = current.hasAttribute('data-saved-at') ? Number(current.getAttribute('data-saved-at')) : null;
    const decision = store.onOpen(user(), day(), savedAt);
    if (decision === 'drop') store.clear();
    if (decision !== 'resend') return;
    const kept = store.pending();
    if (win.uprightKept) win.uprightKept.restoreWithin(current); // the note first, so a resent tap carries it
    restoring = true;
    try {
      if (kept.areas) {
        for (const chip of chips()) {
          const want = kept.areas.includes(chip.id.substring(AREA_PREFIX.length));
          if (want !== (chip.getAttribute('aria-pressed') === 'true')) chip.click();
        }
      }
      const button = kept.score === null ? null : doc.getElementById(SCORE_PREFIX + kept.score);
      if (button) button.click(); else say(RESTORED_TEXT);
    } finally {
      restoring = false;
    }
  };
  let queued = false;
  new win.MutationObserver(() => {
    if (queued) return;
    queued = true;
    // after kept-input.js has looked at the new fields (it waits one turn as well)
    win.setTimeout(() => win.setTimeout(() => { queued = false; openCard(); }, 0), 0);
  }).observe(doc.documentElement, { childList: true, subtree: true });
  openCard();

  /** Called by the server after it saved (or refused) a score. */
  win.uprightCheckInAnswered = (score) => {
    if (score !== null && score !== undefined) store.confirm(score);
    const line = notice();
    if (line && !store.pending()) { line.textContent = ''; line.hidden = true; }
    const status = doc.getElementById('check-in-status');
    if (status && !store.pending()) status.hidden = false;
  };
}
