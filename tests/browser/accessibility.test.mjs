// Accessibility, checked by axe-core (WCAG 2.1 A and AA rules) on every kind of screen in each
// language: the start page, each kind of question, "Check your answers", the result and the
// result as printed. The app's own Content-Security-Policy stays on: axe is evaluated through
// the browser's debugging protocol, not injected as a script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/app.mjs';
import { RULES_VERSION } from './support/rules.mjs';
import { axeViolations } from './support/axe.mjs';
import { openPage } from './support/chromium.mjs';
import { t, tFor } from './support/i18n.mjs';
import { wholeResult } from './support/questionnaire.mjs';

const app = withApp();
const HEAD = `v=1&rules=${RULES_VERSION}`;
const EAEU = 'role=worker&citizenship=KG&residence_permit=none&eaeu_purpose=employment&eaeu_days_in_180=12';
const PERMIT = 'role=employer&citizenship=UZ&residence_permit=none&special_status=no_special_status&purpose=employment&position=specialist&employer_type=kazakh_company&permit_request=new_permit&employer_headcount=200&kazakh_staff=190&foreign_staff=3&vacancy_posted=yes';
const VISIT = 'role=employer&citizenship=DE&residence_permit=none&special_status=no_special_status&purpose=business_visit';

/** Each kind of screen: its address, and what shows it has rendered. */
const SCREENS = [
  ['start page', '', (lang) => ['group', t(lang, 'question.role.title')]],
  ['single-choice question', `at=q.residence_permit&role=worker&citizenship=KG`, (lang) => ['group', tFor(lang, 'question.residence_permit.title', 'worker')]],
  ['country question', 'at=q.citizenship&role=worker', (lang) => ['group', tFor(lang, 'question.citizenship.title', 'worker')]],
  ['number question', 'at=q.eaeu_days_in_180&role=worker&citizenship=KG&residence_permit=none&eaeu_purpose=employment', (lang) => ['group', tFor(lang, 'question.eaeu_days_in_180.title', 'worker')]],
  ['multiple-choice question', `at=q.visit_activities&${VISIT}`, (lang) => ['group', t(lang, 'question.visit_activities.title')]],
  ['check your answers', `at=check&${EAEU}`, (lang) => ['heading', t(lang, 'check.title')]],
  ['result', `at=result&${EAEU}`, (lang) => ['heading', tFor(lang, 'route.eaeu_citizen.headline', 'worker')]],
  ['employer result', `at=result&${PERMIT}`, (lang) => ['heading', t(lang, 'route.employer_work_permit.headline')]],
];

for (const lang of ['en', 'ru', 'kk']) {
  test(`axe finds no WCAG 2.1 AA violation on any screen in ${lang}`, async (t_) => {
    const context = await app.browser.browser.newContext({ locale: 'en-US' });
    t_.after(() => context.close());
    const found = [];
    for (const [name, fragment, ready] of SCREENS) {
      const address = `${app.server.url}?lang=${lang}${fragment ? `#${HEAD}&${fragment}` : ''}`;
      const { page, problems } = await openPage(app.browser, address, { context });
      const [role, label] = ready(lang);
      await page.getByRole(role, { name: label }).first().waitFor();
      if (fragment.includes('at=result')) await wholeResult(page);
      found.push(...(await axeViolations(page)).map((v) => `${name}: ${v}`));
      if (name === 'country question') {
        // And with its list open.
        await page.getByRole('combobox').fill('ka');
        await page.getByRole('listbox').waitFor();
        found.push(...(await axeViolations(page)).map((v) => `${name}, list open: ${v}`));
      }
      if (name === 'employer result') {
        // And with every step and fold open.
        await page.evaluate(() => document.querySelectorAll('details').forEach((fold) => { fold.open = true; }));
        found.push(...(await axeViolations(page)).map((v) => `${name}, expanded: ${v}`));
      }
      if (name === 'result') {
        await page.emulateMedia({ media: 'print' });
        found.push(...(await axeViolations(page)).map((v) => `result, printed: ${v}`));
      }
      assert.deepEqual(problems, [], `${name}: no console errors`);
      await page.close();
    }
    assert.deepEqual(found, []);
  });
}

test('a page opens with focus at its top, and each step then moves focus to the new screen\'s heading', async () => {
  const { page, problems } = await openPage(app.browser, app.server.url);
  await page.getByRole('group', { name: t('en', 'question.role.title') }).waitFor();
  // Nothing took focus: the first Tab reaches the header's language switch, as on any page.
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'focus is at the top');
  await page.getByLabel('I am the foreign worker').check();
  await page.getByRole('button', { name: t('en', 'action.continue') }).click();
  await page.getByRole('group', { name: tFor('en', 'question.citizenship.title', 'worker') }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), tFor('en', 'question.citizenship.title', 'worker'));
  await page.close();
  assert.deepEqual(problems, [], 'no console errors');
});
