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

pub async fn settle() {
    for _ in 0..6 {
        tick().await;
    }
}

pub fn q(el: &web_sys::HtmlElement, sel: &str) -> web_sys::HtmlElement {
    el.query_selector(sel)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {sel}"))
        .unchecked_into()
}
