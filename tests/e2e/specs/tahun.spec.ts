import { test, expect, type Page } from '@playwright/test';
import { ekspor, impor, muatUlang, orang, tanpaMasalahAxe, unduh } from './helpers';

// A whole SKP year between a pegawai and their atasan, each in their own browser, exchanging
// real downloaded files: profile → SKP → returned once → approved → three months of realisasi
// → feedback and a dialog kinerja → a periodic and the annual evaluation → the pegawai's
// tanggapan → back to the atasan. Then both reload and nothing typed is lost.


async function nilaiRhk(page: Page, ratings: string[], umpan: string[]) {
  const rhk = page.getByTestId('ev-rhk');
  await expect(rhk).toHaveCount(ratings.length);
  for (let i = 0; i < ratings.length; i++) {
    await rhk.nth(i).getByTestId('pilih-rating').selectOption(ratings[i]);
    await rhk.nth(i).locator('textarea[id^="ev-umpan-"]').fill(umpan[i]);
  }
}

test('a full SKP year between a pegawai and the atasan, through real files', async ({ browser }, info) => {
  test.setTimeout(300_000);
  const dir = info.outputDir;
  const pegawai = await orang(browser, 'pegawai', 'Sari', 'Sari Wulandari', '198609262015052001', 'III/a', 'ahli_pertama');

  // The SKP: one RHK utama and one tambahan, each with a numeric IKI.
  await pegawai.goto('./#/skp');
  await pegawai.getByTestId('buat-skp-kirim').click();
  await pegawai.getByTestId('tambah-rhk-utama').click();
  await pegawai.getByTestId('tambah-rhk-tambahan').click();
  const rhk = pegawai.getByTestId('rhk');
  await expect(rhk).toHaveCount(2);
  const isiRhk = async (i: number, uraian: string, indikator: string, target: string, satuan: string) => {
    await rhk.nth(i).locator('textarea').first().fill(uraian);
    const iki = rhk.nth(i).getByTestId('iki').first();
    await iki.locator('input[id^="indikator-"]').fill(indikator);
    await iki.locator('input[id^="nilai-"]').fill(target);
    await iki.locator('input[id^="nilai-"]').blur();
    await iki.locator('input[id^="satuan-"]').fill(satuan);
  };
  await isiRhk(0, 'Tersusunnya kajian kebijakan pelayanan', 'Jumlah kajian', '4', 'dokumen');
  await isiRhk(1, 'Terlaksananya sosialisasi layanan', 'Jumlah sosialisasi', '2', 'kegiatan');
  const berkas1 = await unduh(pegawai, dir, () => pegawai.getByTestId('ajukan-skp').click());
  await expect(pegawai.getByTestId('skp-status')).toHaveText('Diajukan');

  const atasan = await orang(browser, 'pejabat_penilai', 'Budi', 'Budi Santoso', '197501012000031001', 'IV/a', 'pengawas');
  await impor(atasan, berkas1);
  await atasan.goto('./#/tim');
  await atasan.getByTestId('tinjau').click();
  await atasan.locator('#alasan-kembali').fill('Lengkapi indikator kualitas kajian');
  await atasan.getByTestId('kembalikan-skp').click();
  await expect(atasan.getByTestId('status-bawahan')).toHaveText('Dikembalikan');
  await impor(pegawai, await ekspor(atasan, dir, 'penilaian'));

  await pegawai.goto('./#/skp');
  await expect(pegawai.getByTestId('skp-alasan')).toContainText('Lengkapi indikator kualitas kajian');
  await rhk.nth(0).getByTestId('tambah-iki').click();
  await rhk.nth(0).getByTestId('iki').nth(1).locator('input[id^="indikator-"]').fill('Kajian diterima tanpa revisi');
  await rhk.nth(0).getByTestId('iki').nth(1).locator('input[id^="nilai-"]').fill('100');
  await rhk.nth(0).getByTestId('iki').nth(1).locator('input[id^="satuan-"]').fill('%');
  const berkas3 = await unduh(pegawai, dir, () => pegawai.getByTestId('ajukan-skp').click());
  await impor(atasan, berkas3);
  await atasan.goto('./#/tim');
  await atasan.getByTestId('tinjau').click();
  await atasan.getByTestId('setujui-skp').click();
  await expect(atasan.getByTestId('status-bawahan')).toHaveText('Disetujui');
  await impor(pegawai, await ekspor(atasan, dir, 'penilaian'));
  await pegawai.goto('./#/skp');
  await expect(pegawai.getByTestId('skp-status')).toHaveText('Disetujui');

  // Three months of realisasi with bukti dukung: kajian 1 per month (3 of 4), one sosialisasi.
  await pegawai.goto('./#/progres');
  const kartu = pegawai.getByTestId('kartu-iki');
  await expect(kartu).toHaveCount(3);
  for (const [tgl, bukti] of [['2026-01-20', 'kajian-jan.pdf'], ['2026-02-18', 'kajian-feb.pdf'], ['2026-03-17', 'kajian-mar.pdf']]) {
    await kartu.nth(0).locator('input[id^="tgl-"]').fill(tgl);
    await kartu.nth(0).locator('input[id^="nilai-"]').fill('1');
    await kartu.nth(0).locator('input[id^="berkas-"]').fill(bukti);
    await kartu.nth(0).getByTestId('simpan-realisasi').click();
    await expect(kartu.nth(0).getByTestId('riwayat-realisasi').locator('tbody tr')).toHaveCount(Number(tgl.slice(6, 7)));
  }
  await expect(kartu.nth(0).getByTestId('capaian-iki')).toContainText('75 %');
  await kartu.nth(2).locator('input[id^="tgl-"]').fill('2026-03-05');
  await kartu.nth(2).locator('input[id^="nilai-"]').fill('1');
  await kartu.nth(2).locator('input[id^="tautan-"]').fill('https://drive.example.go.id/sosialisasi-1');
  await kartu.nth(2).getByTestId('simpan-realisasi').click();
  await expect(kartu.nth(2).getByTestId('capaian-iki')).toContainText('50 %');
  await impor(atasan, await ekspor(pegawai, dir, 'pegawai'));

  // The atasan sees the team's progress, gives feedback and records a dialog kinerja.
  await atasan.goto('./#/tim');
  await expect(atasan.getByTestId('capaian-bawahan')).toHaveText('62,5 %');
  await atasan.goto('./#/bimbingan');
  const bb = atasan.getByTestId('bb-rhk');
  await bb.nth(0).locator('textarea[id^="ub-isi-"]').fill('Kajian Februari sangat baik, pertahankan');
  await bb.nth(0).getByTestId('simpan-umpan-balik').click();
  await expect(bb.nth(0).getByTestId('daftar-umpan-balik')).toContainText('pertahankan');
  // A cleared date is said, not saved as today (it places the dialog in its period).
  await atasan.locator('#dk-tgl').fill('');
  await atasan.locator('#dk-kendala').fill('Data survei terlambat dari unit lain');
  await atasan.getByTestId('simpan-dialog').click();
  await expect(atasan.getByRole('alert')).toContainText('Tanggal belum diisi atau bukan tanggal');
  await atasan.locator('#dk-tgl').fill('2026-03-31');
  await atasan.locator('#dk-langkah').fill('Koordinasi mingguan dengan unit data');
  await atasan.locator('#dk-lanjut').fill('2026-03-01');
  await atasan.getByTestId('simpan-dialog').click();
  await expect(atasan.getByRole('alert')).toContainText('lebih awal dari tanggal dialog');
  await atasan.locator('#dk-lanjut').fill('2026-04-15');
  await atasan.getByTestId('simpan-dialog').click();
  await expect(atasan.getByTestId('dialog-kinerja')).toContainText('Koordinasi mingguan');
  await tanpaMasalahAxe(atasan);
  await atasan.goto('./#/tim');
  await expect(atasan.getByTestId('kendala-tim')).toContainText('Data survei terlambat');
  await tanpaMasalahAxe(atasan);

  // Periodic evaluation: Triwulan I. The advice (1 of 2 above = not most) is Sesuai; the atasan
  // follows it; perilaku Di Atas → Baik.
  await atasan.goto('./#/evaluasi');
  await atasan.locator('#ev-jenis').selectOption('triwulanan');
  await atasan.locator('#ev-periode').selectOption({ index: 0 });
  await expect(atasan.getByTestId('ev-capaian').first()).toHaveText('75 %');
  await expect(atasan.locator('textarea[id^="ev-realisasi-"]').first()).toHaveValue(/Jumlah kajian: 3 dokumen/);
  await nilaiRhk(atasan, ['diatas_ekspektasi', 'sesuai_ekspektasi'], ['Kajian tepat waktu', 'Sosialisasi sesuai rencana']);
  await expect(atasan.getByTestId('saran-rating')).toContainText('Sesuai Ekspektasi');
  await atasan.getByTestId('simpan-evaluasi').click();
  await expect(atasan.getByTestId('masalah-evaluasi')).toContainText('Rating hasil kerja belum dipilih');
  await atasan.locator('#ev-rating-hasil').selectOption('sesuai_ekspektasi');
  await atasan.locator('#ev-perilaku-akuntabel').fill('Laporan selalu tepat waktu');
  await atasan.locator('#ev-rating-perilaku').selectOption('diatas_ekspektasi');
  await expect(atasan.getByTestId('kuadran-terpilih')).toContainText('Baik');
  await expect(atasan.getByTestId('predikat')).toHaveText('Predikat kinerja: Baik');
  await atasan.getByTestId('simpan-evaluasi').click();
  await expect(atasan.getByTestId('status-evaluasi')).toHaveText('Evaluasi tersimpan.');
  await tanpaMasalahAxe(atasan);

  // Annual evaluation: the atasan chooses Di Atas against the advice, so a justification is
  // required; with perilaku Di Atas the kuadran gives Sangat Baik.
  await atasan.locator('#ev-jenis').selectOption('tahunan');
  await expect(atasan.getByTestId('evaluasi-ada')).toHaveCount(0);
  await nilaiRhk(atasan, ['diatas_ekspektasi', 'sesuai_ekspektasi'], ['Semua kajian selesai', 'Sosialisasi tuntas']);
  await atasan.locator('#ev-rating-hasil').selectOption('diatas_ekspektasi');
  await expect(atasan.getByTestId('beda-saran')).toBeVisible();
  await atasan.locator('#ev-rating-perilaku').selectOption('diatas_ekspektasi');
  await atasan.getByTestId('simpan-evaluasi').click();
  await expect(atasan.getByTestId('masalah-evaluasi')).toContainText('tuliskan alasannya');
  await atasan.locator('#ev-justifikasi').fill('Menyelesaikan kajian tambahan atas penugasan pimpinan');
  await expect(atasan.getByTestId('kuadran-terpilih')).toContainText('Sangat Baik');
  await atasan.getByTestId('simpan-evaluasi').click();
  await expect(atasan.getByTestId('status-evaluasi')).toHaveText('Evaluasi tersimpan.');
  await expect(atasan.getByTestId('predikat')).toHaveText('Predikat kinerja: Sangat Baik');

  // Back on the pegawai's phone: feedback, dialog and both evaluations; a tanggapan.
  await impor(pegawai, await ekspor(atasan, dir, 'penilaian'));
  await pegawai.goto('./#/');
  await expect(pegawai.getByTestId('agenda')).toContainText('2 evaluasi dari atasan belum Anda tanggapi');
  await pegawai.goto('./#/penilaian');
  await expect(pegawai.getByTestId('daftar-umpan-balik')).toContainText('pertahankan');
  await expect(pegawai.getByTestId('dialog-kinerja')).toContainText('Data survei terlambat');
  const ev = pegawai.getByTestId('kartu-evaluasi');
  await expect(ev).toHaveCount(2);
  await expect(ev.nth(0)).toContainText('Akhir (Tahunan) 2026');
  await expect(ev.nth(0).getByTestId('predikat')).toHaveText('Predikat kinerja: Sangat Baik');
  await expect(ev.nth(1)).toContainText('Triwulan I 2026');
  await expect(ev.nth(1).getByTestId('predikat')).toHaveText('Predikat kinerja: Baik');
  await ev.nth(0).getByTestId('isi-tanggapan').fill('Terima kasih, saya akan mempertahankan kinerja ini.');
  await ev.nth(0).getByTestId('simpan-tanggapan').click();
  await expect(ev.nth(0).getByTestId('status-tanggapan')).toContainText('Tanggapan tersimpan');
  await tanpaMasalahAxe(pegawai);

  // The print views of the year's documents, captured in the test output.
  await pegawai.goto('./#/skp');
  await pegawai.getByTestId('cetak-skp').click();
  await expect(pegawai.locator('main')).toContainText('Tersusunnya kajian kebijakan pelayanan');
  await pegawai.emulateMedia({ media: 'print' });
  await pegawai.screenshot({ path: `${dir}/skp-cetak.png`, fullPage: true });
  if (info.project.name === 'desktop') await pegawai.pdf({ path: `${dir}/skp.pdf`, format: 'A4' });
  await pegawai.emulateMedia({ media: 'screen' });
  await pegawai.goto('./#/penilaian');
  for (const i of [0, 1]) {
    await pegawai.goto('./#/penilaian');
    await pegawai.getByTestId('kartu-evaluasi').nth(i).getByRole('link', { name: 'Cetak dokumen evaluasi' }).click();
    await expect(pegawai.locator('main')).toContainText(i === 0 ? 'Sangat Baik' : 'Baik');
    await pegawai.emulateMedia({ media: 'print' });
    await pegawai.screenshot({ path: `${dir}/evaluasi-${i}-cetak.png`, fullPage: true });
    if (info.project.name === 'desktop') await pegawai.pdf({ path: `${dir}/evaluasi-${i}.pdf`, format: 'A4' });
    await pegawai.emulateMedia({ media: 'screen' });
  }

  // The tanggapan travels back to the atasan.
  await impor(atasan, await ekspor(pegawai, dir, 'pegawai'));
  await atasan.goto('./#/evaluasi');
  await atasan.locator('#ev-jenis').selectOption('tahunan');
  await expect(atasan.getByTestId('evaluasi-ada')).toBeVisible();

  // Nothing typed is lost across reloads of both sides.
  await muatUlang(pegawai);
  await pegawai.goto('./#/penilaian');
  await expect(pegawai.getByTestId('kartu-evaluasi').nth(0).getByTestId('isi-tanggapan')).toHaveValue('Terima kasih, saya akan mempertahankan kinerja ini.');
  await muatUlang(atasan);
  await atasan.goto('./#/evaluasi');
  await atasan.locator('#ev-jenis').selectOption('tahunan');
  await expect(atasan.locator('#ev-justifikasi')).toHaveValue('Menyelesaikan kajian tambahan atas penugasan pimpinan');
  await expect(atasan.getByTestId('predikat')).toHaveText('Predikat kinerja: Sangat Baik');
  await atasan.locator('#ev-jenis').selectOption('triwulanan');
  await atasan.locator('#ev-periode').selectOption({ index: 0 });
  await expect(atasan.locator('#ev-perilaku-akuntabel')).toHaveValue('Laporan selalu tepat waktu');
  await atasan.goto('./#/tim');
  await expect(atasan.getByTestId('predikat-bawahan')).toHaveText('Sangat Baik');
  // The team table says the bawahan answered, with the start of it and a link to the evaluation.
  const tanggapan = atasan.getByTestId('tanggapan-bawahan');
  await expect(tanggapan).toContainText('Ditanggapi (');
  await expect(tanggapan).toContainText('Terima kasih, saya akan mempertahankan kinerja ini.');
  await expect(tanggapan.getByTestId('lihat-tanggapan')).toHaveAttribute('href', /^#\/cetak\/evaluasi\//);
  await tanggapan.getByTestId('lihat-tanggapan').click();
  await expect(atasan.getByTestId('lembar')).toContainText('Terima kasih, saya akan mempertahankan kinerja ini.');
});
