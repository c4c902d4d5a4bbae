// Answers that survive reloads, links, new rule versions and hostile input; and the export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { withApp } from './support/app.mjs';
import { RULES_REVIEWED_EN, RULES_VERSION, literally } from './support/rules.mjs';
import { openPage } from './support/chromium.mjs';
import { answer, choose, pick, screenshot, start } from './support/questionnaire.mjs';

const app = withApp();

const CITIZENSHIP = /^What is (your|the worker's) citizenship\?$/;
const RESIDENCE = /^Do(es the worker| you) hold a Kazakh residence permit\?$/;
const EAEU_RESULT = `v=1&rules=${RULES_VERSION}&at=result&role=worker&citizenship=KG&residence_permit=none&eaeu_purpose=employment&eaeu_days_in_180=12`;
const HEADLINE = 'As a citizen of an EAEU state, you can work in Kazakhstan without a work permit';

test('a reload mid-journey keeps the step, and a later visit offers to continue', async (t) => {
  const context = await app.browser.browser.newContext({ locale: 'en-US' });
  t.after(() => context.close());
  const { page, problems } = await openPage(app.browser, app.server.url, { context });
  await start(page, 'worker');
  await answer(page, CITIZENSHIP, pick('arm', 'Armenia'));
  await page.getByRole('group', { name: RESIDENCE }).waitFor();
  await page.reload();
  await page.getByRole('group', { name: RESIDENCE }).waitFor();
  await page.getByRole('link', { name: 'Back' }).click();
  assert.equal(await page.getByRole('group', { name: CITIZENSHIP }).getByRole('combobox').inputValue(), 'Armenia');
  // A later visit to the bare address, in the same browser.
  const later = await context.newPage();
  await later.goto(app.server.url);
  await later.getByTestId('saved').waitFor();
  await later.getByRole('button', { name: 'Continue where you left off' }).click();
  await later.getByRole('group', { name: CITIZENSHIP }).waitFor();
  assert.equal(await later.getByRole('group', { name: CITIZENSHIP }).getByRole('combobox').inputValue(), 'Armenia');
  assert.deepEqual(problems, []);
});

test('a shared link opens the same result in a fresh browser', async (t) => {
  const first = await openPage(app.browser, `${app.server.url}#${EAEU_RESULT}`);
  t.after(() => first.page.close());
  await first.page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();
  await first.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await first.page.getByRole('button', { name: 'Copy link to these results' }).click();
  await first.page.getByText(/Link copied/).waitFor();
  const link = await first.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, first.page.url());
  assert.match(link, /#v=1&rules=[\d.]+&at=result&was=eaeu_citizen&/);
  const second = await openPage(app.browser, link);
  t.after(() => second.page.close());
  await second.page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();
  assert.equal(await second.page.getByTestId('rules-changed').count(), 0);
  assert.deepEqual([...first.problems, ...second.problems], []);
});

test('a tampered link keeps the valid answers and says which to give again', async (t) => {
  const tampered = 'v=1&at=result&role=worker&citizenship=ZZ&residence_permit=none&eaeu_purpose=employment&eaeu_days_in_180=999&shoe=44&date.entry=2026-13-45';
  const { page, problems } = await openPage(app.browser, `${app.server.url}#${tampered}`);
  t.after(() => page.close());
  const notice = page.getByTestId('notice');
  await notice.waitFor();
  assert.equal(
    await notice.textContent(),
    'Some answers in this link could not be used and need to be given again: citizenship, days in Kazakhstan in the last 180 and entries this version does not know.',
  );
  // The role answer is kept: the journey continues at the citizenship question.
  await page.getByRole('group', { name: CITIZENSHIP }).waitFor();
  await screenshot(page, 'tampered-link');
  await page.getByRole('link', { name: 'Back' }).click();
  const role = page.getByRole('group', { name: 'Who are you?' });
  await role.waitFor();
  assert.equal(await role.getByLabel('I am the foreign worker').isChecked(), true);
  assert.deepEqual(problems, []);
});

test('a link made under other rules is re-evaluated and says what changed', async (t) => {
  const old = EAEU_RESULT.replace(`rules=${RULES_VERSION}`, 'rules=2025.01.0') + '&was=business_visa';
  const { page, problems } = await openPage(app.browser, `${app.server.url}#${old}`);
  t.after(() => page.close());
  const note = page.getByTestId('rules-changed');
  await note.waitFor();
  assert.match(await note.textContent(), new RegExp(`The rules changed since this was saved \\(rules 2025\\.01\\.0, now ${literally(RULES_VERSION)}\\)\\.`));
  assert.match(await note.textContent(), /The main route was “Business visit on a business visa” and is now “A citizen of an EAEU state/);
  assert.deepEqual(problems, []);
});

test('the checklist downloads as Markdown with its ticks, and "Forget my answers" clears the device', async (t) => {
  const context = await app.browser.browser.newContext({ acceptDownloads: true, locale: 'en-US' });
  t.after(() => context.close());
  const { page, problems } = await openPage(app.browser, `${app.server.url}#${EAEU_RESULT}`, { context });
  await page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();
  await page.getByRole('checkbox', { name: 'Copy of the passport' }).check();
  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as Markdown (.md)' }).click(),
  ]);
  assert.equal(markdown.suggestedFilename(), 'kz-work-eligibility-checklist.md');
  const text = await readFile(await markdown.path(), 'utf8');
  assert.match(text, new RegExp(`^# ${HEADLINE}\\n`));
  assert.match(text, /- \[x\] Copy of the passport/);
  assert.match(text, /- \[ \] The employment contract/);
  assert.match(text, /Treaty on the Eurasian Economic Union of 29 May 2014, Article 97\(1\) \(https:\/\/adilet\.zan\.kz\/rus\/docs\/Z1400000240/);
  assert.match(text, new RegExp(`Rules version ${literally(RULES_VERSION)}, reviewed ${RULES_REVIEWED_EN}\\.`));
  assert.match(text, new RegExp(`Reopen these answers: http://127\\.0\\.0\\.1:\\d+/#v=1&rules=${literally(RULES_VERSION)}&at=result`));
  const [plain] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as text (.txt)' }).click(),
  ]);
  assert.match(await readFile(await plain.path(), 'utf8'), /\[x\] Copy of the passport/);
  // The tick survives a reload.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();
  assert.equal(await page.getByRole('checkbox', { name: 'Copy of the passport' }).isChecked(), true);
  // Unticking the last box is remembered too.
  await page.getByRole('checkbox', { name: 'Copy of the passport' }).uncheck();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();
  assert.equal(await page.getByRole('checkbox', { name: 'Copy of the passport' }).isChecked(), false);
  // Forget: nothing is offered on the next visit.
  await page.getByRole('button', { name: 'Forget my answers' }).click();
  await page.getByRole('group', { name: 'Who are you?' }).waitFor();
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kz-eligibility')));
  assert.deepEqual(stored, []);
  const later = await context.newPage();
  await later.goto(app.server.url);
  await later.getByRole('group', { name: 'Who are you?' }).waitFor();
  assert.equal(await later.getByTestId('saved').count(), 0);
  assert.deepEqual(problems, []);
});
