#!/usr/bin/env node
// Minifies the release build's stylesheet with lightningcss (the minifier Trunk itself uses,
// which Trunk would only apply with its HTML minifier, and that one rewrites the page the other
// hooks edit). Comments and spacing are about a fifth of the stylesheet's gzip size, all of it
// on the first load: the page carries the minified sheet inline (scripts/build/head.mjs), the
// rules reference pages link the file.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';
import { dir, release } from './config.mjs';

if (!release) {
  console.log('css: left as written in the debug build');
} else {
  minifySheet();
}

function minifySheet() {
  const sheets = readdirSync(dir).filter((f) => /^main-[0-9a-f]+\.css$/.test(f));
  if (sheets.length !== 1) throw new Error(`expected one main-<hash>.css in ${dir}, found ${sheets.length}`);
  const file = join(dir, sheets[0]);
  const { code } = transform({ filename: sheets[0], code: readFileSync(file), minify: true });
  writeFileSync(file, code);
  console.log(`css: ${sheets[0]} minified to ${code.length} bytes`);
}
