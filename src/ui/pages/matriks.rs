//! Matriks peran–hasil (being written).

use leptos::prelude::*;

#[component]
pub fn Matriks() -> impl IntoView {
    view! { <section class="halaman"><h1>"Matriks peran–hasil"</h1></section> }
}
