import { test, expect } from '@playwright/test';
import { appReady, chooseRole } from './helpers';

// Issue 12, item 2: typed input never vanishes without a word. With unsaved input a route change
// (menu link, browser back) asks first; refused, the page and the text stay; accepted, the
// input is discarded knowingly. Closing the tab asks too (beforeunload).
test('type, navigate away, come back: the leave is refused and the text is there', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Sari');
  await page.getByTestId('nav-profil').click();
  await page.locator('#p-nama').fill('Sari Wulandari');

  // Every question the page asks is recorded and refused.
  const tanya: { jenis: string; pesan: string }[] = [];
  page.on('dialog', async (d) => { tanya.push({ jenis: d.type(), pesan: d.message() }); await d.dismiss(); });

  // The browser's back button (checked first: a refused link leaves the address as it was,
  // so Back from there would return to this same page): refused.
  await page.goBack();
  await expect.poll(() => tanya.length).toBe(1);
  expect(tanya[0].pesan).toContain('belum disimpan');
  await expect(page.locator('#p-nama')).toHaveValue('Sari Wulandari');
  await expect(page).toHaveURL(/#\/profil$/);

  // A menu link: refused the same way.
  await page.getByTestId('nav-tentang').click();
  await expect.poll(() => tanya.length).toBe(2);
  expect(tanya[1].pesan).toContain('belum disimpan');
  await expect(page).toHaveURL(/#\/profil$/);
  await expect(page.locator('#p-nama')).toHaveValue('Sari Wulandari');
  await expect(page.getByTestId('nav-profil')).toHaveAttribute('aria-current', 'page');

  // Closing the tab: the browser's own question.
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => tanya.map((t) => t.jenis)).toContain('beforeunload');
});

test('accepting the question leaves the page; nothing asks when nothing is typed', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Sari');
  let ditanya = 0;
  page.on('dialog', async (d) => { ditanya += 1; await d.accept(); });
  await page.getByTestId('nav-profil').click();
  await page.getByTestId('nav-tentang').click();
  await expect(page).toHaveURL(/#\/tentang$/);
  expect(ditanya).toBe(0);

  await page.getByTestId('nav-profil').click();
  await page.locator('#p-nama').fill('Dibuang');
  await page.getByTestId('nav-tentang').click();
  await expect(page).toHaveURL(/#\/tentang$/);
  expect(ditanya).toBe(1);
  // Left knowingly: the next route change asks nothing.
  await page.getByTestId('nav-profil').click();
  await expect(page.locator('#p-nama')).not.toHaveValue('Dibuang');
  await page.getByTestId('nav-tentang').click();
  expect(ditanya).toBe(1);
});
