#!/usr/bin/env node
// Writes src/i18n/countries.tsv, the country names the picker shows and searches, from the CLDR
// names of the npm package i18n-iso-countries (its version is pinned in package-lock.json).
// Each line: code, English, Russian, Kazakh, then other names any language knows (for search),
// joined by "|". `--check` fails if the committed table differs from what the package gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const TABLE = fileURLToPath(new URL('../src/i18n/countries.tsv', import.meta.url));
const CODES = ['en', 'ru', 'kk'];

// The name a visitor expects first where CLDR's first choice is a long official form or, in
// Russian, differs from the usage of Kazakh official texts. CLDR's own names stay searchable.
const PREFERRED = {
  en: {
    CD: 'Congo (Democratic Republic)', CG: 'Congo (Republic)', CI: "Côte d'Ivoire", CN: 'China',
    CZ: 'Czechia', FM: 'Micronesia', GM: 'Gambia', IR: 'Iran', LA: 'Laos', MD: 'Moldova',
    MK: 'North Macedonia', PS: 'Palestine', RU: 'Russia', SY: 'Syria', TW: 'Taiwan',
    TZ: 'Tanzania', AE: 'UAE', US: 'United States', VA: 'Vatican City',
  },
  ru: { CN: 'Китай', KG: 'Кыргызстан', KP: 'КНДР', RU: 'Россия' },
  kk: {},
};

// Full names CLDR lacks, so that a visitor who types them still finds the country.
const EXTRA = {
  US: ['Соединённые Штаты Америки'], AE: ['Объединённые Арабские Эмираты'],
  GB: ['Соединённое Королевство'],
};

const names = Object.fromEntries(CODES.map((lang) =>
  [lang, require(`i18n-iso-countries/langs/${lang}.json`).countries]));
const all = (lang, code) => [names[lang][code]].flat();

const lines = Object.keys(names.en).sort().map((code) => {
  const shown = CODES.map((lang) => PREFERRED[lang][code] ?? all(lang, code)[0]);
  const others = [...new Set([...CODES.flatMap((lang) => all(lang, code)), ...(EXTRA[code] ?? [])])]
    .filter((name) => !shown.includes(name));
  const cells = [code, ...shown, others.join('|')];
  if (cells.some((cell) => /[\t\n]/.test(cell))) throw new Error(`bad name for ${code}`);
  return cells.join('\t');
});
const table = `${lines.join('\n')}\n`;

if (process.argv.includes('--check')) {
  if (readFileSync(TABLE, 'utf8') !== table) {
    console.error('src/i18n/countries.tsv is out of date: run node scripts/countries.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(TABLE, table);
  console.log(`${lines.length} countries written to src/i18n/countries.tsv`);
}
