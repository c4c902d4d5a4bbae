#!/usr/bin/env node
// Writes sw.js into the build: the service worker of public/sw.js, preceded by this build's
// version (a hash of every file's name and content) and the list of files to keep offline.
// Run after each build (scripts/postbuild.mjs), last.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { catalogVersion, dir, release } from './config.mjs';

// What partners load from elsewhere, and the worker itself, are not part of the app's page; the
// rules reference's Markdown copies are for reading elsewhere (its HTML pages are kept).
const skip = (path) => path === 'sw.js' || path.startsWith('api/') || path.startsWith('embed')
  || path.endsWith('.md');

function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield relative(dir, path).split('\\').join('/');
  }
}

// The page registers the worker once it has loaded what it asked for: its install fetches every
// file listed below (about 500 KB brotli), which on a phone's first visit would otherwise share
// the network with the code and texts the page is still waiting for. A module script does not
// hold up the page's parsing; the policy allows it by its hash (scripts/build/csp.mjs runs
// after this step). A debug build registers nothing, so nothing is cached while the code
// changes; a browser without service workers, or one that refuses (private mode), stays
// online-only.
if (release) {
  const page = join(dir, 'index.html');
  const html = readFileSync(page, 'utf8');
  if (!html.includes('</body>')) throw new Error('index.html has no </body>');
  writeFileSync(page, html.replace('</body>', '<script type="module">addEventListener("load",'
    + '()=>navigator.serviceWorker?.register("sw.js").catch(()=>{}))</script></body>'));
}
const list = [...files(dir)].filter((path) => !skip(path)).sort();
const hash = createHash('sha256');
for (const path of list) hash.update(path).update('\0').update(readFileSync(join(dir, path)));
const version = hash.digest('hex').slice(0, 16);
// The version the app puts in a translation file's address (build.rs computes the same): cached
// under that exact address, an old page open during an update still finds its own build's texts.
const address = (path) => (path.startsWith('i18n/')
  ? `${path}?v=${catalogVersion(readFileSync(join(dir, path)))}`
  : path);
// The page is cached as './' (what a visitor opens), not as index.html.
const cached = ['./', ...list.filter((path) => path !== 'index.html').map(address)];
const worker = readFileSync(new URL('../../public/sw.js', import.meta.url), 'utf8');
writeFileSync(join(dir, 'sw.js'),
  `const VERSION = ${JSON.stringify(version)};\nconst FILES = ${JSON.stringify(cached)};\n${worker}`);
console.log(`sw.js: build ${version}, ${cached.length} files kept offline`);
