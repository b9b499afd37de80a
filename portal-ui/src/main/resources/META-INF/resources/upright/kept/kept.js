/*
 * Entry point of the kept input (kept-input.js), loaded on every signed-in page by MainLayout.java
 * with @JavaScript: a classic script that imports the ES module next to it (no bundler).
 */
(() => {
  const here = document.currentScript && document.currentScript.src;
  import(new URL('./kept-input.js', here || document.baseURI + 'upright/kept/').href)
    .then((m) => m.keptInputs(document, window.localStorage, window))
    .catch((e) => console.error('Keeping unsent input could not be loaded', e));
})();
