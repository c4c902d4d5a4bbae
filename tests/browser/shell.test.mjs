// The page is never blank while the app's code is on its way: the page itself carries the
// header (the tool's name in the page's language, chosen as the app chooses it) and a loading
// line, and the app takes their place without moving anything. Without scripts the rules
// pages are linked instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/app.mjs';
import { openPage } from './support/chromium.mjs';
import { t } from './support/i18n.mjs';
import { screenshot } from './support/questionnaire.mjs';

const app = withApp();

const RESULT = 'v=1&at=result&role=worker&citizenship=KG&residence_permit=none&eaeu_purpose=employment&eaeu_days_in_180=12';

/** Opens `address` with the app's code held back; resolves to the page and a release. */
async function openHeld(t_, address, { locale = 'en-US', stored, viewport } = {}) {
  const context = await app.browser.browser.newContext({ locale, viewport, serviceWorkers: 'block' });
  t_.after(() => context.close());
  let release;
  const held = new Promise((done) => { release = done; });
  await context.route(/\.wasm(\?|$)/, async (route) => {
    await held;
    await route.continue();
  });
  if (stored) {
    await context.addInitScript((lang) => localStorage.setItem('kz-eligibility:lang', lang), stored);
  }
  // Every layout shift, from the first paint on.
  await context.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const { page, problems } = await openPage(app.browser, address, { context });
  return { page, problems, release };
}

const shellTexts = (page) => page.evaluate(() => ({
  lang: document.documentElement.lang,
  title: document.getElementById('shell-title')?.textContent ?? null,
  loading: document.getElementById('shell-loading')?.textContent ?? null,
  loadingShown: !document.getElementById('shell-loading')?.hidden,
}));

for (const [name, address, options, lang] of [
  ['a result link asked for in Russian', `?lang=ru#${RESULT}`, {}, 'ru'],
  ['the language chosen before (Kazakh)', '', { stored: 'kk' }, 'kk'],
  ['a Russian browser', '', { locale: 'ru-RU' }, 'ru'],
  ['an English browser', `#${RESULT}`, {}, 'en'],
]) {
  test(`before the code arrives, the page shows its header and a loading line: ${name}`, async (t_) => {
    const { page, problems, release } = await openHeld(t_, `${app.server.url}${address}`, {
      ...options, viewport: { width: 390, height: 844 },
    });
    await page.locator('#shell-loading').waitFor({ state: 'visible' });
    assert.deepEqual(await shellTexts(page), {
      lang, title: t(lang, 'app.title'), loading: t(lang, 'app.loading'), loadingShown: true,
    });
    // The tool's name is on the screen, even on a phone, where the app's own bar hides it.
    assert.ok((await page.locator('#shell-title').boundingBox()).height > 0);
    await screenshot(page, `shell-${lang}-phone`);
    release();
    // The app takes the shell's place, in the same language, and nothing moved meanwhile.
    await page.locator('[data-language-switch]').waitFor();
    await page.locator('h1').first().waitFor();
    assert.equal(await page.locator('#shell').count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.deepEqual(await page.evaluate(() => window.shifts), [], 'no layout shift');
    assert.deepEqual(problems, []);
  });
}

test('embedded, the shell shows no title: the partner page is the frame', async (t_) => {
  const { page, release } = await openHeld(t_, `${app.server.url}?embed=1&lang=kk`);
  await page.locator('#shell-loading').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#shell-title').count(), 0);
  assert.equal(await page.locator('#shell-loading').textContent(), t('kk', 'app.loading'));
  release();
});

test('without scripts the header and the links to the rules show, and no loading line', async (t_) => {
  const context = await app.browser.browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
  t_.after(() => context.close());
  const page = await context.newPage();
  await page.goto(app.server.url);
  assert.equal(await page.locator('#shell-title').textContent(), t('en', 'app.title'));
  assert.equal(await page.locator('#shell-loading').isVisible(), false);
  for (const rules of ['rules.html', 'rules.ru.html', 'rules.kk.html']) {
    assert.equal(await page.locator(`a[href="${rules}"]`).isVisible(), true, rules);
  }
});
