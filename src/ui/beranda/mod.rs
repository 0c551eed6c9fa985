//! Home: the role's view of the performance cycle, or the welcome screen on first run.

pub mod agenda;
mod selamat_datang;
pub mod teks;

use crate::domain::Rulebook;
use crate::store::kinerja::DataKinerja;
use crate::store::Peran;
use crate::ui::beranda::agenda::agenda;
use crate::ui::beranda::teks::teks_agenda;
use crate::ui::i18n::{isi, peran_index};
use crate::ui::route::Route;
use crate::ui::state::use_app_state;
use leptos::prelude::*;
pub use selamat_datang::SelamatDatang;

#[cfg(not(feature = "eager"))]
type GambarAgenda = fn(Peran) -> AnyView;

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(agenda, wasm_split_path = ::leptos::wasm_split, fallible)]
fn agenda_lazy() -> Result<GambarAgenda, crate::ui::layar::GagalMuat> {
    Ok(agenda_tersimpan)
}

/// The agenda's list for role `p` over `data`, in the person's language.
fn daftar(p: Peran, data: &DataKinerja) -> AnyView {
    let state = use_app_state();
    let (nip, bahasa) = state.settings.with(|s| (s.nip.clone(), s.bahasa));
    let hari = chrono::Local::now().date_naive();
    let penilai = p == Peran::PejabatPenilai;
    let tugas = agenda(
        Rulebook::periode_evaluasi_bawaan(),
        data,
        &nip,
        penilai,
        hari,
    );
    let butir = if tugas.is_empty() {
        view! { <li>{teks_agenda(bahasa).kosong}</li> }.into_any()
    } else {
        let butir = tugas
            .into_iter()
            .map(|x| view! { <li><a href=x.rute().href()>{x.teks(bahasa)}</a></li> });
        butir.collect_view().into_any()
    };
    view! { <ul class="daftar-poin" data-testid="agenda">{butir}</ul> }.into_any()
}

/// The agenda over the stored records: it reads the data memo, so the code that decodes
/// every record comes with this chunk, not with the first load.
fn agenda_tersimpan(p: Peran) -> AnyView {
    let data = use_app_state().data_kinerja();
    (move || data.with(|d| daftar(p, d))).into_any()
}

/// What is due. With nothing stored (a first visit) it is worked out over no records here;
/// once records exist, the chunk that reads them is fetched (the service worker has it).
fn daftar_agenda(p: Peran) -> impl IntoView {
    let state = use_app_state();
    let ada = Memo::new(move |_| {
        state.revisi_data.track();
        crate::store::rekaman::ada(state.store().as_ref())
    });
    move || {
        if !ada.get() {
            return (move || daftar(p, &DataKinerja::default())).into_any();
        }
        #[cfg(feature = "eager")]
        return agenda_tersimpan(p);
        #[cfg(not(feature = "eager"))]
        crate::ui::layar::bagian_lazy(agenda_lazy, move |g: GambarAgenda| g(p)).into_any()
    }
}

#[component]
pub fn Beranda() -> impl IntoView {
    let state = use_app_state();
    let t = move || state.t();
    let peran = move || state.settings.with(|s| s.peran);
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
                view! {
                    <section class="halaman" aria-labelledby="judul-beranda">
                        <h1 id="judul-beranda" data-testid="salam">{salam}</h1>
                        <p data-testid="peran-aktif">{move || isi(t().beranda_peran, &[("peran", t().peran(p))])}
                            " " <a href=Route::SelamatDatang.href()>{move || t().beranda_ganti_peran}</a></p>
                        <h2>{move || teks_agenda(state.settings.with(|s| s.bahasa)).judul}</h2>
                        {daftar_agenda(p)}
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
