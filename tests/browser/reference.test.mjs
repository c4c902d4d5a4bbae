// The rules reference (rules.html and its Russian and Kazakh pages): reachable and readable with
// JavaScript off, styled by the app's stylesheet and their own, linked from the app's footer, accessible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/app.mjs';
import { ROUTE_COUNT, RULES_VERSION, literally } from './support/rules.mjs';
import { axeViolations } from './support/axe.mjs';
import { openPage } from './support/chromium.mjs';
import { t } from './support/i18n.mjs';

const app = withApp();
const PAGES = { en: 'rules.html', ru: 'rules.ru.html', kk: 'rules.kk.html' };
const TITLE = (lang) => t(lang, 'reference.title');

test('with JavaScript off, the start page leads to the rules, which read in full', async (t_) => {
  const context = await app.browser.browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
  t_.after(() => context.close());
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  const styles = [];
  page.on('response', (response) => {
    const sheet = response.url().match(/\/(main|reference)-[0-9a-f]+\.css$/);
    if (sheet) styles.push(`${sheet[1]} ${response.status()}`);
  });
  await page.goto(app.server.url);
  for (const [lang, file] of Object.entries(PAGES)) {
    const link = page.getByRole('link', { name: t(lang, 'app.reference_link') });
    assert.equal(await link.getAttribute('href'), file);
  }
  await page.getByRole('link', { name: t('en', 'app.reference_link') }).click();
  await page.getByRole('heading', { level: 1, name: TITLE('en') }).waitFor();
  assert.match(page.url(), /\/rules\.html$/);
  assert.deepEqual(styles.slice(-2).sort(), ['main 200', 'reference 200'], "the app's stylesheet and the pages' own are loaded");
  // Its tables are styled by its own sheet: collapsed borders, the full width.
  assert.equal(await page.locator('.reference table').first().evaluate((table) => getComputedStyle(table).borderCollapse), 'collapse');
  // Every route has its section, and a statement links to its source in the page.
  assert.equal(await page.locator('section[data-route]').count(), ROUTE_COUNT);
  const citation = page.locator('[data-route="eaeu_citizen"] a.source-inline').first();
  const target = (await citation.getAttribute('href')).slice(1);
  assert.equal(await page.locator(`[id="${target}"]`).count(), 1);
  assert.match(await page.getByTestId('reference-version').textContent(), new RegExp(`Rules version ${literally(RULES_VERSION)}`));
  // The other languages are a link away.
  await page.getByRole('link', { name: 'Қазақша' }).click();
  await page.getByRole('heading', { level: 1, name: TITLE('kk') }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'kk');
  assert.deepEqual(problems, [], 'no console errors (a blocked resource would be one)');
});

test("the app's footer links to the rules in the page's language", async (t_) => {
  const { page, problems } = await openPage(app.browser, `${app.server.url}?lang=ru`);
  t_.after(() => page.close());
  await page.getByRole('group', { name: t('ru', 'question.role.title') }).waitFor();
  await page.getByTestId('reference-link').click();
  await page.getByRole('heading', { level: 1, name: TITLE('ru') }).waitFor();
  assert.match(page.url(), /\/rules\.ru\.html$/);
  assert.deepEqual(problems, [], 'no console errors');
});

for (const [lang, file] of Object.entries(PAGES)) {
  test(`axe finds no WCAG 2.1 AA violation on the rules page in ${lang}`, async (t_) => {
    const { page, problems } = await openPage(app.browser, `${app.server.url}${file}`);
    t_.after(() => page.close());
    await page.getByRole('heading', { level: 1, name: TITLE(lang) }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, [], 'no console errors');
  });
}
