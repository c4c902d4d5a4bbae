#!/usr/bin/env node
// wasm-opt with the build's one set of flags (config.mjs), for a module built outside Trunk:
// `node scripts/build/wasm-opt.mjs <file.wasm>` optimises it in place (the partners' JS API).
import { execFileSync } from 'node:child_process';
import { WASM_OPT } from './config.mjs';

const file = process.argv[2];
if (!file) throw new Error('usage: node scripts/build/wasm-opt.mjs <file.wasm>');
execFileSync('wasm-opt', [...WASM_OPT, file, '-o', file], { stdio: 'inherit' });
