// The first-run walk-through in Firefox ESR: Debian's firefox-esr, headless, driven over
// WebDriver BiDi by puppeteer-core (Playwright drives only its own patched Firefox build,
// which cannot be downloaded here). Same flow and data-testids as the Playwright specs:
// role → profile → SKP with one RHK and IKI → realisasi → reload → offline (server stopped).
// Run: make test-firefox, or `node --test firefox/walkthrough.test.mjs` in tests/e2e;
// DIST=<dir> tests another build (default dist/), FIREFOX=<path> another binary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startServer } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const dist = path.resolve(repo, process.env.DIST || 'dist');
const firefox = process.env.FIREFOX || '/usr/bin/firefox-esr';
const WAIT = 15_000;

const tid = (id) => `[data-testid="${id}"]`;

/** Waits until `check(arg)` holds in the page; on time-out names what and what was seen. */
async function tunggu(page, what, check, arg, seen) {
  try {
    await page.waitForFunction(check, { timeout: WAIT, polling: 100 }, arg);
  } catch (e) {
    const saw = seen ? await page.evaluate(seen, arg).catch(() => '?') : '';
    throw new Error(`${what}${saw !== '' ? ` (saw: ${JSON.stringify(saw)})` : ''}: ${e.message}`);
  }
}

// Whitespace normalised the way Playwright's toHaveText does (nbsp and narrow nbsp too).
const teksDari = (sel) => {
  const el = document.querySelector(sel);
  return el ? el.textContent.replace(/\s+/g, ' ').trim() : null;
};

/** The first match of `sel` has exactly this text, or contains it with `{ sebagian: true }`. */
async function teks(page, sel, want, { sebagian = false } = {}) {
  await tunggu(page, `${sel} ${sebagian ? 'contains' : 'is'} "${want}"`,
    ([s, w, part, f]) => {
      const t = new Function(`return (${f})`)()(s);
      return t !== null && (part ? t.includes(w) : t === w);
    }, [sel, want, sebagian, teksDari.toString()],
    ([s, , , f]) => new Function(`return (${f})`)()(s));
}

async function nilai(page, sel, want) {
  await tunggu(page, `${sel} has value "${want}"`,
    ([s, w]) => document.querySelector(s)?.value === w, [sel, want],
    ([s]) => document.querySelector(s)?.value ?? null);
}

async function terlihat(page, sel) {
  await tunggu(page, `${sel} is visible`, (s) => {
    const el = document.querySelector(s);
    return !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  }, sel);
}

async function jumlah(page, sel, n) {
  await tunggu(page, `${n} × ${sel}`, ([s, k]) => document.querySelectorAll(s).length === k,
    [sel, n], ([s]) => document.querySelectorAll(s).length);
}

const klik = (page, sel) => page.locator(sel).setTimeout(WAIT).click();
const isi = (page, sel, v) => page.locator(sel).setTimeout(WAIT).fill(v);
// A field some forms read on `change`: typed, then left, as a person would.
async function isiLalu(page, sel, v) {
  await isi(page, sel, v);
  await page.$eval(sel, (el) => el.blur());
}

/** The wasm app has mounted: the static loading line is gone and the main region shows. */
async function siap(page) {
  await jumlah(page, '#memuat', 0);
  await terlihat(page, 'main#konten');
}

/** Opens a #route in the same document, as a link inside the app does. */
async function buka(page, route) {
  await page.evaluate((r) => { location.hash = r; }, route);
}

test('first run → profile → SKP → realisasi → reload → offline, in Firefox ESR', { timeout: 120_000 }, async (t) => {
  assert.ok(fs.existsSync(path.join(dist, 'index.html')), `no build at ${dist} (run make build)`);
  assert.ok(fs.existsSync(firefox), `${firefox} is missing (.ci/tools.sh test installs firefox-esr)`);
  const server = await startServer(repo, dist);
  // Each is ended even when a later start fails, or the runner would wait on them.
  t.after(() => server.stop());
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: firefox, headless: true,
    defaultViewport: { width: 1280, height: 900 },
  });
  t.after(() => browser.close());
  const page = await browser.newPage();
  const errors = [];
  // Each error says in which step it came, so a failure points at its moment.
  let sekarang = 'start';
  page.on('pageerror', (e) => errors.push(`${sekarang}: ${String(e && e.message ? e.message : e)}`));
  const langkah = async (name, fn) => {
    sekarang = name;
    try {
      await fn();
    } catch (e) {
      const shot = path.join(here, '..', 'test-results', `firefox-${name.replace(/\W+/g, '-')}.png`);
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot }).catch(() => {});
      throw new Error(`step "${name}" failed (screenshot ${shot}): ${e.message}`);
    }
  };
  const version = await browser.version();
  t.diagnostic(`browser ${version}, build ${dist}`);

  await langkah('first run', async () => {
    await page.goto(server.url);
    await siap(page);
    await klik(page, 'input[name="peran"][value="pegawai"]');
    await isi(page, '#nama-panggilan', 'Sari');
    await klik(page, tid('mulai'));
    await teks(page, tid('salam'), 'Halo, Sari');
  });

  await langkah('profile', async () => {
    await buka(page, '#/skp');
    await terlihat(page, tid('skp-perlu-profil'));
    await buka(page, '#/profil');
    await isi(page, '#p-nama', 'Sari Wulandari');
    await isi(page, '#p-nip', '198609262015052001');
    await page.locator('#p-golongan').setTimeout(WAIT).fill('III/a');
    await page.locator('#p-jenjang').setTimeout(WAIT).fill('ahli_pertama');
    await klik(page, tid('simpan-profil'));
    await teks(page, tid('status-profil'), 'Profil tersimpan.');
  });

  const rhk = `${tid('rhk')} textarea`;
  const iki = (f) => `${tid('iki')} input[id^="${f}-"]`;
  await langkah('SKP', async () => {
    await buka(page, '#/skp');
    await klik(page, tid('buat-skp-kirim'));
    await teks(page, tid('skp-status'), 'Draf');
    await klik(page, tid('tambah-rhk-utama'));
    await jumlah(page, tid('rhk'), 1);
    await isi(page, rhk, 'Tersusunnya dokumen perangkat pembelajaran');
    await isi(page, iki('indikator'), 'Jumlah dokumen');
    await isiLalu(page, iki('nilai'), '4');
    await isi(page, iki('satuan'), 'dokumen');
    await klik(page, tid('simpan-skp'));
    await teks(page, tid('status-skp'), 'SKP tersimpan.');
  });

  const kartu = tid('kartu-iki');
  await langkah('realisasi', async () => {
    await buka(page, '#/progres');
    await teks(page, kartu, '4 dokumen', { sebagian: true });
    await teks(page, `${kartu} ${tid('capaian-iki')}`, 'Belum ada realisasi.');
    await isi(page, `${kartu} input[id^="nilai-"]`, '1');
    await isi(page, `${kartu} input[id^="catatan-"]`, 'Draf pertama');
    await isi(page, `${kartu} input[id^="tautan-"]`, 'https://drive.example.go.id/draf1');
    await klik(page, `${kartu} ${tid('simpan-realisasi')}`);
    await teks(page, `${kartu} ${tid('capaian-iki')}`, '25 %', { sebagian: true });
    await jumlah(page, `${kartu} ${tid('riwayat-realisasi')} tbody tr`, 1);
    await teks(page, `${kartu} ${tid('riwayat-realisasi')}`, 'Draf pertama', { sebagian: true });
  });

  await langkah('reload', async () => {
    // Every save durable first (the shell's "saving" mark is off): a reload while a write is
    // on its way to IndexedDB would be asked about, and the driver would leave.
    await jumlah(page, `${tid('penyimpanan')}[hidden]`, 1);
    await page.reload();
    await siap(page);
    await teks(page, `${kartu} ${tid('capaian-iki')}`, '25 %', { sebagian: true });
    await buka(page, '#/skp');
    await nilai(page, rhk, 'Tersusunnya dokumen perangkat pembelajaran');
    await nilai(page, iki('indikator'), 'Jumlah dokumen');
  });

  await langkah('offline', async () => {
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await tunggu(page, 'a service worker controls the page',
      () => navigator.serviceWorker.controller !== null);
    await server.stop();
    // The server really is gone: asked directly (not through the page's worker), it is refused.
    const direct = await fetch(server.url).then((r) => r.status, () => 'refused');
    assert.equal(direct, 'refused', 'the static server still answers');
    await page.reload();
    await siap(page);
    await nilai(page, rhk, 'Tersusunnya dokumen perangkat pembelajaran');
    await teks(page, tid('skp-status'), 'Draf');
    await buka(page, '#/progres');
    await teks(page, `${kartu} ${tid('capaian-iki')}`, '25 %', { sebagian: true });
    await buka(page, '#/');
    await teks(page, tid('salam'), 'Halo, Sari');
    // A screen not opened before this session is a lazy chunk served from the precache.
    await klik(page, tid('nav-tentang'));
    await teks(page, 'h1', 'Tentang & Pengaturan');
  });

  assert.deepEqual(errors, [], 'uncaught errors in the page');
});
