//! KinerjaKu library. Layers (see ARCHITECTURE.md): `jejak` (the one JSON reader) ← `domain`
//! (pure rules) ← `bundle` (exchange files) ← `store` (browser storage) ← `ui` (Leptos).
//! Dependencies point only leftwards.

pub mod bundle;
pub mod domain;
pub mod jejak;
pub mod kumpul;
pub mod store;
pub mod ui;

/// Mounts the app on `<body>` over IndexedDB (localStorage where it cannot be opened);
/// called by `main`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async move {
        // Storage is opened and read in (moved from localStorage on the first start of this
        // version), then an import a closed tab cut short is rolled back, before the app
        // reads anything. The code of the screen the page opens on is asked for first, so it
        // arrives while storage is read (in a large agency workspace, the straight reader too
        // once the read says so).
        let dini = ui::mulai::muat_layar_dini(&store::LocalStore);
        let (store, buka) = ui::penyimpanan::buka().await;
        ui::instansi::muat_pembaca_dini(store.as_ref(), dini);
        // Both are said: a rolled-back import and a storage that fell back to localStorage.
        let awal: Vec<_> = [ui::mulai::sebelum_mulai(store.as_ref()).await, buka]
            .into_iter()
            .flatten()
            .collect();
        leptos::mount::mount_to_body(move || {
            leptos::view! { <ui::App store=store.clone() awal=awal.clone()/> }
        });
    });
}

/// Native builds have no browser to mount into.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("KinerjaKu runs in the browser: build it with `make serve`.");
}
