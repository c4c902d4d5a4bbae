// dist/ served through the README's nginx configuration (hosting/nginx.conf, with only its port
// and root replaced): precompressed files served as they are, the right types, hashed files
// cached for a year and everything else revalidated, and the headers the page cannot set itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIST, get as fetchRaw, serveWithNginx } from './support/nginx.mjs';

let nginx;
const get = (path, encoding) => fetchRaw(nginx.port, path, encoding);

before(async () => {
  nginx = await serveWithNginx();
});

after(() => nginx?.close());

const named = (pattern) => {
  const found = readdirSync(DIST).find((file) => pattern.test(file));
  assert.ok(found, `a file like ${pattern} in dist/`);
  return found;
};

test('the page: brotli as built, revalidated, with the headers the page cannot set', async () => {
  const page = await get('/', 'gzip, deflate, br');
  assert.equal(page.status, 200);
  assert.match(page.headers['content-type'], /^text\/html/);
  assert.equal(page.headers['content-encoding'], 'br');
  assert.deepEqual(brotliDecompressSync(page.body), readFileSync(join(DIST, 'index.html')));
  assert.equal(page.headers['cache-control'], 'no-cache');
  assert.equal(page.headers['content-security-policy'], "frame-ancestors 'self'");
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  assert.equal(page.headers['referrer-policy'], 'no-referrer');
  // Without Accept-Encoding: the file itself.
  const plain = await get('/');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, readFileSync(join(DIST, 'index.html')));
});

test('hashed files are cached for a year; wasm is application/wasm, gzip where brotli is not accepted', async () => {
  const wasm = named(/^kz-eligibility-[0-9a-f]+_bg\.wasm$/);
  const gz = await get(`/${wasm}`, 'gzip');
  assert.equal(gz.headers['content-type'], 'application/wasm');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.match(gz.headers.vary ?? '', /Accept-Encoding/i);
  assert.equal(gz.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.deepEqual(gunzipSync(gz.body), readFileSync(join(DIST, wasm)));
  for (const file of [named(/^main-[0-9a-f]+\.css$/), named(/-split_plan_page\.wasm$/), named(/^kz-eligibility-[0-9a-f]+\.js$/)]) {
    const response = await get(`/${file}`, 'br');
    assert.equal(response.status, 200, file);
    assert.equal(response.headers['content-encoding'], 'br', file);
    assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable', file);
  }
});

test('the service worker, the texts, the manifest, the widget and the rules pages are revalidated', async () => {
  const cases = [
    ['/sw.js', /javascript/],
    ['/i18n/ru/questions.json?v=0123456789abcdef', /^application\/json/],
    ['/manifest.webmanifest', /^application\/manifest\+json/],
    ['/embed.js', /javascript/],
    ['/api/eligibility.js', /javascript/],
    ['/rules.kk.html', /^text\/html/],
  ];
  for (const [path, type] of cases) {
    const response = await get(path, 'br');
    assert.equal(response.status, 200, path);
    assert.match(response.headers['content-type'], type, path);
    assert.equal(response.headers['cache-control'], 'no-cache', path);
  }
  assert.equal((await get('/no-such-file.js')).status, 404);
});
