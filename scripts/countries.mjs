#!/usr/bin/env node
// Writes the country names the picker shows and searches, from the CLDR names of the npm package
// i18n-iso-countries (its version is pinned in package-lock.json):
//   - each language's names as `country.<CODE>` keys of src/i18n/<lang>/questions.json (the
//     other keys are left as they are), so a language's names come with its texts;
//   - src/i18n/countries.tsv: code, then the other names any language knows (for search),
//     joined by "|"; built in, so a visitor finds "Германия" on an English page.
// `--check` fails if the committed files differ from what the package gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const TABLE = fileURLToPath(new URL('../src/i18n/countries.tsv', import.meta.url));
const texts = (lang) => fileURLToPath(new URL(`../src/i18n/${lang}/questions.json`, import.meta.url));
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

const codes = Object.keys(names.en).sort();
const shown = Object.fromEntries(codes.map((code) =>
  [code, CODES.map((lang) => PREFERRED[lang][code] ?? all(lang, code)[0])]));
const lines = codes.map((code) => {
  const others = [...new Set([...CODES.flatMap((lang) => all(lang, code)), ...(EXTRA[code] ?? [])])]
    .filter((name) => !shown[code].includes(name));
  if ([...shown[code], ...others].some((name) => /[\t\n|]/.test(name))) throw new Error(`bad name for ${code}`);
  return `${code}\t${others.join('|')}`;
});
const outputs = { [TABLE]: `${lines.join('\n')}\n` };
CODES.forEach((lang, column) => {
  const own = Object.entries(JSON.parse(readFileSync(texts(lang), 'utf8')))
    .filter(([key]) => !key.startsWith('country.'));
  const countries = codes.map((code) => [`country.${code}`, shown[code][column]]);
  outputs[texts(lang)] = `${JSON.stringify(Object.fromEntries([...own, ...countries]), null, 2)}\n`;
});

if (process.argv.includes('--check')) {
  const stale = Object.keys(outputs).filter((file) => readFileSync(file, 'utf8') !== outputs[file]);
  if (stale.length) {
    console.error(`out of date: ${stale.join(', ')}: run node scripts/countries.mjs`);
    process.exit(1);
  }
} else {
  for (const [file, text] of Object.entries(outputs)) writeFileSync(file, text);
  console.log(`${lines.length} countries written to src/i18n/countries.tsv and src/i18n/*/questions.json`);
}
