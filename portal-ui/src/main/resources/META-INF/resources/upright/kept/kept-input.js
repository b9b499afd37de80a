/*
 * Text a signed-in user typed that the server has not saved yet, kept in localStorage so that a
 * reload, an expired session (sign in, come back) or a lost connection does not lose it. A field
 * takes part when the server marks it with data-upright-keep="name" (KeptInput.java); the key is
 * user + page path + name. An entry is restored only when the field still shows what it showed when
 * the typing began (its base): if the server holds a different text now, that later text wins.
 * The server confirms a save with uprightKept.forget(names); then the entries go.
 * On a shared phone nothing of one user is left for the next: signing in as someone else drops the
 * other user's entries (and their unsent check-in tap and timer results), signing out drops one's own
 * kept text. Storage is passed in (Node tests use a map); blocked or full storage never breaks a page.
 */

import { PENDING_KEY } from '../progress/check-in-pending.js';
import { OUTBOX_KEY } from '../timer/outbox.js';

export const PREFIX = 'upright.kept.';
export const OWNER_KEY = 'upright.device.user';
export const MAX_AGE_MS = 30 * 24 * 3600 * 1000;
export const RESTORED_TEXT = 'Restored from this device: not saved yet.';

export function keyOf(user, path, name) {
  return `${PREFIX}${user}|${path}|${name}`;
}

function userOfKey(key) {
  return key.substring(PREFIX.length).split('|')[0];
}

export function keptStore(storage, now = () => Date.now()) {
  const keys = () => {
    const all = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k && k.startsWith(PREFIX)) all.push(k);
      }
    } catch { /* no storage */ }
    return all;
  };
  const remove = (key) => { try { storage.removeItem(key); } catch { /* nothing to do */ } };
  const read = (key) => {
    try {
      const entry = JSON.parse(storage.getItem(key));
      return entry && typeof entry.value === 'string' && typeof entry.base === 'string' ? entry : null;
    } catch { return null; }
  };
  return {
    read,
    remove,
    keys,
    write(key, value, base) {
      if (value === base) { remove(key); return; } // back to what the server has: nothing to keep
      try { storage.setItem(key, JSON.stringify({ value, base, at: now() })); } catch { /* carry on */ }
    },
    /** What to do with a kept entry for a field that shows {@code shown}. */
    decide(entry, shown) {
      if (!entry) return 'none';
      if (entry.value === shown || entry.base !== shown || now() - entry.at > MAX_AGE_MS) return 'drop';
      return 'restore';
    },
    /** This user is signed in here: forget every other user's entries, and entries too old to matter. */
    signedIn(user) {
      for (const k of keys()) {
        const entry = read(k);
        if (userOfKey(k) !== user || !entry || now() - entry.at > MAX_AGE_MS) remove(k);
      }
      let owner = null;
      try { owner = storage.getItem(OWNER_KEY); } catch { /* no storage */ }
      if (owner !== user) {
        // another person's unsent tap or timer result must not be sent as this user's (a device
        // that has no owner yet is this user's: their own unsent results stay)
        if (owner !== null) {
          remove(PENDING_KEY);
          remove(OUTBOX_KEY);
        }
        try { storage.setItem(OWNER_KEY, user); } catch { /* carry on */ }
      }
    },
    /** Signing out on purpose: nothing typed stays for whoever holds the phone next. */
    signedOut() {
      for (const k of keys()) remove(k);
      remove(PENDING_KEY);
    },
  };
}

/**
 * Wires every kept field of the page, once per window (the layout's script and the check-in
 * card's both call it; the second gets the same instance).
 */
export function keptInputs(doc, storage, win) {
  if (win.uprightKept) return win.uprightKept;
  const store = keptStore(storage);
  const fields = new WeakMap(); // element -> { base, lastKey, helper }
  const tracked = new Set(); // the attached elements, until a forget finds them gone
  let user = null;

  const currentUser = () => {
    const holder = doc.querySelector('[data-upright-user]');
    return holder ? holder.getAttribute('data-upright-user') : null;
  };
  const keyFor = (el) => keyOf(user, win.location.pathname, el.getAttribute('data-upright-keep'));
  const shown = (el) => (el.value == null ? '' : String(el.value));

  const markRestored = (el, state) => {
    el.setAttribute('data-kept-restored', '');
    state.helper = el.helperText;
    // the server's words in the reader's language (KeptInput.java), English if it sent none
    const restored = el.getAttribute('data-upright-kept-text') || RESTORED_TEXT;
    el.helperText = state.helper ? `${restored} ${state.helper}` : restored;
  };
  const unmark = (el, state) => {
    if (!el.hasAttribute('data-kept-restored')) return;
    el.removeAttribute('data-kept-restored');
    el.helperText = state.helper || '';
  };

  const attach = (el) => {
    if (fields.has(el) || !user) return;
    const state = { base: shown(el), lastKey: keyFor(el), helper: null };
    fields.set(el, state);
    tracked.add(el);
    const entry = store.read(state.lastKey);
    const decision = store.decide(entry, state.base);
    if (decision === 'drop') store.remove(state.lastKey);
    if (decision === 'restore') {
      el.value = entry.value;
      // the server learns the text as if typed: Flow syncs "value" on input for fields that send
      // while typing (eager, lazy, timeout) and on change for the others (this field's own
      // listener below is not there yet)
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      markRestored(el, state);
    }
    el.addEventListener('input', () => {
      const key = keyFor(el);
      if (key !== state.lastKey) store.remove(state.lastKey);
      state.lastKey = key;
      store.write(key, shown(el), state.base);
    });
  };

  const scan = (root) => {
    const now = currentUser();
    if (now && now !== user) {
      user = now;
      store.signedIn(user);
    }
    if (!user) return;
    if (root.matches && root.matches('[data-upright-keep]')) attach(root);
    if (root.querySelectorAll) root.querySelectorAll('[data-upright-keep]').forEach(attach);
  };

  const api = {
    /** Attaches (and restores) the kept fields inside root now, e.g. before resending a check-in. */
    restoreWithin(root) { scan(root); },
    /** Whether this field is kept from now on (typing before the page's script ran is not). */
    watching(el) { return fields.has(el); },
    /**
     * The server saved (or replaced) what the fields of these names show, "\n"-separated: forget
     * their kept text. Also for fields the same answer just took off the page (a save that opens
     * the saved item's own address), and under the page's new address.
     */
    forget(names) {
      const wanted = new Set(String(names || '').split('\n').filter(Boolean));
      for (const el of [...tracked]) {
        const state = fields.get(el);
        if (state && wanted.has(el.getAttribute('data-upright-keep'))) {
          store.remove(state.lastKey);
          if (user) store.remove(keyFor(el));
          state.base = shown(el);
          unmark(el, state);
        }
        if (!el.isConnected) tracked.delete(el);
      }
      if (user) for (const name of wanted) store.remove(keyOf(user, win.location.pathname, name));
    },
  };
  win.uprightKept = api;

  doc.addEventListener('click', (e) => {
    if (e.target.closest && e.target.closest('#sign-out')) store.signedOut();
  }, true);
  // Flow sets a new element's value before or right after inserting it: look once it has settled
  let queued = false;
  const observer = new win.MutationObserver(() => {
    if (queued) return;
    queued = true;
    win.setTimeout(() => { queued = false; scan(doc); }, 0);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true,
    attributeFilter: ['data-upright-keep', 'data-upright-user'] });
  scan(doc);
  return api;
}
