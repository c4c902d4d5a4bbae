// Untrusted input in the browser, bounded and kept faithfully: a shared plan that inflates to
// junk never replaces the plan kept here, labels come back exactly, a file that cannot be read
// leaves the plan as it is and says why, a screen the app does not have is said, and saved
// state that holds no answer offers nothing to continue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { withApp } from './support/app.mjs';
import { openPage } from './support/chromium.mjs';
import { t } from './support/i18n.mjs';

const app = withApp();
const PLAN_KEY = 'kz-eligibility:plan';
const STORED = [
  'employer_type=kazakh_company&employer_headcount=300&kazakh_staff_3_4=90',
  'label,start,citizenship,position,permit_request',
  'Engineer 1,2027-03,IN,specialist,new_permit',
  'Engineer 2,2027-03,IN,specialist,new_permit',
].join('\n');

/** A `plan=` value as the app writes one: raw deflate in URL-safe base64 without padding. */
const linkValue = (text) => deflateRawSync(Buffer.from(text), { level: 9 }).toString('base64url');

/** A fresh browser profile holding `values` in localStorage before the first page opens. */
async function seeded(t_, values) {
  const context = await app.browser.browser.newContext({ acceptDownloads: true, locale: 'en-US' });
  t_.after(() => context.close());
  await context.addInitScript((stored) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, values);
  return context;
}

async function openPlan(t_, hash = 'plan') {
  const context = await seeded(t_, { [PLAN_KEY]: STORED });
  const opened = await openPage(app.browser, `${app.server.url}#${hash}`, { context });
  await opened.page.getByRole('heading', { level: 1, name: t('en', 'hiring.title') }).waitFor();
  return opened;
}

const labels = (page) => page.getByLabel(t('en', 'planner.field.label')).evaluateAll((inputs) => inputs.map((input) => input.value));

test('a 1 KB link that inflates to 249,000 junk pairs is refused whole: a screenful said, the kept plan untouched', async (t_) => {
  const value = linkValue(`${'a=b&'.repeat(249_000)}\nstart\n`);
  assert.ok(value.length < 2_000, `${value.length}`);
  const { page, problems } = await openPlan(t_, `plan=${value}`);
  const said = page.getByTestId('plan-problems');
  await said.waitFor();
  assert.equal(await said.locator('p').textContent(), t('en', 'planner.link_refused'));
  const lines = await said.locator('li').allTextContents();
  assert.deepEqual(lines, [
    t('en', 'hiring.whole.mostly_unreadable'),
    t('en', 'hiring.ignored_file', { key: 'a', value: 'b', reason: t('en', 'hiring.reason.unknown_key') }),
    t('en', 'hiring.ignored_more', { count: '248,999' }),
  ]);
  assert.deepEqual(await labels(page), ['Engineer 1', 'Engineer 2']);
  assert.equal(await page.getByTestId('plan-before').count(), 0, 'nothing replaced, nothing to bring back');
  const kept = await page.evaluate((key) => localStorage.getItem(key), PLAN_KEY);
  assert.ok(kept.startsWith(`${STORED.split('\n')[0]}\n`) && kept.includes('\nEngineer 2,2027-03,IN,'), kept);
  assert.ok(!kept.includes('a=b'), 'the link wrote nothing here');
  assert.deepEqual(problems, []);
});

test('labels that look like formulas come back exactly after a reload; the Markdown export escapes them', async (t_) => {
  const { page, problems } = await openPlan(t_);
  const fields = page.getByLabel(t('en', 'planner.field.label'));
  const typed = ['-2 welders (night)', '+7 701 555 0101'];
  for (const [n, text] of typed.entries()) {
    await fields.nth(n).fill(text);
    await page.keyboard.press('Tab');
  }
  await page.reload();
  await page.getByTestId('hire').nth(1).waitFor();
  assert.deepEqual(await labels(page), typed);
  // Into a document a partner may render: escaped for Markdown, never raw HTML.
  await fields.first().fill('<img src=x onerror=alert(1)> *x*');
  await page.keyboard.press('Tab');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t('en', 'export.markdown') }).click(),
  ]);
  const markdown = await readFile(await download.path(), 'utf8');
  assert.match(markdown, /\| 1 \| \\<img src=x onerror=alert\\\(1\\\)\\> \\\*x\\\* \|/);
  assert.doesNotMatch(markdown, /(^|[^\\])<img/);
  assert.deepEqual(problems, []);
});

test('a file that cannot be read leaves the plan as it is and says why; a Russian Excel file is read', async (t_) => {
  const { page, problems } = await openPlan(t_);
  const importFile = (name, buffer) => page.getByLabel(t('en', 'planner.import')).setInputFiles({ name, mimeType: 'text/csv', buffer });
  const said = page.getByTestId('plan-import-said');
  const cases = [
    ['latin-1.csv', Buffer.from('label,start,citizenship\nCaf\xe9 M\xfcller,2027-03,DE\n', 'latin1'), t('en', 'hiring.whole.not_utf8')],
    ['empty.csv', Buffer.alloc(0), t('en', 'hiring.whole.empty')],
    ['no-header.csv', Buffer.from('Welder;2027-03;UZ\n'), t('en', 'hiring.missing_column', { key: 'start', value: 'Welder;2027-03;UZ' })],
    ['header-only.csv', Buffer.from('label,start\n'), t('en', 'hiring.whole.no_hires')],
  ];
  for (const [name, buffer, reason] of cases) {
    await importFile(name, buffer);
    await page.waitForFunction((expected) => document.querySelector('[data-testid=plan-import-said]')?.textContent.includes(expected), reason);
    assert.equal(await said.locator('p').textContent(), t('en', 'planner.not_imported'), name);
    assert.deepEqual(await labels(page), ['Engineer 1', 'Engineer 2'], `${name} left the plan as it was`);
  }
  // An unclosed quote: the rows before it are taken, its row named.
  await importFile('quote.csv', Buffer.from('label;start;citizenship\n"Сварщик; ночь";2027-03;UZ\n"Broken;2027-04;UZ\nLost;2027-05;UZ\n'));
  await page.getByTestId('hire').nth(0).getByLabel(t('en', 'planner.field.label')).and(page.locator('[value="Сварщик; ночь"]')).waitFor();
  assert.deepEqual(await labels(page), ['Сварщик; ночь']);
  assert.match(await said.textContent(), /Row 3: a quotation mark opened in this row is never closed/);
  assert.deepEqual(problems, []);
});

test('a link to a screen this version does not have opens at the start and says so', async (t_) => {
  const { page, problems } = await openPage(app.browser, `${app.server.url}#v=1&at=resul&role=worker`);
  t_.after(() => page.close());
  const notice = page.getByTestId('notice');
  await notice.waitFor();
  assert.equal(await notice.textContent(), t('en', 'notice.unknown_screen'));
  assert.deepEqual(problems, []);
});

test('saved state that holds no answer this version reads offers nothing to continue', async (t_) => {
  for (const stored of ['zzz=1&foo', `role=worker&${'x'.repeat(20_000)}`]) {
    const context = await seeded(t_, { 'kz-eligibility:state': stored });
    const { page, problems } = await openPage(app.browser, app.server.url, { context });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('group', { name: t('en', 'question.role.title') }).waitFor();
    assert.equal(await page.getByTestId('saved').count(), 0, stored.slice(0, 20));
    assert.deepEqual(problems, []);
  }
});

test('a plan of 1,000 hires is shown a page of 25 at a time; turning, typing and adding keep their place', async (t_) => {
  const { PLAN_1000 } = await import('../../scripts/plan-thousand.mjs');
  const context = await seeded(t_, { [PLAN_KEY]: PLAN_1000 });
  const { page, problems } = await openPage(app.browser, `${app.server.url}#plan`, { context });
  await page.getByTestId('hire').first().waitFor();
  assert.equal(await page.getByTestId('hire').count(), 25);
  assert.match(await page.getByTestId('plan-status').textContent(), /^Hires in the plan: 1000\./);
  const pager = page.getByTestId('pager').first();
  assert.equal(await pager.getByRole('status').textContent(), t('en', 'planner.page.range', { name: 'Hires', from: 1, to: 25, total: '1,000' }));
  // The tables below are paged too: never more than a page of rows or folds.
  await page.getByTestId('ratio-table').waitFor({ state: 'attached' });
  assert.ok(await page.getByTestId('ratio-table').locator('tbody tr').count() <= 25);
  assert.ok(await page.locator('[data-fold=plan-documents]').count() <= 25);
  assert.ok(await page.locator('*').count() < 5_000, 'a page, not 1,000 hires, of elements');

  await pager.getByRole('button', { name: t('en', 'planner.page.next', { count: 25 }) }).click();
  await page.waitForFunction(() => document.activeElement?.value === 'Hire 26');
  const labels = page.getByLabel(t('en', 'planner.field.label'));
  assert.equal(await labels.first().inputValue(), 'Hire 26');
  assert.equal(await page.locator('ol.hires').getAttribute('start'), '26');
  await page.keyboard.press('End');
  await page.keyboard.type(' (night)');
  // Left at once, before the plan is written in its own time: the page's leaving writes it.
  await page.reload();
  await page.getByTestId('hire').first().waitFor();
  await page.getByTestId('pager').first().getByRole('button', { name: t('en', 'planner.page.next', { count: 25 }) }).click();
  await page.waitForFunction(() => document.activeElement?.value === 'Hire 26 (night)');

  // A hire added goes last, and its page is shown with the keyboard in it.
  await page.getByRole('button', { name: t('en', 'planner.add') }).click();
  await page.waitForFunction(() => document.activeElement?.id?.endsWith('-label') && document.activeElement.value === '');
  assert.equal(await page.getByTestId('pager').first().getByRole('status').textContent(),
    t('en', 'planner.page.range', { name: 'Hires', from: '1,001', to: '1,001', total: '1,001' }));
  assert.deepEqual(problems, []);
});
