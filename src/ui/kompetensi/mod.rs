//! Competencies: the person's own profile (the latest assessment: per competency the standard,
//! the level, the gap and its reason; JPM and its band, explained), and for a pejabat penilai
//! the assessment of a bawahan (Format B.1.9, `nilai.rs`).

pub mod nilai;
mod teknis;
pub mod teks;

use crate::domain::kompetensi::{nama_kompetensi, standar_default, PenilaianKompetensi};
use crate::domain::{Bahasa, Rulebook};
use crate::store::Peran;
use crate::ui::i18n::isi;
use crate::ui::route::Route;
use crate::ui::state::use_app_state;
use leptos::prelude::*;
use teks::teks_kompetensi;

/// A percentage as printed: at most two decimals, the language's separator.
pub(crate) fn persen(x: f64, b: Bahasa) -> String {
    let s = format!("{x:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    match b {
        Bahasa::Id => s.replace('.', ","),
        Bahasa::En => s,
    }
}

/// One assessment as the pegawai reads it: JPM and band, then per competency the standard,
/// the level, the gap and why.
pub(crate) fn tampil_penilaian(p: &PenilaianKompetensi, b: Bahasa) -> AnyView {
    let rb = Rulebook::aktif();
    let t = teks_kompetensi(b);
    let hasil = match p.hasil(rb) {
        Ok(h) => h,
        Err(g) => return view! { <p class="galat" role="alert">{g.pesan(rb, b)}</p> }.into_any(),
    };
    let oleh = isi(
        t.dinilai_oleh,
        &[
            (
                "penilai",
                if p.penilai.is_empty() {
                    &p.penilai_nip
                } else {
                    &p.penilai
                },
            ),
            ("tanggal", &crate::ui::format::tanggal(p.tanggal)),
        ],
    );
    let jpm = isi(
        t.jpm,
        &[
            ("jpm", &persen(hasil.nilai.jpm, b)),
            ("kategori", rb.teks(&hasil.nilai.kategori, b)),
        ],
    );
    let baris = hasil
        .nilai
        .gap
        .iter()
        .map(|(kode, gap)| {
            let standar = p.standar.get(kode).copied().unwrap_or_default();
            let level = p.level.get(kode).copied().unwrap_or_default();
            let alasan = p.alasan.get(kode).cloned().unwrap_or_default();
            let gap_teks = match gap.signum() {
                1 => format!("+{gap}"),
                -1 => format!("−{}", gap.abs()),
                _ => "0".into(),
            };
            let kurang = (*gap < 0)
                .then(|| view! { <br/><span class="galat-kecil">{t.perlu_dikembangkan}</span> });
            view! {
                <tr data-testid="baris-kompetensi">
                    <th scope="row">{nama_kompetensi(rb, kode, b)}</th>
                    <td>{standar}</td>
                    <td>{level}</td>
                    <td data-testid="gap">{gap_teks}{kurang}</td>
                    <td>{alasan}</td>
                </tr>
            }
        })
        .collect_view();
    let saran = (!p.saran_pengembangan.is_empty()).then(|| {
        let daftar = p
            .saran_pengembangan
            .iter()
            .map(|s| view! { <li>{s.clone()}</li> })
            .collect_view();
        view! { <p>{t.saran} ":"</p><ul>{daftar}</ul> }
    });
    let label_tabel = format!("{} — {}", t.profil_judul, oleh);
    view! {
        <div class="kartu-jp" role="status" data-testid="jpm">
            <p><strong data-testid="jpm-teks">{jpm}</strong></p>
            <p class="petunjuk">{oleh}</p>
            <details><summary>{t.penjelasan}</summary>
                <ul>{hasil.penjelasan.uraikan(rb, b).into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul></details>
        </div>
        <div class="tabel-gulir" role="region" tabindex="0" aria-label=label_tabel>
            <table data-testid="tabel-kompetensi">
                <thead><tr>
                    <th scope="col">{t.kolom_kompetensi}</th>
                    <th scope="col">{t.kolom_standar}</th>
                    <th scope="col">{t.kolom_level}</th>
                    <th scope="col">{t.kolom_gap}</th>
                    <th scope="col">{t.kolom_alasan}</th>
                </tr></thead>
                <tbody>{baris}</tbody>
            </table>
        </div>
        {saran}
    }
    .into_any()
}

#[component]
pub fn Kompetensi() -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_kompetensi(bahasa());
    let data = state.data_kinerja();
    let nip = Memo::new(move |_| state.settings.with(|s| s.nip.trim().to_string()));
    let milik = Memo::new(move |_| {
        nip.with(|n| {
            data.with(|d| {
                d.kompetensi_milik(n)
                    .into_iter()
                    .map(|k| k.isi.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    // Before any assessment: the standard of their jenjang (from their profile), so they know
    // what they will be measured against.
    let standar_saja = move |b| {
        let jenjang = nip.with(|n| data.with(|d| d.profil(n).map(|p| p.jenjang.clone())))?;
        let standar = standar_default(rb, &jenjang)?;
        let t = teks_kompetensi(b);
        let judul = crate::ui::i18n::isi(
            t.standar_jenjang,
            &[("jenjang", rb.teks(&format!("jenjang.{jenjang}"), b))],
        );
        let baris = standar
            .iter()
            .map(|(kode, n)| {
                view! {
                    <tr data-testid="baris-standar">
                        <th scope="row">{nama_kompetensi(rb, kode, b)}</th>
                        <td>{*n}</td><td>{t.belum}</td>
                    </tr>
                }
            })
            .collect_view();
        let label = judul.clone();
        Some(view! {
            <div class="tabel-gulir" role="region" tabindex="0" aria-label=label>
                <table data-testid="tabel-standar">
                    <caption>{judul}</caption>
                    <thead><tr>
                        <th scope="col">{t.kolom_kompetensi}</th>
                        <th scope="col">{t.kolom_standar}</th>
                        <th scope="col">{t.kolom_level}</th>
                    </tr></thead>
                    <tbody>{baris}</tbody>
                </table>
            </div>
        })
    };
    let profil = move || {
        let b = bahasa();
        let v = milik.get();
        let Some((terbaru, lama)) = v.split_first() else {
            return view! { <p class="petunjuk" data-testid="kompetensi-kosong">{t().belum_dinilai}</p> {standar_saja(b)} }.into_any();
        };
        let sebelumnya = (!lama.is_empty()).then(|| {
            let daftar = lama
                .iter()
                .map(|p| {
                    let jpm = p
                        .hasil(rb)
                        .map(|h| {
                            format!(
                                "JPM {}% — {}",
                                persen(h.nilai.jpm, b),
                                rb.teks(&h.nilai.kategori, b)
                            )
                        })
                        .unwrap_or_default();
                    view! { <li>{crate::ui::format::tanggal(p.tanggal)} ": " {jpm}</li> }
                })
                .collect_view();
            view! { <h3>{t().sebelumnya}</h3><ul class="daftar-poin">{daftar}</ul> }
        });
        view! { {tampil_penilaian(terbaru, b)} {sebelumnya} }.into_any()
    };
    let penilai = move || {
        state
            .settings
            .with(|s| s.peran == Some(Peran::PejabatPenilai))
    };
    view! {
        <section class="halaman" aria-labelledby="judul-kompetensi">
            <crate::ui::bagian::pengembangan::NavPengembangan aktif=Route::Kompetensi/>
            <h1 id="judul-kompetensi">{move || t().judul}</h1>
            <p>{move || t().pengantar}</p>
            <Show when=move || !nip.with(String::is_empty)
                fallback=move || view! { <p class="status"><a href=Route::Profil.href()>{move || t().tanpa_nip}</a></p> }>
                <h2>{move || t().profil_judul}</h2>
                {profil}
                <Show when=penilai>
                    <nilai::NilaiBawahan/>
                </Show>
            </Show>
        </section>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &Route) -> AnyView {
    view! { <Kompetensi/> }.into_any()
}
