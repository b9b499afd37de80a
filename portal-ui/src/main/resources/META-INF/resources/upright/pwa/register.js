/*
 * Registers Upright's service worker (upright-sw.js at the portal's root, so it covers every page) on each
 * page of the app; the browser keeps one registration and updates it when the file changes.
 * (Not sw.js: Vaadin's pre-built bundle has a file of that name, for its own @PWA, which is off.)
 * Relative to the page's base address, so it works under a context path too.
 */
'use strict';
if ('serviceWorker' in navigator && window.isSecureContext) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(new URL('upright-sw.js', document.baseURI))
      .catch(() => { /* without it the app works the same, only offline page loads show the browser's error */ });
  });
}

// Chromium's offer to install the app comes once per page, often before the Today card exists:
// keep it for InstallAppCard (pwa/install.js), which shows its own button instead of the browser's bar.
window.addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault();
  window.__uprightInstall = event;
  document.dispatchEvent(new CustomEvent('upright-installable'));
});
window.addEventListener('appinstalled', () => {
  window.__uprightInstall = null;
  document.dispatchEvent(new CustomEvent('upright-installed'));
});
