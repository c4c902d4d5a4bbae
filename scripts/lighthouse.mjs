#!/usr/bin/env node
// Lighthouse (pinned, `.tools/lighthouse`, installed by scripts/bench) on the start page and on a
// result page, served by nginx with the README's configuration (precompressed files), three
// runs each with Lighthouse's mobile defaults (simulated ~1.6 Mbit/s, 150 ms RTT, CPU 4x
// slower): the median of each category's score, of time to interactive and of the largest
// contentful paint, against issue 20's budgets, and of the total blocking time and the layout
// shift, which weigh most in the performance score. Figures, never a pass or fail.
// Twice: over plain HTTP/1.1, as the tests serve, and over HTTPS with HTTP/2, as a public host
// serves it (the configuration's comment), where a result link's dozen files share one
// connection instead of queueing for six.
import { execFileSync } from 'node:child_process';
import { serveWithNginx } from '../tests/browser/support/nginx.mjs';

const LIGHTHOUSE = new URL('../.tools/lighthouse/node_modules/.bin/lighthouse', import.meta.url).pathname;
const FLAGS = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run '
  + '--disable-background-networking --disable-component-update --disable-sync';
const RESULT = '#v=1&at=result&role=employer&citizenship=UZ&residence_permit=none&special_status=no_special_status'
  + '&purpose=employment&position=specialist&employer_type=kazakh_company&permit_request=new_permit'
  + '&employer_headcount=200&kazakh_staff=190&foreign_staff=3&vacancy_posted=yes';
const RUNS = 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

for (const [protocol, tls] of [['HTTP/1.1', false], ['HTTPS, HTTP/2', true]]) {
  const server = await serveWithNginx({ tls });
  const flags = tls ? `${FLAGS} --ignore-certificate-errors-spki-list=${server.spki}` : FLAGS;
  try {
    for (const [name, address] of [['start page', server.url], ['result page', `${server.url}${RESULT}`]]) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) {
        const report = JSON.parse(execFileSync(LIGHTHOUSE, [address, '--output=json', '--output-path=stdout',
          '--quiet', `--chrome-flags=${flags}`, '--only-categories=performance,accessibility,best-practices,seo'],
        { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, encoding: 'utf8', maxBuffer: 1 << 28 }));
        runs.push(report);
      }
      const score = (category) => median(runs.map((r) => r.categories[category].score)).toFixed(2);
      const ms = (audit) => median(runs.map((r) => r.audits[audit].numericValue));
      const tti = ms('interactive');
      console.log(`${name}, ${protocol} (median of ${RUNS}): performance ${score('performance')} (budget 0.98),`
        + ` accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')} (budgets 1.00);`
        + ` time to interactive ${(tti / 1000).toFixed(2)} s -> ${tti <= 1500 ? 'within' : 'OVER'} budget (1.5 s);`
        + ` largest contentful paint ${(ms('largest-contentful-paint') / 1000).toFixed(2)} s,`
        + ` total blocking time ${Math.round(ms('total-blocking-time'))} ms,`
        + ` layout shift ${ms('cumulative-layout-shift').toFixed(3)}`);
    }
  } finally {
    server.close();
  }
}
