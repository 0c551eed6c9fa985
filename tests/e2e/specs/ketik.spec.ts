import { test, expect } from '@playwright/test';
import { appReady, chooseRole } from './helpers';
// Real typing, one key at a time: a screen that rebuilt its form on every change would lose
// the focus after the first character (fill() would not notice).
test('typing key by key keeps the focus in the profile and the SKP editor', async ({ page }) => {
  await page.goto('./'); await appReady(page); await chooseRole(page, 'pegawai', 'Sari');
  await page.goto('./#/profil');
  await page.locator('#p-nama').pressSequentially('Sari W');
  await expect(page.locator('#p-nama')).toHaveValue('Sari W');
  await page.locator('#p-nip').fill('198609262015052001');
  await page.locator('#p-golongan').selectOption('III/a');
  await page.locator('#p-jenjang').selectOption('ahli_pertama');
  await page.getByTestId('simpan-profil').click();
  await page.goto('./#/skp');
  await page.getByTestId('buat-skp-kirim').click();
  await page.getByTestId('tambah-rhk-utama').click();
  const ta = page.getByTestId('rhk').first().locator('textarea').first();
  await ta.click();
  await page.keyboard.type('Tersusunnya kajian');
  await expect(ta).toHaveValue('Tersusunnya kajian');
  const ind = page.getByTestId('iki').first().locator('input[id^="indikator-"]');
  await ind.click();
  await page.keyboard.type('Jumlah kajian');
  await expect(ind).toHaveValue('Jumlah kajian');
  await page.locator('#ekspektasi-akuntabel').click();
  await page.keyboard.type('Tepat waktu');
  await expect(page.locator('#ekspektasi-akuntabel')).toHaveValue('Tepat waktu');
});
