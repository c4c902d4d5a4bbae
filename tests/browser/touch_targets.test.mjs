// On a phone: every control a visitor taps is at least 44 x 44 CSS px (WCAG 2.5.5), measured in
// the page (the language buttons, Back, the Change links, the folds' summaries, the footer's
// link, the answer options and the checklist's boxes); and the start page's first question and
// Continue are on the first screen of a 360 x 740 phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/app.mjs';
import { openPage } from './support/chromium.mjs';
import { wholeResult } from './support/questionnaire.mjs';

const app = withApp();
const PHONE = { width: 360, height: 740 };
const EAEU = 'role=worker&citizenship=KG&residence_permit=none&eaeu_purpose=employment&eaeu_days_in_180=12';
const MIN = 44;

/** The controls of a screen smaller than 44 x 44 px, as "selector: w x h". */
async function small(page, selectors) {
  const found = [];
  for (const selector of selectors) {
    const boxes = await page.locator(selector).evaluateAll((elements) => elements
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => { const r = e.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; }));
    assert.ok(boxes.length > 0, `no ${selector} on the page`);
    for (const [w, h] of boxes) {
      if (w < MIN || h < MIN) found.push(`${selector}: ${w} x ${h}`);
    }
  }
  return found;
}

async function screen(fragment) {
  const context = await app.browser.browser.newContext({ viewport: PHONE, locale: 'en-US' });
  const { page, problems } = await openPage(app.browser, `${app.server.url}#${fragment}`, { context });
  await page.locator('h1, legend').first().waitFor();
  return { page, problems, close: () => context.close() };
}

test('every control on the question, check and result screens is at least 44 x 44 px', async () => {
  const found = [];
  {
    const { page, problems, close } = await screen(`at=q.residence_permit&role=worker&citizenship=KG`);
    found.push(...await small(page, ['.language-button', '.back-link', '.radio input', '.button', '.site-footer a']));
    assert.deepEqual(problems, []);
    await close();
  }
  {
    const { page, problems, close } = await screen(`at=check&${EAEU}`);
    found.push(...await small(page, ['.summary-action a', '.back-link']));
    assert.deepEqual(problems, []);
    await close();
  }
  {
    const { page, problems, close } = await screen(`at=result&${EAEU}`);
    await wholeResult(page);
    found.push(...await small(page, ['.fold > summary', '.step-fold > summary', '.checkbox input', '.actions .button', '.to-checklist a', '.step-services a']));
    assert.deepEqual(problems, []);
    await close();
  }
  assert.deepEqual(found, []);
});

test('on a 360 x 740 phone the start page shows the first question and Continue without scrolling', async () => {
  const found = [];
  for (const lang of ['en', 'ru', 'kk']) {
    const context = await app.browser.browser.newContext({ viewport: PHONE, locale: 'en-US' });
    const { page, problems } = await openPage(app.browser, `${app.server.url}?lang=${lang}`, { context });
    const question = page.locator('fieldset').first();
    await question.waitFor();
    const button = page.locator('form button[type=submit]');
    const [q, b] = [await question.boundingBox(), await button.boundingBox()];
    found.push(`${lang}: question at ${Math.round(q.y)} px, Continue ends at ${Math.round(b.y + b.height)} px`);
    assert.ok(b.y + b.height <= PHONE.height, `${lang}: Continue ends at ${b.y + b.height}, below ${PHONE.height}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
  console.log(`start page on a 360 x 740 phone:\n  ${found.join('\n  ')}`);
});
