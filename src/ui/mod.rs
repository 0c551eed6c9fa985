//! Leptos components and screens, one folder per feature. Depends on `domain` and `store`,
//! never the reverse.

pub mod aturan;
pub mod bagian;
pub mod berkas;
pub mod format;
pub mod hapusan;
pub mod i18n;
pub mod isian;
/// Attached photos and PDFs: a lazy chunk of its own, drawn inside the progress and
/// evaluation screens (see its module).
pub mod lampiran;
pub mod layar;
pub mod mulai;
#[cfg(target_arch = "wasm32")]
pub mod penyimpanan;
pub mod platform;
pub mod pwa;
pub mod route;
mod shell;
pub mod state;
pub mod tabel;
pub mod tak_terbaca;
mod tidak_ditemukan;
pub mod tulis;

// Feature folders: each is one lazy wasm chunk (see `layar`), except `beranda`, the home.
pub mod angka_kredit;
pub mod beranda;
pub mod bimbingan;
pub mod cadangan;
pub mod cetak;
pub mod data;
pub mod evaluasi;
pub mod instansi;
pub mod kompetensi;
pub mod matriks;
pub mod pengembangan;
pub mod penilaian;
pub mod profil;
pub mod progres;
pub mod rencana;
pub mod skp;
pub mod tentang;
pub mod tim;

use crate::store::KvStore;
use beranda::{Beranda, SelamatDatang};
use leptos::prelude::*;
use route::Route;
use state::{provide_app_state, AppState};
use std::sync::Arc;
use tidak_ditemukan::TidakDitemukan;

/// The whole app over a given store (localStorage in the browser, memory in some tests).
#[component]
pub fn App(
    store: Arc<dyn KvStore>,
    /// What start-up already has to say (see [`mulai::sebelum_mulai`]).
    #[prop(optional)]
    awal: Vec<state::Pemberitahuan>,
) -> impl IntoView {
    let state = AppState::new(store, &platform::hash_sekarang(), awal);
    provide_app_state(state);

    // Every route change (a menu link, a typed hash, the browser's back) passes here: with
    // unsaved input the person is asked first; refused, the address goes back and the page,
    // draft included, stays.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let baru = Route::parse(&platform::hash_sekarang());
        let lama = state.route.get_untracked();
        if baru == lama {
            return;
        }
        if state.dirty.get_untracked() {
            if !platform::konfirmasi(state.t().tinggalkan_isian) {
                platform::kembalikan_hash(&lama.href());
                return;
            }
            state.dirty.set(false);
        }
        state.route.set(baru);
    });
    // Closing or reloading the tab with unsaved input, or with saves not yet durable
    // (IndexedDB writes behind memory; a full disk keeps them waiting): the browser's own
    // question.
    let _ = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if state.dirty.get_untracked() || state.store().tertunda() > 0 {
            ev.prevent_default();
            ev.set_return_value(state.t().tinggalkan_isian);
        }
    });
    // Another tab changed our data: reload it here (two tabs stay in step). On IndexedDB the
    // other tab's tick makes the store read in what changed first; it then says so
    // (`Kabar::Berubah`), which reloads.
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        let kunci = ev.key();
        if kunci
            .as_deref()
            .is_none_or(|k| k.starts_with(crate::store::KEY_PREFIX))
            && !state.store().ubah_luar(kunci.as_deref())
        {
            state.muat_ulang_data();
        }
    });
    state.setelah_tampil();
    Effect::new(move |_| platform::set_lang_dokumen(state.t().kode_bahasa));
    pwa::daftar(state);
    platform::hapus_layar_muat();

    view! {
        <shell::Kerangka>
            <layar::Layar utama=utama/>
        </shell::Kerangka>
    }
}

/// The screens of the main module: home, welcome and not-found.
fn utama(r: &Route) -> AnyView {
    match r {
        Route::SelamatDatang => view! { <SelamatDatang/> }.into_any(),
        Route::TidakDitemukan(p) => view! { <TidakDitemukan alamat=p.clone()/> }.into_any(),
        _ => view! { <Beranda/> }.into_any(),
    }
}

/// Navigates by changing the hash; the `hashchange` listener updates the route signal.
pub fn navigasi(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.href());
    }
}
