//! The frame around every page: skip link, header with navigation and language switch,
//! banners (storage problems, new version) and the privacy footer.

use super::i18n::{galat_penyimpanan, isi, Teks};
use super::pwa;
use super::route::Route;
use super::state::{use_app_state, Pemberitahuan};
use crate::domain::Bahasa;
use crate::store::jurnal::{JenisUbah, Pemulihan};
use leptos::prelude::*;

#[component]
pub fn Kerangka(children: Children) -> impl IntoView {
    let state = use_app_state();
    let t = move || state.t();
    let aktif = move |r: Route| move || (state.route.get() == r).then_some("page");
    // One entry for the three development screens: the page itself, or its section.
    let bagian_pengembangan = move || match state.route.get() {
        Route::Pengembangan => Some("page"),
        Route::Kompetensi | Route::AngkaKredit | Route::RencanaPengembangan => Some("true"),
        _ => None,
    };
    let ganti_bahasa = move |_| {
        let mut s = state.settings.get_untracked();
        s.bahasa = match s.bahasa {
            Bahasa::Id => Bahasa::En,
            Bahasa::En => Bahasa::Id,
        };
        state.simpan_settings(s);
    };
    // On a phone the menu folds behind a button (twelve links took 305 of 740 px); on a wide
    // screen CSS shows the navigation and hides the button, whatever this says.
    let menu_terbuka = RwSignal::new(false);
    let tombol_menu = NodeRef::<leptos::html::Button>::new();
    // Any page change closes it: a link chosen, a typed address, the browser's back.
    Effect::new(move |_| {
        state.route.track();
        menu_terbuka.set(false);
    });
    // Escape closes it and gives the focus back to its button.
    let tutup_esc = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && menu_terbuka.get_untracked() {
            menu_terbuka.set(false);
            if let Some(b) = tombol_menu.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    view! {
        <a class="lewati" href="#konten" on:click=|ev| {
            // The hash is our router; focus the page's heading instead of navigating.
            ev.prevent_default();
            super::platform::fokus_konten();
        }>{move || t().lewati_ke_konten}</a>
        <header class="kepala">
            <div class="kepala-isi" on:keydown=tutup_esc>
                <a class="merek" href=Route::Beranda.href()>
                    <img src="icons/icon.svg" alt="" width="32" height="32"/>
                    <span>{move || t().nama_aplikasi}</span>
                </a>
                <button type="button" class="tombol-menu" data-testid="tombol-menu" node_ref=tombol_menu
                    aria-controls="menu-utama" aria-expanded=move || menu_terbuka.get().to_string()
                    on:click=move |_| menu_terbuka.update(|b| *b = !*b)>
                    <span class="ikon-menu" aria-hidden="true">"☰"</span>
                    {move || t().menu}
                </button>
                // Every item is a link, so a click inside means a route was chosen (the
                // route may still be refused by the unsaved-input question: closed anyway).
                <nav id="menu-utama" class:terbuka=move || menu_terbuka.get()
                    aria-label=move || t().navigasi_utama on:click=move |_| menu_terbuka.set(false)>
                    <a href=Route::Beranda.href() aria-current=aktif(Route::Beranda) data-testid="nav-beranda">{move || t().nav_beranda}</a>
                    <a href=Route::Profil.href() aria-current=aktif(Route::Profil) data-testid="nav-profil">{move || t().nav_profil}</a>
                    <a href=Route::Skp.href() aria-current=aktif(Route::Skp) data-testid="nav-skp">{move || t().nav_skp}</a>
                    <a href=Route::Progres.href() aria-current=aktif(Route::Progres) data-testid="nav-progres">{move || t().nav_progres}</a>
                    <a href=Route::Penilaian.href() aria-current=aktif(Route::Penilaian) data-testid="nav-penilaian">{move || t().nav_penilaian}</a>
                    <a href=Route::Pengembangan.href() aria-current=bagian_pengembangan data-testid="nav-pengembangan">{move || t().nav_pengembangan}</a>
                    <Show when=move || state.settings.with(|s| s.peran == Some(crate::store::Peran::PejabatPenilai))>
                        <a href=Route::Tim.href() aria-current=aktif(Route::Tim) data-testid="nav-tim">{move || t().nav_tim}</a>
                        <a href=Route::Bimbingan.href() aria-current=aktif(Route::Bimbingan) data-testid="nav-bimbingan">{move || t().nav_bimbingan}</a>
                        <a href=Route::Evaluasi.href() aria-current=aktif(Route::Evaluasi) data-testid="nav-evaluasi">{move || t().nav_evaluasi}</a>
                        <a href=Route::Matriks.href() aria-current=aktif(Route::Matriks) data-testid="nav-matriks">{move || t().nav_matriks}</a>
                    </Show>
                    <Show when=move || state.settings.with(|s| s.peran == Some(crate::store::Peran::AdminKepegawaian))>
                        <a href=Route::Instansi.href() aria-current=aktif(Route::Instansi) data-testid="nav-instansi">{move || t().nav_instansi}</a>
                        <a href=Route::Organisasi.href() aria-current=aktif(Route::Organisasi) data-testid="nav-organisasi">{move || t().nav_organisasi}</a>
                        <a href=Route::KinerjaRendah.href() aria-current=aktif(Route::KinerjaRendah) data-testid="nav-rendah">{move || t().nav_rendah}</a>
                        <a href=Route::PengembanganInstansi.href() aria-current=aktif(Route::PengembanganInstansi) data-testid="nav-pengembangan-instansi">{move || t().nav_pengembangan_instansi}</a>
                        <a href=Route::TalentaInstansi.href() aria-current=aktif(Route::TalentaInstansi) data-testid="nav-talenta">{move || t().nav_talenta}</a>
                    </Show>
                    <a href=Route::Data.href() aria-current=aktif(Route::Data) data-testid="nav-data">{move || t().nav_data}</a>
                    <a href=Route::Cadangan.href() aria-current=aktif(Route::Cadangan) data-testid="nav-cadangan">{move || t().nav_cadangan}</a>
                    <a href=Route::Tentang.href() aria-current=aktif(Route::Tentang) data-testid="nav-tentang">{move || t().nav_tentang}</a>
                </nav>
                // Its name is what it shows ("English", on a phone "EN": voice control users
                // say what they see), the title says what it does.
                <button type="button" class="tombol-bahasa" data-testid="ganti-bahasa"
                    title=move || t().ganti_bahasa_aria on:click=ganti_bahasa>
                    <span class="bahasa-panjang">{move || t().nama_bahasa_lain}</span>
                    <span class="bahasa-singkat">{move || t().kode_bahasa_lain}</span>
                </button>
            </div>
        </header>
        <Banner/>
        <main id="konten" tabindex="-1">{children()}</main>
        <footer class="kaki"><p>{move || t().kaki}</p></footer>
        <p class="menyimpan" data-testid="penyimpanan" hidden=move || !state.menyimpan.get()>{move || t().menyimpan}</p>
    }
}

/// What start-up's rollback of a cut-short import (or undo) did, in words.
fn teks_pemulihan(p: &Pemulihan, tt: &Teks) -> String {
    let utama = match p.jenis {
        JenisUbah::Impor => tt.banner_impor_dipulihkan,
        JenisUbah::Urungkan => tt.banner_urungkan_dipulihkan,
    };
    let mut teks = isi(utama, &[("n", &p.dikembalikan.to_string())]);
    if !p.dibiarkan.is_empty() {
        teks.push(' ');
        teks.push_str(&isi(
            tt.banner_dibiarkan,
            &[("n", &p.dibiarkan.len().to_string())],
        ));
    }
    teks
}

#[component]
fn Banner() -> impl IntoView {
    let state = use_app_state();
    let t = move || state.t();
    let tolak_muat_ulang = RwSignal::new(false);
    let muat_ulang = move |_| {
        tolak_muat_ulang.set(!pwa::terapkan_pembaruan(state));
    };
    let coba_lagi = move |_| {
        let kuota = state.pemberitahuan.with_untracked(|v| {
            v.iter().find_map(|p| match p {
                Pemberitahuan::KuotaPenuh(s) => Some(s.clone()),
                _ => None,
            })
        });
        match kuota {
            Some(s) => {
                state.simpan_settings(s);
            }
            // Records waiting in memory (IndexedDB): send them again.
            None => state.store().kirim_ulang(),
        }
    };
    // Each notice its own banner: one raised while another is up stays.
    let pesan = move || {
        state.pemberitahuan.get().into_iter().enumerate().map(|(i, p)| {
            let tt = t();
            // By place: the list is drawn again whenever it changes.
            let tutup = move |_| {
                state.pemberitahuan.update(|v| {
                    if i < v.len() {
                        v.remove(i);
                    }
                })
            };
            let ekspor = matches!(p, Pemberitahuan::KuotaPenuh(_) | Pemberitahuan::KuotaPenuhData);
            let (kelas, teks, ulang) = match p.clone() {
                Pemberitahuan::KuotaPenuh(_) => ("banner bahaya", tt.banner_kuota_penuh.to_string(), true),
                Pemberitahuan::KuotaPenuhData => (
                    "banner bahaya",
                    tt.banner_kuota_penuh.to_string(),
                    state.store().tertunda() > 0,
                ),
                Pemberitahuan::Rusak { kunci, detail } => (
                    "banner peringatan",
                    isi(tt.banner_rusak, &[("kunci", &kunci), ("detail", &detail)]),
                    false,
                ),
                Pemberitahuan::TakTerbaca(e) => (
                    "banner peringatan",
                    isi(tt.banner_tak_terbaca, &[("detail", &galat_penyimpanan(&e, tt))]),
                    false,
                ),
                Pemberitahuan::GagalSimpan(e) => (
                    "banner bahaya",
                    isi(tt.banner_gagal_simpan, &[("detail", &galat_penyimpanan(&e, tt))]),
                    state.store().tertunda() > 0,
                ),
                Pemberitahuan::ImporDipulihkan(p) => ("banner peringatan", teks_pemulihan(&p, tt), false),
                Pemberitahuan::TanpaIdb(e) => (
                    "banner peringatan",
                    isi(tt.banner_tanpa_idb, &[("detail", &galat_penyimpanan(&e, tt))]),
                    false,
                ),
                Pemberitahuan::PindahGagal(e) => (
                    "banner peringatan",
                    isi(tt.banner_pindah_gagal, &[("detail", &galat_penyimpanan(&e, tt))]),
                    false,
                ),
                Pemberitahuan::Bentrok(p) => (
                    "banner peringatan",
                    isi(
                        tt.banner_bentrok,
                        &[
                            ("n", &p.len().to_string()),
                            ("kunci", &p.iter().map(|(_, q)| q.as_str()).collect::<Vec<_>>().join(", ")),
                        ],
                    ),
                    false,
                ),
                Pemberitahuan::CadanganTidakMuat => ("banner peringatan", tt.banner_cadangan_tidak_muat.to_string(), false),
                Pemberitahuan::DataTakTerbaca(teks) => (
                    "banner peringatan",
                    teks[usize::from(state.settings.with(|s| s.bahasa) == Bahasa::En)].clone(),
                    false,
                ),
                Pemberitahuan::ImporBelumPulih(e) => (
                    "banner bahaya",
                    isi(tt.banner_impor_belum_pulih, &[("detail", &galat_penyimpanan(&e, tt))]),
                    false,
                ),
            };
            view! {
                <div class=kelas role="alert" data-testid="banner-penyimpanan">
                    <p>{teks}</p>
                    {ekspor.then(|| view! { <a class="tombol" href=Route::Data.href() data-testid="banner-ekspor">{tt.banner_ekspor}</a> })}
                    {ekspor.then(|| view! { " " <a class="tombol" href=Route::Cadangan.href() data-testid="banner-cadangan">{tt.nav_cadangan}</a> })}
                    {ulang.then(|| view! { <button type="button" on:click=coba_lagi>{tt.banner_coba_lagi}</button> })}
                    {(!ulang).then(|| view! {
                        <button type="button" class="sekunder" on:click=tutup>{tt.tutup}</button>
                    })}
                </div>
            }
        }).collect_view()
    };
    view! {
        {pesan}
        <Show when=move || state.versi_baru.get()>
            <div class="banner info" role="status" data-testid="banner-versi-baru">
                <p>{move || t().banner_versi_baru}</p>
                <button type="button" data-testid="muat-ulang" on:click=muat_ulang>{move || t().banner_muat_ulang}</button>
                <Show when=move || tolak_muat_ulang.get() && state.dirty.get()>
                    <p class="catatan">{move || t().banner_simpan_dulu}</p>
                </Show>
            </div>
        </Show>
    }
}
