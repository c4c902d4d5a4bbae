#!/usr/bin/env node
// Copies into the build the translation files the app fetches when it first needs them
// (`FETCHED_TEXTS` in config.mjs).
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FETCHED_TEXTS, LANGUAGES, catalogFile, dir } from './config.mjs';

for (const [lang, part] of FETCHED_TEXTS) {
  mkdirSync(join(dir, 'i18n', lang), { recursive: true });
  copyFileSync(catalogFile(lang, part), join(dir, 'i18n', lang, `${part}.json`));
}
console.log(`texts: ${FETCHED_TEXTS.length} translation files for ${LANGUAGES.join(', ')}`);
