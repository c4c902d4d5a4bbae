// The result answers in one screen and stays short: an employer hiring an Uzbek specialist
// sees the verdict, the summary and the first step of the plan within two phone screens, and
// the whole page, folds closed, is at most 4,000 px tall at 390 px wide. The heights are
// measured in the page with the fonts this machine has and printed; screenshots of the page on
// a phone and a desktop in each language are kept in target/screenshots/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { withApp } from './support/app.mjs';
import { ARTEFACTS, openPage } from './support/chromium.mjs';
import { wholeResult } from './support/questionnaire.mjs';

const app = withApp();

const UZBEK_SPECIALIST = 'at=result&role=employer&citizenship=UZ&residence_permit=none&special_status=no_special_status&purpose=employment&position=specialist&employer_type=kazakh_company&permit_request=new_permit&employer_headcount=200&kazakh_staff=190&foreign_staff=3&vacancy_posted=yes';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const BUDGET = 4000;

async function resultPage(lang, viewport) {
  const context = await app.browser.browser.newContext({ viewport, locale: 'en-US' });
  const { page, problems } = await openPage(app.browser, `${app.server.url}?lang=${lang}#${UZBEK_SPECIALIST}`, { context });
  // Measured whole: its lower parts are built after the verdict is shown.
  await wholeResult(page);
  return { page, problems, close: () => context.close() };
}

const height = (page) => page.evaluate(() => document.documentElement.scrollHeight);

test('on a phone the verdict, the summary and the first step are within two screens, and the page within 4,000 px', async () => {
  const figures = [];
  for (const lang of ['en', 'ru', 'kk']) {
    for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
      const { page, problems, close } = await resultPage(lang, viewport);
      const px = await height(page);
      figures.push(`${lang} ${name} ${viewport.width} px wide: ${px} px`);
      if (lang === 'en' && name === 'phone') {
        assert.ok(px <= BUDGET, `the result is ${px} px tall at 390 px, over ${BUDGET}`);
        const first = await page.locator('[data-step]').first().boundingBox();
        assert.ok(first.y + first.height <= 2 * viewport.height,
          `the first step ends at ${Math.round(first.y + first.height)} px, past the second screen`);
        const summary = await page.getByTestId('summary').boundingBox();
        assert.ok(summary.y < first.y, 'the summary comes before the plan');
      }
      await page.screenshot({ path: join(ARTEFACTS, `result-${name}-${lang}.png`), fullPage: true });
      assert.deepEqual(problems, []);
      await close();
    }
  }
  console.log(`result page heights, folds closed:\n  ${figures.join('\n  ')}`);
});

test('the checklist is one tap from the summary and counts what is ready', async () => {
  const { page, problems, close } = await resultPage('en', PHONE);
  const link = page.getByTestId('to-checklist');
  assert.match(await link.textContent(), /0 of 10 ready/);
  await link.click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'checklist');
  assert.match(await page.evaluate(() => location.hash), /at=result/, 'the answers stay in the address');
  await page.getByRole('checkbox', { name: /Diploma and qualification documents/ }).check();
  assert.match(await page.getByTestId('checklist-count').textContent(), /1 of 10 ready/);
  assert.match(await link.textContent(), /1 of 10 ready/);
  // Each paper says what it needs: an Uzbek diploma needs a translation, no apostille.
  assert.match(await page.locator('[data-document="education_documents"]').textContent(), /notarised translation.*no apostille/);
  assert.deepEqual(problems, []);
  await close();
});

test('a footnote opens the sources list at its source, each source listed once', async () => {
  const { page, problems, close } = await resultPage('en', PHONE);
  const list = page.locator('#sources');
  assert.equal(await list.evaluate((details) => details.open), false);
  const mark = page.locator('[data-step] sup.footnote-ref a').first();
  const number = (await mark.textContent()).replace(/\D/g, '');
  assert.match(await mark.getAttribute('aria-label'), new RegExp(`^Source ${number}: `));
  await mark.click();
  assert.equal(await list.evaluate((details) => details.open), true);
  assert.equal(await page.evaluate(() => document.activeElement?.id), `source-${number}`);
  const ids = await page.locator('#sources [data-footnote]').evaluateAll((items) => items.map((li) => li.dataset.footnote));
  assert.equal(new Set(ids).size, ids.length, 'each source once');
  // Every footnote in the page points at an entry of the list.
  const marks = await page.locator('sup.footnote-ref a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const href of new Set(marks)) {
    assert.equal(await page.locator(href).count(), 1, href);
  }
  assert.deepEqual(problems, []);
  await close();
});
