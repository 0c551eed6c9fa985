import { test, expect, type Page } from '@playwright/test';
import { appReady, bukaMenu, klikNav, chooseRole } from './helpers';

// Issue 12, item 6: after "Mulai" home opened scrolled halfway down (focusing the whole main
// region made Chromium centre it). Every page change now starts at the top with focus on the
// new page's heading, once that heading exists (lazy screens arrive later). Runs on the
// desktop and the 360 px phone.

async function dalamLayar(page: Page, selector: string) {
  const kotak = await page.locator(selector).first().boundingBox();
  const { width, height } = page.viewportSize()!;
  expect(kotak, selector).not.toBeNull();
  expect(kotak!.y).toBeGreaterThanOrEqual(0);
  expect(kotak!.y + kotak!.height).toBeLessThanOrEqual(height);
  expect(kotak!.x + kotak!.width).toBeLessThanOrEqual(width);
}

async function judulBerfokus(page: Page) {
  await expect(page.locator('main#konten h1')).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
}

test('after Mulai the first step is on screen and the heading has the focus', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  // The first load keeps focus at the start of the document (the skip link comes first).
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await chooseRole(page, 'pegawai', 'Sari');
  await judulBerfokus(page);
  await expect(page.locator('main#konten h1')).toHaveAttribute('tabindex', '-1');
  await dalamLayar(page, 'main#konten h1');
  await dalamLayar(page, '[data-testid="agenda"] li');
});

test('a route change from a scrolled page starts at the top of the new page, lazy screens too', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Sari');
  for (const [nav, judul] of [
    ['nav-tentang', 'Tentang & Pengaturan'],
    ['nav-skp', 'SKP'],
    ['nav-progres', 'Progres & bukti dukung'],
  ] as const) {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await klikNav(page, nav);
    await expect(page.locator('main#konten h1')).toContainText(judul);
    await judulBerfokus(page);
  }
  // Browser back is a route change as well.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.goBack();
  await expect(page.locator('main#konten h1')).toContainText('SKP');
  await judulBerfokus(page);
});

test('changing the role on the settings screen keeps that screen and its focus', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Sari');
  await page.goto('./#/tentang');
  await expect(page.locator('main#konten h1')).toBeFocused();
  await page.locator('#set-peran').selectOption({ index: 1 });
  const simpan = page.getByTestId('simpan-pengaturan');
  await simpan.click();
  // Only home changes with the role; here the person's place stays.
  await expect(simpan).toBeFocused();
  // The pejabat penilai's links are in the menu now (opened first on a phone).
  await bukaMenu(page);
  await expect(page.getByTestId('nav-tim')).toBeVisible();
});
