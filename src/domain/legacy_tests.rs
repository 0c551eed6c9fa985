use super::*;

fn pp30(skp: f64, perilaku: f64, dengan_360: bool, inovasi: bool) -> NilaiBerpredikat {
    nilai_kinerja_pp30(Rulebook::bawaan(), skp, perilaku, dengan_360, inovasi)
        .unwrap()
        .nilai
}

#[test]
fn pp30_weights_70_30_and_60_40() {
    assert!((pp30(100.0, 80.0, false, false).nilai - 94.0).abs() < 1e-9);
    assert!((pp30(100.0, 80.0, true, false).nilai - 92.0).abs() < 1e-9);
}

#[test]
fn pp30_every_band() {
    for (x, want) in [
        (120.0, "nilai.sangat_baik"),
        (110.0, "nilai.sangat_baik"),
        (109.9, "nilai.baik"),
        (90.0, "nilai.baik"),
        (89.9, "nilai.cukup"),
        (70.0, "nilai.cukup"),
        (69.9, "nilai.kurang"),
        (50.0, "nilai.kurang"),
        (49.9, "nilai.sangat_kurang"),
    ] {
        assert_eq!(pp30(x, x, false, true).predikat, want, "{x}");
    }
    // Without an innovation, 110–120 is "Baik".
    let x = nilai_kinerja_pp30(Rulebook::bawaan(), 115.0, 115.0, false, false).unwrap();
    assert_eq!(x.nilai.predikat, "nilai.baik");
    assert!(x.penjelasan.catatan.contains(&"syarat.inovasi".to_string()));
    assert_eq!(
        nilai_kinerja_pp30(Rulebook::bawaan(), 130.0, 130.0, false, true)
            .unwrap_err()
            .kode,
        "di_luar_skala"
    );
}

fn keg(tw: f64, rw: f64) -> KegiatanPerka2013 {
    KegiatanPerka2013 {
        target_kuantitas: 10.0,
        realisasi_kuantitas: 10.0,
        target_kualitas: 100.0,
        realisasi_kualitas: 90.0,
        target_waktu: tw,
        realisasi_waktu: rw,
        biaya: None,
    }
}

#[test]
fn perka2013_waktu_uses_the_canonical_1_76_form() {
    let rb = Rulebook::bawaan();
    let w = |tw, rw| {
        nilai_kegiatan_perka2013(rb, &keg(tw, rw))
            .unwrap()
            .nilai
            .waktu
    };
    // On time: (1,76 × 12 − 12) / 12 × 100 = 76 (the buggy 1,76 × (T − R) would give 0).
    assert!((w(12.0, 12.0) - 76.0).abs() < 1e-9);
    // Efficiency 16,7 % ≤ 24 %: (21,12 − 10) / 12 × 100 = 92,67.
    assert!((w(12.0, 10.0) - 92.666666).abs() < 1e-5);
    // Efficiency 50 % > 24 %: 76 − (126 − 100) = 50.
    assert!((w(12.0, 6.0) - 50.0).abs() < 1e-9);
    // Efficiency exactly 24 % stays on the first branch.
    assert!((w(12.5, 9.5) - (1.76 * 12.5 - 9.5) / 12.5 * 100.0).abs() < 1e-9);
}

#[test]
fn perka2013_kegiatan_with_and_without_biaya() {
    let rb = Rulebook::bawaan();
    let n = nilai_kegiatan_perka2013(rb, &keg(12.0, 12.0))
        .unwrap()
        .nilai;
    assert!((n.nilai_capaian - (100.0 + 90.0 + 76.0) / 3.0).abs() < 1e-9);
    assert_eq!(n.biaya, None);
    let mut k = keg(12.0, 12.0);
    k.biaya = Some((1000.0, 1000.0));
    let n = nilai_kegiatan_perka2013(rb, &k).unwrap().nilai;
    assert!((n.biaya.unwrap() - 76.0).abs() < 1e-9);
    assert!((n.nilai_capaian - (100.0 + 90.0 + 76.0 + 76.0) / 4.0).abs() < 1e-9);
    k.target_waktu = 0.0;
    assert_eq!(
        nilai_kegiatan_perka2013(rb, &k).unwrap_err().kode,
        "target_tidak_positif"
    );
}

#[test]
fn perka2013_every_predikat_band_and_prestasi() {
    let rb = Rulebook::bawaan();
    let band = |x: f64| rb.perka_bkn_1_2013.predikat.cari(x).unwrap().label.clone();
    for (x, want) in [
        (91.0, "nilai.sangat_baik"),
        (90.0, "nilai.baik"),
        (76.0, "nilai.baik"),
        (75.0, "nilai.cukup"),
        (61.0, "nilai.cukup"),
        (60.0, "nilai.kurang"),
        (51.0, "nilai.kurang"),
        (50.0, "nilai.buruk"),
    ] {
        assert_eq!(band(x), want, "{x}");
    }
    let p = prestasi_kerja_perka2013(rb, 85.0, 80.0).unwrap().nilai;
    assert!((p.nilai - 83.0).abs() < 1e-9);
    assert_eq!(p.predikat, "nilai.baik");
    let skp = nilai_skp_perka2013(rb, &[keg(12.0, 12.0), keg(12.0, 10.0)])
        .unwrap()
        .nilai;
    assert!((skp.nilai - ((266.0 / 3.0) + (190.0 + 92.666666666) / 3.0) / 2.0).abs() < 1e-6);
    assert_eq!(
        nilai_skp_perka2013(rb, &[]).unwrap_err().kode,
        "tanpa_kegiatan"
    );
}
