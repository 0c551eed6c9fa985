import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import { appReady, bacaRekaman, chooseRole, kunciDengan } from './helpers';

const NIP = '198609262015051001';

async function isiProfil(page: Page) {
  await page.goto('./#/profil');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profil pegawai');
  await page.locator('#p-nama').fill('Sari Wulandari, S.E.');
  await page.locator('#p-nip').fill('19860926 201505 1 00');
  await expect(page.getByTestId('nip-galat')).toContainText('18 angka');
  await page.locator('#p-nip').fill('19860926 201505 1 001');
  await expect(page.getByTestId('nip-terbaca')).toContainText('26-09-1986');
  await expect(page.getByTestId('nip-terbaca')).toContainText('laki-laki');
  await page.locator('#p-golongan').selectOption('III/a');
  await page.locator('#p-jenjang').selectOption('ahli_pertama');
  await page.locator('#p-jabatan').fill('Analis Kebijakan Ahli Pertama');
  await page.locator('#p-unit').fill('Bagian Organisasi');
  await page.locator('#pn-nama').fill('Budi Santoso');
  await page.locator('#pn-jenjang').selectOption('pelaksana');
  await expect(page.getByTestId('penilai-peringatan')).toBeVisible();
  await page.locator('#pn-jenjang').selectOption('pengawas');
  await expect(page.getByTestId('penilai-peringatan')).toHaveCount(0);
  await page.getByTestId('simpan-profil').click();
  await expect(page.getByTestId('status-profil')).toHaveText('Profil tersimpan.');
}

async function ekspor(page: Page, dir: string): Promise<string> {
  await page.goto('./#/data');
  await expect(page.getByTestId('jumlah-ekspor')).toContainText('1 data');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('unduh-bundle').click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^kinerjaku-pegawai-${NIP}-\\d{8}\\.json$`));
  const file = `${dir}/${download.suggestedFilename()}`;
  await download.saveAs(file);
  return file;
}

test('a bundle exported in one browser imports intact in another, and the import can be undone', async ({ browser }, info) => {
  const a = await browser.newContext();
  const pa = await a.newPage();
  await pa.goto('./');
  await appReady(pa);
  await chooseRole(pa, 'pegawai', 'Sari');
  await isiProfil(pa);
  const file = await ekspor(pa, info.outputDir);
  const bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(bundle.format).toBe('kinerjaku-bundle');
  expect(bundle.records[0].data.nama).toBe('Sari Wulandari, S.E.');

  const b = await browser.newContext();
  const pb = await b.newPage();
  await pb.goto('./');
  await appReady(pb);
  await chooseRole(pb, 'pejabat_penilai', 'Budi');
  await pb.goto('./#/data');
  await pb.getByTestId('berkas-impor').setInputFiles(file);
  await expect(pb.getByTestId('impor-ringkas')).toContainText('1 ditambahkan');
  // Dry run: nothing is stored yet.
  const profil = async () => {
    const [k] = await kunciDengan(pb, 'kinerjaku.v1.r.pegawai.');
    return k ? bacaRekaman(pb, k) : null;
  };
  expect(await profil()).toBeNull();
  await pb.getByTestId('terapkan-impor').click();
  await expect(pb.getByTestId('impor-selesai')).toContainText('1 ditambahkan');
  const stored = await profil();
  expect(stored.id).toBe(bundle.records[0].id);
  expect(stored.data).toEqual(bundle.records[0].data);
  expect(stored.revision).toBe(bundle.records[0].revision);

  await pb.getByTestId('urungkan-impor').click();
  await expect(pb.getByTestId('impor-pesan')).toContainText('Impor diurungkan');
  expect(await profil()).toBeNull();
  await a.close();
  await b.close();
});

test('a damaged file warns, a future-version file is refused, garbage is explained', async ({ page }, info) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Sari');
  await isiProfil(page);
  const file = await ekspor(page, info.outputDir);
  const bundle = JSON.parse(fs.readFileSync(file, 'utf8'));

  const damaged = structuredClone(bundle);
  damaged.records[0].data.nama = 'Nama <script>alert(1)</script>';
  damaged.records[0].revision = 5;
  const future = structuredClone(bundle);
  future.schema_version = 99;
  const dir = info.outputDir;
  fs.writeFileSync(`${dir}/rusak.json`, JSON.stringify(damaged));
  fs.writeFileSync(`${dir}/masa-depan.json`, JSON.stringify(future));
  fs.writeFileSync(`${dir}/bukan.json`, '{"format": "lain"');

  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles([`${dir}/rusak.json`, `${dir}/masa-depan.json`, `${dir}/bukan.json`]);
  const reports = page.getByTestId('laporan-berkas');
  await expect(reports).toHaveCount(3);
  await expect(reports.nth(0).getByTestId('impor-peringatan')).toContainText(/diubah|rusak/);
  await expect(reports.nth(0)).toContainText('diperbarui');
  // Script in a name is shown as text, never run.
  await expect(reports.nth(0)).toContainText('<script>alert(1)</script>');
  await expect(reports.nth(1).getByTestId('impor-perbarui-aplikasi')).toContainText('Perbarui aplikasi');
  await expect(reports.nth(2).getByTestId('impor-ditolak')).toBeVisible();
  await page.getByTestId('terapkan-impor').click();
  await expect(page.getByTestId('impor-selesai')).toContainText('1 diperbarui');
  await page.goto('./#/profil');
  await expect(page.locator('#p-nama')).toHaveValue('Nama <script>alert(1)</script>');
});
