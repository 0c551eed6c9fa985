import { test, expect, chromium, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appReady, klikNav, peranTersimpan, swControls } from '../specs/helpers';
import { PORT, chromiumArgs } from '../playwright.config';
import { jamImpor, mesinDulu } from './jam';

// Issue 13 §3 in Chromium: the synthetic agency (10,000 pegawai in 500 teams, one penilaian
// file per team) imported into an empty admin workspace through the import screen, then the
// workspace reopened to its first dashboard, and a period and a unit switched. Prints
// figures; asserts what was imported, nothing timed. The files are written by `make bench`
// (`SINTETIS_KE=target/agensi cargo test --release --lib sintetis_berkas_untuk_bench`).
// The browser keeps its profile on disk, as a person's does: IndexedDB and the service
// worker's cache then read from disk (an in-memory profile hid the cost of the service
// worker's cache lookups: 2.5 s of the reopen, now gone).
const AGENSI = path.resolve(process.env.AGENSI || '../../target/agensi');
const ADMIN_NIP = '196501011990031001';

const detik = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;

/** Resident memory of Chromium's renderer processes (the wasm memory lives there; the JS
 *  heap figure leaves it out), in bytes. */
function rssRenderer(): number {
  try {
    return execFileSync('ps', ['-C', 'chromium', '-o', 'rss=,args='], { encoding: 'utf8' })
      .split('\n').filter((l) => l.includes('--type=renderer'))
      .reduce((n, l) => n + Number(l.trim().split(/\s+/)[0]) * 1024, 0);
  } catch { return 0; }
}

/** CPU time Chromium's renderer processes have used so far (user and system, every thread),
 *  in ms. Unlike the clock it does not run on while other work on the machine holds the
 *  cores, so two builds compare on a busy machine (the import's clock time moved by ±0.4 s
 *  between runs of one build). */
function cpuRenderer(): number {
  try {
    const tik = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
    return execFileSync('ps', ['-C', 'chromium', '-o', 'pid=,args='], { encoding: 'utf8' })
      .split('\n').filter((l) => l.includes('--type=renderer'))
      .reduce((n, l) => {
        const stat = fs.readFileSync(`/proc/${l.trim().split(/\s+/)[0]}/stat`, 'utf8');
        // After the command's name: state is the first field, utime the 12th, stime the 13th.
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return n + ((Number(f[11]) + Number(f[12])) * 1000) / tik;
      }, 0);
  } catch { return NaN; }
}

/** The page's JS heap in use and the renderers' resident memory, sampled every 100 ms from
 *  now on; the function returned stops and answers the highest of each. */
async function ukurHeap(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let heap = 0;
  let rss = 0;
  let jalan = true;
  const putaran = (async () => {
    while (jalan) {
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        heap = Math.max(heap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      } catch { /* the page is navigating */ }
      rss = Math.max(rss, rssRenderer());
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return async () => { jalan = false; await putaran; return { heap, rss }; };
}

test('agency at scale: 500 team files into an empty admin workspace, reopen, switch', async () => {
  test.skip(!fs.existsSync(AGENSI), `no synthetic agency at ${AGENSI} (make bench writes it)`);
  const berkas = fs.readdirSync(AGENSI).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(AGENSI, f));
  const byte = berkas.reduce((n, f) => n + fs.statSync(f).size, 0);
  const profil = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerjaku-bench-'));
  const context = await chromium.launchPersistentContext(profil, {
    executablePath: '/usr/bin/chromium', args: chromiumArgs, headless: true,
    baseURL: `http://127.0.0.1:${PORT}/kinerja/`, viewport: { width: 1280, height: 800 },
  });
  try {
    await agensi(context, berkas, byte);
  } finally {
    // A failed run leaves no browser running and no profile of hundreds of MB behind.
    await context.close();
    fs.rmSync(profil, { recursive: true, force: true });
  }
});

/** In every page: the time (performance.now(), from the navigation's start) at which the
 *  dashboard's figures are first on screen. Read in the page, not by polling from here:
 *  Playwright's waits poll at up to 1 s and added that to what they timed. */
function dasborSiap() {
  const lihat = () => {
    const e = document.querySelector('[data-testid="evaluasi-instansi"]');
    if (e && /\d+ dari \d+/.test(e.textContent ?? '')) {
      (window as unknown as { __dasborSiap: number }).__dasborSiap = performance.now();
      return true;
    }
    return false;
  };
  new MutationObserver((_, o) => { if (lihat()) o.disconnect(); })
    .observe(document, { childList: true, subtree: true, characterData: true });
}

const siapDiHalaman = (page: Page) =>
  page.evaluate(() => (window as unknown as { __dasborSiap?: number }).__dasborSiap ?? NaN);

/** With PROFIL=<dir>: a CPU profile of the page from now on; each call of the function returned
 *  writes what was recorded since the last as `<dir>/<name>.cpuprofile` (Chrome DevTools opens
 *  it; `bench/profil.mjs` summarises it) and starts again. Without PROFIL it does nothing. The
 *  profiler slows the page: its timings are not the bench's. */
async function profilCpu(page: Page) {
  const dir = process.env.PROFIL;
  if (!dir) return async (_: string) => {};
  fs.mkdirSync(dir, { recursive: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async (nama: string) => {
    const { profile } = await cdp.send('Profiler.stop');
    fs.writeFileSync(path.join(dir, `${nama}.cpuprofile`), JSON.stringify(profile));
    await cdp.send('Profiler.start');
  };
}

async function agensi(context: BrowserContext, berkas: string[], byte: number) {
  await peranTersimpan(context, 'admin_kepegawaian', ADMIN_NIP);
  await context.addInitScript(dasborSiap);
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto('./#/data');
  await appReady(page);
  // The reopen goes through the service worker, as every later visit does.
  await swControls(page);
  await expect(page.getByTestId('berkas-impor')).toBeAttached();
  const puncak = await ukurHeap(page);

  // The engine fetched on the pointer's way to the button; the import timed in the page.
  const mesin = await mesinDulu(page);
  const jam = await jamImpor(page, ['impor-total', `${berkas.length} berkas`], ['impor-selesai', 'ditambahkan']);
  const rekam = await profilCpu(page);
  const c0 = cpuRenderer();
  const t0 = Date.now();
  await page.getByTestId('berkas-impor').setInputFiles(berkas);
  const total = page.getByTestId('impor-total');
  await expect(total).toContainText(`${berkas.length} berkas`, { timeout: 600_000 });
  const rencanaLuar = Date.now() - t0;
  const c1 = cpuRenderer();
  await rekam('dry');
  const ringkas = (await total.textContent()) ?? '';
  expect(ringkas).toContain('0 ditolak');
  const t1 = Date.now();
  await page.getByTestId('terapkan-impor').click();
  await expect(page.getByTestId('impor-selesai')).toBeVisible({ timeout: 600_000 });
  const terapLuar = Date.now() - t1;
  const c2 = cpuRenderer();
  await rekam('apply');
  const [rencana, terap] = await jam();
  const heapImpor = await puncak();
  const tambah = Number(/(\d+) ditambahkan/.exec(ringkas)?.[1] ?? 0);

  // Reopen: a new load of the app to the agency dashboard's figures. The page leaves first:
  // a `goto` that changes only the hash stays in the same document (it timed the dashboard
  // over data already in memory, not a reopen). The writes of the import are durable first.
  await expect(page.getByTestId('penyimpanan')).toBeHidden({ timeout: 120_000 });
  await page.goto('about:blank');
  const puncak2 = await ukurHeap(page);
  const t2 = Date.now();
  await page.goto('./#/instansi');
  const evaluasi = page.getByTestId('evaluasi-instansi');
  await expect(evaluasi).toBeVisible({ timeout: 600_000 });
  const buka = await siapDiHalaman(page);
  const bukaLuar = Date.now() - t2;
  await rekam('buka');
  const unit = page.getByTestId('tabel-unit');
  const seluruh = unit.locator('tbody tr').last();
  await expect(seluruh).toContainText('Seluruh instansi');
  const teksEvaluasi = ((await evaluasi.textContent()) ?? '').trim();
  // Everything imported is there after reopening: every pegawai's evaluation of the period.
  expect(teksEvaluasi).toContain('10000 dari 10000');
  const simpan = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

  // A period switch, then a unit opened from the table, timed inside the page: from the
  // event to the first frame after the change is drawn.
  const periode = page.getByTestId('pilih-periode');
  const kini = await periode.inputValue();
  const lain = (await periode.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)))
    .find((v) => v !== kini);
  const ganti = lain === undefined ? NaN : await periode.evaluate(async (el, v) => {
    const sel = el as HTMLSelectElement;
    const t = performance.now();
    sel.value = v;
    sel.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t;
  }, lain);
  const tautan = unit.locator('tbody tr a').first();
  const namaUnit = (await tautan.textContent()) ?? '';
  const keUnit = await tautan.evaluate(async (a) => {
    const t = performance.now();
    (a as HTMLAnchorElement).click();
    while (!document.querySelector('[data-testid="judul-unit"]')) {
      await new Promise((r) => requestAnimationFrame(r));
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t;
  });
  const heapBuka = await puncak2();
  await klikNav(page, 'nav-instansi');

  // Reopened again, now with the automatic backup the first reopen took once the dashboard
  // had settled (a copy of the whole workspace, read in at start-up too).
  await page.waitForTimeout(5000);
  await expect(page.getByTestId('penyimpanan')).toBeHidden({ timeout: 120_000 });
  // Three times: one run's figure moves by a tenth of a second on a busy machine.
  const lagi: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto('about:blank');
    await page.goto('./#/instansi');
    await expect(page.getByTestId('evaluasi-instansi')).toContainText('10000 dari 10000', { timeout: 600_000 });
    lagi.push(await siapDiHalaman(page));
    // What this reopen wrote (nothing, while the dashboards' inputs are current) lands first.
    await expect(page.getByTestId('penyimpanan')).toBeHidden({ timeout: 120_000 });
  }
  const buka2 = lagi.map(detik).join(', ');

  console.log([
    `agency bench (Chromium, profile on disk): ${berkas.length} penilaian files, ${mb(byte)} of JSON, ${tambah} records added`,
    `  import (in the page): read + check + plan ${detik(rencana)}, apply ${detik(terap)}, total ${detik(rencana + terap)} (goal ≤ 3 s); as the test saw it ${detik(rencanaLuar)} + ${detik(terapLuar)}; the engine's code fetched on the pointer's way, before the pick, in ${detik(mesin)}`,
    `  CPU time of the renderers (every thread, as the test saw the steps): read + check + plan ${detik(c1 - c0)}, apply ${detik(c2 - c1)}`,
    `  reopen to the agency dashboard (in the page, from the navigation to the figures on screen) ${detik(buka)} (${detik(bukaLuar)} as the test saw it; the first after the import: the dashboards' inputs made from the records and stored); again, the inputs read back and the automatic backup stored, ${buka2} (goal ≤ 1.5 s)`,
    `  period switch ${ganti.toFixed(0)} ms, a unit opened (${namaUnit.trim().slice(0, 40)}) ${keUnit.toFixed(0)} ms (goal ≤ 100 ms)`,
    `  reopened: ${teksEvaluasi}`,
    `  peak JS heap ${mb(heapImpor.heap)} importing, ${mb(heapBuka.heap)} reopening; peak renderer memory (RSS, wasm included) ${mb(heapImpor.rss)} importing, ${mb(heapBuka.rss)} reopening`,
    `  storage used (navigator.storage.estimate, after reopening) ${mb(simpan)}`,
  ].join('\n'));
}
