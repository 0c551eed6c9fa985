import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appReady, klikNav, chooseRole, repo, startServer, swControls } from './helpers';

test('a new deployment is offered, waits for unsaved input, and reloads only on consent', async ({ page }) => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerjaku-update-'));
  fs.cpSync(path.join(repo, 'dist'), site, { recursive: true });
  const server = await startServer(site);
  try {
    await page.goto(server.url);
    await appReady(page);
    await chooseRole(page, 'pegawai', 'Made');
    await swControls(page);

    // "Deploy" a new version: a new build id makes a byte-different sw.js.
    const swFile = path.join(site, 'sw.js');
    const sw = fs.readFileSync(swFile, 'utf8').replace(/const BUILD = "[^"]*";/, 'const BUILD = "e2e-new-version";');
    fs.writeFileSync(swFile, sw);

    await klikNav(page, 'nav-tentang');
    await page.locator('#set-nama').fill('Made Wirawan'); // unsaved input
    await page.getByTestId('periksa-pembaruan').click();
    await expect(page.getByTestId('banner-versi-baru')).toContainText('Versi baru tersedia — muat ulang');

    await page.getByTestId('muat-ulang').click();
    await expect(page.getByTestId('banner-versi-baru')).toContainText('Simpan dulu');
    await expect(page.locator('#set-nama')).toHaveValue('Made Wirawan');

    await page.getByTestId('simpan-pengaturan').click();
    const reloaded = page.waitForEvent('load');
    await page.getByTestId('muat-ulang').click();
    await reloaded;
    await appReady(page);
    await expect(page.getByTestId('banner-versi-baru')).toHaveCount(0);
    await expect(page.locator('#set-nama')).toHaveValue('Made Wirawan');
    const caches = await page.evaluate(() => caches.keys());
    expect(caches).toContain('kinerjaku-e2e-new-version');
  } finally {
    await server.stop();
    fs.rmSync(site, { recursive: true, force: true });
  }
});
