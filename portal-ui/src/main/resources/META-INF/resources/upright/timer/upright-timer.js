/*
 * Entry point of the guided stretch timer, loaded by UprightTimer.java with
 * @JavaScript("context://upright/timer/upright-timer.js"). Vaadin adds @JavaScript files as classic
 * scripts, so this one only imports the timer's ES modules (timer-element.js and what it imports),
 * resolved next to this file wherever the application is served: no bundler, no build step.
 */
(() => {
  const here = document.currentScript && document.currentScript.src;
  import(new URL('./timer-element.js', here || document.baseURI + 'upright/timer/').href)
    .catch((e) => console.error('The stretch timer could not be loaded', e));
})();
