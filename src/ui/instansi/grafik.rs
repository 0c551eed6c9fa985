//! The predikat distribution of a unit as the regulation's curve (one bar per predikat, share
//! of the evaluated pegawai) next to the SE 3/2023 pattern of its predikat organisasi: each
//! rule's whole-person limit as a dashed line across the predikat it covers, red when the unit
//! breaks it, and "terbanyak" over the group that must be the largest. The rules are also
//! listed in words under the chart (that list is what a screen reader reads).

use super::tabel_instansi::PREDIKAT_URUT;
use super::teks::TeksInstansi;
use crate::domain::distribusi::{indeks, CekSyarat};
use crate::domain::rulebook::SyaratDistribusi;
use crate::domain::{Bahasa, Rulebook};
use crate::ui::i18n::isi;
use leptos::prelude::*;

// viewBox units, about CSS pixels on a 360 px phone, so 10-unit text stays readable.
const LEBAR: f64 = 320.0;
const TINGGI: f64 = 210.0;
const KIRI: f64 = 36.0;
const KANAN: f64 = 6.0;
const ATAS: f64 = 26.0;
const BAWAH: f64 = 34.0;

/// A rule drawn over bars `dari..=sampai` (display order, best first) at share `porsi`.
#[derive(Clone, Debug, PartialEq)]
pub struct Penanda {
    pub dari: usize,
    pub sampai: usize,
    /// `None` for "must be the largest group" (no line, a word over the bar).
    pub porsi: Option<f64>,
    pub batas: usize,
    pub minimum: bool,
    pub terpenuhi: bool,
}

/// Where each rule goes on the chart. A group whose predikat are not side by side (no built-in
/// rule has one) is left to the list in words.
pub fn penanda(cek: &[CekSyarat], n: usize) -> Vec<Penanda> {
    let posisi = |p| PREDIKAT_URUT.iter().position(|x| *x == p).unwrap_or(0);
    cek.iter()
        .filter_map(|c| {
            let (grup, minimum, garis) = match &c.syarat {
                SyaratDistribusi::MinPorsi { predikat, .. }
                | SyaratDistribusi::MinJumlah { predikat, .. } => (predikat.clone(), true, true),
                SyaratDistribusi::MaksPorsi { predikat, .. } => (predikat.clone(), false, true),
                SyaratDistribusi::Terbanyak { predikat } => (vec![*predikat], true, false),
            };
            let mut i: Vec<usize> = grup.into_iter().map(posisi).collect();
            i.sort_unstable();
            let (dari, sampai) = (*i.first()?, *i.last()?);
            (sampai - dari + 1 == i.len()).then(|| Penanda {
                dari,
                sampai,
                porsi: (garis && n > 0).then(|| c.batas as f64 / n as f64),
                batas: c.batas,
                minimum,
                terpenuhi: c.terpenuhi,
            })
        })
        .collect()
}

/// The names under a bar, split in two lines at a space or slash ("Butuh" / "Perbaikan").
fn dua_baris(nama: &str) -> (String, String) {
    match nama.find([' ', '/']) {
        Some(i) => {
            let (a, b) = nama.split_at(i + 1);
            (a.trim().to_string(), b.trim().to_string())
        }
        None => (nama.to_string(), String::new()),
    }
}

pub fn grafik(
    sebaran: [usize; 5],
    cek: &[CekSyarat],
    rb: &Rulebook,
    t: &'static TeksInstansi,
    b: Bahasa,
) -> impl IntoView {
    let n: usize = sebaran.iter().sum();
    let slot = (LEBAR - KIRI - KANAN) / 5.0;
    let y = move |porsi: f64| TINGGI - BAWAH - porsi.clamp(0.0, 1.0) * (TINGGI - ATAS - BAWAH);
    let kisi = [0.0, 0.25, 0.5, 0.75, 1.0]
        .map(|v| {
            let yv = y(v);
            view! {
                <line x1=KIRI y1=yv x2=LEBAR - KANAN y2=yv class="kisi"/>
                <text x=KIRI - 3.0 y=yv + 3.5 text-anchor="end" class="label-sumbu">{format!("{}%", (v * 100.0) as u32)}</text>
            }
        })
        .into_iter()
        .collect_view();
    let batang = PREDIKAT_URUT
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let j = sebaran[indeks(*p)];
            let porsi = if n == 0 { 0.0 } else { j as f64 / n as f64 };
            let x0 = KIRI + i as f64 * slot;
            let (a, c) = dua_baris(rb.teks(&p.label_key(), b));
            view! {
                <rect x=x0 + slot * 0.2 y=y(porsi) width=slot * 0.6 height=TINGGI - BAWAH - y(porsi) class="batang"/>
                <text x=x0 + slot / 2.0 y=y(porsi) - 3.0 text-anchor="middle" class="label-sumbu">{j.to_string()}</text>
                <text x=x0 + slot / 2.0 y=TINGGI - BAWAH + 12.0 text-anchor="middle" class="label-sumbu">{a}</text>
                <text x=x0 + slot / 2.0 y=TINGGI - BAWAH + 23.0 text-anchor="middle" class="label-sumbu">{c}</text>
            }
        })
        .collect_view();
    let garis = penanda(cek, n)
        .into_iter()
        .map(|m| {
            let kelas = if m.terpenuhi { "garis-pola" } else { "garis-langgar" };
            let x1 = KIRI + m.dari as f64 * slot + 2.0;
            let x2 = KIRI + (m.sampai + 1) as f64 * slot - 2.0;
            match m.porsi {
                Some(p) => {
                    let teks = format!("{} {}", if m.minimum { "≥" } else { "≤" }, m.batas);
                    view! {
                        <line x1=x1 y1=y(p) x2=x2 y2=y(p) class=kelas/>
                        <text x=x2 y=y(p) - 2.0 text-anchor="end" class=format!("label-sumbu label-{kelas}")>{teks}</text>
                    }
                    .into_any()
                }
                None => view! {
                    <text x=(x1 + x2) / 2.0 y=ATAS - 8.0 text-anchor="middle" class=format!("label-sumbu label-{kelas}")>{t.grafik_terbanyak}</text>
                }
                .into_any(),
            }
        })
        .collect_view();
    let uraian = isi(
        t.grafik_uraian,
        &[(
            "sebaran",
            &PREDIKAT_URUT
                .iter()
                .map(|p| format!("{} {}", rb.teks(&p.label_key(), b), sebaran[indeks(*p)]))
                .collect::<Vec<_>>()
                .join(", "),
        )],
    );
    view! {
        <figure class="grafik-bingkai">
            <svg class="grafik" viewBox=format!("0 0 {LEBAR} {TINGGI}") role="img" aria-label=t.grafik_judul data-testid="grafik-distribusi">
                <title>{t.grafik_judul}</title>
                <desc>{uraian.clone()}</desc>
                {kisi}
                <line x1=KIRI y1=TINGGI - BAWAH x2=LEBAR - KANAN y2=TINGGI - BAWAH class="sumbu"/>
                {batang}
                {garis}
            </svg>
            <figcaption class="petunjuk">{uraian}</figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::distribusi::periksa_sebaran;
    use crate::domain::PredikatOrganisasi;

    #[test]
    fn each_rule_sits_over_the_predikat_it_covers_at_its_whole_person_limit() {
        let rb = Rulebook::aktif();
        // Baik row, 10 people all Baik: at most 7 Baik (broken), Baik the largest (met), at
        // least one Butuh Perbaikan or Kurang/Misconduct (broken).
        let h = periksa_sebaran(rb, PredikatOrganisasi::Baik, &[0, 0, 0, 10, 0]).unwrap();
        let m = penanda(&h.nilai.cek, 10);
        assert_eq!(
            m,
            [
                Penanda {
                    dari: 1,
                    sampai: 1,
                    porsi: None,
                    batas: 10,
                    minimum: true,
                    terpenuhi: true
                },
                Penanda {
                    dari: 1,
                    sampai: 1,
                    porsi: Some(0.7),
                    batas: 7,
                    minimum: false,
                    terpenuhi: false
                },
                Penanda {
                    dari: 2,
                    sampai: 3,
                    porsi: Some(0.1),
                    batas: 1,
                    minimum: true,
                    terpenuhi: false
                },
            ]
        );
        assert_eq!(
            dua_baris("Kurang/Misconduct"),
            ("Kurang/".into(), "Misconduct".into())
        );
        assert_eq!(dua_baris("Baik"), ("Baik".into(), String::new()));
    }
}
