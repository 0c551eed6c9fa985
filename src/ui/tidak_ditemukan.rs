//! Unknown hash route.

use crate::ui::i18n::isi;
use crate::ui::route::Route;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn TidakDitemukan(alamat: String) -> impl IntoView {
    let state = use_app_state();
    let t = move || state.t();
    view! {
        <section class="halaman" aria-labelledby="judul-404">
            <h1 id="judul-404">{move || t().tidak_ditemukan_judul}</h1>
            <p>{move || isi(t().tidak_ditemukan_teks, &[("alamat", &format!("#{alamat}"))])}</p>
            <p><a href=Route::Beranda.href()>{move || t().kembali_ke_beranda}</a></p>
        </section>
    }
}
