// The widget on a partner's page: the example page, served on one 127.0.0.1 origin under a
// strict Content-Security-Policy, embeds the app served on another. The iframes follow their
// content's height, a journey completes inside one, forged messages are ignored, and the app
// obeys no message from its host.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/app.mjs';
import { ARTEFACTS, openPage } from './support/chromium.mjs';
import { serveDist } from './support/server.mjs';
import { country, t, tFor } from './support/i18n.mjs';
import { screenshot } from './support/questionnaire.mjs';

const app = withApp();
const partner = {};

/** The partner's site, started on first use (once the app's server is up). */
async function partnerServer() {
  if (partner.server) return partner.server;
  const appOrigin = app.server.origin;
  partner.server = await serveDist((path, body) => (path === '/embed-example.html'
    ? {
      // The snippet as a partner copies it: the script from the app's own site.
      body: body.toString().replace('src="embed.js"', `src="${appOrigin}/embed.js"`),
      // The policy the README tells partners to add.
      headers: {
        'content-security-policy': `default-src 'self'; script-src 'self' ${appOrigin}; `
          + `frame-src ${appOrigin}; style-src 'self' 'unsafe-inline'; img-src 'self' data:`,
      },
    }
    : { body }));
  return partner.server;
}
after(() => partner.server?.close());

/** Waits until the iframe is as tall as the page inside it (within 3 px), then returns both. */
async function fitted(frameElement) {
  const frame = await frameElement.contentFrame();
  let sizes;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    sizes = {
      iframe: (await frameElement.boundingBox()).height,
      content: await frame.evaluate(() => document.body.getBoundingClientRect().height),
    };
    if (Math.abs(sizes.iframe - sizes.content) <= 3) return sizes;
    await new Promise((done) => setTimeout(done, 100));
  }
  assert.fail(`the iframe did not follow its content: ${JSON.stringify(sizes)}`);
}

async function openPartnerPage(t_) {
  const server = await partnerServer();
  const opened = await openPage(app.browser, `${server.url}embed-example.html`);
  t_.after(() => opened.page.close());
  const widgets = opened.page.locator('iframe[data-kz-eligibility-frame]');
  await widgets.nth(1).waitFor();
  assert.equal(await widgets.count(), 2);
  return { ...opened, widgets };
}

test('the example page embeds two widgets from another origin, each sized to its content, and a journey completes inside one', async (t_) => {
  const { page, problems, widgets } = await openPartnerPage(t_);
  // The employer widget: Russian, the role preset, the partner's radius; no title bar or footer.
  const employer = page.frameLocator('iframe[data-kz-eligibility-frame] >> nth=0');
  const roleQuestion = employer.getByRole('group', { name: t('ru', 'question.role.title') });
  await roleQuestion.waitFor();
  assert.equal(await roleQuestion.getByLabel(t('ru', 'question.role.option.employer')).isChecked(), true);
  assert.equal(await employer.locator('.site-title').count(), 0);
  assert.equal(await employer.locator('footer').count(), 0);
  await fitted(await widgets.nth(0).elementHandle());

  // The worker's widget: English, dark, citizenship preset to India; the visitor
  // changes it to Kyrgyzstan and reaches the result.
  await widgets.nth(1).scrollIntoViewIfNeeded();
  const worker = page.frameLocator('iframe[data-kz-eligibility-frame] >> nth=1');
  const frameHandle = await widgets.nth(1).elementHandle();
  const continueButton = worker.getByRole('button', { name: t('en', 'action.continue'), exact: true });
  await worker.getByRole('group', { name: t('en', 'question.role.title') }).waitFor();
  const start = await fitted(frameHandle);
  await continueButton.click();
  const picker = worker.getByRole('combobox');
  await picker.waitFor();
  assert.equal(await picker.inputValue(), country('en', 'IN'));
  const question = await fitted(frameHandle);
  assert.notEqual(Math.round(question.iframe), Math.round(start.iframe), 'the height changed with the step');
  await picker.fill('kyrg');
  await worker.getByRole('option', { name: country('en', 'KG'), exact: true }).click();
  await continueButton.click();
  await worker.getByLabel(t('en', 'question.residence_permit.option.none'), { exact: true }).check();
  await continueButton.click();
  await worker.getByLabel(t('en', 'question.eaeu_purpose.option.employment'), { exact: true }).check();
  await continueButton.click();
  await worker.getByRole('textbox').fill('12');
  await continueButton.click();
  await worker.getByRole('button', { name: t('en', 'action.see_result') }).click();
  await worker.getByRole('heading', { level: 1, name: tFor('en', 'route.eaeu_citizen.headline', 'worker') }).waitFor();
  const result = await fitted(frameHandle);
  assert.ok(result.iframe > question.iframe + 300, 'the result is taller than a question');
  // Opening a fold grows the frame with it.
  await worker.locator('[data-fold="reasons"] > summary').click();
  const unfolded = await fitted(frameHandle);
  assert.ok(unfolded.iframe > result.iframe + 50, 'the frame follows an opened fold');
  // Links to sources open in a new tab, never inside the partner's page.
  const sourceLinks = worker.locator('[data-footnote] a');
  assert.ok(await sourceLinks.count() > 0);
  for (const target of await sourceLinks.evaluateAll((links) => links.map((a) => a.target))) {
    assert.equal(target, '_blank');
  }
  // Only the widget that opted in reported events, and they hold no answer.
  const log = page.locator('#events');
  await log.getByText('"category":"not_required"').waitFor();
  const lines = (await log.textContent()).trim().split('\n');
  for (const line of lines) {
    assert.match(line, /^kz-eligibility:(step \{"screen":"(start|question|check|result)"\}|result \{"category":"not_required"\})$/);
  }
  await screenshot(page, 'embed-example');
  assert.deepEqual(problems, [], 'no console errors or CSP violations');
});

test('forged height messages from the partner page or another frame of the app are ignored', async (t_) => {
  const { page, problems, widgets } = await openPartnerPage(t_);
  const widget = await widgets.nth(0).elementHandle();
  await page.frameLocator('iframe[data-kz-eligibility-frame] >> nth=0').getByRole('group').first().waitFor();
  const before = await fitted(widget);
  // From the partner's own window (wrong source and origin)...
  await page.evaluate(() => window.postMessage({ type: 'kz-eligibility:height', height: 5000 }, '*'));
  // ...and from a second frame of the app's origin that is not the widget's (right origin,
  // wrong source).
  await page.evaluate((url) => {
    const rogue = document.createElement('iframe');
    rogue.id = 'rogue';
    rogue.src = url;
    document.body.append(rogue);
  }, app.server.url);
  const rogue = await (await page.waitForSelector('#rogue')).contentFrame();
  await rogue.waitForLoadState('load');
  await rogue.evaluate(() => parent.postMessage({ type: 'kz-eligibility:height', height: 5000 }, '*'));
  // A message the real frame would send arrives after the forged ones, so once it is handled
  // the forged ones have been too.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  const after = await fitted(widget);
  assert.equal(Math.round(after.iframe), Math.round(before.iframe));
  assert.ok(after.iframe < 4000);
  assert.deepEqual(problems, [], 'no console errors');
});

test('the app takes no commands from its host page', async (t_) => {
  const { page, widgets } = await openPartnerPage(t_);
  const employer = page.frameLocator('iframe[data-kz-eligibility-frame] >> nth=0');
  await employer.getByRole('group', { name: t('ru', 'question.role.title') }).waitFor();
  await page.evaluate(() => {
    const frame = document.querySelector('iframe[data-kz-eligibility-frame]');
    for (const message of [
      { type: 'kz-eligibility:navigate', fragment: '#v=1&at=result&role=worker&citizenship=RU' },
      { type: 'kz-eligibility:answer', role: 'worker' },
      'location.hash = "#v=1&at=check"',
    ]) frame.contentWindow.postMessage(message, '*');
  });
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  await employer.getByRole('group', { name: t('ru', 'question.role.title') }).waitFor();
  assert.equal(await employer.getByLabel(t('ru', 'question.role.option.employer')).isChecked(), true);
  assert.equal(await widgets.count(), 2);
});

test('theme options are validated: invalid values are ignored, valid ones applied', async (t_) => {
  const query = (options) => new URLSearchParams({ embed: '1', ...options }).toString();
  const look = async (options) => {
    const { page, problems } = await openPage(app.browser, `${app.server.url}?${query(options)}`);
    t_.after(() => page.close());
    await page.getByRole('group').first().waitFor();
    const values = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      const button = getComputedStyle(document.querySelector('.button'));
      return {
        accent: style.getPropertyValue('--accent').trim(),
        font: style.getPropertyValue('--font').trim(),
        radius: button.borderTopLeftRadius,
        theme: document.documentElement.dataset.theme ?? null,
        inline: document.documentElement.getAttribute('style'),
      };
    });
    assert.deepEqual(problems, []);
    return values;
  };
  const valid = await look({ accent: '#0a6', font: 'Georgia, serif', radius: '12', theme: 'dark' });
  assert.equal(valid.accent, '#00aa66');
  assert.equal(valid.font, 'Georgia, serif');
  assert.equal(valid.radius, '12px');
  assert.equal(valid.theme, 'dark');
  const hostile = await look({
    accent: 'red;background:url(https://evil.example/x)',
    font: 'x;}body{display:none',
    radius: '9999',
    theme: '"><script>',
  });
  assert.equal(hostile.inline, null, 'nothing set on the page');
  assert.equal(hostile.theme, null);
  assert.equal(hostile.radius, '0px');
});

/** The worker's widget (the example page's second), at its first question. */
async function workerWidget(t_, viewport) {
  const server = await partnerServer();
  const context = await app.browser.browser.newContext({ viewport, locale: 'en-US' });
  t_.after(() => context.close());
  const { page, problems } = await openPage(app.browser, `${server.url}embed-example.html`, { context });
  const element = page.locator('iframe[data-kz-eligibility-frame]').nth(1);
  const worker = page.frameLocator('iframe[data-kz-eligibility-frame] >> nth=1');
  const next = worker.getByRole('button', { name: t('en', 'action.continue'), exact: true });
  // The first widget at its first question and as tall as it before the page is scrolled to the
  // second: the first growing later pushed the second below the viewport now and then, where
  // the browser stops drawing a frame from another origin, and nothing in it ever settled.
  await page.frameLocator('iframe[data-kz-eligibility-frame] >> nth=0').getByRole('group').first().waitFor();
  await fitted(await page.locator('iframe[data-kz-eligibility-frame]').first().elementHandle());
  await element.evaluate((frame) => frame.scrollIntoView({ block: 'start' }));
  await worker.getByRole('group', { name: t('en', 'question.role.title') }).waitFor();
  await fitted(await element.elementHandle());
  return { page, problems, element, worker, next };
}

const frameTop = (page) => page.evaluate(() =>
  document.querySelectorAll('iframe[data-kz-eligibility-frame]')[1].getBoundingClientRect().top);

test('each step brings the frame\'s top into view when the host page was scrolled past it, and only then', async (t_) => {
  const { page, problems, element, worker, next } = await workerWidget(t_, { width: 390, height: 900 });
  // A step with the frame's top in view moves nothing.
  await page.evaluate(() => window.scrollBy(0, -50));
  await next.scrollIntoViewIfNeeded();
  const inView = await frameTop(page);
  assert.ok(inView >= 0);
  await next.click();
  await worker.getByRole('combobox').waitFor();
  await fitted(await element.elementHandle());
  // (The browser's scroll anchoring may keep things in place by a pixel or two as the frame
  // changes height.)
  assert.ok(Math.abs(await frameTop(page) - inView) < 8, 'no jump when the frame\'s top is in view');
  // Through the questions to "Check your answers", from the bottom of each screen.
  await worker.getByRole('combobox').fill(country('en', 'KG'));
  await next.click();
  for (const fill of [
    () => worker.getByLabel(t('en', 'question.residence_permit.option.none'), { exact: true }).check(),
    () => worker.getByLabel(t('en', 'question.eaeu_purpose.option.employment'), { exact: true }).check(),
    () => worker.getByRole('textbox').fill('12'),
  ]) {
    await fill();
    await next.click();
  }
  const seeResult = worker.getByRole('button', { name: t('en', 'action.see_result') });
  await seeResult.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 400));
  assert.ok(await frameTop(page) < 0, 'the host page is scrolled past the frame\'s top');
  await seeResult.click();
  await worker.getByRole('heading', { level: 1, name: tFor('en', 'route.eaeu_citizen.headline', 'worker') }).waitFor();
  // The result starts at its top, and the frame is as tall as the result.
  await page.waitForFunction(() => {
    const top = document.querySelectorAll('iframe[data-kz-eligibility-frame]')[1].getBoundingClientRect().top;
    return top > -2 && top < innerHeight / 2;
  });
  await worker.locator('.sources-list').waitFor({ state: 'attached' });
  const result = await fitted(await element.elementHandle());
  assert.ok(result.iframe > 2000, `the frame follows the whole result (${result.iframe} px)`);
  assert.deepEqual(problems, []);
});

for (const width of [320, 390]) {
  test(`the example page fits a ${width} px phone: no sideways scrolling, no word broken inside`, async (t_) => {
    const { page, problems } = await workerWidget(t_, { width, height: 800 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width, 'the host page');
    for (const nth of [0, 1]) {
      const widget = page.locator('iframe[data-kz-eligibility-frame]').nth(nth);
      await widget.evaluate((frame) => frame.scrollIntoView());
      await page.frameLocator(`iframe[data-kz-eligibility-frame] >> nth=${nth}`).getByRole('group').first().waitFor();
      await fitted(await widget.elementHandle());
      const frame = await (await widget.elementHandle()).contentFrame();
      assert.ok(await frame.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `widget ${nth}`);
      // Each language button holds its name on one line.
      const lines = await frame.locator('.language-button').evaluateAll((all) => all.map((button) => {
        const range = document.createRange();
        range.selectNodeContents(button);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      }));
      assert.deepEqual(lines, [1, 1, 1], `widget ${nth}`);
    }
    // The whole page in one picture: on a screen as tall as the page, each frame is on screen,
    // so each has drawn (a frame of another origin off screen is not drawn).
    await page.setViewportSize({ width, height: await page.evaluate(() => document.documentElement.scrollHeight) });
    for (const frame of page.frames().slice(1)) {
      await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    await page.screenshot({ path: `${ARTEFACTS}/embed-example-${width}.png` });
    assert.deepEqual(problems, []);
  });
}
