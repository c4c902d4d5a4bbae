// The service worker: after the first visit the app loads and works offline. The build step
// (scripts/sw.mjs) puts `VERSION` and `FILES` (every file of this build) in front of this file.
// Each build's files live in a cache of their own, so a page is always served with the files of
// one build: a new build is fetched whole in the background and takes over on the next load.
// Every file but the page has a unique address (a hash in its name or, for translations, its
// query), so a page still open from the previous build finds its own files: that build's cache
// is kept until the next one arrives.
/* global VERSION, FILES */
const PREFIX = 'kz-eligibility-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(FILES))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  // Keys come in the order the caches were made: keep this build's and the one before it.
  event.waitUntil(caches.keys()
    .then((keys) => {
      const builds = keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE);
      return Promise.all(builds.slice(0, -1).map((key) => caches.delete(key)));
    })
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    // A page load gets this build's page, whatever its query (?lang=, ?embed=); the files it
    // names are this build's too. The rules reference pages (rules.html, rules.ru.html, …) are
    // this build's as well. Any other file is found by its exact address in any build's cache:
    // the address says which content it is.
    const app = new URL('./', self.registration.scope);
    let hit;
    if (request.mode === 'navigate') {
      const own = await caches.open(CACHE);
      const isApp = url.pathname === app.pathname || url.pathname === `${app.pathname}index.html`;
      hit = isApp ? await own.match(app.href) : await own.match(url.href, { ignoreSearch: true });
    } else {
      hit = await caches.match(request);
    }
    return hit ?? fetch(request);
  })());
});
