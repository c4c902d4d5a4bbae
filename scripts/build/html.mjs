#!/usr/bin/env node
// Minifies the release build's page (index.html) with html-minifier-terser: its comments, which
// explain the template to its editors, and the indentation between its tags go. About 310 bytes
// gzip, on the first load in every language. It runs before the worker's step (which lists the
// page) and the policy's (which hashes the inline scripts as they are now: the minifier trims
// the whitespace around a script's text, which would change its hash).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'html-minifier-terser';
import { dir, release } from './config.mjs';

if (!release) {
  // `trunk serve` adds its live-reload script to the page after the hooks: left as written.
  console.log('html: left as written in the debug build');
} else {
  const file = join(dir, 'index.html');
  const html = readFileSync(file, 'utf8');
  // A script's text is kept (only the whitespace around it is trimmed): the steps that wrote
  // them minified their own. Attributes keep their quotes.
  const page = await minify(html, { removeComments: true, collapseWhitespace: true });
  writeFileSync(file, page);
  console.log(`html: index.html ${Buffer.byteLength(html)} -> ${Buffer.byteLength(page)} bytes`);
}
