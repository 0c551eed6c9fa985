import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { appReady, chooseRole, kunciDengan, repo, simpanan, muatUlang } from './helpers';

// Issue 13 §1: records move from localStorage to IndexedDB on the first start of this version,
// without losing one; and an IndexedDB that is full during an import loses nothing.
//
// `localstorage-v1.json` is localStorage as the release before IndexedDB left it (an object
// key → value), made by that release; `enam-puluh-catatan.json` is the 60-note import of
// `impor-utuh.spec.ts`.
const FIXTURE_V1 = path.join(repo, 'tests/e2e/fixtures/localstorage-v1.json');
const ENAM_PULUH = path.join(repo, 'tests/e2e/fixtures/enam-puluh-catatan.json');
const SETTINGS = 'kinerjaku.v1.settings';

/** Keys the move takes to IndexedDB: every key of ours but the settings and their quarantine. */
const dipindah = (k: string) => k.startsWith('kinerjaku.v1.') && k !== SETTINGS
  && !k.startsWith('kinerjaku.v1.quarantine.settings.') && k !== 'kinerjaku.v1.tik';

test('localStorage of the previous release moves into IndexedDB whole, read back, and stays after a reload', async ({ page }) => {
  const lama: Record<string, string> = JSON.parse(fs.readFileSync(FIXTURE_V1, 'utf8'));
  const kunciPindah = Object.keys(lama).filter(dipindah).sort();
  const rekaman = kunciPindah.filter((k) => k.startsWith('kinerjaku.v1.r.'));
  const snapshot = kunciPindah.filter((k) => k.startsWith('kinerjaku.v1.snapshot.'));
  expect(rekaman.length, 'the fixture holds records').toBeGreaterThan(0);

  // localStorage as the old release left it, before the new version's code runs (once: the
  // flag survives the reload below).
  await page.addInitScript((lama) => {
    if (sessionStorage.getItem('v1-dipasang')) return;
    sessionStorage.setItem('v1-dipasang', '1');
    localStorage.clear();
    for (const [k, v] of Object.entries(lama)) localStorage.setItem(k, v);
  }, lama);
  await page.goto('./');
  await appReady(page);
  // Moved without a word: no banner (a failed move, or a record set aside, would say so).
  await expect(page.getByTestId('banner-penyimpanan')).toHaveCount(0);

  // localStorage keeps only the settings (and other apps' keys).
  const lokal = await page.evaluate(() => Object.keys(localStorage));
  expect(lokal.filter(dipindah)).toEqual([]);
  expect(await page.evaluate((k) => localStorage.getItem(k), SETTINGS)).toBe(lama[SETTINGS]);

  // IndexedDB holds every record, quarantined value and journal, identical; the same records
  // and no others. Snapshots are identical too; start-up's automatic backup may prune older
  // ones by the retention rule, but never the newest of a day.
  const isi = await simpanan(page);
  for (const k of kunciPindah.filter((k) => !k.startsWith('kinerjaku.v1.snapshot.'))) {
    expect(isi[k], k).toBe(lama[k]);
  }
  expect(await kunciDengan(page, 'kinerjaku.v1.r.')).toEqual(rekaman);
  for (const k of snapshot) {
    if (isi[k] !== undefined) expect(isi[k], k).toBe(lama[k]);
  }
  if (snapshot.length > 0) expect(isi[snapshot[snapshot.length - 1]]).toBe(lama[snapshot[snapshot.length - 1]]);

  // The app reads every record: a backup made now covers them all (and the settings), but
  // attachments, which backups leave out (each would copy every photo again).
  await page.goto('./#/tentang');
  await expect(page.getByTestId('tempat-data')).toHaveText('IndexedDB');
  await page.goto('./#/cadangan');
  await page.getByTestId('buat-cadangan').click();
  await expect(page.getByTestId('status-cadangan')).toContainText('Cadangan dibuat.');
  await expect(page.getByTestId('daftar-cadangan').locator('tbody tr').first())
    .toContainText(`${rekaman.filter((k) => !k.startsWith('kinerjaku.v1.r.lampiran.')).length + (lama[SETTINGS] ? 1 : 0)} data`);

  // A reload: nothing moves again, nothing is missing.
  await muatUlang(page);
  await expect(page.getByTestId('banner-penyimpanan')).toHaveCount(0);
  const lagi = await simpanan(page);
  for (const k of rekaman) expect(lagi[k], k).toBe(lama[k]);
  expect(await kunciDengan(page, 'kinerjaku.v1.r.')).toEqual(rekaman);
});

test('IndexedDB full during an import: nothing is lost, the page asks before closing, the retry stores it whole', async ({ page }) => {
  // Every IDBObjectStore.put throws the browser's quota error while the flag is up, as a full
  // disk makes a transaction fail.
  await page.addInitScript(() => {
    const asli = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...a: Parameters<typeof asli>) {
      if ((window as unknown as { kuotaPenuh?: boolean }).kuotaPenuh) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return asli.apply(this, a);
    };
  });
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pegawai', 'Wayan');
  await page.goto('./#/data');
  await page.getByTestId('berkas-impor').setInputFiles(ENAM_PULUH);
  await expect(page.getByTestId('impor-ringkas')).toContainText('60 ditambahkan');
  const sebelum = await simpanan(page);

  await page.evaluate(() => { (window as unknown as { kuotaPenuh: boolean }).kuotaPenuh = true; });
  await page.getByTestId('terapkan-impor').click();
  // The import is in the app (memory) ...
  await expect(page.getByTestId('impor-selesai')).toContainText('60 ditambahkan');
  // ... but not stored yet: the banner says so, with a retry, and storage is exactly as before
  // (the transaction wrote nothing: never half an import).
  const banner = page.getByTestId('banner-penyimpanan');
  await expect(banner).toContainText('Penyimpanan perangkat penuh');
  await expect(banner.getByRole('button', { name: 'Coba simpan lagi' })).toBeVisible();
  expect(await simpanan(page)).toEqual(sebelum);

  // Closing the tab now asks first.
  const tanya: string[] = [];
  page.on('dialog', async (d) => { tanya.push(d.type()); await d.dismiss(); });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => tanya).toContain('beforeunload');
  expect(page.isClosed()).toBe(false);

  // Room again: the retry stores the whole import, and the banner goes.
  await page.evaluate(() => { (window as unknown as { kuotaPenuh: boolean }).kuotaPenuh = false; });
  await banner.getByRole('button', { name: 'Coba simpan lagi' }).click();
  await expect(banner).toHaveCount(0);
  expect(await kunciDengan(page, 'kinerjaku.v1.r.catatan.')).toHaveLength(60);

  // And it is really stored: a reload shows the same.
  page.removeAllListeners('dialog');
  await muatUlang(page);
  expect(await kunciDengan(page, 'kinerjaku.v1.r.catatan.')).toHaveLength(60);
});
