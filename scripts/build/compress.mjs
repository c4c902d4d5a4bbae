#!/usr/bin/env node
// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside each text and wasm file
// of the release build, so a static host or CDN serves them as they are (hosting/nginx.conf:
// brotli_static, gzip_static) instead of compressing on every request, or not at all. Last of
// the post-build steps: the service worker lists the files themselves, not these copies.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { dir, release } from './config.mjs';

const COMPRESSIBLE = /\.(html|js|css|wasm|json|svg|md|webmanifest)$/;

function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

if (!release) {
  console.log('compress: left out of the debug build');
} else {
  let count = 0;
  for (const path of [...files(dir)].filter((file) => COMPRESSIBLE.test(file))) {
    const body = readFileSync(path);
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
    writeFileSync(`${path}.br`, brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }));
    count += 1;
  }
  console.log(`compress: .br and .gz beside ${count} files`);
}
