/*
 * Registers Upright's service worker (sw.js at the portal's root, so it covers every page) on each
 * page of the app; the browser keeps one registration and updates it when sw.js changes.
 * Relative to the page's base address, so it works under a context path too.
 */
'use strict';
if ('serviceWorker' in navigator && window.isSecureContext) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(new URL('sw.js', document.baseURI))
      .catch(() => { /* without it the app works the same, only offline page loads show the browser's error */ });
  });
}
