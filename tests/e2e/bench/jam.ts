import { expect, type Page } from '@playwright/test';

// Import timings taken inside the page, for the import benches: the test's own waits poll,
// at up to 1 s apart, and add that to what they time.

/** A person's pointer crosses the drop zone on the way to its button, which starts the import
 *  engine's fetch; their file dialog then stays open longer than the fetch takes. Returns how
 *  long the engine took to be ready, as the test saw it (ms). */
export async function mesinDulu(page: Page): Promise<number> {
  const t = Date.now();
  await page.getByTestId('zona-impor').hover();
  await expect(page.getByTestId('zona-impor')).toHaveAttribute('data-mesin', 'siap', { timeout: 60_000 });
  return Date.now() - t;
}

/** Starts the page's clock for the next import: the dry run from the files' change event until
 *  `periksa` (test id) shows `periksaTeks`, the apply from its button's click until `terap`
 *  shows `terapTeks`. The function returned gives both, in ms. */
export async function jamImpor(page: Page, periksa: [string, string], terap: [string, string]) {
  await page.evaluate(([p, q]) => {
    const w = window as unknown as Record<string, number>;
    const ada = ([id, teks]: string[]) =>
      (document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '').includes(teks);
    document.addEventListener('change', () => { w.__imporMulai ??= performance.now(); }, true);
    document.addEventListener('click', (e) => {
      if ((e.target as Element).closest('[data-testid="terapkan-impor"]')) w.__terapMulai = performance.now();
    }, true);
    new MutationObserver((_, o) => {
      if (w.__imporSelesai === undefined && ada(p)) w.__imporSelesai = performance.now();
      if (w.__terapMulai !== undefined && ada(q)) {
        w.__terapSelesai = performance.now();
        o.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, [periksa, terap]);
  return () => page.evaluate(() => {
    const w = window as unknown as Record<string, number>;
    return [w.__imporSelesai - w.__imporMulai, w.__terapSelesai - w.__terapMulai];
  });
}
