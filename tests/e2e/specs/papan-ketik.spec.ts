import { test, expect, type Page } from '@playwright/test';
import { appReady, bacaRekaman, simpanan } from './helpers';

// The coaching and evaluation screens by keyboard alone: every field is reached with Tab,
// values are chosen and typed with keys, and forms are sent with Enter. Records are seeded
// straight into localStorage in the store's envelope.

const NIP_PEGAWAI = '198609262015052001';
const NIP_PENILAI = '197501012000031001';

const skp = {
  id: 'skp-kb-1', pegawai_nip: NIP_PEGAWAI, pejabat_penilai_nip: NIP_PENILAI, jenis: 'ja_jf', pendekatan: 'kuantitatif',
  periode_mulai: '2026-01-01', periode_selesai: '2026-12-31', status: { kode: 'disetujui', pada: '2026-01-20' }, riwayat: [],
  rhk: [{
    id: 'rhk-1', jenis: 'utama', uraian: 'Tersusunnya laporan keuangan',
    iki: [{ id: 'iki-1', aspek: 'kuantitas', indikator: 'Jumlah laporan', target: { jenis: 'angka', nilai: 12, satuan: 'laporan' } }],
  }],
  perilaku: [], lampiran: {}, plt_plh: false,
};
const pegawai = { nip: NIP_PEGAWAI, nama: 'Sari Wulandari', jenis_pegawai: 'pns', golongan: 'III/a', jenjang: 'ahli_pertama', jabatan: '', unit_kerja: '' };

const rekaman = (type: string, id: string, data: unknown) => JSON.stringify({
  id, type, revision: 1, updated_at: '2026-03-01T10:00:00+07:00', deleted: false, data, schema_version: 1,
});

async function seed(page: Page, peran: string, nip: string, extra: Record<string, string> = {}) {
  const items: Record<string, string> = {
    'kinerjaku.v1.settings': JSON.stringify({ schema_version: 1, bahasa: 'id', peran, nama: 'Uji', nip }),
    'kinerjaku.v1.r.pegawai.pg-1': rekaman('pegawai', 'pg-1', pegawai),
    [`kinerjaku.v1.r.skp.${skp.id}`]: rekaman('skp', skp.id, skp),
    ...extra,
  };
  await page.addInitScript((it) => {
    if (localStorage.getItem('kinerjaku.v1.settings')) return;
    for (const [k, v] of Object.entries(it)) localStorage.setItem(k, v);
  }, items);
}

/** Presses Tab until `selector` has the focus (at most 80 times) — proves it is reachable. */
async function tabKe(page: Page, selector: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} is not reachable with Tab`);
}

/** Chooses an option of the focused select by keyboard: type its first letters. */
async function pilihDenganKetik(page: Page, teks: string) {
  await page.keyboard.type(teks);
}

test('the atasan evaluates and gives feedback by keyboard alone', async ({ page }) => {
  await seed(page, 'pejabat_penilai', NIP_PENILAI);
  await page.goto('./#/evaluasi');
  await appReady(page);
  await tabKe(page, '#ev-jenis');
  await pilihDenganKetik(page, 'Tri');
  await expect(page.locator('#ev-jenis')).toHaveValue('triwulanan');
  await tabKe(page, '[data-testid=ev-rhk] select');
  await pilihDenganKetik(page, 'Di Atas');
  await expect(page.locator('[data-testid=ev-rhk] select')).toHaveValue('diatas_ekspektasi');
  await tabKe(page, 'textarea[id^="ev-umpan-"]');
  await page.keyboard.type('Laporan selalu tepat waktu');
  await tabKe(page, '#ev-rating-hasil');
  await pilihDenganKetik(page, 'Di Atas');
  await tabKe(page, '#ev-rating-perilaku');
  await pilihDenganKetik(page, 'Sesuai');
  await expect(page.getByTestId('predikat')).toHaveText('Predikat kinerja: Baik');
  await tabKe(page, '[data-testid=simpan-evaluasi]');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('status-evaluasi')).toHaveText('Evaluasi tersimpan.');

  await page.goto('./#/bimbingan');
  await tabKe(page, 'textarea[id^="ub-isi-"]');
  await page.keyboard.type('Pertahankan ketepatan waktu');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('daftar-umpan-balik')).toContainText('Pertahankan ketepatan waktu');
  // A mistaken note is deleted, and the delete undone, by keyboard too.
  await tabKe(page, '[data-testid=hapus-catatan]');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('status-hapus')).toContainText('Catatan dihapus.');
  await expect(page.getByTestId('daftar-umpan-balik')).toHaveCount(0);
  const semua = await simpanan(page);
  const nisan = Object.keys(semua).filter((k) => k.startsWith('kinerjaku.v1.r.umpan_balik.'))
    .map((k) => JSON.parse(semua[k]));
  expect(nisan.map((r) => [r.deleted, r.revision])).toEqual([[true, 2]]);
  await tabKe(page, '[data-testid=urungkan-hapus]');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('status-hapus')).toContainText('Catatan dikembalikan.');
  await expect(page.getByTestId('daftar-umpan-balik')).toContainText('Pertahankan ketepatan waktu');
  await tabKe(page, '#dk-kendala');
  await page.keyboard.type('Aplikasi keuangan sering gangguan');
  await tabKe(page, '[data-testid=simpan-dialog]');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dialog-kinerja')).toContainText('Aplikasi keuangan sering gangguan');
});

test('the pegawai answers an evaluation by keyboard alone', async ({ page }) => {
  const evaluasi = {
    id: 'ev-kb-1', skp_id: skp.id, pegawai_nip: NIP_PEGAWAI, penilai_nip: NIP_PENILAI,
    periode: { jenis: 'bulanan', tahun: 2026, ke: 2 }, tanggal: '2026-03-02',
    rating_rhk: [{ rhk_id: 'rhk-1', rating: 'sesuai_ekspektasi', realisasi: '', umpan_balik: 'Baik' }],
    rating_hasil: { rating: 'sesuai_ekspektasi', saran: 'sesuai_ekspektasi', justifikasi: '' },
    perilaku: [], rating_perilaku: 'dibawah_ekspektasi',
  };
  await seed(page, 'pegawai', NIP_PEGAWAI, { 'kinerjaku.v1.r.evaluasi.ev-kb-1': rekaman('evaluasi', 'ev-kb-1', evaluasi) });
  await page.goto('./#/penilaian');
  await appReady(page);
  // Sesuai × di bawah is Kurang/Misconduct on the kuadran.
  await expect(page.getByTestId('predikat')).toHaveText('Predikat kinerja: Kurang/Misconduct');
  await tabKe(page, '[data-testid=isi-tanggapan]');
  await page.keyboard.type('Saya akan memperbaiki disiplin pelaporan.');
  await tabKe(page, '[data-testid=simpan-tanggapan]');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('status-tanggapan')).toContainText('Tanggapan tersimpan');
  const tersimpan = await bacaRekaman(page, 'kinerjaku.v1.r.evaluasi.ev-kb-1');
  expect(tersimpan.revision).toBe(2);
  expect(tersimpan.data.tanggapan.isi).toBe('Saya akan memperbaiki disiplin pelaporan.');
});

test('a pegawai logs a training, and the admin records a potential assessment, by keyboard alone', async ({ page, browser }) => {
  await seed(page, 'pegawai', NIP_PEGAWAI);
  await page.goto('./#/pengembangan');
  await appReady(page);
  await tabKe(page, '#kp-bentuk');
  await pilihDenganKetik(page, 'Pelatihan teknis');
  await expect(page.locator('#kp-bentuk')).toHaveValue('pelatihan_teknis');
  await tabKe(page, '#kp-judul');
  await page.keyboard.type('Bimtek penyusunan laporan');
  await tabKe(page, '#kp-penyelenggara');
  await page.keyboard.type('BPSDM Provinsi');
  // A date field takes its digits segment by segment (month, day, year in this locale).
  await tabKe(page, '#kp-mulai');
  await page.keyboard.type('03052026');
  await tabKe(page, '#kp-selesai');
  await page.keyboard.type('03062026');
  await tabKe(page, '#kp-jp');
  await page.keyboard.type('12');
  await tabKe(page, '[data-testid=simpan-kegiatan]');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('status-kegiatan')).toHaveText('Kegiatan tersimpan.');
  await expect(page.getByTestId('baris-kegiatan')).toContainText('Bimtek penyusunan laporan');
  const k = Object.entries(await simpanan(page)).find(([kunci]) => kunci.startsWith('kinerjaku.v1.r.kegiatan_pengembangan.'));
  const kegiatan = JSON.parse(k![1]).data;
  expect([kegiatan.mulai, kegiatan.selesai, kegiatan.jp, kegiatan.pegawai_nip]).toEqual(['2026-03-05', '2026-03-06', 12, NIP_PEGAWAI]);

  const ctx = await browser.newContext();
  const admin = await ctx.newPage();
  await seed(admin, 'admin_kepegawaian', '196801011990031001');
  await admin.goto('./#/instansi/talenta');
  await appReady(admin);
  await tabKe(admin, '#as-pegawai');
  await pilihDenganKetik(admin, 'Sari');
  await expect(admin.locator('#as-pegawai')).toHaveValue(NIP_PEGAWAI);
  await tabKe(admin, '#as-potensial');
  await pilihDenganKetik(admin, 'Tinggi');
  await tabKe(admin, '#as-tanggal');
  await admin.keyboard.type('09152026');
  await tabKe(admin, '#as-penyelenggara');
  await admin.keyboard.type('UPT Penilaian Kompetensi');
  await admin.keyboard.press('Enter');
  await expect(admin.getByTestId('pesan-asesmen')).toHaveText('Hasil asesmen potensi dicatat.');
  await expect(admin.getByTestId('baris-asesmen')).toContainText('15-09-2026');
  // Deleted and brought back by keyboard: the undo button follows the message.
  await tabKe(admin, '[data-testid=baris-asesmen] button');
  await admin.keyboard.press('Enter');
  await expect(admin.getByTestId('baris-asesmen')).toHaveCount(0);
  await tabKe(admin, '[data-testid=urungkan-asesmen]');
  await admin.keyboard.press('Enter');
  await expect(admin.getByTestId('baris-asesmen')).toHaveCount(1);
  await ctx.close();
});
