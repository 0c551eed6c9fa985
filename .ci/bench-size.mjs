// Prints the raw and gzip (level 9) size of every file in a build and the totals.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2] || 'dist';
const rows = [];
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const full = path.join(d, e.name);
    if (e.isDirectory()) walk(full);
    else {
      const data = fs.readFileSync(full);
      rows.push([path.relative(dir, full), data.length, zlib.gzipSync(data, { level: 9 }).length]);
    }
  }
};
walk(dir);
rows.sort((a, b) => b[2] - a[2]);
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
console.log('size: file'.padEnd(52) + 'raw'.padStart(11) + 'gzip'.padStart(11));
for (const [f, raw, gz] of rows) console.log(`size: ${f}`.padEnd(52) + kb(raw) + kb(gz));
const sum = (i) => rows.reduce((s, r) => s + r[i], 0);
console.log('size: TOTAL'.padEnd(52) + kb(sum(1)) + kb(sum(2)));

// What opening each lazy part costs the first time: its own chunk plus every shared chunk it
// waits for (read from the split loader's dependency lists), gzip. Shared chunks fetched
// once count again for each part here: the figure is the worst case, opened first.
for (const w of fs.readdirSync(dir).filter((d) => d.startsWith('w-'))) {
  const js = fs.readFileSync(path.join(dir, w, '__wasm_split.js'), 'utf8');
  const gz = (name) => {
    const f = path.join(dir, w, `${name}.wasm`);
    return fs.existsSync(f) ? zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length : 0;
  };
  // Dependency lists are number ranges of shared chunks (see ringkas-loader.mjs): "28-35,56".
  const parts = [...js.matchAll(/__wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(__ambil\("(split_\w+)"\), ks\("([\d,-]*)"\)/g)];
  const chunks = (ranges) => ranges.split(',').filter(Boolean).flatMap((r) => {
    const [a, b = a] = r.split('-').map(Number);
    return Array.from({ length: b - a + 1 }, (_, i) => `chunk_${a + i}`);
  });
  if (parts.length === 0) throw new Error('bench-size: no split loader found in __wasm_split.js (its shape changed?)');
  const seen = new Set();
  console.log('size: opening a part first (own chunk + shared chunks it waits for, gzip)');
  for (const [, name, file, deps] of parts.sort((a, b) => a[1].localeCompare(b[1]))) {
    if (seen.has(name)) continue;
    seen.add(name);
    const shared = chunks(deps).reduce((s, c) => s + gz(c), 0);
    const own = gz(file);
    console.log(`size:   ${name.padEnd(22)} ${kb(own)} own ${kb(shared)} shared ${kb(own + shared)} total`);
  }
}
