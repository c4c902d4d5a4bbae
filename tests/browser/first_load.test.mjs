// The first load as a visitor's browser fetches it, in each language: recorded for the size
// report (target/first-load.json, which scripts/dev reads), and held to what it must leave out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withApp } from './support/app.mjs';
import { LOCALES, coldLoad } from './support/first_load.mjs';

const app = withApp();

test('a first visit fetches only the start page and its question, in each language, then the later questions; the size report reads what it fetched', async () => {
  const recorded = {};
  for (const [lang, locale] of LOCALES) {
    const { files, order, later: afterwards } = await coldLoad(app.browser, app.server.url, locale);
    // The page, then the app's module before anything but the page's texts: over HTTP/1.1 the
    // first request after the page takes the page's connection. The stylesheet and the icon are
    // in the page.
    assert.equal(order[0], 'index.html', `${lang}: ${order}`);
    const next = order.slice(1).find((file) => !file.startsWith('i18n/'));
    assert.match(next, /_bg\.wasm$/, `${lang}: the app's module first: ${order}`);
    assert.deepEqual(files.filter((file) => /\.(css|svg)$/.test(file)), [], `${lang}: ${files}`);
    // Nothing fetched that a later screen needs: the later questions', the result's and the
    // plan's chunks and what they share, the result's texts, the rules pages.
    const later = files.filter((file) => /-(split_|chunk_)|result\.json|^rules\./.test(file));
    assert.deepEqual(later, [], `${lang}`);
    assert.equal(files.includes(`i18n/${lang}/start.json`), lang !== 'en', `${lang}: its start page's texts`);
    assert.ok(!files.includes(`i18n/${lang}/questions.json`), `${lang}: the later questions' texts come later`);
    // Once the start page is painted, the later questions' code and texts follow, and nothing
    // of the later screens.
    assert.ok(afterwards.some((file) => /-split_questions_page\.wasm$/.test(file)), `${lang}: ${afterwards}`);
    assert.ok(afterwards.includes(`i18n/${lang}/questions.json`), `${lang}: ${afterwards}`);
    assert.deepEqual(afterwards.filter((file) => /-split_(result|plan)_page|result\.json|^rules\./.test(file)), [], `${lang}`);
    recorded[lang] = files;
  }
  const target = resolve(import.meta.dirname, '../../target');
  mkdirSync(target, { recursive: true });
  writeFileSync(resolve(target, 'first-load.json'), `${JSON.stringify(recorded, null, 2)}\n`);
});
