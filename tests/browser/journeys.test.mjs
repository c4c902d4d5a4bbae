// The questionnaire end to end in the release build: each journey answers as a visitor would
// and checks the result's headline, a reason with its source and two checklist items.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/app.mjs';
import { RULES_REVIEWED_EN } from './support/rules.mjs';
import { openPage } from './support/chromium.mjs';
import {
  answer, assertResult, choose, pick, screenshot, seeResult, start, tick, type, wholeResult,
} from './support/questionnaire.mjs';

const app = withApp();

const CITIZENSHIP = /^What is (your|the worker's) citizenship\?$/;
const RESIDENCE = /^Do(es the worker| you) hold a Kazakh residence permit\?$/;
const EAEU_PURPOSE = /^Do(es the worker| you) come to work, or for a short business visit\?$/;
const STATUS = /^Does any of these apply to (the worker|you)\?$/;
const PURPOSE = /^What will (the worker|you) do in Kazakhstan\?$/;

async function journey(t, steps) {
  const { page, problems } = await openPage(app.browser, app.server.url);
  t.after(() => page.close());
  await steps(page);
  assert.deepEqual(problems, [], 'no console errors');
}

test('the start page says what the tool does, how current it is, and that nothing leaves the device', (t) =>
  journey(t, async (page) => {
    assert.equal(await page.title(), 'Kazakhstan work-eligibility calculator');
    await page.getByRole('heading', { level: 1, name: 'Check whether a foreigner can work in Kazakhstan' }).waitFor();
    assert.match(await page.getByTestId('rules-version').textContent(), new RegExp(`^Rules version \\S+, reviewed ${RULES_REVIEWED_EN}\\.$`));
    assert.ok(await page.getByText('Nothing you type leaves this device.').first().isVisible());
    await screenshot(page, 'start-page');
  }));

test('EAEU citizen worker: no work permit, the treaty as source', (t) =>
  journey(t, async (page) => {
    await start(page, 'worker');
    assert.equal(await page.getByTestId('progress').textContent(), 'Question 2 of about 15');
    await answer(page, CITIZENSHIP, pick('kyrg', 'Kyrgyzstan'));
    assert.match(await page.title(), /^Do you hold a Kazakh residence permit\?/);
    await answer(page, RESIDENCE, choose('No'));
    await answer(page, EAEU_PURPOSE, choose('To work for an employer in Kazakhstan'));
    await answer(page, /How many days/, type('12'));
    await seeResult(page);
    await assertResult(page, {
      headline: 'As a citizen of an EAEU state, you can work in Kazakhstan without a work permit',
      reason: 'eaeu_no_work_permit',
      source: 'eaeu_treaty_art97',
      checklist: ['Copy of the passport', 'The employment contract, registered in the state employment-contract system'],
    });
    assert.match(await page.locator('[data-summary="work"]').textContent(), /Employment in Kazakhstan\./);
    // The 12 days already spent give one date: said first, and the application's date.
    const urgent = await page.getByTestId('urgent').textContent();
    assert.match(urgent, /78 days of visa-free stay are left after today/);
    const last = /by (\d+ \w+ \d{4})/.exec(urgent)[1];
    assert.match(await page.locator('[data-obligation="eaeu_trp_application"]').textContent(), new RegExp(`By ${last}`));
    await screenshot(page, 'eaeu-citizen-worker');
  }));

test('US citizen hired by a Kazakh company as a specialist: permit and C3 visa', (t) =>
  journey(t, async (page) => {
    await start(page, 'employer');
    await answer(page, CITIZENSHIP, pick('united st', 'United States'));
    await answer(page, RESIDENCE, choose('No'));
    await answer(page, STATUS, choose('None of these'));
    await answer(page, PURPOSE, choose('Work for an employer in Kazakhstan'));
    await answer(page, /^Which position will (the worker|you) hold\?$/, choose('Specialist'));
    await answer(page, 'Which describes the employer in Kazakhstan?', choose('A company registered in Kazakhstan'));
    await answer(page, 'Is this a new work permit or an extension?', choose('A new work permit'));
    await answer(page, 'How many employees does the employer have in Kazakhstan?', type('120'));
    await answer(page, /How many Kazakh citizens/, type('95'));
    await answer(page, /How many foreign workers/, type('4'));
    await answer(page, 'Has the employer posted the vacancy on enbek.kz?', choose('Yes'));
    await seeResult(page);
    await assertResult(page, {
      headline: 'The employer needs a work permit for this job',
      reason: 'ratio_met',
      source: 'order_279_local_content',
      checklist: ['Statement of the local-content ratio', 'Diploma and qualification documents'],
    });
    // The employer reads their own obligations first, with their time limits.
    assert.match(await page.locator('[data-obligation="mentor_appointment"]').textContent(),
      /Within 5 working days after the start of work\./);
    assert.match(await page.locator('[data-document="education_documents"]').textContent(), /apostille/);
    await screenshot(page, 'us-specialist-employer-permit');
  }));

test('an employer whose Kazakh staff would fall below 70 % learns the permit would be refused', (t) =>
  journey(t, async (page) => {
    await start(page, 'employer');
    await answer(page, CITIZENSHIP, pick('turk', 'Türkiye'));
    await answer(page, RESIDENCE, choose('No'));
    await answer(page, STATUS, choose('None of these'));
    await answer(page, PURPOSE, choose('Work for an employer in Kazakhstan'));
    await answer(page, /^Which position will (the worker|you) hold\?$/, choose('Head of a structural division'));
    await answer(page, 'Which describes the employer in Kazakhstan?', choose('A company registered in Kazakhstan'));
    await answer(page, 'Is this a new work permit or an extension?', choose('A new work permit'));
    await answer(page, 'How many employees does the employer have in Kazakhstan?', type('50'));
    await answer(page, /How many Kazakh citizens/, type('6'));
    await answer(page, /How many foreign workers/, type('3'));
    await answer(page, 'Has the employer posted the vacancy on enbek.kz?', choose('No'));
    await seeResult(page);
    await assertResult(page, {
      headline: 'The employer needs a work permit for this job',
      reason: 'ratio_breached',
      source: 'order_279_local_content',
      checklist: ['Copy of the passport', 'Photo 3.5 × 4.5 cm'],
    });
    assert.match(await page.getByTestId('permit-need').textContent(), /Not available/);
    assert.match(await page.locator('[data-reason="ratio_breached"]').textContent(), /6 of 10 staff .* \(60\u00a0%\), below the minimum of 70\u00a0%/);
    await screenshot(page, 'employer-ratio-below-70');
  }));

test('a business visitor for two weeks needs no visa and may not work', (t) =>
  journey(t, async (page) => {
    await start(page, 'worker');
    await answer(page, CITIZENSHIP, pick('germ', 'Germany'));
    await answer(page, RESIDENCE, choose('No'));
    await answer(page, STATUS, choose('None of these'));
    await answer(page, PURPOSE, choose('Visit on business without being employed in Kazakhstan'));
    await answer(page, /^What will (the worker|you) do during the visit\?$/, tick('Meetings, negotiations, signing contracts', 'Conferences, exhibitions, lectures'));
    await answer(page, 'How many days will the visit last?', type('14'));
    await seeResult(page);
    await assertResult(page, {
      headline: 'Business visit without a visa',
      reason: 'visa_free_no_work_allowed',
      source: 'visa_free_no_work',
      checklist: ['Passport valid at least 3 months beyond the visa', 'Invitation from the Kazakh host for the business visa'],
    });
    assert.match(await page.locator('[data-summary="work"]').textContent(), /No paid work in Kazakhstan\./);
    await screenshot(page, 'business-visitor-two-weeks');
  }));

test('a permanent resident works without a permit', (t) =>
  journey(t, async (page) => {
    await start(page, 'worker');
    await answer(page, CITIZENSHIP, pick('chin', 'China'));
    await answer(page, RESIDENCE, choose('Yes, a permanent residence permit'));
    await seeResult(page);
    await assertResult(page, {
      headline: 'As a permanent resident, you can work without a work permit',
      reason: 'permanent_resident_works_freely',
      source: 'residence_permits',
      checklist: ['Permanent residence permit card', 'The employment contract, registered in the state employment-contract system'],
    });
    await screenshot(page, 'permanent-resident');
  }));

/** An employer's specialist transferred from a German company, a new permit, 10 Kazakh staff. */
async function transfer(page, { citizenship, months, foreign }) {
  await start(page, 'employer');
  await answer(page, CITIZENSHIP, pick(...citizenship));
  await answer(page, RESIDENCE, choose('No'));
  await answer(page, STATUS, choose('None of these'));
  await answer(page, PURPOSE, choose('Be transferred by a foreign company to its Kazakh branch, subsidiary or representative office'));
  await answer(page, /^Which position will (the worker|you) hold\?$/, choose('Specialist'));
  await answer(page, /^How many months ha(s the worker|ve you) worked for the foreign company\?$/, type(months));
  await answer(page, /In which country is the foreign company/, pick('germ', 'Germany'));
  await answer(page, /Is this a new work permit or an extension\?/, choose('A new work permit'));
  await answer(page, /How many Kazakh citizens/, type('10'));
  await answer(page, /How many foreign workers/, type(foreign));
}

test('an intra-corporate transfer from a German company', (t) =>
  journey(t, async (page) => {
    await transfer(page, { citizenship: ['india', 'India'], months: '30', foreign: '2' });
    await seeResult(page);
    await assertResult(page, {
      headline: 'Intra-corporate transfer permit',
      reason: 'ict_wto_member',
      source: 'intra_corporate_transfer',
      checklist: ['Letter from the foreign company confirming employment and qualification', 'Letter from the Kazakh host company confirming the transfer and qualification'],
    });
    await screenshot(page, 'intra-corporate-transfer');
  }));

test('a transfer refused: the headline says why, and the plan holds only the permit\'s steps', (t) =>
  journey(t, async (page) => {
    await transfer(page, { citizenship: ['germ', 'Germany'], months: '6', foreign: '0' });
    await seeResult(page);
    await assertResult(page, {
      headline: 'The employer needs a work permit for this job',
      reason: 'permit_instead_of_closed_route',
      source: 'migration_law_art36_1',
      checklist: ['Copy of the passport'],
    });
    const instead = page.getByTestId('instead');
    assert.match(await instead.textContent(), /^Instead of an intra-corporate transfer, which these answers do not allow: 6 months with the foreign company is less than the 12 required\./);
    assert.equal(await instead.getAttribute('data-reason'), 'ict_tenure_short');
    const plan = await page.getByTestId('plan').textContent();
    assert.doesNotMatch(plan, /transfer agreement|special condition/i);
    const checklist = await page.locator('.checklist-section').textContent();
    assert.doesNotMatch(checklist, /Letter from the (foreign|Kazakh host) company/);
    // The refusal is said again under the route's own "why not".
    assert.match(await page.locator('[data-route="intra_corporate_transfer"]').textContent(), /12 required/);
  }));

test('an unlisted citizenship is never treated as visa-free', (t) =>
  journey(t, async (page) => {
    await start(page, 'worker');
    await answer(page, CITIZENSHIP, pick('koso', 'Kosovo'));
    await answer(page, RESIDENCE, choose('No'));
    await answer(page, STATUS, choose('None of these'));
    await answer(page, PURPOSE, choose('Visit on business without being employed in Kazakhstan'));
    await answer(page, /^What will (the worker|you) do during the visit\?$/, tick('Meetings, negotiations, signing contracts'));
    await answer(page, 'How many days will the visit last?', type('5'));
    await seeResult(page);
    await assertResult(page, {
      headline: 'Business visit on a business visa',
      reason: 'visa_required_check_consulate',
      source: 'entry_regime_visa_required',
      checklist: ['Passport valid at least 3 months beyond the visa', 'Invitation from the Kazakh host for the business visa'],
    });
    assert.match(await page.locator('[data-route="business_visit_visa_free"]').textContent(), /Not available/);
    assert.match(await page.getByTestId('instead').textContent(), /^Instead of a business visit without a visa, which these answers do not allow: /);
    await screenshot(page, 'unlisted-citizenship');
  }));

test('changing an early answer keeps the later ones that still apply and asks only what became relevant', (t) =>
  journey(t, async (page) => {
    await start(page, 'worker');
    await answer(page, CITIZENSHIP, pick('kyrg', 'Kyrgyzstan'));
    await answer(page, RESIDENCE, choose('No'));
    await answer(page, EAEU_PURPOSE, choose('To work for an employer in Kazakhstan'));
    await answer(page, /How many days/, type('12'));
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    await page.locator('[data-question="citizenship"]').getByRole('link', { name: /Change/ }).click();
    // The answer given is kept in the field.
    const picker = page.getByRole('group', { name: CITIZENSHIP }).getByRole('combobox');
    assert.equal(await picker.inputValue(), 'Kyrgyzstan');
    await answer(page, CITIZENSHIP, pick('indi', 'India'));
    // No longer an EAEU citizen: the status question is new; the residence answer is kept.
    await answer(page, STATUS, choose('None of these'));
    await answer(page, PURPOSE, choose('Join a family member who works in Kazakhstan'));
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    assert.equal(await page.locator('[data-question="residence_permit"] .summary-value').textContent(), 'No');
    assert.equal(await page.locator('[data-question="eaeu_days_in_180"]').count(), 0);
    await screenshot(page, 'changed-answers');
    await seeResult(page);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), "Family member's C3 visa: stay, but no right to work");
  }));

test('browser Back from a result returns to "Check your answers", and Forward to the result, even when frames come late', async (t) => {
  const context = await app.browser.browser.newContext({ locale: 'en-US' });
  t.after(() => context.close());
  // A slow phone: each frame comes 60 ms late, and the visitor follows the result link at once.
  // What the history holds must not wait for a frame: a link followed in between would put it
  // on the wrong entry.
  await context.addInitScript(() => {
    const frame = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => frame(() => setTimeout(() => frame(callback), 60));
  });
  const { page, problems } = await openPage(app.browser, app.server.url, { context });
  await (async () => {
    await start(page, 'worker');
    await answer(page, CITIZENSHIP, pick('chin', 'China'));
    await answer(page, RESIDENCE, choose('Yes, a permanent residence permit'));
    await seeResult(page);
    // The result's address records the route it showed, in the result's own history entry.
    await page.waitForFunction(() => /[#&]was=/.test(location.hash));
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    assert.doesNotMatch(await page.evaluate(() => location.hash), /at=result/);
    await page.goForward();
    await page.getByText('Result', { exact: true }).waitFor();
    assert.match(await page.evaluate(() => location.hash), /at=result/);
  })();
  assert.deepEqual(problems, [], 'no console errors');
});

test('browser Back and the Back link return to the previous question with its answer', (t) =>
  journey(t, async (page) => {
    await start(page, 'worker');
    await answer(page, CITIZENSHIP, pick('arm', 'Armenia'));
    await page.getByRole('group', { name: RESIDENCE }).waitFor();
    await page.goBack();
    const picker = page.getByRole('group', { name: CITIZENSHIP }).getByRole('combobox');
    await picker.waitFor();
    assert.equal(await picker.inputValue(), 'Armenia');
    await page.getByRole('link', { name: 'Back' }).click();
    const role = page.getByRole('group', { name: 'Who are you?' });
    await role.waitFor();
    assert.equal(await role.getByLabel('I am the foreign worker').isChecked(), true);
  }));

test('the whole journey works with the keyboard alone', (t) =>
  journey(t, async (page) => {
    await page.getByRole('group', { name: 'Who are you?' }).waitFor();
    // Start page: to the first radio, choose it with Space, submit with Enter.
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    // Presses Tab until `reached` holds, at most 30 times.
    const tabTo = async (reached) => {
      for (let presses = 0; !(await reached()); presses += 1) {
        assert.ok(presses < 30, 'Tab never reached the control');
        await page.keyboard.press('Tab');
      }
    };
    const tabToId = (id) => tabTo(async () => (await focused()) === id);
    await tabToId('role-worker');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    // Citizenship: focus starts on the heading; Tab to the picker, type, arrow, Enter.
    await page.getByRole('group', { name: CITIZENSHIP }).waitFor();
    await tabToId('citizenship-field');
    await page.keyboard.type('belar');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter'); // chooses Belarus from the list
    await page.keyboard.press('Enter'); // submits
    await page.getByRole('group', { name: RESIDENCE }).waitFor();
    await tabToId('residence_permit-none');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: EAEU_PURPOSE }).waitFor();
    await tabToId('eaeu_purpose-employment');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: /How many days/ }).waitFor();
    await tabToId('eaeu_days_in_180-field');
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    await tabTo(async () => (await page.evaluate(() => document.activeElement?.textContent)) === 'See the result');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', {
      level: 1,
      name: 'As a citizen of an EAEU state, you can work in Kazakhstan without a work permit',
    }).waitFor();
    await screenshot(page, 'keyboard-only-result');
  }));

test('continuing without an answer shows the error summary and the message by the field', (t) =>
  journey(t, async (page) => {
    await start(page, 'worker');
    await page.getByRole('group', { name: CITIZENSHIP }).waitFor();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    const summary = page.getByRole('alert');
    assert.match(await summary.textContent(), /There is a problem/);
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    assert.equal(await page.locator('.error-message').textContent(), 'Select your country of citizenship from the list');
    await screenshot(page, 'error-summary');
    await summary.getByRole('link').click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'citizenship-field');
  }));

test('a number outside its range is refused with a message', (t) =>
  journey(t, async (page) => {
    await start(page, 'worker');
    await answer(page, CITIZENSHIP, pick('russ', 'Russia'));
    await answer(page, RESIDENCE, choose('No'));
    await answer(page, EAEU_PURPOSE, choose('To work for an employer in Kazakhstan'));
    const question = page.getByRole('group', { name: /How many days/ });
    await question.getByRole('textbox').fill('181');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    assert.equal(await page.locator('.error-message').textContent(), 'Enter the number of days: a whole number from 0 to 180 (0 if you have not arrived yet)');
  }));

/** Pages of the result printed to PDF, read from the PDF's page tree. */
async function printedPages(page) {
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  return Number(/\/Type \/Pages[^>]*\/Count (\d+)/s.exec(pdf)?.[1] ?? /\/Count (\d+)/.exec(pdf)[1]);
}

test('printed, the result is a short checklist without buttons, with sources as footnotes', (t) =>
  journey(t, async (page) => {
    const eaeu = '#at=result&role=worker&citizenship=KG&residence_permit=none&eaeu_purpose=employment&eaeu_days_in_180=12';
    await page.goto(app.server.url + eaeu);
    // The result's last part (its folds, sources and buttons) is built once the rest is shown.
    const print = page.getByRole('button', { name: 'Print or save as PDF' });
    await print.waitFor();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await print.isVisible(), false);
    // Every fold is open in print: the reasons, and the sources listed once at the end.
    assert.equal(await page.locator('[data-fold="reasons"] [data-reason]').first().isVisible(), true);
    assert.equal(await page.locator('.sources-list').isVisible(), true);
    assert.match(await page.locator('footer').textContent(), new RegExp(`Rules version \\S+, reviewed ${RULES_REVIEWED_EN}`));
    assert.ok((await printedPages(page)) <= 2, 'an EAEU result prints on at most two pages');
    const permit = '#at=result&role=employer&citizenship=TR&residence_permit=none&special_status=no_special_status&purpose=employment&position=head_of_division&employer_type=kazakh_company&permit_request=new_permit&employer_headcount=50&kazakh_staff=6&foreign_staff=3&vacancy_posted=no';
    await page.goto(app.server.url + permit);
    await wholeResult(page);
    const pages = await printedPages(page);
    assert.ok(pages <= 3, `the fullest employer-permit result prints on ${pages} pages`);
  }));

test('a number may be typed as people write it: "1 200" is 1200', (t) =>
  journey(t, async (page) => {
    const before = 'role=employer&citizenship=IN&residence_permit=none&special_status=no_special_status&purpose=employment&position=specialist&employer_type=kazakh_company&permit_request=new_permit';
    await page.goto(`${app.server.url}#at=q.employer_headcount&${before}`);
    await answer(page, 'How many employees does the employer have in Kazakhstan?', type('1 200'));
    await page.waitForFunction(() => location.hash.includes('employer_headcount=1200'));
  }));
