//! Evaluasi (being written).

use leptos::prelude::*;

#[component]
pub fn Evaluasi() -> impl IntoView {
    view! { <section class="halaman"><h1>"Evaluasi"</h1></section> }
}
