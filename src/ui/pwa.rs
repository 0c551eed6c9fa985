//! Service-worker registration and the "new version" flow. A new version waits until the
//! person agrees to reload, and never while they have unsaved input.

use super::state::AppState;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static REGISTRATION: RefCell<Option<web_sys::ServiceWorkerRegistration>> = const { RefCell::new(None) };
    // The first install also fires `controllerchange` (clients.claim); only reload when asked.
    static RELOAD_DIMINTA: Cell<bool> = const { Cell::new(false) };
}

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let nav = web_sys::window()?.navigator();
    let has = js_sys::Reflect::has(&nav, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    has.then(|| nav.service_worker())
}

pub fn didukung() -> bool {
    container().is_some()
}

fn watch_installing(reg: &web_sys::ServiceWorkerRegistration, state: AppState) {
    let Some(worker) = reg.installing() else {
        return;
    };
    let w = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        let has_controller = container().and_then(|c| c.controller()).is_some();
        if w.state() == web_sys::ServiceWorkerState::Installed && has_controller {
            state.versi_baru.set(true);
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

/// Registers `sw.js` relative to the page, so it works under any sub-path.
pub fn daftar(state: AppState) {
    let Some(c) = container() else {
        return;
    };
    let on_change = Closure::<dyn FnMut()>::new(move || {
        if RELOAD_DIMINTA.with(Cell::get) {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        }
    });
    c.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();

    leptos::task::spawn_local(async move {
        let Ok(v) = JsFuture::from(c.register("sw.js")).await else {
            return;
        };
        let reg: web_sys::ServiceWorkerRegistration = v.unchecked_into();
        if reg.waiting().is_some() && c.controller().is_some() {
            state.versi_baru.set(true);
        }
        let reg2 = reg.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || watch_installing(&reg2, state));
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(reg));
    });
}

/// Asks the server whether a new version exists; the banner appears if one installs.
pub async fn periksa_pembaruan() -> bool {
    let Some(reg) = REGISTRATION.with(|r| r.borrow().clone()) else {
        return false;
    };
    match reg.update() {
        Ok(p) => JsFuture::from(p).await.is_ok(),
        Err(_) => false,
    }
}

/// Activates the waiting version and reloads once it controls the page.
/// Refuses (returns false) while the person has unsaved input, or saves are still on their way
/// to storage: the new version drops the old one's files at once, and the reload it asks for
/// could then be refused at the browser's "leave?" question, leaving this page on them.
pub fn terapkan_pembaruan(state: AppState) -> bool {
    if state.dirty.get_untracked() || state.store().tertunda() > 0 {
        return false;
    }
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|reg| reg.waiting()));
    match waiting {
        Some(w) => {
            RELOAD_DIMINTA.with(|f| f.set(true));
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&msg, &"type".into(), &"SKIP_WAITING".into());
            w.post_message(&msg).is_ok()
        }
        None => {
            // Already activated elsewhere (another tab): a plain reload picks it up.
            web_sys::window().is_some_and(|w| w.location().reload().is_ok())
        }
    }
}
