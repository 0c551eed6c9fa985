import { test, expect } from '@playwright/test';
import { appReady, chooseRole, isiProfil, muatUlang } from './helpers';

// Issue 9: a first visit fetches the first load only. Choosing a role on an empty device
// shows the home screen and its agenda without fetching any lazy chunk (the agenda over no
// records needs no decoding code, and settings alone are no reason for an automatic backup);
// once a record exists, home's agenda comes from its chunk. No service worker here, as it
// would fetch every chunk to precache it.
test.use({ serviceWorkers: 'block' });

test('a first visit with a role chosen fetches no lazy chunk, and the agenda still says what is due', async ({ page }) => {
  const lazy: string[] = [];
  page.on('request', (req) => {
    if (/\/(split|chunk)_[^/]*\.wasm$/.test(new URL(req.url()).pathname)) lazy.push(req.url());
  });
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Sari');
  await expect(page.getByTestId('agenda')).toContainText(/profil/i);
  await muatUlang(page);
  await expect(page.getByTestId('agenda')).toContainText(/profil/i);
  await page.waitForLoadState('networkidle');
  expect(lazy).toEqual([]);

  // A record stored: home's agenda reads it through its own chunk.
  await isiProfil(page);
  await page.goto('./#/');
  await expect(page.getByTestId('agenda')).not.toContainText(/profil Anda/i);
  expect(lazy.some((u) => u.includes('split_agenda'))).toBe(true);
});
