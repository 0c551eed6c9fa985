//! One IKI's card on the progress screen: what is stored derives from the data memo; the entry
//! form and the history ([`super::entri`]) hold the unsaved realisasi and its corrections.

use crate::domain::progres::{capaian_sampai, Realisasi};
use crate::domain::skp::{Iki, Skp, Target};
use crate::domain::{explain::format_angka, Rulebook};
use crate::ui::format::target_teks;
use crate::ui::i18n::isi;
use crate::ui::progres::entri::{FormRealisasi, Isian};
use crate::ui::progres::grafik::grafik;
use crate::ui::progres::riwayat::RiwayatRealisasi;
use crate::ui::progres::teks::teks_progres;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// One IKI: capaian, chart and history from the stored realisasi, and the form for a new
/// entry or a correction (see [`super::entri`]).
#[component]
pub(super) fn KartuIki(
    skp: Memo<Option<Skp>>,
    rhk: String,
    iki: String,
    entri: Memo<Vec<Realisasi>>,
) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_progres(bahasa());
    let id = iki;
    let iki_id = id.clone();
    // The IKI as stored (`None` for a moment while it is being removed).
    let iki = Memo::new(move |_| {
        skp.with(|s| {
            s.as_ref()
                .and_then(|s| s.rhk(&rhk))
                .and_then(|r| r.iki.iter().find(|i| i.id == iki_id))
                .cloned()
        })
    });
    let iki_id = id.clone();
    let milik = Memo::new(move |_| {
        entri.with(|e| {
            e.iter()
                .filter(|r| r.iki_id == iki_id)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let hari_ini = chrono::Local::now().date_naive();
    let capaian = move || {
        iki.with(|i| milik.with(|e| i.as_ref().and_then(|i| capaian_sampai(rb, i, e, hari_ini))))
    };
    let naratif = Memo::new(move |_| {
        iki.with(|i| {
            i.as_ref()
                .is_some_and(|i| matches!(i.target, Target::Naratif { .. }))
        })
    });
    let tulis = move |f: fn(&Iki, crate::domain::Bahasa) -> String| {
        move || iki.with(|i| i.as_ref().map(|i| f(i, bahasa())).unwrap_or_default())
    };
    // The unsaved entry (new or a correction), shared by the form and the history.
    let isian = Isian::baru(hari_ini);
    view! {
        <article class="kartu-berkas" data-testid="kartu-iki">
            <h3>{tulis(|i, b| Rulebook::aktif().teks(i.aspek.label_key(), b).to_string())} ": " {tulis(|i, _| i.indikator.clone())}</h3>
            <p>{tulis(|i, b| target_teks(&i.target, b))}</p>
            <p data-testid="capaian-iki"><strong>{move || match capaian() {
                Some(Ok(c)) => isi(t().capaian, &[("capaian", &format!("{} %", format_angka(c.nilai.ke_f64(), bahasa())))]),
                Some(Err(g)) => g.pesan(rb, bahasa()),
                None => t().belum_ada.to_string(),
            }}</strong></p>
            <p class="petunjuk" data-testid="capaian-dasar">{move || iki.with(|i| i.as_ref().filter(|i| !matches!(i.target, Target::Naratif { .. })).map(|i| isi(t().capaian_dasar, &[("akumulasi", rb.teks(&i.akumulasi.label_key(), bahasa()))])))}</p>
            {move || capaian().and_then(Result::ok).map(|c| view! {
                <details><summary>{t().penjelasan}</summary><ul>{c.penjelasan.uraikan(rb, bahasa()).into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul></details>
            })}
            {move || {
                if naratif.get() {
                    return None;
                }
                iki.with(|i| {
                    skp.with(|s| {
                        milik.with(|e| match (i, s) {
                            (Some(i), Some(s)) => Some(grafik(i, e, s, t(), bahasa())),
                            _ => None,
                        })
                    })
                })
            }}
            <FormRealisasi skp=skp iki_id=id.clone() naratif=naratif isian=isian/>
            <RiwayatRealisasi skp=skp milik=milik iki_id=id isian=isian/>
        </article>
    }
}
