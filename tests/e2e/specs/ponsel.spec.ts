import { test, expect, type Page } from '@playwright/test';
import { appReady, bukaMenu, chooseRole } from './helpers';

// Issue 12, item 7: the details of a 360 px phone, checked on bounding boxes. The menu folds
// behind a button (it took 305 of 740 px), the kuadran grid keeps its chosen cell on screen,
// and date and link fields are as tall as the text fields. Records are seeded straight into
// localStorage in the store's envelope.

const NIP_PEGAWAI = '198609262015052001';
const NIP_PENILAI = '197501012000031001';

const skp = {
  id: 'skp-ponsel-1', pegawai_nip: NIP_PEGAWAI, pejabat_penilai_nip: NIP_PENILAI, jenis: 'ja_jf', pendekatan: 'kuantitatif',
  periode_mulai: '2026-01-01', periode_selesai: '2026-12-31', status: { kode: 'disetujui', pada: '2026-01-20' }, riwayat: [],
  rhk: [{
    id: 'rhk-1', jenis: 'utama', uraian: 'Tersusunnya laporan keuangan',
    iki: [{ id: 'iki-1', aspek: 'kuantitas', indikator: 'Jumlah laporan', target: { jenis: 'angka', nilai: 12, satuan: 'laporan' } }],
  }],
  perilaku: [], lampiran: {}, plt_plh: false,
};
const pegawai = { nip: NIP_PEGAWAI, nama: 'Sari Wulandari', jenis_pegawai: 'pns', golongan: 'III/a', jenjang: 'ahli_pertama', jabatan: '', unit_kerja: '' };
// Di atas × di atas: the top right cell, the one a sideways-scrolling grid hid.
const evaluasi = {
  id: 'ev-ponsel-1', skp_id: skp.id, pegawai_nip: NIP_PEGAWAI, penilai_nip: NIP_PENILAI,
  periode: { jenis: 'bulanan', tahun: 2026, ke: 2 }, tanggal: '2026-03-02',
  rating_rhk: [{ rhk_id: 'rhk-1', rating: 'diatas_ekspektasi', realisasi: '', umpan_balik: 'Rapi' }],
  rating_hasil: { rating: 'diatas_ekspektasi', saran: 'diatas_ekspektasi', justifikasi: '' },
  perilaku: [], rating_perilaku: 'diatas_ekspektasi',
};

const rekaman = (type: string, id: string, data: unknown) => JSON.stringify({
  id, type, revision: 1, updated_at: '2026-03-01T10:00:00+07:00', deleted: false, data, schema_version: 1,
});

async function seed(page: Page, peran: string, nip: string, extra: Record<string, string> = {}) {
  const items: Record<string, string> = {
    'kinerjaku.v1.settings': JSON.stringify({ schema_version: 1, bahasa: 'id', peran, nama: 'Uji', nip }),
    'kinerjaku.v1.r.pegawai.pg-1': rekaman('pegawai', 'pg-1', pegawai),
    [`kinerjaku.v1.r.skp.${skp.id}`]: rekaman('skp', skp.id, skp),
    ...extra,
  };
  await page.addInitScript((it) => {
    if (localStorage.getItem('kinerjaku.v1.settings')) return;
    for (const [k, v] of Object.entries(it)) localStorage.setItem(k, v);
  }, items);
}

/** The element's box lies within the viewport's width. */
async function dalamLebarLayar(page: Page, label: string, kotak: { x: number; width: number } | null) {
  const { width } = page.viewportSize()!;
  expect(kotak, label).not.toBeNull();
  expect(kotak!.x, `${label}: left edge`).toBeGreaterThanOrEqual(0);
  expect(kotak!.x + kotak!.width, `${label}: right edge`).toBeLessThanOrEqual(width + 0.5);
}

test.describe('phone (360 px)', () => {
  test.skip(({ viewport }) => (viewport?.width ?? 0) > 400, 'phone layout');

  test('the menu folds behind a button that opens, closes, and works by keyboard', async ({ page }, info) => {
    await page.goto('./');
    await appReady(page);
    await chooseRole(page, 'pejabat_penilai', 'Sari');
    const kepala = page.locator('header.kepala');
    const tombol = page.getByTestId('tombol-menu');
    const nav = page.locator('nav#menu-utama');

    // Folded: one row (brand, menu, language) instead of 305 px of links.
    await expect(tombol).toBeVisible();
    await expect(tombol).toHaveAttribute('aria-expanded', 'false');
    await expect(tombol).toHaveAttribute('aria-controls', 'menu-utama');
    await expect(nav).toBeHidden();
    const tertutup = (await kepala.boundingBox())!;
    console.log(`folded header: ${tertutup.height} px`);
    expect(tertutup.height).toBeLessThan(120);
    // Brand, menu and language share that row.
    for (const sel of ['a.merek', '[data-testid=tombol-menu]', '[data-testid=ganti-bahasa]']) {
      const k = (await page.locator(sel).boundingBox())!;
      expect(k.y + k.height, sel).toBeLessThanOrEqual(tertutup.y + tertutup.height);
      await dalamLebarLayar(page, sel, k);
    }
    // The page's heading starts right under it.
    const judul = (await page.locator('main#konten h1').boundingBox())!;
    expect(judul.y).toBeLessThan(200);

    // Open: every link of the role is there, on screen, a full-size target.
    await tombol.click();
    await expect(tombol).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    const tautan = nav.locator('a');
    expect(await tautan.count()).toBe(13);
    for (const id of ['nav-beranda', 'nav-profil', 'nav-skp', 'nav-progres', 'nav-penilaian', 'nav-pengembangan',
      'nav-tim', 'nav-bimbingan',
      'nav-evaluasi', 'nav-matriks', 'nav-data', 'nav-cadangan', 'nav-tentang']) {
      const k = await page.getByTestId(id).boundingBox();
      await dalamLebarLayar(page, id, k);
      expect(k!.height, id).toBeGreaterThanOrEqual(44);
    }
    await page.screenshot({ path: `${info.outputDir}/menu-terbuka.png` });

    // Closes again with its button.
    await tombol.click();
    await expect(tombol).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();

    // Choosing a route closes it, and the new page starts under the folded header.
    await tombol.click();
    await page.getByTestId('nav-tim').click();
    await expect(page.locator('main#konten h1')).toHaveText('Tim saya (bawahan)');
    await expect(tombol).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    expect((await kepala.boundingBox())!.height).toBeLessThan(120);

    // Keyboard: Enter opens, Tab goes into the links, Escape closes and returns to the button.
    await tombol.focus();
    await page.keyboard.press('Enter');
    await expect(tombol).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('nav-beranda')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(tombol).toHaveAttribute('aria-expanded', 'false');
    await expect(tombol).toBeFocused();
    // Enter on a link chooses it and closes the menu.
    await bukaMenu(page, true);
    await page.getByTestId('nav-tentang').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#konten h1')).toHaveText('Tentang & Pengaturan');
    await expect(tombol).toHaveAttribute('aria-expanded', 'false');
  });

  test('the language switch fits the folded row in English too', async ({ page }) => {
    await page.goto('./');
    await appReady(page);
    await chooseRole(page, 'pejabat_penilai', 'Sari');
    await page.getByTestId('ganti-bahasa').click();
    await expect(page.getByTestId('salam')).toHaveText('Hello, Sari');
    await expect(page.getByTestId('ganti-bahasa')).toHaveAccessibleName('ID');
    await expect(page.getByTestId('ganti-bahasa')).toHaveAttribute('title', 'Ganti ke Bahasa Indonesia (ID)');
    expect((await page.locator('header.kepala').boundingBox())!.height).toBeLessThan(120);
    await dalamLebarLayar(page, 'ganti-bahasa', await page.getByTestId('ganti-bahasa').boundingBox());
  });

  test('the kuadran grid fits the screen with the chosen cell in view, in both languages', async ({ page }, info) => {
    await seed(page, 'pegawai', NIP_PEGAWAI, { 'kinerjaku.v1.r.evaluasi.ev-ponsel-1': rekaman('evaluasi', evaluasi.id, evaluasi) });
    await page.goto('./#/penilaian');
    await appReady(page);
    const sel = page.getByTestId('kuadran-terpilih');
    await expect(sel).toContainText('Sangat Baik');
    for (const bahasa of ['id', 'en']) {
      if (bahasa === 'en') {
        await page.getByTestId('ganti-bahasa').click();
        await expect(sel).toContainText('Very Good');
      }
      const kotak = page.getByTestId('kuadran').locator('xpath=..');
      const lebih = await kotak.evaluate((k) => k.scrollWidth - k.clientWidth);
      console.log(`kuadran overflow (${bahasa}): ${lebih} px`);
      // Indonesian fits its box whole (measured: 261 of 268 px); English's longer words may
      // scroll a little, and then the box has scrolled to the chosen cell.
      if (bahasa === 'id') expect(lebih).toBeLessThanOrEqual(0);
      else if (lebih > 0) await expect.poll(() => kotak.evaluate((k) => k.scrollLeft)).toBeGreaterThan(0);
      await dalamLebarLayar(page, `chosen cell (${bahasa})`, await sel.boundingBox());
      const b = (await kotak.boundingBox())!;
      const c = (await sel.boundingBox())!;
      expect(c.x, 'chosen cell inside the grid box').toBeGreaterThanOrEqual(b.x - 1);
      expect(c.x + c.width, 'chosen cell inside the grid box').toBeLessThanOrEqual(b.x + b.width + 1);
      // The phone shows short rating names; screen readers still hear the full ones.
      const [panjang, singkat] = bahasa === 'id' ? ['Di Atas Ekspektasi', 'Di Atas'] : ['Above Expectations', 'Above'];
      const kepala = page.getByTestId('kuadran').getByRole('columnheader', { name: panjang, exact: true });
      await expect(kepala).toHaveCount(1);
      await expect(kepala.locator('.label-singkat')).toHaveText(singkat);
      await expect(kepala.locator('.label-singkat')).toBeVisible();
    }
    await page.getByTestId('kuadran').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${info.outputDir}/kuadran-360.png` });
  });

  test('the evaluation form keeps the chosen kuadran cell in view as ratings change', async ({ page }) => {
    await seed(page, 'pejabat_penilai', NIP_PENILAI);
    await page.goto('./#/evaluasi');
    await appReady(page);
    const sel = page.getByTestId('kuadran-terpilih');
    for (const [hasil, perilaku, predikat] of [
      ['diatas_ekspektasi', 'diatas_ekspektasi', 'Sangat Baik'],
      ['sesuai_ekspektasi', 'dibawah_ekspektasi', 'Kurang/Misconduct'],
      ['dibawah_ekspektasi', 'diatas_ekspektasi', 'Butuh Perbaikan'],
    ]) {
      await page.locator('#ev-rating-hasil').selectOption(hasil);
      await page.locator('#ev-rating-perilaku').selectOption(perilaku);
      await expect(sel).toContainText(predikat);
      await dalamLebarLayar(page, `${hasil} × ${perilaku}`, await sel.boundingBox());
    }
  });

  test('date and link fields are as tall as text fields, in type that does not zoom', async ({ page }) => {
    await seed(page, 'pejabat_penilai', NIP_PENILAI);
    for (const [hash, sel] of [['#/evaluasi', '#ev-tanggal'], ['#/bimbingan', '#dk-tgl'], ['#/bimbingan', '#dk-lanjut']]) {
      await page.goto(`./${hash}`);
      await appReady(page);
      const medan = page.locator(sel);
      await expect(medan).toBeVisible();
      const k = (await medan.boundingBox())!;
      expect(k.height, sel).toBeGreaterThanOrEqual(40);
      await dalamLebarLayar(page, sel, k);
      const gaya = await medan.evaluate((e) => {
        const g = getComputedStyle(e);
        return { font: parseFloat(g.fontSize), border: g.borderTopStyle };
      });
      expect(gaya.font, sel).toBeGreaterThanOrEqual(16);
      expect(gaya.border, sel).toBe('solid');
    }
  });

  test('the realisasi form’s date and link fields are full size on the pegawai’s phone', async ({ page }) => {
    await seed(page, 'pegawai', NIP_PEGAWAI);
    await page.goto('./#/progres');
    await appReady(page);
    for (const sel of ['input[type=date]', 'input[type=url]']) {
      const medan = page.locator(sel).first();
      await expect(medan).toBeVisible();
      const k = (await medan.boundingBox())!;
      console.log(`${sel}: ${k.height} px high`);
      expect(k.height, sel).toBeGreaterThanOrEqual(40);
      expect(k.width, sel).toBeGreaterThan(200);
      expect(await medan.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(16);
    }
  });
});

test('on a wide screen the navigation shows and there is no menu button', async ({ page }) => {
  test.skip((page.viewportSize()?.width ?? 0) < 768, 'desktop layout');
  await page.goto('./');
  await appReady(page);
  await chooseRole(page, 'pejabat_penilai', 'Sari');
  await expect(page.getByTestId('tombol-menu')).toBeHidden();
  await expect(page.locator('nav#menu-utama')).toBeVisible();
  await expect(page.getByTestId('nav-tim')).toBeVisible();
  await expect(page.getByTestId('ganti-bahasa')).toHaveText('English', { useInnerText: true });
});
