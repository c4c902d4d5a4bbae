// wasm-bindgen names each function the wasm imports from its JavaScript glue after the function
// and a 16-hex-digit hash (`__wbg_new_bb74001155cb8ca8`), and writes every name twice: in the
// wasm's import section and as a key of the glue's import object. Hashes do not compress; one-
// or two-letter names in both places save about 5 KB gzip of the first load. Only the imports
// from the glue module are renamed, and each new name must replace exactly one key in the glue.

const readLeb = (bytes, at) => {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at.p++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
};

const leb = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
};

const name = (text) => Buffer.concat([leb(Buffer.byteLength(text)), Buffer.from(text)]);

/** a, b, ... z, A, ... Z, aa, ba, ...: property names that need no quotes. */
const shortName = (index) => {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let text = '';
  let rest = index;
  do {
    text += letters[rest % letters.length];
    rest = Math.floor(rest / letters.length);
  } while (rest > 0);
  return text;
};

/** `wasm` (a Buffer) and `glue` (wasm-bindgen's JavaScript) with the imports from module
 * `glueModule` renamed alike; throws if the glue does not name each import exactly once. */
export function shortenImports(wasm, glue, glueModule) {
  const at = { p: 8 };
  const parts = [wasm.subarray(0, 8)];
  const renamed = new Map();
  while (at.p < wasm.length) {
    const start = at.p;
    const id = wasm[at.p++];
    const size = readLeb(wasm, at);
    const body = at.p;
    const end = body + size;
    if (id !== 2) {
      parts.push(wasm.subarray(start, end));
      at.p = end;
      continue;
    }
    const count = readLeb(wasm, at);
    const entries = [leb(count)];
    for (let i = 0; i < count; i += 1) {
      const moduleLength = readLeb(wasm, at);
      const module = wasm.subarray(at.p, at.p + moduleLength).toString();
      at.p += moduleLength;
      const fieldLength = readLeb(wasm, at);
      const field = wasm.subarray(at.p, at.p + fieldLength).toString();
      at.p += fieldLength;
      const descriptor = at.p;
      const kind = wasm[at.p++];
      if (kind === 0) readLeb(wasm, at);
      else if (kind === 1) { at.p += 1; const flags = wasm[at.p++]; readLeb(wasm, at); if (flags & 1) readLeb(wasm, at); }
      else if (kind === 2) { const flags = wasm[at.p++]; readLeb(wasm, at); if (flags & 1) readLeb(wasm, at); }
      else if (kind === 3) at.p += 2;
      else throw new Error(`import ${module}.${field}: unknown kind ${kind}`);
      let newField = field;
      if (module === glueModule) {
        newField = shortName(renamed.size);
        renamed.set(field, newField);
      }
      entries.push(name(module), name(newField), wasm.subarray(descriptor, at.p));
    }
    if (at.p !== end) throw new Error('the import section was not read to its end');
    const section = Buffer.concat(entries);
    parts.push(Buffer.from([2]), leb(section.length), section);
  }
  if (renamed.size === 0) throw new Error(`no import from ${glueModule}`);
  let js = glue;
  for (const [from, to] of renamed) {
    const key = new RegExp(`(?<![\\w$])${from.replace(/\$/g, '\\$')}(?=\\s*:)`, 'g');
    const found = js.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`the glue names import ${from} ${found} times as a key, not once`);
    if (js.split(from).length !== 2) throw new Error(`the glue uses ${from} other than as its key`);
    js = js.replace(key, to);
  }
  return { wasm: Buffer.concat(parts), js, renamed: renamed.size };
}
