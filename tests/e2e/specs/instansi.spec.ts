import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { appReady, chooseRole, klikNav, repo, unduh, tanpaMasalahAxe } from './helpers';
import { csvUnduhan, nipTeks, nipUtuh, xlsxUnduhan } from './unduhan';

// Issue 13 §2: the admin kepegawaian's agency workspace. Three teams went through the existing
// pegawai ↔ pejabat penilai flow (each pegawai's file with their profile and submitted SKP;
// each pejabat penilai's file with the approvals and the evaluations of triwulan I and II
// 2026); the files are written by the native test
// `the_e2e_files_for_the_agency_are_current_and_import_whole` (src/store/instansi_e2e_tests.rs),
// which also imports them natively and checks the figures asserted here.
const FIXTURES = path.join(repo, 'tests/e2e/fixtures');
const berkas = (awalan: string) =>
  fs.readdirSync(FIXTURES).filter((n) => n.startsWith(awalan)).sort().map((n) => path.join(FIXTURES, n));

const NIP_SARI = '198609262015052001';
const NIP_DEWI = '198805052012012004';

/** Imports several files at once through #/data: none refused, applied whole. */
async function imporSemua(page: Page, files: string[]) {
  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles(files);
  await expect(page.getByTestId('laporan-berkas')).toHaveCount(files.length);
  // More than five files start closed: the batch's line says nothing was refused.
  await expect(page.getByTestId('impor-total')).toContainText(' 0 ditolak ');
  await expect(page.locator('li.galat-impor')).toHaveCount(0);
  await page.getByTestId('terapkan-impor').click();
  await expect(page.getByTestId('impor-selesai')).toBeVisible();
}

test('an admin builds the organisation from the teams\' files, sets predikat organisasi, sees the SE 3/2023 breach, drills down, finds the low performer and downloads CSV and .xlsx', async ({ page }, info) => {
  test.setTimeout(240_000);
  const dir = info.outputDir;
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'admin_kepegawaian', 'Nina');

  // The pegawai's files first (profiles, submitted SKPs), then the penilai's (approvals,
  // evaluations, a dialog kinerja): nothing refused.
  const pegawai = berkas('instansi-pegawai-');
  const penilaian = berkas('instansi-penilaian-');
  expect(pegawai).toHaveLength(8);
  expect(penilaian).toHaveLength(3);
  await imporSemua(page, pegawai);
  await imporSemua(page, penilaian);

  // Organisation: the units the profiles name, one added by hand above them, a merge.
  await klikNav(page, 'nav-organisasi');
  await expect(page.getByTestId('unit-kosong')).toBeVisible();
  const usulan = page.getByTestId('usulan-unit');
  await expect(usulan.getByTestId('pilih-usulan')).toHaveCount(4);
  await expect(usulan).toContainText('Bidang Mutasi (2 pegawai)');
  await expect(usulan).toContainText('Bid. Mutasi (1 pegawai)');
  await expect(usulan).toContainText('Sekretariat (2 pegawai)');
  await page.getByTestId('pilih-semua-usulan').click();
  await page.getByTestId('tambah-usulan').click();
  await expect(page.getByTestId('status-organisasi')).toContainText('4 unit kerja ditambahkan.');
  await expect(page.getByTestId('baris-unit')).toHaveCount(4);
  await expect(page.getByTestId('usulan-kosong')).toBeVisible();

  await page.locator('#unit-nama').fill('Badan Kepegawaian Daerah');
  await page.locator('#unit-kode').fill('01');
  await page.getByTestId('simpan-unit').click();
  await expect(page.getByTestId('status-organisasi')).toContainText('Unit Badan Kepegawaian Daerah tersimpan.');
  await page.getByRole('button', { name: 'Ubah unit Bidang Mutasi', exact: true }).click();
  await expect(page.locator('#unit-nama')).toHaveValue('Bidang Mutasi');
  await page.locator('#unit-induk').selectOption({ label: 'Badan Kepegawaian Daerah' });
  await page.locator('#unit-pimpinan').fill('19750101200003100');
  await page.getByTestId('simpan-unit').click();
  // A NIP one digit short is named, nothing saved.
  await expect(page.getByTestId('galat-unit')).toContainText('18 angka');
  await page.locator('#unit-pimpinan').fill('197501012000031001');
  await page.getByTestId('simpan-unit').click();
  await expect(page.getByTestId('status-organisasi')).toContainText('Unit Bidang Mutasi tersimpan.');

  // "Bid. Mutasi" is another spelling of Bidang Mutasi: merged, its pegawai follow.
  await page.getByTestId('gabung-simpan').selectOption({ label: 'Bidang Mutasi' });
  await page.getByTestId('gabung-lepas').selectOption({ label: 'Bid. Mutasi' });
  await expect(page.getByTestId('gabung-pratinjau')).toContainText('Ejaan lain Bidang Mutasi menjadi: Bid. Mutasi.');
  page.once('dialog', (d) => d.accept());
  await page.getByTestId('gabung-unit').click();
  await expect(page.getByTestId('status-organisasi')).toContainText('Bid. Mutasi digabungkan ke dalam Bidang Mutasi.');
  await expect(page.getByTestId('baris-unit')).toHaveCount(4);
  await expect(page.getByTestId('tabel-organisasi')).toContainText('Bid. Mutasi');

  // Predikat kinerja organisasi for triwulan II 2026, two units.
  await page.getByTestId('pilih-tahun').selectOption('2026');
  await page.getByTestId('pilih-periode').selectOption({ label: 'Triwulan II 2026' });
  await page.getByLabel('Predikat kinerja organisasi Bidang Mutasi', { exact: true }).selectOption('baik');
  await page.getByRole('button', { name: 'Simpan predikat Bidang Mutasi', exact: true }).click();
  await expect(page.getByTestId('status-predikat-unit')).toHaveText('Predikat Bidang Mutasi: Baik.');
  await page.getByLabel('Predikat kinerja organisasi Bidang Pengembangan', { exact: true }).selectOption('butuh_perbaikan');
  await page.getByRole('button', { name: 'Simpan predikat Bidang Pengembangan', exact: true }).click();
  await expect(page.getByTestId('status-predikat-unit')).toHaveText('Predikat Bidang Pengembangan: Butuh Perbaikan/Cukup.');
  // The leader of Sekretariat is not known yet: the reason is named.
  await page.getByRole('button', { name: 'Ambil dari evaluasi pimpinan: predikat Sekretariat', exact: true }).click();
  await expect(page.getByTestId('status-predikat-unit')).toContainText('belum mencatat NIP pimpinannya');
  await tanpaMasalahAxe(page, 'organisasi');

  // The dashboard keeps the chosen period; every unit has a line, the merged spelling counts.
  await klikNav(page, 'nav-instansi');
  await expect(page.getByTestId('pilih-periode')).toHaveValue('triwulanan-2');
  const unit = page.getByTestId('tabel-unit');
  await expect(unit.locator('tbody tr')).toHaveCount(5);
  await expect(unit.locator('tbody tr').last()).toContainText('Seluruh instansi');
  await expect(page.getByTestId('evaluasi-instansi')).toContainText('Evaluasi selesai: 8 dari 8');
  await tanpaMasalahAxe(page, 'dasbor');

  // Bidang Mutasi (Baik): three pegawai, nobody below Baik, so one rule is named as broken.
  await unit.getByRole('link', { name: 'Badan Kepegawaian Daerah › Bidang Mutasi' }).click();
  await expect(page.getByTestId('judul-unit')).toHaveText('Bidang Mutasi');
  await expect(page.getByTestId('predikat-unit')).toContainText('Baik (ditetapkan admin)');
  await expect(page.getByTestId('pola-ringkas')).toHaveText('1 aturan pola SE 3/2023 tidak terpenuhi:');
  // Everyone in it is evaluated: no word that the pattern may still change.
  await expect(page.getByTestId('pola-sebagian')).toHaveCount(0);
  await expect(page.getByTestId('aturan-dilanggar')).toHaveText(
    'Tidak terpenuhi: Butuh Perbaikan atau Kurang/Misconduct paling sedikit 1 orang; ada 0.');
  await expect(page.getByTestId('aturan-terpenuhi')).toHaveCount(2);
  await expect(page.getByTestId('grafik-distribusi')).toBeVisible();
  const tabelPegawai = page.getByTestId('tabel-pegawai');
  await expect(tabelPegawai.locator('tbody tr')).toHaveCount(3);
  await expect(tabelPegawai).toContainText('Rina Marlina');
  await tanpaMasalahAxe(page, 'unit');
  if (info.project.name === 'phone') {
    // The pegawai table is wider than the phone: it scrolls in its box, by keyboard too.
    const kotak = page.locator('.tabel-gulir', { has: tabelPegawai });
    expect(await kotak.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    await kotak.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => kotak.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  }

  // The unit's pegawai as CSV: the NIP stays 18 digits of text; in Indonesian the fields are
  // `;`-separated from the start (a spreadsheet in Indonesian regional format reads them so).
  const csvUnit = await unduh(page, dir, () => page.getByTestId('tabel-pegawai-csv').click());
  const barisUnit = csvUnduhan(csvUnit, ';');
  expect(barisUnit[0].slice(0, 2)).toEqual(['NIP', 'Nama']);
  const sari = barisUnit.find((r) => r[1] === 'Sari Wulandari')!;
  nipUtuh(sari[0], NIP_SARI);
  // The same table as .xlsx (its own lazy chunk, fetched by this click): a sheet named after
  // the table within Excel's 31 characters, the NIP as text.
  const xlsxUnit = await xlsxUnduhan(await unduh(page, dir, () => page.getByTestId('tabel-pegawai-xlsx').click()));
  expect(xlsxUnit.sheet).toMatch(/^Pegawai Bidang Mutasi/);
  expect(xlsxUnit.sheet.length).toBeLessThanOrEqual(31);
  expect(xlsxUnit.data[0].slice(0, 2)).toEqual(['NIP', 'Nama']);
  expect(xlsxUnit.data).toHaveLength(4);
  const sariXlsx = xlsxUnit.data.find((r) => r[1] === 'Sari Wulandari')!;
  nipTeks(sariXlsx[0], NIP_SARI);
  await expect(page.getByRole('status').filter({ hasText: '.xlsx' })).toBeVisible();

  // Drill down to one pegawai: read only, with the existing documents.
  await tabelPegawai.getByRole('link', { name: NIP_SARI }).click();
  await expect(page.getByTestId('judul-pegawai')).toHaveText('Sari Wulandari');
  await expect(page.getByTestId('hanya-baca')).toBeVisible();
  await expect(page.getByTestId('nip-pegawai')).toHaveText('19860926 201505 2 001');
  await expect(page.getByTestId('predikat-pegawai')).toHaveText('Sangat Baik');
  await expect(page.locator('main input, main textarea')).toHaveCount(0);
  await expect(page.getByTestId('tabel-evaluasi-pegawai').locator('tbody tr')).toHaveCount(2);
  // Dates in a workbook are dates (the SKP's period), not text.
  const xlsxSkp = await xlsxUnduhan(await unduh(page, dir, () => page.getByTestId('tabel-skp-pegawai-xlsx').click()));
  const mulai = xlsxSkp.data[1][0];
  expect(mulai).toBeInstanceOf(Date);
  expect((mulai as Date).toISOString().slice(0, 10)).toBe('2026-01-01');
  await page.getByTestId('tabel-skp-pegawai').getByRole('link').first().click();
  await expect(page.getByTestId('judul-dokumen')).toHaveText('SASARAN KINERJA PEGAWAI');

  // Low performers: Dewi Lestari twice Butuh Perbaikan (marked, first), Gita once.
  await klikNav(page, 'nav-rendah');
  await expect(page.getByTestId('rendah-ringkas')).toHaveText(
    '2 pegawai berkinerja rendah pada Triwulan II 2026, 1 di antaranya berulang.');
  const rendah = page.getByTestId('tabel-rendah');
  const dewi = rendah.locator('tbody tr').first();
  await expect(dewi).toContainText('Dewi Lestari');
  await expect(dewi).toHaveClass(/sorot/);
  await expect(dewi).toContainText('Rencana perbaikan kinerja tertulis');
  await expect(dewi).toContainText('Data pelatihan dari BPSDM belum diterima');
  // Ahli Pertama: a quarter at 75 % of 12,5 is 2,34; with Baik 3,13.
  await expect(dewi).toContainText('2,34');
  await expect(dewi).toContainText('3,13');
  await expect(rendah.locator('tbody tr').nth(1)).toContainText('Gita Permata');
  await tanpaMasalahAxe(page, 'rendah');

  // The semicolon form for an Indonesian spreadsheet: decimal commas, the NIP still whole.
  await page.getByTestId('pilih-pemisah').selectOption('titik_koma');
  const csvRendah = await unduh(page, dir, () => page.getByTestId('tabel-rendah-csv').click());
  const barisRendah = csvUnduhan(csvRendah, ';');
  const baris = barisRendah.find((r) => r[1] === 'Dewi Lestari')!;
  nipUtuh(baris[0], NIP_DEWI);
  expect(baris[7]).toBe('2,34');
  expect(baris[9]).toContain('Data pelatihan dari BPSDM belum diterima');
  // The long file name said after the download wraps instead of widening the page.
  await expect(page.getByRole('status').filter({ hasText: '.csv' })).toBeVisible();
  const lebih = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(lebih).toBeLessThanOrEqual(0);
  // As .xlsx the separator does not matter: the consecutive low periods and the angka kredit
  // are numbers, the NIP text.
  const xlsxRendah = await xlsxUnduhan(await unduh(page, dir, () => page.getByTestId('tabel-rendah-xlsx').click()));
  const dewiXlsx = xlsxRendah.data.find((r) => r[1] === 'Dewi Lestari')!;
  nipTeks(dewiXlsx[0], NIP_DEWI);
  expect(dewiXlsx[4]).toBe(2);
  expect(dewiXlsx[7]).toBe(2.34);
  expect(dewiXlsx[8]).toBe(3.13);
  // The organisation's table follows the separator chosen on the agency screens. The leader
  // reads as on screen (no profile names Budi here: his NIP written 8-6-1-3), beside the NIP
  // as whole text.
  await klikNav(page, 'nav-organisasi');
  const csvOrg = await unduh(page, dir, () => page.getByTestId('tabel-organisasi-csv').click());
  const barisOrg = csvUnduhan(csvOrg, ';');
  expect(barisOrg[0]).toEqual(
    ['Unit kerja', 'Kode', 'Unit induk', 'Pimpinan unit', 'NIP pimpinan unit', 'Ejaan lain', 'Pegawai']);
  const mutasi = barisOrg.find((r) => r[0] === 'Bidang Mutasi')!;
  expect(mutasi[3].trim()).toBe('19750101 200003 1 001');
  nipUtuh(mutasi[4], '197501012000031001');

  // The same screens in English name the breach in English.
  await page.getByTestId('ganti-bahasa').click();
  await klikNav(page, 'nav-instansi');
  await page.getByTestId('tabel-unit').getByRole('link', { name: 'Badan Kepegawaian Daerah › Bidang Mutasi' }).click();
  await expect(page.getByTestId('aturan-dilanggar')).toHaveText(
    'Not met: Needs Improvement or Poor/Misconduct at least 1 employee(s); there are 0.');
});

test('another role sees no agency screen and no agency menu', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Sari');
  await expect(page.getByTestId('nav-instansi')).toHaveCount(0);
  await page.goto('./#/organisasi');
  await expect(page.getByTestId('khusus-admin')).toBeVisible();
  await expect(page.getByTestId('tabel-organisasi')).toHaveCount(0);
});

test('a unit deleted is undone only beside its own message, and a unit of its name added since stops the undo', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'admin_kepegawaian', 'Admin');
  await klikNav(page, 'nav-organisasi');
  const status = page.getByTestId('status-organisasi');
  const tambah = async (nama: string) => {
    await page.locator('#unit-nama').fill(nama);
    await page.getByTestId('simpan-unit').click();
    await expect(status).toContainText(`Unit ${nama} tersimpan.`);
  };
  await tambah('Bidang Mutasi');
  page.on('dialog', (d) => d.accept());
  await page.getByTestId('hapus-unit').click();
  await expect(status).toContainText('Unit Bidang Mutasi dihapus.');
  await expect(page.getByTestId('urungkan-hapus-unit')).toBeVisible();
  // Another unit saved: the message is that save's, and no undo stands beside it.
  await tambah('Bidang Mutasi');
  await expect(page.getByTestId('urungkan-hapus-unit')).toHaveCount(0);
  await expect(page.getByTestId('baris-unit')).toHaveCount(1);
});
