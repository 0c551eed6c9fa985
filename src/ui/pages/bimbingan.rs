//! Bimbingan (being written).

use leptos::prelude::*;

#[component]
pub fn Bimbingan() -> impl IntoView {
    view! { <section class="halaman"><h1>"Bimbingan"</h1></section> }
}
