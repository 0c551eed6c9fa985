//! The pegawai's progress: realisasi per IKI with bukti dukung, capaian so far computed live
//! (with its explanation), and a small SVG chart of cumulative realisasi against the target.
//! The SKP and its realisasi come from the app's data memo; only each card's unsaved entry
//! form is reactive state (see [`kartu`]).

mod entri;
mod grafik;
mod kartu;
mod riwayat;
pub mod teks;

use crate::domain::progres::Realisasi;
use crate::domain::skp::Skp;
use crate::ui::progres::teks::teks_progres;
use crate::ui::state::use_app_state;
use kartu::KartuIki;
use leptos::prelude::*;

#[component]
pub fn Progres() -> impl IntoView {
    let state = use_app_state();
    let t = move || teks_progres(state.settings.with(|s| s.bahasa));
    let data = state.data_kinerja();
    let nip = Memo::new(move |_| state.settings.with(|s| s.nip.clone()));
    // The person's newest SKP as stored.
    let skp = Memo::new(move |_| {
        nip.with(|n| data.with(|d| d.skp_milik(n).next().map(|s| s.isi.clone())))
    });
    let skp_id = Memo::new(move |_| skp.with(|s| s.as_ref().map(|s| s.id.clone())));
    // Its realisasi as stored: every list, capaian and chart derives from this.
    let entri = Memo::new(move |_| {
        skp_id.with(|id| {
            id.as_deref()
                .map(|id| data.with(|d| d.realisasi_skp(id)))
                .unwrap_or_default()
        })
    });
    // Keyed by id, so a change elsewhere in the SKP (or a save) keeps every card's form.
    let id_rhk = Memo::new(move |_| {
        skp.with(|s| {
            s.as_ref()
                .map(|s| s.rhk.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
        })
    });
    view! {
        <section class="halaman" aria-labelledby="judul-progres">
            <h1 id="judul-progres">{move || t().judul}</h1>
            <p>{move || t().pengantar}</p>
            <Show when=move || id_rhk.with(Option::is_some) fallback=move || view! { <p data-testid="progres-tanpa-skp">{move || t().tanpa_skp}</p> }>
                <For each=move || id_rhk.get().unwrap_or_default() key=String::clone let:rhk>
                    <BagianRhk skp=skp rhk=rhk entri=entri/>
                </For>
            </Show>
        </section>
    }
}

/// One RHK's heading and the cards of its IKI.
#[component]
fn BagianRhk(skp: Memo<Option<Skp>>, rhk: String, entri: Memo<Vec<Realisasi>>) -> impl IntoView {
    let id = rhk.clone();
    let uraian = move || {
        skp.with(|s| {
            s.as_ref()
                .and_then(|s| s.rhk(&id))
                .map(|r| r.uraian.clone())
        })
    };
    let id = rhk.clone();
    let id_iki = Memo::new(move |_| {
        skp.with(|s| {
            s.as_ref()
                .and_then(|s| s.rhk(&id))
                .map(|r| r.iki.iter().map(|i| i.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    view! {
        <h2>{uraian}</h2>
        <For each=move || id_iki.get() key=String::clone let:iki>
            <KartuIki skp=skp rhk=rhk.clone() iki=iki entri=entri/>
        </For>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &crate::ui::route::Route) -> AnyView {
    view! { <Progres/> }.into_any()
}
