use super::*;

fn angka(n: f64) -> Target {
    Target::Angka {
        nilai: n,
        satuan: "dokumen".into(),
    }
}

fn c(t: &Target, r: f64) -> f64 {
    capaian_iki(Rulebook::bawaan(), t, r).unwrap().nilai
}

#[test]
fn worked_examples_lower_is_better() {
    let waktu = |n: f64| Target::MakinKecil {
        nilai: n,
        satuan: "bulan".into(),
    };
    // Target 7 bulan, realisasi 6,5 → 107 %.
    let x = capaian_iki(Rulebook::bawaan(), &waktu(7.0), 6.5).unwrap();
    assert_eq!(x.nilai.round(), 107.0);
    assert!((x.nilai - 107.142857).abs() < 1e-5);
    assert_eq!(
        crate::domain::explain::format_angka(x.nilai, crate::domain::Bahasa::Id),
        "107,14"
    );
    assert_eq!(x.penjelasan.aturan, "capaian_iki_makin_kecil");
    // Realisasi 9 against 8 → 87,5 %.
    assert_eq!(c(&waktu(8.0), 9.0), 87.5);
}

#[test]
fn normal_target() {
    assert_eq!(c(&angka(2.0), 2.0), 100.0);
    assert_eq!(c(&angka(4.0), 3.0), 75.0);
    assert_eq!(c(&angka(4.0), 0.0), 0.0);
}

#[test]
fn range_targets_use_the_nearer_bound() {
    let t = Target::Rentang {
        bawah: 80.0,
        atas: 90.0,
        satuan: "%".into(),
    };
    assert!((c(&t, 99.0) - 110.0).abs() < 1e-9);
    assert_eq!(c(&t, 60.0), 75.0);
    assert_eq!(c(&t, 85.0), 100.0);
    assert_eq!(c(&t, 80.0), 100.0);
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
    nilai_capaian_iki_2021(Rulebook::bawaan(), c, false)
        .unwrap()
        .nilai
}

fn dekat(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn every_row_of_the_8_2021_table() {
    // (cap) c > 110 → 120.
    assert_eq!(nilai(110.5).nilai, 120.0);
    assert_eq!(nilai(250.0).kategori, "nilai.sangat_baik");
    // Sangat Baik 101–110: 110 + (120−110)/(110−101) × (c − 101).
    assert!(dekat(nilai(101.0).nilai, 110.0));
    assert!(dekat(nilai(105.0).nilai, 110.0 + 10.0 / 9.0 * 4.0));
    assert!(dekat(nilai(110.0).nilai, 120.0));
    assert_eq!(nilai(105.0).kategori, "nilai.sangat_baik");
    // Between 100 and 101 (continuous capaian): start of Sangat Baik.
    assert_eq!(nilai(100.5).nilai, 110.0);
    // Baik: exactly 100 → 109.
    assert_eq!(nilai(100.0).nilai, 109.0);
    assert_eq!(nilai(100.0).kategori, "nilai.baik");
    // Cukup 80–99: 70 + (89−70)/(99−80) × (c − 80).
    assert!(dekat(nilai(80.0).nilai, 70.0));
    assert!(dekat(nilai(90.0).nilai, 80.0));
    assert!(dekat(nilai(99.0).nilai, 89.0));
    assert_eq!(nilai(90.0).kategori, "nilai.cukup");
    // Kurang 60–79: 50 + (69−50)/(79−60) × (c − 60).
    assert!(dekat(nilai(60.0).nilai, 50.0));
    assert!(dekat(nilai(79.0).nilai, 69.0));
    assert_eq!(nilai(70.0).kategori, "nilai.kurang");
    // Sangat Kurang 0–59: c / 59 × 49.
    assert!(dekat(nilai(59.0).nilai, 49.0));
    assert!(dekat(nilai(30.0).nilai, 30.0 / 59.0 * 49.0));
    assert_eq!(nilai(0.0).nilai, 0.0);
    assert_eq!(nilai(0.0).kategori, "nilai.sangat_kurang");
    // Negative capaian (lower-is-better far over target) stays at 0.
    assert_eq!(nilai(-20.0).nilai, 0.0);
}

#[test]
fn maximum_attainable_target_scores_120() {
    let rb = Rulebook::bawaan();
    let x = nilai_capaian_iki_2021(rb, 100.0, true).unwrap();
    assert_eq!(x.nilai.nilai, 120.0);
    assert_eq!(x.nilai.kategori, "nilai.sangat_baik");
    assert!(x
        .penjelasan
        .catatan
        .contains(&"catatan.target_maksimal".to_string()));
    assert_eq!(
        nilai_capaian_iki_2021(rb, 95.0, true).unwrap().nilai.nilai,
        85.0
    );
    assert_eq!(
        nilai_capaian_iki_2021(rb, f64::NAN, false)
            .unwrap_err()
            .kode,
        "di_luar_skala"
    );
}
