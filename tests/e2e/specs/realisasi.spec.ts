import { test, expect, type Page } from '@playwright/test';
import { appReady, chooseRole, ekspor, impor, isiProfil, muatUlang } from './helpers';

// Issue 12, item 3: a realisasi typed wrong is corrected, another is deleted (and the delete
// undone once, then done again); the pegawai's next file brings both changes to the atasan,
// whose team table shows the corrected capaian. Runs on the desktop and the 360 px phone.

async function skpEmpatDokumen(page: Page) {
  await page.goto('./#/skp');
  await page.getByTestId('buat-skp-kirim').click();
  await page.getByTestId('tambah-rhk-utama').click();
  await page.getByTestId('rhk').first().locator('textarea').first().fill('Tersusunnya rekomendasi kebijakan');
  const iki = page.getByTestId('iki').first();
  await iki.locator('input[id^="indikator-"]').fill('Jumlah rekomendasi');
  await iki.locator('input[id^="nilai-"]').fill('4');
  await iki.locator('input[id^="satuan-"]').fill('dokumen');
  await page.getByTestId('simpan-skp').click();
  await expect(page.getByTestId('status-skp')).toHaveText('SKP tersimpan.');
}

/** A local date `hari` days before today, as a date input takes it (the app counts entries
 * up to its own local today, so nothing typed here lies in the future). */
function tanggalLalu(hari: number): string {
  const d = new Date();
  d.setDate(d.getDate() - hari);
  const dua = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${dua(d.getMonth() + 1)}-${dua(d.getDate())}`;
}

async function catat(page: Page, tanggal: string, nilai: string, catatan: string) {
  const kartu = page.getByTestId('kartu-iki').first();
  await kartu.locator('input[id^="tgl-"]').fill(tanggal);
  await kartu.getByTestId('isian-nilai').fill(nilai);
  await kartu.locator('input[id^="catatan-"]').fill(catatan);
  await kartu.getByTestId('simpan-realisasi').click();
  await expect(kartu.getByTestId('status-realisasi')).toHaveText('Realisasi tersimpan.');
}

test('a realisasi is corrected and another deleted; the atasan\'s import shows the change', async ({ browser }, info) => {
  test.setTimeout(180_000);
  const dir = info.outputDir;
  const pegawai = await (await browser.newContext()).newPage();
  await pegawai.goto('./');
  await appReady(pegawai);
  await chooseRole(pegawai, 'pegawai', 'Sari');
  await isiProfil(pegawai);
  await skpEmpatDokumen(pegawai);
  await pegawai.goto('./#/progres');
  // Oldest first in the history: the first row is the first entry.
  await catat(pegawai, tanggalLalu(1), '1', 'Rekomendasi pertama');
  await catat(pegawai, tanggalLalu(0), '2', 'Salah ketik');
  const kartu = pegawai.getByTestId('kartu-iki').first();
  await expect(kartu.getByTestId('capaian-iki')).toContainText('75 %');
  const baris = kartu.getByTestId('riwayat-realisasi').locator('tbody tr');
  await expect(baris).toHaveCount(2);
  const berkas1 = await ekspor(pegawai, dir, 'pegawai');

  const atasan = await (await browser.newContext()).newPage();
  await atasan.goto('./');
  await appReady(atasan);
  await chooseRole(atasan, 'pejabat_penilai', 'Budi');
  await isiProfil(atasan, 'Budi Santoso', '197501012000031001', 'IV/a', 'pengawas');
  await impor(atasan, berkas1);
  await atasan.goto('./#/tim');
  await expect(atasan.getByTestId('capaian-bawahan')).toHaveText('75 %');

  // Correct the first entry in the card's form: its values come back into the fields.
  await pegawai.goto('./#/progres');
  await baris.nth(0).getByTestId('ubah-realisasi').click();
  await expect(kartu.getByTestId('isian-nilai')).toHaveValue('1');
  await expect(kartu.locator('input[id^="catatan-"]')).toHaveValue('Rekomendasi pertama');
  await expect(kartu.locator('input[id^="tgl-"]')).toBeFocused();
  // The same checks as a new entry: a value that is not a number is refused by name.
  await kartu.getByTestId('isian-nilai').fill('2,5x');
  await kartu.getByTestId('simpan-realisasi').click();
  await expect(kartu.getByRole('alert')).toContainText('2,5x');
  await kartu.getByTestId('isian-nilai').fill('2,5');
  await kartu.getByTestId('simpan-realisasi').click();
  await expect(kartu.getByTestId('status-realisasi')).toContainText('Perubahan tersimpan');
  await expect(baris).toHaveCount(2);
  await expect(baris.nth(0)).toContainText('2,5');
  // Capaian and chart follow at once: (2,5 + 2) of 4.
  await expect(kartu.getByTestId('capaian-iki')).toContainText('112,5 %');

  // Delete the second entry, undo, delete again.
  await baris.nth(1).getByTestId('hapus-realisasi').click();
  await expect(baris).toHaveCount(1);
  await expect(kartu.getByTestId('kabar-realisasi')).toContainText('dihapus');
  await expect(kartu.getByTestId('capaian-iki')).toContainText('62,5 %');
  await kartu.getByTestId('urungkan-realisasi').click();
  await expect(baris).toHaveCount(2);
  await expect(kartu.getByTestId('kabar-realisasi')).toContainText('dikembalikan');
  await baris.nth(1).getByTestId('hapus-realisasi').click();
  await expect(baris).toHaveCount(1);
  await expect(kartu.getByTestId('capaian-iki')).toContainText('62,5 %');
  await expect(kartu.getByTestId('grafik-iki').locator('circle')).toHaveCount(1);
  // Stored, not only on screen.
  await muatUlang(pegawai);
  await expect(pegawai.getByTestId('kartu-iki').first().getByTestId('capaian-iki')).toContainText('62,5 %');

  const berkas2 = await ekspor(pegawai, dir, 'pegawai');
  await atasan.goto('./#/data');
  await atasan.getByTestId('berkas-impor').setInputFiles(berkas2);
  await expect(atasan.getByTestId('laporan-berkas')).toHaveCount(1);
  // The dry run names the change; nothing is refused or in conflict.
  await expect(atasan.getByTestId('konflik')).toHaveCount(0);
  await expect(atasan.getByTestId('impor-beda').first()).toBeVisible();
  await atasan.getByTestId('terapkan-impor').click();
  await expect(atasan.getByTestId('impor-selesai')).toBeVisible();
  await atasan.goto('./#/tim');
  await expect(atasan.getByTestId('capaian-bawahan')).toHaveText('62,5 %');
});

test('the progress chart has labelled axes and a target line, readable at 360 px', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Sari');
  await isiProfil(page);
  await skpEmpatDokumen(page);
  await page.goto('./#/progres');
  await catat(page, tanggalLalu(0), '1', 'Pertama');
  const grafik = page.getByTestId('kartu-iki').first().getByTestId('grafik-iki');
  await expect(grafik.getByTestId('grafik-sumbu-y')).toHaveText('Realisasi (dokumen)');
  await expect(grafik).toContainText('Target 4 dokumen');
  await expect(grafik.getByTestId('grafik-sumbu-x')).toContainText('Jan');
  // Inside the viewport, and its text no smaller than 9 CSS px on a phone.
  const kotak = await grafik.boundingBox();
  const lebar = page.viewportSize()!.width;
  expect(kotak!.x).toBeGreaterThanOrEqual(0);
  expect(kotak!.x + kotak!.width).toBeLessThanOrEqual(lebar);
  const tinggiHuruf = await grafik.getByTestId('grafik-sumbu-y').evaluate((el) => el.getBoundingClientRect().height);
  expect(tinggiHuruf).toBeGreaterThanOrEqual(9);
  await page.getByTestId('ganti-bahasa').click();
  await expect(grafik.getByTestId('grafik-sumbu-y')).toHaveText('Actual (dokumen)');
});
