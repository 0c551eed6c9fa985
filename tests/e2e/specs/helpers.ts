import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
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

/** Waits until every save is durable: the shell's "saving" mark (`penyimpanan`) is off. A
 *  save is on screen the moment it is made and reaches IndexedDB just after. */
export async function tersimpan(page: Page) {
  await expect(page.getByTestId('penyimpanan')).toHaveAttribute('hidden', '');
}

/** Reloads once every save is durable, then waits for the app. Reloading while a write is
 *  on its way makes the app ask before the tab goes, and Playwright accepts that question for
 *  the test: the write would be lost, as a person's would who answered "leave". */
export async function muatUlang(page: Page) {
  await tersimpan(page);
  await page.reload();
  await appReady(page);
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

/** The wasm files the page instantiates from its next load on, main module and chunks, fetched
 * or read from the precache (which makes no request, so requests cannot tell what arrived). */
export async function pantauWasm(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __kkWasm: string[] };
    w.__kkWasm = [];
    const asli = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = async (src, imports) => {
      const r = await src;
      w.__kkWasm.push(new URL(r.url).pathname.split('/').pop()!);
      return asli.call(WebAssembly, r, imports);
    };
  });
  return () => page.evaluate(() => (window as unknown as { __kkWasm?: string[] }).__kkWasm ?? []);
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

/** Keys of ours that stay in localStorage (the settings and their quarantine); everything
 *  else the app stores lives in IndexedDB (`kinerjaku` version 3): records packed in the
 *  buckets of object store `ember`, snapshots, the import journal and the quarantine alone in
 *  `data`; see ARCHITECTURE.md (Storage facts). A bucket is the UTF-8 bytes of `E1` then, per
 *  record, `<bytes>:<key><bytes>:<value>` (version 2 stored that text as a string). */
export const KUNCI_TIK = 'kinerjaku.v1.tik';

interface KodekEmber {
  nomor(kunci: string): number;
  buka(isi: Uint8Array | string | undefined): Map<string, string>;
  tulis(isi: Map<string, string>): Uint8Array;
  /** The app's database, opened with the same version and stores as the app (never one the
   *  app cannot use, should a test have cleared storage). */
  bukaDb(): Promise<IDBDatabase>;
}

/** The app's bucket of a record key (FNV-1a, MurmurHash3's finaliser, mod 1,024) and a
 *  bucket's text both ways (see `store::idb::ember`), installed in the page as `__kkEmber`
 *  (functions given to `page.evaluate` cannot share code otherwise). */
async function pasangKodek(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __kkEmber?: KodekEmber };
    if (w.__kkEmber) return;
    const enk = new TextEncoder();
    const dek = new TextDecoder();
    const nomor = (k: string) => {
      let h = 0x811c9dc5;
      for (const b of enk.encode(k)) { h ^= b; h = Math.imul(h, 0x01000193) >>> 0; }
      h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b) >>> 0;
      h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35) >>> 0;
      h ^= h >>> 16;
      return (h >>> 0) % 1024;
    };
    const buka = (isi: Uint8Array | string | undefined) => {
      const out = new Map<string, string>();
      if (!isi) return out;
      const b = typeof isi === 'string' ? enk.encode(isi) : isi;
      let p = 2;
      const medan = () => {
        let n = 0;
        while (b[p] !== 58) n = n * 10 + (b[p++] - 48);
        p += 1;
        const x = dek.decode(b.subarray(p, p + n));
        p += n;
        return x;
      };
      while (p < b.length) { const k = medan(); out.set(k, medan()); }
      return out;
    };
    const tulis = (isi: Map<string, string>) => enk.encode('E1' + [...isi.keys()].sort()
      .map((k) => `${enk.encode(k).length}:${k}${enk.encode(isi.get(k)!).length}:${isi.get(k)}`).join(''));
    const bukaDb = () => new Promise<IDBDatabase>((ok, gagal) => {
      const r = indexedDB.open('kinerjaku', 3);
      r.onupgradeneeded = () => {
        for (const s of ['data', 'ember', 'meta']) if (!r.result.objectStoreNames.contains(s)) r.result.createObjectStore(s);
      };
      r.onsuccess = () => ok(r.result);
      r.onerror = () => gagal(r.error);
    });
    w.__kkEmber = { nomor, buka, tulis, bukaDb };
  });
}

/** Everything stored: IndexedDB's records, snapshots, journal and quarantine, and every
 *  localStorage key (settings, other apps' keys), except the tick that tells other tabs of a
 *  write. The app writes IndexedDB just after a save (in the background): this waits until
 *  nothing is pending and the page shows it has read storage up to the stored generation
 *  (`<html data-generasi>`, its own writes and other tabs'), so what a save wrote is there. */
export async function simpanan(page: Page): Promise<Record<string, string>> {
  // Nothing on its way first: the shell's "saving" mark is unhidden from the moment a write
  // is pending (its writer's code may still be on its way) until it lands or fails.
  const tenang = () => page.waitForFunction(() => document.querySelector('[data-testid="penyimpanan"]')?.hasAttribute('hidden') ?? true);
  await tenang();
  await pasangKodek(page);
  // Then in step with storage: the page has read up to the stored generation (no generation
  // shown: it runs on localStorage, nothing to wait for in IndexedDB).
  const gen = await page.evaluate(async () => {
    if (document.documentElement.dataset.generasi === undefined) return null;
    const db = await (window as unknown as { __kkEmber: KodekEmber }).__kkEmber.bukaDb();
    try {
      const meta = await new Promise<string | undefined>((ok, gagal) => {
        const r = db.transaction('meta').objectStore('meta').get('meta');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => gagal(r.error);
      });
      return meta ? (JSON.parse(meta).gen as number) : 0;
    } finally {
      db.close();
    }
  });
  if (gen !== null) {
    await sudahMembaca(page, gen);
    // Reading another tab's changes in may have started a write of its own.
    await tenang();
  }
  return page.evaluate(async (tik) => {
    const db = await (window as unknown as { __kkEmber: KodekEmber }).__kkEmber.bukaDb();
    const baca = () => new Promise<{ kunci: IDBValidKey[]; nilai: string[]; ember: (Uint8Array | string)[]; meta: unknown }>((ok, gagal) => {
      const t = db.transaction(['data', 'ember', 'meta'], 'readonly');
      const d = t.objectStore('data');
      const k = d.getAllKeys();
      const v = d.getAll();
      const e = t.objectStore('ember').getAll();
      const m = t.objectStore('meta').get('meta');
      t.oncomplete = () => ok({ kunci: k.result, nilai: v.result, ember: e.result, meta: m.result });
      t.onerror = () => gagal(t.error);
    });
    const isi = await baca();
    db.close();
    const out: Record<string, string> = {};
    isi.kunci.forEach((k, i) => { out[String(k)] = isi.nilai[i]; });
    const kodek = (window as unknown as { __kkEmber: KodekEmber }).__kkEmber;
    for (const e of isi.ember) for (const [k, v] of kodek.buka(e)) out[k] = v;
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      if (k !== tik) out[k] = localStorage.getItem(k)!;
    }
    return out;
  }, KUNCI_TIK);
}

/** One stored record's envelope (parsed), or null. */
export async function bacaRekaman(page: Page, kunci: string) {
  const v = (await simpanan(page))[kunci];
  return v === undefined ? null : JSON.parse(v);
}

/** The stored keys that start with `awalan`. */
export async function kunciDengan(page: Page, awalan: string): Promise<string[]> {
  return Object.keys(await simpanan(page)).filter((k) => k.startsWith(awalan)).sort();
}

/** Writes (a string) or removes (null) stored keys the way another tab of the app does: one
 *  IndexedDB transaction, logged in the `meta` value the app reads other tabs' changes from,
 *  then the tick whose `storage` event makes this page read them in. Resolves once the page
 *  has read them in (`sudahMembaca`). */
export async function tulisTabLain(page: Page, ubah: Record<string, string | null>) {
  await pasangKodek(page);
  const gen = await page.evaluate(async ([ubah, tik]) => {
    const { nomor, buka: bukaEmber, tulis: tulisEmber, bukaDb } = (window as unknown as { __kkEmber: KodekEmber }).__kkEmber;
    const db = await bukaDb();
    const gen = await new Promise<number>((ok, gagal) => {
      const t = db.transaction(['data', 'ember', 'meta'], 'readwrite');
      const m = t.objectStore('meta');
      const d = t.objectStore('data');
      const e = t.objectStore('ember');
      const req = m.get('meta');
      let gen = 0;
      req.onsuccess = () => {
        const meta = req.result ? JSON.parse(req.result) : { gen: 0, hidup: true, lawas: false, log: [] };
        const perEmber = new Map<number, [string, string | null][]>();
        for (const [k, v] of Object.entries(ubah)) {
          if (!k.startsWith('kinerjaku.v1.r.')) {
            if (v === null) d.delete(k); else d.put(v, k);
            continue;
          }
          const n = nomor(k);
          perEmber.set(n, [...(perEmber.get(n) ?? []), [k, v]]);
        }
        for (const [n, daftar] of perEmber) {
          const r = e.get(n);
          r.onsuccess = () => {
            const isi = bukaEmber(r.result);
            for (const [k, v] of daftar) { if (v === null) isi.delete(k); else isi.set(k, v); }
            if (isi.size === 0) e.delete(n); else e.put(tulisEmber(isi), n);
          };
        }
        meta.gen += 1;
        meta.hidup = true;
        meta.log.push([meta.gen, Object.keys(ubah)]);
        gen = meta.gen;
        m.put(JSON.stringify(meta), 'meta');
      };
      t.oncomplete = () => ok(gen);
      t.onerror = () => gagal(t.error);
    });
    db.close();
    // The tick another tab writes; its `storage` event only reaches other documents, so the
    // event this page would get is dispatched here.
    localStorage.setItem(tik as string, String(gen));
    window.dispatchEvent(new StorageEvent('storage', { key: tik as string, newValue: String(gen) }));
    return gen;
  }, [ubah, KUNCI_TIK] as const);
  await sudahMembaca(page, gen);
}

/** Waits until the page has read storage up to generation `gen` (another tab's write): the
 *  app shows the generation it has read up to on `<html data-generasi>`. Polled on a timer,
 *  not on animation frames, which a page behind another tab does not get. */
export async function sudahMembaca(page: Page, gen: number) {
  const dibaca = (timeout: number) => page.waitForFunction(
    (g) => Number(document.documentElement.dataset.generasi ?? -1) >= g, gen, { polling: 50, timeout });
  try {
    await dibaca(5000);
  } catch {
    // Not read in 5 s: the tick again, as another tab's next write would give it. Said in
    // the output, so a tab that misses ticks shows up instead of hiding behind the retry.
    console.warn(`tick ${gen} not read in 5 s (page shows ${await page.evaluate(() => document.documentElement.dataset.generasi)}); sent again`);
    await page.evaluate(([tik, g]) => {
      window.dispatchEvent(new StorageEvent('storage', { key: tik, newValue: String(g) }));
    }, [KUNCI_TIK, gen] as const);
    await dibaca(30000);
  }
}

/** Makes IndexedDB unavailable to the app from the next load (as some private modes do):
 *  it then runs on localStorage alone, as before IndexedDB. */
export async function tanpaIndexedDb(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
  });
}

/** Every page of `context` starts with a role already chosen (settings as the welcome screen
 *  stores them), as when a colleague opens a shared link on a set-up device. */
export async function peranTersimpan(context: BrowserContext, peran: string, nip = '', nama = 'Bench') {
  await context.addInitScript(([p, n, m]) => {
    if (!localStorage.getItem('kinerjaku.v1.settings')) {
      localStorage.setItem('kinerjaku.v1.settings', JSON.stringify({
        schema_version: 1, bahasa: 'id', peran: p, nama: m, nip: n, persist_requested: true,
      }));
    }
  }, [peran, nip, nama] as const);
}

/** No serious or critical axe violation on the page, and no sideways scroll (wide tables scroll
 * inside their own box). `nama` names the screen in the failure. */
export async function tanpaMasalahAxe(page: Page, nama = '') {
  const AxeBuilder = (await import('@axe-core/playwright')).default;
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${nama} ${v.id} ${v.help} ${v.nodes.map((n) => n.target).join(' ')}`.trim())).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, nama).toBeLessThanOrEqual(0);
}


/** A person on their own device: a new context, the welcome as `peran`, their profile saved. */
export async function orang(browser: Browser, peran: string, panggilan: string, nama: string, nip: string, gol: string, jenjang: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, peran, panggilan);
  await isiProfil(page, nama, nip, gol, jenjang);
  return page;
}

/** Downloads the own file from #/data (of kind `jenis` when given, else the role's own). */
export async function ekspor(page: Page, dir: string, jenis?: string): Promise<string> {
  await page.goto('./#/data');
  if (jenis) await page.locator('#jenis-ekspor').selectOption(jenis);
  return unduh(page, dir, () => page.getByTestId('unduh-bundle').click());
}

/** Logs one training through the form on #/pengembangan, held and ended on `tanggal`. */
export async function catatKegiatan(page: Page, bentuk: string, judul: string, tanggal: string, jp: string, sertifikat = '') {
  await page.locator('#kp-bentuk').selectOption(bentuk);
  await page.locator('#kp-judul').fill(judul);
  await page.locator('#kp-penyelenggara').fill('BPSDM Provinsi');
  await page.locator('#kp-mulai').fill(tanggal);
  await page.locator('#kp-selesai').fill(tanggal);
  await page.locator('#kp-jp').fill(jp);
  await page.locator('#kp-sertifikat').fill(sertifikat);
  await page.getByTestId('simpan-kegiatan').click();
  await expect(page.getByTestId('status-kegiatan')).toHaveText('Kegiatan tersimpan.');
}
