import { test, expect } from '@playwright/test';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { appReady, chooseRole } from '../specs/helpers';
import { jamImpor, mesinDulu } from './jam';

/** Keys sorted at every level, no whitespace: the bundle's canonical form (docs/bundle.md). */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

function uuid(n: number): string {
  const h = crypto.createHash('sha256').update(`bench-${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const NIP = '198609262015051001';

/** The SKP every realisasi belongs to: an import refuses a realisasi whose SKP it cannot find
 *  (in the file or stored), so the file carries it, as a pegawai's own export does. */
function skp(): Record<string, unknown> {
  // One IKI per aspect in each RHK (an RHK may not measure one aspect twice).
  const iki = Array.from({ length: 15 }, (_, k) => ({
    id: uuid(2_000_000 + k), indikator: `Jumlah laporan ${k + 1}`,
    aspek: ['kuantitas', 'kualitas', 'waktu'][k % 3], akumulasi: 'jumlah',
    target: { jenis: 'angka', nilai: 12, satuan: 'dokumen' },
  }));
  const rhk = [0, 1, 2, 3, 4].map((r) => ({
    id: `rhk-${r + 1}`, uraian: `Layanan kepegawaian ${r + 1}`, jenis: 'utama', penugasan_dari: '',
    perspektif: null, rhk_atasan_id: null, rhk_atasan_uraian: '', iki: iki.slice(r * 3, r * 3 + 3),
  }));
  const data = {
    id: uuid(1_000_000), jenis: 'ja_jf', pegawai_nip: NIP, pejabat_penilai_nip: '', pendekatan: 'kuantitatif',
    perilaku: [], periode_mulai: '2026-01-01', periode_selesai: '2026-12-31', plt_plh: false, rhk,
    lampiran: { dukungan_sumber_daya: [], konsekuensi: [], skema_pertanggungjawaban: [] },
    riwayat: [{ catatan: '', dari: 'draft', ke: 'diajukan', pada: '2026-01-05' }],
    status: { kode: 'diajukan', pada: '2026-01-05' },
  };
  return { id: data.id, type: 'skp', revision: 1, updated_at: '2026-01-05T08:00:00+07:00', deleted: false, data };
}

/** A pegawai bundle of `n` records: their SKP and `n - 1` realisasi with realistic notes and
 *  evidence. */
function bundle(n: number): string {
  const records = [skp(), ...Array.from({ length: n - 1 }, (_, i) => ({
    id: uuid(i), type: 'realisasi', revision: 1, updated_at: '2026-11-22T09:00:00+07:00', deleted: false,
    data: {
      id: uuid(i), skp_id: uuid(1_000_000), iki_id: uuid(2_000_000 + (i % 15)),
      tanggal: `2026-${String(1 + (i % 12)).padStart(2, '0')}-15`, nilai: 1 + (i % 7) * 0.5,
      catatan: `Menyusun laporan kegiatan bulanan nomor ${i} dan mengunggah notulen rapat koordinasi.`,
      bukti: [{ jenis: 'berkas', isi: `notulen-${i}.pdf` }],
    },
  }))];
  const b: Record<string, unknown> = {
    format: 'kinerjaku-bundle', schema_version: 1, app_version: 'bench', kind: 'pegawai',
    exported_at: '2026-11-22T09:00:00+07:00',
    exporter: { nip: NIP, nama: 'Bench', peran: 'pegawai' },
    records, signatures: [],
  };
  b.digest = { algorithm: 'sha-256', value: crypto.createHash('sha256').update(canonical(b)).digest('hex') };
  return JSON.stringify(b);
}

for (const [n, apply] of [[2_000, true], [20_000, false], [60_000, false]] as const) {
  test(`import throughput: ${n} records`, async ({ page }, info) => {
    const text = bundle(n);
    const mb = Buffer.byteLength(text) / 1048576;
    const file = `${info.outputDir}/bench-${n}.json`;
    fs.mkdirSync(info.outputDir, { recursive: true });
    fs.writeFileSync(file, text);
    await page.goto('./');
    await appReady(page);
    await chooseRole(page, 'pegawai', 'Bench');
    await page.goto('./#/data');
    await mesinDulu(page);
    const jam = await jamImpor(page, ['impor-ringkas', `${n} ditambahkan`], ['impor-selesai', `${n} ditambahkan`]);
    await page.getByTestId('berkas-impor').setInputFiles(file);
    await expect(page.getByTestId('impor-ringkas')).toContainText(`${n} ditambahkan`);
    const dry = (await jam())[0] / 1000;
    let line = `import bench: ${n} records, ${mb.toFixed(2)} MB: read+validate+dry run ${dry.toFixed(2)} s = ${(mb / dry).toFixed(2)} MB/s`;
    if (apply) {
      await page.getByTestId('terapkan-impor').click();
      await expect(page.getByTestId('impor-selesai')).toContainText(`${n} ditambahkan`);
      const put = (await jam())[1] / 1000;
      line += `; apply (snapshot + verified writes) ${put.toFixed(2)} s = ${(mb / put).toFixed(2)} MB/s`;
    }
    console.log(line);
  });
}
