// <upright-step-figures>: the pictures of a routine's steps next to the guided timer, showing the
// step the timer is on. Its children are <figure data-step="i"> elements rendered by the server.
//
// Which step: a `timer-step` event ({ detail: { stepIndex } }) from the timer, when it sends one;
// until then the "Step N of M" line in the timer's (open) shadow root, in whatever language the
// timer speaks ("Schritt 2 von 4"): its first number. Without either it stays on the first step.
// Plain ES module, no dependencies.
const STEP_LINE = /(\d+)\D+\d+/;

class UprightStepFigures extends HTMLElement {
  connectedCallback() {
    this._onStep = (e) => this.show(Number(e.detail?.stepIndex));
    document.addEventListener('timer-step', this._onStep);
    this._sawEvent = false;
    this._watchTimer();
    this.show(Number(this.getAttribute('step') || 0));
  }

  disconnectedCallback() {
    document.removeEventListener('timer-step', this._onStep);
    this._observer?.disconnect();
    clearTimeout(this._retry);
  }

  /** Shows the figure of step `index` (0-based); out-of-range indexes are ignored. */
  show(index) {
    const figures = [...this.querySelectorAll(':scope > figure[data-step]')];
    if (!Number.isInteger(index) || index < 0 || index >= figures.length) return;
    if (this._current === index) return;
    this._current = index;
    this.setAttribute('step', String(index));
    figures.forEach((f) => { f.hidden = Number(f.dataset.step) !== index; });
  }

  _watchTimer() {
    const timer = document.querySelector(this.getAttribute('for') ? `#${CSS.escape(this.getAttribute('for'))}` : 'upright-timer');
    const root = timer?.shadowRoot;
    if (!root) {
      // the timer defines itself asynchronously; look again shortly
      this._retry = setTimeout(() => this.isConnected && this._watchTimer(), 250);
      return;
    }
    const read = () => {
      const line = root.querySelector('.step-count');
      const m = line && STEP_LINE.exec(line.textContent || '');
      if (m) this.show(Number(m[1]) - 1);
    };
    this._observer = new MutationObserver(read);
    this._observer.observe(root, { subtree: true, childList: true, characterData: true });
    read();
  }
}

if (!customElements.get('upright-step-figures')) customElements.define('upright-step-figures', UprightStepFigures);
