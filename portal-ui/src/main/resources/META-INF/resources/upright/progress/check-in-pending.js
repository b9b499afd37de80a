/*
 * The check-in tap that the server has not confirmed yet. A tap is kept in localStorage until the
 * server answers "saved" for that same score, and while the connection is down the card says so
 * instead of showing the last saved value. Vaadin resends the tap itself once it reconnects; a tap
 * the server received but could not save (no database), or one left behind by a closed page, is
 * sent again by this script when the page is idle (resendPending on the card, with the day and the
 * saved rating it was tapped over, so the server never lets it overwrite a later check-in), first
 * after RESEND_AFTER_MS and then less and less often while it keeps failing.
 * Storage is passed in (Node tests use a map); blocked or full storage never breaks the card.
 */

export const PENDING_KEY = 'upright.checkin.pending';
export const OFFLINE_TEXT = 'Not saved yet — will send when you are back online.';
export const RESEND_AFTER_MS = 5000;
export const RESEND_MAX_MS = 60000;

export function pendingStore(storage) {
  const read = () => {
    try {
      const value = JSON.parse(storage.getItem(PENDING_KEY));
      return value && Number.isInteger(value.score) ? value : null;
    } catch { return null; }
  };
  return {
    pending: read,
    /**
     * The newest tap wins: an earlier one never replaces it. day and basis (the card's data-day and
     * data-basis: the saved rating the tap was made over) go with it when the card has them.
     */
    keep(score, at, day, basis) {
      const now = read();
      if (now && now.at > at) return;
      const entry = { score, at };
      if (day) entry.day = day;
      if (basis) entry.basis = basis;
      try { storage.setItem(PENDING_KEY, JSON.stringify(entry)); } catch { /* no storage: carry on */ }
    },
    /** The server will not store the kept tap (a later check-in was saved, or its day is over). */
    drop() {
      try { storage.removeItem(PENDING_KEY); } catch { /* nothing to do */ }
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

/**
 * When to send the kept tap again: not before RESEND_AFTER_MS after the tap (its own request may be
 * on its way) or after the last try, doubling the wait after each try that did not save it, up to
 * RESEND_MAX_MS; never while a request of the page is in flight or the connection is down.
 */
export function resendDue(pending, now, lastTry, wait, win) {
  if (!pending || offline(win)) return false;
  const state = win.Vaadin && win.Vaadin.connectionState && win.Vaadin.connectionState.state;
  if (state && state !== 'connected') return false;
  return now - pending.at >= RESEND_AFTER_MS && now - lastTry >= wait;
}

/** Wires every check-in card on the page (they are found by id, the server sets them). */
export function watchCheckIns(doc, storage, win) {
  const store = pendingStore(storage);
  const notice = () => doc.getElementById('check-in-pending');
  const showOffline = () => {
    const line = notice();
    if (!line || !store.pending()) return;
    line.textContent = line.getAttribute('data-offline-text') || OFFLINE_TEXT; // the server's words, in the reader's language
    line.hidden = false;
    const status = doc.getElementById('check-in-status');
    if (status) status.hidden = true; // never a stale "Saved" next to an unsent tap
  };
  doc.addEventListener('click', (e) => {
    const button = e.target.closest && e.target.closest('[id^="check-in-score-"]');
    if (!button) return;
    const card = doc.getElementById('check-in');
    const data = (card && card.dataset) || {};
    store.keep(Number(button.id.substring('check-in-score-'.length)), Date.now(), data.day, data.basis);
    if (offline(win)) showOffline();
    // the answer normally comes within a moment; if not, the connection is the likely cause
    win.setTimeout(() => { if (store.pending() && offline(win)) showOffline(); }, 1500);
  }, true);
  win.addEventListener('offline', showOffline);
  const connection = win.Vaadin && win.Vaadin.connectionState;
  if (connection && connection.addStateChangeListener) {
    connection.addStateChangeListener(() => { if (offline(win)) showOffline(); });
  }
  let lastTry = 0;
  let wait = RESEND_AFTER_MS;
  win.setInterval(() => {
    const card = doc.getElementById('check-in');
    const pending = store.pending();
    const now = Date.now();
    if (!card || !card.$server || !resendDue(pending, now, lastTry, wait, win)) return;
    if (lastTry) wait = Math.min(wait * 2, RESEND_MAX_MS);
    lastTry = now;
    card.$server.resendPending(pending.score, pending.day || '', pending.basis || '');
  }, 1000);
  /** Called by the server after it saved (or refused) a score; drop: forget the kept tap. */
  win.uprightCheckInAnswered = (score, drop) => {
    if (drop) store.drop();
    if (score !== null && score !== undefined) store.confirm(score);
    if (!store.pending()) { lastTry = 0; wait = RESEND_AFTER_MS; }
    const line = notice();
    if (line && !store.pending()) { line.textContent = ''; line.hidden = true; }
    const status = doc.getElementById('check-in-status');
    if (status && !store.pending()) status.hidden = false;
  };
}
