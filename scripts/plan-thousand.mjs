#!/usr/bin/env node
// An employer's hiring plan of 1,000 hires in the browser, kept on the device as the app keeps
// it, measured in headless Chromium on 127.0.0.1 (figures, never a pass/fail test):
//   - its first screen: from navigation to the plan's heading and company in the page (the
//     screenful a phone shows first), to the first hire card in the page, and to the frame
//     that paints that card;
//   - the longest main-thread task from navigation until the page has been quiet for a second
//     (the Long Tasks API), and the number of elements in the page then;
//   - a letter typed into a hire's label: the work it causes, median of 12 letters.
// Run on its own (`node scripts/plan-thousand.mjs`, 3 pages, the build in dist/) or from scripts/bench.
import { pathToFileURL } from 'node:url';

const positions = ['specialist', 'skilled_worker', 'head_of_division', 'specialist'];
const countries = ['UZ', 'IN', 'TR', 'CN', 'KG', 'DE'];
export const PLAN_1000 = [
  'employer_type=kazakh_company&employer_headcount=20000&kazakh_staff_1_2=2000&kazakh_staff_3_4=15000&foreign_staff_1_2=10&foreign_staff_3_4=100',
  'label,start,citizenship,position,permit_request',
  ...Array.from({ length: 1000 }, (_, i) => `Hire ${i + 1},2027-${String(1 + (i % 12)).padStart(2, '0')},`
    + `${countries[i % countries.length]},${positions[i % positions.length]},new_permit`),
].join('\n');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** One page of the 1,000-hire plan: its first screen, its longest task, a label's letters. */
export async function planThousand(chromium, url, rate = 1) {
  const context = await chromium.browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  await context.addInitScript((text) => {
    localStorage.setItem('kz-eligibility:plan', text);
    window.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longest = Math.max(window.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver((_, observer) => {
      if (!window.company && document.querySelector('[aria-labelledby=plan-company]')) window.company = performance.now();
      if (document.querySelector('[data-testid=hire]')) {
        window.firstCard = performance.now();
        requestAnimationFrame(() => { window.firstPaint = performance.now(); });
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, PLAN_1000);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${url}#plan`);
  await page.getByTestId('hire').first().waitFor({ timeout: 120_000 });
  // Quiet for a second: no long task and no change to the page.
  await page.evaluate(() => new Promise((resolve) => {
    let last = performance.now();
    new MutationObserver(() => { last = performance.now(); }).observe(document.body, { childList: true, subtree: true });
    const check = () => (performance.now() - last > 1000 ? resolve() : setTimeout(check, 100));
    check();
  }));
  const measured = await page.evaluate(() => ({
    company: window.company,
    firstCard: window.firstCard,
    firstPaint: window.firstPaint,
    longest: window.longest,
    elements: document.getElementsByTagName('*').length,
    cards: document.querySelectorAll('[data-testid=hire]').length,
  }));
  const typed = await typedLetters(page);
  await context.close();
  return { ...measured, typed };
}

/** A letter typed into the first hire's label, 12 times: the work each causes (until a task
 * queued after it runs), each followed by the frame that shows it. A label names the hire and
 * changes no conclusion. */
export function typedLetters(page) {
  return page.evaluate(async () => {
    const label = document.querySelector('[data-testid=hire] input');
    const typed = [];
    for (let i = 0; i < 12; i += 1) {
      label.value += 'x';
      const start = performance.now();
      label.dispatchEvent(new Event('input', { bubbles: true }));
      typed.push(await new Promise((resolve) => setTimeout(() => resolve(performance.now() - start), 0)));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    return typed;
  });
}

/** Prints the 1,000-hire figures of `pages` measures. */
export function report(pages, cpu = 'unthrottled') {
  const at = (key) => median(pages.map((page) => page[key]));
  console.log(`hiring plan of 1,000 hires (${cpu}, ${pages.length} pages): its heading and company in the page at median ${at('company').toFixed(0)} ms,`
    + ` first card at ${at('firstCard').toFixed(0)} ms,`
    + ` painted at ${at('firstPaint').toFixed(0)} ms  -> budget 500 ms; longest task ${at('longest').toFixed(0)} ms -> budget 200 ms;`
    + ` ${at('elements')} elements, ${at('cards')} cards in the page`);
  const typed = pages.flatMap((page) => page.typed);
  console.log(`  a letter typed into a hire's label: median ${median(typed).toFixed(1)} ms of work (max ${Math.max(...typed).toFixed(1)})  -> budget 16 ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { launchChromium } = await import('../tests/browser/support/chromium.mjs');
  const { serveDist } = await import('../tests/browser/support/server.mjs');
  const server = await serveDist();
  const chromium = await launchChromium();
  const pages = [];
  for (let run = 0; run < 3; run += 1) pages.push(await planThousand(chromium, server.url));
  report(pages);
  await chromium.close();
  await server.close();
}
