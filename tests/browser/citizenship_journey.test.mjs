// The first journey, end to end in the release build: the citizenship question and the two
// conclusions it leads to, with their sources.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveDist } from './support/server.mjs';
import { ARTEFACTS, launchChromium, openPage } from './support/chromium.mjs';

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('an EAEU citizen learns they need no work permit, with the treaty article as source', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  const question = page.getByRole('group', { name: 'What is your citizenship?' });
  await question.waitFor();
  assert.equal(await page.title(), 'Kazakhstan work-eligibility calculator');

  await question.getByLabel('Kyrgyzstan').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  const headline = page.getByRole('heading', { level: 1 });
  assert.equal(await headline.textContent(), 'You can work in Kazakhstan without a work permit');
  assert.ok(await headline.evaluate((node) => node === document.activeElement), 'focus moves to the result');
  assert.equal(await page.getByTestId('permit-need').textContent(), 'Work permit: not required');

  const source = page.locator('[data-source="eaeu_treaty_art97"]').first();
  const link = source.getByRole('link');
  assert.equal(
    await link.textContent(),
    'Treaty on the Eurasian Economic Union of 29 May 2014, Article 97(1)',
  );
  assert.equal(await link.getAttribute('href'), 'https://adilet.zan.kz/rus/docs/Z1400000240');
  assert.match(await source.textContent(), /Official source/);
  assert.match(await source.textContent(), /Last verified 2026-11-24/);
  assert.match(await page.locator('footer').textContent(), /Rules version \S+, reviewed 2026-11-24\./);

  await page.screenshot({ path: join(ARTEFACTS, 'eaeu-citizen-verdict.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('a citizen of another country learns the employer needs a permit unless an exemption applies', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await page.getByLabel('Another country').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  assert.equal(
    await page.getByRole('heading', { level: 1 }).textContent(),
    'Your employer needs a work permit for you, unless you are exempt',
  );
  const sources = await page.locator('[data-source]').evaluateAll((nodes) =>
    nodes.map((node) => node.dataset.source),
  );
  assert.deepEqual(sources, ['migration_law_art36_1', 'resolution_1041']);

  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('group', { name: 'What is your citizenship?' }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('continuing without an answer shows the error summary and the message by the field', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await page.getByRole('button', { name: 'Continue' }).click();

  const summary = page.getByRole('alert');
  assert.match(await summary.textContent(), /There is a problem/);
  assert.ok(await summary.evaluate((node) => node === document.activeElement), 'focus moves to the summary');
  const fieldError = page.locator('.error-message');
  assert.equal(await fieldError.isVisible(), true);
  assert.equal(await fieldError.textContent(), 'Select your citizenship');
  await page.screenshot({ path: join(ARTEFACTS, 'citizenship-error.png'), fullPage: true });

  await summary.getByRole('link').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'citizenship-ru');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the journey can be completed with the keyboard alone', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await page.getByRole('group', { name: 'What is your citizenship?' }).waitFor();
  // From the focused heading: Tab reaches the radio group, arrows choose, Enter submits.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'citizenship-kg');
  await page.keyboard.press('Enter');
  assert.equal(
    await page.getByRole('heading', { level: 1 }).textContent(),
    'You can work in Kazakhstan without a work permit',
  );
  assert.deepEqual(problems, []);
  await page.close();
});
