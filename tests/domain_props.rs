//! Property tests of the domain engine (issue 3): monotone predikat, IKM on its scale,
//! a NIP parser that never panics, and deterministic computations.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use kinerjaku::domain::capaian::{capaian_iki, nilai_capaian_iki_2021};
use kinerjaku::domain::distribusi::periksa_distribusi;
use kinerjaku::domain::kompetensi::jpm;
use kinerjaku::domain::kuadran::{predikat, saran_rating_hasil, RatingRhkRingkas};
use kinerjaku::domain::nip::parse_nip;
use kinerjaku::domain::skm::{hitung_ikm, Jawaban};
use kinerjaku::domain::skp::Target;
use kinerjaku::domain::{Predikat, PredikatOrganisasi, Rating, Rulebook};
use proptest::prelude::*;

fn rating() -> impl Strategy<Value = Rating> {
    prop::sample::select(Rating::SEMUA.to_vec())
}

fn predikat_s() -> impl Strategy<Value = Predikat> {
    prop::sample::select(Predikat::SEMUA.to_vec())
}

fn hari() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

proptest! {
    #[test]
    fn predikat_never_improves_when_a_rating_drops(h in rating(), p in rating(), h2 in rating(), p2 in rating()) {
        let rb = Rulebook::bawaan();
        prop_assume!(h2 <= h && p2 <= p);
        prop_assert!(predikat(rb, h2, p2).nilai <= predikat(rb, h, p).nilai);
    }

    #[test]
    fn ikm_stays_on_25_to_100(answers in prop::collection::vec(prop::collection::vec(1u8..=4, 9), 1..40), tetap in any::<bool>()) {
        let mut rb = Rulebook::bawaan().clone();
        if tetap {
            rb.skm.bobot = kinerjaku::domain::rulebook::BobotSkm::Tetap(0.11);
        }
        let responden: Vec<Jawaban> = answers.iter().map(|a| rb.skm.unsur.iter().cloned().zip(a.iter().copied()).collect()).collect();
        let h = hitung_ikm(&rb, &responden).unwrap();
        prop_assert!((25.0..=100.0).contains(&h.nilai.konversi), "{}", h.nilai.konversi);
        prop_assert_eq!(&h, &hitung_ikm(&rb, &responden).unwrap());
    }

    #[test]
    fn nip_parser_never_panics(s in ".{0,40}") {
        let _ = parse_nip(Rulebook::bawaan(), &s, hari());
    }

    #[test]
    fn nip_parser_never_panics_on_digit_strings(s in "[0-9 .]{0,30}") {
        let r = parse_nip(Rulebook::bawaan(), &s, hari());
        prop_assert_eq!(r.clone(), parse_nip(Rulebook::bawaan(), &s, hari()));
        if let Ok(n) = r {
            prop_assert_eq!(n.digit.len(), 18);
        }
    }

    #[test]
    fn capaian_and_nilai_are_deterministic_and_total(t in 0.0f64..1e6, r in 0.0f64..1e6, jenis in 0u8..3) {
        let rb = Rulebook::bawaan();
        let target = match jenis {
            0 => Target::Angka { nilai: t, satuan: String::new() },
            1 => Target::MakinKecil { nilai: t, satuan: String::new() },
            _ => Target::Rentang { bawah: t / 2.0, atas: t, satuan: String::new() },
        };
        let a = capaian_iki(rb, &target, r);
        prop_assert_eq!(&a, &capaian_iki(rb, &target, r));
        if let Ok(c) = a {
            let n = nilai_capaian_iki_2021(rb, c.nilai, false).unwrap();
            prop_assert!((0.0..=120.0).contains(&n.nilai.nilai));
        }
    }

    #[test]
    fn advice_distribution_and_jpm_are_deterministic(
        rhk in prop::collection::vec((any::<bool>(), rating()), 0..12),
        unit in prop::collection::vec(predikat_s(), 0..30),
        level in prop::collection::vec(1u8..=5, 9),
    ) {
        let rb = Rulebook::bawaan();
        let ringkas: Vec<RatingRhkRingkas> = rhk.iter().map(|(u, r)| RatingRhkRingkas { utama: *u, rating: *r }).collect();
        prop_assert_eq!(saran_rating_hasil(rb, &ringkas), saran_rating_hasil(rb, &ringkas));
        for org in PredikatOrganisasi::SEMUA {
            prop_assert_eq!(periksa_distribusi(rb, org, &unit), periksa_distribusi(rb, org, &unit));
        }
        let standar = kinerjaku::domain::kompetensi::standar_default(rb, "administrator").unwrap();
        let dinilai = standar.keys().cloned().zip(level.iter().copied()).collect();
        let a = jpm(rb, &standar, &dinilai).unwrap();
        prop_assert_eq!(&a, &jpm(rb, &standar, &dinilai).unwrap());
    }
}
