import { expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../../..');

/** Waits until the wasm app has mounted (the static "loading" line is gone). */
export async function appReady(page: Page) {
  await expect(page.locator('#memuat')).toHaveCount(0);
  await expect(page.locator('main#konten')).toBeVisible();
}

/** Completes the first-run welcome as the given role. */
export async function chooseRole(page: Page, roleValue: string, name: string) {
  await page.locator(`input[name="peran"][value="${roleValue}"]`).check();
  if (name) await page.locator('#nama-panggilan').fill(name);
  await page.getByTestId('mulai').click();
  await expect(page.getByTestId('salam')).toBeVisible();
}

/** Fills and saves the own profile on #/profil (defaults: a JF ahli pertama, III/a). */
export async function isiProfil(page: Page, nama = 'Sari Wulandari', nip = '198609262015052001',
  golongan = 'III/a', jenjang = 'ahli_pertama') {
  await page.goto('./#/profil');
  await page.locator('#p-nama').fill(nama);
  await page.locator('#p-nip').fill(nip);
  await page.locator('#p-golongan').selectOption(golongan);
  await page.locator('#p-jenjang').selectOption(jenjang);
  await page.getByTestId('simpan-profil').click();
  await expect(page.getByTestId('status-profil')).toHaveText('Profil tersimpan.');
}

/** Clicks what starts a download and saves the file into `dir`; returns its path. */
export async function unduh(page: Page, dir: string, klik: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), klik()]);
  const file = `${dir}/${Date.now()}-${download.suggestedFilename()}`;
  await download.saveAs(file);
  return file;
}

/** Imports one bundle file through #/data (dry run, then apply) and waits for the result. */
export async function impor(page: Page, file: string) {
  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles(file);
  await expect(page.getByTestId('laporan-berkas')).toHaveCount(1);
  await page.getByTestId('terapkan-impor').click();
  await expect(page.getByTestId('impor-selesai')).toBeVisible();
}

/** Waits until a service worker controls the page (so the next load can be offline). */
export async function swControls(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

export interface OwnServer { url: string; proc: ChildProcess; stop: () => Promise<void>; }

/** Starts our own static server (on a free port) so a test can stop it midway. */
export async function startServer(root: string, extraArgs: string[] = []): Promise<OwnServer> {
  const proc = spawn('node', [path.join(repo, '.ci/static-server.mjs'), '--root', root,
    '--prefix', '/kinerja/', '--port', '0', ...extraArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = '';
    proc.stdout!.on('data', (d) => {
      buf += d.toString();
      const m = buf.match(/(http:\/\/127\.0\.0\.1:\d+\/kinerja\/)/);
      if (m) resolve(m[1]);
    });
    proc.on('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
  const stop = () => new Promise<void>((resolve) => {
    // Killed by a signal leaves exitCode null and sets signalCode instead.
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
  });
  return { url, proc, stop };
}

/** On a narrow screen the main menu folds behind its button: opens it (by keyboard with
 *  `papanKetik`). Nothing to do where the navigation shows (desktop). */
export async function bukaMenu(page: Page, papanKetik = false) {
  const tombol = page.getByTestId('tombol-menu');
  if (!(await tombol.isVisible())) return;
  if ((await tombol.getAttribute('aria-expanded')) === 'true') return;
  if (papanKetik) {
    await tombol.focus();
    await page.keyboard.press('Enter');
  } else {
    await tombol.click();
  }
  await expect(tombol).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('nav#menu-utama')).toBeVisible();
}

/** Chooses a main-menu link (`nav-…` test id) as a person would on this screen size. */
export async function klikNav(page: Page, testId: string) {
  await bukaMenu(page);
  await page.getByTestId(testId).click();
}
