//! Thin browser glue (navigator.storage, document language). Called only in the browser.

use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// What the browser says about this origin's storage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InfoPenyimpanan {
    pub usage: Option<f64>,
    pub quota: Option<f64>,
    pub persisted: Option<bool>,
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let nav = web_sys::window()?.navigator();
    // Older or insecure contexts have no navigator.storage; calling into it would throw.
    let has = Reflect::has(&nav, &JsValue::from_str("storage")).unwrap_or(false);
    has.then(|| nav.storage())
}

fn number(obj: &JsValue, field: &str) -> Option<f64> {
    Reflect::get(obj, &JsValue::from_str(field))
        .ok()
        .and_then(|v| v.as_f64())
}

pub async fn info_penyimpanan() -> InfoPenyimpanan {
    let Some(sm) = storage_manager() else {
        return InfoPenyimpanan::default();
    };
    let mut info = InfoPenyimpanan::default();
    if let Ok(p) = sm.estimate() {
        if let Ok(est) = JsFuture::from(p).await {
            info.usage = number(&est, "usage");
            info.quota = number(&est, "quota");
        }
    }
    if let Ok(p) = sm.persisted() {
        if let Ok(v) = JsFuture::from(p).await {
            info.persisted = v.as_bool();
        }
    }
    info
}

/// Asks for persistent storage; returns the browser's answer.
pub async fn minta_persisten_async() -> Option<bool> {
    let p = storage_manager()?.persist().ok()?;
    JsFuture::from(p).await.ok()?.as_bool()
}

/// Fire-and-forget version, used on the first save.
pub fn minta_persisten() {
    if web_sys::window().is_some() {
        leptos::task::spawn_local(async {
            let _ = minta_persisten_async().await;
        });
    }
}

pub fn hash_sekarang() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Puts `hash` back in the address bar without a `hashchange` (a refused route change: the
/// page, and its unsaved input, stay as they are).
pub fn kembalikan_hash(hash: &str) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

/// Keeps `<html lang>` in step with the chosen language (screen readers, hyphenation).
pub fn set_lang_dokumen(kode: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", kode);
    }
}

/// After a route change: focus on the new page's heading, then back to the top, so keyboard
/// and screen-reader users start reading the new page (a hash change keeps the old scroll).
/// Focus goes first and the scroll after it: Chromium centres a focused element taller than
/// the viewport, which is what left home scrolled halfway down after "Mulai" when the whole
/// main region took focus.
pub fn ke_awal_halaman() {
    fokus_konten();
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Focuses the page's heading (`h1` in the main region, made focusable with `tabindex=-1`
/// here so no screen has to), or the main region when a screen has none. Used by route
/// changes and by the skip link.
pub fn fokus_konten() {
    use wasm_bindgen::JsCast;
    let Some(d) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let sasaran = d
        .query_selector("#konten h1")
        .ok()
        .flatten()
        .or_else(|| d.get_element_by_id("konten"));
    if let Some(el) = sasaran {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
    }
}

/// Focuses the element with `id` (a form opened from a row below the fold: the keyboard and
/// the eye go to it).
pub fn fokus(id: &str) {
    use wasm_bindgen::JsCast;
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(h) = el {
        let _ = h.focus();
    }
}

/// Removes the static "loading" notice from index.html once the app has mounted.
pub fn hapus_layar_muat() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("memuat"))
    {
        el.remove();
    }
}

/// Waits `ms` milliseconds (a timer: it runs in a hidden tab too, where frames do not).
async fn tunggu_ms(ms: i32) {
    let janji = js_sys::Promise::new(&mut |selesai, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&selesai, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(janji).await;
}

/// Resolves once the page has settled: no loading line (start-up's, or a screen's while its
/// code or reader is fetched) at two checks 50 ms apart, or after 10 s whatever the page
/// shows. Start-up's checks of every record wait for it: an agency's take a third of a
/// second, which the first screen should not wait behind.
pub async fn setelah_tenang() {
    let memuat = || {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| {
                d.query_selector("#memuat, [data-testid=layar-memuat]")
                    .ok()
                    .flatten()
            })
            .is_some()
    };
    let mut tenang = 0;
    for _ in 0..200 {
        tunggu_ms(50).await;
        tenang = if memuat() { 0 } else { tenang + 1 };
        if tenang >= 2 {
            return;
        }
    }
}

/// A random version-4 UUID for a new record (crypto.getRandomValues).
pub fn uuid_acak() -> String {
    let mut b = [0u8; 16];
    let ok = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut b).is_ok());
    if !ok {
        // Without Web Crypto (never in supported browsers) fall back to Math.random.
        for x in b.iter_mut() {
            *x = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    crate::bundle::format::uuid_v4_dari_byte(b)
}

/// The browser's own yes/no question; `false` where there is no window (or it is blocked).
pub fn konfirmasi(pesan: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(pesan).ok())
        .unwrap_or(false)
}
