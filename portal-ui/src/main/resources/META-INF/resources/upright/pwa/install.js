/*
 * The "Put Upright on your home screen" card (InstallAppCard): shown when Chromium has offered to
 * install the app (the beforeinstallprompt event, kept by register.js as window.__uprightInstall), or
 * on iOS Safari, which has no such event, with its Add to Home Screen steps; never inside the
 * installed app, and not again once dismissed on this device.
 */
'use strict';
(() => {
  const DISMISSED = 'upright-install-dismissed';

  function installed() {
    return matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;
  }

  function iosSafari() {
    return /iPhone|iPad|iPod/.test(navigator.userAgent) && 'standalone' in navigator;
  }

  function watch(card) {
    if (installed() || localStorage.getItem(DISMISSED) === '1') {
      return;
    }
    const show = (mode) => {
      card.dataset.mode = mode;
      card.hidden = false;
    };
    const hide = () => {
      card.hidden = true;
    };
    if (window.__uprightInstall) {
      show('prompt');
    } else if (iosSafari()) {
      show('ios');
    }
    document.addEventListener('upright-installable', () => show('prompt'));
    document.addEventListener('upright-installed', hide);
    card.querySelector('.install-button').addEventListener('click', async () => {
      const offer = window.__uprightInstall;
      if (!offer) {
        return;
      }
      window.__uprightInstall = null;
      offer.prompt();
      await offer.userChoice;
      hide();
    });
    card.querySelector('.install-dismiss').addEventListener('click', () => {
      localStorage.setItem(DISMISSED, '1');
      hide();
    });
  }

  window.UprightInstall = { watch };
})();
