// Compacts the split loader that wasm-split-cli writes (__wasm_split.js), which every first
// visit downloads: one identical 5-line fetch block per chunk (about 230 of them) becomes a
// call to one function, and the comments listing which features share a chunk go. 73 KB raw /
// 4.4 KB gzip before. The block must match exactly, or the build stops: a new wasm-split-cli
// that writes something else must be looked at, not silently shipped half-compacted.
// Usage: node .ci/ringkas-loader.mjs path/to/__wasm_split.js
import fs from 'node:fs';

const file = process.argv[2];
let js = fs.readFileSync(file, 'utf8');
const blok = /makeLoad\(\(\) => \{\n {4}const src = fetch\(new URL\("\.\/([A-Za-z0-9_]+)\.wasm", import\.meta\.url\)\);\n {4}src\.catch\(\(\) => \{\}\);\n {4}return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);\n\}\n, /g;
const semua = (js.match(/makeLoad\(\(\) =>/g) || []).length;
let ganti = 0;
js = js.replace(blok, (_, nama) => {
  ganti += 1;
  return `makeLoad(__ambil("${nama}"), `;
});
if (semua === 0 || ganti !== semua) {
  console.error(`ringkas-loader: ${ganti} of ${semua} chunk loaders have the expected shape; not compacting`);
  process.exit(1);
}
// The fetch starts when the loader runs; a failed fetch surfaces through instantiateStreaming.
const ambil = 'const __ambil = (n) => () => {\n    const src = fetch(new URL(`./${n}.wasm`, import.meta.url));\n'
  + '    src.catch(() => {});\n    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));\n};\n';
const titik = js.indexOf('function makeLoad(');
if (titik < 0) {
  console.error('ringkas-loader: makeLoad not found');
  process.exit(1);
}
js = js.slice(0, titik) + ambil + js.slice(titik);
js = js.replace(/^\/\* [a-z_, ]+ \*\/\n/gm, '');
// Chunk loaders are named in every feature's dependency list: short names.
js = js.replace(/\b__chunk_(\d+)\b/g, 'k$1');
fs.writeFileSync(file, js);
