#!/usr/bin/env node
// Orders the release page's head for a first visit on a slow network: the main module's preload
// right after the early fetches (scripts/build/split.mjs), before anything else the page names,
// and the stylesheet and the icon written into the page instead of fetched beside it. Over
// HTTP/1.1 each request the head names opens its own connection, they share the bandwidth, and
// a small stylesheet or icon fetched at the same moment holds the main module's window small for
// several round trips; the request the page makes first takes the page's own connection, already
// open. A result link's chunks, which the early fetches ask for, go first all the same: asked
// for after the main module, they made its result 0.17 s later in Lighthouse's simulation.
// The stylesheet file stays for the rules reference pages (scripts/build/pages.mjs); the policy
// allows the page's <style> by its hash and the icon as a data: image (scripts/build/csp.mjs).
// The debug build (`trunk serve`) keeps the head as written.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dir, publicUrl, release, stylesheet } from './config.mjs';

if (!release) {
  console.log('head: left as written in the debug build');
} else {
  const page = join(dir, 'index.html');
  const before = readFileSync(page, 'utf8');
  const html = inlineIcon(inlineStylesheet(preloadMainModuleAfterEarlyFetches(before)));
  writeFileSync(page, html);
  console.log(`head: main module preloaded after the early fetches, stylesheet and icon inline (index.html ${
    Buffer.byteLength(before)} -> ${Buffer.byteLength(html)} bytes)`);
}

/** `html` with `pattern`'s one match replaced by what `by` makes of it. */
function replaceOnce(html, pattern, by, what) {
  const found = html.match(new RegExp(pattern, 'g')) ?? [];
  if (found.length !== 1) throw new Error(`index.html should have one ${what}, has ${found.length}`);
  return html.replace(found[0], () => by(found[0]));
}

function preloadMainModuleAfterEarlyFetches(html) {
  let preload = '';
  const without = replaceOnce(html, `<link rel="preload" href="${publicUrl}[^"]+_bg\\.wasm"[^>]*>`,
    (link) => { preload = link; return ''; }, 'preload of the main module');
  // The early fetches are the page's one script without attributes so far (Trunk's loader is a
  // module; the worker's registration comes later, scripts/build/sw.mjs).
  return replaceOnce(without, '<script>[^<]*</script>', (early) => `${early}${preload}`,
    'script of early fetches');
}

function inlineStylesheet(html) {
  const sheet = stylesheet();
  const code = readFileSync(join(dir, sheet), 'utf8');
  if (code.includes('</')) throw new Error(`${sheet} would end the page's <style> early`);
  return replaceOnce(html, `<link rel="stylesheet" href="${publicUrl}${sheet}"[^>]*>`,
    () => `<style>${code}</style>`, 'link to the stylesheet');
}

function inlineIcon(html) {
  const svg = readFileSync(join(dir, 'favicon.svg'), 'utf8').trim();
  return replaceOnce(html, '<link rel="icon" href="favicon.svg"[^>]*>',
    () => `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(svg)}">`, 'icon link');
}
