// Dates on the result page: the plan's deadlines worked out from the dates given in its steps,
// the calendar export and the stay calculator, and the rules applied as of a chosen day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { withApp } from './support/app.mjs';
import { openPage } from './support/chromium.mjs';
import { screenshot, wholeResult } from './support/questionnaire.mjs';

const app = withApp();

const PERMIT = 'role=employer&citizenship=IN&residence_permit=none&special_status=no_special_status&purpose=employment&position=specialist&employer_type=kazakh_company&permit_request=new_permit&employer_headcount=15&small_business_entity=yes&vacancy_posted=yes';
const EAEU = 'role=worker&citizenship=KG&residence_permit=none&eaeu_purpose=employment&eaeu_days_in_180=12';

async function result(t, fragment) {
  const { page, problems } = await openPage(app.browser, `${app.server.url}#at=result&${fragment}`);
  t.after(() => page.close());
  await wholeResult(page);
  return { page, problems };
}

test('the plan works out each deadline from the date asked in its step', async (t) => {
  const { page, problems } = await result(t, PERMIT);
  const plan = page.getByTestId('plan');
  const mentor = plan.locator('[data-deadline="mentor_appointment"]');
  // Until the date is given, the step says the rule.
  assert.match(await mentor.textContent(), /Within 5 working days after the start of work\./);
  // Only the first step is open; the date is asked in the step of its first deadline.
  assert.equal(await page.getByLabel('Start of work').isVisible(), false);
  await page.getByRole('button', { name: 'Show all steps' }).click();
  const startWork = plan.locator('[data-step="start_work"]');
  await startWork.getByLabel('Start of work').fill('2026-03-20');
  await startWork.getByLabel('Start of work').dispatchEvent('change');
  // Friday before Nauryz + 5 working days.
  await mentor.getByText('By 1 April 2026').waitFor();
  assert.match(await mentor.textContent(), /overdue by \d+ days|in \d+ days|due today/);
  assert.match(await mentor.locator('[data-source]').getAttribute('data-source'), /mentoring_197/);
  const arrival = plan.locator('[data-step="arrival"]');
  await arrival.getByLabel('Date of entry into Kazakhstan').fill('2026-03-16');
  await arrival.getByLabel('Date of entry into Kazakhstan').dispatchEvent('change');
  await plan.locator('[data-deadline="arrival_notice"]').getByText('By 19 March 2026').waitFor();
  const dates = await plan.locator('.timeline-date').allTextContents();
  assert.ok(dates.length >= 3, dates.join(' | '));
  assert.match(await page.locator('.calendar-notes').textContent(), /published calendar for 2026/);
  // The dates live in the address: a reload keeps them.
  await page.reload();
  await page.getByRole('button', { name: 'Show all steps' }).click();
  await page.getByTestId('plan').locator('[data-deadline="mentor_appointment"]').getByText('By 1 April 2026').waitFor();
  await screenshot(page, 'plan-with-dates');
  assert.deepEqual(problems, []);
});

test('"Add to calendar" downloads an iCalendar file with every dated deadline', async (t) => {
  const { page, problems } = await result(t, `${PERMIT}&date.start_of_work=2026-03-20&date.entry=2026-03-16`);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
  ]);
  assert.equal(file.suggestedFilename(), 'kz-work-permit-deadlines.ics');
  const text = await readFile(await file.path(), 'utf8');
  assert.match(text, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  assert.match(text, /END:VCALENDAR\r\n$/);
  assert.match(text, /DTSTART;VALUE=DATE:20260401\r\n/);
  assert.match(text, /DTSTART;VALUE=DATE:20260319\r\n/);
  const events = text.match(/BEGIN:VEVENT/g).length;
  const dated = await page.getByTestId('plan').locator('.timeline-date').count();
  assert.equal(events, dated, 'one event per dated deadline');
  assert.ok(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines folded');
  assert.deepEqual(problems, []);
});

test('the stay calculator tells an EAEU citizen when a full stay is possible again', async (t) => {
  const { page, problems } = await result(t, EAEU);
  const calculator = page.getByRole('region', { name: 'Stay calculator' });
  // The limits it applies carry their source, numbered among the page's footnotes.
  const source = calculator.locator('sup[data-source="eaeu_stay_90_days"]');
  assert.match(await source.textContent(), /^\d+[*?]?$/);
  assert.equal(await page.locator('[data-footnote="eaeu_stay_90_days"]').count(), 1);
  await calculator.getByLabel('Entry', { exact: true }).fill('2026-01-01');
  await calculator.getByLabel('Entry', { exact: true }).dispatchEvent('change');
  await calculator.getByLabel('Exit', { exact: true }).fill('2026-03-31');
  await calculator.getByLabel('Exit', { exact: true }).dispatchEvent('change');
  await calculator.getByLabel('Next entry').fill('2026-04-01');
  await calculator.getByLabel('Next entry').dispatchEvent('change');
  const report = page.getByTestId('stay-report');
  await report.getByText('Entering on 1 April 2026 would break the limit.').waitFor();
  assert.match(await report.textContent(), /Days already used in the 180 days before 1 April 2026: 90\./);
  assert.match(await report.textContent(), /A full stay of 90 days is possible from 30 June 2026\./);
  await calculator.getByLabel('Next entry').fill('2026-07-01');
  await calculator.getByLabel('Next entry').dispatchEvent('change');
  await report.getByText('Leave by 28 September 2026 at the latest.').waitFor();
  await screenshot(page, 'stay-calculator');
  assert.deepEqual(problems, []);
});

test('the stay calculator starts from the 12 days answered, never from a stay or an entry it made up', async (t) => {
  const { page, problems } = await result(t, EAEU);
  const calculator = page.getByRole('region', { name: 'Stay calculator' });
  // One empty stay to fill in, and no next entry chosen for the visitor.
  assert.equal(await calculator.getByLabel('Entry', { exact: true }).inputValue(), '');
  assert.equal(await calculator.getByLabel('Exit', { exact: true }).inputValue(), '');
  assert.equal(await calculator.getByLabel('Next entry').inputValue(), '');
  const report = page.getByTestId('stay-report');
  assert.equal((await report.textContent()).trim(), 'Choose the day of the next entry to see how long the stay may last.');
  // The device's today, as the app reads it.
  const today = await page.evaluate(() => {
    const now = new Date();
    const two = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  });
  await calculator.getByLabel('Next entry').fill(today);
  await calculator.getByLabel('Next entry').dispatchEvent('change');
  // The answer is said to be an assumption, and counted as one.
  await page.getByTestId('stay-from-answer').waitFor();
  assert.match(await page.getByTestId('stay-from-answer').textContent(), /^You answered that 12 of the last 180 days are already spent\./);
  assert.match(await report.textContent(), /Days already used in the 180 days before .*: 12\./);
  // Dated stays replace the answer.
  await calculator.getByLabel('Entry', { exact: true }).fill('2026-01-01');
  await calculator.getByLabel('Entry', { exact: true }).dispatchEvent('change');
  await calculator.getByLabel('Exit', { exact: true }).fill('2026-01-02');
  await calculator.getByLabel('Exit', { exact: true }).dispatchEvent('change');
  await page.getByTestId('stay-from-answer').waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
});

test('rules apply as of the chosen day: before 1 September 2025 there is no enbek.kz posting', async (t) => {
  const { page, problems } = await openPage(app.browser, `${app.server.url}#at=check&${PERMIT}`);
  t.after(() => page.close());
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  assert.equal(await page.locator('[data-question="vacancy_posted"]').count(), 1);
  await page.getByLabel('Apply the rules as they stand on').fill('2025-06-01');
  await page.waitForFunction(() => location.hash.includes('asof=2025-06-01'));
  // Before Order 93 a small-business entity was exempt from the ratio at any headcount (as
  // reported): no staff numbers are asked, and the posting question no longer applies.
  await page.waitForFunction(() => !document.querySelector('[data-question="vacancy_posted"]'));
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  assert.equal(await page.locator('[data-question="kazakh_staff"]').count(), 0);
  assert.equal(await page.getByLabel('Apply the rules as they stand on').inputValue(), '2025-06-01');
  await page.getByRole('button', { name: 'See the result' }).click();
  await page.locator('[data-reason="labour_market_test_before_order_93"]').waitFor({ state: 'attached' });
  assert.equal(await page.locator('[data-reason="ratio_exempt_small_business_any_size"]').count(), 1);
  assert.equal(await page.locator('[data-reason="vacancy_posted"]').count(), 0);
  assert.deepEqual(problems, []);
});
