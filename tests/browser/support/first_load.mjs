// The one definition of the first load: what a cold visit (fresh context: no cache, no service
// worker) in a browser of `locale` fetches from navigation until the first question's options are
// in the page, and when that was. The app binds its events as it mounts its elements, so the
// question is interactive from then on. The browser tests record it for the size report
// (target/first-load.json); scripts/bench times it.

/** A cold visit to `url` in `chromium` (support/chromium.mjs); resolves to { ms, files }. */
export async function coldLoad(chromium, url, locale) {
  const context = await chromium.browser.newContext({ locale, serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = new Set();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname.slice(1);
    fetched.add(path === '' ? 'index.html' : path);
  });
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('input[type="radio"]')) {
        window.firstQuestionAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.firstQuestionAt !== undefined);
  const ms = await page.evaluate(() => window.firstQuestionAt);
  const files = [...fetched].sort();
  await context.close();
  return { ms, files };
}

/** The browsers' locales the first load is recorded in, one per language. */
export const LOCALES = [['en', 'en-US'], ['ru', 'ru-RU'], ['kk', 'kk-KZ']];
