/*
 * Entry point of the check-in card's kept taps and offline feedback, loaded by CheckInCard.java with
 * @JavaScript: a classic script that imports the ES modules next to it (no bundler). The kept input
 * comes first, so a tap sent again carries the restored note, and another user's tap is gone first.
 */
(() => {
  const here = document.currentScript && document.currentScript.src;
  const base = here || document.baseURI + 'upright/progress/';
  Promise.all([import(new URL('../kept/kept-input.js', base).href), import(new URL('./check-in-pending.js', base).href)])
    .then(([kept, pending]) => {
      kept.keptInputs(document, window.localStorage, window);
      pending.watchCheckIns(document, window.localStorage, window);
    })
    .catch((e) => console.error('The check-in offline notice could not be loaded', e));
})();
