use super::*;
use crate::domain::evaluasi::JenisPeriode as J;

fn n(jenis: J, ke: u32, tahun: i32, predikat: Predikat, bulan: u32) -> NilaiPeriode {
    di("skp-1", jenis, ke, tahun, predikat, bulan)
}

/// An evaluation of the SKP `skp`.
fn di(skp: &str, jenis: J, ke: u32, tahun: i32, predikat: Predikat, bulan: u32) -> NilaiPeriode {
    NilaiPeriode {
        skp: skp.into(),
        periode: Periode { jenis, tahun, ke },
        dari_bulan: Periode { jenis, tahun, ke }
            .rentang()
            .map_or(1, |(m, _)| m.month()),
        predikat,
        bulan,
        sebelum_awal: false,
    }
}

/// An evaluation of the SKP `skp` running from `mulai` to `selesai`, every evaluation counting.
fn pada(
    skp: &str,
    periode: Periode,
    predikat: Predikat,
    rentang: (NaiveDate, NaiveDate),
) -> NilaiPeriode {
    NilaiPeriode::baru(skp, periode, predikat, rentang, None)
}

fn tgl(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn periode(jenis: J, ke: u32) -> Periode {
    Periode {
        jenis,
        tahun: 2026,
        ke,
    }
}

fn cetak(x: Pecahan) -> f64 {
    x.bulatkan(2).unwrap().ke_f64()
}

fn rekap(nilai: &[NilaiPeriode], awal: f64) -> RekapAk {
    let rb = Rulebook::bawaan();
    rekap_angka_kredit(
        rb,
        "ahli_pertama",
        nilai,
        Pecahan::tepat(awal).unwrap(),
        None,
    )
    .unwrap()
    .nilai
}

#[test]
fn the_annual_evaluation_is_the_years_figure_and_the_quarters_are_shown_not_added() {
    let r = rekap(
        &[
            n(J::Triwulanan, 1, 2026, Predikat::Baik, 3),
            n(J::Triwulanan, 2, 2026, Predikat::SangatBaik, 3),
            n(J::Tahunan, 1, 2026, Predikat::SangatBaik, 12),
        ],
        0.0,
    );
    let t = &r.tahun[0];
    assert_eq!(t.sumber, SumberTahun::Tahunan);
    // 150 % × 12,5 (the BKN worked example).
    assert_eq!((cetak(t.ak), t.bulan), (18.75, 12));
    assert_eq!(
        t.baris.iter().map(|b| b.dihitung).collect::<Vec<_>>(),
        [false, false, true]
    );
    assert_eq!(cetak(r.kumulatif), 18.75);
}

#[test]
fn without_an_annual_one_the_kind_that_covers_most_months_is_provisional() {
    // Two quarters (6 months) and one month: the quarters count, the month is not added.
    let r = rekap(
        &[
            n(J::Triwulanan, 1, 2026, Predikat::Baik, 3),
            n(J::Triwulanan, 2, 2026, Predikat::Baik, 3),
            n(J::Bulanan, 7, 2026, Predikat::SangatBaik, 1),
        ],
        0.0,
    );
    let t = &r.tahun[0];
    assert_eq!(t.sumber, SumberTahun::Sementara(J::Triwulanan));
    assert_eq!((cetak(t.ak), t.bulan), (6.25, 6));
    // Equal cover: the finer kind (monthly) stands.
    let bulanan: Vec<NilaiPeriode> = (1..=3)
        .map(|ke| n(J::Bulanan, ke, 2026, Predikat::Baik, 1))
        .chain([n(J::Triwulanan, 1, 2026, Predikat::SangatBaik, 3)])
        .collect();
    let r = rekap(&bulanan, 0.0);
    assert_eq!(r.tahun[0].sumber, SumberTahun::Sementara(J::Bulanan));
    assert_eq!(cetak(r.tahun[0].ak), 3.13);
}

#[test]
fn twelve_months_of_one_predikat_make_exactly_the_annual_figure() {
    let rb = Rulebook::bawaan();
    for jenjang in rb.angka_kredit.koefisien.keys() {
        for p in Predikat::SEMUA {
            let bulanan: Vec<NilaiPeriode> =
                (1..=12).map(|ke| n(J::Bulanan, ke, 2026, p, 1)).collect();
            let tahunan = [n(J::Tahunan, 1, 2026, p, 12)];
            let nol = Pecahan::NOL;
            let a = rekap_angka_kredit(rb, jenjang, &bulanan, nol, None)
                .unwrap()
                .nilai;
            let b = rekap_angka_kredit(rb, jenjang, &tahunan, nol, None)
                .unwrap()
                .nilai;
            assert_eq!(a.kumulatif, b.kumulatif, "{jenjang} {p:?}");
        }
    }
}

#[test]
fn years_add_up_from_the_starting_points_against_the_next_pangkat_and_jenjang() {
    let r = rekap(
        &[
            n(J::Tahunan, 1, 2025, Predikat::Baik, 9),
            n(J::Tahunan, 1, 2026, Predikat::SangatBaik, 12),
        ],
        30.0,
    );
    assert_eq!(
        r.tahun.iter().map(|t| t.tahun).collect::<Vec<_>>(),
        [2025, 2026]
    );
    // 9/12 × 12,5 = 9,375; 18,75; plus 30.
    assert_eq!(r.kumulatif, Pecahan::tepat(58.125).unwrap());
    assert_eq!(r.kebutuhan_pangkat.map(cetak), Some(50.0));
    assert_eq!(r.kurang_pangkat.map(cetak), Some(0.0));
    assert_eq!(r.kurang_jenjang.map(cetak), Some(41.88));
}

#[test]
fn months_covered_count_each_month_begun_within_a_year() {
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    assert_eq!(bulan_tercakup(d(1, 1), d(12, 31)), 12);
    assert_eq!(bulan_tercakup(d(4, 15), d(12, 31)), 9);
    assert_eq!(bulan_tercakup(d(3, 1), d(3, 31)), 1);
    assert_eq!(bulan_tercakup(d(5, 1), d(4, 1)), 0);
}

#[test]
fn a_structural_jenjang_earns_none_and_says_why() {
    let rb = Rulebook::bawaan();
    let g = rekap_angka_kredit(
        rb,
        "pengawas",
        &[n(J::Tahunan, 1, 2026, Predikat::Baik, 12)],
        Pecahan::NOL,
        None,
    )
    .unwrap_err();
    assert_eq!(g.kode, "jenjang_tanpa_koefisien");
}

#[test]
fn an_skp_across_a_year_end_counts_in_each_year_only_its_months_there() {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let tahun = |tahun| Periode {
        jenis: J::Tahunan,
        tahun,
        ke: 1,
    };
    let (mulai, selesai) = (d(2025, 7, 1), d(2026, 6, 30));
    assert_eq!(bulan_tercakup_periode(&tahun(2025), mulai, selesai), 6);
    assert_eq!(bulan_tercakup_periode(&tahun(2026), mulai, selesai), 6);
    assert_eq!(bulan_tercakup_periode(&tahun(2027), mulai, selesai), 0);
    assert_eq!(
        bulan_tercakup_periode(&tahun(2026), d(2026, 1, 1), d(2026, 12, 31)),
        12
    );
}

#[test]
fn a_year_of_two_skps_sharing_a_month_counts_twelve_months() {
    // A move on 16 June: Jan–Jun (6 months begun) and Jun–Dec (7): June counts once.
    let (lama, baru) = ((tgl(1, 1), tgl(6, 15)), (tgl(6, 16), tgl(12, 31)));
    let th = periode(J::Tahunan, 1);
    let r = rekap(
        &[
            pada("lama", th, Predikat::Baik, lama),
            pada("baru", th, Predikat::Baik, baru),
        ],
        0.0,
    );
    let t = &r.tahun[0];
    assert_eq!((t.bulan, cetak(t.ak)), (12, 12.5));
    assert_eq!(
        t.baris.iter().map(|b| b.nilai.bulan).collect::<Vec<_>>(),
        [6, 6],
        "each row shows the months it counts"
    );
}

#[test]
fn one_skps_annual_evaluation_leaves_anothers_quarters_counted_until_its_own() {
    // A move at the end of June: the first SKP has its annual evaluation (6 months), the
    // second its third quarter so far. Both count: 6 + 3 months, provisional until the
    // second SKP's annual one.
    let mut nilai = vec![
        di("lama", J::Triwulanan, 1, 2026, Predikat::Baik, 3),
        di("lama", J::Triwulanan, 2, 2026, Predikat::Baik, 3),
        di("lama", J::Tahunan, 1, 2026, Predikat::Baik, 6),
        di("baru", J::Triwulanan, 3, 2026, Predikat::SangatBaik, 3),
    ];
    let r = rekap(&nilai, 0.0);
    let t = &r.tahun[0];
    assert_eq!(t.sumber, SumberTahun::Sementara(J::Triwulanan));
    // 6/12 × 12,5 + 3/12 × 18,75.
    assert_eq!((t.bulan, cetak(t.ak)), (9, 10.94));
    assert_eq!(
        t.baris
            .iter()
            .map(|b| (b.nilai.skp.as_str(), b.dihitung))
            .collect::<Vec<_>>(),
        [
            ("lama", false),
            ("lama", false),
            ("baru", true),
            ("lama", true)
        ]
    );
    // The second SKP's annual evaluation: the year is final, its quarter no longer added.
    let baru = (tgl(7, 1), tgl(12, 31));
    nilai.push(pada(
        "baru",
        periode(J::Tahunan, 1),
        Predikat::SangatBaik,
        baru,
    ));
    let t = &rekap(&nilai, 0.0).tahun[0];
    assert_eq!(t.sumber, SumberTahun::Tahunan);
    assert_eq!((t.bulan, cetak(t.ak)), (12, 15.63));
}

#[test]
fn a_period_counts_only_the_months_its_skp_covers() {
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    let q = |ke| Periode {
        jenis: J::Triwulanan,
        tahun: 2026,
        ke,
    };
    // Joined on 15 February: the first quarter stands for February and March.
    assert_eq!(bulan_tercakup_periode(&q(1), d(2, 15), d(12, 31)), 2);
    assert_eq!(bulan_tercakup_periode(&q(2), d(2, 15), d(12, 31)), 3);
    // A quarter the SKP does not reach stands for none.
    assert_eq!(bulan_tercakup_periode(&q(1), d(4, 1), d(12, 31)), 0);
    let bulan = Periode {
        jenis: J::Bulanan,
        tahun: 2026,
        ke: 2,
    };
    assert_eq!(bulan_tercakup_periode(&bulan, d(2, 15), d(12, 31)), 1);
}

#[test]
fn evaluations_before_the_starting_point_are_left_out_and_a_period_across_it_counts_from_then() {
    // Promoted with 60 on 1 April 2026 (the TMT): what came before is in the 60. The first SKP
    // ran January to March, the second from April; the year's quarters and annual evaluations.
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    let sejak = Some(d(4, 1));
    let lama = (d(1, 1), d(3, 31));
    let baru = (d(4, 1), d(12, 31));
    let q = |ke| Periode {
        jenis: J::Triwulanan,
        tahun: 2026,
        ke,
    };
    let th = Periode {
        jenis: J::Tahunan,
        tahun: 2026,
        ke: 1,
    };
    let nilai = [
        NilaiPeriode::baru("lama", q(1), Predikat::SangatBaik, lama, sejak),
        NilaiPeriode::baru("lama", th, Predikat::SangatBaik, lama, sejak),
        NilaiPeriode::baru("baru", q(2), Predikat::Baik, baru, sejak),
        NilaiPeriode::baru("baru", th, Predikat::Baik, baru, sejak),
    ];
    assert_eq!(
        nilai.iter().map(|n| n.sebelum_awal).collect::<Vec<_>>(),
        [true, true, false, false]
    );
    let rb = Rulebook::bawaan();
    let awal = Pecahan::tepat(60.0).unwrap();
    let e = rekap_angka_kredit(rb, "ahli_pertama", &nilai, awal, sejak).unwrap();
    let r = &e.nilai;
    assert_eq!(r.sebelum_awal, 2);
    let t = &r.tahun[0];
    // 9/12 × 12,5 from April; January to March are not added to the 60 again.
    assert_eq!((t.bulan, cetak(t.ak)), (9, 9.38));
    assert_eq!(
        t.baris.len(),
        2,
        "rows before the starting point are not shown as counted"
    );
    assert_eq!(r.kumulatif, Pecahan::tepat(69.375).unwrap());
    let teks = e
        .penjelasan
        .uraikan(rb, crate::domain::Bahasa::Id)
        .join("\n");
    assert!(
        teks.contains("Evaluasi dihitung sejak = 2026-04-01"),
        "{teks}"
    );
    assert!(
        teks.contains("sudah termasuk angka kredit awal) = 2"),
        "{teks}"
    );

    // One SKP for the whole year, promoted in its middle: its annual evaluation counts the
    // months from the starting point, its first quarter none.
    let setahun = (d(1, 1), d(12, 31));
    let tengah = Some(d(7, 15));
    let a = NilaiPeriode::baru("s", th, Predikat::Baik, setahun, tengah);
    assert_eq!((a.bulan, a.sebelum_awal), (6, false));
    let q1 = NilaiPeriode::baru("s", q(1), Predikat::Baik, setahun, tengah);
    assert_eq!((q1.bulan, q1.sebelum_awal), (0, true));
    // Without a day every evaluation counts, as before.
    let semua = NilaiPeriode::baru("s", q(1), Predikat::Baik, setahun, None);
    assert_eq!((semua.bulan, semua.sebelum_awal), (3, false));
}

#[test]
fn monthly_evaluations_of_a_move_in_mid_month_count_each_month_once_and_december_too() {
    // Moved on 16 June, evaluated monthly: June is evaluated in both SKPs (13 rows). It counts
    // once, for the first SKP; December counts (it once got 0 months and failed the year).
    let (lama, baru) = ((tgl(1, 1), tgl(6, 15)), (tgl(6, 16), tgl(12, 31)));
    let mut nilai: Vec<NilaiPeriode> = (1..=6)
        .map(|ke| pada("lama", periode(J::Bulanan, ke), Predikat::Baik, lama))
        .collect();
    nilai.extend(
        (6..=12).map(|ke| pada("baru", periode(J::Bulanan, ke), Predikat::SangatBaik, baru)),
    );
    let t = &rekap(&nilai, 0.0).tahun[0];
    assert_eq!(t.bulan, 12);
    // 6/12 × 12,5 + 6/12 × 18,75.
    assert_eq!(cetak(t.ak), 15.63);
    let juni: Vec<(&str, u32)> = t
        .baris
        .iter()
        .filter(|b| b.nilai.periode.ke == 6)
        .map(|b| (b.nilai.skp.as_str(), b.nilai.bulan))
        .collect();
    assert_eq!(juni, [("lama", 1), ("baru", 0)]);
    let desember = t.baris.iter().find(|b| b.nilai.periode.ke == 12).unwrap();
    assert_eq!((desember.nilai.bulan, desember.dihitung), (1, true));
}

#[test]
fn an_evaluation_of_a_period_its_skp_does_not_reach_adds_nothing_and_fails_nothing() {
    let r = rekap(
        &[
            pada(
                "s",
                periode(J::Triwulanan, 1),
                Predikat::Baik,
                (tgl(4, 1), tgl(12, 31)),
            ),
            pada(
                "s",
                periode(J::Triwulanan, 2),
                Predikat::Baik,
                (tgl(4, 1), tgl(12, 31)),
            ),
        ],
        0.0,
    );
    let t = &r.tahun[0];
    assert_eq!((t.bulan, cetak(t.ak)), (3, 3.13));
    assert_eq!(t.baris[0].nilai.bulan, 0);
}
