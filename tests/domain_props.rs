//! Property tests of the domain engine (issue 3): monotone predikat, IKM on its scale,
//! a NIP parser that never panics and reads back what its digits say, exact capaian, and
//! advice, distribution and JPM that respond to better ratings as they should.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use kinerjaku::domain::capaian::{capaian_iki, nilai_capaian_iki_2021};
use kinerjaku::domain::distribusi::periksa_distribusi;
use kinerjaku::domain::kompetensi::jpm;
use kinerjaku::domain::kuadran::{predikat, saran_rating_hasil, RatingRhkRingkas};
use kinerjaku::domain::nip::{format_nip, parse_nip, JenisKelamin, JenisNip};
use kinerjaku::domain::skm::{hitung_ikm, Jawaban};
use kinerjaku::domain::skp::Target;
use kinerjaku::domain::{Pecahan, Predikat, PredikatOrganisasi, Rating, Rulebook};
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
    fn ikm_is_the_rounded_exact_mean_and_rises_with_any_answer(answers in prop::collection::vec(prop::collection::vec(1u8..=4, 9), 1..40), tetap in any::<bool>(), naik in (0usize..40, 0usize..9)) {
        let mut rb = Rulebook::bawaan().clone();
        if tetap {
            rb.skm.bobot = kinerjaku::domain::rulebook::BobotSkm::Tetap(0.11);
        }
        let jawab = |a: &[Vec<u8>]| -> Vec<Jawaban> { a.iter().map(|a| rb.skm.unsur.iter().cloned().zip(a.iter().copied()).collect()).collect() };
        let h = hitung_ikm(&rb, &jawab(&answers)).unwrap().nilai;
        // Independent reference: every respondent answered every unsur, so Σ NRR × bobot is
        // total / r × bobot; clamp onto 1–4 and round half up to 4 decimals, in integers.
        let total: i128 = answers.iter().flatten().map(|x| *x as i128).sum();
        let r = answers.len() as i128;
        let (p, q) = if tetap { (11 * total, 100 * r) } else { (total, 9 * r) };
        let (p, q) = if p < q { (1, 1) } else if p > 4 * q { (4, 1) } else { (p, q) };
        let per_10000 = (2 * p * 10_000 + q) / (2 * q);
        prop_assert_eq!(h.ikm, Pecahan::baru(per_10000, 10_000).unwrap());
        prop_assert_eq!(h.konversi, Pecahan::baru((per_10000 * 25 * 2 + 100) / 200, 100).unwrap());
        prop_assert!(h.konversi >= Pecahan::bulat(25) && h.konversi <= Pecahan::bulat(100));
        let pita = rb.skm.mutu.cari(h.ikm.ke_f64()).unwrap();
        prop_assert_eq!(&h.mutu, &pita.label);
        // One answer one step higher never lowers IKM.
        let (i, u) = (naik.0 % answers.len(), naik.1);
        let mut lebih = answers.clone();
        lebih[i][u] = (lebih[i][u] + 1).min(4);
        prop_assert!(hitung_ikm(&rb, &jawab(&lebih)).unwrap().nilai.ikm >= h.ikm);
    }

    #[test]
    fn nip_parser_never_panics(s in ".{0,40}") {
        let _ = parse_nip(Rulebook::bawaan(), &s, hari());
    }

    #[test]
    fn a_parsed_nip_says_what_its_digits_say(s in "[0-9 .]{0,30}") {
        let bersih: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
        match parse_nip(Rulebook::bawaan(), &s, hari()) {
            Ok(n) => {
                prop_assert_eq!(&n.digit, &bersih);
                let angka = |a: usize, b: usize| bersih[a..b].parse::<u32>().unwrap();
                prop_assert_eq!(n.tanggal_lahir.format("%Y%m%d").to_string(), &bersih[..8]);
                prop_assert_eq!(n.tahun_pengangkatan as u32, angka(8, 12));
                let mm = angka(12, 14);
                prop_assert_eq!(n.bulan_pengangkatan, (1..=12).contains(&mm).then_some(mm));
                prop_assert_eq!(n.perjanjian_ke, (!(1..=12).contains(&mm)).then_some(mm));
                prop_assert_eq!(n.jenis == JenisNip::Pns, (1..=12).contains(&mm));
                prop_assert_eq!(n.nomor_urut, angka(15, 18));
                prop_assert!(n.nomor_urut >= 1);
                prop_assert_eq!(&bersih[14..15], if n.jenis_kelamin == JenisKelamin::LakiLaki { "1" } else { "2" });
                // Its display form reads back as the same NIP.
                prop_assert_eq!(parse_nip(Rulebook::bawaan(), &format_nip(&n.digit), hari()).unwrap(), n);
            }
            Err(g) if bersih.is_empty() => prop_assert_eq!(g.kode, "nip_kosong"),
            Err(g) if bersih.len() != 18 => prop_assert_eq!(g.kode, "nip_panjang"),
            Err(g) => prop_assert!(
                ["nip_tanggal_lahir", "nip_tahun_lahir", "nip_jenis_kelamin", "nip_nomor_urut", "nip_tmt_tidak_wajar"].contains(&g.kode.as_str()),
                "{:?}", g
            ),
        }
    }

    #[test]
    fn capaian_is_exact_and_monotone_and_nilai_follows_it(t in 1u32..1_000_000, r1 in 0u32..2_000_000, r2 in 0u32..2_000_000, sen in 0u32..100, jenis in 0u8..3) {
        let rb = Rulebook::bawaan();
        // Targets and realisasi in hundredths, as people type them.
        let t = (t + sen) as f64 / 100.0;
        let (r1, r2) = (r1.min(r2) as f64 / 100.0, r1.max(r2) as f64 / 100.0);
        let target = match jenis {
            0 => Target::Angka { nilai: t, satuan: String::new() },
            1 => Target::MakinKecil { nilai: t, satuan: String::new() },
            _ => Target::Rentang { bawah: t / 2.0, atas: t, satuan: String::new() },
        };
        let c = |r: f64| capaian_iki(rb, &target, r).unwrap().nilai;
        // Meeting the target exactly is exactly 100 %, for every target.
        prop_assert_eq!(c(t), Pecahan::bulat(100));
        let (c1, c2) = (c(r1), c(r2));
        if jenis == 1 { prop_assert!(c1 >= c2) } else if jenis == 0 { prop_assert!(c1 <= c2) }
        let n = |c: Pecahan, maks: bool| nilai_capaian_iki_2021(rb, c, maks).unwrap().nilai.nilai;
        let (n1, n2) = (n(c1, false), n(c2, false));
        prop_assert!(n1 >= Pecahan::NOL && n2 <= Pecahan::bulat(120));
        if jenis == 0 { prop_assert!(n1 <= n2, "{:?} {:?}", c1, c2) }
        prop_assert_eq!(n(c(t), true), Pecahan::bulat(120));
        prop_assert_eq!(n(c(t), false), Pecahan::bulat(109));
    }

    #[test]
    fn advice_distribution_and_jpm_respond_to_better_ratings(
        rhk in prop::collection::vec((any::<bool>(), rating()), 1..12),
        naik in 0usize..12,
        unit in prop::collection::vec(predikat_s(), 1..30),
        level in prop::collection::vec(1u8..=5, 9),
        lebih in 0usize..9,
    ) {
        let rb = Rulebook::bawaan();
        let ringkas: Vec<RatingRhkRingkas> = rhk.iter().map(|(u, r)| RatingRhkRingkas { utama: *u, rating: *r }).collect();
        let saran = saran_rating_hasil(rb, &ringkas).unwrap().nilai;
        // Order of the RHK does not matter; raising one RHK's rating never lowers the advice.
        let mut balik = ringkas.clone();
        balik.reverse();
        prop_assert_eq!(saran_rating_hasil(rb, &balik).unwrap().nilai, saran);
        let mut baik = ringkas.clone();
        let i = naik % baik.len();
        baik[i].rating = Rating::DiatasEkspektasi;
        prop_assert!(saran_rating_hasil(rb, &baik).unwrap().nilai >= saran);
        // The distribution counts every pegawai once, by predikat, whatever the order.
        for org in PredikatOrganisasi::SEMUA {
            let h = periksa_distribusi(rb, org, &unit).unwrap().nilai;
            prop_assert_eq!(h.jumlah_pegawai, unit.len());
            prop_assert_eq!(h.sebaran.iter().map(|(_, n)| n).sum::<usize>(), unit.len());
            for (p, n) in &h.sebaran {
                prop_assert_eq!(*n, unit.iter().filter(|x| *x == p).count());
            }
            let mut terbalik = unit.clone();
            terbalik.reverse();
            prop_assert_eq!(periksa_distribusi(rb, org, &terbalik).unwrap().nilai, h);
        }
        // JPM: the gaps are level − standard, and one level more never lowers JPM.
        let standar = kinerjaku::domain::kompetensi::standar_default(rb, "administrator").unwrap();
        let dinilai: kinerjaku::domain::kompetensi::Level = standar.keys().cloned().zip(level.iter().copied()).collect();
        let a = jpm(rb, &standar, &dinilai).unwrap().nilai;
        for (k, g) in &a.gap {
            prop_assert_eq!(*g, dinilai[k] as i32 - standar[k] as i32);
        }
        let mut naik_satu = dinilai.clone();
        let k = standar.keys().nth(lebih % standar.len()).unwrap().clone();
        naik_satu.insert(k.clone(), (dinilai[&k] + 1).min(5));
        prop_assert!(jpm(rb, &standar, &naik_satu).unwrap().nilai.jpm >= a.jpm);
    }
}
