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
