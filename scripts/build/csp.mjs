#!/usr/bin/env node
// Puts the app's Content-Security-Policy into the built index.html, as a <meta> element, so the
// release build runs under it wherever it is served. The page's inline scripts (Trunk's loader,
// whose text names the hashed build files, the early fetches and the worker's registration) and
// its stylesheet (written in by scripts/build/head.mjs) are allowed by their SHA-256 hashes and
// nothing else inline; images may be data: addresses, which is how the page carries its icon.
// Run after each build (scripts/postbuild.mjs) on the staging directory; `frame-ancestors`
// cannot be set in a <meta> element, so the host sets it as a header (README: hosting).
// `trunk serve` (the debug build of `scripts/dev serve`) adds its live-reload script to the page
// as it serves it, after this hook, so the policy is left out there; the release build, which
// the tests run, always has it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { dir, release } from './config.mjs';

if (!release) {
  console.log('Content-Security-Policy: left out of the debug build (trunk serve)');
} else {
  writePolicy();
}

function writePolicy() {
  const file = join(dir, 'index.html');
  const html = readFileSync(file, 'utf8');

  // Trunk's inline loader, and the build's own: the early fetches (split.mjs) and the worker's
  // registration (sw.mjs).
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
  const inline = scripts.filter(([whole]) => !/\bsrc=/.test(whole.slice(0, whole.indexOf('>'))));
  if (inline.length === 0) throw new Error("expected Trunk's inline loader in index.html");
  const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const hashes = inline.map(([, text]) => hash(text)).join(' ');
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, text]) => hash(text));
  if (styles.length === 0) throw new Error('expected the stylesheet inline in index.html');

  const POLICY = [
    "default-src 'self'",
    `script-src 'self' ${hashes} 'wasm-unsafe-eval'`,
    `style-src 'self' ${styles.join(' ')}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const meta = `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`;
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('index.html already has a policy');
  // Right after the charset, before anything it governs (the page is minified by now).
  const charset = '<meta charset="utf-8">';
  if (!html.includes(charset)) throw new Error(`index.html has no ${charset}`);
  writeFileSync(file, html.replace(charset, `${charset}${meta}`));
  console.log(`Content-Security-Policy: ${POLICY}`);
}
