// Installable and offline: after one visit the app loads and completes a journey with the
// network off, in any language, and so does the rules reference; a new build takes over whole
// on the next load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/app.mjs';
import { openPage } from './support/chromium.mjs';
import { serveDist } from './support/server.mjs';
import { t, tFor } from './support/i18n.mjs';
import { JOURNEYS, questionnaire } from './support/translated.mjs';

const app = withApp();

/** Waits until a service worker controls the page and has kept the build's files. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

const buildCaches = (page) => page.evaluate(async () =>
  (await caches.keys()).filter((key) => key.startsWith('kz-eligibility-')));

test('after the first visit the app is installable, loads and completes a journey offline', async (t_) => {
  const context = await app.browser.browser.newContext({ locale: 'en-US' });
  t_.after(() => context.close());
  const first = await openPage(app.browser, app.server.url, { context });
  await first.page.getByRole('group', { name: t('en', 'question.role.title') }).waitFor();
  await controlled(first.page);
  const manifest = await first.page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    return (await fetch(link.href)).json();
  });
  assert.equal(manifest.start_url, './');
  assert.ok(manifest.icons.length > 0 && manifest.name);
  await first.page.close();

  await context.setOffline(true);
  for (const lang of ['kk', 'en']) {
    const { page, problems } = await openPage(app.browser, `${app.server.url}?lang=${lang}`, { context });
    const q = questionnaire(page, lang);
    await JOURNEYS.eaeu.answer(q, lang);
    await q.seeResult();
    await page.getByRole('heading', { level: 1, name: tFor(lang, 'route.eaeu_citizen.headline', 'worker') }).waitFor();
    assert.deepEqual(problems, [], `offline in ${lang}: no failed request or error`);
    await page.close();
  }
  // The rules reference is kept too, as itself (not the app's page).
  const { page, problems } = await openPage(app.browser, `${app.server.url}rules.kk.html`, { context });
  await page.getByRole('heading', { level: 1, name: t('kk', 'reference.title') }).waitFor();
  assert.deepEqual(problems, [], 'the reference offline: no failed request or error');
});

test('a new build takes over on the next load, whole: never old and new files mixed', async (t_) => {
  const state = { build: 1 };
  // The same files, served as a second build: the worker and the page say which build they are.
  const server = await serveDist((path, body) => {
    if (state.build === 1) return { body };
    if (path === '/sw.js') return { body: body.toString().replace(/const VERSION = "(\w+)"/, 'const VERSION = "$1-b2"') };
    if (path === '/' || path === '/index.html') {
      return { body: body.toString().replace('<meta name="theme-color"', '<meta name="build" content="2" />\n    <meta name="theme-color"') };
    }
    return { body };
  });
  t_.after(() => server.close());
  const context = await app.browser.browser.newContext({ locale: 'en-US' });
  t_.after(() => context.close());
  const { page, problems } = await openPage(app.browser, server.url, { context });
  await page.getByRole('group', { name: t('en', 'question.role.title') }).waitFor();
  await controlled(page);
  const [firstCache] = await buildCaches(page);

  state.build = 2;
  // The next load is still served whole by the first build, while the second is fetched.
  await page.reload();
  await page.getByRole('group', { name: t('en', 'question.role.title') }).waitFor();
  let caches;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    caches = await buildCaches(page);
    const settled = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return !registration.installing && !registration.waiting;
    });
    if (settled && caches.includes(`${firstCache}-b2`)) break;
    await page.waitForTimeout(100);
  }
  // The second build's cache is in; the first is kept only for pages still open from it.
  assert.deepEqual(caches, [firstCache, `${firstCache}-b2`]);
  // The load after that is the second build, and its app works.
  await page.reload();
  await page.getByRole('group', { name: t('en', 'question.role.title') }).waitFor();
  assert.equal(await page.locator('meta[name="build"]').getAttribute('content'), '2');
  const q = questionnaire(page, 'en');
  await q.choose('role', 'worker');
  await page.getByRole('group', { name: tFor('en', 'question.citizenship.title', 'worker') }).waitFor();
  assert.deepEqual(problems, []);
});
