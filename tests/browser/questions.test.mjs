// Questions a person can answer, and a result that never contradicts itself: four people walked
// through the app on their own devices (an Uzbek welder on a 360 px phone in Russian, the HR
// manager of a wholly foreign-owned company on a 1366 px desktop, the Kazakh-speaking owner of
// a 15-person IT company on a 390 px phone, a Kyrgyz engineer on day 85 on a tablet), with
// "I don't know", answers asked again after a change, an honest progress count and the
// services each step names. Screenshots of the four journeys are kept in target/screenshots/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/app.mjs';
import { openPage } from './support/chromium.mjs';
import { answer, choose, screenshot, seeResult, start, type, wholeResult } from './support/questionnaire.mjs';

const app = withApp();

async function device(viewport, query = '', fragment = '') {
  const context = await app.browser.browser.newContext({ viewport, locale: 'en-US' });
  const { page, problems } = await openPage(app.browser, `${app.server.url}${query}${fragment ? `#${fragment}` : ''}`, { context });
  await page.locator('h1, legend').first().waitFor();
  return { page, problems, close: () => context.close() };
}

const progress = async (page) => {
  const [, n, total] = /(\d+)\D+(\d+)/.exec(await page.getByTestId('progress').textContent());
  return [Number(n), Number(total)];
};

test('an Uzbek welder on a phone, in Russian, answers "I don\'t know" and learns what the employer must check; the total never grows', async () => {
  const { page, problems, close } = await device({ width: 360, height: 740 }, '?lang=ru');
  const totals = [];
  const step = async (fill) => {
    const legend = page.locator('legend').first();
    await legend.waitFor();
    totals.push(await progress(page));
    const question = page.getByRole('group').first();
    await fill(question);
    await page.locator('form button[type=submit]').click();
  };
  const label = (text) => (question) => question.getByLabel(text, { exact: true }).check();
  await page.getByLabel('Я иностранный работник', { exact: true }).check();
  await page.locator('form button[type=submit]').click();
  await step(async (question) => {
    await question.getByRole('combobox').fill('узб');
    await question.getByRole('option', { name: 'Узбекистан', exact: true }).click();
  });
  await step(label('Нет'));
  await step(label('Ничего из перечисленного'));
  await step(label('Работать у работодателя в Казахстане'));
  await step(label('Квалифицированный рабочий'));
  await step(label('Компания, зарегистрированная в Казахстане'));
  await step(label('Новое разрешение на привлечение иностранной рабочей силы'));
  // The employer's numbers: a worker may say "I don't know" (an employer is never offered it).
  for (let i = 0; i < 3; i += 1) await step(label('Не знаю'));
  await step(label('Не знаю'));
  await page.getByRole('heading', { level: 1, name: 'Проверьте ваши ответы' }).waitFor();
  assert.match(await page.locator('[data-question="employer_headcount"]').textContent(), /Не знаю/);
  for (let i = 1; i < totals.length; i += 1) {
    assert.ok(totals[i][1] <= totals[i - 1][1], `the total grew: ${JSON.stringify(totals)}`);
    assert.equal(totals[i][0], totals[0][0] + i);
  }
  console.log(`progress along the welder's journey: ${totals.map(([n, m]) => `${n}/${m}`).join(', ')}`);
  await page.getByRole('button', { name: 'Показать результат' }).click();
  await page.getByTestId('plan').waitFor();
  assert.match(await page.getByTestId('permit-need').textContent(), /Скорее всего доступно/);
  // The employer's check is the first thing in the plan, with the service it is done on.
  const first = page.locator('[data-step]').first();
  assert.equal(await first.getAttribute('data-step'), 'prepare');
  await first.locator('[data-obligation="check_local_content"]').waitFor();
  assert.equal(await first.locator('[data-service="enbek.kz"]').getAttribute('href'), 'https://www.enbek.kz/ru');
  await screenshot(page, 'journey-uzbek-welder-phone-ru');
  assert.deepEqual(problems, []);
  await close();
});

test('an employer is never offered "I don\'t know"; a worker is, on the headcount and the posting', async () => {
  const base = 'citizenship=IN&residence_permit=none&special_status=no_special_status&purpose=employment&position=specialist&employer_type=kazakh_company&permit_request=new_permit';
  for (const [role, offered] of [['worker', true], ['employer', false]]) {
    for (const at of ['q.employer_headcount', 'q.vacancy_posted']) {
      const extra = at === 'q.vacancy_posted' ? '&employer_headcount=300&kazakh_staff=250&foreign_staff=2' : '';
      const { page, problems, close } = await device({ width: 1280, height: 900 }, '', `at=${at}&role=${role}&${base}${extra}`);
      assert.equal(await page.getByLabel("I don't know", { exact: true }).count(), offered ? 1 : 0, `${role} ${at}`);
      assert.deepEqual(problems, []);
      await close();
    }
  }
});

test('the HR manager of a wholly foreign-owned company changes the position: the staff counts are asked again, and the check page says why', async () => {
  const fragment = 'at=check&role=employer&citizenship=DE&residence_permit=none&special_status=no_special_status&purpose=employment&position=deputy_head&employer_type=kazakh_company&foreign_owned=yes&deputy_exemption_used=yes&permit_request=new_permit&employer_headcount=300&kazakh_staff=40&foreign_staff=2&vacancy_posted=yes';
  const { page, problems, close } = await device({ width: 1366, height: 768 }, '', fragment);
  await page.locator('[data-question="position"] a').click();
  await answer(page, /^Which position will (the worker|you) hold\?$/, choose('Specialist'));
  // The counts were of heads and deputies; a specialist is counted among specialists.
  await page.getByTestId('reasked').waitFor();
  await answer(page, /How many Kazakh citizens/, type('250'));
  await page.getByTestId('reasked').waitFor();
  await answer(page, /How many foreign workers/, type('3'));
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  assert.match(await page.locator('[data-question="kazakh_staff"]').textContent(), /250.*Asked again/);
  assert.match(await page.locator('[data-question="foreign_staff"]').textContent(), /Asked again/);
  await seeResult(page);
  await page.getByTestId('plan').waitFor();
  await screenshot(page, 'journey-hr-foreign-owned-desktop-en');
  assert.deepEqual(problems, []);
  await close();
});

test('the owner of a 15-person IT company, in Kazakh on a phone, is exempt from the ratio and asked for no ratio statement', async () => {
  const fragment = 'at=result&role=employer&citizenship=IN&residence_permit=none&special_status=no_special_status&purpose=employment&position=specialist&employer_type=kazakh_company&permit_request=new_permit&employer_headcount=15&small_business_entity=yes&vacancy_posted=yes';
  const { page, problems, close } = await device({ width: 390, height: 844 }, '?lang=kk', fragment);
  await wholeResult(page);
  assert.equal(await page.locator('[data-document="local_content_statement"]').count(), 0);
  assert.equal(await page.locator('[data-obligation="keep_local_content_ratio"]').count(), 0);
  assert.equal(await page.locator('[data-service="egov.kz"], [data-service="migration.enbek.kz"]').count() > 0, true);
  await screenshot(page, 'journey-it-owner-phone-kk');
  assert.deepEqual(problems, []);
  await close();
});

test('a Kyrgyz engineer on day 85, on a tablet, is told first how many days are left, as "you"', async () => {
  const fragment = 'at=result&role=worker&citizenship=KG&residence_permit=none&eaeu_purpose=employment&eaeu_days_in_180=85';
  const { page, problems, close } = await device({ width: 768, height: 1024 }, '', fragment);
  await page.getByTestId('urgent').waitFor();
  assert.match(await page.getByTestId('urgent').textContent(), /5 days/);
  assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /^As a citizen of an EAEU state, you can work/);
  await screenshot(page, 'journey-kyrgyz-engineer-tablet-en');
  assert.deepEqual(problems, []);
  await close();
});

test('on a phone, after a long question the next one starts at its top: Back and the progress line in view', async () => {
  // An employer in Russian on a small phone, four questions in a row, each answered with its
  // first option from the bottom of the screen, where Continue is.
  const fragment = 'v=1&at=q.special_status&role=employer&citizenship=IN&residence_permit=none';
  const { page, problems, close } = await device({ width: 360, height: 640 }, '?lang=ru', fragment);
  for (let step = 0; step < 4; step += 1) {
    const legend = await page.locator('legend').first().textContent();
    await page.locator('form input').first().check();
    const button = page.locator('form button[type=submit]');
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await page.locator('legend').first().filter({ hasNotText: legend }).waitFor();
    // Focus moves to the new heading once it is in the page, and the page to its top with it.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.equal(await page.evaluate(() => window.scrollY), 0, `after "${legend}"`);
    for (const top of [page.locator('.back-link'), page.getByTestId('progress')]) {
      assert.ok((await top.boundingBox()).y >= 0);
    }
  }
  await close();
  assert.deepEqual(problems, []);
});
