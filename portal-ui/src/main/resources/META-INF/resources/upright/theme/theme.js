/*
 * Light or dark: Lumo's dark theme is theme="dark" on <html>. The person's choice on the profile
 * ("light" or "dark", kept in this browser's localStorage) wins; without one the page follows the
 * device's setting (prefers-color-scheme) and changes with it. A classic script in the page's head
 * (the app shell), so the first paint is already in the right theme; the profile's switch calls
 * window.uprightTheme.choose(). Other open tabs follow through the storage event.
 */
(function () {
  'use strict';

  var KEY = 'upright.theme';
  var media = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  /** "light", "dark" or "device" (no choice stored, or storage not available). */
  function choice() {
    try {
      var stored = window.localStorage.getItem(KEY);
      return stored === 'light' || stored === 'dark' ? stored : 'device';
    } catch (e) {
      return 'device';
    }
  }

  function apply() {
    var chosen = choice();
    var dark = chosen === 'dark' || (chosen === 'device' && !!media && media.matches);
    var root = document.documentElement;
    var tokens = (root.getAttribute('theme') || '').split(/\s+/).filter(function (t) { return t && t !== 'dark'; });
    if (dark) tokens.push('dark');
    if (tokens.length) root.setAttribute('theme', tokens.join(' '));
    else root.removeAttribute('theme');
  }

  function choose(value) {
    try {
      if (value === 'light' || value === 'dark') window.localStorage.setItem(KEY, value);
      else window.localStorage.removeItem(KEY);
    } catch (e) { /* private mode without storage: this page still switches */ }
    apply();
    return choice();
  }

  apply();
  if (media) {
    if (media.addEventListener) media.addEventListener('change', apply);
    else if (media.addListener) media.addListener(apply);
  }
  window.addEventListener('storage', function (e) { if (e.key === KEY || e.key === null) apply(); });
  window.uprightTheme = { choice: choice, choose: choose, dark: function () { return /(^|\s)dark(\s|$)/.test(document.documentElement.getAttribute('theme') || ''); } };
})();
