import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { appReady, bacaRekaman, chooseRole, repo, tulisTabLain, muatUlang } from './helpers';

// Issue 12, item 5: on the atasan's device, the pegawai's tanggapan and the atasan's later note
// on the same evaluation both survive the import (different fields, merged); a field both
// sides changed is one conflict, named in Indonesian, chosen on its own. The first files are
// the authority fixtures written by `the_e2e_files_for_authority_are_current`.
const fixture = (n: string) => path.join(repo, 'tests/e2e/fixtures', n);
const EV = 'kinerjaku.v1.r.evaluasi.06060606-0606-4606-8606-060606060606';
const DIALOG_ID = '05050505-0505-4505-8505-050505050505';
const DIALOG = `kinerjaku.v1.r.dialog_kinerja.${DIALOG_ID}`;

async function imporSatu(page: Page, file: string) {
  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles(file);
  await expect(page.getByTestId('laporan-berkas')).toHaveCount(1);
  await page.getByTestId('terapkan-impor').click();
  await expect(page.getByTestId('impor-selesai')).toBeVisible();
}

const baca = (page: Page, k: string) => bacaRekaman(page, k);

test('a tanggapan and a later atasan note both survive; a conflict is named by field', async ({ page }, info) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pejabat_penilai', 'Budi');
  await imporSatu(page, fixture('wewenang-1-pengajuan.json'));
  await imporSatu(page, fixture('wewenang-2-penilaian.json'));

  // The atasan's later note on the first RHK (their revision 2), as the evaluation screen saves it.
  const r = await baca(page, EV);
  r.revision = 2;
  r.data.rating_rhk[0].umpan_balik = 'Lampirkan notulen rapat';
  await tulisTabLain(page, { [EV]: JSON.stringify(r) });
  await muatUlang(page);

  // The pegawai's revision 2: their tanggapan on top of revision 1.
  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles(fixture('wewenang-5-tanggapan.json'));
  await expect(page.getByTestId('impor-digabung')).toContainText('1 data digabung per kolom');
  await expect(page.getByTestId('gabung-diambil')).toHaveText('Tanggapan: (kosong) → «Saya setuju»');
  await expect(page.getByTestId('gabung-tetap')).toContainText('Rating per RHK');
  await page.getByTestId('terapkan-impor').click();
  await expect(page.getByTestId('impor-selesai')).toContainText('1 data digabung per kolom.');
  const ev = await baca(page, EV);
  expect(ev.revision).toBe(3);
  expect(ev.data.tanggapan.isi).toBe('Saya setuju');
  expect(ev.data.rating_rhk[0].umpan_balik).toBe('Lampirkan notulen rapat');

  // The atasan reads the tanggapan on the evaluation screen.
  await page.goto('./#/evaluasi');
  await page.getByTestId('ev-jenis').selectOption('triwulanan');
  await page.getByTestId('ev-periode').selectOption({ index: 0 });
  await expect(page.getByTestId('isi-tanggapan-pegawai')).toHaveText('Saya setuju');

  // A dialog kinerja both may write: here `kendala` says one thing, the pegawai's copy of the
  // same revision another, and also a new `capaian`. Without a shared base both differing
  // fields are conflicts, each named and chosen on its own.
  const dialog = {
    id: DIALOG_ID, skp_id: '02020202-0202-4202-8202-020202020202', tanggal: '2026-04-03',
    peserta: ['198609262015051001', '197001012000031001'], capaian: 'Dua rekomendasi selesai',
    kendala: 'Data belum lengkap', langkah_disepakati: '', tindak_lanjut: '2026-05-01',
  };
  await tulisTabLain(page, { [DIALOG]: JSON.stringify({
    id: dialog.id, type: 'dialog_kinerja', revision: 1, updated_at: '2026-04-03T09:00:00+07:00',
    deleted: false, data: dialog, schema_version: 1,
  }) });
  await muatUlang(page);
  const berkas = info.outputPath('dialog.json');
  fs.writeFileSync(berkas, JSON.stringify({
    format: 'kinerjaku-bundle', schema_version: 1, app_version: '0.1.0', kind: 'pegawai',
    exported_at: '2026-04-21T08:00:00+07:00',
    exporter: { nip: '198609262015051001', nama: 'Siti', peran: 'pegawai' },
    records: [{ id: DIALOG_ID, type: 'dialog_kinerja', revision: 1, updated_at: '2026-04-20T09:00:00+07:00', deleted: false,
      data: { ...dialog, kendala: 'Server sering mati', capaian: 'Tiga rekomendasi selesai' } }],
    digest: { algorithm: 'sha-256', value: '0'.repeat(64) }, signatures: [],
  }));
  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles(berkas);
  const konflik = page.getByTestId('konflik');
  await expect(konflik).toHaveCount(2);
  await expect(page.getByTestId('konflik-kolom')).toHaveText([
    'Capaian: diubah di kedua sisi — pilih nilai yang dipakai',
    'Kendala: diubah di kedua sisi — pilih nilai yang dipakai',
  ]);
  const kendala = konflik.filter({ hasText: 'Kendala' });
  await expect(kendala).toContainText('«Data belum lengkap»');
  await expect(kendala).toContainText('«Server sering mati»');
  // English names the same fields.
  await page.getByTestId('ganti-bahasa').click();
  await expect(page.getByTestId('konflik-kolom').first()).toContainText('Achievement');
  await page.getByTestId('ganti-bahasa').click();

  await kendala.getByTestId('pilih-masuk').check();
  await konflik.filter({ hasText: 'Capaian' }).getByTestId('pilih-lokal').check();
  await page.getByTestId('terapkan-impor').click();
  await expect(page.getByTestId('impor-selesai')).toBeVisible();
  const d = await baca(page, DIALOG);
  expect(d.revision).toBe(2);
  expect(d.data.kendala).toBe('Server sering mati');
  expect(d.data.capaian).toBe('Dua rekomendasi selesai');
});
