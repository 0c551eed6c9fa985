import { test, expect, type Page } from '@playwright/test';
import { appReady, muatUlang } from './helpers';

// Printable documents (#/cetak/skp/<id>, #/cetak/evaluasi/<id>) over records seeded straight
// into localStorage in the store's own envelope, so the test exercises only the documents.

const NIP_PEGAWAI = '198609262015052001';
const NIP_PENILAI = '197501012000031002';

const pegawai = {
  nip: NIP_PEGAWAI,
  nama: 'Sari Wulandari',
  jenis_pegawai: 'pns',
  golongan: 'III/a',
  jenjang: 'ahli_pertama',
  jabatan: 'Guru Ahli Pertama',
  unit_kerja: 'SMA Negeri 1 Contoh',
  instansi: 'Pemerintah Kota Contoh',
  pejabat_penilai: { nip: NIP_PENILAI, nama: 'Budi Santoso', jabatan: 'Kepala Sekolah', jenjang: 'pengawas', golongan: 'IV/a' },
  atasan_pejabat_penilai: { nip: '196805051990031003', nama: 'Ani Rahayu', jabatan: 'Kepala Dinas Pendidikan', golongan: 'IV/c' },
};

const skp = {
  id: 'skp-cetak-1',
  pegawai_nip: NIP_PEGAWAI,
  pejabat_penilai_nip: NIP_PENILAI,
  jenis: 'ja_jf',
  pendekatan: 'kuantitatif',
  periode_mulai: '2026-01-01',
  periode_selesai: '2026-12-31',
  status: { kode: 'disetujui', pada: '2026-01-20' },
  riwayat: [],
  rhk: [
    {
      id: 'rhk-1', jenis: 'utama', uraian: 'Tersusunnya dokumen perangkat pembelajaran',
      rhk_atasan_uraian: 'Meningkatnya mutu pembelajaran',
      iki: [
        { id: 'iki-1', aspek: 'kuantitas', indikator: 'Jumlah dokumen', target: { jenis: 'angka', nilai: 2, satuan: 'dokumen' } },
        { id: 'iki-2', aspek: 'kualitas', indikator: 'Persentase dokumen sesuai standar', target: { jenis: 'angka', nilai: 100, satuan: '%' } },
        { id: 'iki-3', aspek: 'waktu', indikator: 'Waktu penyelesaian', target: { jenis: 'makin_kecil', nilai: 12, satuan: 'bulan' } },
      ],
    },
    {
      id: 'rhk-2', jenis: 'tambahan', uraian: 'Terlaksananya pendampingan rekan sejawat',
      iki: [{ id: 'iki-4', aspek: 'kuantitas', indikator: 'Jumlah sesi pendampingan', target: { jenis: 'angka', nilai: 4, satuan: 'sesi' } }],
    },
  ],
  perilaku: [{ nilai: 'akuntabel', ekspektasi_khusus: 'Laporan tepat waktu setiap bulan' }],
  lampiran: { dukungan_sumber_daya: ['Laptop', 'Akses internet'], skema_pertanggungjawaban: ['Laporan bulanan'], konsekuensi: ['Teguran tertulis'] },
  plt_plh: false,
};

// Hasil "sesuai" (the engine advised "di atas") × perilaku "di atas" → the kuadran says Baik.
const evaluasi = {
  id: 'ev-cetak-1',
  skp_id: skp.id,
  pegawai_nip: NIP_PEGAWAI,
  penilai_nip: NIP_PENILAI,
  periode: { jenis: 'triwulanan', tahun: 2026, ke: 2 },
  tanggal: '2026-07-03',
  rating_rhk: [
    { rhk_id: 'rhk-1', rating: 'diatas_ekspektasi', realisasi: '2 dokumen selesai dan diverifikasi', umpan_balik: 'Dokumen rapi dan tepat waktu' },
    { rhk_id: 'rhk-2', rating: 'sesuai_ekspektasi', realisasi: '1 sesi', umpan_balik: 'Lanjutkan' },
  ],
  rating_hasil: { rating: 'sesuai_ekspektasi', saran: 'diatas_ekspektasi', justifikasi: 'Pendampingan baru satu sesi' },
  perilaku: [{ nilai: 'akuntabel', umpan_balik: 'Selalu melapor tepat waktu' }],
  rating_perilaku: 'diatas_ekspektasi',
  capaian_organisasi: 'baik',
  pimpinan_unit: false,
  tanggapan: { tanggal: '2026-07-05', isi: 'Terima kasih atas masukannya' },
};

// A JPT SKP, kualitatif: narrative target, perspektif column, provenance of the RHK.
const skpJpt = {
  ...skp,
  id: 'skp-cetak-jpt',
  // Another (unprofiled) pegawai and an earlier year, so the other screens still pick skp-cetak-1.
  pegawai_nip: '197001012000031001',
  periode_mulai: '2025-01-01',
  periode_selesai: '2025-12-31',
  jenis: 'jpt',
  pendekatan: 'kualitatif',
  status: { kode: 'draft' },
  rhk: [{
    id: 'rhk-j1', jenis: 'utama', uraian: 'Meningkatnya kualitas layanan pendidikan', penugasan_dari: 'Wali Kota',
    perspektif: 'penerima_layanan',
    iki: [{ id: 'iki-j1', aspek: 'kualitas', indikator: 'Kepuasan orang tua siswa', target: { jenis: 'naratif', teks: 'Orang tua menilai layanan sekolah baik' } }],
  }],
};

// Approved, reopened once (an IKI's accumulation chosen as the mean), approved again.
const skpRevisi = {
  ...skp,
  id: 'skp-cetak-revisi',
  pegawai_nip: '197002022000032002',
  periode_mulai: '2025-01-01',
  periode_selesai: '2025-12-31',
  status: { kode: 'disetujui', pada: '2025-04-10' },
  riwayat: [
    { dari: 'draft', ke: 'diajukan', pada: '2025-01-10', catatan: '' },
    { dari: 'diajukan', ke: 'disetujui', pada: '2025-01-20', catatan: '' },
    { dari: 'disetujui', ke: 'draft', pada: '2025-04-01', catatan: 'Persentase dihitung rata-rata' },
    { dari: 'draft', ke: 'diajukan', pada: '2025-04-02', catatan: '' },
    { dari: 'diajukan', ke: 'disetujui', pada: '2025-04-10', catatan: '' },
  ],
  rhk: [{
    ...skp.rhk[0],
    iki: [{ id: 'iki-r1', aspek: 'kualitas', indikator: 'Persentase dokumen sesuai standar', target: { jenis: 'angka', nilai: 100, satuan: '%' },
      akumulasi: 'rata_rata', akumulasi_dipilih: true }],
  }],
};

const rekaman = (type: string, id: string, data: unknown) => ({
  id, type, revision: 1, updated_at: '2026-07-05T10:00:00+07:00', deleted: false, data, schema_version: 1,
});

/** Seeds settings and records once per browser context (the init script runs on every load). */
async function seed(page: Page, peran = 'pegawai', nip = NIP_PEGAWAI) {
  const items: Record<string, string> = {
    'kinerjaku.v1.settings': JSON.stringify({ schema_version: 1, bahasa: 'id', peran, nama: 'Sari', nip }),
    [`kinerjaku.v1.r.pegawai.${'pg-' + NIP_PEGAWAI}`]: JSON.stringify(rekaman('pegawai', 'pg-' + NIP_PEGAWAI, pegawai)),
    [`kinerjaku.v1.r.skp.${skp.id}`]: JSON.stringify(rekaman('skp', skp.id, skp)),
    [`kinerjaku.v1.r.skp.${skpJpt.id}`]: JSON.stringify(rekaman('skp', skpJpt.id, skpJpt)),
    [`kinerjaku.v1.r.skp.${skpRevisi.id}`]: JSON.stringify(rekaman('skp', skpRevisi.id, skpRevisi)),
    [`kinerjaku.v1.r.evaluasi.${evaluasi.id}`]: JSON.stringify(rekaman('evaluasi', evaluasi.id, evaluasi)),
  };
  await page.addInitScript((it) => {
    if (localStorage.getItem('kinerjaku.v1.settings')) return;
    for (const [k, v] of Object.entries(it)) localStorage.setItem(k, v);
  }, items);
}

async function savePdf(page: Page, file: string) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', path: file, printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`${file}: ${pdf.length} bytes, ${pages} page(s)`);
  return { bytes: pdf.length, pages };
}

test('the SKP prints as an A4 document with identities, hasil kerja, perilaku, Lampiran and signatures', async ({ page }, info) => {
  await seed(page);
  await page.goto(`./#/cetak/skp/${skp.id}`);
  await appReady(page);
  const lembar = page.getByTestId('lembar');
  await expect(lembar.getByTestId('judul-dokumen')).toHaveText('SASARAN KINERJA PEGAWAI');
  await expect(lembar).toContainText('1 Januari 2026 s.d. 31 Desember 2026');
  await expect(page.getByTestId('cetak-status')).toHaveText('Disetujui — tanggal 20 Januari 2026');

  const identitas = page.getByTestId('tabel-identitas');
  await expect(identitas).toContainText('PEGAWAI YANG DINILAI');
  await expect(identitas).toContainText('Sari Wulandari');
  await expect(identitas).toContainText('19860926 201505 2 001');
  await expect(identitas).toContainText('Penata Muda, III/a');
  await expect(identitas).toContainText('Budi Santoso');
  await expect(identitas).toContainText('19750101 200003 1 002');
  // The official header's jenis and jenjang jabatan, and the atasan pejabat penilai.
  await expect(identitas.locator('thead th')).toHaveText(['PEGAWAI YANG DINILAI', 'PEJABAT PENILAI KINERJA', 'ATASAN PEJABAT PENILAI KINERJA']);
  await expect(identitas.locator('tr', { hasText: 'Jenjang Jabatan' }).locator('td')).toHaveText(['Ahli Pertama', 'Pengawas', '']);
  await expect(identitas.locator('tr', { hasText: 'Jenis Jabatan' }).locator('td').first()).toHaveText('Jabatan Fungsional Keahlian');

  const hasil = page.getByTestId('tabel-hasil-kerja');
  await expect(hasil.locator('thead th')).toHaveText(['No', 'Rencana Hasil Kerja Atasan yang Diintervensi', 'Rencana Hasil Kerja', 'Aspek', 'Indikator Kinerja Individu', 'Target']);
  await expect(hasil.locator('tr.kelompok')).toHaveText(['A. UTAMA', 'B. TAMBAHAN']);
  const rhk = hasil.getByTestId('cetak-rhk');
  await expect(rhk).toHaveText(['Tersusunnya dokumen perangkat pembelajaran', 'Terlaksananya pendampingan rekan sejawat']);
  // One row per IKI: the RHK cell spans its three IKI.
  await expect(rhk.first()).toHaveAttribute('rowspan', '3');
  await expect(hasil.getByTestId('cetak-target')).toHaveText(['2 dokumen', '100 %', '≤ 12 bulan', '4 sesi']);
  // Under each target, how its realisasi add up (records without the field read as a sum).
  await expect(hasil.getByTestId('cetak-akumulasi')).toHaveText(Array(4).fill('Realisasi dihitung: jumlah semua entri'));
  await expect(page.getByTestId('cetak-revisi')).toHaveCount(0);
  await expect(hasil).toContainText('Meningkatnya mutu pembelajaran');
  await expect(hasil).toContainText('Kuantitas');

  const perilaku = page.getByTestId('tabel-perilaku');
  await expect(perilaku.locator('tbody tr')).toHaveCount(7);
  await expect(perilaku).toContainText('Berorientasi Pelayanan');
  await expect(perilaku).toContainText('Tidak menyalahgunakan kewenangan jabatan');
  await expect(perilaku.getByTestId('cetak-ekspektasi').nth(1)).toHaveText('Laporan tepat waktu setiap bulan');

  const lampiran = page.getByTestId('lampiran-skp');
  await expect(lampiran).toContainText('DUKUNGAN SUMBER DAYA');
  await expect(lampiran).toContainText('Akses internet');
  await expect(lampiran).toContainText('Teguran tertulis');
  const ttd = page.getByTestId('ttd').first();
  await expect(ttd).toContainText('Sari Wulandari');
  await expect(page.getByTestId('ttd').nth(1)).toContainText('Budi Santoso');
  await expect(ttd).toContainText('20 Januari 2026');
  // The atasan signs too; their approval is not recorded here, so the date is left to write.
  await expect(page.getByTestId('ttd')).toHaveCount(6);
  await expect(page.getByTestId('ttd').nth(2)).toContainText('Ani Rahayu');
  await expect(page.getByTestId('ttd').nth(2)).not.toContainText('2026');

  await page.screenshot({ path: `${info.outputDir}/skp-${info.project.name}.png`, fullPage: true });
});

test('a revised SKP prints its revision number and each IKI’s chosen accumulation', async ({ page }) => {
  await seed(page);
  await page.goto(`./#/cetak/skp/${skpRevisi.id}`);
  await appReady(page);
  await expect(page.getByTestId('cetak-status')).toHaveText('Disetujui — tanggal 10 April 2025');
  await expect(page.getByTestId('cetak-revisi')).toHaveText('Revisi ke-1');
  const hasil = page.getByTestId('tabel-hasil-kerja');
  await expect(hasil.getByTestId('cetak-target')).toHaveText('100 %');
  await expect(hasil.getByTestId('cetak-akumulasi')).toHaveText('Realisasi dihitung: rata-rata entri');
  await page.getByTestId('ganti-bahasa').click();
  await expect(page.getByTestId('cetak-revisi')).toHaveText('Revision 1');
  await expect(hasil.getByTestId('cetak-akumulasi')).toHaveText('Actuals count as: mean of entries');
});

test('a JPT SKP uses the JPT columns with perspektif, and a kualitatif target prints as text', async ({ page }) => {
  await seed(page);
  await page.goto(`./#/cetak/skp/${skpJpt.id}`);
  await appReady(page);
  const hasil = page.getByTestId('tabel-hasil-kerja');
  await expect(hasil.locator('thead th')).toHaveText(['No', 'Rencana Hasil Kerja', 'Indikator Kinerja Individu', 'Target', 'Perspektif']);
  await expect(hasil.getByTestId('cetak-rhk')).toHaveText('Meningkatnya kualitas layanan pendidikan (penugasan dari Wali Kota)');
  await expect(hasil.getByTestId('cetak-target')).toHaveText('Orang tua menilai layanan sekolah baik');
  // A narrative target has no accumulation line.
  await expect(hasil.getByTestId('cetak-akumulasi')).toHaveCount(0);
  await expect(hasil).toContainText('Penerima Layanan');
  await expect(hasil.locator('tr.kelompok').nth(1).locator('xpath=following-sibling::tr[1]')).toHaveText('Tidak ada.');
  await expect(page.getByTestId('cetak-status')).toHaveText('Draf');
  await expect(page.getByTestId('lembar')).toContainText('belum disetujui');
  // No profile for this NIP: the identity still shows the NIP in its 8-6-1-3 form.
  await expect(page.getByTestId('tabel-identitas')).toContainText('19700101 200003 1 001');
});

test('the evaluation prints period, ratings, the kuadran predikat, tanggapan and three signatures', async ({ page }, info) => {
  await seed(page);
  await page.goto(`./#/cetak/evaluasi/${evaluasi.id}`);
  await appReady(page);
  await expect(page.getByTestId('judul-dokumen')).toHaveText('EVALUASI KINERJA PEGAWAI');
  await expect(page.getByTestId('cetak-periode')).toHaveText('TRIWULAN II 2026');
  await expect(page.getByTestId('lembar')).toContainText('1 April 2026 s.d. 30 Juni 2026');
  await expect(page.getByTestId('lembar')).toContainText('Triwulanan');
  await expect(page.getByTestId('cetak-capaian-organisasi')).toHaveText('Baik');
  const identitas = page.getByTestId('tabel-identitas');
  await expect(identitas.locator('thead th')).toHaveText(['PEGAWAI YANG DINILAI', 'PEJABAT PENILAI KINERJA', 'ATASAN PEJABAT PENILAI KINERJA']);
  await expect(identitas).toContainText('Ani Rahayu');

  const hasil = page.getByTestId('tabel-hasil-kerja');
  await expect(hasil.getByTestId('cetak-rhk')).toHaveText(['Tersusunnya dokumen perangkat pembelajaran', 'Terlaksananya pendampingan rekan sejawat']);
  await expect(hasil.getByTestId('cetak-target').first()).toHaveText('2 dokumen');
  await expect(hasil).toContainText('2 dokumen selesai dan diverifikasi');
  await expect(hasil).toContainText('Dokumen rapi dan tepat waktu');
  await expect(hasil.getByTestId('cetak-rating-rhk')).toHaveText(['Di Atas Ekspektasi', 'Sesuai Ekspektasi']);
  await expect(page.getByTestId('cetak-rating-hasil')).toHaveText('Sesuai Ekspektasi');
  await expect(page.getByTestId('cetak-justifikasi')).toContainText('Pendampingan baru satu sesi');
  await expect(page.getByTestId('tabel-perilaku').getByTestId('cetak-umpan-perilaku').nth(1)).toHaveText('Selalu melapor tepat waktu');
  await expect(page.getByTestId('cetak-rating-perilaku')).toHaveText('Di Atas Ekspektasi');

  // The predikat is the kuadran cell of (sesuai, di atas) — recomputed, never stored.
  const sel = (await page.getByTestId('kuadran-terpilih').innerText()).replace('●', '').trim();
  await expect(page.getByTestId('cetak-predikat')).toHaveText(sel);
  expect(sel).toBe('Baik');
  await expect(page.getByTestId('cetak-tanggapan')).toContainText('Terima kasih atas masukannya');
  const ttd = page.getByTestId('ttd');
  await expect(ttd).toHaveCount(3);
  await expect(ttd.nth(0)).toContainText('Sari Wulandari');
  await expect(ttd.nth(1)).toContainText('Budi Santoso');
  await expect(ttd.nth(2)).toContainText('Ani Rahayu');
  await expect(ttd.nth(2)).toContainText('3 Juli 2026');

  await page.screenshot({ path: `${info.outputDir}/evaluasi-${info.project.name}.png`, fullPage: true });
});

test('both documents save as A4 PDFs, the Lampiran SKP on a page of its own', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'page.pdf is produced once, on the desktop project');
  await seed(page);
  await page.goto(`./#/cetak/skp/${skp.id}`);
  await appReady(page);
  await expect(page.getByTestId('cetak-rhk').first()).toBeVisible();
  const s = await savePdf(page, `${info.outputDir}/skp.pdf`);
  expect(s.bytes).toBeGreaterThan(10_000);
  expect(s.pages).toBeGreaterThanOrEqual(2);
  // What prints: the sheet only, no header, navigation, footer or buttons.
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.kepala', '.kaki', '.tanpa-cetak', '[data-testid="tombol-cetak"]']) {
    await expect(page.locator(sel).first()).toBeHidden();
  }
  await expect(page.getByTestId('lembar')).toBeVisible();
  await page.screenshot({ path: `${info.outputDir}/skp-cetak.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  await page.goto(`./#/cetak/evaluasi/${evaluasi.id}`);
  await expect(page.getByTestId('cetak-predikat')).toBeVisible();
  const e = await savePdf(page, `${info.outputDir}/evaluasi.pdf`);
  expect(e.bytes).toBeGreaterThan(10_000);
  expect(e.pages).toBeGreaterThanOrEqual(1);
});

test('print button, back link, English, and an unknown id says so in both languages', async ({ page }) => {
  await seed(page);
  await page.addInitScript(() => {
    (window as unknown as { dicetak: number }).dicetak = 0;
    window.print = () => { (window as unknown as { dicetak: number }).dicetak += 1; };
  });
  await page.goto(`./#/cetak/skp/${skp.id}`);
  await appReady(page);
  await page.getByTestId('tombol-cetak').click();
  expect(await page.evaluate(() => (window as unknown as { dicetak: number }).dicetak)).toBe(1);
  await expect(page.getByTestId('kembali-cetak')).toHaveAttribute('href', '#/skp');

  await page.getByTestId('ganti-bahasa').click();
  await expect(page.getByTestId('judul-dokumen')).toHaveText('EMPLOYEE PERFORMANCE PLAN (SKP)');
  await expect(page.getByTestId('tabel-perilaku')).toContainText('Service-oriented');
  await expect(page.getByTestId('cetak-status')).toHaveText('Approved — on 20 January 2026');

  await page.goto('./#/cetak/evaluasi/tidak-ada');
  await expect(page.getByTestId('cetak-tidak-ditemukan')).toContainText('There is no evaluation with code «tidak-ada»');
  await page.getByTestId('ganti-bahasa').click();
  await expect(page.getByTestId('cetak-tidak-ditemukan')).toContainText('Evaluasi dengan kode «tidak-ada» tidak ada');
  await page.goto('./#/cetak/skp/tidak-ada');
  await expect(page.getByTestId('cetak-tidak-ditemukan')).toContainText('SKP dengan kode «tidak-ada» tidak ada');
});

test('the SKP screens link to the document', async ({ page }) => {
  await seed(page);
  await page.goto('./#/skp');
  await appReady(page);
  await expect(page.getByTestId('cetak-skp')).toHaveAttribute('href', `#/cetak/skp/${skp.id}`);
  // The pejabat penilai reaches the same document from the team review.
  await page.evaluate((nip) => {
    const s = JSON.parse(localStorage.getItem('kinerjaku.v1.settings')!);
    localStorage.setItem('kinerjaku.v1.settings', JSON.stringify({ ...s, peran: 'pejabat_penilai', nip }));
  }, NIP_PENILAI);
  await page.goto('./#/tim');
  await muatUlang(page);
  await page.locator('tr', { hasText: 'Sari Wulandari' }).getByTestId('tinjau').click();
  await page.getByTestId('cetak-skp-bawahan').click();
  await expect(page.getByTestId('judul-dokumen')).toHaveText('SASARAN KINERJA PEGAWAI');
  await expect(page.getByTestId('kembali-cetak')).toHaveAttribute('href', '#/tim');
});

test('both documents have no serious accessibility violation and no page overflow at 360 px', async ({ page }) => {
  const AxeBuilder = (await import('@axe-core/playwright')).default;
  await seed(page);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const url of [`./#/cetak/skp/${skp.id}`, `./#/cetak/evaluasi/${evaluasi.id}`]) {
    await page.goto(url);
    await appReady(page);
    await expect(page.getByTestId('lembar')).toBeVisible();
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${url} ${v.id} ${v.help} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The sheet keeps its A4 width and scrolls inside its own box instead.
    const gulir = await page.locator('.lembar-gulir').evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(gulir).toBe(true);
  }
});

