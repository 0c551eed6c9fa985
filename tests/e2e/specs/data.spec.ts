import { test, expect } from '@playwright/test';
import { appReady, bacaRekaman, chooseRole, kunciDengan, KUNCI_TIK, simpanan, muatUlang, sudahMembaca } from './helpers';

const h1 = (page: import('@playwright/test').Page) => page.getByRole('heading', { level: 1 });

test('two tabs of the app see each other\'s changes', async ({ page, context }) => {
  await page.goto('./');
  await appReady(page);
  // The storage generation this tab has read (what two-tab tests wait on) shows from start-up:
  // an empty database is generation 0, and nothing has been written to it yet.
  await expect(page.locator('html')).toHaveAttribute('data-generasi', '0');
  await chooseRole(page, 'pegawai', 'Ayu');
  const other = await context.newPage();
  await other.goto('./');
  await appReady(other);
  await expect(other.getByTestId('salam')).toHaveText('Halo, Ayu');

  await page.goto('./#/tentang');
  await page.locator('#set-nama').fill('Ayu Lestari');
  await page.getByTestId('simpan-pengaturan').click();
  // The storage event reaches the other tab without a reload.
  await expect(other.getByTestId('salam')).toHaveText('Halo, Ayu Lestari');
  await other.close();
});

test('a backup can be restored, and the restore undone', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Made');
  await page.goto('./#/cadangan');
  await expect(h1(page)).toHaveText('Cadangan & pemulihan');
  await page.getByTestId('buat-cadangan').click();
  await expect(page.getByTestId('status-cadangan')).toContainText('Cadangan dibuat');
  const rows = page.getByTestId('daftar-cadangan').locator('tbody tr');
  await expect(rows.first()).toContainText('Dibuat sendiri');

  await page.goto('./#/tentang');
  await page.locator('#set-nama').fill('Made Berubah');
  await page.getByTestId('simpan-pengaturan').click();

  // Restores the newest backup listed with `alasan` and checks the name it brings back.
  const pulihkan = async (alasan: string, nama: string) => {
    await page.goto('./#/cadangan');
    await rows.filter({ hasText: alasan }).first().getByRole('button', { name: 'Pulihkan' }).click();
    await page.getByTestId('ya-pulihkan').click();
    await expect(page.getByTestId('status-cadangan')).toContainText('telah dipulihkan');
    await page.goto('./#/');
    await expect(page.getByTestId('salam')).toHaveText(`Halo, ${nama}`);
  };
  await pulihkan('Dibuat sendiri', 'Made');
  // Restoring made a "before restore" backup, so the restore can be undone from the list.
  await pulihkan('Sebelum pemulihan', 'Made Berubah');
  await muatUlang(page);
  await expect(page.getByTestId('salam')).toHaveText('Halo, Made Berubah');
  // After a reload the backups stay in IndexedDB until one is restored: it is read in then.
  await pulihkan('Dibuat sendiri', 'Made');

  // When storage is full, old backups can go: all but the newest, after a question.
  await page.goto('./#/cadangan');
  await expect(rows.filter({ hasText: 'Sebelum pemulihan' }).first()).toBeVisible();
  const sebelum = await rows.count();
  expect(sebelum).toBeGreaterThan(1);
  page.once('dialog', (d) => d.accept());
  await page.getByTestId('hapus-cadangan-lama').click();
  await expect(page.getByTestId('status-cadangan')).toHaveText(`${sebelum - 1} cadangan lama dihapus; cadangan terbaru tetap ada.`);
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('hapus-cadangan-lama')).toHaveCount(0);
  await page.goto('./#/');
  await expect(page.getByTestId('salam')).toHaveText('Halo, Made');
  // What was removed was removed from IndexedDB too: a reload lists the one backup.
  await muatUlang(page);
  await page.goto('./#/cadangan');
  await expect(rows).toHaveCount(1);
});

test('a corrupt stored value is kept aside and the app starts and says so', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Putu');
  await page.evaluate(() => localStorage.setItem('kinerjaku.v1.settings', '{"bahasa": 42'));
  await muatUlang(page);
  await expect(page.getByTestId('banner-penyimpanan')).toContainText('kinerjaku.v1.quarantine.settings.1');
  const kept = await page.evaluate(() => localStorage.getItem('kinerjaku.v1.quarantine.settings.1'));
  expect(kept).toBe('{"bahasa": 42');
  // The app still works: the welcome screen is usable again.
  await chooseRole(page, 'pegawai', 'Putu');
});

test('a full localStorage shows the blocking banner and loses nothing', async ({ page }, info) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Nyoman');
  // Fill the origin's localStorage with another app's data until the browser refuses.
  const filled = await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    let n = 0;
    let size = chunk.length;
    for (;;) {
      try {
        localStorage.setItem(`lain.${n}`, chunk.slice(0, size));
        n += 1;
      } catch {
        if (size <= 16) break;
        size = Math.floor(size / 2);
      }
    }
    let chars = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      chars += k.length + (localStorage.getItem(k) ?? '').length;
    }
    return chars;
  });
  info.annotations.push({ type: 'localStorage capacity', description: `${filled} UTF-16 code units` });
  console.log(`localStorage capacity in Chromium: ${filled} UTF-16 code units (${(filled * 2 / 1048576).toFixed(2)} MiB)`);

  await page.goto('./#/tentang');
  await page.locator('#set-nama').fill('Nyoman Suarsana dengan nama yang jauh lebih panjang dari sebelumnya');
  await page.getByTestId('simpan-pengaturan').click();
  const banner = page.getByTestId('banner-penyimpanan');
  await expect(banner).toContainText('Penyimpanan perangkat penuh');
  // The way out it offers is this app's own old backups, not clearing the browser.
  await expect(banner).toContainText('menghapus cadangan lama di layar Cadangan');
  await expect(banner.getByTestId('banner-cadangan')).toHaveAttribute('href', '#/cadangan');
  // Nothing typed is lost: it is still on screen, and the stored copy is the old one.
  await expect(page.locator('#set-nama')).toHaveValue('Nyoman Suarsana dengan nama yang jauh lebih panjang dari sebelumnya');
  const stored = await page.evaluate(() => localStorage.getItem('kinerjaku.v1.settings'));
  expect(stored).toContain('"nama":"Nyoman"');

  // Freeing space and retrying saves the kept change.
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('lain.')) localStorage.removeItem(k);
  });
  await banner.getByRole('button', { name: 'Coba simpan lagi' }).click();
  await expect(banner).toHaveCount(0);
  await muatUlang(page);
  await expect(page.locator('#set-nama')).toHaveValue('Nyoman Suarsana dengan nama yang jauh lebih panjang dari sebelumnya');
});

test('a stale tab cannot overwrite a newer profile; it keeps the typing and says why', async ({ page, context }) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Kadek');
  await page.goto('./#/profil');
  await page.locator('#p-nama').fill('Kadek Ayu');
  await page.locator('#p-nip').fill('199001012015032002');
  await page.locator('#p-golongan').selectOption('III/b');
  await page.locator('#p-jenjang').selectOption('ahli_muda');
  await page.getByTestId('simpan-profil').click();
  await expect(page.getByTestId('status-profil')).toHaveText('Profil tersimpan.');

  const other = await context.newPage();
  await other.goto('./#/profil');
  await appReady(other);
  await expect(other.locator('#p-nama')).toHaveValue('Kadek Ayu');
  // The other tab starts typing (unsaved) while the first tab saves a newer revision.
  await other.locator('#p-jabatan').fill('Analis SDM Aparatur');
  await page.locator('#p-unit').fill('Bagian Kepegawaian');
  await page.getByTestId('simpan-profil').click();
  await expect(page.getByTestId('status-profil')).toHaveText('Profil tersimpan.');
  // The save reaches IndexedDB; the other tab hears of it through the tick's `storage` event
  // (which reaches another tab's process asynchronously) and reads it in, as before a person's
  // next click.
  const [kunciProfil] = await kunciDengan(page, 'kinerjaku.v1.r.pegawai.');
  await expect.poll(async () => (await bacaRekaman(page, kunciProfil)).revision).toBe(2);
  const tik = await page.evaluate((k) => localStorage.getItem(k), KUNCI_TIK);
  await sudahMembaca(other, Number(tik));

  await other.getByTestId('simpan-profil').click();
  await expect(other.getByTestId('profil-lebih-baru')).toBeVisible();
  await expect(other.locator('#p-jabatan')).toHaveValue('Analis SDM Aparatur');
  const stored = await bacaRekaman(other, kunciProfil);
  expect(stored.revision).toBe(2);
  expect(stored.data.unit_kerja).toBe('Bagian Kepegawaian');
  expect(stored.data.jabatan).toBe('');
  await other.close();
});

test('a corrupt record is quarantined at start-up; the rest of the data still loads', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Gede');
  await page.evaluate(() => localStorage.setItem('kinerjaku.v1.r.skp.7f1c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f01', '{"id": "7f1c'));
  await muatUlang(page);
  await expect(page.getByTestId('banner-penyimpanan')).toContainText('kinerjaku.v1.quarantine.r.skp.7f1c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f01.1');
  await expect(page.getByTestId('salam')).toHaveText('Halo, Gede');
  // Written where the previous release kept records: moved to IndexedDB at start-up, and
  // set aside there.
  const kept = (await simpanan(page))['kinerjaku.v1.quarantine.r.skp.7f1c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f01.1'];
  expect(kept).toBe('{"id": "7f1c');
  // The SKP screen says an SKP was set aside, instead of only offering a new one.
  await page.goto('./#/skp');
  await expect(page.getByTestId('skp-rusak')).toContainText('kinerjaku.v1.quarantine.r.skp.7f1c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f01.1');
  await expect(page.getByTestId('skp-rusak').getByRole('link', { name: 'Buka Cadangan' })).toHaveAttribute('href', '#/cadangan');
});
