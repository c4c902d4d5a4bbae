#!/usr/bin/env node
// Copies into the build the translation files the app fetches when it first needs them:
// every language's start, questions and result texts, except the English start texts, which the
// app carries built in. The rules reference's texts are used only to write its pages.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, catalogFile, dir } from './config.mjs';

let copied = 0;
for (const lang of LANGUAGES) {
  for (const part of ['start', 'questions', 'result']) {
    if (lang === 'en' && part === 'start') continue;
    mkdirSync(join(dir, 'i18n', lang), { recursive: true });
    copyFileSync(catalogFile(lang, part), join(dir, 'i18n', lang, `${part}.json`));
    copied += 1;
  }
}
console.log(`texts: ${copied} translation files for ${LANGUAGES.join(', ')}`);
