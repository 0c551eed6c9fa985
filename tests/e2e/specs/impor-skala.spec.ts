import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { appReady, chooseRole, klikNav, repo } from './helpers';

// Issue 13 §2, import at scale: the admin picks many team files at once, watches them read and
// checked one by one (a progress bar and a running count), reads the report per file, applies
// it, and the agency dashboard counts everyone; or cancels, and nothing changes. The six team
// files (two pegawai each, every profile, SKP and evaluation of a team in one pejabat penilai's
// file) come from the synthetic agency's generator, written by the native test
// `the_e2e_team_files_are_current_and_import_whole_into_an_empty_admin_workspace`
// (src/store/sintetis_tests.rs), which also imports them natively.
const FIXTURES = path.join(repo, 'tests/e2e/fixtures');
const tim = fs.readdirSync(FIXTURES).filter((n) => n.startsWith('skala-tim-')).sort()
  .map((n) => path.join(FIXTURES, n));

test('six team files and a copy: progress to the end, a report per file, the copy named, applied whole, counted on the dashboard', async ({ page }, info) => {
  expect(tim).toHaveLength(6);
  // The first file again under another name: its digest, hashed by the browser, names it a copy.
  const salinan = path.join(info.outputDir, 'salinan.json');
  fs.mkdirSync(info.outputDir, { recursive: true });
  fs.copyFileSync(tim[0], salinan);
  // Each file's digest goes to WebCrypto (hashed natively, not in wasm): its calls counted.
  await page.addInitScript(() => {
    const w = window as unknown as { __cerna: number };
    w.__cerna = 0;
    const asli = SubtleCrypto.prototype.digest;
    SubtleCrypto.prototype.digest = function (this: SubtleCrypto, ...a: Parameters<typeof asli>) {
      w.__cerna += 1;
      return asli.apply(this, a);
    };
  });
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'admin_kepegawaian', 'Nina');
  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles([...tim, salinan]);

  // Every file read and checked: the bar at its end, the count beside it, no cancel left.
  const bar = page.getByTestId('impor-progres');
  await expect(bar).toHaveAttribute('max', '7');
  await expect(bar).toHaveAttribute('value', '7');
  await expect(page.getByLabel('Membaca dan memeriksa berkas')).toBeVisible();
  await expect(page.getByTestId('impor-hitungan')).toHaveText('7 / 7 berkas');
  await expect(page.getByTestId('batal-impor')).toHaveCount(0);

  // One card per file; more than five files start closed, each with its counts.
  const kartu = page.getByTestId('laporan-berkas');
  await expect(kartu).toHaveCount(7);
  await expect(page.getByTestId('impor-total')).toContainText('7 berkas: 85 ditambahkan');
  await expect(page.getByTestId('impor-total')).toContainText('0 ditolak · 0 berkas perlu diperiksa');
  await expect(kartu.first().getByTestId('impor-ringkas')).toContainText('ditambahkan');
  await expect(kartu.last().getByTestId('impor-ganda')).toContainText(path.basename(tim[0]));
  expect(await page.evaluate(() => (window as unknown as { __cerna: number }).__cerna)).toBe(7);
  await expect(page.locator('ul.laporan')).toHaveCount(0);
  // Opening one shows its records: a profile, an SKP and evaluations, none refused.
  await kartu.first().locator('summary').click();
  await expect(kartu.first().locator('ul.laporan > li')).not.toHaveCount(0);
  await expect(kartu.first().locator('li.galat-impor')).toHaveCount(0);
  await expect(kartu.first()).toContainText('Profil pegawai «');
  await kartu.first().locator('summary').click();
  await expect(page.locator('ul.laporan')).toHaveCount(0);

  await page.getByTestId('terapkan-impor').click();
  await expect(page.getByTestId('impor-selesai')).toContainText('Impor selesai: 85 ditambahkan');
  await expect(page.getByTestId('impor-kemajuan')).toHaveCount(0);
  await expect(page.getByTestId('urungkan-impor')).toBeVisible();

  // The agency dashboard counts the twelve pegawai of the six teams.
  await klikNav(page, 'nav-instansi');
  const pegawai = page.getByTestId('tabel-ringkasan').locator('tbody tr').first();
  await expect(pegawai).toContainText('Pegawai');
  await expect(pegawai).toContainText('12');
});

test('cancelling while files are read leaves nothing imported and nothing changed', async ({ page }) => {
  // The test holds the reading: after the first file, `File.arrayBuffer()` (how the app reads
  // a file) waits until released, so the cancel is pressed while files are still being read,
  // whatever the machine's speed.
  await page.addInitScript(() => {
    const w = window as unknown as { __lepas?: () => void; __tertunda: number };
    const asli = File.prototype.arrayBuffer;
    let dibaca = 0;
    let lepas: () => void = () => {};
    const kunci = new Promise<void>((ok) => { lepas = ok; });
    w.__lepas = lepas;
    w.__tertunda = 0;
    File.prototype.arrayBuffer = function (this: File) {
      dibaca += 1;
      if (dibaca === 1) return asli.call(this);
      w.__tertunda += 1;
      const hasil = kunci.then(() => asli.call(this));
      hasil.finally(() => { w.__tertunda -= 1; });
      return hasil;
    };
  });
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'admin_kepegawaian', 'Nina');
  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles(tim);
  const batal = page.getByTestId('batal-impor');
  await expect(batal).toBeVisible();
  await batal.click();
  await expect(page.getByTestId('impor-pesan')).toHaveText(
    'Dibatalkan: tidak ada berkas yang diimpor dan data Anda tidak berubah.');
  await expect(page.getByTestId('impor-kemajuan')).toHaveCount(0);
  await expect(page.getByTestId('laporan-berkas')).toHaveCount(0);
  await expect(page.getByTestId('terapkan-impor')).toHaveCount(0);
  // A read held when it was pressed (if one had started) now finishes; once the app has had
  // its turn after it (a task later), it has not brought the batch back.
  await page.evaluate(() => (window as unknown as { __lepas: () => void }).__lepas());
  await page.waitForFunction(() => (window as unknown as { __tertunda: number }).__tertunda === 0);
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 0)));
  await expect(page.getByTestId('laporan-berkas')).toHaveCount(0);

  // Nothing was stored: the export counts no record, the dashboard no pegawai.
  await page.locator('#jenis-ekspor').selectOption('penilaian');
  await expect(page.getByTestId('jumlah-ekspor')).toHaveText('0 data akan diekspor.');
  await klikNav(page, 'nav-instansi');
  await expect(page.getByTestId('instansi-kosong')).toBeVisible();

  // Picking the files again after a cancel reads them all.
  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles(tim);
  await expect(page.getByTestId('laporan-berkas')).toHaveCount(6);
});

test('a refused file among many says why while its card is closed, and lists every reason once opened', async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'the report, not layout');
  fs.mkdirSync(info.outputDir, { recursive: true });
  const rusak = path.join(info.outputDir, 'terpotong.json');
  fs.writeFileSync(rusak, '{"format": "kinerjaku-bundle", "records": [');
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'admin_kepegawaian', 'Nina');
  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles([...tim, rusak]);
  await expect(page.getByTestId('impor-total')).toContainText('7 berkas');
  // Problems first: the refused file's card comes first, closed (seven files), with its reason.
  const kartu = page.getByTestId('laporan-berkas').first();
  await expect(kartu).toContainText('terpotong.json');
  const ringkas = kartu.getByTestId('impor-ditolak');
  await expect(ringkas).toContainText(/tidak dapat diimpor: \S/);
  const alasan = ((await ringkas.textContent()) ?? '').replace('Berkas ini tidak dapat diimpor:', '').trim();
  expect(alasan.length).toBeGreaterThan(10);
  // Opened, the card lists the reasons, and the line above no longer repeats them.
  await kartu.locator('summary').click();
  await expect(kartu.locator('.galat li').first()).toContainText(alasan.split(' (dan ')[0]);
  await expect(ringkas).toHaveText('Berkas ini tidak dapat diimpor:');
});
