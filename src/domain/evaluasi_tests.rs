use super::*;
use crate::domain::skp::{Aspek, Iki, JenisSkp, Pendekatan, Rhk, Target};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn periods_of_every_kind() {
    let p = |jenis, ke| {
        Periode {
            jenis,
            tahun: 2024,
            ke,
        }
        .rentang()
        .unwrap()
    };
    assert_eq!(p(JenisPeriode::Bulanan, 2), (d(2024, 2, 1), d(2024, 2, 29)));
    assert_eq!(
        p(JenisPeriode::Bulanan, 12),
        (d(2024, 12, 1), d(2024, 12, 31))
    );
    assert_eq!(
        p(JenisPeriode::Triwulanan, 4),
        (d(2024, 10, 1), d(2024, 12, 31))
    );
    assert_eq!(
        p(JenisPeriode::Semesteran, 1),
        (d(2024, 1, 1), d(2024, 6, 30))
    );
    assert_eq!(
        p(JenisPeriode::Tahunan, 1),
        (d(2024, 1, 1), d(2024, 12, 31))
    );
    assert!(Periode {
        jenis: JenisPeriode::Triwulanan,
        tahun: 2024,
        ke: 5
    }
    .rentang()
    .is_none());
    assert_eq!(Periode::semua(JenisPeriode::Bulanan, 2026).len(), 12);
    assert_eq!(
        Periode::memuat(JenisPeriode::Triwulanan, d(2026, 8, 17)).ke,
        3
    );
}

fn skp() -> Skp {
    let mut s = Skp::baru(
        "skp-1",
        "198609262015051001",
        JenisSkp::JaJf,
        Pendekatan::Kuantitatif,
        d(2026, 3, 1),
        d(2026, 12, 31),
    );
    for (i, jenis) in [JenisRhk::Utama, JenisRhk::Utama, JenisRhk::Tambahan]
        .into_iter()
        .enumerate()
    {
        s.rhk.push(Rhk {
            id: format!("rhk-{i}"),
            jenis,
            uraian: format!("RHK {i}"),
            rhk_atasan_id: None,
            rhk_atasan_uraian: String::new(),
            penugasan_dari: String::new(),
            perspektif: None,
            iki: vec![Iki {
                id: format!("iki-{i}"),
                aspek: Aspek::Kuantitas,
                indikator: "Jumlah".into(),
                target: Target::Angka {
                    nilai: 2.0,
                    satuan: "dokumen".into(),
                },
                akumulasi: Default::default(),
                akumulasi_dipilih: false,
            }],
        });
    }
    s
}

fn evaluasi(ratings: &[Rating], hasil: Rating, perilaku: Rating) -> Evaluasi {
    let rb = Rulebook::bawaan();
    Evaluasi {
        id: "ev-1".into(),
        skp_id: "skp-1".into(),
        pegawai_nip: "198609262015051001".into(),
        penilai_nip: "197001012000031001".into(),
        periode: Periode {
            jenis: JenisPeriode::Triwulanan,
            tahun: 2026,
            ke: 2,
        },
        tanggal: d(2026, 7, 3),
        rating_rhk: ratings
            .iter()
            .enumerate()
            .map(|(i, r)| RatingRhk {
                rhk_id: format!("rhk-{i}"),
                rating: *r,
                realisasi: String::new(),
                umpan_balik: String::new(),
            })
            .collect(),
        rating_hasil: RatingDitetapkan {
            rating: hasil,
            saran: None,
            justifikasi: String::new(),
        },
        perilaku: rb
            .berakhlak
            .iter()
            .map(|b| PenilaianPerilaku {
                nilai: b.kode.clone(),
                umpan_balik: String::new(),
            })
            .collect(),
        rating_perilaku: perilaku,
        capaian_organisasi: None,
        pimpinan_unit: false,
        tanggapan: None,
    }
}

#[test]
fn predikat_is_recomputed_from_the_ratings() {
    let rb = Rulebook::bawaan();
    let e = evaluasi(
        &[Rating::DiatasEkspektasi; 3],
        Rating::DiatasEkspektasi,
        Rating::DiatasEkspektasi,
    );
    assert_eq!(e.predikat(rb).nilai, Predikat::SangatBaik);
    assert!(e.periksa(rb, &skp()).is_empty());
    assert_eq!(
        e.saran_rating_hasil(rb, &skp()).unwrap().nilai,
        Rating::DiatasEkspektasi
    );
    let json = serde_json::to_string(&e).unwrap();
    assert!(
        !json.contains("sangat_baik"),
        "derived predikat must not be stored: {json}"
    );
}

#[test]
fn unit_leader_advice_comes_from_the_organisation() {
    let rb = Rulebook::bawaan();
    let mut e = evaluasi(
        &[Rating::DiatasEkspektasi; 3],
        Rating::SesuaiEkspektasi,
        Rating::SesuaiEkspektasi,
    );
    e.pimpinan_unit = true;
    e.capaian_organisasi = Some(PredikatOrganisasi::Baik);
    let s = e.saran_rating_hasil(rb, &skp()).unwrap();
    assert_eq!(s.nilai, Rating::SesuaiEkspektasi);
    assert_eq!(s.penjelasan.aturan, "rating_pimpinan_unit");
    let kode = |e: &Evaluasi| -> Vec<String> {
        e.periksa(rb, &skp()).into_iter().map(|g| g.kode).collect()
    };
    assert!(!kode(&e).contains(&"capaian_organisasi_kosong".to_string()));
    // Without the unit's result the advice would quietly be the per-RHK one: refused instead.
    e.capaian_organisasi = None;
    assert!(kode(&e).contains(&"capaian_organisasi_kosong".to_string()));
}

#[test]
fn incomplete_evaluation_lists_what_is_missing() {
    let rb = Rulebook::bawaan();
    let mut e = evaluasi(
        &[Rating::SesuaiEkspektasi, Rating::SesuaiEkspektasi],
        Rating::DiatasEkspektasi,
        Rating::SesuaiEkspektasi,
    );
    e.perilaku.retain(|p| p.nilai != "loyal");
    e.rating_hasil.saran = Some(Rating::SesuaiEkspektasi);
    e.rating_rhk.push(RatingRhk {
        rhk_id: "hilang".into(),
        rating: Rating::SesuaiEkspektasi,
        realisasi: String::new(),
        umpan_balik: String::new(),
    });
    e.periode = Periode {
        jenis: JenisPeriode::Bulanan,
        tahun: 2026,
        ke: 1,
    };
    let kode: Vec<String> = e.periksa(rb, &skp()).into_iter().map(|g| g.kode).collect();
    assert_eq!(
        kode,
        [
            "rhk_belum_dinilai",
            "rhk_tidak_dikenal",
            "perilaku_belum_dinilai",
            "justifikasi_wajib",
            "periode_di_luar_skp"
        ]
    );
}

#[test]
fn period_is_cut_to_the_skp_dates() {
    let s = skp();
    let q1 = Periode {
        jenis: JenisPeriode::Triwulanan,
        tahun: 2026,
        ke: 1,
    };
    assert_eq!(q1.dalam_skp(&s), Some((d(2026, 3, 1), d(2026, 3, 31))));
}

#[test]
fn one_id_per_skp_and_period() {
    let p = Periode {
        jenis: JenisPeriode::Triwulanan,
        tahun: 2026,
        ke: 2,
    };
    assert_eq!(kunci_evaluasi("skp-1", &p), "ev-skp-1-triwulanan-2026-2");
    let q = Periode { ke: 3, ..p };
    assert_ne!(kunci_evaluasi("skp-1", &p), kunci_evaluasi("skp-1", &q));
}

#[test]
fn a_response_must_say_something() {
    let mut e = evaluasi(
        &[Rating::SesuaiEkspektasi],
        Rating::SesuaiEkspektasi,
        Rating::SesuaiEkspektasi,
    );
    assert_eq!(
        e.tanggapi(d(2026, 7, 5), "  ").unwrap_err().kode,
        "tanggapan_kosong"
    );
    assert!(e.tanggapan.is_none());
    e.tanggapi(d(2026, 7, 5), " Setuju, terima kasih ").unwrap();
    assert_eq!(e.tanggapan.as_ref().unwrap().isi, "Setuju, terima kasih");
}

#[test]
fn period_codes_match_the_stored_names_and_the_previous_period_crosses_the_year() {
    for j in JenisPeriode::SEMUA {
        let v = serde_json::to_value(j).unwrap();
        assert_eq!(v.as_str(), Some(j.kode()));
        assert_eq!(JenisPeriode::dari_kode(j.kode()), Some(j));
        assert_eq!(j.per_tahun() * j.bulan(), 12);
    }
    assert_eq!(JenisPeriode::dari_kode("mingguan"), None);
    let p = |jenis, tahun, ke| Periode { jenis, tahun, ke };
    assert_eq!(
        p(JenisPeriode::Triwulanan, 2026, 1).sebelumnya(),
        p(JenisPeriode::Triwulanan, 2025, 4)
    );
    assert_eq!(
        p(JenisPeriode::Bulanan, 2026, 7).sebelumnya(),
        p(JenisPeriode::Bulanan, 2026, 6)
    );
    assert_eq!(
        p(JenisPeriode::Tahunan, 2026, 1).sebelumnya(),
        p(JenisPeriode::Tahunan, 2025, 1)
    );
}

#[test]
fn a_date_inside_an_evaluated_period_names_that_period() {
    let s = skp();
    // Triwulan II 2026 is evaluated (April to June); the SKP starts in March.
    let e = evaluasi(
        &[Rating::SesuaiEkspektasi],
        Rating::SesuaiEkspektasi,
        Rating::SesuaiEkspektasi,
    );
    let tw2 = Some(e.periode);
    assert_eq!(periode_dievaluasi(&s, [&e], d(2026, 4, 1)), tw2);
    assert_eq!(periode_dievaluasi(&s, [&e], d(2026, 6, 30)), tw2);
    assert_eq!(periode_dievaluasi(&s, [&e], d(2026, 3, 31)), None);
    assert_eq!(periode_dievaluasi(&s, [&e], d(2026, 7, 1)), None);
    // Another SKP's evaluation says nothing about this one.
    let mut lain = e.clone();
    lain.skp_id = "skp-2".into();
    assert_eq!(periode_dievaluasi(&s, [&lain], d(2026, 5, 5)), None);
    // A period cut by the SKP's end: a day after the SKP is outside it.
    let mut akhir = e.clone();
    akhir.periode.ke = 4;
    let mut pendek = s.clone();
    pendek.periode_selesai = d(2026, 11, 30);
    assert_eq!(periode_dievaluasi(&pendek, [&akhir], d(2026, 12, 15)), None);
    assert_eq!(
        periode_dievaluasi(&pendek, [&akhir], d(2026, 11, 15)),
        Some(akhir.periode)
    );
}

#[test]
fn the_period_due_is_the_latest_ended() {
    let s = skp();
    let (a, b) = (s.periode_mulai, s.periode_selesai);
    assert_eq!((a, b), (d(2026, 3, 1), d(2026, 12, 31)));
    let tw = Periode::semua(JenisPeriode::Triwulanan, 2026);
    let pada = |h| Periode::jatuh_tempo(&tw, &s, h).map(|p| p.ke);
    // In the second quarter the first is due, on its last day the second.
    assert_eq!(pada(d(2026, 5, 10)), Some(1));
    assert_eq!(pada(d(2026, 6, 30)), Some(2));
    // Before any period ended: the one under way; before the SKP: the first.
    assert_eq!(pada(d(2026, 2, 1)), Some(1));
    assert_eq!(pada(d(2025, 11, 1)), Some(1));
    // After the SKP: its last.
    assert_eq!(pada(d(2027, 1, 15)), Some(4));
    // Across two years the year tells the periods apart.
    let dua: Vec<_> = [2026, 2027]
        .iter()
        .flat_map(|t| Periode::semua(JenisPeriode::Tahunan, *t))
        .collect();
    let mut panjang = skp();
    panjang.periode_selesai = d(2027, 6, 30);
    let p = Periode::jatuh_tempo(&dua, &panjang, d(2027, 1, 10)).unwrap();
    assert_eq!((p.tahun, p.ke), (2026, 1));
}
