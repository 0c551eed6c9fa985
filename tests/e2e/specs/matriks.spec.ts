import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import { appReady, chooseRole, impor, isiProfil, unduh, muatUlang } from './helpers';

// The matriks peran–hasil end to end: the atasan splits their RHK among bawahan, the matrix
// travels in a real penilaian file, and the bawahan takes their RHK from it.

const NIP_BAWAHAN = '198609262015052001';
const RHK_ATASAN = ['Meningkatnya kualitas layanan publik', 'Tertibnya pengelolaan arsip'];
const PERAN = ['Tersusunnya SOP layanan', 'Terdigitalisasinya arsip layanan'];

const sel = (page: Page, n: number) =>
  page.getByLabel(`Peran–hasil Sari Wulandari untuk RHK ${n}: ${RHK_ATASAN[n - 1]}`, { exact: true });

test('the atasan fills the matrix, it travels in the penilaian file and becomes the bawahan\'s RHK', async ({ browser }, info) => {
  test.setTimeout(180_000);
  const dir = info.outputDir;
  const atasan = await (await browser.newContext()).newPage();
  await atasan.goto('./');
  await appReady(atasan);
  await chooseRole(atasan, 'pejabat_penilai', 'Budi');
  await atasan.goto('./#/matriks');
  await expect(atasan.getByTestId('matriks-perlu-profil')).toBeVisible();
  await isiProfil(atasan, 'Budi Santoso', '197501012000031001', 'IV/a', 'pengawas');
  await atasan.goto('./#/matriks');
  await expect(atasan.getByTestId('matriks-perlu-skp')).toBeVisible();

  // The atasan's own SKP with two RHK: the matrix columns.
  await atasan.goto('./#/skp');
  await atasan.getByTestId('buat-skp-kirim').click();
  for (const uraian of RHK_ATASAN) {
    await atasan.getByTestId('tambah-rhk-utama').click();
    await atasan.getByTestId('rhk').last().locator('textarea').first().fill(uraian);
  }
  await atasan.getByTestId('simpan-skp').click();
  await expect(atasan.getByTestId('status-skp')).toHaveText('SKP tersimpan.');

  // No bawahan yet: add one by NIP, by keyboard; a wrong NIP is explained first.
  await atasan.goto('./#/matriks');
  await expect(atasan.getByTestId('matriks-tanpa-bawahan')).toBeVisible();
  await atasan.locator('#matriks-nip').focus();
  await atasan.keyboard.type('12345');
  await atasan.keyboard.press('Enter');
  await expect(atasan.getByTestId('matriks-nip-galat')).toHaveText('NIP harus 18 angka, yang diisi 5 angka.');
  await expect(atasan.locator('#matriks-nip')).toHaveAttribute('aria-invalid', 'true');
  await atasan.locator('#matriks-nip').fill('');
  await atasan.keyboard.type(NIP_BAWAHAN);
  await atasan.keyboard.press('Tab');
  await expect(atasan.locator('#matriks-nama')).toBeFocused();
  await atasan.keyboard.type('Sari Wulandari');
  await atasan.keyboard.press('Enter');
  await expect(atasan.getByTestId('matriks-nip-galat')).toHaveText('');
  await expect(atasan.getByTestId('baris-matriks')).toHaveCount(1);
  await expect(atasan.getByTestId('tabel-matriks')).toContainText('Sari Wulandari');
  await expect(atasan.getByTestId('tabel-matriks')).toContainText(RHK_ATASAN[1]);

  // Cells: one per RHK, named for assistive technology (bawahan × RHK).
  await sel(atasan, 1).focus();
  await atasan.keyboard.type(PERAN[0]);
  await atasan.keyboard.press('Tab');
  await expect(sel(atasan, 2)).toBeFocused();
  await atasan.keyboard.type(PERAN[1]);
  await atasan.keyboard.press('Tab');
  await expect(atasan.getByTestId('simpan-matriks')).toBeFocused();
  await atasan.keyboard.press('Enter');
  await expect(atasan.getByTestId('status-matriks')).toHaveText('Matriks tersimpan.');
  await expect(atasan.getByTestId('jumlah-rhk-matriks')).toHaveText('2');
  await expect(atasan.getByTestId('matriks-kirim').getByRole('link')).toHaveAttribute('href', '#/data');

  // Kept across a reload, the added row's name included.
  await muatUlang(atasan);
  await expect(sel(atasan, 1)).toHaveValue(PERAN[0]);
  await expect(sel(atasan, 2)).toHaveValue(PERAN[1]);
  await expect(atasan.getByTestId('ringkasan-matriks')).toContainText('Sari Wulandari');

  // Phone: the grid scrolls inside its own box, never the page; and no serious a11y issue.
  const overflow = await atasan.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  if (info.project.name === 'phone') {
    expect(atasan.viewportSize()?.width).toBe(360);
    const gulir = await atasan.locator('.matriks-gulir').evaluate((e) => e.scrollWidth > e.clientWidth);
    expect(gulir).toBe(true);
  }
  const AxeBuilder = (await import('@axe-core/playwright')).default;
  const result = await new AxeBuilder({ page: atasan }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} ${v.help}`)).toEqual([]);

  await atasan.goto('./#/data');
  await expect(atasan.locator('#jenis-ekspor')).toHaveValue('penilaian');
  const berkas = await unduh(atasan, dir, () => atasan.getByTestId('unduh-bundle').click());
  const bundle = JSON.parse(fs.readFileSync(berkas, 'utf8'));
  const m = bundle.records.find((r: { type: string }) => r.type === 'matriks_peran_hasil');
  expect(m.data.sel).toHaveLength(2);
  expect(m.data.baris).toEqual([{ pegawai_nip: NIP_BAWAHAN, nama: 'Sari Wulandari' }]);

  // The bawahan: own profile and a draft SKP, then the atasan's file.
  const pegawai = await (await browser.newContext()).newPage();
  await pegawai.goto('./');
  await appReady(pegawai);
  await chooseRole(pegawai, 'pegawai', 'Sari');
  await isiProfil(pegawai, 'Sari Wulandari', NIP_BAWAHAN, 'III/a', 'ahli_pertama');
  await pegawai.goto('./#/skp');
  await pegawai.getByTestId('buat-skp-kirim').click();
  await expect(pegawai.getByTestId('skp-status')).toHaveText('Draf');
  await expect(pegawai.getByTestId('ambil-matriks')).toHaveCount(0);
  await impor(pegawai, berkas);
  await pegawai.goto('./#/skp');
  const kartu = pegawai.getByTestId('ambil-matriks');
  await expect(kartu.getByTestId('jumlah-rhk-dari-matriks')).toHaveText('RHK dari matriks peran–hasil atasan: 2');
  await expect(kartu.getByTestId('daftar-rhk-matriks')).toContainText(`Mengintervensi: ${RHK_ATASAN[0]}`);
  await kartu.getByTestId('ambil-rhk-matriks').click();
  await expect(kartu.getByTestId('status-ambil-matriks')).toContainText('2 RHK ditambahkan');
  await expect(pegawai.getByTestId('rhk')).toHaveCount(2);
  // Taking again adds nothing.
  await kartu.getByTestId('ambil-rhk-matriks').click();
  await expect(kartu.getByTestId('status-ambil-matriks')).toHaveText('Semua RHK dari matriks sudah ada di SKP ini.');
  await expect(pegawai.getByTestId('rhk')).toHaveCount(2);
  for (const i of [0, 1]) {
    const rhk = pegawai.getByTestId('rhk').nth(i);
    await expect(rhk.locator('textarea').first()).toHaveValue(PERAN[i]);
    await expect(rhk.locator('select[id^="atasan-"] option:checked')).toContainText(RHK_ATASAN[i]);
  }
  await pegawai.getByTestId('simpan-skp').click();
  await expect(pegawai.getByTestId('status-skp')).toHaveText('SKP tersimpan.');
  await muatUlang(pegawai);
  await expect(pegawai.getByTestId('rhk')).toHaveCount(2);
  await expect(pegawai.getByTestId('rhk').first().locator('textarea').first()).toHaveValue(PERAN[0]);
});
