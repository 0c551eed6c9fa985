import { test, expect } from '@playwright/test';
import path from 'node:path';
import { appReady, klikNav, chooseRole, repo, startServer, swControls, muatUlang } from './helpers';

test('after the first visit the app and its data work with the server stopped', async ({ page }) => {
  const server = await startServer(path.join(repo, 'dist'));
  try {
    await page.goto(server.url);
    await appReady(page);
    await chooseRole(page, 'pegawai', 'Wayan');
    await swControls(page);
    await server.stop();

    await muatUlang(page);
    await expect(page.getByTestId('salam')).toHaveText('Halo, Wayan');
    await klikNav(page, 'nav-tentang');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tentang & Pengaturan');
    // A deep link typed while offline is served from the cached app shell too.
    await page.goto(server.url + '#/tentang');
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tentang & Pengaturan');
    // An unknown deeper path under the app's address opens the app at its own address, with
    // its #route, instead of a shell whose relative files cannot load there ("Memuat…").
    await page.goto(server.url + 'x/y#/tentang');
    await appReady(page);
    expect(new URL(page.url()).pathname).toBe(new URL(server.url).pathname);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tentang & Pengaturan');
    // A file of the build asked for with a query is the cached file: the service worker looks
    // up the address without its query (exact lookup, not `ignoreSearch`, which made a screen
    // of 300 chunks wait seconds on a disk-backed profile).
    const berkas = await page.evaluate(async () => {
      const loader = [...document.querySelectorAll('link[rel="modulepreload"]')]
        .map((l) => (l as HTMLLinkElement).href).find((h) => h.endsWith('/__wasm_split.js'));
      if (!loader) return 'no loader preload';
      const r = await fetch(loader + '?v=2');
      return `${r.status} ${(await r.text()).includes('makeLoad')}`;
    });
    expect(berkas).toBe('200 true');
    await page.locator('#set-nama').fill('Wayan Sudarma');
    await page.getByTestId('simpan-pengaturan').click();
    await muatUlang(page);
    await expect(page.locator('#set-nama')).toHaveValue('Wayan Sudarma');
  } finally {
    await server.stop();
  }
});
