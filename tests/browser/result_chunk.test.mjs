// The result page's code and texts are not part of the first load: they are fetched when "Check
// your answers" opens, and a failed fetch is said and can be retried without losing anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/app.mjs';
import { openPage } from './support/chromium.mjs';
import { t } from './support/i18n.mjs';
import { answer, choose, pick, seeResult, start } from './support/questionnaire.mjs';

const app = withApp();

const CHUNK = /-split_result_page\.wasm$/;
const RESULT_TEXTS = /\/i18n\/en\/result\.json\?v=[0-9a-f]{16}$/;
const HEADLINE = 'As a permanent resident, you can work without a work permit';

/** A page without the service worker, whose precache would fetch every file anyway. */
async function open(t_) {
  const context = await app.browser.browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  t_.after(() => context.close());
  const fetched = [];
  context.on('request', (request) => fetched.push(request.url()));
  const opened = await openPage(app.browser, app.server.url, { context });
  return { ...opened, fetched };
}

async function toCheckAnswers(page) {
  await start(page, 'worker');
  await answer(page, /^What is (your|the worker's) citizenship\?$/, pick('chin', 'China'));
  await answer(page, /^Do(es the worker| you) hold a Kazakh residence permit\?$/,
    choose('Yes, a permanent residence permit'));
  await page.getByRole('heading', { level: 1, name: t('en', 'check.title') }).waitFor();
}

test('the questions load without the result page, which is fetched when "Check your answers" opens', async (t_) => {
  const { page, problems, fetched } = await open(t_);
  await page.getByRole('group', { name: 'Who are you?' }).waitFor();
  await start(page, 'worker');
  await page.getByRole('group', { name: /^What is (your|the worker's) citizenship\?$/ }).waitFor();
  assert.deepEqual(fetched.filter((url) => CHUNK.test(url) || RESULT_TEXTS.test(url)), [],
    'nothing of the result page before it is near');

  const chunk = page.waitForRequest(CHUNK);
  const texts = page.waitForRequest(RESULT_TEXTS);
  await answer(page, /^What is (your|the worker's) citizenship\?$/, pick('chin', 'China'));
  await answer(page, /^Do(es the worker| you) hold a Kazakh residence permit\?$/,
    choose('Yes, a permanent residence permit'));
  await page.getByRole('heading', { level: 1, name: t('en', 'check.title') }).waitFor();
  await Promise.all([chunk, texts]);
  await seeResult(page);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), HEADLINE);
  assert.equal(fetched.filter((url) => CHUNK.test(url)).length, 1, 'the chunk is fetched once');
  assert.deepEqual(problems, [], 'no console errors');
});

test('a result page that cannot be fetched says so, keeps the answers and tries again', async (t_) => {
  const { page, fetched } = await open(t_);
  let offline = true;
  await page.route(CHUNK, (route) => (offline ? route.abort() : route.continue()));
  await toCheckAnswers(page);
  await page.getByRole('button', { name: t('en', 'action.see_result') }).click();
  const alert = page.getByTestId('result-unavailable');
  await alert.waitFor();
  assert.equal(await alert.getByRole('paragraph').textContent(), t('en', 'result.unavailable'));
  assert.match(await page.evaluate(() => location.hash), /citizenship=CN/);

  offline = false;
  const attempts = fetched.filter((url) => CHUNK.test(url)).length;
  await alert.getByRole('button', { name: t('en', 'action.try_again') }).click();
  await page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();
  assert.ok(fetched.filter((url) => CHUNK.test(url)).length > attempts, 'fetched again');
  assert.equal(await page.getByTestId('result-unavailable').count(), 0);
});

// The app's code arrives 300 ms late, as on a phone's network, so what the page's head asks for
// meanwhile is told apart from what the running app asks for (on loopback the code would
// otherwise have arrived before the head's fetches, asked for after it, have started).
const slowAppCode = (context) => context.route(/_bg\.wasm$/, async (route) => {
  await new Promise((resolve) => setTimeout(resolve, 300));
  await route.continue();
});

test('a result link starts fetching the result page\'s code beside the app\'s, and fetches it once', async (t_) => {
  const context = await app.browser.browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  t_.after(() => context.close());
  const requests = [];
  context.on('request', (request) => requests.push(request));
  await slowAppCode(context);
  const link = `${app.server.url}#v=1&at=result&role=worker&citizenship=CN&residence_permit=permanent`;
  const { page, problems } = await openPage(app.browser, link, { context });
  await page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();
  const chunk = requests.filter((request) => CHUNK.test(request.url()));
  assert.equal(chunk.length, 1, 'the early fetch is the one the loader uses');
  // Asked for before the app's own module had arrived, so the two come side by side.
  const app_ = requests.find((request) => /_bg\.wasm$/.test(request.url()));
  assert.ok(chunk[0].timing().startTime < app_.timing().startTime + app_.timing().responseEnd,
    'the result page\'s code was asked for while the app\'s was still arriving');
  assert.deepEqual(problems, [], 'no console errors');
});

test('a result link fetches its texts beside the app\'s, once each, in the language the app opens in', async (t_) => {
  const link = '#v=1&at=result&role=worker&citizenship=CN&residence_permit=permanent';
  const cases = [
    { why: 'the browser speaks Russian', locale: 'ru-RU', query: '', lang: 'ru' },
    { why: 'the link asks for Kazakh', locale: 'en-US', query: '?lang=kk', lang: 'kk' },
    { why: 'the visitor chose Russian before', locale: 'en-US', query: '', stored: 'ru', lang: 'ru' },
    { why: 'nothing asks for another language', locale: 'de-DE', query: '', lang: 'en' },
  ];
  for (const { why, locale, query, stored, lang } of cases) {
    const context = await app.browser.browser.newContext({ locale, serviceWorkers: 'block' });
    t_.after(() => context.close());
    if (stored) await context.addInitScript((value) => localStorage.setItem('kz-eligibility:lang', value), stored);
    await slowAppCode(context);
    const requests = [];
    context.on('request', (request) => requests.push(request));
    const { page, problems } = await openPage(app.browser, `${app.server.url}${query}${link}`, { context });
    await page.locator(`html[lang="${lang}"] h1#verdict-heading`).waitFor();
    const texts = requests.filter((request) => /\/i18n\//.test(request.url()));
    const parts = lang === 'en' ? ['questions', 'result'] : ['start', 'questions', 'result'];
    assert.deepEqual(texts.map((request) => new URL(request.url()).pathname).sort(),
      parts.map((part) => `/i18n/${lang}/${part}.json`).sort(), `${why}: each text of ${lang} once, and no other`);
    const app_ = requests.find((request) => /_bg\.wasm$/.test(request.url()));
    for (const request of texts) {
      assert.ok(request.timing().startTime < app_.timing().startTime + app_.timing().responseEnd,
        `${why}: ${request.url()} was asked for while the app's code was still arriving`);
    }
    assert.deepEqual(problems, [], `${why}: no console errors`);
  }
});

test('a result link\'s page does not shift when the result arrives, and fetches the later questions after it', async (t_) => {
  const context = await app.browser.browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  t_.after(() => context.close());
  // The result's code arrives late, so that its loading line is on the screen first.
  await context.route(CHUNK, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await context.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((entry) => entry.value)))
      .observe({ type: 'layout-shift', buffered: true });
    new MutationObserver(() => {
      if (window.resultAt === undefined && document.getElementById('verdict-heading')) window.resultAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  const link = `${app.server.url}#v=1&at=result&role=worker&citizenship=CN&residence_permit=permanent`;
  const { page, problems } = await openPage(app.browser, link, { context });
  await page.getByTestId('result-loading').waitFor();
  await page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();
  await page.locator('.sources-list').waitFor({ state: 'attached' });
  assert.deepEqual(await page.evaluate(() => window.shifts), [], 'nothing on the screen moved');
  const questions = await page.waitForFunction(() => performance.getEntriesByType('resource')
    .find((entry) => /-split_questions_page\.wasm$/.test(entry.name))?.startTime);
  assert.ok(await questions.jsonValue() > await page.evaluate(() => window.resultAt),
    'the later questions were asked for once the result was in the page');
  assert.deepEqual(problems, [], 'no console errors');
});
