import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { appReady, chooseRole, repo, simpanan } from './helpers';

// Issue 11, findings 3, 4 and 6: a record's id is its object's id, revisions stay within what
// a browser counts exactly, lists are bounded, and a report of thousands of bad records is
// shown a page at a time. Templates come from the fixture of src/bundle/aturan_tests.rs.
const FIXTURE = path.join(repo, 'tests/e2e/fixtures/melanggar-aturan.json');
const NIP = '198609262015051001';

const isi = async (page: import('@playwright/test').Page) => {
  const semua = await simpanan(page);
  const o: Record<string, string | null> = {};
  for (const k of Object.keys(semua).filter((k) => k.startsWith('kinerjaku.v1.')).sort()) o[k] = semua[k];
  return o;
};

test('a fake second SKP, a huge revision and a list of 10,001 participants are refused; nothing changes', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Siti');
  const b = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
  const skp = b.records.find((r: { type: string }) => r.type === 'skp');
  // A new envelope id carrying the SKP's own data.id: a shadow copy of it.
  const bayangan = { ...skp, id: '7f1c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f77' };
  const dialog = b.records.find((r: { type: string }) => r.type === 'dialog_kinerja');
  dialog.data.peserta = Array(10_001).fill(NIP);
  b.records = [bayangan, { ...skp, revision: 4242 }, dialog];
  const teks = JSON.stringify(b).replace('"revision":4242', '"revision":18446744073709551615');
  await page.goto('./#/data');
  const sebelum = await isi(page);
  await page.getByTestId('berkas-impor').setInputFiles({ name: 'identitas.json', mimeType: 'application/json', buffer: Buffer.from(teks) });
  await expect(page.getByTestId('impor-ringkas')).toContainText('0 ditambahkan');
  await expect(page.getByTestId('impor-ringkas')).toContainText('3 ditolak');
  const ditolak = page.locator('li.galat-impor');
  await expect(ditolak.filter({ hasText: 'id data berbeda dari id record' })).toHaveCount(1);
  await expect(ditolak.filter({ hasText: 'nomor revisi melebihi 9007199254740991' })).toHaveCount(1);
  await expect(ditolak.filter({ hasText: 'daftar berisi 10001 butir, melebihi batas 10000 butir' })).toHaveCount(1);
  await expect(page.getByTestId('terapkan-impor')).toHaveCount(0);
  expect(await isi(page)).toEqual(sebelum);
});

test('a file of 450 bad records is reported 200 at a time', async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'paging, not layout');
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Siti');
  const b = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
  b.records = Array.from({ length: 450 }, (_, i) => ({ id: `rusak-${i}` }));
  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(b)) });
  await expect(page.getByTestId('impor-ringkas')).toContainText('450 ditolak');
  const baris = page.locator('ul.laporan > li');
  await expect(baris).toHaveCount(200);
  await expect(page.getByTestId('impor-lagi')).toHaveText('Tampilkan 200 berikutnya (masih 250)');
  await page.getByTestId('impor-lagi').click();
  await expect(baris).toHaveCount(400);
  await expect(page.getByTestId('impor-lagi')).toHaveText('Tampilkan 50 berikutnya (masih 50)');
  await page.getByTestId('impor-lagi').click();
  await expect(baris).toHaveCount(450);
  await expect(page.getByTestId('impor-lagi')).toHaveCount(0);
});

test('a file over the 50 MB limit is named with its size and the file picked with it is still read', async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'reading, not layout');
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Siti');
  // Written to disk: a picked file over 50 MB cannot be handed over as a buffer.
  const besar = info.outputPath('besar.json');
  fs.writeFileSync(besar, Buffer.alloc(60 * 1024 * 1024, 0x20));
  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles([besar, FIXTURE]);
  await expect(page.getByTestId('impor-total')).toContainText('2 berkas');
  await expect(page.getByText(/berkas berukuran 60 MB, melebihi batas 50 MB/)).toBeVisible();
  // The other file was read and checked: its own findings are listed.
  await expect(page.locator('li.galat-impor').first()).toBeVisible();
});
