// What the build's steps share, said once: where the build is, the app's languages
// (src/i18n/languages.txt, which build.rs reads too and a test holds the app's `Lang` to), how a translation file's version is written (build.rs
// writes the same), and how wasm-opt is run (the app's modules and the partners' JS API).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';

/** The staging directory Trunk hands its hooks, or the one given. */
export const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
export const profile = process.env.TRUNK_PROFILE ?? 'release';
export const release = profile === 'release';
export const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';

const I18N = new URL('../../src/i18n/', import.meta.url);

/** The app's languages, in the app's order (English, the fallback, first). */
export const LANGUAGES = readFileSync(new URL('languages.txt', I18N), 'utf8').split(/\s+/).filter(Boolean);

/** The parts each language's texts come in (src/i18n/<lang>/<part>.json). */
export const PARTS = ['start', 'questions', 'result', 'reference'];

/** The translation files the app fetches when it first needs them, as [language, part]: every
 * language's start, questions and result texts, except the English start texts, which the app
 * carries built in (the reference's texts only write its pages). */
export const FETCHED_TEXTS = LANGUAGES.flatMap((lang) => PARTS.filter((part) => part !== 'reference')
  .filter((part) => !(lang === 'en' && part === 'start'))
  .map((part) => [lang, part]));

/** A translation file's source. */
export const catalogFile = (lang, part) => new URL(`${lang}/${part}.json`, I18N);

/** A translation file's texts, by key. */
export const catalog = (lang, part) => JSON.parse(readFileSync(catalogFile(lang, part), 'utf8'));

/** A text made safe inside an element or a quoted attribute of a page the build writes. */
export const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/"/g, '&quot;');

/**
 * A translation file's version, which the app puts in its address (`?v=`): the first 16 hex
 * digits of its SHA-256, as build.rs writes them for the app.
 */
export const catalogVersion = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** The build's stylesheet, `main-<hash>.css`: the name Trunk gave it, which the page and the
 * rules reference pages are written with. */
export function stylesheet() {
  const sheets = readdirSync(dir).filter((f) => /^main-[0-9a-f]+\.css$/.test(f));
  if (sheets.length !== 1) throw new Error(`expected one main-<hash>.css in ${dir}, found ${sheets.length}`);
  return sheets[0];
}

/** The hiring plan's stylesheet: its source, and the name the build gives it,
 * `plan-<version>.css`, with the version of its source as build.rs computes it for the app. */
export const planSheetSource = new URL('../../style/plan.css', import.meta.url);
export const planSheet = () => `plan-${catalogVersion(readFileSync(planSheetSource))}.css`;

/** The rules reference pages' own stylesheet (linked after the app's): its source, and the
 * name the build gives it, `reference-<version>.css`. */
export const referenceSheetSource = new URL('../../style/reference.css', import.meta.url);
export const referenceSheet = () => `reference-${catalogVersion(readFileSync(referenceSheetSource))}.css`;

/** A file's Subresource Integrity value, as Trunk writes it into the page (SHA-384). */
export const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The rules reference page of a language, as `Lang::reference_page` names it. */
export const referencePage = (lang) => (lang === 'en' ? 'rules.html' : `rules.${lang}.html`);

/** wasm-opt for a module that ships: size first, to a fixed point, no debug names unless asked
 * (KZ_WASM_NAMES=1 keeps function names, for profiling). */
export const WASM_OPT = ['-Oz', '--converge',
  ...(process.env.KZ_WASM_NAMES === '1' ? ['-g'] : ['--strip-debug', '--strip-producers']),
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];
