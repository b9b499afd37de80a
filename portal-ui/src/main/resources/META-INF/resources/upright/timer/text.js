/*
 * The timer's words. None is written here: the page hands the element its language's words from
 * the portal-member bundle (keys timer.js.*, the attribute words-json, built by UprightTimer.java)
 * and the UI's language (lang), which speech uses too. t('key', a, b) fills {0}, {1} in order.
 */
let words = {};
let language = 'en';

/** The words and language tag of the page (e.g. 'de'); a missing key reads as itself. */
export function setWords(given, lang) {
  words = given && typeof given === 'object' ? { ...given } : {};
  if (typeof lang === 'string' && lang) language = lang;
}

export function t(key, ...args) {
  const text = typeof words[key] === 'string' ? words[key] : key;
  return text.replace(/\{(\d+)\}/g, (m, i) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

/** The BCP 47 tag of the words, for speech (SpeechSynthesisUtterance.lang) and the element's lang. */
export function lang() {
  return language;
}
