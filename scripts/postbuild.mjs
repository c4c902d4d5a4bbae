#!/usr/bin/env node
// Everything done to Trunk's build before it ships, in order (Trunk.toml's one post-build hook):
//   1. split     the later questions, the result page, the hiring plan and the embedded app cut
//                out into their own wasm chunks, then wasm-bindgen, short import names, wasm-opt
//                and terser (scripts/build/split.mjs)
//   2. texts     the translation files the app fetches, copied in (scripts/build/texts.mjs)
//   3. css       the stylesheet minified, and the hiring plan's and the rules pages' beside it
//                (scripts/build/css.mjs)
//   4. head      the main module's preload right after the early fetches, the stylesheet
//                and the icon inline (scripts/build/head.mjs)
//   5. pages     the rules reference pages styled, and the <noscript> way to them
//                (scripts/build/pages.mjs)
//   6. shell     the page's static header and loading line, in the page's language, shown
//                until the app mounts (scripts/build/shell.mjs)
//   7. html      the page minified: its comments and the spacing between its tags removed
//                (scripts/build/html.mjs)
//   8. sw        the service worker listing the finished build's files, and the page's line
//                that registers it (scripts/build/sw.mjs)
//   9. csp       the Content-Security-Policy put into the page, allowing its inline scripts
//                by their hashes (scripts/build/csp.mjs)
//  10. compress  a .br and a .gz beside each text and wasm file, for the host
//                (scripts/build/compress.mjs)
// Each step is also a script of its own, for running one by hand on `dist`.
for (const step of ['split', 'texts', 'css', 'head', 'pages', 'shell', 'html', 'sw', 'csp', 'compress']) {
  await import(`./build/${step}.mjs`);
}
