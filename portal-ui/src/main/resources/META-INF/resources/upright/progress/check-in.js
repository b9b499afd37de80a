/*
 * Entry point of the check-in card's offline feedback, loaded by CheckInCard.java with
 * @JavaScript: a classic script that imports the ES module next to it (no bundler).
 */
(() => {
  const here = document.currentScript && document.currentScript.src;
  import(new URL('./check-in-pending.js', here || document.baseURI + 'upright/progress/').href)
    .then((m) => m.watchCheckIns(document, window.localStorage, window))
    .catch((e) => console.error('The check-in offline notice could not be loaded', e));
})();
