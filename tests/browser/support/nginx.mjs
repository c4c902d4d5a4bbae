// Runs nginx on 127.0.0.1 with the README's configuration (hosting/nginx.conf), only its port
// and root replaced, for the hosting test and the bench's Lighthouse runs.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
export const DIST = join(ROOT, 'dist');

const freePort = () => new Promise((done) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => done(port));
  });
});

/** GET `path` from 127.0.0.1:`port` with the given Accept-Encoding: raw status, headers, body. */
export const get = (port, path, encoding) => new Promise((done, fail) => {
  const headers = encoding ? { 'accept-encoding': encoding } : {};
  request({ host: '127.0.0.1', port, path, headers }, (response) => {
    const chunks = [];
    response.on('data', (chunk) => chunks.push(chunk));
    response.on('end', () => done({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
  }).on('error', fail).end();
});

/** Starts nginx serving dist/; resolves to { url, port, close }. */
export async function serveWithNginx() {
  const port = await freePort();
  const work = mkdtempSync(join(tmpdir(), 'kz-nginx-'));
  const site = readFileSync(join(ROOT, 'hosting/nginx.conf'), 'utf8')
    .replace(/^\s*listen 80;$/m, `    listen 127.0.0.1:${port};`)
    .replace(/^\s*root \/srv\/kz-eligibility\/dist;$/m, `    root ${DIST};`);
  assert.match(site, new RegExp(`listen 127\\.0\\.0\\.1:${port};`));
  assert.match(site, new RegExp(`root ${DIST};`));
  writeFileSync(join(work, 'site.conf'), site);
  writeFileSync(join(work, 'nginx.conf'), `
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
daemon off;
master_process off;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events {}
http {
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  include ${work}/site.conf;
}
`);
  const nginx = spawn('nginx', ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: 'inherit' });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      await get(port, '/');
      return { url: `http://127.0.0.1:${port}/`, port, close: () => nginx.kill() };
    } catch {
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  nginx.kill();
  throw new Error('nginx did not start');
}
