//! Helpers shared by the component tests (`tests/browser*.rs`): a fresh host element at a
//! route, letting the reactive system settle, and querying the mounted DOM.
#![allow(dead_code)]

use leptos::task::tick;
use wasm_bindgen::JsCast;

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh host element; earlier mounts are swept first because a failed test under
/// panic=abort never runs its cleanup.
pub fn host(hash: &str) -> web_sys::HtmlElement {
    let doc = document();
    while let Some(old) = doc.query_selector("[data-test-host]").unwrap() {
        old.remove();
    }
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    let el: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    el.set_attribute("data-test-host", "").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// Waits until the page has stopped changing: the reactive system has run every effect the
/// last action caused (the document is the same over three ticks in a row). Fails, rather than
/// going on with a half-updated page, if it is still changing after 500 ticks.
pub async fn settle() {
    let isi = || {
        document()
            .body()
            .map(|b| b.inner_html())
            .unwrap_or_default()
    };
    let (mut sebelum, mut sama) = (isi(), 0);
    for _ in 0..500 {
        tick().await;
        let kini = isi();
        sama = if kini == sebelum { sama + 1 } else { 0 };
        if sama >= 3 {
            return;
        }
        sebelum = kini;
    }
    panic!("the page kept changing for 500 ticks");
}

/// Waits until `syarat` holds (checked after every tick, up to 500), e.g. an element that an
/// async step renders; fails saying what was awaited.
pub async fn tunggu(apa: &str, syarat: impl Fn() -> bool) {
    for _ in 0..500 {
        if syarat() {
            return;
        }
        tick().await;
    }
    panic!("still waiting for {apa} after 500 ticks");
}

/// Waits `ms` milliseconds (a timer).
pub async fn tidur(ms: i32) {
    let janji = js_sys::Promise::new(&mut |ok, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&ok, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(janji).await.unwrap();
}

/// Waits until `syarat` holds, checked every 20 ms for up to 5 s: for what the app does once
/// its first screen has settled (start-up's record check and backup wait for that, by time).
pub async fn tunggu_waktu(apa: &str, syarat: impl Fn() -> bool) {
    for _ in 0..250 {
        if syarat() {
            return;
        }
        tidur(20).await;
    }
    panic!("still waiting for {apa} after 5 s");
}

pub fn q(el: &web_sys::HtmlElement, sel: &str) -> web_sys::HtmlElement {
    el.query_selector(sel)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {sel}"))
        .unchecked_into()
}

/// The text of the first element matching `sel`.
pub fn text(el: &web_sys::HtmlElement, sel: &str) -> String {
    q(el, sel).text_content().unwrap_or_default()
}

/// Types `nilai` into the input at `sel` (its value, then the `input` event).
pub fn ketik(el: &web_sys::HtmlElement, sel: &str, nilai: &str) {
    let input: web_sys::HtmlInputElement = q(el, sel).unchecked_into();
    input.set_value(nilai);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

/// The value of the input at `sel`.
pub fn nilai(el: &web_sys::HtmlElement, sel: &str) -> String {
    q(el, sel)
        .unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

/// Another tab wrote our data: the app hears a `storage` event and re-reads.
pub fn tab_lain_menulis() {
    let ev = web_sys::StorageEvent::new("storage").unwrap();
    web_sys::window().unwrap().dispatch_event(&ev).unwrap();
}
