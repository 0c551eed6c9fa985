//! The editable parts of the SKP outside the RHK: the perilaku expectations and the Lampiran.

use super::draf::Sunting;
use crate::domain::skp::{EkspektasiPerilaku, Skp};
use crate::domain::Rulebook;
use crate::ui::format::baris;
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// One textarea per BerAKHLAK value for the leader's specific expectation.
#[component]
pub(super) fn Perilaku(sunting: Sunting, kepala: Memo<Option<Skp>>) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_skp(bahasa());
    rb.berakhlak
        .iter()
        .map(|b| {
            let kode = StoredValue::new(b.kode.clone());
            let judul = format!("berakhlak.{}", b.kode);
            let id = format!("ekspektasi-{}", b.kode);
            let nilai = move || {
                kepala.with(|s| {
                    kode.with_value(|k| {
                        s.as_ref()
                            .and_then(|s| s.perilaku.iter().find(|p| p.nilai == *k))
                            .map(|p| p.ekspektasi_khusus.clone())
                            .unwrap_or_default()
                    })
                })
            };
            let ubah = move |ev| {
                let v = event_target_value(&ev);
                let k = kode.get_value();
                sunting.ubah_kepala(move |s| match s.perilaku.iter_mut().find(|p| p.nilai == k) {
                    Some(p) => p.ekspektasi_khusus = v,
                    None => s.perilaku.push(EkspektasiPerilaku {
                        nilai: k,
                        ekspektasi_khusus: v,
                    }),
                })
            };
            view! {
                <div class="medan perilaku">
                    <h3>{move || rb.teks(&judul, bahasa()).to_string()}</h3>
                    <ul class="daftar-poin">{b.panduan.iter().map(|p| { let p = p.clone(); view! { <li>{move || rb.teks(&p, bahasa()).to_string()}</li> } }).collect_view()}</ul>
                    <label for=id.clone()>{move || t().ekspektasi_khusus}</label>
                    <textarea id=id rows="2" prop:value=nilai on:input=ubah></textarea>
                </div>
            }
        })
        .collect_view()
}

fn daftar(s: &mut Skp, i: usize) -> &mut Vec<String> {
    match i {
        0 => &mut s.lampiran.dukungan_sumber_daya,
        1 => &mut s.lampiran.skema_pertanggungjawaban,
        _ => &mut s.lampiran.konsekuensi,
    }
}

/// The Lampiran's three lists, one item per line; read on change, not per keystroke, so a
/// blank line being typed is not dropped under the cursor.
#[component]
pub(super) fn Lampiran(sunting: Sunting, kepala: Memo<Option<Skp>>) -> impl IntoView {
    let state = use_app_state();
    let t = move || teks_skp(state.settings.with(|s| s.bahasa));
    view! {
        {(0..3usize).map(|i| {
            let id = format!("lampiran-{i}");
            let nilai = move || {
                kepala.with(|s| {
                    s.as_ref()
                        .map(|s| {
                            let l = &s.lampiran;
                            [&l.dukungan_sumber_daya, &l.skema_pertanggungjawaban, &l.konsekuensi][i].join("\n")
                        })
                        .unwrap_or_default()
                })
            };
            view! {
                <div class="medan">
                    <label for=id.clone()>{move || t().lampiran_nama[i]}</label>
                    <textarea id=id rows="3" aria-describedby="lampiran-petunjuk" prop:value=nilai
                        on:change=move |ev| { let v = baris(&event_target_value(&ev)); sunting.ubah_kepala(move |s| *daftar(s, i) = v) }></textarea>
                </div>
            }
        }).collect_view()}
        <p id="lampiran-petunjuk" class="petunjuk">{move || t().satu_per_baris}</p>
    }
}
