//! Penilaian (being written).

use leptos::prelude::*;

#[component]
pub fn Penilaian() -> impl IntoView {
    view! { <section class="halaman"><h1>"Penilaian"</h1></section> }
}
