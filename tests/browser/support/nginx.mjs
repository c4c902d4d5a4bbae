// Runs nginx on 127.0.0.1 with the README's configuration (hosting/nginx.conf), only its port
// and root replaced, for the hosting test and the bench's Lighthouse runs; with `tls`, over
// HTTPS and HTTP/2 as the configuration's comment says a public site serves it, with a
// certificate made for the run.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { X509Certificate, createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { request as requestTls } from 'node:https';
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
export const get = (port, path, encoding, tls = false) => new Promise((done, fail) => {
  const headers = encoding ? { 'accept-encoding': encoding } : {};
  const send = tls ? requestTls : request;
  send({ host: '127.0.0.1', port, path, headers, rejectUnauthorized: false }, (response) => {
    const chunks = [];
    response.on('data', (chunk) => chunks.push(chunk));
    response.on('end', () => done({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
  }).on('error', fail).end();
});

/** Starts nginx serving dist/; resolves to { url, port, close }, and with `tls` also `spki`:
 * the certificate's key hash, which Chromium is told to trust
 * (`--ignore-certificate-errors-spki-list`). */
export async function serveWithNginx({ tls = false } = {}) {
  const port = await freePort();
  const work = mkdtempSync(join(tmpdir(), 'kz-nginx-'));
  const certificate = tls ? makeCertificate(work) : null;
  const listen = tls
    ? `    listen 127.0.0.1:${port} ssl http2;\n    ssl_certificate ${certificate.cert};\n    ssl_certificate_key ${certificate.key};`
    : `    listen 127.0.0.1:${port};`;
  const site = readFileSync(join(ROOT, 'hosting/nginx.conf'), 'utf8')
    .replace(/^\s*listen 80;$/m, listen)
    .replace(/^\s*root \/srv\/kz-eligibility\/dist;$/m, `    root ${DIST};`);
  assert.match(site, new RegExp(`listen 127\\.0\\.0\\.1:${port}${tls ? ' ssl http2' : ''};`));
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
      await get(port, '/', undefined, tls);
      const url = `${tls ? 'https' : 'http'}://127.0.0.1:${port}/`;
      return { url, port, spki: certificate?.spki, close: () => nginx.kill() };
    } catch {
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  nginx.kill();
  throw new Error('nginx did not start');
}

/** A self-signed certificate for 127.0.0.1, valid a day, and its public key's SHA-256. */
function makeCertificate(work) {
  const cert = join(work, 'cert.pem');
  const key = join(work, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
    '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  const publicKey = new X509Certificate(readFileSync(cert)).publicKey.export({ type: 'spki', format: 'der' });
  return { cert, key, spki: createHash('sha256').update(publicKey).digest('base64') };
}
