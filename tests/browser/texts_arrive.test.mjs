// No text is shown before its translation file: on a network that holds the later texts back,
// a tampered link's notice waits for the questions' names rather than showing the missing-text
// marker, and names them as a sentence does, in each language. The marker is watched for from
// the page's first byte to its last, in the page and in its title.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/app.mjs';
import { openPage } from './support/chromium.mjs';
import { t } from './support/i18n.mjs';

const app = withApp();

const MARKER = '[missing text]';
const TAMPERED = 'v=1&at=result&role=worker&citizenship=ZZ&residence_permit=none&eaeu_purpose=employment&eaeu_days_in_180=999&shoe=44';

/** Records every moment the marker is in the page or its title, from the first parse on. */
function watchForMarker(marker) {
  window.markerSeen = [];
  const look = () => {
    const text = `${document.title}\n${document.body?.innerText ?? ''}`;
    if (text.includes(marker)) window.markerSeen.push(text.slice(0, 300));
  };
  new MutationObserver(look).observe(document, {
    childList: true, subtree: true, characterData: true, attributes: true,
  });
}

for (const [lang, locale] of [['en', 'en-US'], ['ru', 'ru-RU'], ['kk', 'kk-KZ']]) {
  test(`a tampered link in ${lang} waits for the questions' names and never shows the missing-text marker`, async (t_) => {
    const context = await app.browser.browser.newContext({ locale });
    t_.after(() => context.close());
    // The questions' texts are held back until the first screen is up: what the page shows
    // before they arrive is what a slow network shows.
    let release;
    const held = new Promise((done) => { release = done; });
    await context.route(/\/i18n\/\w+\/questions\.json/, async (route) => {
      await held;
      await route.continue();
    });
    await context.addInitScript(watchForMarker, MARKER);
    const { page, problems } = await openPage(app.browser, `${app.server.url}?lang=${lang}#${TAMPERED}`, { context });
    const question = page.getByRole('group').first();
    // The app's screens are up (the notice is built with them), its later texts not yet.
    await page.locator('main#main').waitFor();
    assert.equal(await page.getByTestId('notice').count(), 0, 'no notice before its names are here');
    release();
    await question.waitFor();
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    const names = t(lang, 'list.last', {
      list: [t(lang, 'question.citizenship.name'), t(lang, 'question.eaeu_days_in_180.name')].join(', '),
      last: t(lang, 'notice.unknown_entries'),
    });
    assert.equal(await notice.textContent(), t(lang, 'notice.dropped', { questions: names }));
    assert.deepEqual(await page.evaluate(() => window.markerSeen), []);
    assert.deepEqual(problems, []);
  });
}
