/*
 * <upright-pain-chart data-chart='{"days":[...],"scores":[...],"averages":[...],"sessions":[...],"baseline":{...},"words":{...}}'>
 *
 * A CLASSIC script (no build step) loaded after uPlot's IIFE bundle from its WebJar. Draws daily
 * pain scores (dots, gaps stay gaps), the 7-day average (line), the baseline's MCID band (shaded)
 * and session days (marks in a strip below the 0 line, so they never read as a pain score of 0). Light DOM, so uPlot's stylesheet applies. Resizes
 * with its container (ResizeObserver). The server puts the same numbers in a table next to it.
 * Every word the chart draws comes from the server in the reader's language ("words": series names,
 * month names, the day pattern); the English ones below are only the fallback.
 */
(function () {
  'use strict';

  const LIGHT = { score: '#1d4f91', average: '#b0400b', session: '#2e7d32', band: 'rgba(46, 125, 50, 0.14)',
    axis: '#000', grid: 'rgba(0, 0, 0, 0.07)' };
  /** On Lumo's dark theme (theme="dark" on the page, upright/theme/theme.js) the same hues, light enough to read. */
  const DARK = { score: '#90bdf9', average: '#ffa06b', session: '#5fd38a', band: 'rgba(95, 211, 138, 0.16)',
    axis: '#dce6f2', grid: 'rgba(255, 255, 255, 0.12)' };

  function palette() {
    return (document.documentElement.getAttribute('theme') || '').split(/\s+/).includes('dark') ? DARK : LIGHT;
  }

  /** The y scale runs from below 0 so the session strip has its own row under the pain 0 line. */
  const SESSION_ROW = -0.9;
  const Y_MIN = -1.6;

  /** Turns the server's JSON into uPlot's column arrays (x in seconds, UTC midnight of each day). */
  function toColumns(data) {
    const x = data.days.map((d) => Date.parse(d + 'T00:00:00Z') / 1000);
    const sessionMarks = data.sessions.map((n) => (n > 0 ? SESSION_ROW : null));
    return [x, data.scores, data.averages, sessionMarks];
  }

  function bandHook(baseline, COLORS) {
    return (u) => {
      if (!baseline) return;
      const top = u.valToPos(baseline.high, 'y', true);
      const bottom = u.valToPos(baseline.low, 'y', true);
      u.ctx.save();
      u.ctx.fillStyle = COLORS.band;
      u.ctx.fillRect(u.bbox.left, top, u.bbox.width, bottom - top);
      u.ctx.restore();
    };
  }

  const ENGLISH = {
    day: 'Day', pain: 'Pain', average: '7-day average', session: 'Session', yes: 'yes',
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'], dayLabel: '{d} {m}',
  };

  function wordsOf(data) {
    const w = Object.assign({}, ENGLISH, data.words || {});
    if (!Array.isArray(w.months) || w.months.length !== 12) w.months = ENGLISH.months;
    return w;
  }

  /**
   * The x axis in the app's day format ("4 Nov", as in History and the exports), the year under
   * the first label and wherever it changes; the labels drawn last are kept in data-x-labels.
   */
  function dayLabels(el, words) {
    return (u, splits) => {
      let lastYear = null;
      const labels = splits.map((ts) => {
        const d = new Date(ts * 1000);
        const year = d.getUTCFullYear();
        const day = words.dayLabel.replace('{d}', String(d.getUTCDate())).replace('{m}', words.months[d.getUTCMonth()]);
        const label = day + (year !== lastYear ? '\n' + year : '');
        lastYear = year;
        return label;
      });
      el.setAttribute('data-x-labels', labels.join('|').replace(/\n/g, ' '));
      return labels;
    };
  }

  function options(data, width, el) {
    const COLORS = palette();
    const axis = { stroke: COLORS.axis, grid: { stroke: COLORS.grid }, ticks: { stroke: COLORS.grid } };
    const words = wordsOf(data);
    return {
      width,
      height: Math.round(Math.min(340, Math.max(220, width * 0.6))),
      tzDate: (ts) => window.uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      scales: { x: { time: true }, y: { range: [Y_MIN, 10] } },
      axes: [{ ...axis, values: dayLabels(el, words) },
        { ...axis, splits: () => [0, 2, 4, 6, 8, 10], values: (u, ticks) => ticks.map((t) => String(t)), size: 36 }],
      cursor: { drag: { x: false, y: false } },
      legend: { show: false }, // the server renders a key and a table of the numbers
      series: [
        { label: words.day },
        { label: words.pain, stroke: COLORS.score, width: 1, spanGaps: false,
          points: { show: true, size: 7, fill: COLORS.score, stroke: COLORS.score } },
        { label: words.average, stroke: COLORS.average, width: 2.5, spanGaps: false, points: { show: false } },
        { label: words.session, stroke: COLORS.session, paths: () => null,
          points: { show: true, size: 9, fill: COLORS.session, stroke: COLORS.session },
          value: (u, v) => (v == null ? '' : words.yes) },
      ],
      hooks: { drawClear: [bandHook(data.baseline, COLORS)] },
    };
  }

  class UprightPainChart extends HTMLElement {
    static get observedAttributes() { return ['data-chart']; }

    connectedCallback() {
      if (!this.resizeObserver) {
        this.resizeObserver = new ResizeObserver(() => this.resize());
      }
      this.resizeObserver.observe(this);
      if (!this.themeObserver) {
        // drawn on a canvas: a switch to or from the dark theme draws it again in the other colours
        this.themeObserver = new MutationObserver(() => this.render());
      }
      this.themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
      this.render();
    }

    disconnectedCallback() {
      if (this.resizeObserver) this.resizeObserver.disconnect();
      if (this.themeObserver) this.themeObserver.disconnect();
      this.destroyPlot();
    }

    attributeChangedCallback() {
      if (this.isConnected) this.render();
    }

    destroyPlot() {
      if (this.plot) {
        this.plot.destroy();
        this.plot = null;
      }
    }

    /** uPlot is a separate script; wait for it rather than depend on load order. */
    render(attempt = 0) {
      if (!window.uPlot) {
        if (attempt < 200) setTimeout(() => this.render(attempt + 1), 50);
        return;
      }
      let data;
      try {
        data = JSON.parse(this.getAttribute('data-chart') || 'null');
      } catch (e) {
        data = null;
      }
      this.destroyPlot();
      if (!data || !Array.isArray(data.days)) return;
      const width = Math.max(240, this.clientWidth || 320);
      this.plot = new window.uPlot(options(data, width, this), toColumns(data), this);
      this.plot.root.setAttribute('aria-hidden', 'true');
      this.setAttribute('data-rendered', String(data.days.length));
    }

    resize() {
      if (!this.plot) return;
      const width = Math.max(240, this.clientWidth);
      if (Math.abs(width - this.plot.width) < 2) return;
      this.plot.setSize({ width, height: Math.round(Math.min(340, Math.max(220, width * 0.6))) });
    }
  }

  if (!customElements.get('upright-pain-chart')) {
    customElements.define('upright-pain-chart', UprightPainChart);
  }
})();
