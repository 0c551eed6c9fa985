import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { appReady, catatKegiatan, chooseRole, impor, isiProfil, klikNav, muatUlang, peranTersimpan, repo, tanpaMasalahAxe, unduh } from './helpers';

const NIP = '198609262015052001';
const tahun = new Date().getFullYear();


test('a pegawai logs three trainings (16 JP), sees the 4 JP shortfall, and the file carries them to the pejabat penilai', async ({ page, browser }, info) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Sari');
  await isiProfil(page);
  await klikNav(page, 'nav-pengembangan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pengembangan kompetensi');
  await expect(page.getByTestId('kegiatan-kosong')).toBeVisible();
  await expect(page.getByTestId('jp-kata')).toHaveText(`Anda kurang 20 JP pada tahun ${tahun}.`);

  // A bad entry is named, field by field, and nothing is stored.
  await page.locator('#kp-judul').fill('Pelatihan tanpa bentuk');
  await page.locator('#kp-jp').fill('1.200');
  await page.getByTestId('simpan-kegiatan').click();
  const galat = page.getByTestId('galat-kegiatan');
  await expect(galat).toContainText('Tanggal mulai belum diisi');
  await expect(galat).toContainText('ribuan atau sebagai pecahan');
  await expect(page.getByTestId('baris-kegiatan')).toHaveCount(0);

  await catatKegiatan(page, 'pelatihan_teknis', 'Pelatihan analisis kebijakan', `${tahun}-02-10`, '8', 'sertifikat-analisis.pdf');
  await catatKegiatan(page, 'e_learning', 'E-learning manajemen risiko', `${tahun}-03-05`, '6', 'https://example.org/sertifikat/42');
  await catatKegiatan(page, 'coaching', 'Coaching penulisan laporan', `${tahun}-04-20`, '1,5');
  await expect(page.getByTestId('baris-kegiatan')).toHaveCount(3);
  await expect(page.getByTestId('jp-kata')).toHaveText(`Anda kurang 4,5 JP pada tahun ${tahun}.`);

  // A correction: the coaching was 2 JP. The form opens on it by keyboard.
  await page.getByRole('button', { name: 'Ubah Coaching penulisan laporan' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#kp-bentuk')).toBeFocused();
  await expect(page.locator('#kp-jp')).toHaveValue('1,5');
  await page.locator('#kp-jp').fill('2');
  await page.getByTestId('simpan-kegiatan').click();
  await expect(page.getByTestId('status-kegiatan')).toHaveText('Kegiatan tersimpan.');
  await expect(page.getByTestId('ringkasan-jp')).toContainText(`JP tahun ${tahun}: 16 dari minimum 20 JP.`);
  await expect(page.getByTestId('jp-kata')).toHaveText(`Anda kurang 4 JP pada tahun ${tahun}.`);
  await expect(page.getByTestId('ringkasan-jp')).toContainText('Klasikal 8 JP · nonklasikal 8 JP');

  // Delete and undo bring the same training back.
  await page.getByTestId('hapus-kegiatan').first().click();
  await expect(page.getByTestId('baris-kegiatan')).toHaveCount(2);
  await page.getByTestId('urungkan-kegiatan').click();
  await expect(page.getByTestId('baris-kegiatan')).toHaveCount(3);
  await expect(page.getByTestId('jp-kata')).toHaveText(`Anda kurang 4 JP pada tahun ${tahun}.`);
  await tanpaMasalahAxe(page);

  // Last year's training counts in last year, and that year is named as itself, not "this year".
  await catatKegiatan(page, 'coaching', 'Coaching tahun lalu', `${tahun - 1}-11-10`, '2');
  await expect(page.getByTestId('baris-kegiatan')).toHaveCount(3);
  await page.locator('#kp-tahun').selectOption(`${tahun - 1}`);
  await expect(page.getByTestId('jp-kata')).toHaveText(`Anda kurang 18 JP pada tahun ${tahun - 1}.`);
  await expect(page.getByRole('heading', { level: 2, name: `Kegiatan tahun ${tahun - 1}` })).toBeVisible();
  await expect(page.getByTestId('baris-kegiatan')).toHaveCount(1);
  await page.locator('#kp-tahun').selectOption(`${tahun}`);

  await muatUlang(page);
  await expect(page.getByTestId('baris-kegiatan')).toHaveCount(3);
  await expect(page.getByRole('link', { name: 'https://example.org/sertifikat/42' })).toBeVisible();

  // The pegawai's file carries the log, each training in their name.
  await page.goto('./#/data');
  const file = await unduh(page, info.outputDir, () => page.getByTestId('unduh-bundle').click());
  const bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  const kegiatan = bundle.records.filter((r: { type: string }) => r.type === 'kegiatan_pengembangan');
  expect(kegiatan.map((r: { data: { jp: number } }) => r.data.jp).sort()).toEqual([2, 2, 6, 8]);
  for (const r of kegiatan) expect(r.data.pegawai_nip).toBe(NIP);

  // The pejabat penilai takes the file whole: nothing refused.
  const b = await browser.newContext();
  const pb = await b.newPage();
  await pb.goto('./');
  await appReady(pb);
  await chooseRole(pb, 'pejabat_penilai', 'Budi');
  await impor(pb, file);
  await expect(pb.getByTestId('impor-selesai')).toContainText('5 ditambahkan');
  await b.close();
});

test('a jabatan fungsional pegawai sees the year\'s angka kredit from the evaluations in real files, and the running total from the starting points', async ({ page, context }) => {
  const fixture = (n: string) => path.join(repo, 'tests/e2e/fixtures', n);
  await peranTersimpan(context, 'pegawai', NIP);
  await page.goto('./');
  await appReady(page);
  // Her own file (profile, SKP as submitted), then her pejabat penilai's (approval, Q1, Q2).
  await impor(page, fixture(`instansi-pegawai-${NIP}.json`));
  await impor(page, fixture('instansi-penilaian-tim-1.json'));
  await klikNav(page, 'nav-pengembangan');
  await page.getByTestId('sub-angka-kredit').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Angka kredit');
  const tahun = page.getByTestId('ak-tahun');
  await expect(tahun).toHaveText(/^Tahun 2026: \d+,\d\d$/);
  await expect(page.getByText('sementara, dari evaluasi triwulanan sejauh ini')).toBeVisible();
  // Each quarter is 3/12 × (25 to 150 %) × 12,5: a whole number of 0,78125, which the
  // rounded figure on screen still names; the app keeps the exact value.
  const tampil = Number((await tahun.innerText()).split(': ')[1].replace(',', '.'));
  const setahun = Math.round(tampil / 0.78125) * 0.78125;
  // Two quarters of an Ahli Pertama (12,5 a year): 3,13 to 4,69 each.
  expect(setahun).toBeGreaterThanOrEqual(2 * 0.78125);
  expect(setahun).toBeLessThanOrEqual(9.375);
  await expect(page.getByTestId('ak-kumulatif')).toHaveText((await tahun.innerText()).split(': ')[1]);

  await page.locator('#ak-awal').fill('45,5');
  await page.getByTestId('simpan-ak-awal').click();
  await expect(page.getByTestId('status-ak-awal')).toHaveText('Angka kredit awal tersimpan di profil.');
  const kumulatif = 45.5 + setahun;
  const koma = (x: number) => x.toFixed(2).replace('.', ',');
  await expect(page.getByTestId('ak-kumulatif')).toHaveText(koma(kumulatif));
  await expect(page.getByTestId('ak-pangkat')).toHaveText(kumulatif >= 50
    ? 'Kenaikan pangkat berikutnya: butuh 50,00, sudah terpenuhi'
    : `Kenaikan pangkat berikutnya: butuh 50,00, kurang ${koma(50 - kumulatif)}`);
  await expect(page.getByTestId('ak-jenjang')).toHaveText(`Kenaikan jenjang berikutnya: butuh 100,00, kurang ${koma(100 - kumulatif)}`);
  // A starting figure without its day: the screen says earlier evaluations may count twice.
  const catatan = page.getByTestId('ak-sejak-catatan');
  await expect(catatan).toContainText('Tanggal mulai dihitung belum diisi');
  await tanpaMasalahAxe(page);

  // Those 45,5 came with a promotion on 1 April 2026: her first quarter is already in them.
  await page.locator('#ak-sejak').fill('2026-04-01');
  await page.getByTestId('simpan-ak-awal').click();
  await expect(catatan).toHaveText('Evaluasi dihitung sejak 01-04-2026: 1 evaluasi sebelumnya sudah termasuk angka kredit awal dan tidak ditambahkan lagi.');
  const baris = page.getByRole('region', { name: /^Tahun 2026/ }).locator('tbody tr');
  await expect(baris).toHaveCount(1);
  await expect(baris).toContainText('Triwulan II 2026');
  const kuartal2 = Math.round(Number((await tahun.innerText()).split(': ')[1].replace(',', '.')) / 0.78125) * 0.78125;
  expect(kuartal2).toBeGreaterThanOrEqual(0.78125);
  expect(kuartal2).toBeLessThan(setahun);
  const sejakApril = 45.5 + kuartal2;
  await expect(page.getByTestId('ak-kumulatif')).toHaveText(koma(sejakApril));
  // The profile keeps both: a reload, and the profile screen's own save, leave them in place.
  await muatUlang(page);
  await page.goto('./#/profil');
  await page.getByTestId('simpan-profil').click();
  await expect(page.getByTestId('status-profil')).toHaveText('Profil tersimpan.');
  await page.goto('./#/angka-kredit');
  await expect(page.getByTestId('ak-kumulatif')).toHaveText(koma(sejakApril));
  await expect(page.locator('#ak-sejak')).toHaveValue('2026-04-01');
});

test('the pejabat penilai assesses five competencies (Format B.1.9), the pegawai sees gaps, JPM and band from the file, and the admin sees JP shortfalls, training needs and a Satyalancana candidate', async ({ browser }, info) => {
  // Three devices and four files: on a busy 2-core machine it passed 60 s before the admin's part.
  test.setTimeout(180_000);
  const fixture = (n: string) => path.join(repo, 'tests/e2e/fixtures', n);
  const BUDI = '197501012000031001';
  const a = await browser.newContext();
  await peranTersimpan(a, 'pejabat_penilai', BUDI, 'Budi Santoso');
  const atasan = await a.newPage();
  await atasan.goto('./');
  await appReady(atasan);
  await impor(atasan, fixture(`instansi-pegawai-${NIP}.json`));
  await klikNav(atasan, 'nav-pengembangan');
  // The team's JP this year: Sari's file brought no training.
  await expect(atasan.getByTestId('baris-jp-tim')).toHaveCount(1);
  await expect(atasan.getByTestId('baris-jp-tim')).toContainText('Sari Wulandari');
  await expect(atasan.getByTestId('baris-jp-tim')).toContainText('Kurang 20 JP');
  await atasan.getByTestId('sub-kompetensi').click();
  await expect(atasan.getByRole('heading', { level: 1 })).toHaveText('Kompetensi');
  await expect(atasan.locator('#kn-bawahan')).toHaveValue(NIP);
  const nilai = { integritas: '3', kerja_sama: '2', komunikasi: '1', orientasi_hasil: '2', perekat_bangsa: '1' };
  for (const [kode, level] of Object.entries(nilai)) {
    await atasan.locator(`#kl-${kode}`).selectOption(level);
    if (kode !== 'komunikasi') await atasan.locator(`#ka-${kode}`).fill(`Teramati dalam dialog kinerja (${kode})`);
  }
  // A level without its reason is named, by the competency's name.
  await atasan.getByTestId('simpan-kompetensi').click();
  await expect(atasan.getByTestId('galat-kompetensi')).toContainText('Komunikasi: tuliskan alasan levelnya.');
  await atasan.locator('#ka-komunikasi').fill('Laporan belum runtut');
  await atasan.getByTestId('simpan-kompetensi').click();
  await expect(atasan.getByTestId('status-kompetensi')).toHaveText('Penilaian kompetensi tersimpan.');
  await expect(atasan.getByTestId('riwayat-kompetensi')).toHaveCount(1);
  await expect(atasan.getByTestId('riwayat-kompetensi')).toContainText('JPM 90% — Optimal');
  await tanpaMasalahAxe(atasan);
  await atasan.goto('./#/data');
  await expect(atasan.locator('#jenis-ekspor')).toHaveValue('penilaian');
  const file = await unduh(atasan, info.outputDir, () => atasan.getByTestId('unduh-bundle').click());
  const bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  const dinilai = bundle.records.filter((r: { type: string }) => r.type === 'penilaian_kompetensi');
  expect(dinilai).toHaveLength(1);
  expect(dinilai[0].data.penilai_nip).toBe(BUDI);
  await a.close();

  // The pegawai: her own file, then her pejabat penilai's.
  const b = await browser.newContext();
  await peranTersimpan(b, 'pegawai', NIP, 'Sari');
  const pegawai = await b.newPage();
  await pegawai.goto('./');
  await appReady(pegawai);
  await impor(pegawai, fixture(`instansi-pegawai-${NIP}.json`));
  await pegawai.goto('./#/kompetensi');
  await expect(pegawai.getByTestId('kompetensi-kosong')).toBeVisible();
  await impor(pegawai, file);
  await pegawai.goto('./#/kompetensi');
  await expect(pegawai.getByTestId('jpm-teks')).toHaveText('JPM 90% — Optimal');
  await expect(pegawai.getByTestId('baris-kompetensi')).toHaveCount(5);
  const gap = pegawai.getByTestId('tabel-kompetensi').locator('tr', { hasText: 'Komunikasi' });
  await expect(gap.getByTestId('gap')).toContainText('−1');
  await expect(gap.getByTestId('gap')).toContainText('Perlu dikembangkan');
  await expect(gap).toContainText('Laporan belum runtut');
  await expect(pegawai.getByTestId('form-kompetensi')).toHaveCount(0);
  await tanpaMasalahAxe(pegawai);
  await b.close();

  // A pegawai who completes ten years of service this year (TMT in the NIP), with 8 JP.
  const rudiNip = `19900101${tahun - 10}011001`;
  const c = await browser.newContext();
  const rudi = await c.newPage();
  await rudi.goto('./');
  await appReady(rudi);
  await chooseRole(rudi, 'pegawai', 'Rudi');
  await isiProfil(rudi, 'Rudi Hartono', rudiNip);
  await rudi.goto('./#/pengembangan');
  await catatKegiatan(rudi, 'pelatihan_teknis', 'Bimtek pengadaan', `${tahun}-03-03`, '8');
  await rudi.goto('./#/data');
  const fileRudi = await unduh(rudi, info.outputDir, () => rudi.getByTestId('unduh-bundle').click());
  await c.close();

  // The admin: the files, then staff development for this year.
  const d = await browser.newContext();
  await peranTersimpan(d, 'admin_kepegawaian', '196801011990031001', 'Nina');
  const admin = await d.newPage();
  await admin.goto('./');
  await appReady(admin);
  await impor(admin, fixture(`instansi-pegawai-${NIP}.json`));
  await impor(admin, file);
  await impor(admin, fileRudi);
  await klikNav(admin, 'nav-pengembangan-instansi');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Pengembangan pegawai');
  await admin.locator('#pilih-tahun').selectOption(String(tahun));
  await expect(admin.getByTestId('jp-ringkas')).toHaveText(`2 dari 2 pegawai berprofil di bawah JP minimum tahun ${tahun}.`);
  const jp = admin.getByTestId('tabel-jp');
  // The largest shortfall first: Sari has none logged (20), Rudi 8 of 20 (12).
  await expect(jp.locator('tbody tr').first()).toContainText('Sari Wulandari');
  await expect(jp.locator('tbody tr', { hasText: 'Rudi Hartono' })).toContainText('12');
  const kebutuhan = admin.getByTestId('tabel-kebutuhan');
  await expect(kebutuhan.locator('tbody tr')).toHaveCount(2);
  await expect(kebutuhan).toContainText('Komunikasi');
  const calon = admin.getByTestId('tabel-penghargaan');
  await expect(calon.locator('tbody tr', { hasText: 'Rudi Hartono' })).toContainText('Satyalancana Karya Satya 10 tahun');
  await expect(calon.locator('tbody tr', { hasText: 'Sari Wulandari' })).toHaveCount(0);
  await tanpaMasalahAxe(admin);
  await d.close();
});
