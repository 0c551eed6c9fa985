import { test, expect } from '@playwright/test';
import { appReady, catatKegiatan, ekspor, impor, klikNav, orang, peranTersimpan, tanpaMasalahAxe, unduh } from './helpers';

// Issue 14's "done when" as one story through real files, one pegawai from start to the
// admin's tables: Dian (a jabatan fungsional ahli pertama, TMT ten years ago, so a Satyalancana
// candidate this year) logs 16 JP of training; her pejabat penilai Budi assesses five
// competencies; she sees gaps, JPM and band and writes a development plan, which he approves;
// his annual evaluation gives her the year's angka kredit; the admin imports both their files
// and finds her in the right 9-box cell, in the JP-compliance list and among the award
// candidates. Every step runs in its own browser context, exchanging downloaded files.

const tahun = new Date().getFullYear();
const DIAN = `19900315${tahun - 10}032001`;
const BUDI = '197501012000031001';

test('one pegawai\'s year of growth through real files ends in the admin\'s talent pool, JP list and award candidates', async ({ browser }, info) => {
  // One long story; its screens are each checked in both viewports by their own specs.
  test.skip(info.project.name !== 'desktop', 'one viewport is enough for the story');
  test.setTimeout(300_000);
  const dir = info.outputDir;

  // Dian's SKP: one RHK with one IKI, submitted as a file.
  const dian = await orang(browser, 'pegawai', 'Dian', 'Dian Puspita', DIAN, 'III/a', 'ahli_pertama');
  await dian.goto('./#/skp');
  await dian.getByTestId('buat-skp-kirim').click();
  await dian.getByTestId('tambah-rhk-utama').click();
  const rhk = dian.getByTestId('rhk');
  await rhk.locator('textarea').first().fill('Tersusunnya kajian pengembangan pegawai');
  const iki = rhk.getByTestId('iki').first();
  await iki.locator('input[id^="indikator-"]').fill('Jumlah kajian');
  await iki.locator('input[id^="nilai-"]').fill('4');
  await iki.locator('input[id^="nilai-"]').blur();
  await iki.locator('input[id^="satuan-"]').fill('dokumen');
  const diajukan = await unduh(dian, dir, () => dian.getByTestId('ajukan-skp').click());
  // Before any assessment she sees what she will be measured against: her jenjang's standard.
  await dian.goto('./#/kompetensi');
  await expect(dian.getByTestId('kompetensi-kosong')).toBeVisible();
  await expect(dian.getByTestId('baris-standar')).toHaveCount(9);
  await expect(dian.getByTestId('baris-standar').filter({ hasText: 'Komunikasi' })).toContainText('2');

  // Budi approves it and assesses five competencies (Format B.1.9): Komunikasi one level
  // below her jenjang's standard.
  const budi = await orang(browser, 'pejabat_penilai', 'Budi', 'Budi Santoso', BUDI, 'IV/a', 'pengawas');
  await impor(budi, diajukan);
  await budi.goto('./#/tim');
  await budi.getByTestId('tinjau').click();
  await budi.getByTestId('setujui-skp').click();
  await expect(budi.getByTestId('status-bawahan')).toHaveText('Disetujui');
  await budi.goto('./#/kompetensi');
  await expect(budi.locator('#kn-bawahan')).toHaveValue(DIAN);
  // Each competency with the bawahan's standard beside its name.
  await expect(budi.getByTestId('isian-kompetensi').filter({ hasText: 'Komunikasi' }).getByTestId('standar-kompetensi')).toHaveText('(standar 2)');
  const level = { integritas: '3', kerja_sama: '2', komunikasi: '1', orientasi_hasil: '2', perekat_bangsa: '1' };
  for (const [kode, l] of Object.entries(level)) {
    await budi.locator(`#kl-${kode}`).selectOption(l);
    await budi.locator(`#ka-${kode}`).fill(`Teramati dalam dialog kinerja (${kode})`);
  }
  await budi.getByTestId('simpan-kompetensi').click();
  await expect(budi.getByTestId('status-kompetensi')).toHaveText('Penilaian kompetensi tersimpan.');
  // A file for Dian alone (her records and Budi's plan; a colleague's would stay out).
  await budi.goto('./#/data');
  await budi.locator('#jenis-ekspor').selectOption('penilaian');
  await budi.getByTestId('ekspor-untuk').selectOption(DIAN);
  const untukDian = await unduh(budi, dir, () => budi.getByTestId('unduh-bundle').click());
  expect(untukDian).toMatch(new RegExp(`-untuk-${DIAN}\\.json$`));
  await impor(dian, untukDian);

  // Dian logs three trainings, 16 JP: four short of the 20 a PNS needs.
  await klikNav(dian, 'nav-pengembangan');
  await catatKegiatan(dian, 'pelatihan_teknis', 'Pelatihan analisis kebijakan', `${tahun}-02-10`, '8');
  await catatKegiatan(dian, 'e_learning', 'E-learning manajemen risiko', `${tahun}-03-05`, '6');
  await catatKegiatan(dian, 'coaching', 'Coaching penulisan laporan', `${tahun}-04-20`, '2');
  await expect(dian.getByTestId('jp-kata')).toHaveText(`Anda kurang 4 JP pada tahun ${tahun}.`);
  // Her competency profile from Budi's file: the gap, the JPM and its band.
  await dian.goto('./#/kompetensi');
  await expect(dian.getByTestId('jpm-teks')).toHaveText('JPM 90% — Optimal');
  await expect(dian.getByTestId('baris-kompetensi')).toHaveCount(5);
  const gap = dian.getByTestId('tabel-kompetensi').locator('tr', { hasText: 'Komunikasi' });
  await expect(gap.getByTestId('gap')).toContainText('−1');
  // A development plan answering that gap, submitted.
  await dian.goto('./#/rencana-pengembangan');
  await dian.locator('#rp-dasar').selectOption('kesenjangan');
  await dian.locator('#rp-tujuan').fill('Menulis laporan yang runtut');
  await dian.locator('#rp-rujukan').selectOption('komunikasi');
  await dian.locator('#rp-bentuk').selectOption('e_learning');
  await dian.locator('#rp-kegiatan').fill('E-learning menulis naskah dinas');
  await dian.locator('#rp-mulai').fill(`${tahun}-07-01`);
  await dian.locator('#rp-selesai').fill(`${tahun}-07-03`);
  await dian.locator('#rp-jp').fill('8');
  await dian.getByTestId('simpan-butir').click();
  await expect(dian.getByTestId('status-butir-simpan')).toHaveText('Tujuan disimpan.');
  await dian.getByTestId('ajukan-rencana').click();
  await expect(dian.getByTestId('status-rencana-kata')).toHaveText('Diajukan, menunggu pejabat penilai');
  // Her work: the kajian done, as the SKP planned.
  await dian.goto('./#/progres');
  const kartu = dian.getByTestId('kartu-iki').first();
  await kartu.locator('input[id^="tgl-"]').fill(`${tahun}-06-30`);
  await kartu.locator('input[id^="nilai-"]').fill('4');
  await kartu.locator('input[id^="berkas-"]').fill('kajian.pdf');
  await kartu.getByTestId('simpan-realisasi').click();
  await expect(kartu.getByTestId('capaian-iki')).toContainText('100 %');
  const dariDian = await ekspor(dian, dir, 'pegawai');

  // Budi approves the plan and writes the annual evaluation: Sesuai × Sesuai = Baik.
  await impor(budi, dariDian);
  await budi.goto('./#/rencana-pengembangan');
  const rencana = budi.getByTestId('kartu-rencana');
  await expect(rencana).toContainText(`Dian Puspita, tahun ${tahun}`);
  await rencana.getByTestId('setujui-rencana').click();
  await expect(rencana).toContainText('Disetujui pejabat penilai');
  await budi.goto('./#/evaluasi');
  await budi.locator('#ev-jenis').selectOption('tahunan');
  const evRhk = budi.getByTestId('ev-rhk');
  await evRhk.getByTestId('pilih-rating').selectOption('sesuai_ekspektasi');
  await evRhk.locator('textarea[id^="ev-umpan-"]').fill('Kajian selesai sesuai rencana');
  await budi.locator('#ev-rating-hasil').selectOption('sesuai_ekspektasi');
  await budi.locator('#ev-rating-perilaku').selectOption('sesuai_ekspektasi');
  await budi.getByTestId('simpan-evaluasi').click();
  await expect(budi.getByTestId('status-evaluasi')).toHaveText('Evaluasi tersimpan.');
  await expect(budi.getByTestId('predikat')).toHaveText('Predikat kinerja: Baik');
  const dariBudi = await ekspor(budi, dir, 'penilaian');
  await impor(dian, dariBudi);

  // Dian: the plan approved; the year's angka kredit from the annual evaluation, twelve months
  // of an Ahli Pertama (12,5 a year) at Baik (100 %).
  await dian.goto('./#/rencana-pengembangan');
  await expect(dian.getByTestId('status-rencana-kata')).toHaveText('Disetujui pejabat penilai');
  await dian.goto('./#/angka-kredit');
  await expect(dian.getByTestId('ak-tahun')).toHaveText(`Tahun ${tahun}: 12,50`);
  const akhirDian = await ekspor(dian, dir, 'pegawai');
  // A goal can answer that evaluation's follow-up: the form offers it by its period; no dialog
  // kinerja was held, and the form says so.
  await dian.goto('./#/rencana-pengembangan');
  await dian.locator('#rp-dasar').selectOption('evaluasi');
  await expect(dian.locator('#rp-rujukan option')).toContainText([`Akhir (Tahunan) ${tahun}`]);
  await dian.locator('#rp-dasar').selectOption('dialog_kinerja');
  await expect(dian.getByTestId('tanpa-rujukan')).toBeVisible();

  // The admin imports both files and finds Dian in each of the tables.
  const d = await browser.newContext();
  await peranTersimpan(d, 'admin_kepegawaian', '196801011990031001', 'Nina');
  const admin = await d.newPage();
  await admin.goto('./');
  await appReady(admin);
  for (const f of [akhirDian, dariBudi]) {
    await impor(admin, f);
    await expect(admin.getByTestId('impor-selesai')).not.toContainText('ditolak');
  }
  // Baik (Sesuai Ekspektasi) × JPM Optimal (Tinggi): box 8.
  await klikNav(admin, 'nav-talenta');
  await admin.locator('#pilih-tahun').selectOption(String(tahun));
  await expect(admin.getByTestId('kotak-8')).toContainText('Dian Puspita');
  await expect(admin.getByTestId('kotak-8').getByTestId('jumlah-kotak')).toHaveText('1');
  const baris = admin.getByTestId('tabel-talenta').locator('tbody tr', { hasText: 'Dian Puspita' });
  await expect(baris).toContainText('JPM 90% (Optimal)');
  await expect(baris).toContainText('Sesuai Ekspektasi');
  // Staff development: 4 JP short; ten years since the TMT in her NIP.
  await klikNav(admin, 'nav-pengembangan-instansi');
  await admin.locator('#pilih-tahun').selectOption(String(tahun));
  const jp = admin.getByTestId('tabel-jp').locator('tbody tr', { hasText: 'Dian Puspita' });
  // NIP, unit, JP logged, the minimum, the shortfall.
  await expect(jp.locator('td').nth(0)).toHaveText(DIAN);
  await expect(jp.locator('td.angka')).toHaveText(['16', '20', '4']);
  const calon = admin.getByTestId('tabel-penghargaan').locator('tbody tr', { hasText: 'Dian Puspita' });
  await expect(calon).toContainText('Satyalancana Karya Satya 10 tahun');
  await tanpaMasalahAxe(admin);
  await d.close();
});
