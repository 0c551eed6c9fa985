//! The SKP's parts outside the RHK: the header (status, period, type, the evaluator's note),
//! the perilaku expectations and the Lampiran.

use super::draf::Sunting;
use crate::domain::skp::{EkspektasiPerilaku, JenisSkp, Pendekatan, Skp, StatusSkp};
use crate::domain::Rulebook;
use crate::ui::format::baris;
use crate::ui::i18n::isi;
use crate::ui::route::Route;
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// Status, period, type and (when returned) the evaluator's note.
#[component]
pub(super) fn KepalaSkp(ringkas: Memo<Option<Skp>>) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::bawaan();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_skp(bahasa());
    let info = move || {
        ringkas.get().map(|s| {
            let alasan = match &s.status {
                StatusSkp::Dikembalikan { alasan, .. } => Some(alasan.clone()),
                _ => None,
            };
            let jenis = if s.jenis == JenisSkp::Jpt { t().jenis_nama[1] } else { t().jenis_nama[0] };
            let pendekatan = if s.pendekatan == Pendekatan::Kualitatif { t().pendekatan_nama[1] } else { t().pendekatan_nama[0] };
            view! {
                <dl class="data">
                    <dt>{t().status}</dt><dd><span data-testid="skp-status">{rb.teks(&s.status.label_key(), bahasa()).to_string()}</span>
                        {(s.revisi_ke() > 0).then(|| view! { " · " <span data-testid="skp-revisi">{isi(t().revisi_ke, &[("n", &s.revisi_ke().to_string())])}</span> })}</dd>
                    <dt>{t().mulai} " – " {t().selesai}</dt><dd>{format!("{} – {}", s.periode_mulai.format("%d-%m-%Y"), s.periode_selesai.format("%d-%m-%Y"))}</dd>
                    <dt>{t().jenis}</dt><dd>{jenis}</dd>
                    <dt>{t().pendekatan}</dt><dd>{pendekatan}</dd>
                </dl>
                <p><a href=Route::CetakSkp(s.id.clone()).href() data-testid="cetak-skp">{crate::ui::cetak::teks::teks_cetak(bahasa()).tautan_skp}</a></p>
                {alasan.map(|a| view! { <p class="banner peringatan" data-testid="skp-alasan"><strong>{t().alasan_dikembalikan} ": "</strong>{a}</p> })}
                {s.alasan_revisi().map(|a| view! { <p class="petunjuk" data-testid="skp-alasan-revisi"><strong>{t().alasan_revisi} ": "</strong>{a.to_string()}</p> })}
            }
        })
    };
    view! { {info} }
}

/// One textarea per BerAKHLAK value for the leader's specific expectation.
#[component]
pub(super) fn Perilaku(sunting: Sunting, kepala: Memo<Option<Skp>>) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::bawaan();
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
