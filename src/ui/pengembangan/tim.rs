//! A pejabat penilai's view of the team's JP for the chosen year: each bawahan whose file has
//! arrived, their JP against the minimum for their kind of ASN, and the shortfall.

use super::teks::teks_pengembangan;
use crate::domain::pengembangan::{jp_tahunan, wajib_jp_pada, KegiatanPengembangan};
use crate::domain::Rulebook;
use crate::store::kinerja::DataKinerja;
use crate::ui::format::angka_isian;
use crate::ui::i18n::isi;
use crate::ui::state::use_app_state;
use chrono::NaiveDate;
use leptos::prelude::*;

/// One bawahan's year: name, NIP, JP counted, the minimum, the shortfall.
type BarisTim = (String, String, f64, f64, f64);

/// The bawahan of `saya` (their SKP or profile names them), with their JP of `tahun`.
fn jp_tim(
    d: &DataKinerja,
    saya: &str,
    tahun: i32,
    rb: &Rulebook,
    hari_ini: NaiveDate,
) -> Vec<BarisTim> {
    d.bawahan(saya)
        .into_iter()
        // Appointed after that year: no minimum of that year.
        .filter(|n| wajib_jp_pada(rb, n, tahun, hari_ini))
        .filter_map(|n| {
            let jenis = d.profil(&n).map_or("pns", |p| p.jenis_pegawai.as_str());
            let log: Vec<KegiatanPengembangan> = d
                .kegiatan_milik(&n)
                .into_iter()
                .map(|k| k.isi.clone())
                .collect();
            let h = jp_tahunan(rb, &log, tahun, jenis).ok()?.nilai;
            Some((d.nama(&n), n, h.dihitung, h.minimum, h.kekurangan))
        })
        .collect()
}

#[component]
pub fn JpTim(tahun: RwSignal<i32>) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_pengembangan(bahasa());
    let data = state.data_kinerja();
    let baris = Memo::new(move |_| {
        let saya = state.settings.with(|s| s.nip.trim().to_string());
        let th = tahun.get();
        data.with(|d| jp_tim(d, &saya, th, rb, chrono::Local::now().date_naive()))
    });
    let isi_tabel = move || {
        let b = bahasa();
        baris
            .get()
            .into_iter()
            .map(|(nama, nip, jp, min, kurang)| {
                let status = if kurang > 0.0 {
                    isi(t().tim_kurang, &[("kurang", &angka_isian(kurang, b))])
                } else {
                    t().tim_cukup.to_string()
                };
                view! {
                    <tr data-testid="baris-jp-tim">
                        <th scope="row">{nama}</th>
                        <td>{nip}</td>
                        <td>{angka_isian(jp, b)}</td>
                        <td>{angka_isian(min, b)}</td>
                        <td>{status}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h2>{move || t().tim_judul}</h2>
        <Show when=move || !baris.with(Vec::is_empty)
            fallback=move || view! { <p class="petunjuk" data-testid="jp-tim-kosong">{move || t().tim_kosong}</p> }>
            <div class="tabel-gulir" role="region" tabindex="0" aria-label=move || t().tim_judul>
                <table data-testid="jp-tim">
                    <thead><tr>
                        <th scope="col">{move || t().tim_nama}</th>
                        <th scope="col">"NIP"</th>
                        <th scope="col">{move || t().kolom_jp}</th>
                        <th scope="col">{move || t().tim_minimum}</th>
                        <th scope="col">{move || t().tim_status}</th>
                    </tr></thead>
                    <tbody>{isi_tabel}</tbody>
                </table>
            </div>
        </Show>
    }
}

#[cfg(test)]
#[path = "tim_tests.rs"]
mod tests;
