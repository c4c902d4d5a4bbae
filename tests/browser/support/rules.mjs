// The rule set's version, review date and routes as the Rust source declares them, so that a
// new rules version changes no test (the tests check that the pages show them, not the values).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '../../../src');
const rules = readFileSync(resolve(SRC, 'rules/mod.rs'), 'utf8');

/** `RULES_VERSION`, e.g. "2026.11.2". */
export const RULES_VERSION = rules.match(/pub const RULES_VERSION: &str = "([^"]+)";/)[1];

const [, year, month, day] = rules.match(/pub const RULES_REVIEWED: NaiveDate = ymd\((\d+), (\d+), (\d+)\);/);
/** `RULES_REVIEWED` as the English pages write it, e.g. "30 November 2026". */
export const RULES_REVIEWED_EN = new Date(Date.UTC(+year, +month - 1, +day))
  .toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A string as a regular expression that matches it literally. */
export const literally = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const english = JSON.parse(readFileSync(resolve(SRC, 'i18n/en/result.json'), 'utf8'));
/** How many routes the rules know (each has a headline). */
export const ROUTE_COUNT = Object.keys(english).filter((key) => /^route\.[a-z_0-9]+\.headline$/.test(key)).length;
