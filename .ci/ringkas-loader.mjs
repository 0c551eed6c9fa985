// Compacts the split loader that wasm-split-cli writes (__wasm_split.js), which every first
// visit downloads: one identical 5-line fetch block per chunk (about 560 of them) becomes a
// call to one function, the comments listing which features share a chunk go, and the lists
// of shared chunks become number ranges. With 560 chunks: 198 KB raw / 10.6 KB gzip as written,
// 7.3 KB gzip after the first two steps, 3.5 KB after all. Each step must match exactly, or the
// build stops: a new wasm-split-cli
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
// A chunk the service worker has precached is read from its cache here, in the page: through
// the worker each chunk is a round trip to it, and an agency screen's 301 chunks took
// 0.36-0.44 s that way against 0.11-0.13 s read here, on the browser's busiest moment (storage
// is read meanwhile). Without the Cache API (plain HTTP), when it refuses (some private modes)
// or without the entry, it is fetched as before. `caches.match` looks in every cache of the
// origin (an older build's too, during an update): safe because a URL names one content, the
// folder w-<hash>/ being a hash of all its files (.ci/build-wasm.sh).
const ambil = 'const __ambil = (n) => () => {\n    const url = new URL(`./${n}.wasm`, import.meta.url);\n'
  + '    const src = (async () => { try { const r = await caches.match(url); if (r && r.ok) return r; } catch {} return fetch(url); })();\n'
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
// Each shared chunk's loader (one `const kN = makeLoad(...)` line each, ~560) is made the
// first time a feature's list names it, and the lists name runs of numbers ("28-35,56"):
// a list like `[k28, k29, …, k176]` is most of the file. A chunk loader with dependencies of
// its own would need more than this, so it stops the build.
const definisi = /^const k(\d+) = makeLoad\(__ambil\("chunk_\1"\), \[\]\);\n/gm;
const nChunk = (js.match(/makeLoad\(__ambil\("chunk_/g) || []).length;
let nDefinisi = 0;
js = js.replace(definisi, () => {
  nDefinisi += 1;
  return '';
});
if (nDefinisi !== nChunk) {
  console.error(`ringkas-loader: ${nDefinisi} of ${nChunk} chunk loaders have no dependencies; not compacting`);
  process.exit(1);
}
const rentang = (ns) => {
  const out = [];
  for (let i = 0; i < ns.length; ) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j] + 1) j += 1;
    out.push(j > i ? `${ns[i]}-${ns[j]}` : `${ns[i]}`);
    i = j + 1;
  }
  return out.join(',');
};
js = js.replace(/\[(k\d+(?:, k\d+)*)\]/g, (_, daftar) =>
  `ks("${rentang(daftar.split(', ').map((k) => Number(k.slice(1))))}")`);
if (/\bk\d+\b/.test(js)) {
  console.error('ringkas-loader: a chunk loader is named outside a dependency list; not compacting');
  process.exit(1);
}
const ks = 'const __k = [];\n'
  + 'const ks = (s) => s.split(",").flatMap((r) => { const [a, b = a] = r.split("-").map(Number); '
  + 'return Array.from({ length: b - a + 1 }, (_, i) => a + i); })\n'
  + '    .map((n) => (__k[n] ??= makeLoad(__ambil(`chunk_${n}`), [])));\n';
const ekspor = js.indexOf('export const ');
js = js.slice(0, ekspor) + ks + js.slice(ekspor);
// Comment lines (the upstream loader's notes) are not shipped.
js = js.replace(/^ *\/\/.*\n/gm, '');
fs.writeFileSync(file, js);
