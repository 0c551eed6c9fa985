use super::*;
use Rating::*;

#[test]
fn every_cell_of_the_kuadran() {
    let rb = Rulebook::bawaan();
    // Rows: hasil kerja; columns: perilaku kerja bawah, sesuai, atas (§1.4.3).
    let tabel = [
        (
            DiatasEkspektasi,
            [
                Predikat::KurangMisconduct,
                Predikat::Baik,
                Predikat::SangatBaik,
            ],
        ),
        (
            SesuaiEkspektasi,
            [Predikat::KurangMisconduct, Predikat::Baik, Predikat::Baik],
        ),
        (
            DibawahEkspektasi,
            [
                Predikat::SangatKurang,
                Predikat::ButuhPerbaikan,
                Predikat::ButuhPerbaikan,
            ],
        ),
    ];
    for (hasil, baris) in tabel {
        for (perilaku, want) in Rating::SEMUA.into_iter().zip(baris) {
            let p = predikat(rb, hasil, perilaku);
            assert_eq!(p.nilai, want, "{hasil:?} × {perilaku:?}");
            assert_eq!(p.penjelasan.aturan, "kuadran");
            assert!(p.penjelasan.sumber.contains("6/2022"));
        }
    }
}

fn r(utama: bool, rating: Rating) -> RatingRhkRingkas {
    RatingRhkRingkas { utama, rating }
}

#[test]
fn advice_follows_the_majority_with_the_utama_veto() {
    let rb = Rulebook::bawaan();
    let s = |x: &[RatingRhkRingkas]| saran_rating_hasil(rb, x).unwrap().nilai;
    assert_eq!(
        s(&[
            r(true, DiatasEkspektasi),
            r(true, DiatasEkspektasi),
            r(false, SesuaiEkspektasi)
        ]),
        DiatasEkspektasi
    );
    // Majority above but one RHK utama below: cannot be "di atas".
    let veto = saran_rating_hasil(
        rb,
        &[
            r(true, DiatasEkspektasi),
            r(true, DiatasEkspektasi),
            r(false, DiatasEkspektasi),
            r(true, DibawahEkspektasi),
        ],
    )
    .unwrap();
    assert_eq!(veto.nilai, SesuaiEkspektasi);
    assert!(veto
        .penjelasan
        .catatan
        .contains(&"catatan.veto_utama_dibawah".to_string()));
    // Most below.
    assert_eq!(
        s(&[
            r(true, DibawahEkspektasi),
            r(false, DibawahEkspektasi),
            r(true, SesuaiEkspektasi)
        ]),
        DibawahEkspektasi
    );
    // Half of RHK utama below is still "sesuai"; more than half is "di bawah".
    assert_eq!(
        s(&[
            r(true, DibawahEkspektasi),
            r(true, SesuaiEkspektasi),
            r(false, SesuaiEkspektasi),
            r(false, DiatasEkspektasi)
        ]),
        SesuaiEkspektasi
    );
    assert_eq!(
        s(&[
            r(true, DibawahEkspektasi),
            r(true, DibawahEkspektasi),
            r(true, SesuaiEkspektasi),
            r(false, DiatasEkspektasi),
            r(false, DiatasEkspektasi)
        ]),
        DibawahEkspektasi
    );
    // Exactly half above is not "sebagian besar".
    assert_eq!(
        s(&[r(true, DiatasEkspektasi), r(true, SesuaiEkspektasi)]),
        SesuaiEkspektasi
    );
    assert_eq!(
        saran_rating_hasil(rb, &[]).unwrap_err().kode,
        "tanpa_rating_rhk"
    );
}

#[test]
fn unit_leader_takes_the_units_capaian() {
    let rb = Rulebook::bawaan();
    for (org, want) in [
        (PredikatOrganisasi::Istimewa, DiatasEkspektasi),
        (PredikatOrganisasi::Baik, SesuaiEkspektasi),
        (PredikatOrganisasi::ButuhPerbaikan, DibawahEkspektasi),
        (PredikatOrganisasi::Kurang, DibawahEkspektasi),
        (PredikatOrganisasi::SangatKurang, DibawahEkspektasi),
    ] {
        assert_eq!(rating_pimpinan_unit(rb, org).nilai, want);
    }
}

#[test]
fn the_assessor_decides_and_justifies_a_difference() {
    let same = RatingDitetapkan::tetapkan(SesuaiEkspektasi, Some(SesuaiEkspektasi), "").unwrap();
    assert!(!same.berbeda_dari_saran());
    assert_eq!(
        RatingDitetapkan::tetapkan(DiatasEkspektasi, Some(SesuaiEkspektasi), "  ")
            .unwrap_err()
            .kode,
        "justifikasi_wajib"
    );
    let own = RatingDitetapkan::tetapkan(
        DiatasEkspektasi,
        Some(SesuaiEkspektasi),
        " Inovasi layanan daring ",
    )
    .unwrap();
    assert_eq!(own.rating, DiatasEkspektasi);
    assert_eq!(own.justifikasi, "Inovasi layanan daring");
    assert!(own.berbeda_dari_saran());
    assert!(RatingDitetapkan::tetapkan(DibawahEkspektasi, None, "").is_ok());
}

#[test]
fn explanation_reads_in_both_languages() {
    let rb = Rulebook::bawaan();
    let p = predikat(rb, DiatasEkspektasi, DiatasEkspektasi);
    let id = p
        .penjelasan
        .uraikan(rb, crate::domain::Bahasa::Id)
        .join("\n");
    let en = p
        .penjelasan
        .uraikan(rb, crate::domain::Bahasa::En)
        .join("\n");
    assert!(
        id.contains("Sangat Baik")
            && id.contains("Di Atas Ekspektasi")
            && id.contains("PermenPANRB 6/2022"),
        "{id}"
    );
    assert!(
        en.contains("Very Good") && en.contains("Above Expectations"),
        "{en}"
    );
}
