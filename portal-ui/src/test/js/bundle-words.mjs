// The timer's words as the page hands them over (UprightTimer.setWords): the timer.js.* texts of the
// portal-member bundle, without the prefix, MessageFormat's '' read as one apostrophe. For the tests.
import { readFileSync } from 'node:fs';

const BUNDLE = new URL('../../main/resources/i18n/', import.meta.url);
const PREFIX = 'timer.js.';

export function bundleWords(language) {
  const file = new URL(language === 'en' ? 'portal-member.properties' : `portal-member_${language}.properties`, BUNDLE);
  const words = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i].trimStart();
    const at = line.indexOf('=');
    if (line.startsWith('#') || at < 0) continue;
    const key = line.slice(0, at).trim();
    if (key.startsWith(PREFIX)) words[key.slice(PREFIX.length)] = line.slice(at + 1).trimStart().replaceAll("''", "'");
  }
  return words;
}
