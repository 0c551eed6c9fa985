import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import path from 'node:path';
import { appReady, ekspor, impor, klikNav, muatUlang, peranTersimpan, repo, tanpaMasalahAxe, unduh } from './helpers';
import { csvUnduhan, nipTeks, nipUtuh, xlsxUnduhan } from './unduhan';

const NIP = '198609262015052001';
const BUDI = '197501012000031001';
const fixture = (n: string) => path.join(repo, 'tests/e2e/fixtures', n);
const tahun = new Date().getFullYear();


async function buka(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('./');
  await appReady(page);
  return page;
}

/** The pejabat penilai's Format B.1.9 for the bawahan chosen, every level with its reason. */
async function nilaiKompetensi(page: Page, level: Record<string, string>) {
  for (const [kode, l] of Object.entries(level)) {
    await page.locator(`#kl-${kode}`).selectOption(l);
    await page.locator(`#ka-${kode}`).fill(`Teramati dalam dialog kinerja (${kode})`);
  }
  // One teknis competency of the position, its standard from the agency's own.
  await page.getByTestId('tambah-teknis').click();
  await expect(page.locator('#kt-nama-0')).toBeFocused();
  await page.locator('#kt-nama-0').fill('Analisis kebijakan');
  await page.locator('#kt-standar-0').selectOption('3');
  await page.locator('#kt-level-0').selectOption('2');
  await page.locator('#kt-alasan-0').fill('Kajian masih deskriptif');
  await page.getByTestId('simpan-kompetensi').click();
  await expect(page.getByTestId('status-kompetensi')).toHaveText('Penilaian kompetensi tersimpan.');
}

test('a pegawai writes a development plan from a competency gap, the pejabat penilai returns then approves it through files, and a goal done enters the training log', async ({ browser }, info) => {
  // The pejabat penilai assesses Sari: Komunikasi falls below the standard of 2.
  const a = await browser.newContext();
  await peranTersimpan(a, 'pejabat_penilai', BUDI, 'Budi Santoso');
  const atasan = await buka(a);
  await impor(atasan, fixture(`instansi-pegawai-${NIP}.json`));
  await atasan.goto('./#/kompetensi');
  await nilaiKompetensi(atasan, { integritas: '3', kerja_sama: '2', komunikasi: '1', orientasi_hasil: '2', perekat_bangsa: '2' });
  const penilaian1 = await ekspor(atasan, info.outputDir);

  const b = await browser.newContext();
  await peranTersimpan(b, 'pegawai', NIP, 'Sari');
  const sari = await buka(b);
  await impor(sari, fixture(`instansi-pegawai-${NIP}.json`));
  await impor(sari, penilaian1);
  // Her competency profile names the teknis one too: 12 of 13 levels, JPM 92,31 %.
  await sari.goto('./#/kompetensi');
  await expect(sari.getByTestId('jpm-teks')).toHaveText('JPM 92,31% — Optimal');
  const teknis = sari.getByTestId('tabel-kompetensi').locator('tr', { hasText: 'Analisis kebijakan' });
  await expect(teknis.getByTestId('gap')).toContainText('−1');
  await expect(teknis).toContainText('Kajian masih deskriptif');
  await klikNav(sari, 'nav-pengembangan');
  await sari.getByTestId('sub-rencana-pengembangan').click();
  await expect(sari.getByRole('heading', { level: 1 })).toHaveText('Rencana pengembangan');
  await expect(sari.getByTestId('rencana-kosong')).toBeVisible();
  await expect(sari.getByTestId('status-rencana-kata')).toHaveText('Draf (belum diajukan)');

  // An empty goal is named, field by field, with its number.
  await sari.locator('#rp-dasar').selectOption('kesenjangan');
  await sari.getByTestId('simpan-butir').click();
  const galat = sari.getByTestId('galat-butir');
  await expect(galat).toContainText('Mulai belum diisi atau bukan tanggal.');
  await sari.locator('#rp-mulai').fill(`${tahun}-07-01`);
  await sari.locator('#rp-selesai').fill(`${tahun}-07-03`);
  await sari.locator('#rp-jp').fill('12');
  await sari.getByTestId('simpan-butir').click();
  await expect(galat).toContainText('Tujuan 1: tujuan pengembangan masih kosong.');
  await expect(galat).toContainText('Tujuan 1: pilih kompetensi, evaluasi atau dialog kinerja yang menjadi dasarnya.');

  // The gap the assessment found is offered: Komunikasi, one level below.
  await expect(sari.locator('#rp-rujukan option')).toHaveText(['— pilih —', 'Komunikasi (-1)', 'Analisis kebijakan (-1)']);
  await sari.locator('#rp-tujuan').fill('Menulis laporan yang runtut');
  await sari.locator('#rp-rujukan').selectOption('komunikasi');
  await sari.locator('#rp-bentuk').selectOption('e_learning');
  await sari.locator('#rp-kegiatan').fill('E-learning menulis naskah dinas');
  await sari.getByTestId('simpan-butir').click();
  await expect(sari.getByTestId('status-butir-simpan')).toHaveText('Tujuan disimpan.');
  await sari.locator('#rp-tujuan').fill('Mentoring penyusunan kajian');
  await sari.locator('#rp-dasar').selectOption('lainnya');
  await sari.locator('#rp-bentuk').selectOption('mentoring');
  await sari.locator('#rp-kegiatan').fill('Mentoring oleh analis madya');
  await sari.locator('#rp-mulai').fill(`${tahun}-09-01`);
  await sari.locator('#rp-selesai').fill(`${tahun}-09-30`);
  await sari.locator('#rp-jp').fill('4,5');
  await sari.getByTestId('simpan-butir').click();
  await expect(sari.getByTestId('baris-butir')).toHaveCount(2);
  await expect(sari.getByTestId('status-rencana')).toContainText('2 tujuan, 16,5 JP direncanakan.');
  // Delete and undo put back only that goal, where it was.
  await sari.getByTestId('hapus-butir').last().click();
  await expect(sari.getByTestId('baris-butir')).toHaveCount(1);
  await sari.getByTestId('urungkan-butir').click();
  await expect(sari.getByTestId('baris-butir')).toHaveCount(2);
  await expect(sari.getByTestId('baris-butir').last()).toContainText('Mentoring penyusunan kajian');
  await sari.getByTestId('ajukan-rencana').click();
  await expect(sari.getByTestId('status-rencana-kata')).toHaveText('Diajukan, menunggu pejabat penilai');
  await tanpaMasalahAxe(sari);
  const pegawai1 = await ekspor(sari, info.outputDir);

  // The pejabat penilai returns it (a reason is required), Sari changes it, he approves.
  await impor(atasan, pegawai1);
  await atasan.goto('./#/rencana-pengembangan');
  const kartu = atasan.getByTestId('kartu-rencana');
  await expect(kartu).toContainText(`Sari Wulandari, tahun ${tahun}`);
  await expect(kartu).toContainText('Diajukan, menunggu pejabat penilai');
  await kartu.getByTestId('kembalikan-rencana').click();
  await expect(kartu.getByRole('alert')).toContainText('Tuliskan alasan rencana dikembalikan');
  await kartu.getByTestId('catatan-keputusan').fill('Tambahkan JP mentoring menjadi 8');
  await kartu.getByTestId('kembalikan-rencana').click();
  await expect(atasan.getByTestId('pesan-tinjau')).toContainText('Keputusan disimpan.');
  await expect(kartu).toContainText('Dikembalikan untuk diperbaiki');
  await impor(sari, await ekspor(atasan, info.outputDir));
  await sari.goto('./#/rencana-pengembangan');
  await expect(sari.getByTestId('status-rencana-kata')).toHaveText('Dikembalikan untuk diperbaiki');
  await expect(sari.getByTestId('catatan-penilai')).toContainText('Tambahkan JP mentoring menjadi 8');
  await sari.getByRole('button', { name: 'Ubah Mentoring penyusunan kajian' }).click();
  await expect(sari.locator('#rp-tujuan')).toBeFocused();
  await sari.locator('#rp-jp').fill('8');
  await sari.getByTestId('simpan-butir').click();
  await expect(sari.getByTestId('status-rencana')).toContainText('2 tujuan, 20 JP direncanakan.');
  await sari.getByTestId('ajukan-rencana').click();
  await expect(sari.getByTestId('status-rencana-kata')).toHaveText('Diajukan, menunggu pejabat penilai');
  await impor(atasan, await ekspor(sari, info.outputDir));
  await atasan.goto('./#/rencana-pengembangan');
  await expect(kartu).toContainText('20 JP');
  await kartu.getByTestId('setujui-rencana').click();
  await expect(kartu).toContainText('Disetujui pejabat penilai');
  await tanpaMasalahAxe(atasan);
  await impor(sari, await ekspor(atasan, info.outputDir));

  // Approved; the first goal done goes to the training log with its JP, in one write.
  await sari.goto('./#/rencana-pengembangan');
  await expect(sari.getByTestId('status-rencana-kata')).toHaveText('Disetujui pejabat penilai');
  await sari.getByTestId('selesai-butir').first().click();
  await expect(sari.locator('#rs-tanggal')).toBeFocused();
  await sari.locator('#rs-sertifikat').fill('sertifikat-naskah-dinas.pdf');
  await sari.getByTestId('catat-selesai').click();
  await expect(sari.getByTestId('pesan-rencana')).toHaveText('Kegiatan selesai dan masuk ke catatan pelatihan.');
  await expect(sari.getByTestId('status-butir').first()).toContainText('Selesai');
  // Progress keeps the approval.
  await expect(sari.getByTestId('status-rencana-kata')).toHaveText('Disetujui pejabat penilai');
  await muatUlang(sari);
  await sari.goto('./#/pengembangan');
  await expect(sari.getByTestId('baris-kegiatan')).toHaveCount(1);
  await expect(sari.getByTestId('baris-kegiatan')).toContainText('E-learning menulis naskah dinas');
  await expect(sari.getByTestId('jp-kata')).toHaveText(`Anda kurang 8 JP pada tahun ${tahun}.`);
  await a.close();
  await b.close();
});

test('the admin sees a pegawai in the right 9-box cell and as a succession candidate, records an award, and the pegawai sees it on their profile', async ({ browser }, info) => {
  // Team 1 at the end of 2026: each pegawai's own file, then their pejabat penilai's with the
  // annual evaluations (Sari Sangat Baik) and Sari's competencies, all at standard.
  const d = await browser.newContext();
  await peranTersimpan(d, 'admin_kepegawaian', '196801011990031001', 'Nina');
  const admin = await buka(d);
  for (const nip of [NIP, '198703152010011002', '199001202015032003']) await impor(admin, fixture(`instansi-pegawai-${nip}.json`));
  await impor(admin, fixture('talenta-penilaian-tim-1.json'));
  await expect(admin.getByTestId('impor-selesai')).not.toContainText('ditolak');
  await klikNav(admin, 'nav-talenta');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Manajemen talenta');
  await admin.locator('#pilih-tahun').selectOption('2026');
  await expect(admin.getByTestId('talenta-ringkas')).toHaveText('1 dari 3 pegawai dapat ditempatkan untuk tahun 2026.');
  // Di Atas Ekspektasi × Tinggi = box 9, in the succession group.
  const kotak = admin.getByTestId('kotak-9');
  await expect(kotak.getByTestId('jumlah-kotak')).toHaveText('1');
  await expect(kotak).toContainText('Sari Wulandari');
  await expect(admin.getByTestId('kotak-5').getByTestId('jumlah-kotak')).toHaveText('0');
  const baris = admin.getByTestId('tabel-talenta').locator('tbody tr', { hasText: 'Sari Wulandari' });
  await expect(baris).toContainText('JPM 100% (Optimal)');
  await expect(baris).toContainText('Di Atas Ekspektasi');
  await expect(baris).toContainText('Masuk kelompok rencana suksesi');
  const belum = admin.getByTestId('tabel-talenta-belum');
  await expect(belum.locator('tbody tr')).toHaveCount(2);
  await expect(belum).toContainText('Andi Pratama');
  await expect(belum).toContainText('Belum ada potensial');
  // An ahli pertama is a candidate for pengawas (the level that assesses them), fit 100 %
  // over all nine competencies of its standard.
  await admin.getByTestId('pilih-target-suksesi').selectOption('j:pengawas');
  await expect(admin.getByTestId('tabel-suksesi').locator('tbody tr')).toHaveCount(1);
  await expect(admin.getByTestId('tabel-suksesi')).toContainText('Sari Wulandari');
  await expect(admin.getByTestId('tabel-suksesi')).toContainText('9 dari 9');
  // Its download names the target, so rankings for two targets are told apart.
  const suksesi = await unduh(admin, info.outputDir, () => admin.getByTestId('tabel-suksesi-csv').click());
  expect(suksesi).toMatch(/kinerjaku-kandidat-suksesi-pengawas-seluruh-instansi-\d{4}-\d{8}\.csv$/);
  await admin.getByTestId('pilih-target-suksesi').selectOption('j:jpt_pratama');
  await expect(admin.getByTestId('suksesi-kosong')).toBeVisible();
  // Her own position, chosen by its name: she holds it, so she is not its successor.
  await admin.getByTestId('pilih-target-suksesi').selectOption({ label: 'Jabatan Sari Wulandari (Ahli Pertama)' });
  await expect(admin.getByTestId('suksesi-kosong')).toBeVisible();
  // The placed pegawai download as a table: NIP as text, the box as a number.
  const xlsx = await xlsxUnduhan(await unduh(admin, info.outputDir, () => admin.getByTestId('tabel-talenta-xlsx').click()));
  expect(xlsx.data[0].slice(0, 5)).toEqual(['Nama', 'NIP', 'Unit kerja', 'Jenjang', 'Kotak']);
  expect(xlsx.data).toHaveLength(2);
  nipTeks(xlsx.data[1][1], NIP);
  expect(xlsx.data[1][4]).toBe(9);

  // A potential assessment places Andi (Baik: Sesuai Ekspektasi) without any JPM: Menengah,
  // box 5. The form names what is missing first.
  const form = admin.getByTestId('form-asesmen');
  await admin.locator('#as-pegawai').selectOption('198703152010011002');
  await admin.getByTestId('simpan-asesmen').click();
  await expect(admin.getByTestId('galat-asesmen')).toContainText('Potensial belum dipilih.');
  await expect(admin.getByTestId('galat-asesmen')).toContainText('Tanggal hasil belum diisi atau bukan tanggal.');
  await admin.locator('#as-potensial').selectOption('menengah');
  await admin.locator('#as-tanggal').fill('2026-10-01');
  await admin.getByTestId('simpan-asesmen').click();
  await expect(admin.getByTestId('galat-asesmen')).toHaveText(/Penyelenggara asesmen potensi masih kosong\./);
  await form.locator('#as-penyelenggara').fill('UPT Penilaian Kompetensi');
  await form.locator('#as-keterangan').fill('Laporan 12/2026');
  await admin.getByTestId('simpan-asesmen').click();
  await expect(admin.getByTestId('pesan-asesmen')).toHaveText('Hasil asesmen potensi dicatat.');
  await expect(admin.getByTestId('talenta-ringkas')).toHaveText('2 dari 3 pegawai dapat ditempatkan untuk tahun 2026.');
  await expect(admin.getByTestId('kotak-5')).toContainText('Andi Pratama');
  const andi = admin.getByTestId('tabel-talenta').locator('tbody tr', { hasText: 'Andi Pratama' });
  await expect(andi).toContainText('Asesmen potensi 01-10-2026 (UPT Penilaian Kompetensi)');
  await expect(andi).toContainText('Menengah');
  // A result of a later year does not move him in 2026; it is the one for 2027.
  await admin.locator('#as-pegawai').selectOption('198703152010011002');
  await admin.locator('#as-potensial').selectOption('tinggi');
  await admin.locator('#as-tanggal').fill('2027-02-01');
  await form.locator('#as-penyelenggara').fill('UPT Penilaian Kompetensi');
  await admin.getByTestId('simpan-asesmen').click();
  await expect(admin.getByTestId('baris-asesmen')).toHaveCount(2);
  await expect(admin.getByTestId('kotak-5')).toContainText('Andi Pratama');
  // Deleting the 2026 result takes him out of the box; undo puts him back.
  await admin.getByRole('button', { name: 'Hapus Andi Pratama 01-10-2026' }).click();
  await expect(admin.getByTestId('pesan-asesmen')).toContainText('Hasil asesmen potensi dihapus.');
  await expect(admin.getByTestId('talenta-ringkas')).toHaveText('1 dari 3 pegawai dapat ditempatkan untuk tahun 2026.');
  await admin.getByTestId('urungkan-asesmen').click();
  await expect(admin.getByTestId('pesan-asesmen')).toHaveText('Hasil asesmen potensi dipulihkan.');
  await expect(admin.getByTestId('kotak-5')).toContainText('Andi Pratama');
  const csv = csvUnduhan(await unduh(admin, info.outputDir, () => admin.getByTestId('asesmen-tercatat-csv').click()), ';');
  expect(csv[0]).toEqual(['Nama', 'NIP', 'Potensial', 'Tanggal hasil', 'Penyelenggara', 'Keterangan (metode, nomor laporan)']);
  expect(csv).toHaveLength(3);
  nipUtuh(csv[2][1], '198703152010011002');
  expect(csv[2].slice(2, 6)).toEqual(['Menengah', '2026-10-01', 'UPT Penilaian Kompetensi', 'Laporan 12/2026']);
  await tanpaMasalahAxe(admin);

  // The admin records an award for her; a delete is undone.
  await klikNav(admin, 'nav-pengembangan-instansi');
  await admin.locator('#ph-pegawai').selectOption(NIP);
  await admin.locator('#ph-jenis').selectOption('prestasi');
  await admin.getByTestId('simpan-penghargaan').click();
  await expect(admin.getByTestId('galat-penghargaan')).toContainText('Tanggal keputusan belum diisi');
  await admin.locator('#ph-tanggal').fill('2026-11-10');
  await admin.locator('#ph-nama').fill('Pegawai Teladan 2026');
  await admin.locator('#ph-nomor').fill('800/55/2026');
  await admin.getByTestId('simpan-penghargaan').click();
  await expect(admin.getByTestId('pesan-penghargaan')).toHaveText('Penghargaan dicatat.');
  const tercatat = admin.getByTestId('tabel-penghargaan-tercatat');
  await expect(tercatat.getByTestId('baris-penghargaan')).toHaveCount(1);
  await tercatat.getByRole('button', { name: 'Hapus Pegawai Teladan 2026' }).click();
  await expect(admin.getByTestId('baris-penghargaan')).toHaveCount(0);
  await admin.getByTestId('urungkan-penghargaan').click();
  await expect(admin.getByTestId('baris-penghargaan')).toHaveCount(1);
  await tanpaMasalahAxe(admin);
  // It travels in the pegawai file the admin sends back.
  const kePegawai = await ekspor(admin, info.outputDir, 'pegawai');
  await d.close();

  const c = await browser.newContext();
  await peranTersimpan(c, 'pegawai', NIP, 'Sari');
  const sari = await buka(c);
  await impor(sari, fixture(`instansi-pegawai-${NIP}.json`));
  await impor(sari, kePegawai);
  await sari.goto('./#/profil');
  const daftar = sari.getByTestId('daftar-penghargaan');
  await expect(daftar).toContainText('Pegawai Teladan 2026');
  await expect(daftar).toContainText('Penghargaan prestasi kerja');
  await expect(daftar).toContainText('800/55/2026');
  await c.close();
});
