import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { appReady, chooseRole, isiProfil, klikNav, repo, unduh } from './helpers';

// Issue 13 §2, the rekap bundle (docs/bundle.md, "Rekap"). Admin A builds the agency from the
// three teams' files (the fixtures of instansi.spec.ts, written by
// src/store/instansi_e2e_tests.rs), takes the units from the profiles, sets two units'
// predikat organisasi and downloads the rekap. Admin B, on a fresh device, imports it in one
// go (approved SKPs and evaluations it never saw submitted included: the rekap replays their
// history) and sees the same dashboard. A pegawai's device refuses the file whole, naming its
// role. The native test src/store/impor_rekap_tests.rs checks the same path record by record.
const FIXTURES = path.join(repo, 'tests/e2e/fixtures');
const berkas = (awalan: string) =>
  fs.readdirSync(FIXTURES).filter((n) => n.startsWith(awalan)).sort().map((n) => path.join(FIXTURES, n));

/** Imports several files at once through #/data: none refused, applied whole. */
async function imporSemua(page: Page, files: string[]) {
  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles(files);
  await expect(page.getByTestId('laporan-berkas')).toHaveCount(files.length);
  await expect(page.locator('li.galat-impor')).toHaveCount(0);
  await expect(page.getByTestId('impor-ditolak')).toHaveCount(0);
  await page.getByTestId('terapkan-impor').click();
  await expect(page.getByTestId('impor-selesai')).toBeVisible();
}

/** The dashboard for triwulan II 2026: the evaluation line, then every unit's row. */
async function angkaDasbor(page: Page): Promise<string[]> {
  await klikNav(page, 'nav-instansi');
  await page.getByTestId('pilih-tahun').selectOption('2026');
  await page.getByTestId('pilih-periode').selectOption({ label: 'Triwulan II 2026' });
  await expect(page.getByTestId('pilih-periode')).toHaveValue('triwulanan-2');
  const unit = page.getByTestId('tabel-unit');
  await expect(unit.locator('tbody tr').last()).toContainText('Seluruh instansi');
  const baris = await unit.locator('tbody tr').allInnerTexts();
  return [await page.getByTestId('evaluasi-instansi').innerText(), ...baris];
}

test('a rekap carries the agency to a second admin device whole; a pegawai device refuses it', async ({ browser }, info) => {
  test.setTimeout(300_000);
  const dir = info.outputDir;

  // Admin A: the teams' files, the units from the profiles, two predikat organisasi.
  const ctxA = await browser.newContext();
  const a = await ctxA.newPage();
  await a.goto('./');
  await appReady(a);
  await chooseRole(a, 'admin_kepegawaian', 'Nina');
  // The admin's own profile gives the file name its NIP (and travels in the rekap too).
  await isiProfil(a, 'Nina Kartika', '196801011990032001', 'III/c', 'ahli_muda');
  await imporSemua(a, berkas('instansi-pegawai-'));
  await imporSemua(a, berkas('instansi-penilaian-'));
  await klikNav(a, 'nav-organisasi');
  await a.getByTestId('pilih-semua-usulan').click();
  await a.getByTestId('tambah-usulan').click();
  await expect(a.getByTestId('status-organisasi')).toContainText('4 unit kerja ditambahkan.');
  await a.getByTestId('pilih-tahun').selectOption('2026');
  await a.getByTestId('pilih-periode').selectOption({ label: 'Triwulan II 2026' });
  await a.getByLabel('Predikat kinerja organisasi Bidang Mutasi', { exact: true }).selectOption('baik');
  await a.getByRole('button', { name: 'Simpan predikat Bidang Mutasi', exact: true }).click();
  await expect(a.getByTestId('status-predikat-unit')).toHaveText('Predikat Bidang Mutasi: Baik.');
  await a.getByLabel('Predikat kinerja organisasi Bidang Pengembangan', { exact: true }).selectOption('butuh_perbaikan');
  await a.getByRole('button', { name: 'Simpan predikat Bidang Pengembangan', exact: true }).click();
  await expect(a.getByTestId('status-predikat-unit')).toHaveText('Predikat Bidang Pengembangan: Butuh Perbaikan/Cukup.');
  const dasborA = await angkaDasbor(a);
  expect(dasborA[0]).toMatch(/Evaluasi selesai: 8 dari \d+/);
  expect(dasborA.length).toBeGreaterThan(2);

  // The rekap is the admin's kind, offered by default (the file name carries the NIP).
  await a.goto('./#/data');
  await expect(a.locator('#jenis-ekspor')).toHaveValue('rekap');
  await expect(a.getByTestId('keterangan-rekap')).toContainText('Hanya perangkat admin kepegawaian');
  const rekap = await unduh(a, dir, () => a.getByTestId('unduh-bundle').click());
  expect(path.basename(rekap)).toMatch(/kinerjaku-rekap-196801011990032001-\d{8}\.json$/);
  const isi = JSON.parse(fs.readFileSync(rekap, 'utf8'));
  expect(isi.kind).toBe('rekap');
  expect(isi.exporter.peran).toBe('admin_kepegawaian');
  const jenis = new Set(isi.records.map((r: { type: string }) => r.type));
  for (const j of ['unit_kerja', 'predikat_organisasi', 'pegawai', 'skp', 'evaluasi', 'dialog_kinerja']) {
    expect(jenis.has(j), j).toBe(true);
  }
  expect(jenis.has('rulebook')).toBe(false);
  await ctxA.close();

  // Admin B, a fresh device: one import, nothing refused, the same figures.
  const ctxB = await browser.newContext();
  const b = await ctxB.newPage();
  await b.goto('./');
  await appReady(b);
  await chooseRole(b, 'admin_kepegawaian', 'Rudi');
  await imporSemua(b, [rekap]);
  expect(await angkaDasbor(b)).toEqual(dasborA);
  await klikNav(b, 'nav-organisasi');
  await expect(b.getByTestId('baris-unit')).toHaveCount(4);
  // The same file again changes nothing.
  await b.goto('./#/data');
  await b.getByTestId('berkas-impor').setInputFiles(rekap);
  await expect(b.getByTestId('laporan-berkas')).toHaveCount(1);
  await expect(b.getByTestId('tanpa-perubahan')).toBeVisible();
  await ctxB.close();

  // A pegawai's device refuses the whole file and says why, in both languages.
  const ctxP = await browser.newContext();
  const p = await ctxP.newPage();
  await p.goto('./');
  await appReady(p);
  await chooseRole(p, 'pegawai', 'Sari');
  await p.goto('./#/data');
  await expect(p.locator('#jenis-ekspor option[value="rekap"]')).toHaveCount(0);
  await p.getByTestId('berkas-impor').setInputFiles(rekap);
  // The refusal names the reasons in the file's card, under the "cannot be imported" line.
  await expect(p.getByTestId('impor-ditolak')).toBeVisible();
  const ditolak = p.locator('main#konten');
  await expect(ditolak).toContainText('hanya dapat diimpor di perangkat admin kepegawaian');
  await expect(ditolak).toContainText('peran Pegawai.');
  await expect(p.getByTestId('terapkan-impor')).toHaveCount(0);
  await p.getByTestId('ganti-bahasa').click();
  await expect(ditolak).toContainText("can only be imported on an HR admin's (admin kepegawaian) device");
  await ctxP.close();
});
