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
    // Named after this copy's scope (another copy on the origin keeps its own), and the build
    // before it kept: a tab still running it loads its screens' chunks from there.
    const scope = new URL(server.url).href;
    const nama = await page.evaluate(() => caches.keys());
    expect(nama).toContain(`kinerjaku@${scope}@e2e-new-version`);
    expect(nama.filter((k) => k.startsWith(`kinerjaku@${scope}@`))).toHaveLength(2);
  } finally {
    await server.stop();
    fs.rmSync(site, { recursive: true, force: true });
  }
});
