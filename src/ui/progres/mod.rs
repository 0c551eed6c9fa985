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
use crate::ui::bagian::pilih_skp::{pilihan, terpilih, PilihSkp};
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
    // The person's SKP as stored: the one chosen, else the one whose period holds today (a
    // new year's draft beside last year's approved SKP), else the newest.
    let pilih = RwSignal::new(None::<String>);
    let hari_ini = chrono::Local::now().date_naive();
    let skp = Memo::new(move |_| {
        nip.with(|n| {
            pilih.with(|p| {
                data.with(|d| {
                    terpilih(d.skp_milik(n), p.as_deref(), Some(hari_ini)).map(|s| s.isi.clone())
                })
            })
        })
    });
    let daftar = Signal::derive(move || {
        let b = state.settings.with(|s| s.bahasa);
        nip.with(|n| data.with(|d| pilihan(&d.skp_milik(n).map(|s| &s.isi).collect::<Vec<_>>(), b)))
    });
    // Typed entries belong to the SKP shown: another SKP asks before they go.
    let boleh = Callback::new(move |()| {
        let boleh =
            !state.dirty.get_untracked() || crate::ui::platform::konfirmasi(t().ganti_buang);
        if boleh {
            state.dirty.set(false);
        }
        boleh
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
    // Compared by value, so a change elsewhere in the SKP (or a save) keeps every card's form.
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
            <PilihSkp label=Signal::derive(move || t().pilih_skp) daftar=daftar kini=Signal::derive(move || skp_id.get()) pilih=pilih boleh=boleh/>
            // Redrawn only when RHK come or go (the memo compares the ids), so a save keeps
            // every card's typing; a plain list costs far less code than a keyed `<For>`.
            {move || match id_rhk.get() {
                None => view! { <p data-testid="progres-tanpa-skp">{t().tanpa_skp}</p> }.into_any(),
                Some(ids) => ids.into_iter().map(|rhk| view! { <BagianRhk skp=skp rhk=rhk entri=entri/> }).collect_view().into_any(),
            }}
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
        {move || id_iki.get().into_iter().map(|iki| view! { <KartuIki skp=skp rhk=rhk.clone() iki=iki entri=entri/> }).collect_view()}
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &crate::ui::route::Route) -> AnyView {
    view! { <Progres/> }.into_any()
}
