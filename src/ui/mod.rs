//! Leptos components and pages. Depends on `domain` and `store`, never the reverse.

pub mod agenda;
pub mod berkas;
pub mod i18n;
pub mod kuadran;
pub mod pages;
pub mod platform;
pub mod pwa;
pub mod route;
mod shell;
pub mod state;

use crate::store::KvStore;
use leptos::prelude::*;
use pages::{
    Beranda, Bimbingan, Cadangan, CetakEvaluasi, CetakSkp, Data, Evaluasi, Matriks, Penilaian,
    Profil, Progres, SelamatDatang, SkpSaya, Tentang, TidakDitemukan, Tim,
};
use route::Route;
use state::{provide_app_state, AppState};
use std::sync::Arc;

/// The whole app over a given store (localStorage in the browser, memory in some tests).
#[component]
pub fn App(store: Arc<dyn KvStore>) -> impl IntoView {
    let state = AppState::new(store, &platform::hash_sekarang());
    provide_app_state(state);

    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        state.route.set(Route::parse(&platform::hash_sekarang()));
    });
    // Another tab changed our data: reload it here (two tabs stay in step).
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        if ev
            .key()
            .is_none_or(|k| k.starts_with(crate::store::KEY_PREFIX))
        {
            state.muat_ulang_data();
        }
    });
    state.cadangan_otomatis();
    Effect::new(move |_| platform::set_lang_dokumen(state.t().kode_bahasa));
    // Skip the first run of the effect: on load the browser already starts at the top.
    let peran = Memo::new(move |_| state.settings.with(|s| s.peran));
    Effect::new(move |sebelumnya: Option<()>| {
        state.route.track();
        peran.track();
        if sebelumnya.is_some() {
            platform::ke_awal_halaman();
        }
    });
    pwa::daftar(state);
    platform::hapus_layar_muat();

    view! {
        <shell::Kerangka>
            {move || match state.route.get() {
                Route::Beranda => view! { <Beranda/> }.into_any(),
                Route::SelamatDatang => view! { <SelamatDatang/> }.into_any(),
                Route::Tentang => view! { <Tentang/> }.into_any(),
                Route::Cadangan => view! { <Cadangan/> }.into_any(),
                Route::Profil => view! { <Profil/> }.into_any(),
                Route::Data => view! { <Data/> }.into_any(),
                Route::Skp => view! { <SkpSaya/> }.into_any(),
                Route::Tim => view! { <Tim/> }.into_any(),
                Route::Progres => view! { <Progres/> }.into_any(),
                Route::Bimbingan => view! { <Bimbingan/> }.into_any(),
                Route::Evaluasi => view! { <Evaluasi/> }.into_any(),
                Route::Penilaian => view! { <Penilaian/> }.into_any(),
                Route::Matriks => view! { <Matriks/> }.into_any(),
                Route::CetakSkp(id) => view! { <CetakSkp id=id/> }.into_any(),
                Route::CetakEvaluasi(id) => view! { <CetakEvaluasi id=id/> }.into_any(),
                Route::TidakDitemukan(p) => view! { <TidakDitemukan alamat=p/> }.into_any(),
            }}
        </shell::Kerangka>
    }
}

/// Navigates by changing the hash; the `hashchange` listener updates the route signal.
pub fn navigasi(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.href());
    }
}
