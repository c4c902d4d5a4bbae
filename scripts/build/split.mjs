#!/usr/bin/env node
// Cuts the app's WebAssembly after Trunk has built it: the start page and its first question,
// which the first load needs; the later questions (`#[wasm_split(questions_page)]` in
// src/app/questions_chunk.rs), fetched once the start page is painted; the result page
// (`result_page`, src/app/result_chunk.rs), fetched when "Check your answers" opens; the hiring
// plan (`plan_page`, src/app/plan_chunk.rs), fetched when it is opened; and the code some of them
// share (`chunk_<n>`), fetched with each that uses it. Trunk has no
// step between cargo and wasm-bindgen, so this hook (Trunk.toml, before the CSP and the service
// worker) redoes that part from cargo's output, which keeps the linker's relocations (.cargo/config.toml, `--emit-relocs`):
//
//   wasm-split-cli  cargo's kz-eligibility.wasm -> main module + chunks + loader JS
//   wasm-bindgen    the main module -> Trunk's hashed <name>.js and <name>_bg.wasm
//   short names     the imports from the glue renamed in both (scripts/build/short-imports.mjs)
//   wasm-opt -Oz    each wasm (release only; index.html turns Trunk's own pass off)
//   terser          the two JavaScript files (release only)
//
// The chunk and the loader are named after Trunk's hash of the whole build, so files of two
// builds never mix, and index.html's integrity hashes are recomputed for the replaced files.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { FETCHED_TEXTS, WASM_OPT, catalogFile, catalogVersion, dir, integrity, profile, publicUrl, release } from './config.mjs';
import { shortenImports } from './short-imports.mjs';

/** What a link can open on, by its address (the fragment as `journey::Location` writes it, the
 * query as `embed::requested` reads it), the split module each needs at once and the parts of
 * the texts that screen needs besides the start texts. An address that needs several is served
 * the first. */
const EARLY = [
  ['/[?&]embed=1(&|$)/.test(location.search)', 'embed_host', []],
  ['/[#&]at=result(&|$)/.test(location.hash)', 'result_page', ['questions', 'result']],
  ['/^#plan(=|$)/.test(location.hash)', 'plan_page', ['questions', 'result']],
  ['/[#&]at=(q\\.|check(&|$))/.test(location.hash)', 'questions_page', ['questions']],
];

/** Where the visitor's own choice of language is kept on the device (`storage::LANG`). */
const STORED_LANGUAGE = 'kz-eligibility:lang';

const input = join('target', 'wasm32-unknown-unknown', profile, 'kz-eligibility.wasm');
const work = join('target', 'split');

const run = (tool, args) => execFileSync(tool, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const sri = (file) => integrity(readFileSync(file));

const js = readdirSync(dir).filter((f) => /^kz-eligibility-[0-9a-f]+\.js$/.test(f));
if (js.length !== 1) throw new Error(`expected one kz-eligibility-<hash>.js in ${dir}, found ${js.length}`);
const base = js[0].slice(0, -'.js'.length);

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
run('wasm-split-cli', [input, work, '--target', 'web', '--out-name', base]);
const chunks = readdirSync(work).filter((f) => f.endsWith('.wasm') && f !== `${base}.wasm`);
if (chunks.length === 0) throw new Error('wasm-split-cli made no chunk: is the split point still there?');
run('wasm-bindgen', [join(work, `${base}.wasm`), '--target', 'web', '--no-typescript',
  '--keep-lld-exports', '--no-demangle', '--out-dir', work, '--out-name', base]);
const shortened = shortenImports(readFileSync(join(work, `${base}_bg.wasm`)),
  readFileSync(join(work, `${base}.js`), 'utf8'), `./${base}_bg.js`);
writeFileSync(join(work, `${base}_bg.wasm`), shortened.wasm);
writeFileSync(join(work, `${base}.js`), shortened.js);
if (release) {
  for (const file of [`${base}_bg.wasm`, ...chunks]) {
    run('wasm-opt', [...WASM_OPT, join(work, file), '-o', join(work, file)]);
  }
}

// One build, one name: <name>-split.js loads <name>-<chunk>.wasm.
const loader = `${base}-split.js`;
let link = readFileSync(join(work, '__wasm_split.js'), 'utf8');
const needs = chunkFiles(link);
for (const chunk of chunks) {
  const named = `${base}-${chunk}`;
  if (!link.includes(`"./${chunk}"`)) throw new Error(`the loader does not name ${chunk}`);
  link = link.replaceAll(`"./${chunk}"`, `"./${named}"`);
  copyFileSync(join(work, chunk), join(dir, named));
}
// wasm-bindgen's glue is written to be read; minified, it is half its gzip size. Exports keep
// their names (an ES module's interface), and so do the properties wasm imports by name.
const shipped = async (code) => (release ? (await minify(code, { module: true })).code : code);
writeFileSync(join(dir, loader), await shipped(link));

const main = readFileSync(join(work, `${base}.js`), 'utf8');
const imported = 'from "./__wasm_split.js"';
// One import of the loader per split point, all of the same module.
if (!main.includes(imported)) throw new Error(`${base}.js should import the loader`);
writeFileSync(join(dir, `${base}.js`), await shipped(main.replaceAll(imported, `from "./${loader}"`)));
copyFileSync(join(work, `${base}_bg.wasm`), join(dir, `${base}_bg.wasm`));

// Trunk's preload links carry integrity hashes of the files just replaced; the loader is
// preloaded beside the main module, which imports it.
const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');
for (const file of [`${base}.js`, `${base}_bg.wasm`]) {
  const link = new RegExp(`(href="${publicUrl}${file}"[^>]*integrity=")[^"]*(")`);
  if (!link.test(html)) throw new Error(`index.html has no preload of ${file}`);
  html = html.replace(link, `$1${sri(join(dir, file))}$2`);
}
const preload = `<link rel="modulepreload" href="${publicUrl}${base}.js"`;
if (!html.includes(preload)) throw new Error('index.html has no modulepreload of the app');
html = html.replace(preload,
  `<link rel="modulepreload" href="${publicUrl}${loader}" crossorigin="anonymous" integrity="${sri(join(dir, loader))}">${preload}`);
// A link that opens on a later screen, or in a partner's page, starts fetching the code and the
// texts it needs beside the app's, rather than once the app is running (a few hundred bytes of
// inline script, which the page's policy allows by its hash: scripts/build/csp.mjs). The texts
// are those of the language the app will open in, found as `language::initial` finds it (the
// link's `lang`, the stored choice, the browser's languages, English): if the two ever
// disagreed, the app would fetch its own language's texts as before, and a test would say so.
const versions = {};
for (const [lang, part] of FETCHED_TEXTS) {
  (versions[lang] ??= {})[part] = catalogVersion(readFileSync(catalogFile(lang, part)));
}
const early = EARLY.map(([test, module, parts]) => {
  if (!needs[module]) throw new Error(`the loader has no split module ${module}`);
  return `${test}?${JSON.stringify([needs[module].map((file) => file.replace(/\.wasm$/, '')), parts])}`;
});
const fetchEarly = `(()=>{const T=${JSON.stringify(versions)},n=s=>{s=String(s||"").trim().split(/[-_]/)[0].toLowerCase();`
  + 'return Object.hasOwn(T,s)&&s};let s;try{s=localStorage.getItem(' + JSON.stringify(STORED_LANGUAGE) + ')}catch(e){}'
  + 'const g=n(new URLSearchParams(location.search).get("lang"))||n(s)||navigator.languages.map(n).find(Boolean)||"en",'
  + `[c,p]=${early.join(':')}:[[],[]],f=c.map(x=>${JSON.stringify(`${publicUrl}${base}-`)}+x+".wasm");`
  + 'for(const q of["start",...p])T[g][q]&&f.push(`i18n/${g}/${q}.json?v=${T[g][q]}`);'
  + 'for(const h of f){const l=document.createElement("link");l.rel="preload";l.as="fetch";l.crossOrigin="anonymous";'
  + 'l.href=h;document.head.append(l)}})()';
// Before the stylesheet: a script after one waits for it to load before it runs.
const viewport = '<meta name="viewport" content="width=device-width, initial-scale=1" />';
if (!html.includes(viewport)) throw new Error('index.html has no viewport <meta>');
html = html.replace(viewport, `${viewport}<script>${fetchEarly}</script>`);
writeFileSync(page, html);
console.log(`split: ${base}_bg.wasm + ${chunks.map((c) => `${base}-${c}`).join(', ')} (${profile}); `
  + `${shortened.renamed} imports from the glue renamed short`);

/** Each split module's files, itself and the shared chunks it waits for, as the loader that
 * wasm-split-cli writes lists them. */
function chunkFiles(loaderText) {
  const fetched = (body) => body.match(/fetch\(new URL\("\.\/([\w.]+\.wasm)"/)?.[1];
  const shared = {};
  for (const [, name, body] of loaderText.matchAll(/const (__chunk_\d+) = makeLoad\(([\s\S]*?)\n, \[\]\);/g)) {
    shared[name] = fetched(body);
  }
  const needs = {};
  const modules = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?)\n, \[([\w, ]*)\]\)\);/g;
  for (const [, module, body, deps] of loaderText.matchAll(modules)) {
    const files = [fetched(body), ...deps.split(', ').filter(Boolean).map((dep) => shared[dep])];
    if (files.some((file) => !file)) throw new Error(`cannot read the files of ${module} from the loader`);
    needs[module] = files;
  }
  return needs;
}
