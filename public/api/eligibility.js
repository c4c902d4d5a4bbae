// The Kazakhstan work-eligibility rules for JavaScript, without any UI: the same engine, the
// same JSON as the `eligibility` command. Everything runs locally; nothing is sent anywhere.
//
//   import { load, questions, evaluate, plan } from 'https://APP/api/eligibility.js';
//   await load();
//   const catalogue = questions('ru');
//   const report = evaluate({ role: 'worker', citizenship: 'KG', residence_permit: 'none',
//                             eaeu_days_in_180: '12' }, '2026-11-25');
//   report.outcome.primary.route; // "eaeu_citizen"
import init, * as rules from './rules.js';

let ready = null;

/**
 * Loads the WebAssembly module once. In a browser it is fetched next to this file; elsewhere
 * (Node) pass its bytes: `await load(readFileSync('.../api/rules_bg.wasm'))`.
 */
export function load(wasm) {
  ready ??= init(wasm === undefined ? undefined : { module_or_path: wasm });
  return ready;
}

function loaded() {
  if (ready === null) throw new Error('call and await load() first');
}

/** Today's date in Kazakhstan (UTC+5), as YYYY-MM-DD. */
export function todayInKazakhstan(now = new Date()) {
  return new Date(now.getTime() + 5 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The question catalogue: ids, kinds, options and their texts in `lang` (en, ru or kk). */
export function questions(lang = 'en') {
  loaded();
  return JSON.parse(rules.questions(lang));
}

/**
 * Evaluates `answers` (question id -> value, as in docs/answers.md) as of `asOf` (YYYY-MM-DD,
 * default today in Kazakhstan): the next question to ask, or the outcome with its reasons,
 * sources, obligations, documents and texts in `lang`. Throws an Error on malformed input.
 */
export function evaluate(answers, asOf = todayInKazakhstan(), lang = 'en') {
  loaded();
  return JSON.parse(rules.evaluate(JSON.stringify({ answers, as_of: asOf }), asOf, lang));
}

/**
 * An employer's hiring plan: `company` (its answers with the ids of docs/answers.md, and its
 * staff per category group as kazakh_staff_1_2, kazakh_staff_3_4, foreign_staff_1_2, ...) and
 * `hires` (each with `start` as YYYY-MM, an optional `label`, and its answers: citizenship,
 * position, permit_request, ...), assessed in order as of `asOf`: each hire's route and share
 * after it, the first breach of the local-content ratio and its fix, the quota request, the
 * known fees and one timeline. Throws an Error on input that is not a plan.
 */
export function plan(company, hires, asOf = todayInKazakhstan(), lang = 'en') {
  loaded();
  return JSON.parse(rules.plan(JSON.stringify({ company, hires, as_of: asOf }), asOf, lang));
}

/** The version of the rules this module carries, for example "2026.11.1". */
export function rulesVersion() {
  loaded();
  return rules.rulesVersion();
}
