#!/usr/bin/env node
// Minifies the release build's stylesheet with lightningcss (the minifier Trunk itself uses,
// which Trunk would only apply with its HTML minifier, and that one rewrites the page the other
// hooks edit). Comments and spacing are about a fifth of the stylesheet's gzip size, all of it
// on the first load: the page carries the minified sheet inline (scripts/build/head.mjs), the
// rules reference pages link the file. The hiring plan's own sheet is written beside it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';
import {
  dir, planSheet, planSheetSource, referenceSheet, referenceSheetSource, release, stylesheet,
} from './config.mjs';

if (!release) {
  console.log('css: left as written in the debug build');
} else {
  minifySheet();
}
// The hiring plan's stylesheet, fetched with the plan's code rather than on the first load, and
// the rules reference pages' own: neither is in the app's page.
writeSheet(planSheet(), planSheetSource);
writeSheet(referenceSheet(), referenceSheetSource);

/** A stylesheet written under its versioned name, minified in the release build. */
function writeSheet(name, sourceUrl) {
  const source = readFileSync(sourceUrl);
  const code = release ? transform({ filename: name, code: source, minify: true }).code : source;
  writeFileSync(join(dir, name), code);
  console.log(`css: ${name} written (${code.length} bytes)`);
}

function minifySheet() {
  const sheet = stylesheet();
  const file = join(dir, sheet);
  const { code } = transform({ filename: sheet, code: readFileSync(file), minify: true });
  writeFileSync(file, code);
  console.log(`css: ${sheet} minified to ${code.length} bytes`);
}
