//! KinerjaKu library. Layers (see ARCHITECTURE.md): `jejak` (the one JSON reader) ← `domain`
//! (pure rules) ← `bundle` (exchange files) ← `store` (browser storage) ← `ui` (Leptos).
//! Dependencies point only leftwards.

pub mod bundle;
pub mod domain;
pub mod jejak;
pub mod store;
pub mod ui;

/// Mounts the app on `<body>` over localStorage; called by `main`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    console_error_panic_hook::set_once();
    let store: std::sync::Arc<dyn store::KvStore> = std::sync::Arc::new(store::LocalStore);
    // An import a closed tab cut short is rolled back before the app reads anything.
    wasm_bindgen_futures::spawn_local(async move {
        let awal = ui::mulai::sebelum_mulai(store.as_ref()).await;
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
