#!/usr/bin/env node
// Puts the app's Content-Security-Policy into the built index.html, as a <meta> element, so the
// release build runs under it wherever it is served. Trunk writes its loader as an inline module
// script whose text names the hashed build files; the policy allows exactly that script by its
// SHA-256 hash and nothing else inline. Run by Trunk after each build (Trunk.toml hooks) on the
// staging directory; `frame-ancestors` cannot be set in a <meta> element, so the host sets it as
// a header (README: hosting).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');

const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
const inline = scripts.filter(([whole]) => !/\bsrc=/.test(whole.slice(0, whole.indexOf('>'))));
if (inline.length !== 1) throw new Error(`expected Trunk's one inline loader, found ${inline.length}`);
const hash = createHash('sha256').update(inline[0][1]).digest('base64');

export const POLICY = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${hash}' 'wasm-unsafe-eval'`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${POLICY}" />`;
if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('index.html already has a policy');
// Right after the charset, before anything it governs.
const charset = '<meta charset="utf-8" />';
if (!html.includes(charset)) throw new Error('index.html has no <meta charset="utf-8" />');
writeFileSync(file, html.replace(charset, `${charset}\n    ${meta}`));
console.log(`Content-Security-Policy: ${POLICY}`);
