//! The progress chart of one IKI: realisasi so far (combined per the IKI's accumulation rule)
//! over the SKP period, against the target. Axes with the months on x and the IKI's unit on
//! y, the target line labelled; sized so its text stays readable on a 360 px phone.

use crate::domain::explain::format_angka;
use crate::domain::progres::{deret_realisasi, Realisasi};
use crate::domain::skp::{Iki, Skp, Target};
use crate::domain::Bahasa;
use crate::ui::i18n::isi;
use crate::ui::i18n::periode::nama_bulan;
use crate::ui::progres::teks::TeksProgres;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

// The drawing in viewBox units: about the width it gets in a card on a 360 px phone, so a
// unit is about a CSS pixel there and the 11-unit text stays 10 px or more.
const LEBAR: f64 = 320.0;
const TINGGI: f64 = 190.0;
const KIRI: f64 = 42.0;
const KANAN: f64 = 8.0;
const ATAS: f64 = 22.0;
const BAWAH: f64 = 24.0;

/// Round steps for the y axis: a step of 1, 2, 2.5 or 5 × 10ⁿ, at most five of them up to a
/// top at or above `maks`. Returns (step, top).
pub(super) fn langkah_sumbu(maks: f64) -> (f64, f64) {
    let maks = if maks.is_finite() && maks > 0.0 {
        maks
    } else {
        1.0
    };
    let kasar = maks / 5.0;
    let pangkat = 10f64.powi(kasar.log10().floor() as i32);
    let langkah = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|k| k * pangkat)
        .find(|l| *l >= kasar)
        .unwrap_or(10.0 * pangkat);
    (langkah, (maks / langkah).ceil() * langkah)
}

/// The first day of every month the period touches (the x axis ticks).
pub(super) fn awal_bulan(mulai: NaiveDate, selesai: NaiveDate) -> Vec<NaiveDate> {
    let mut v = Vec::new();
    let mut d = NaiveDate::from_ymd_opt(mulai.year(), mulai.month(), 1);
    while let Some(x) = d.filter(|x| *x <= selesai) {
        v.push(x);
        d = x.checked_add_months(chrono::Months::new(1));
    }
    v
}

/// The IKI's unit and target values (two lines for a range; none for a narrative target).
fn target(iki: &Iki) -> (Vec<f64>, &str) {
    match &iki.target {
        Target::Angka { nilai, satuan } | Target::MakinKecil { nilai, satuan } => {
            (vec![*nilai], satuan)
        }
        Target::Rentang {
            bawah,
            atas,
            satuan,
        } => (vec![*bawah, *atas], satuan),
        Target::Naratif { .. } => (Vec::new(), ""),
    }
}

/// Three letters of the month name in the person's language (Jan, Feb, Mar… / Agu, Des).
fn bulan_pendek(d: NaiveDate, b: Bahasa) -> String {
    nama_bulan(d.month0(), b).chars().take(3).collect()
}

pub(super) fn grafik(
    iki: &Iki,
    entri: &[Realisasi],
    skp: &Skp,
    t: &'static TeksProgres,
    b: Bahasa,
) -> impl IntoView {
    let deret = deret_realisasi(iki, entri);
    let (garis_target, satuan) = target(iki);
    let tertinggi = deret
        .iter()
        .map(|(_, v)| *v)
        .chain(garis_target.iter().copied())
        .fold(0.0, f64::max);
    let (langkah, puncak) = langkah_sumbu(tertinggi * 1.05);
    let (mulai, selesai) = (skp.periode_mulai, skp.periode_selesai);
    let hari = (selesai - mulai).num_days().max(1) as f64;
    let x = move |d: NaiveDate| {
        KIRI + ((d - mulai).num_days() as f64 / hari).clamp(0.0, 1.0) * (LEBAR - KIRI - KANAN)
    };
    let y = move |v: f64| TINGGI - BAWAH - (v / puncak).clamp(0.0, 1.0) * (TINGGI - ATAS - BAWAH);
    let titik: String = deret
        .iter()
        .map(|(d, v)| format!("{:.1},{:.1}", x(*d), y(*v)))
        .collect::<Vec<_>>()
        .join(" ");
    let bulan = awal_bulan(mulai, selesai);
    // Every month gets a tick; with more than six, every other one is named so the names fit.
    let tiap = if bulan.len() > 6 { 2 } else { 1 };
    let sumbu_x = bulan
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let xd = x(*d);
            let nama = (i % tiap == 0).then(|| {
                view! { <text x=xd y=TINGGI - BAWAH + 14.0 text-anchor="middle" class="label-sumbu">{bulan_pendek(*d, b)}</text> }
            });
            view! { <line x1=xd y1=TINGGI - BAWAH x2=xd y2=TINGGI - BAWAH + 4.0 class="sumbu"/> {nama} }
        })
        .collect_view();
    let n = (puncak / langkah).round() as usize;
    let sumbu_y = (0..=n)
        .map(|i| {
            let v = i as f64 * langkah;
            let yv = y(v);
            view! {
                <line x1=KIRI y1=yv x2=LEBAR - KANAN y2=yv class="kisi"/>
                <text x=KIRI - 4.0 y=yv + 4.0 text-anchor="end" class="label-sumbu">{format_angka(v, b)}</text>
            }
        })
        .collect_view();
    let label_target = garis_target
        .iter()
        .map(|v| {
            let yt = y(*v);
            let teks = isi(
                t.grafik_target,
                &[("nilai", &format_angka(*v, b)), ("satuan", satuan)],
            );
            view! {
                <line x1=KIRI y1=yt x2=LEBAR - KANAN y2=yt class="garis-target"/>
                <text x=LEBAR - KANAN - 2.0 y=yt - 4.0 text-anchor="end" class="label-target">{teks}</text>
            }
        })
        .collect_view();
    let judul_y = if satuan.is_empty() {
        t.grafik_sumbu_y.to_string()
    } else {
        isi(t.grafik_sumbu_y_satuan, &[("satuan", satuan)])
    };
    // What the picture says, for a screen reader (the drawing itself is not read).
    let uraian = match deret.last() {
        Some((d, v)) => isi(
            t.grafik_uraian,
            &[
                ("tanggal", &crate::ui::format::tanggal(*d)),
                ("nilai", &format_angka(*v, b)),
                ("satuan", satuan),
            ],
        ),
        None => t.belum_ada.to_string(),
    };
    view! {
        <figure class="grafik-bingkai">
            <svg class="grafik" viewBox=format!("0 0 {LEBAR} {TINGGI}") role="img" aria-label=t.grafik data-testid="grafik-iki">
                <title>{t.grafik}</title>
                <desc>{uraian.clone()}</desc>
                <text x=4.0 y=12.0 class="label-sumbu judul-sumbu" data-testid="grafik-sumbu-y">{judul_y}</text>
                {sumbu_y}
                <line x1=KIRI y1=ATAS x2=KIRI y2=TINGGI - BAWAH class="sumbu"/>
                <line x1=KIRI y1=TINGGI - BAWAH x2=LEBAR - KANAN y2=TINGGI - BAWAH class="sumbu"/>
                <g data-testid="grafik-sumbu-x">{sumbu_x}</g>
                {label_target}
                <polyline points=titik class="garis-realisasi"/>
                {deret.iter().map(|(d, v)| view! { <circle cx=x(*d) cy=y(*v) r="3" class="titik"/> }).collect_view()}
            </svg>
            <figcaption class="petunjuk">{uraian}</figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, h: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, h).unwrap()
    }

    #[test]
    fn the_y_axis_ends_on_a_round_step_at_or_above_the_highest_value() {
        let dekat = |m: f64, langkah: f64, puncak: f64| {
            let (l, p) = langkah_sumbu(m);
            assert!(
                (l - langkah).abs() < 1e-9 && (p - puncak).abs() < 1e-9,
                "{m}: {l}, {p}"
            );
        };
        dekat(4.2, 1.0, 5.0);
        // A 100 % target with 104 % recorded: 0, 25 … 125, not up to 150 or 200.
        dekat(104.475, 25.0, 125.0);
        dekat(0.8, 0.2, 0.8);
        dekat(1260.0, 500.0, 1500.0);
        // Nothing recorded and a zero target: still an axis from 0 to 1.
        dekat(0.0, 0.2, 1.0);
        dekat(f64::NAN, 0.2, 1.0);
    }

    #[test]
    fn the_x_axis_has_a_tick_for_every_month_of_the_period() {
        let m = awal_bulan(d(2026, 1, 1), d(2026, 12, 31));
        assert_eq!(m.len(), 12);
        assert_eq!((m[0], m[11]), (d(2026, 1, 1), d(2026, 12, 1)));
        // A mid-year SKP (mutasi) starts its axis in its own first month.
        let m = awal_bulan(d(2026, 7, 15), d(2026, 12, 31));
        assert_eq!(m.first(), Some(&d(2026, 7, 1)));
        assert_eq!(m.len(), 6);
        assert_eq!(bulan_pendek(d(2026, 8, 1), Bahasa::Id), "Agu");
        assert_eq!(bulan_pendek(d(2026, 5, 1), Bahasa::En), "May");
    }
}
