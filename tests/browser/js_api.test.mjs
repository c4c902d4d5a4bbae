// The partners' JS API (dist/api/) gives the same JSON as the native `eligibility` command for
// the same answers, in each language, and throws a clear error on malformed input.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const API = resolve(ROOT, 'dist/api');
const CLI = resolve(ROOT, 'target/debug/eligibility');
const AS_OF = '2026-11-25';

let api;
before(async () => {
  api = await import(resolve(API, 'eligibility.js'));
  await api.load(readFileSync(resolve(API, 'rules_bg.wasm')));
});

/** What the native command prints for `args`, with `input` on its standard input, as JSON. */
const native = (args, input = '') =>
  JSON.parse(execFileSync(CLI, args, { input, encoding: 'utf8' }));

const SCENARIOS = {
  'EAEU citizen': { role: 'worker', citizenship: 'KG', residence_permit: 'none', eaeu_purpose: 'employment', eaeu_days_in_180: '12' },
  'category-3 specialist': {
    role: 'employer', citizenship: 'US', residence_permit: 'none', special_status: 'no_special_status',
    purpose: 'employment', position: 'specialist', employer_type: 'kazakh_company',
    permit_request: 'new_permit', employer_headcount: '120', kazakh_staff: '95', foreign_staff: '4',
    vacancy_posted: 'yes',
  },
  'permanent resident': { role: 'worker', citizenship: 'IN', residence_permit: 'permanent' },
  'not finished: the next question': { role: 'worker', citizenship: 'DE' },
  'unknown answers are ignored': { role: 'worker', citizenship: 'RU', residence_permit: 'none', eaeu_purpose: 'employment', eaeu_days_in_180: '400', colour: 'blue' },
};

for (const [name, answers] of Object.entries(SCENARIOS)) {
  for (const lang of ['en', 'ru', 'kk']) {
    test(`evaluate: ${name} (${lang}) is the command's JSON`, () => {
      const fromApi = api.evaluate(answers, AS_OF, lang);
      const fromCli = native(['evaluate', '--lang', lang], JSON.stringify({ answers, as_of: AS_OF }));
      assert.deepEqual(fromApi, fromCli);
      assert.equal(fromApi.as_of, AS_OF);
    });
  }
}

test('the results are what the rules say', () => {
  assert.equal(api.evaluate(SCENARIOS['EAEU citizen'], AS_OF).outcome.primary.route, 'eaeu_citizen');
  assert.equal(api.evaluate(SCENARIOS['category-3 specialist'], AS_OF).outcome.primary.route, 'employer_work_permit');
  assert.equal(api.evaluate(SCENARIOS['not finished: the next question'], AS_OF).status, 'needs_answer');
  assert.ok(api.evaluate(SCENARIOS['unknown answers are ignored'], AS_OF).ignored.length >= 1);
});

test('questions() is the command\'s catalogue in each language', () => {
  for (const lang of ['en', 'ru', 'kk']) {
    assert.deepEqual(api.questions(lang), native(['questions', '--lang', lang]));
  }
  assert.equal(api.rulesVersion(), native(['evaluate'], `{"as_of": "${AS_OF}"}`).rules_version);
});

test('malformed input throws a clear error, never a crash', () => {
  assert.throws(() => api.evaluate(['KG'], AS_OF), /"answers" must be an object/);
  assert.throws(() => api.evaluate({}, '25.11.2026'), /asOf must be YYYY-MM-DD/);
  assert.throws(() => api.evaluate({}, AS_OF, 'de'), /lang must be en, ru or kk/);
  // The module still works after an error.
  assert.equal(api.evaluate(SCENARIOS['EAEU citizen'], AS_OF).status, 'complete');
});

test('plan(company, hires) is the command\'s JSON for the same plan, and names the first breach', () => {
  const company = { employer_type: 'kazakh_company', employer_headcount: 300, kazakh_staff_3_4: 18, foreign_staff_3_4: 1 };
  const hires = [
    { label: 'Welder 1', start: '2027-03', citizenship: 'UZ', position: 'skilled_worker', permit_request: 'new_permit' },
    { label: 'Welder 2', start: '2027-03', citizenship: 'UZ', position: 'skilled_worker', permit_request: 'new_permit' },
  ];
  for (const lang of ['en', 'ru', 'kk']) {
    const fromApi = api.plan(company, hires, AS_OF, lang);
    const fromCli = native(['plan', '--lang', lang], JSON.stringify({ company, hires, as_of: AS_OF }));
    assert.deepEqual(fromApi, fromCli);
  }
  const report = api.plan(company, hires, AS_OF);
  assert.equal(report.first_breach.row, 2);
  assert.equal(report.first_breach.add_kazakh, 9);
  assert.throws(() => api.plan(company, hires, '2026/11/25'), /asOf must be YYYY-MM-DD/);
});
