/*
 * What the timer keeps on the device: the outbox of results not yet confirmed by the server, and
 * the cue preferences. localStorage may be blocked (private mode) or full: that must never break
 * the timer, so every access falls back quietly. The storage is passed in, so Node tests use a map.
 */

export const OUTBOX_KEY = 'upright.timer.outbox';
export const PREFS_KEY = 'upright.timer.prefs';

export function deviceStore(storage) {
  const readJson = (key, fallback) => {
    try { return JSON.parse(storage.getItem(key)) ?? fallback; } catch { return fallback; }
  };
  const writeJson = (key, value) => {
    try { storage.setItem(key, JSON.stringify(value)); } catch { /* carry on without storage */ }
  };
  const read = () => {
    const list = readJson(OUTBOX_KEY, []);
    return Array.isArray(list) ? list.filter((e) => e && typeof e.clientSessionId === 'string') : [];
  };
  return {
    /** Every result kept on this device, oldest first. */
    outbox: read,
    /** Keeps the newest version of a result: replaces the entry with the same clientSessionId, in place. */
    put(result) {
      const list = read();
      const i = list.findIndex((e) => e.clientSessionId === result.clientSessionId);
      if (i >= 0) list[i] = result; else list.push(result);
      writeJson(OUTBOX_KEY, list);
    },
    remove(id) {
      const list = read();
      if (list.some((e) => e.clientSessionId === id)) writeJson(OUTBOX_KEY, list.filter((e) => e.clientSessionId !== id));
    },
    loadPrefs() {
      const saved = readJson(PREFS_KEY, {});
      const prefs = { sound: true, voice: false, vibrate: true };
      for (const k of Object.keys(prefs)) if (typeof saved?.[k] === 'boolean') prefs[k] = saved[k];
      return prefs;
    },
    savePrefs(prefs) { writeJson(PREFS_KEY, prefs); },
  };
}

/** randomUUID needs a secure context; fall back to random hex in UUID v4 layout. */
export function newSessionId(c = globalThis.crypto) {
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const b = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
