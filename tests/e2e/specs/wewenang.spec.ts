import { test, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { appReady, chooseRole, repo, simpanan } from './helpers';

// Issue 11, finding 1: a file may change only what its exporter has authority over. On the
// atasan's device: the pegawai's submitted SKP, then the atasan's own approval and Q1
// evaluation; then a pegawai's file that forges the evaluation and the atasan's profile, and
// one that deletes the evaluation and the approved SKP. The fixtures are written by the native
// test `the_e2e_files_for_authority_are_current` (src/bundle/otoritas_tests.rs).
const fixture = (n: string) => path.join(repo, 'tests/e2e/fixtures', n);

async function imporSatu(page: Page, nama: string) {
  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles(fixture(nama));
  await expect(page.getByTestId('laporan-berkas')).toHaveCount(1);
  await page.getByTestId('terapkan-impor').click();
  await expect(page.getByTestId('impor-selesai')).toBeVisible();
}

const isi = async (page: Page) => {
  const semua = await simpanan(page);
  const o: Record<string, string | null> = {};
  for (const k of Object.keys(semua).filter((k) => k.startsWith('kinerjaku.v1.r.')).sort()) o[k] = semua[k];
  return o;
};

test('a pegawai file cannot forge or delete the evaluation, the approved SKP or the atasan profile', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pejabat_penilai', 'Budi');
  await imporSatu(page, 'wewenang-1-pengajuan.json');
  await imporSatu(page, 'wewenang-2-penilaian.json');
  await page.goto('./#/tim');
  const sebelum = await isi(page);
  expect(Object.keys(sebelum).length).toBe(4);

  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles([fixture('wewenang-3-palsu.json'), fixture('wewenang-4-hapus.json')]);
  await expect(page.getByTestId('laporan-berkas')).toHaveCount(2);
  const ditolak = page.locator('li.galat-impor');
  await expect(ditolak).toHaveCount(4);
  await expect(ditolak.filter({ hasText: 'tanpa wewenang: Pegawai NIP 198609262015051001 hanya dapat menambahkan tanggapan pada evaluasinya' })).toHaveCount(2);
  await expect(ditolak.filter({ hasText: 'tanpa wewenang: Hanya pemilik profil (NIP 197001012000031001)' })).toHaveCount(1);
  await expect(ditolak.filter({ hasText: 'tanpa wewenang: SKP milik NIP 198609262015051001 sudah disetujui' })).toHaveCount(1);
  // Nothing in either file may change anything: there is nothing to apply.
  await expect(page.getByTestId('terapkan-impor')).toHaveCount(0);
  await expect(page.getByTestId('tanpa-perubahan')).toBeVisible();
  expect(await isi(page)).toEqual(sebelum);

  await page.getByTestId('ganti-bahasa').click();
  await expect(ditolak.filter({ hasText: 'not authorised: The pegawai with NIP 198609262015051001 may only add a response' })).toHaveCount(2);
  await page.getByTestId('ganti-bahasa').click();

  // What the pegawai may do, the dry run shows field by field in words before it lands.
  await page.getByTestId('berkas-impor').setInputFiles(fixture('wewenang-5-tanggapan.json'));
  await expect(page.getByTestId('impor-ringkas')).toContainText('1 diperbarui');
  await expect(page.getByTestId('impor-beda')).toHaveText('Tanggapan: (kosong) → «Saya setuju»');
  await page.getByTestId('terapkan-impor').click();
  await expect(page.getByTestId('impor-selesai')).toBeVisible();
});
