// The questions after the first are not part of the first load: their code follows once the
// start page is painted. A question opened before it arrives says it is loading, a failed
// fetch is said and can be retried, and nothing the visitor answered is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/app.mjs';
import { openPage } from './support/chromium.mjs';
import { t } from './support/i18n.mjs';
import { start } from './support/questionnaire.mjs';
import { RULES_VERSION } from './support/rules.mjs';

const app = withApp();

const CHUNK = /-split_questions_page\.wasm$/;
const CITIZENSHIP = /^What is (your|the worker's) citizenship\?$/;
const RESIDENCE = /^Do(es the worker| you) hold a Kazakh residence permit\?$/;

/** A page without the service worker, whose precache would fetch every file anyway. */
async function open(t_, path = '') {
  const context = await app.browser.browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  t_.after(() => context.close());
  const fetched = [];
  context.on('request', (request) => fetched.push(request.url()));
  const opened = await openPage(app.browser, `${app.server.url}${path}`, { context });
  return { ...opened, fetched };
}

test('a question opened before its code has arrived says so, then works from the keyboard', async (t_) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const context = await app.browser.browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  t_.after(() => context.close());
  await context.route(CHUNK, async (route) => { await held; await route.continue(); });
  const { page, problems } = await openPage(app.browser,
    `${app.server.url}#v=1&rules=${RULES_VERSION}&at=q.citizenship&role=worker`, { context });

  const loading = page.getByTestId('questions-loading');
  await loading.waitFor();
  assert.equal(await loading.textContent(), t('en', 'questions.loading'));
  release();
  await page.getByRole('group', { name: CITIZENSHIP }).waitFor();
  assert.equal(await loading.count(), 0);

  // Leaving a question that arrived late, by its country picker and Enter.
  await page.locator('#citizenship-field').focus();
  await page.keyboard.type('Belarus');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: RESIDENCE }).waitFor();
  assert.match(await page.evaluate(() => location.hash), /citizenship=BY/);
  assert.deepEqual(problems, [], 'no console errors');
});

test('the later questions are fetched once, after the start page, and the step to the second fetches no code', async (t_) => {
  const { page, fetched, problems } = await open(t_);
  await page.getByRole('group', { name: 'Who are you?' }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(fetched.filter((url) => CHUNK.test(url)).length, 1, 'fetched once the page is painted');
  const before = fetched.length;
  await start(page, 'worker');
  await page.getByRole('group', { name: CITIZENSHIP }).waitFor();
  // (The country picker fetches the other languages' names to search them, by design.)
  assert.deepEqual(fetched.slice(before).filter((url) => /\.(wasm|js)$/.test(url)), [],
    'the step to the second question fetches no code');
  assert.equal(fetched.filter((url) => CHUNK.test(url)).length, 1);
  assert.deepEqual(problems, [], 'no console errors');
});

test('questions that cannot be fetched say so, keep the answers and try again', async (t_) => {
  const context = await app.browser.browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  t_.after(() => context.close());
  let offline = true;
  await context.route(CHUNK, (route) => (offline ? route.abort() : route.continue()));
  const { page } = await openPage(app.browser, app.server.url, { context });
  await start(page, 'worker');
  const alert = page.getByTestId('questions-unavailable');
  await alert.waitFor();
  assert.equal(await alert.getByRole('paragraph').textContent(), t('en', 'questions.unavailable'));
  assert.match(await page.evaluate(() => location.hash), /role=worker/);

  offline = false;
  await alert.getByRole('button', { name: t('en', 'action.try_again') }).click();
  await page.getByRole('group', { name: CITIZENSHIP }).waitFor();
  assert.equal(await page.getByTestId('questions-unavailable').count(), 0);
});
