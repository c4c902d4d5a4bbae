// The one definition of the first load: what a cold visit (fresh context: no cache, no service
// worker) in a browser of `locale` starts fetching from navigation until the first question's
// options are in the page, and when that was. The app binds its events as it mounts its
// elements, so the question is interactive from then on; what the app fetches after that (the
// later questions' code, once the page is painted) is not part of it. The browser tests record
// it for the size report (target/first-load.json); scripts/bench times it.

/** A cold visit to `url` in `chromium` (support/chromium.mjs); resolves to { ms, files, order,
 * later }: the first load's files, sorted and in the order they were asked for, and those
 * fetched after it until the network was quiet. */
export async function coldLoad(chromium, url, locale) {
  const context = await chromium.browser.newContext({ locale, serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request));
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
  const { ms, at } = await page.evaluate(() => ({
    ms: window.firstQuestionAt,
    at: performance.timeOrigin + window.firstQuestionAt,
  }));
  // Each request's start, on the same wall clock, once every response is in.
  await page.waitForLoadState('networkidle');
  const files = new Set();
  const later = new Set();
  for (const request of requests) {
    const path = new URL(request.url()).pathname.slice(1);
    (request.timing().startTime <= at ? files : later).add(path === '' ? 'index.html' : path);
  }
  await context.close();
  return { ms, files: [...files].sort(), order: [...files], later: [...later].sort() };
}

/** The browsers' locales the first load is recorded in, one per language. */
export const LOCALES = [['en', 'en-US'], ['ru', 'ru-RU'], ['kk', 'kk-KZ']];
