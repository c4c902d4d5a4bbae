// The country field: with a name typed and its suggestions open, the first click or tap on
// Continue counts (closing the list on the press once moved the button from under the pointer,
// and the click landed on nothing), and so do choosing with a tap and the keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/app.mjs';
import { openPage } from './support/chromium.mjs';
import { country, t, tFor } from './support/i18n.mjs';

const app = withApp();

const AT_CITIZENSHIP = 'v=1&at=q.citizenship&role=worker';
const CITIZENSHIP = tFor('en', 'question.citizenship.title', 'worker');
const RESIDENCE = tFor('en', 'question.residence_permit.title', 'worker');

const DEVICES = {
  mouse: { viewport: { width: 1280, height: 800 } },
  touch: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
};

async function atCitizenship(t_, device) {
  const context = await app.browser.browser.newContext({ ...DEVICES[device], locale: 'en-US' });
  t_.after(() => context.close());
  const { page, problems } = await openPage(app.browser, `${app.server.url}#${AT_CITIZENSHIP}`, { context });
  const question = page.getByRole('group', { name: CITIZENSHIP });
  await question.waitFor();
  return { page, problems, question, field: question.getByRole('combobox') };
}

const press = (device, locator) => (device === 'touch' ? locator.tap() : locator.click());

for (const device of ['mouse', 'touch']) {
  test(`with the suggestions open, the first ${device === 'touch' ? 'tap' : 'click'} on Continue takes the visitor on`, async (t_) => {
    const { page, problems, question, field } = await atCitizenship(t_, device);
    await press(device, field);
    await page.keyboard.type(country('en', 'DE'));
    await question.getByRole('option', { name: country('en', 'DE'), exact: true }).waitFor();
    const button = page.getByRole('button', { name: t('en', 'action.continue'), exact: true });
    const before = await button.boundingBox();
    await press(device, button);
    await page.getByRole('group', { name: RESIDENCE }).waitFor();
    assert.ok(before.y > 0);
    assert.deepEqual(problems, []);
  });

  test(`a suggestion chosen with a ${device === 'touch' ? 'tap' : 'click'}, then Continue: one press each`, async (t_) => {
    const { page, problems, question, field } = await atCitizenship(t_, device);
    await press(device, field);
    await page.keyboard.type('kyr');
    await press(device, question.getByRole('option', { name: country('en', 'KG'), exact: true }));
    await question.getByRole('listbox').waitFor({ state: 'hidden' });
    assert.equal(await field.inputValue(), country('en', 'KG'));
    await press(device, page.getByRole('button', { name: t('en', 'action.continue'), exact: true }));
    await page.getByRole('group', { name: RESIDENCE }).waitFor();
    assert.deepEqual(problems, []);
  });
}

test('with the keyboard: a name typed, Tab to Continue, Enter', async (t_) => {
  const { page, problems, question, field } = await atCitizenship(t_, 'mouse');
  await field.focus();
  await page.keyboard.type(country('en', 'DE'));
  await question.getByRole('option', { name: country('en', 'DE'), exact: true }).waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), t('en', 'action.continue'));
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: RESIDENCE }).waitFor();
  assert.deepEqual(problems, []);
});
