use super::*;
use crate::domain::progres::{capaian_sampai, Realisasi};
use crate::domain::skp::{Akumulasi, Aspek, Iki};

fn angka(n: f64) -> Target {
    Target::Angka {
        nilai: n,
        satuan: "dokumen".into(),
    }
}

fn d(x: f64) -> Pecahan {
    Pecahan::dari_f64(x).unwrap()
}

fn q(p: i128, q: i128) -> Pecahan {
    Pecahan::baru(p, q).unwrap()
}

fn c(t: &Target, r: f64) -> Pecahan {
    capaian_iki(Rulebook::bawaan(), t, r).unwrap().nilai
}

#[test]
fn worked_examples_lower_is_better() {
    let waktu = |n: f64| Target::MakinKecil {
        nilai: n,
        satuan: "bulan".into(),
    };
    // Target 7 bulan, realisasi 6,5 → 107 % (exactly 750/7).
    let x = capaian_iki(Rulebook::bawaan(), &waktu(7.0), 6.5).unwrap();
    assert_eq!(x.nilai, q(750, 7));
    assert_eq!(x.nilai.bulatkan(0).unwrap(), d(107.0));
    assert_eq!(
        crate::domain::explain::format_angka(x.nilai.ke_f64(), crate::domain::Bahasa::Id),
        "107,14"
    );
    assert_eq!(x.penjelasan.aturan, "capaian_iki_makin_kecil");
    // Realisasi 9 against 8 → 87,5 %.
    assert_eq!(c(&waktu(8.0), 9.0), d(87.5));
}

#[test]
fn normal_target() {
    assert_eq!(c(&angka(2.0), 2.0), d(100.0));
    assert_eq!(c(&angka(4.0), 3.0), d(75.0));
    assert_eq!(c(&angka(4.0), 0.0), Pecahan::NOL);
    // 0,3 of 0,3 is 100 %, although 0.1 + 0.2 ≠ 0.3 in floats.
    assert_eq!(c(&angka(0.3), 0.3), d(100.0));
}

#[test]
fn range_targets_use_the_nearer_bound() {
    let t = Target::Rentang {
        bawah: 80.0,
        atas: 90.0,
        satuan: "%".into(),
    };
    assert_eq!(c(&t, 99.0), d(110.0));
    assert_eq!(c(&t, 60.0), d(75.0));
    assert_eq!(c(&t, 85.0), d(100.0));
    assert_eq!(c(&t, 80.0), d(100.0));
}

#[test]
fn refusals() {
    let rb = Rulebook::bawaan();
    assert_eq!(
        capaian_iki(rb, &angka(0.0), 1.0).unwrap_err().kode,
        "target_tidak_positif"
    );
    assert_eq!(
        capaian_iki(rb, &angka(2.0), -1.0).unwrap_err().kode,
        "realisasi_tidak_sah"
    );
    assert_eq!(
        capaian_iki(rb, &angka(2.0), f64::NAN).unwrap_err().kode,
        "realisasi_tidak_sah"
    );
    assert_eq!(
        capaian_iki(rb, &Target::Naratif { teks: "x".into() }, 1.0)
            .unwrap_err()
            .kode,
        "target_naratif"
    );
    let r = Target::Rentang {
        bawah: 9.0,
        atas: 8.0,
        satuan: String::new(),
    };
    assert_eq!(
        capaian_iki(rb, &r, 1.0).unwrap_err().kode,
        "rentang_tidak_sah"
    );
}

fn nilai(c: f64) -> NilaiIki {
    nilai_capaian_iki_2021(Rulebook::bawaan(), d(c), false)
        .unwrap()
        .nilai
}

#[test]
fn every_row_of_the_8_2021_table() {
    // (cap) c > 110 → 120.
    assert_eq!(nilai(110.5).nilai, d(120.0));
    assert_eq!(nilai(250.0).kategori, "nilai.sangat_baik");
    // Sangat Baik 101–110: 110 + (120−110)/(110−101) × (c − 101), rounded to 2 decimals.
    assert_eq!(nilai(101.0).nilai, d(110.0));
    assert_eq!(nilai(105.0).nilai, d(114.44));
    assert_eq!(nilai(110.0).nilai, d(120.0));
    assert_eq!(nilai(105.0).kategori, "nilai.sangat_baik");
    // Between 100 and 101 (continuous capaian): start of Sangat Baik.
    assert_eq!(nilai(100.5).nilai, d(110.0));
    // Baik: exactly 100 → 109.
    assert_eq!(nilai(100.0).nilai, d(109.0));
    assert_eq!(nilai(100.0).kategori, "nilai.baik");
    // Cukup 80–99: 70 + (89−70)/(99−80) × (c − 80).
    assert_eq!(nilai(80.0).nilai, d(70.0));
    assert_eq!(nilai(90.0).nilai, d(80.0));
    assert_eq!(nilai(99.0).nilai, d(89.0));
    assert_eq!(nilai(90.0).kategori, "nilai.cukup");
    // Kurang 60–79: 50 + (69−50)/(79−60) × (c − 60).
    assert_eq!(nilai(60.0).nilai, d(50.0));
    assert_eq!(nilai(79.0).nilai, d(69.0));
    assert_eq!(nilai(70.0).kategori, "nilai.kurang");
    // Sangat Kurang 0–59: c / 59 × 49 (30 → 24,915… → 24,92).
    assert_eq!(nilai(59.0).nilai, d(49.0));
    assert_eq!(nilai(30.0).nilai, d(24.92));
    assert_eq!(nilai(0.0).nilai, Pecahan::NOL);
    assert_eq!(nilai(0.0).kategori, "nilai.sangat_kurang");
    // Negative capaian (lower-is-better far over target) stays at 0.
    assert_eq!(nilai(-20.0).nilai, Pecahan::NOL);
}

#[test]
fn maximum_attainable_target_scores_120() {
    let rb = Rulebook::bawaan();
    let x = nilai_capaian_iki_2021(rb, d(100.0), true).unwrap();
    assert_eq!(x.nilai.nilai, d(120.0));
    assert_eq!(x.nilai.kategori, "nilai.sangat_baik");
    assert!(x
        .penjelasan
        .catatan
        .contains(&"catatan.target_maksimal".to_string()));
    assert_eq!(
        nilai_capaian_iki_2021(rb, d(95.0), true)
            .unwrap()
            .nilai
            .nilai,
        d(85.0)
    );
}

fn iki(target: Target) -> Iki {
    Iki {
        id: "i".into(),
        aspek: Aspek::Kuantitas,
        indikator: "Temuan ditindaklanjuti".into(),
        target,
        akumulasi: Akumulasi::Jumlah,
        akumulasi_dipilih: false,
    }
}

fn entri(nilai: &[f64]) -> Vec<Realisasi> {
    nilai
        .iter()
        .enumerate()
        .map(|(i, v)| Realisasi {
            id: format!("r{i}"),
            skp_id: "s".into(),
            iki_id: "i".into(),
            tanggal: chrono::NaiveDate::from_ymd_opt(2026, 1 + i as u32, 28).unwrap(),
            nilai: Some(*v),
            catatan: String::new(),
            bukti: Vec::new(),
        })
        .collect()
}

/// Issue 10: realisasi summed from fractions used to be 99.99999999999999 %, so a target
/// maksimal scored about 90 (Cukup) instead of 120.
#[test]
fn target_maksimal_reached_by_fractions_scores_120() {
    let rb = Rulebook::bawaan();
    let hari = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    for bagian in [
        &[33.33, 33.33, 33.34][..],
        &[0.1, 0.2, 99.7],
        &[12.5, 12.5, 25.0, 49.99, 0.01],
    ] {
        let c = capaian_sampai(rb, &iki(angka(100.0)), &entri(bagian), hari)
            .unwrap()
            .unwrap();
        assert_eq!(c.nilai, d(100.0), "{bagian:?}");
        let n = nilai_capaian_iki_2021(rb, c.nilai, true).unwrap().nilai;
        assert_eq!(
            (n.nilai, n.kategori.as_str()),
            (d(120.0), "nilai.sangat_baik")
        );
        let n = nilai_capaian_iki_2021(rb, c.nilai, false).unwrap().nilai;
        assert_eq!((n.nilai, n.kategori.as_str()), (d(109.0), "nilai.baik"));
    }
    // The same cliff on the lookups: 2,9999999 of 3 prints as 100,00 % and scores as such.
    let c = c(&angka(3.0), 2.9999999);
    assert!(c < d(100.0));
    let n = nilai_capaian_iki_2021(rb, c, true).unwrap().nilai;
    assert_eq!(n.nilai, d(120.0));
    assert_eq!(
        nilai_capaian_iki_2021(rb, c, false).unwrap().nilai.kategori,
        "nilai.baik"
    );
}
