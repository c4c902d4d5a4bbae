#!/usr/bin/env node
// The page's static shell: the header with the tool's name and a short loading line, in the
// page itself, so the first paint shows them rather than a blank page while the app's code
// arrives (about 2.5 s for a result link on a slow phone network). A small inline script picks
// the language as the app does (`Lang::choose`: the link's ?lang=, the stored choice, the
// browser's languages, English) and writes that language's texts, taken from the translation
// files here; the app removes the shell as it mounts (`app::start`). Without scripts the
// loading line stays hidden and the <noscript> way to the rules shows below the header.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, catalog, dir, escapeHtml as escape } from './config.mjs';

const texts = Object.fromEntries(LANGUAGES.map((lang) => {
  const start = catalog(lang, 'start');
  return [lang, [start['app.title'], start['app.loading']]];
}));
// The page is written in English; the script carries the other languages' texts.
const [title, loading] = texts.en;
const others = Object.fromEntries(Object.entries(texts).filter(([lang]) => lang !== 'en'));
// The stored choice's key is the app's (src/app/browser/storage.rs, LANG); embedded, the app shows
// no title, and the partner's look comes with the app.
const script = `(()=>{const T=${JSON.stringify(others).replace(/</g, '\\u003c')},d=document,e=d.documentElement,`
  + 'q=new URLSearchParams(location.search);let s;try{s=localStorage.getItem("kz-eligibility:lang")}catch{}'
  + 'const l=[q.get("lang"),s,...navigator.languages].map(t=>String(t||"").trim().split(/[-_]/)[0]'
  + '.toLowerCase()).find(t=>t=="en"||T[t])||"en",t=T[l],h=d.getElementById("shell-title"),'
  + 'p=d.getElementById("shell-loading");e.lang=l;'
  + 'if(q.get("embed")=="1"){e.setAttribute("data-embed","");h.remove()}else if(t)h.textContent=t[0];'
  + 'if(t)p.textContent=t[1];p.hidden=!1})()';
const shell = '<div id="shell"><header class="site-header">'
  + `<p class="shell-title" id="shell-title">${escape(title)}</p></header>`
  + `<div class="page"><p class="notice" id="shell-loading" role="status" hidden>${escape(loading)}</p></div>`
  + `</div><script>${script}</script>`;

const page = join(dir, 'index.html');
const html = readFileSync(page, 'utf8');
if (html.split('<body>').length !== 2) throw new Error('index.html should have one <body>');
writeFileSync(page, html.replace('<body>', () => `<body>${shell}`));
console.log(`shell: header and loading line in ${LANGUAGES.join(', ')} (index.html ${
  Buffer.byteLength(html)} -> ${Buffer.byteLength(html) + Buffer.byteLength(shell)} bytes)`);
