import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { appReady, chooseRole, isiProfil, muatUlang } from './helpers';

test('a pegawai writes an SKP, is told what is missing, and submits it as a bundle', async ({ page }, info) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Sari');
  await page.goto('./#/skp');
  await expect(page.getByTestId('skp-perlu-profil')).toBeVisible();
  await isiProfil(page);

  await page.goto('./#/skp');
  await page.getByTestId('buat-skp-kirim').click();
  await expect(page.getByTestId('skp-status')).toHaveText('Draf');
  // No RHK yet: submitting lists the problem and changes nothing.
  await page.getByTestId('ajukan-skp').click();
  await expect(page.getByTestId('skp-masalah')).toContainText('belum memiliki RHK utama');

  await page.getByTestId('tambah-rhk-utama').click();
  const rhk = page.getByTestId('rhk').first();
  await rhk.locator('textarea').first().fill('Tersusunnya dokumen perangkat pembelajaran');
  const iki = rhk.getByTestId('iki').first();
  await iki.locator('input[id^="indikator-"]').fill('Jumlah dokumen');
  await iki.locator('input[id^="nilai-"]').fill('2');
  await iki.locator('input[id^="nilai-"]').blur();
  await iki.locator('input[id^="satuan-"]').fill('dokumen');
  await rhk.getByTestId('tambah-iki').click();
  const iki2 = rhk.getByTestId('iki').nth(1);
  await expect(iki2.locator('select[id^="aspek-"]')).toHaveValue('kualitas');
  await iki2.locator('input[id^="indikator-"]').fill('Persentase dokumen sesuai standar');
  await iki2.locator('input[id^="nilai-"]').fill('100');
  await iki2.locator('input[id^="satuan-"]').fill('%');
  await page.locator('#ekspektasi-akuntabel').fill('Laporan tepat waktu setiap bulan');
  await page.locator('#lampiran-0').fill('Laptop\nAkses internet');
  await page.locator('#lampiran-0').blur();
  await page.getByTestId('simpan-skp').click();
  await expect(page.getByTestId('status-skp')).toHaveText('SKP tersimpan.');

  await muatUlang(page);
  await expect(page.getByTestId('rhk').first().locator('textarea').first()).toHaveValue('Tersusunnya dokumen perangkat pembelajaran');
  await expect(page.locator('#ekspektasi-akuntabel')).toHaveValue('Laporan tepat waktu setiap bulan');
  await expect(page.locator('#lampiran-0')).toHaveValue('Laptop\nAkses internet');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ajukan-skp').click()]);
  await expect(page.getByTestId('skp-status')).toHaveText('Diajukan');
  await expect(page.getByTestId('skp-terkunci')).toBeVisible();
  const file = `${info.outputDir}/${download.suggestedFilename()}`;
  await download.saveAs(file);
  const bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  const skp = bundle.records.find((r: { type: string }) => r.type === 'skp');
  expect(skp.data.status.kode).toBe('diajukan');
  expect(skp.data.rhk[0].iki.map((i: { aspek: string }) => i.aspek)).toEqual(['kuantitas', 'kualitas']);
  expect(skp.data.rhk[0].iki[0].target).toEqual({ jenis: 'angka', nilai: 2, satuan: 'dokumen' });
  expect(skp.data.lampiran.dukungan_sumber_daya).toEqual(['Laptop', 'Akses internet']);

  // The next period: a submitted SKP still lets her plan the following year, its plan copied.
  const tahun = Number(skp.data.periode_selesai.slice(0, 4));
  await page.getByTestId('skp-berikutnya').click();
  await expect(page.locator('#skp-mulai')).toHaveValue(`${tahun + 1}-01-01`);
  await expect(page.locator('#skp-selesai')).toHaveValue(`${tahun + 1}-12-31`);
  await expect(page.getByTestId('skp-salin')).toBeChecked();
  await page.getByTestId('buat-skp-kirim').click();
  await expect(page.getByTestId('skp-status')).toHaveText('Draf');
  await expect(page.getByTestId('rhk').first().locator('textarea').first()).toHaveValue('Tersusunnya dokumen perangkat pembelajaran');
  await expect(page.locator('#ekspektasi-akuntabel')).toHaveValue('Laporan tepat waktu setiap bulan');
  const pilih = page.getByTestId('pilih-skp');
  await expect(pilih.locator('option')).toHaveCount(2);
  await expect(pilih.locator('option').first()).toContainText(`${tahun + 1}`);
  // The earlier one is still there, submitted and read only.
  await pilih.selectOption({ index: 1 });
  await expect(page.getByTestId('skp-terkunci')).toBeVisible();
  await expect(page.getByTestId('skp-status')).toHaveText('Diajukan');
  // Progress lets her choose either; the new SKP's ids are its own.
  await page.goto('./#/progres');
  await expect(page.getByTestId('pilih-skp').locator('option')).toHaveCount(2);
});

test('the SKP editor has no serious accessibility violation and works by keyboard', async ({ page }) => {
  const AxeBuilder = (await import('@axe-core/playwright')).default;
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Sari');
  await isiProfil(page);
  await page.goto('./#/skp');
  await page.getByTestId('buat-skp-kirim').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('skp-status')).toHaveText('Draf');
  await page.getByTestId('tambah-rhk-utama').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rhk')).toHaveCount(1);
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} ${v.help}`)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('progress entries with evidence update the capaian and the chart', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Sari');
  await page.goto('./#/progres');
  await expect(page.getByTestId('progres-tanpa-skp')).toBeVisible();
  await isiProfil(page);
  await page.goto('./#/skp');
  await page.getByTestId('buat-skp-kirim').click();
  await page.getByTestId('tambah-rhk-utama').click();
  await page.getByTestId('rhk').first().locator('textarea').first().fill('Tersusunnya dokumen');
  const iki = page.getByTestId('iki').first();
  await iki.locator('input[id^="indikator-"]').fill('Jumlah dokumen');
  await iki.locator('input[id^="nilai-"]').fill('4');
  await iki.locator('input[id^="nilai-"]').blur();
  await iki.locator('input[id^="satuan-"]').fill('dokumen');
  await page.getByTestId('simpan-skp').click();
  await expect(page.getByTestId('status-skp')).toHaveText('SKP tersimpan.');

  await page.goto('./#/progres');
  const kartu = page.getByTestId('kartu-iki').first();
  await expect(kartu).toContainText('4 dokumen');
  await expect(kartu.getByTestId('capaian-iki')).toHaveText('Belum ada realisasi.');
  await kartu.locator('input[id^="nilai-"]').fill('1');
  await kartu.locator('input[id^="catatan-"]').fill('Draf pertama');
  await kartu.locator('input[id^="tautan-"]').fill('javascript:alert(1)');
  await kartu.getByTestId('simpan-realisasi').click();
  await expect(kartu.getByRole('alert')).toContainText('https://');
  await kartu.locator('input[id^="tautan-"]').fill('https://drive.example.go.id/draf1');
  await kartu.getByTestId('simpan-realisasi').click();
  await expect(kartu.getByTestId('capaian-iki')).toContainText('25 %');
  await kartu.locator('input[id^="nilai-"]').fill('2,5');
  await kartu.locator('input[id^="berkas-"]').fill('notulen.pdf');
  await kartu.getByTestId('simpan-realisasi').click();
  await expect(kartu.getByTestId('capaian-iki')).toContainText('87,5 %');
  await expect(kartu.getByTestId('grafik-iki').locator('circle')).toHaveCount(1);
  await expect(kartu.getByTestId('riwayat-realisasi').locator('tbody tr')).toHaveCount(2);
  await expect(kartu.getByTestId('riwayat-realisasi')).toContainText('notulen.pdf');
  await muatUlang(page);
  await expect(page.getByTestId('kartu-iki').first().getByTestId('capaian-iki')).toContainText('87,5 %');
  const AxeBuilder = (await import('@axe-core/playwright')).default;
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} ${v.help}`)).toEqual([]);
});
