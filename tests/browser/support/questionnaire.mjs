// How a visitor answers the questionnaire, as small steps the journeys compose.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTEFACTS } from './chromium.mjs';
import { t } from './i18n.mjs';

/** Answers the question whose legend is `title` with `fill`, then continues (in `lang`). */
export async function answer(page, title, fill, lang = 'en') {
  const question = page.getByRole('group', { name: title });
  await question.waitFor();
  await fill(question);
  await page.getByRole('button', { name: t(lang, 'action.continue'), exact: true }).click();
  await question.waitFor({ state: 'detached' });
}

export const choose = (label) => (question) => question.getByLabel(label, { exact: true }).check();
export const tick = (...labels) => async (question) => {
  for (const label of labels) await question.getByLabel(label, { exact: true }).check();
};
export const type = (text) => (question) => question.getByRole('textbox').fill(text);
/** Types part of a country's name into the picker and chooses it from the list. */
export const pick = (partial, name) => async (question) => {
  await question.getByRole('combobox').fill(partial);
  await question.getByRole('option', { name, exact: true }).click();
};

/** From the start page: who is asking. */
export const start = (page, role) =>
  answer(page, 'Who are you?', choose(role === 'employer'
    ? 'I am an employer hiring a foreign worker'
    : 'I am the foreign worker'));

/** Waits for the whole result page: its parts are built one after another once the part above
 * them is on the screen, and its sources are the last. */
export const wholeResult = (page) => page.locator('.sources-list').waitFor({ state: 'attached' });

/** From "Check your answers" to the result (in `lang`), built whole. */
export async function seeResult(page, lang = 'en') {
  await page.getByRole('heading', { level: 1, name: t(lang, 'check.title') }).waitFor();
  await page.getByRole('button', { name: t(lang, 'action.see_result') }).click();
  await page.getByText(t(lang, 'result.title'), { exact: true }).waitFor();
  await wholeResult(page);
}

/** The result page's headline, a reason with its source (under "Why"), and two checklist items. */
export async function assertResult(page, { headline, reason, source, checklist }) {
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), headline);
  await page.locator('[data-fold="reasons"] > summary').click();
  const item = page.locator(`[data-reason="${reason}"]`).first();
  await item.waitFor({ state: 'attached' });
  assert.equal(await item.locator('[data-source]').first().getAttribute('data-source'), source);
  assert.match(await item.locator('[data-source] a').first().textContent(), /\S/);
  for (const label of checklist) {
    const box = page.getByRole('checkbox', { name: label });
    await box.check();
    assert.equal(await box.isChecked(), true, label);
  }
}

export const screenshot = (page, name) =>
  page.screenshot({ path: join(ARTEFACTS, `${name}.png`), fullPage: true });
