//! Printable A4 documents (being written).

use leptos::prelude::*;

#[component]
pub fn CetakSkp(id: String) -> impl IntoView {
    view! { <section class="halaman"><h1>"SKP"</h1><p>{id}</p></section> }
}

#[component]
pub fn CetakEvaluasi(id: String) -> impl IntoView {
    view! { <section class="halaman"><h1>"Evaluasi"</h1><p>{id}</p></section> }
}
