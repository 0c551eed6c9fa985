import { test, expect, type Page } from '@playwright/test';
import { appReady, klikNav, chooseRole, impor, unduh, muatUlang } from './helpers';

test('an SKP goes to the atasan, comes back returned with a note, is fixed and approved', async ({ browser }, info) => {
  test.setTimeout(180_000);
  const dir = info.outputDir;
  const pegawai = await (await browser.newContext()).newPage();
  await pegawai.goto('./');
  await appReady(pegawai);
  await chooseRole(pegawai, 'pegawai', 'Sari');
  await pegawai.goto('./#/profil');
  await pegawai.locator('#p-nama').fill('Sari Wulandari');
  await pegawai.locator('#p-nip').fill('198609262015052001');
  await pegawai.locator('#p-golongan').selectOption('III/a');
  await pegawai.locator('#p-jenjang').selectOption('ahli_pertama');
  await pegawai.getByTestId('simpan-profil').click();
  await expect(pegawai.getByTestId('status-profil')).toHaveText('Profil tersimpan.');
  await pegawai.goto('./#/skp');
  await pegawai.getByTestId('buat-skp-kirim').click();
  await pegawai.getByTestId('tambah-rhk-utama').click();
  await pegawai.getByTestId('rhk').first().locator('textarea').first().fill('Tersusunnya kajian kebijakan');
  await pegawai.getByTestId('iki').first().locator('input[id^="indikator-"]').fill('Jumlah kajian');
  // A target left empty is refused at submission (issue 12): it is filled like a person would.
  await pegawai.getByTestId('iki').first().locator('input[id^="nilai-"]').fill('2');
  await pegawai.getByTestId('iki').first().locator('input[id^="nilai-"]').blur();
  await pegawai.getByTestId('iki').first().locator('input[id^="satuan-"]').fill('kajian');
  const berkas1 = await unduh(pegawai, dir, () => pegawai.getByTestId('ajukan-skp').click());

  const atasan = await (await browser.newContext()).newPage();
  await atasan.goto('./');
  await appReady(atasan);
  await chooseRole(atasan, 'pejabat_penilai', 'Budi');
  await atasan.goto('./#/profil');
  await atasan.locator('#p-nama').fill('Budi Santoso');
  await atasan.locator('#p-nip').fill('197501012000031001');
  await atasan.locator('#p-golongan').selectOption('IV/a');
  await atasan.locator('#p-jenjang').selectOption('pengawas');
  await atasan.getByTestId('simpan-profil').click();
  await expect(atasan.getByTestId('status-profil')).toHaveText('Profil tersimpan.');
  await impor(atasan, berkas1);
  await klikNav(atasan, 'nav-tim');
  await expect(atasan.getByTestId('tabel-tim')).toContainText('Sari Wulandari');
  await expect(atasan.getByTestId('status-bawahan')).toHaveText('Diajukan');
  await atasan.getByTestId('tinjau').click();
  await expect(atasan.getByTestId('tinjau-skp')).toContainText('Tersusunnya kajian kebijakan');
  await atasan.getByTestId('kembalikan-skp').click();
  await expect(atasan.getByTestId('status-tim')).toContainText('Tuliskan alasannya');
  await atasan.locator('#alasan-kembali').fill('Tambahkan indikator kualitas');
  await atasan.getByTestId('kembalikan-skp').click();
  await expect(atasan.getByTestId('status-bawahan')).toHaveText('Dikembalikan');
  await atasan.goto('./#/data');
  await expect(atasan.locator('#jenis-ekspor')).toHaveValue('penilaian');
  const berkas2 = await unduh(atasan, dir, () => atasan.getByTestId('unduh-bundle').click());

  await impor(pegawai, berkas2);
  await pegawai.goto('./#/skp');
  await expect(pegawai.getByTestId('skp-status')).toHaveText('Dikembalikan');
  await expect(pegawai.getByTestId('skp-alasan')).toContainText('Tambahkan indikator kualitas');
  await pegawai.getByTestId('tambah-iki').click();
  await pegawai.getByTestId('iki').nth(1).locator('input[id^="indikator-"]').fill('Kajian diterima tanpa revisi');
  await pegawai.getByTestId('iki').nth(1).locator('input[id^="nilai-"]').fill('100');
  await pegawai.getByTestId('iki').nth(1).locator('input[id^="nilai-"]').blur();
  await pegawai.getByTestId('iki').nth(1).locator('input[id^="satuan-"]').fill('%');
  const berkas3 = await unduh(pegawai, dir, () => pegawai.getByTestId('ajukan-skp').click());
  await expect(pegawai.getByTestId('skp-status')).toHaveText('Diajukan');

  await impor(atasan, berkas3);
  await atasan.goto('./#/tim');
  await expect(atasan.getByTestId('status-bawahan')).toHaveText('Diajukan');
  await atasan.getByTestId('tinjau').click();
  await expect(atasan.getByTestId('tinjau-skp')).toContainText('Kajian diterima tanpa revisi');
  await atasan.getByTestId('setujui-skp').click();
  await expect(atasan.getByTestId('status-bawahan')).toHaveText('Disetujui');
  await atasan.goto('./#/data');
  const berkas4 = await unduh(atasan, dir, () => atasan.getByTestId('unduh-bundle').click());

  await impor(pegawai, berkas4);
  await pegawai.goto('./#/skp');
  await expect(pegawai.getByTestId('skp-status')).toHaveText('Disetujui');
  await expect(pegawai.getByTestId('skp-terkunci')).toBeVisible();
  // An approved SKP reads as text, not as disabled fields: no editor is fetched for it.
  await expect(pegawai.getByTestId('skp-baca')).toBeVisible();
  await expect(pegawai.locator('input[id^="indikator-"]')).toHaveCount(0);
  // Nothing typed is lost across reloads of both sides.
  await muatUlang(pegawai);
  await expect(pegawai.getByTestId('skp-baca').getByRole('cell', { name: 'Kajian diterima tanpa revisi' })).toBeVisible();
  await muatUlang(atasan);
  await atasan.goto('./#/tim');
  await expect(atasan.getByTestId('status-bawahan')).toHaveText('Disetujui');
});
