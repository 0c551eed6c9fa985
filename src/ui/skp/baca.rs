//! A submitted or approved SKP, read-only: the RHK with their IKI as a table, the perilaku
//! expectations and the Lampiran, as text rather than disabled fields (readable on a phone,
//! and read by screen readers as content). Drawn whole from the stored SKP, so it needs none
//! of the editor's code.

use crate::domain::skp::{Iki, JenisRhk, Rhk, Skp};
use crate::domain::{Bahasa, Rulebook};
use crate::ui::format::target_teks;
use crate::ui::skp::teks::{teks_skp, TeksSkp};
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// What an empty field shows.
const KOSONG: &str = "—";

fn atau_kosong(s: &str) -> String {
    if s.trim().is_empty() {
        KOSONG.to_string()
    } else {
        s.to_string()
    }
}

fn baris_iki(i: &Iki, rb: &Rulebook, b: Bahasa) -> impl IntoView {
    view! {
        <tr>
            <td>{rb.teks(i.aspek.label_key(), b).to_string()}</td>
            <td>{atau_kosong(&i.indikator)}</td>
            <td>{target_teks(&i.target, b)}</td>
            <td>{rb.teks(&i.akumulasi.label_key(), b).to_string()}</td>
        </tr>
    }
}

fn kartu_rhk(no: usize, r: &Rhk, t: &'static TeksSkp, rb: &Rulebook, b: Bahasa) -> impl IntoView {
    let atasan = (!r.rhk_atasan_uraian.is_empty()).then(|| {
        view! { <p class="petunjuk"><strong>{t.rhk_atasan} ": "</strong>{r.rhk_atasan_uraian.clone()}</p> }
    });
    let perspektif = r.perspektif.as_ref().map(|p| {
        let nama = rb.teks(&format!("perspektif.{p}"), b).to_string();
        view! { <p class="petunjuk"><strong>{t.perspektif} ": "</strong>{nama}</p> }
    });
    view! {
        <article class="kartu-berkas rhk" data-testid="rhk">
            <h3>{t.rhk} " " {no}</h3>
            <p data-testid="rhk-uraian">{atau_kosong(&r.uraian)}</p>
            {atasan}
            {perspektif}
            <div class="tabel-gulir">
                <table class="tabel-iki">
                    <caption class="tersembunyi">{t.iki}</caption>
                    <thead><tr><th scope="col">{t.aspek}</th><th scope="col">{t.indikator}</th><th scope="col">{t.target}</th><th scope="col">{t.akumulasi}</th></tr></thead>
                    <tbody>{r.iki.iter().map(|i| baris_iki(i, rb, b)).collect_view()}</tbody>
                </table>
            </div>
        </article>
    }
}

fn isi(s: &Skp, rb: &Rulebook, b: Bahasa) -> impl IntoView {
    let t = teks_skp(b);
    // Numbered across both groups, as the editor and the printed SKP number them.
    let mut no = 0;
    let mut kelompok = |jenis: JenisRhk, judul: &'static str| {
        let kartu: Vec<_> = s
            .rhk
            .iter()
            .filter(|r| r.jenis == jenis)
            .map(|r| {
                no += 1;
                kartu_rhk(no, r, t, rb, b)
            })
            .collect();
        let kosong = kartu.is_empty().then_some(view! { <p>{KOSONG}</p> });
        view! { <h2>{judul}</h2> {kartu} {kosong} }
    };
    let utama = kelompok(JenisRhk::Utama, t.utama);
    let tambahan = kelompok(JenisRhk::Tambahan, t.tambahan);
    let perilaku = rb
        .berakhlak
        .iter()
        .map(|n| {
            let harapan = s
                .perilaku
                .iter()
                .find(|p| p.nilai == n.kode)
                .map(|p| atau_kosong(&p.ekspektasi_khusus))
                .unwrap_or_else(|| KOSONG.to_string());
            view! { <dt>{rb.teks(&format!("berakhlak.{}", n.kode), b).to_string()}</dt><dd>{harapan}</dd> }
        })
        .collect_view();
    let l = &s.lampiran;
    let lampiran = [&l.dukungan_sumber_daya, &l.skema_pertanggungjawaban, &l.konsekuensi]
        .into_iter()
        .enumerate()
        .map(|(k, daftar)| {
            let butir = if daftar.is_empty() {
                vec![KOSONG.to_string()]
            } else {
                daftar.clone()
            };
            view! {
                <h3>{t.lampiran_nama[k]}</h3>
                <ul class="daftar-poin">{butir.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
            }
        })
        .collect_view();
    view! {
        {utama}
        {tambahan}
        <h2>{t.perilaku}</h2>
        <p class="petunjuk">{t.ekspektasi_pimpinan}</p>
        <dl class="data" data-testid="skp-baca-perilaku">{perilaku}</dl>
        <h2>{t.lampiran}</h2>
        {lampiran}
    }
}

/// The stored SKP as text; redrawn whole when it or the language changes (rarely: it is
/// locked).
#[component]
pub(super) fn BacaSkp(skp: Memo<Option<Skp>>) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    view! {
        <div data-testid="skp-baca">
            {move || {
                let b = state.settings.with(|s| s.bahasa);
                skp.with(|s| s.as_ref().map(|s| isi(s, rb, b)))
            }}
        </div>
    }
}
