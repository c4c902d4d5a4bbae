// The app's translation files, so tests in Russian and Kazakh find controls by the same keys
// the app renders, and can check that no English text leaks into a page in another language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const I18N = resolve(import.meta.dirname, '../../../src/i18n');
// Each language's parts (the start page, the questions, the result page, the rules reference) as
// one table.
const catalogs = Object.fromEntries(['en', 'ru', 'kk'].map((lang) => [lang, Object.assign({},
  ...['start', 'questions', 'result', 'reference'].map((part) =>
    JSON.parse(readFileSync(resolve(I18N, lang, `${part}.json`), 'utf8'))))]));

/** The text of `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang, key, values = {}) {
  const text = catalogs[lang][key];
  if (text === undefined) throw new Error(`no text ${key} in ${lang}`);
  return text.replace(/\{(\w+)\}/g, (whole, name) => values[name] ?? whole);
}

/**
 * The text of `key` as `reader` ('worker' or 'employer') reads it: the worker is spoken to as
 * "you" where the catalogue has a `<key>.you` wording, as the app's `Lang::text_for` does.
 */
export function tFor(lang, key, reader, values = {}) {
  const you = reader === 'worker' && catalogs[lang][`${key}.you`] !== undefined;
  return t(lang, you ? `${key}.you` : key, values);
}

/** A country's name in `lang`, as the picker shows it. */
export const country = (lang, code) => t(lang, `country.${code}`);

/**
 * The English texts of the app that a page in `lang` must not show: every English text (cut at
 * its placeholders) whose translation differs, in pieces long enough not to be a name or code.
 */
export function englishTexts(lang) {
  const pieces = new Set();
  for (const [key, english] of Object.entries(catalogs.en)) {
    if (catalogs[lang][key] === english) continue;
    for (const piece of english.split(/\{\w+\}/)) {
      const trimmed = piece.trim().replace(/^[.,:;–-]+|[.,:;–-]+$/g, '').trim();
      if (trimmed.length >= 12) pieces.add(trimmed);
    }
  }
  return [...pieces];
}
