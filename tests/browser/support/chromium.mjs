// Debian's Chromium driven by playwright-core: never a browser that a tool downloads itself.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ARTEFACTS = resolve(import.meta.dirname, '../../../target/screenshots');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium; resolves to { browser, close }. */
export async function launchChromium() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
  await mkdir(ARTEFACTS, { recursive: true });
  return { browser, close: () => browser.close() };
}

/**
 * Opens a page in a fresh browser context (its own empty storage, like a new visitor) that
 * records every console error and uncaught exception, so a test can assert that a journey ran
 * without any. Closing the page closes its context.
 */
export async function openPage(chromiumHandle, url, { context } = {}) {
  // English unless the test gives its own context: the machine's locale must not choose.
  const ownContext = context
    ?? (await chromiumHandle.browser.newContext({ acceptDownloads: true, locale: 'en-US' }));
  const page = await ownContext.newPage();
  // Every Content-Security-Policy violation is a problem, whether or not the browser logs it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  if (!context) page.on('close', () => ownContext.close().catch(() => {}));
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location()?.url;
      problems.push(`console: ${message.text()}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  return { page, problems };
}
