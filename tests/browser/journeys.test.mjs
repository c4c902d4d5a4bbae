// Journeys end to end in the release build: questions rendered from the engine, answered as a
// visitor would, ending in a verdict with its sources.
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

/** Answers the question whose legend is `title` by `fill`, then continues. */
async function answer(page, title, fill) {
  const question = page.getByRole('group', { name: title });
  await question.waitFor();
  await fill(question);
  await page.getByRole('button', { name: 'Continue' }).click();
  await question.waitFor({ state: 'detached' });
}

const choose = (label) => (question) => question.getByLabel(label, { exact: true }).check();
const select = (label) => (question) => question.getByRole('combobox').selectOption({ label });
const type = (text) => (question) => question.getByRole('textbox').fill(text);

test('an EAEU citizen learns they need no work permit, with the treaty article as source', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  assert.equal(await page.title(), 'Kazakhstan work-eligibility calculator');
  await answer(page, 'Who are you?', choose('I am a foreign professional'));
  await answer(page, "What is the foreign professional's citizenship?", select('Kyrgyzstan'));
  await answer(page, 'Does the professional hold a Kazakh residence permit?', choose('No'));
  await answer(page, 'How many days has the professional spent in Kazakhstan in the last 180 days?', type('12'));

  const headline = page.getByRole('heading', { level: 1 });
  assert.equal(
    await headline.textContent(),
    'A citizen of an EAEU state can work in Kazakhstan without a work permit',
  );
  assert.ok(await headline.evaluate((node) => node === document.activeElement), 'focus moves to the result');
  assert.match(await page.getByTestId('permit-need').textContent(), /^Work permit: not required/);

  const source = page.locator('[data-source="eaeu_treaty_art97"]').first();
  const link = source.getByRole('link');
  assert.equal(
    await link.textContent(),
    'Treaty on the Eurasian Economic Union of 29 May 2014, Article 97(1)',
  );
  assert.equal(await link.getAttribute('href'), 'https://adilet.zan.kz/rus/docs/Z1400000240');
  assert.match(await source.textContent(), /Official source/);
  assert.match(await source.textContent(), /Last verified 2026-11-24/);
  assert.match(
    await page.locator('[data-reason="eaeu_stay_90_in_180"]').textContent(),
    /up to 90 days in any 180 days/,
  );
  assert.match(await page.locator('footer').textContent(), /Rules version \S+, reviewed 2026-11-24\./);

  await page.screenshot({ path: join(ARTEFACTS, 'eaeu-citizen-verdict.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('a US citizen on a short business visit needs no visa, and learns what it does not allow', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await answer(page, 'Who are you?', choose('I am an employer hiring a foreign professional'));
  await answer(page, "What is the foreign professional's citizenship?", select('United States'));
  await answer(page, 'Does the professional hold a Kazakh residence permit?', choose('No'));
  await answer(page, 'Does any of these apply to the professional?', choose('None of these'));
  await answer(page, 'What will the professional do in Kazakhstan?', choose('Visit on business without being employed in Kazakhstan'));
  await answer(page, 'What will the professional do during the visit?', choose('Meetings, negotiations, signing contracts'));
  await answer(page, 'How many days will the visit last?', type('10'));

  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Business visit without a visa');
  assert.match(
    await page.locator('[data-reason="visa_free_stay_fits"]').textContent(),
    /Citizens of United States may stay up to 30 days per entry without a visa; a 10-day visit fits\./,
  );
  assert.match(
    await page.locator('[data-reason="visa_free_no_work_allowed"]').first().textContent(),
    /never allows paid work/,
  );
  await page.screenshot({ path: join(ARTEFACTS, 'business-visit-verdict.png'), fullPage: true });

  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('group', { name: 'Who are you?' }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('continuing without an answer shows the error summary and the message by the field', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await page.getByRole('group', { name: 'Who are you?' }).waitFor();
  await page.getByRole('button', { name: 'Continue' }).click();

  const summary = page.getByRole('alert');
  assert.match(await summary.textContent(), /There is a problem/);
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
  const fieldError = page.locator('.error-message');
  assert.equal(await fieldError.isVisible(), true);
  assert.equal(await fieldError.textContent(), 'Select who you are');
  await page.screenshot({ path: join(ARTEFACTS, 'role-error.png'), fullPage: true });

  await summary.getByRole('link').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'role-worker');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a number outside its range is refused with a message', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await answer(page, 'Who are you?', choose('I am a foreign professional'));
  await answer(page, "What is the foreign professional's citizenship?", select('Russia'));
  await answer(page, 'Does the professional hold a Kazakh residence permit?', choose('No'));
  const question = page.getByRole('group', { name: /How many days/ });
  await question.getByRole('textbox').fill('181');
  await page.getByRole('button', { name: 'Continue' }).click();
  assert.equal(await page.locator('.error-message').textContent(), 'Enter a number of days from 0 to 180');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a question can be answered with the keyboard alone', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await page.getByRole('group', { name: 'Who are you?' }).waitFor();
  // From the focused heading: Tab reaches the radio group, arrows choose, Enter submits.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'role-employer');
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: "What is the foreign professional's citizenship?" }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});
