/*
 * The check-in tap that the server has not confirmed yet. A tap is kept in localStorage until the
 * server answers "saved" for that same score, and while the connection is down the card says so
 * instead of showing the last saved value. Vaadin resends the tap itself once it reconnects.
 * Storage is passed in (Node tests use a map); blocked or full storage never breaks the card.
 */

export const PENDING_KEY = 'upright.checkin.pending';
export const OFFLINE_TEXT = 'Not saved yet — will send when you are back online.';

export function pendingStore(storage) {
  const read = () => {
    try {
      const value = JSON.parse(storage.getItem(PENDING_KEY));
      return value && Number.isInteger(value.score) ? value : null;
    } catch { return null; }
  };
  return {
    pending: read,
    /** The newest tap wins: an earlier one never replaces it. */
    keep(score, at) {
      const now = read();
      if (now && now.at > at) return;
      try { storage.setItem(PENDING_KEY, JSON.stringify({ score, at })); } catch { /* no storage: carry on */ }
    },
    /** The server saved this score: forget the tap if it is the one kept (a later tap stays). */
    confirm(score) {
      const now = read();
      if (now && now.score === score) {
        try { storage.removeItem(PENDING_KEY); } catch { /* nothing to do */ }
      }
      return read();
    },
  };
}

/** True when Vaadin cannot reach the server right now. */
export function offline(win) {
  if (win.navigator && win.navigator.onLine === false) return true;
  const state = win.Vaadin && win.Vaadin.connectionState && win.Vaadin.connectionState.state;
  return state === 'reconnecting' || state === 'connection-lost';
}

/** Wires every check-in card on the page (they are found by id, the server sets them). */
export function watchCheckIns(doc, storage, win) {
  const store = pendingStore(storage);
  const notice = () => doc.getElementById('check-in-pending');
  const showOffline = () => {
    const line = notice();
    if (!line || !store.pending()) return;
    line.textContent = OFFLINE_TEXT;
    line.hidden = false;
    const status = doc.getElementById('check-in-status');
    if (status) status.hidden = true; // never a stale "Saved" next to an unsent tap
  };
  doc.addEventListener('click', (e) => {
    const button = e.target.closest && e.target.closest('[id^="check-in-score-"]');
    if (!button) return;
    store.keep(Number(button.id.substring('check-in-score-'.length)), Date.now());
    if (offline(win)) showOffline();
    // the answer normally comes within a moment; if not, the connection is the likely cause
    win.setTimeout(() => { if (store.pending() && offline(win)) showOffline(); }, 1500);
  }, true);
  win.addEventListener('offline', showOffline);
  const connection = win.Vaadin && win.Vaadin.connectionState;
  if (connection && connection.addStateChangeListener) {
    connection.addStateChangeListener(() => { if (offline(win)) showOffline(); });
  }
  /** Called by the server after it saved (or refused) a score. */
  win.uprightCheckInAnswered = (score) => {
    if (score !== null && score !== undefined) store.confirm(score);
    const line = notice();
    if (line && !store.pending()) { line.textContent = ''; line.hidden = true; }
    const status = doc.getElementById('check-in-status');
    if (status && !store.pending()) status.hidden = false;
  };
}
