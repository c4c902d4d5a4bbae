// The app in Russian and Kazakh: the EAEU and the category-3 journeys answered through the
// translated controls, with translated headlines and no English left on the result page; and
// the language switch, which keeps the answers and the step and is remembered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/app.mjs';
import { openPage } from './support/chromium.mjs';
import { country, englishTexts, t, tFor } from './support/i18n.mjs';
import { JOURNEYS, questionnaire } from './support/translated.mjs';
import { screenshot } from './support/questionnaire.mjs';

const app = withApp();

async function assertNoEnglish(page, lang, alsoEnglish = []) {
  const text = await page.locator('body').innerText();
  const leaks = [...englishTexts(lang), ...alsoEnglish].filter((english) => text.includes(english));
  assert.deepEqual(leaks, [], `English on the ${lang} result page`);
  assert.ok(!text.includes('[missing text]'), 'a text is missing');
}

for (const lang of ['ru', 'kk']) {
  for (const [name, journey] of Object.entries(JOURNEYS)) {
    test(`the ${name} journey in ${lang}: translated headline and checklist, no English`, async (t_) => {
      const { page, problems } = await openPage(app.browser, `${app.server.url}?lang=${lang}`);
      t_.after(() => page.close());
      await page.getByRole('group', { name: t(lang, 'question.role.title') }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      assert.equal(await page.title(), t(lang, 'app.title'));
      const q = questionnaire(page, lang);
      await journey.answer(q, lang);
      await q.seeResult();
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(),
        tFor(lang, `route.${journey.route}.headline`, journey.reader));
      for (const document of journey.documents) {
        const box = page.getByRole('checkbox', { name: tFor(lang, `document.${document}`, journey.reader) });
        await box.check();
        assert.equal(await box.isChecked(), true);
      }
      await assertNoEnglish(page, lang, journey.english);
      await screenshot(page, `${lang}-${name.replace(' ', '-')}`);
      assert.deepEqual(problems, [], 'no console errors');
    });
  }
}

test('switching language keeps the answers and the step, and is remembered', async (t_) => {
  const { page, problems } = await openPage(app.browser, app.server.url);
  t_.after(() => page.close());
  const en = questionnaire(page, 'en');
  await en.choose('role', 'worker');
  await en.pick('citizenship', 'kyrg', 'KG');
  // On the third question, switch to Russian: the same question, in Russian.
  await page.getByRole('group', { name: tFor('en', 'question.residence_permit.title', 'worker') }).waitFor();
  const russian = page.getByRole('button', { name: 'Русский' });
  await russian.click();
  await page.getByRole('group', { name: tFor('ru', 'question.residence_permit.title', 'worker') }).waitFor();
  assert.equal(await russian.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
  assert.match(await page.title(), new RegExp(`^${tFor('ru', 'question.residence_permit.title', 'worker').replace(/[?()]/g, '\\$&')}`));
  // Focus stays on the switch, so a keyboard user is not thrown elsewhere.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('lang')), 'ru');
  // Back: the citizenship given in English is kept, named in Russian.
  await page.getByRole('link', { name: t('ru', 'action.back') }).click();
  const picker = page.getByRole('group', { name: tFor('ru', 'question.citizenship.title', 'worker') }).getByRole('combobox');
  await picker.waitFor();
  assert.equal(await picker.inputValue(), country('ru', 'KG'));
  // The choice is remembered over a reload, but a link's ?lang= wins.
  await page.reload();
  await page.getByRole('group', { name: tFor('ru', 'question.citizenship.title', 'worker') }).waitFor();
  await page.goto(`${app.server.url}?lang=kk${new URL(page.url()).hash}`);
  await page.getByRole('group', { name: tFor('kk', 'question.citizenship.title', 'worker') }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'kk');
  // Switching on a page opened with ?lang= rewrites it, so a reload keeps the new choice.
  await page.getByRole('button', { name: 'English' }).click();
  assert.match(page.url(), /\?lang=en#/);
  await page.reload();
  await page.getByRole('group', { name: tFor('en', 'question.citizenship.title', 'worker') }).waitFor();
  assert.deepEqual(problems, [], 'no console errors');
});

test('without a link or a stored choice, the browser\'s language is used', async (t_) => {
  const context = await app.browser.browser.newContext({ locale: 'kk-KZ' });
  t_.after(() => context.close());
  const { page } = await openPage(app.browser, app.server.url, { context });
  await page.getByRole('group', { name: t('kk', 'question.role.title') }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'kk');
  // Country search matches Kazakh, with or without Kazakh letters, and English, in any case
  // (the browser lower-cases for the app).
  const q = questionnaire(page, 'kk');
  await q.choose('role', 'worker');
  const picker = page.getByRole('combobox');
  for (const typed of ['қазақ', 'казак', 'kazakh', 'ҚАЗАҚ', 'KAZAKH', 'Қазақ']) {
    await picker.fill(typed);
    await page.getByRole('option', { name: country('kk', 'KZ'), exact: true }).waitFor();
  }
  // And the name in another of the app's languages: "Индия" on the Kazakh page finds India.
  await picker.fill('Индия');
  await page.getByRole('option', { name: country('kk', 'IN'), exact: true }).waitFor();
});

test('a language that cannot be fetched leaves the page as it was and says so', async (t_) => {
  const context = await app.browser.browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  t_.after(() => context.close());
  const { page } = await openPage(app.browser, app.server.url, { context });
  await page.route('**/i18n/**', (route) => route.abort());
  await page.getByRole('group', { name: t('en', 'question.role.title') }).waitFor();
  await page.getByRole('button', { name: 'Қазақша' }).click();
  await page.getByRole('status').filter({ hasText: t('en', 'language.unavailable') }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
  await page.getByRole('group', { name: t('en', 'question.role.title') }).waitFor();
});

test('the page describes itself and names its canonical address in its language, with every language as an alternate', async (t_) => {
  const { page, problems } = await openPage(app.browser, `${app.server.url}?lang=ru`);
  t_.after(() => page.close());
  await page.getByRole('group', { name: t('ru', 'question.role.title') }).waitFor();
  assert.equal(await page.locator('meta[name=description]').getAttribute('content'), t('ru', 'app.meta_description'));
  // Absolute addresses, as search engines want them.
  const here = app.server.url;
  assert.equal(await page.locator('link[rel=canonical]').getAttribute('href'), `${here}?lang=ru`);
  const alternates = await page.locator('link[rel=alternate][hreflang]').evaluateAll((links) =>
    links.map((link) => `${link.hreflang} ${link.getAttribute('href')}`));
  assert.deepEqual(alternates, [`en ${here}?lang=en`, `ru ${here}?lang=ru`, `kk ${here}?lang=kk`, `x-default ${here}`]);
  // Switching language follows.
  await page.getByRole('button', { name: 'Қазақша' }).click();
  await page.getByRole('group', { name: t('kk', 'question.role.title') }).waitFor();
  assert.equal(await page.locator('link[rel=canonical]').getAttribute('href'), `${here}?lang=kk`);
  assert.equal(await page.locator('meta[name=description]').getAttribute('content'), t('kk', 'app.meta_description'));
  // The rules pages name each other as the same page in another language, and their Markdown.
  await page.goto(`${app.server.url}rules.kk.html`);
  const rules = await page.locator('link[rel=alternate]').evaluateAll((links) =>
    links.map((link) => `${link.hreflang || link.type} ${link.getAttribute('href')}`));
  assert.deepEqual(rules, ['en rules.html', 'ru rules.ru.html', 'kk rules.kk.html', 'text/markdown rules.kk.md']);
  // Opened without a language, the page is the one the browser's languages choose.
  await page.goto(app.server.url);
  // (In Kazakh, the language chosen above and remembered.)
  await page.getByRole('group', { name: t('kk', 'question.role.title') }).waitFor();
  assert.equal(await page.locator('link[rel=canonical]').getAttribute('href'), here);
  assert.deepEqual(problems, []);
});
