import { test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { appReady, peranTersimpan } from '../specs/helpers';
import { DIST } from '../bench.config';

// First visit of each role: which files the page fetches before it can be used, each
// with its gzip (level 9) size, and the total. A fresh browser (no cache, no service
// worker) with the role already chosen, as when a colleague opens a shared link.
const dist = DIST;
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (n: number) => (n / 1024).toFixed(1).padStart(8) + ' KB';

const peran: [string, string | null][] = [
  ['pertama kali (belum memilih peran)', null],
  ['pegawai', 'pegawai'],
  ['pejabat penilai', 'pejabat_penilai'],
  ['admin kepegawaian', 'admin_kepegawaian'],
];

for (const [nama, kode] of peran) {
  test(`first load: ${nama}`, async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    if (kode) await peranTersimpan(context, kode);
    const page = await context.newPage();
    const files = new Set<string>();
    page.on('requestfinished', (req) => {
      const url = new URL(req.url());
      if (url.pathname.startsWith('/kinerja/')) files.add(url.pathname.slice('/kinerja/'.length) || 'index.html');
    });
    await page.goto('./');
    await appReady(page);
    await page.waitForLoadState('networkidle');
    let total = 0;
    const rows = [...files].filter((f) => fs.existsSync(path.join(dist, f))).map((f) => [f, gz(path.join(dist, f))] as const)
      .sort((a, b) => b[1] - a[1]);
    for (const [f, n] of rows) {
      total += n;
      console.log(`first-load [${nama}] ${f.padEnd(48)}${kb(n)}`);
    }
    console.log(`first-load [${nama}] ${'TOTAL (gzip)'.padEnd(48)}${kb(total)}`);
    await context.close();
  });
}
