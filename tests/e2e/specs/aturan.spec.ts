import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { appReady, chooseRole, isiProfil, repo, simpanan } from './helpers';

// Issue 10: what the screens refuse, an import refuses too, record by record and in both
// languages; and text from a file, however hostile, neither widens a screen nor opens a link.
// The fixture is written by the native test `the_e2e_file_refuses_all_but_the_valid_skp…`
// (src/bundle/aturan_tests.rs): one valid SKP and nine records that each break one rule.
const FIXTURE = path.join(repo, 'tests/e2e/fixtures/melanggar-aturan.json');
const NIP = '198609262015051001';

async function pilih(page: Page, name: string, isi: string) {
  await page.getByTestId('berkas-impor').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(isi) });
}

test('a hand-edited bundle: each rule-breaking record is refused and named, in both languages', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pejabat_penilai', 'Budi');
  await page.goto('./#/data');
  await pilih(page, 'melanggar-aturan.json', fs.readFileSync(FIXTURE, 'utf8'));
  await expect(page.getByTestId('impor-ringkas')).toContainText('1 ditambahkan');
  await expect(page.getByTestId('impor-ringkas')).toContainText('9 ditolak');
  const ditolak = page.locator('li.galat-impor');
  await expect(ditolak).toHaveCount(9);
  for (const pesan of [
    'melanggar aturan: IKI "iki-palsu" tidak ada di SKP-nya.',
    'melanggar aturan: Realisasi -5 tidak sah: isikan angka 0 atau lebih.',
    'terlalu besar atau terlalu rinci untuk dihitung dengan tepat',
    'melanggar aturan: Sebutkan peserta dialog kinerja.',
    'melanggar aturan: Tanggal selesai lebih awal dari tanggal mulai.',
    'melanggar aturan: Periode evaluasi berada di luar periode SKP.',
    'melanggar aturan: Saran rating hasil kerja yang tercatat (diatas_ekspektasi) berbeda dari hitungan atas rating per RHK (dibawah_ekspektasi).',
    'melanggar aturan: Rating hasil kerja berbeda dari saran: tuliskan alasannya.',
    `melanggar aturan: Evaluasi untuk NIP 199001012019031002 menunjuk SKP milik NIP ${NIP}.`,
  ]) {
    await expect(ditolak.filter({ hasText: pesan })).toHaveCount(1);
  }
  // The NIP with markup is refused, and the markup shows as text.
  await expect(ditolak.filter({ hasText: '12345<b>x</b>' })).toHaveCount(1);
  await expect(page.locator('.laporan b')).toHaveCount(0);

  await page.getByTestId('ganti-bahasa').click();
  await expect(page.getByTestId('impor-ringkas')).toContainText('9 refused');
  await expect(ditolak.filter({ hasText: 'breaks a rule: Name the participants of the performance dialogue.' })).toHaveCount(1);
  await expect(ditolak.filter({ hasText: 'breaks a rule: The work result rating differs from the suggestion: write the reason.' })).toHaveCount(1);

  // Applying stores the valid SKP only.
  await page.getByTestId('terapkan-impor').click();
  await expect(page.getByTestId('impor-selesai')).toContainText('1 added');
  const isi = await simpanan(page);
  const jenis = Object.keys(isi).filter((k) => k.startsWith('kinerjaku.v1.r.')).map((k) => JSON.parse(isi[k]).type);
  expect(jenis).toEqual(['skp']);
});

test('hostile text from a file: long words wrap at 360 px, bidi controls in a file name show', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Siti');
  await isiProfil(page, 'Siti Rahma', NIP);
  // The fixture's valid SKP, realisasi and dialog, with a 3,000-character word in each text
  // (dialogs show on the atasan's screens; the wrapping rule is the same everywhere).
  const b = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
  const panjang = 'Kata'.repeat(750);
  // The first SKP is the valid one (the other ends before it starts).
  const skp = b.records.find((r: { type: string }) => r.type === 'skp');
  skp.data.rhk[0].uraian = panjang;
  skp.data.rhk[0].iki[0].indikator = panjang;
  const real = b.records.find((r: { type: string }) => r.type === 'realisasi');
  real.data.iki_id = 'iki-1';
  real.data.catatan = panjang;
  const dialog = b.records.find((r: { type: string }) => r.type === 'dialog_kinerja');
  dialog.data.peserta = [NIP];
  dialog.data.kendala = panjang;
  b.records = [skp, real, dialog];
  await page.goto('./#/data');
  await pilih(page, 'laporan\u202Enosj.exe', JSON.stringify(b));
  await expect(page.getByTestId('laporan-berkas').locator('h4')).toHaveText('laporan⟦U+202E⟧nosj.exe');
  await expect(page.getByTestId('impor-ringkas')).toContainText('3 ditambahkan');
  await page.getByTestId('terapkan-impor').click();
  await expect(page.getByTestId('impor-selesai')).toBeVisible();

  const lebar = () => page.evaluate(() => document.documentElement.scrollWidth);
  // Where each screen shows the long word: a field's value on the SKP editor, text elsewhere.
  const tampil = {
    '#/skp': () => expect(page.getByTestId('rhk').locator('textarea').first()).toHaveValue(/^(Kata)+$/),
    '#/progres': () => expect(page.getByTestId('kartu-iki').first()).toContainText('KataKata'),
    // The profile and the three records from the file.
    '#/data': () => expect(page.getByTestId('jumlah-ekspor')).toHaveText('4 data akan diekspor.'),
  };
  for (const [rute, cek] of Object.entries(tampil)) {
    await page.goto(`./${rute}`);
    await expect(page.locator('main#konten h1').first()).toBeVisible();
    await cek();
    expect(await lebar(), rute).toBeLessThanOrEqual(360);
  }
  // The printed SKP keeps its A4 width: the word wraps inside the sheet.
  await page.goto(`./#/cetak/skp/${skp.data.id}`);
  await expect(page.locator('.lembar')).toContainText('KataKata');
  const sheet = await page.locator('.lembar').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(sheet.scroll).toBeLessThanOrEqual(sheet.client);
});
