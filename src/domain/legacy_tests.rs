use super::*;

fn d(x: f64) -> Pecahan {
    Pecahan::dari_f64(x).unwrap()
}

fn pp30(skp: f64, perilaku: f64, dengan_360: bool, inovasi: bool) -> NilaiBerpredikat {
    nilai_kinerja_pp30(Rulebook::bawaan(), skp, perilaku, dengan_360, inovasi)
        .unwrap()
        .nilai
}

fn prestasi(skp: f64, perilaku: f64) -> NilaiBerpredikat {
    prestasi_kerja_perka2013(Rulebook::bawaan(), skp, perilaku)
        .unwrap()
        .nilai
}

#[test]
fn pp30_weights_70_30_and_60_40() {
    assert_eq!(pp30(100.0, 80.0, false, false).nilai, d(94.0));
    assert_eq!(pp30(100.0, 80.0, true, false).nilai, d(92.0));
}

/// Issue 10: values exactly on a PP 30/2019 band edge used to land one band low.
#[test]
fn pp30_exact_edges_of_issue_10() {
    // 0,7 × 96 + 0,3 × 76 = 90,00 → Baik (floats: 89.99999999999999 → Cukup).
    let x = pp30(96.0, 76.0, false, false);
    assert_eq!((x.nilai, x.predikat.as_str()), (d(90.0), "nilai.baik"));
    // 116/96 with inovasi = 110,00 → Sangat Baik.
    let x = pp30(116.0, 96.0, false, true);
    assert_eq!(
        (x.nilai, x.predikat.as_str()),
        (d(110.0), "nilai.sangat_baik")
    );
    // 53/43 → 50,00 → Kurang; 97/7 → 70,00 → Cukup.
    let x = pp30(53.0, 43.0, false, false);
    assert_eq!((x.nilai, x.predikat.as_str()), (d(50.0), "nilai.kurang"));
    let x = pp30(97.0, 7.0, false, false);
    assert_eq!((x.nilai, x.predikat.as_str()), (d(70.0), "nilai.cukup"));
}

/// Issue 10: Perka BKN 1/2013, 60/40, on its band edges.
#[test]
fn perka2013_prestasi_exact_edges_of_issue_10() {
    // 0,6 × 97 + 0,4 × 7 = 61,00 → Cukup (floats: Kurang).
    let x = prestasi(97.0, 7.0);
    assert_eq!((x.nilai, x.predikat.as_str()), (d(61.0), "nilai.cukup"));
    // 114/19 → 76,00 → Baik (floats: Cukup).
    let x = prestasi(114.0, 19.0);
    assert_eq!((x.nilai, x.predikat.as_str()), (d(76.0), "nilai.baik"));
}

#[test]
fn nilai_is_rounded_to_the_printed_two_decimals_before_its_band() {
    // 0,7 × 89,995 + 0,3 × 89,995 = 89,995 → printed 90,00 → Baik.
    let x = pp30(89.995, 89.995, false, false);
    assert_eq!((x.nilai, x.predikat.as_str()), (d(90.0), "nilai.baik"));
    let x = pp30(89.994, 89.994, false, false);
    assert_eq!((x.nilai, x.predikat.as_str()), (d(89.99), "nilai.cukup"));
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
    for bad in [130.0, f64::NAN] {
        assert_eq!(
            nilai_kinerja_pp30(Rulebook::bawaan(), bad, bad, false, true)
                .unwrap_err()
                .kode,
            "di_luar_skala"
        );
    }
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
    assert_eq!(w(12.0, 12.0), d(76.0));
    // Efficiency 16,7 % ≤ 24 %: (21,12 − 10) / 12 × 100 = 92,666…
    assert_eq!(w(12.0, 10.0), Pecahan::baru(278, 3).unwrap());
    // Efficiency 50 % > 24 %: 76 − (126 − 100) = 50.
    assert_eq!(w(12.0, 6.0), d(50.0));
    // Efficiency exactly 24 % stays on the first branch: (22 − 9,5) / 12,5 × 100 = 100.
    assert_eq!(w(12.5, 9.5), d(100.0));
}

#[test]
fn perka2013_kegiatan_with_and_without_biaya() {
    let rb = Rulebook::bawaan();
    let n = nilai_kegiatan_perka2013(rb, &keg(12.0, 12.0))
        .unwrap()
        .nilai;
    assert_eq!(n.nilai_capaian, Pecahan::baru(266, 3).unwrap());
    assert_eq!(n.biaya, None);
    let mut k = keg(12.0, 12.0);
    k.biaya = Some((1000.0, 1000.0));
    let n = nilai_kegiatan_perka2013(rb, &k).unwrap().nilai;
    assert_eq!(n.biaya, Some(d(76.0)));
    assert_eq!(n.nilai_capaian, d(85.5));
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
    let p = prestasi(85.0, 80.0);
    assert_eq!((p.nilai, p.predikat.as_str()), (d(83.0), "nilai.baik"));
    // (266/3 + (190 + 278/3) / 3) / 2 = 1646/18 = 91,44… → 91,44 → Sangat Baik.
    let skp = nilai_skp_perka2013(rb, &[keg(12.0, 12.0), keg(12.0, 10.0)])
        .unwrap()
        .nilai;
    assert_eq!(
        (skp.nilai, skp.predikat.as_str()),
        (d(91.44), "nilai.sangat_baik")
    );
    assert_eq!(
        nilai_skp_perka2013(rb, &[]).unwrap_err().kode,
        "tanpa_kegiatan"
    );
}
