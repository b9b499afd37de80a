/*
 * The timer's clock: elapsed time from timestamps, never from counted ticks, so a throttled or
 * busy tab cannot drift (it only renders late). Pure, unit-tested in Node with a fake now().
 */

export class Clockwork {
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
export function scaledNow(realNow, getScale) {
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
