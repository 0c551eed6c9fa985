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

test('six team files: progress to the end, a report per file, applied whole, counted on the dashboard', async ({ page }) => {
  expect(tim).toHaveLength(6);
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'admin_kepegawaian', 'Nina');
  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles(tim);

  // Every file read and checked: the bar at its end, the count beside it, no cancel left.
  const bar = page.getByTestId('impor-progres');
  await expect(bar).toHaveAttribute('max', '6');
  await expect(bar).toHaveAttribute('value', '6');
  await expect(page.getByLabel('Membaca dan memeriksa berkas')).toBeVisible();
  await expect(page.getByTestId('impor-hitungan')).toHaveText('6 / 6 berkas');
  await expect(page.getByTestId('batal-impor')).toHaveCount(0);

  // One card per file; more than five files start closed, each with its counts.
  const kartu = page.getByTestId('laporan-berkas');
  await expect(kartu).toHaveCount(6);
  await expect(page.getByTestId('impor-total')).toContainText('6 berkas: 85 ditambahkan');
  await expect(page.getByTestId('impor-total')).toContainText('0 ditolak · 0 berkas perlu diperiksa');
  await expect(kartu.first().getByTestId('impor-ringkas')).toContainText('ditambahkan');
  await expect(page.locator('ul.laporan')).toHaveCount(0);
  // Opening one shows its records: a profile, an SKP and evaluations, none refused.
  await kartu.first().locator('summary').click();
  await expect(kartu.first().locator('ul.laporan > li')).not.toHaveCount(0);
  await expect(kartu.first().locator('li.galat-impor')).toHaveCount(0);
  await expect(kartu.first()).toContainText('pegawai «');
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

// FIXME(issue 13): six small files are read before the cancel can be clicked even under a
// 20x CPU throttle (the button is gone when the click lands); the cancel needs a way to hold
// the reading (more files, or a pause the test controls) before this can run.
test.fixme('cancelling while files are read leaves nothing imported and nothing changed', async ({ page, browserName }) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'admin_kepegawaian', 'Nina');
  // A slow machine, so the files are still being read when the cancel is pressed.
  const cdp = browserName === 'chromium' ? await page.context().newCDPSession(page) : null;
  await cdp?.send('Emulation.setCPUThrottlingRate', { rate: 20 });
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
  // Whatever was under way when it was pressed, it does not come back later.
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('laporan-berkas')).toHaveCount(0);

  await cdp?.send('Emulation.setCPUThrottlingRate', { rate: 1 });

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
