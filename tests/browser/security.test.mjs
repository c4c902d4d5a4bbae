// Private and locked down, proven in the release build: the app runs under a strict
// Content-Security-Policy that actually blocks what it forbids, and full journeys in each
// language make no request beyond the app's own files and set no cookie.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/app.mjs';
import { openPage } from './support/chromium.mjs';
import { t, tFor } from './support/i18n.mjs';
import { JOURNEYS, questionnaire } from './support/translated.mjs';

const app = withApp();

test('the release build runs under a strict Content-Security-Policy that blocks inline code', async (t_) => {
  const { page, problems } = await openPage(app.browser, app.server.url);
  t_.after(() => page.close());
  await page.getByRole('group', { name: t('en', 'question.role.title') }).waitFor();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(policy.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name, values];
  }));
  assert.deepEqual(directives['default-src'], ["'self'"]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.ok(directives['script-src'].includes("'wasm-unsafe-eval'"));
  assert.ok(directives['script-src'].some((source) => source.startsWith("'sha256-")));
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
  assert.deepEqual(problems, [], 'the app itself violates nothing');
  // What the policy forbids is really blocked, and reported.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    document.body.setAttribute('style', 'background: red');
    return new Promise((done) => setTimeout(() => done(window.injected === true), 100));
  });
  assert.equal(ran, false, 'an injected inline script did not run');
  assert.ok(problems.some((p) => p.includes('CSP violation: script-src')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('CSP violation: style-src')), problems.join('\n'));
});

for (const lang of ['en', 'ru', 'kk']) {
  test(`full journeys in ${lang} request nothing beyond the app's files and set no cookie`, async (t_) => {
    const context = await app.browser.browser.newContext({ locale: 'en-US' });
    t_.after(() => context.close());
    const requests = [];
    context.on('request', (request) => requests.push(request));
    const origin = new URL(app.server.url).origin;
    for (const journey of Object.values(JOURNEYS)) {
      const { page, problems } = await openPage(app.browser, `${app.server.url}?lang=${lang}`, { context });
      const q = questionnaire(page, lang);
      await journey.answer(q, lang);
      await q.seeResult();
      await page.getByRole('heading', { level: 1, name: tFor(lang, `route.${journey.route}.headline`, journey.reader) }).waitFor();
      assert.deepEqual(problems, []);
      await page.close();
    }
    assert.ok(requests.length > 0);
    // Words and values from the answers, which must never appear in a request.
    const answered = ['citizenship', 'residence_permit', 'employer_headcount', 'KG', 'US', 'employer', 'worker'];
    for (const request of requests) {
      const url = new URL(request.url());
      assert.equal(url.origin, origin, `request to another origin: ${request.url()}`);
      assert.equal(request.method(), 'GET', `${request.method()} ${request.url()}`);
      assert.equal(request.postData(), null);
      const sent = decodeURIComponent(url.pathname + url.search);
      for (const word of answered) {
        assert.ok(!sent.includes(word), `a request carries "${word}": ${request.url()}`);
      }
    }
    assert.deepEqual(await context.cookies(), [], 'no cookies');
  });
}
