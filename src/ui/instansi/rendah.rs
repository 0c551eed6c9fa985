//! The period's low performers (`#/instansi/rendah`): the predikat the rulebook counts as low
//! (Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang in the built-in one), the repeated ones first and marked, each with the
//! rulebook's follow-up, the angka kredit effect for a jabatan fungsional and the obstacles
//! their dialog kinerja named.

use super::dasbor::papan;
use super::pilihan::{PilihPeriode, Pilihan};
use super::tabel_instansi::tabel_rendah;
use super::tampil::{layar_admin, TabelTampil};
use super::teks::teks_instansi;
use crate::domain::kinerja_rendah::kinerja_rendah;
use crate::domain::Rulebook;
use crate::ui::i18n::isi;
use crate::ui::i18n::periode::nama_periode;
use crate::ui::route::Route;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
fn KinerjaRendah() -> impl IntoView {
    let state = use_app_state();
    let b = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_instansi(b());
    let rb = Rulebook::aktif();
    let data = state.data_kinerja();
    let pilihan = Pilihan::baru();
    let papan = papan(pilihan);
    // The inputs the board was counted from: earlier periods' evaluations are paired with
    // their SKP as the dashboard pairs them.
    let masukan = super::masukan::masukan();
    let daftar = Memo::new(move |_| {
        papan.with(|p| {
            masukan.with(|m| {
                data.with(|d| {
                    let skp: Vec<_> = d.skp.iter().map(|s| &s.isi).collect();
                    let dialog: Vec<_> = d.dialog.semua().iter().map(|x| &x.isi).collect();
                    kinerja_rendah(rb, &p.rekap, m.isi(), &skp, &dialog)
                })
            })
        })
    });
    let tabel = Memo::new(move |_| {
        daftar.with(|k| {
            papan.with(|p| {
                let mut x = tabel_rendah(p, k, rb, t(), b());
                x.sorot = k.iter().map(|r| r.berulang).collect();
                x
            })
        })
    });
    let periode = move || nama_periode(&pilihan.periode.get(), b());
    let ringkas = move || {
        daftar.with(|k| {
            let berulang = k.iter().filter(|r| r.berulang).count();
            isi(
                t().rendah_ringkas,
                &[
                    ("n", &k.len().to_string()),
                    ("berulang", &berulang.to_string()),
                    ("periode", &periode()),
                ],
            )
        })
    };
    // The predikat the rulebook counts as low, named as the table names them.
    let pengantar = move || {
        let nama: Vec<String> = (rb.kinerja_rendah.predikat.iter())
            .map(|p| rb.teks(&p.label_key(), b()).to_string())
            .collect();
        isi(
            t().pengantar_rendah,
            &[("predikat", &sebut(&nama, t().atau))],
        )
    };
    let aturan = move || {
        let bhs = b();
        rb.aturan.get("kinerja_rendah").map(|a| {
            view! { <p>{a.uraian.get(bhs).to_string()}</p><p class="sumber">{a.sumber(bhs).to_string()}</p> }
        })
    };
    view! {
        <section class="halaman" aria-labelledby="judul-rendah">
            <p class="petunjuk"><a href=Route::Instansi.href()>{move || t().judul_dasbor}</a></p>
            <h1 id="judul-rendah">{move || t().judul_rendah}</h1>
            <p>{pengantar}</p>
            <PilihPeriode pilihan=pilihan/>
            <p role="status" data-testid="rendah-ringkas">{ringkas}</p>
            <Show when=move || !daftar.with(Vec::is_empty) fallback=move || view! { <p class="petunjuk" data-testid="rendah-kosong">{move || t().rendah_kosong}</p> }>
                <TabelTampil tabel=tabel nama=Signal::derive(move || format!("{} {}", t().judul_rendah, periode()))
                    pemisah=pilihan.pemisah testid="tabel-rendah"/>
            </Show>
            <details><summary>{move || t().cara_hitung}</summary>{aturan}</details>
        </section>
    }
}

/// "A, B atau C": alternatives named in a sentence.
fn sebut(nama: &[String], atau: &str) -> String {
    match nama {
        [] => String::new(),
        [a] => a.clone(),
        [awal @ .., akhir] => format!("{} {atau} {akhir}", awal.join(", ")),
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &Route) -> AnyView {
    layar_admin(|| view! { <KinerjaRendah/> }.into_any())
}

#[cfg(test)]
mod tests {
    use super::sebut;

    #[test]
    fn alternatives_are_named_as_a_sentence_names_them() {
        let n = |x: &[&str]| x.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(sebut(&n(&["A", "B", "C"]), "atau"), "A, B atau C");
        assert_eq!(sebut(&n(&["A", "B"]), "or"), "A or B");
        assert_eq!(sebut(&n(&["A"]), "atau"), "A");
        assert_eq!(sebut(&[], "atau"), "");
    }
}
