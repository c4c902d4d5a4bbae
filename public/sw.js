// The service worker: after the first visit the app loads and works offline. The build step
// (scripts/sw.mjs) puts `VERSION` and `FILES` (every file of this build) in front of this file.
// Each build's files live in a cache of their own, so a page is always served with the files of
// one build: a new build is fetched whole in the background and takes over on the next load.
/* global VERSION, FILES */
const PREFIX = 'kz-eligibility-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(FILES))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys
      .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
      .map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // A page load gets this build's page, whatever its query (?lang=, ?embed=); the files it
    // names are this build's too. The query of a translation file is its version, which this
    // build's cache already matches.
    const key = request.mode === 'navigate' ? new URL('./', self.registration.scope).href : request;
    const hit = await cache.match(key, { ignoreSearch: true });
    return hit ?? fetch(request);
  })());
});
