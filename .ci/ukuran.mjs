// The size budget (`make test`) and size report (`make bench --laporan`) of a release build.
// First load = what index.html makes every visitor download before any screen: the page,
// its scripts and preloads (the wasm glue, the split loader, the main wasm) and stylesheets.
// Each lazy chunk (split_*.wasm: one feature's screens; chunk_*.wasm: code two features
// share) is listed with its gzip size. Sizes are gzip -9, deterministic with pinned tools.
// tests/ukuran.json holds the figures reached (rounded up to the next KB, since the split tool
// stamps a hash of the checkout's path into the wasm): pertama_gzip for the first load,
// `layar` one figure per screen chunk (split_<name>.wasm), so a screen that grows fails even
// while others are smaller (a new screen must be added there), and chunk_gzip for any shared
// chunk (their numbers change from build to build). They only go down; a figure raised for
// a feature says so in its commit.
// Usage: node .ci/ukuran.mjs DIST BUDGET.json [--laporan]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [dist, budgetFile] = process.argv.slice(2);
const laporan = process.argv.includes('--laporan');
const budget = JSON.parse(fs.readFileSync(budgetFile, 'utf8'));
const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const pertama = new Set(['index.html']);
for (const m of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
  const tag = m[0];
  const rel = (tag.match(/\brel="([^"]+)"/) || [])[1] || '';
  const url = (tag.match(/\b(?:src|href)="\.\/([^"]+)"/) || [])[1];
  if (!url) continue;
  if (tag.startsWith('<script') || ['stylesheet', 'modulepreload', 'preload'].includes(rel)) pertama.add(url);
}
const wasmDir = [...pertama].map((f) => f.split('/')[0]).find((d) => /^w-[0-9a-f]{16}$/.test(d));
if (!wasmDir) {
  console.error('size: index.html names no w-<hash>/ wasm folder; was dist/ built by `make build`?');
  process.exit(1);
}
let totalPertama = 0;
for (const f of [...pertama].sort()) {
  const n = gz(f);
  totalPertama += n;
  console.log(`size: first load  ${f.padEnd(56)} ${kb(n).padStart(10)}`);
}
console.log(`size: first load  ${'TOTAL'.padEnd(56)} ${kb(totalPertama).padStart(10)}  (budget ${kb(budget.pertama_gzip)})`);

const gagal = [];
if (totalPertama > budget.pertama_gzip) gagal.push(`first load ${totalPertama} B > budget ${budget.pertama_gzip} B`);
const chunks = fs.readdirSync(path.join(dist, wasmDir)).filter((f) => /^(split|chunk)_.*\.wasm$/.test(f)).sort();
let totalChunk = 0;
for (const f of chunks) {
  const n = gz(path.join(wasmDir, f));
  totalChunk += n;
  console.log(`size: lazy chunk  ${f.padEnd(56)} ${kb(n).padStart(10)}`);
  // A screen's own chunk (split_*) and a chunk that screens share (chunk_*) have their own
  // limits: the shared rulebook chunk is fetched once, with the first screen that needs it.
  const layar = (f.match(/^split_(.+)\.wasm$/) || [])[1];
  const batas = layar ? budget.layar[layar] : budget.chunk_gzip;
  if (batas === undefined) gagal.push(`${f} has no budget in ${budgetFile} (layar.${layar})`);
  else if (n > batas) gagal.push(`${f} ${n} B > ${batas} B`);
}
console.log(`size: lazy chunks ${`${chunks.length} files`.padEnd(56)} ${kb(totalChunk).padStart(10)}  (screens within their own budget, shared within ${kb(budget.chunk_gzip)})`);
if (laporan) process.exit(0);
if (gagal.length) {
  console.error(`size: over budget (tests/ukuran.json):\n  ${gagal.join('\n  ')}`);
  process.exit(1);
}
if (totalPertama < budget.pertama_gzip - 1024) {
  console.log(`size: the first load is ${kb(budget.pertama_gzip - totalPertama)} under budget: lower pertama_gzip in ${budgetFile} to ${totalPertama}`);
}
console.log('size: within budget');
