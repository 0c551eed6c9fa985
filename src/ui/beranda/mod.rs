//! Home: the role's view of the performance cycle, or the welcome screen on first run.

pub mod agenda;
mod selamat_datang;
pub mod teks;

use crate::domain::Rulebook;
use crate::store::Peran;
use crate::ui::beranda::agenda::agenda;
use crate::ui::beranda::teks::teks_agenda;
use crate::ui::i18n::{isi, peran_index};
use crate::ui::route::Route;
use crate::ui::state::use_app_state;
use leptos::prelude::*;
pub use selamat_datang::SelamatDatang;

#[component]
pub fn Beranda() -> impl IntoView {
    let state = use_app_state();
    let t = move || state.t();
    let peran = move || state.settings.with(|s| s.peran);
    let data = state.data_kinerja();
    view! {
        {move || match peran() {
            None => view! { <SelamatDatang/> }.into_any(),
            Some(p) => {
                let salam = move || {
                    let nama = state.settings.with(|s| s.nama.clone());
                    if nama.is_empty() { t().beranda_halo_anonim.to_string() } else { isi(t().beranda_halo, &[("nama", &nama)]) }
                };
                let tahap = move || {
                    let tt = t();
                    tt.siklus_tahap.iter().zip(tt.siklus_tugas[peran_index(p)].iter())
                        .map(|(judul, tugas)| view! { <li><h3>{*judul}</h3><p>{*tugas}</p></li> })
                        .collect_view()
                };
                // What is due, recomputed whenever stored data changes.
                let agenda = move || {
                    let (nip, bahasa) = state.settings.with(|s| (s.nip.clone(), s.bahasa));
                    let hari = chrono::Local::now().date_naive();
                    let tugas = data.with(|d| agenda(Rulebook::periode_evaluasi_bawaan(), d, &nip, p == Peran::PejabatPenilai, hari));
                    if tugas.is_empty() {
                        return view! { <li>{teks_agenda(bahasa).kosong}</li> }.into_any();
                    }
                    tugas.into_iter().map(|x| view! { <li><a href=x.rute().href()>{x.teks(bahasa)}</a></li> }).collect_view().into_any()
                };
                view! {
                    <section class="halaman" aria-labelledby="judul-beranda">
                        <h1 id="judul-beranda" data-testid="salam">{salam}</h1>
                        <p data-testid="peran-aktif">{move || isi(t().beranda_peran, &[("peran", t().peran(p))])}
                            " " <a href=Route::SelamatDatang.href()>{move || t().beranda_ganti_peran}</a></p>
                        <h2>{move || teks_agenda(state.settings.with(|s| s.bahasa)).judul}</h2>
                        <ul class="daftar-poin" data-testid="agenda">{agenda}</ul>
                        <h2>{move || t().siklus_judul}</h2>
                        <ol class="siklus">{tahap}</ol>
                        <p class="sumber">{move || t().siklus_sumber}</p>
                        <h2>{move || t().data_judul}</h2>
                        {move || t().data_paragraf.iter().map(|x| view! { <p>{*x}</p> }).collect_view()}
                    </section>
                }.into_any()
            }
        }}
    }
}
