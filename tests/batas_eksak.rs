//! Issue 10: exhaustive boundary sweeps of the regulated numbers against an independent exact
//! reference written here (i128 fractions, the regulation's tables typed in from the text), so
//! a value exactly on a band edge is checked on every edge. Each sweep asserts how many points
//! it covered and prints it (`cargo test --test batas_eksak -- --nocapture`).
#![cfg(not(target_arch = "wasm32"))]

use kinerjaku::domain::angka_kredit::{angka_kredit, angka_kredit_kumulatif};
use kinerjaku::domain::capaian::{capaian_iki, nilai_capaian_iki_2021};
use kinerjaku::domain::legacy::{nilai_kinerja_pp30, prestasi_kerja_perka2013};
use kinerjaku::domain::rulebook::BobotSkm;
use kinerjaku::domain::skm::{hitung_ikm, ikm_dari_nrr, Jawaban};
use kinerjaku::domain::skp::Target;
use kinerjaku::domain::{Pecahan, Predikat, Rulebook};

/// The reference: `p / q` with `q > 0` (equality is by cross-multiplication).
#[derive(Clone, Copy, Debug)]
struct Q(i128, i128);

impl Q {
    fn n(n: i128) -> Q {
        Q(n, 1)
    }
    /// Reduced, so long sums stay small.
    fn kecil(p: i128, q: i128) -> Q {
        let (mut a, mut b) = (p.abs(), q);
        while b != 0 {
            (a, b) = (b, a % b);
        }
        Q(p / a.max(1), q / a.max(1))
    }
    fn add(self, o: Q) -> Q {
        Q::kecil(self.0 * o.1 + o.0 * self.1, self.1 * o.1)
    }
    fn mul(self, o: Q) -> Q {
        Q::kecil(self.0 * o.0, self.1 * o.1)
    }
    /// −1, 0 or 1 as `self` is below, on or above `o`.
    fn banding(self, o: Q) -> i128 {
        (self.0 * o.1 - o.0 * self.1).signum()
    }
    /// Rounded to `d` decimals, half away from zero, as a count of 10^-d.
    fn bulat(self, d: u32) -> i128 {
        let n = self.0 * 10i128.pow(d);
        let (h, sisa) = (n / self.1, (n % self.1).abs());
        if 2 * sisa >= self.1 {
            h + n.signum()
        } else {
            h
        }
    }
}

/// The engine's exact value, as hundredths (or 10^-d) — it must be a whole count of them.
fn satuan(x: Pecahan, d: u32) -> i128 {
    let skala = 10i128.pow(d);
    assert_eq!(
        (x.pembilang() * skala) % x.penyebut(),
        0,
        "{x:?} not rounded to {d}"
    );
    x.pembilang() * skala / x.penyebut()
}

fn lapor(nama: &str, titik: usize, selisih: usize) {
    eprintln!("{nama}: {titik} points, {selisih} disagreements");
}

/// PP 30/2019 Pasal 41 bands on nilai in hundredths.
fn predikat_pp30(x: i128, inovasi: bool) -> &'static str {
    match x {
        ..5000 => "nilai.sangat_kurang",
        5000..7000 => "nilai.kurang",
        7000..9000 => "nilai.cukup",
        11000..=12000 if inovasi => "nilai.sangat_baik",
        _ => "nilai.baik",
    }
}

/// Perka BKN 1/2013 bands on nilai in hundredths.
fn predikat_perka(x: i128) -> &'static str {
    match x {
        ..5100 => "nilai.buruk",
        5100..6100 => "nilai.kurang",
        6100..7600 => "nilai.cukup",
        7600..9100 => "nilai.baik",
        _ => "nilai.sangat_baik",
    }
}

#[test]
fn sweep_nilai_kinerja_every_integer_pair() {
    let rb = Rulebook::bawaan();
    let (mut titik, mut selisih) = (0, Vec::new());
    for skp in 0..=120i128 {
        for perilaku in 0..=100i128 {
            // PP 30/2019: 70/30 without 360°, 60/40 with it; with and without inovasi.
            for (dengan_360, w) in [(false, (7, 3)), (true, (6, 4))] {
                let x = Q(w.0 * skp + w.1 * perilaku, 10).bulat(2);
                for inovasi in [false, true] {
                    let h =
                        nilai_kinerja_pp30(rb, skp as f64, perilaku as f64, dengan_360, inovasi)
                            .unwrap()
                            .nilai;
                    titik += 1;
                    if satuan(h.nilai, 2) != x || h.predikat != predikat_pp30(x, inovasi) {
                        selisih.push((skp, perilaku, dengan_360, inovasi, h));
                    }
                }
            }
            // Perka BKN 1/2013 prestasi kerja, 60/40.
            let x = Q(6 * skp + 4 * perilaku, 10).bulat(2);
            let h = prestasi_kerja_perka2013(rb, skp as f64, perilaku as f64)
                .unwrap()
                .nilai;
            titik += 1;
            if satuan(h.nilai, 2) != x || h.predikat != predikat_perka(x) {
                selisih.push((skp, perilaku, true, false, h));
            }
        }
    }
    lapor(
        "nilai kinerja (PP 30/2019 ×4, Perka 2013)",
        titik,
        selisih.len(),
    );
    assert_eq!(titik, 121 * 101 * 5);
    assert!(selisih.is_empty(), "{:?}", &selisih[..selisih.len().min(5)]);
}

/// Mutu pelayanan (PermenPANRB 14/2017) on IKM in ten-thousandths.
fn mutu(ikm: i128) -> &'static str {
    match ikm {
        ..26000 => "mutu.d",
        26000..30644 => "mutu.c",
        30644..35324 => "mutu.b",
        _ => "mutu.a",
    }
}

/// IKM, konversi and mutu from NRR values, by the reference.
fn ikm_rujukan(nrr: &[Q], bobot: Q) -> (i128, i128, &'static str) {
    let mentah = nrr.iter().fold(Q::n(0), |j, v| j.add(v.mul(bobot)));
    let dibatasi = if mentah.banding(Q::n(1)) < 0 {
        Q::n(1)
    } else if mentah.banding(Q::n(4)) > 0 {
        Q::n(4)
    } else {
        mentah
    };
    let ikm = dibatasi.bulat(4);
    let konversi = Q(ikm * 25, 10_000).bulat(2);
    (ikm, konversi, mutu(ikm))
}

#[test]
fn sweep_ikm_every_nrr_step_for_every_unsur_count() {
    let (mut titik, mut selisih) = (0, 0);
    // The rulebook allows any number of unsur; 14 was the count of the older Kepmenpan 25/2004.
    for n in 1..=14usize {
        for tetap in [false, true] {
            let mut rb = Rulebook::bawaan().clone();
            rb.skm.unsur = (1..=n).map(|i| format!("u{i}")).collect();
            rb.skm.bobot = if tetap {
                BobotSkm::Tetap(0.11)
            } else {
                BobotSkm::Seragam
            };
            let bobot = if tetap { Q(11, 100) } else { Q(1, n as i128) };
            // NRR k/100 on every unsur, then j of them one step higher: IKM on every 1/(100 n).
            for k in 100..=400i128 {
                for j in 0..n {
                    if k == 400 && j > 0 {
                        break;
                    }
                    let nrr: Vec<Q> = (0..n).map(|i| Q(k + i128::from(i < j), 100)).collect();
                    let masuk = rb
                        .skm
                        .unsur
                        .iter()
                        .zip(&nrr)
                        .map(|(u, v)| (u.clone(), Pecahan::baru(v.0, v.1).unwrap()))
                        .collect();
                    let h = ikm_dari_nrr(&rb, masuk, 1).unwrap().nilai;
                    let (ikm, konversi, m) = ikm_rujukan(&nrr, bobot);
                    titik += 1;
                    if satuan(h.ikm, 4) != ikm || satuan(h.konversi, 2) != konversi || h.mutu != m {
                        selisih += 1;
                        eprintln!("n={n} tetap={tetap} k={k} j={j}: {h:?}");
                    }
                }
            }
        }
    }
    lapor("IKM from NRR, 1–14 unsur × 2 weights", titik, selisih);
    // Per unsur count: 300 steps × n, plus NRR 4,00; both weights.
    assert_eq!(titik, (1..=14).map(|n| 300 * n + 1).sum::<usize>() * 2);
    assert_eq!(selisih, 0);
}

#[test]
fn sweep_ikm_through_the_answers_every_nrr_step() {
    let rb = Rulebook::bawaan();
    let (mut titik, mut selisih) = (0, 0);
    // 100 respondents whose answers sum to k on every unsur: NRR k/100 from the raw answers.
    for k in 100..=400usize {
        let responden: Vec<Jawaban> = (0..100)
            .map(|i| {
                let v = 1 + (k - 100) / 100 + usize::from(i < (k - 100) % 100);
                rb.skm.unsur.iter().map(|u| (u.clone(), v as u8)).collect()
            })
            .collect();
        let h = hitung_ikm(rb, &responden).unwrap().nilai;
        let nrr = vec![Q(k as i128, 100); rb.skm.unsur.len()];
        let (ikm, konversi, m) = ikm_rujukan(&nrr, Q(1, nrr.len() as i128));
        titik += 1;
        if satuan(h.ikm, 4) != ikm || satuan(h.konversi, 2) != konversi || h.mutu != m {
            selisih += 1;
            eprintln!("k={k}: {h:?}");
        }
    }
    lapor("IKM from 100 respondents' answers", titik, selisih);
    assert_eq!(titik, 301);
    assert_eq!(selisih, 0);
}

/// PermenPANRB 8/2021 nilai capaian IKI of a capaian in hundredths, as (hundredths, category).
fn nilai_2021(c: i128, target_maksimal: bool) -> (i128, &'static str) {
    let c100 = Q(c, 100);
    let garis = |x0: i128, y0: i128, x1: i128, y1: i128| {
        Q::n(y0)
            .add(Q(y1 - y0, x1 - x0).mul(c100.add(Q::n(-x0))))
            .bulat(2)
    };
    match c {
        10000 if target_maksimal => (12000, "nilai.sangat_baik"),
        ..0 => (0, "nilai.sangat_kurang"),
        0..6000 => (garis(0, 0, 59, 49), "nilai.sangat_kurang"),
        6000..8000 => (garis(60, 50, 79, 69), "nilai.kurang"),
        8000..10000 => (garis(80, 70, 99, 89), "nilai.cukup"),
        10000 => (10900, "nilai.baik"),
        10001..10100 => (11000, "nilai.sangat_baik"),
        10100..=11000 => (garis(101, 110, 110, 120), "nilai.sangat_baik"),
        _ => (12000, "nilai.sangat_baik"),
    }
}

#[test]
fn sweep_capaian_around_100_both_directions_and_target_maksimal() {
    let rb = Rulebook::bawaan();
    let (mut titik, mut selisih) = (0, 0);
    // Targets 0,01–3,00 and realisasi in 0,01 steps from half to one and a half of the target:
    // capaian 50–150 %, across the edges at 60, 80, 100, 101 and 110.
    for t in 1..=300i128 {
        for r in (t + 1) / 2..=t * 3 / 2 {
            for makin_kecil in [false, true] {
                let (nilai, satuan_t) = (t as f64 / 100.0, String::new());
                let target = if makin_kecil {
                    Target::MakinKecil {
                        nilai,
                        satuan: satuan_t,
                    }
                } else {
                    Target::Angka {
                        nilai,
                        satuan: satuan_t,
                    }
                };
                let c = capaian_iki(rb, &target, r as f64 / 100.0).unwrap().nilai;
                let rujukan = if makin_kecil {
                    Q(200 * t - 100 * r, t)
                } else {
                    Q(100 * r, t)
                };
                if Q(c.pembilang(), c.penyebut()).banding(rujukan) != 0 {
                    selisih += 1;
                    eprintln!("capaian t={t} r={r} {makin_kecil}: {c:?}");
                }
                let c2 = rujukan.bulat(2);
                for maks in [false, true] {
                    let h = nilai_capaian_iki_2021(rb, c, maks).unwrap().nilai;
                    let (n, kat) = nilai_2021(c2, maks);
                    titik += 1;
                    if satuan(h.nilai, 2) != n || h.kategori != kat {
                        selisih += 1;
                        eprintln!("nilai t={t} r={r} {makin_kecil} {maks}: {h:?} ≠ {n} {kat}");
                    }
                }
            }
        }
    }
    lapor(
        "capaian/nilai IKI, 2 directions × target maksimal",
        titik,
        selisih,
    );
    let per_arah: usize = (1..=300usize).map(|t| t * 3 / 2 - t.div_ceil(2) + 1).sum();
    assert_eq!(titik, per_arah * 4);
    assert_eq!(selisih, 0);
}

#[test]
fn sweep_angka_kredit_monthly_sums_equal_the_period() {
    let rb = Rulebook::bawaan();
    // PermenPANRB 1/2023: koefisien per jenjang (hundredths) and percent per predikat.
    let koefisien = [
        ("pemula", 375),
        ("terampil", 500),
        ("mahir", 1250),
        ("penyelia", 2500),
        ("ahli_pertama", 1250),
        ("ahli_muda", 2500),
        ("ahli_madya", 3750),
        ("ahli_utama", 5000),
    ];
    let persen = [
        (Predikat::SangatBaik, 150),
        (Predikat::Baik, 100),
        (Predikat::ButuhPerbaikan, 75),
        (Predikat::KurangMisconduct, 50),
        (Predikat::SangatKurang, 25),
    ];
    let (mut titik, mut selisih) = (0, 0);
    for (jenjang, k) in koefisien {
        for (p, pr) in persen {
            let sebulan = angka_kredit(rb, jenjang, p, 1).unwrap().nilai;
            let mut jumlah = Pecahan::NOL;
            for bulan in 1..=12i128 {
                jumlah = jumlah.tambah(sebulan).unwrap();
                let periode = angka_kredit(rb, jenjang, p, bulan as u32).unwrap().nilai;
                let kumulatif = angka_kredit_kumulatif(rb, jenjang, &vec![(p, 1); bulan as usize])
                    .unwrap()
                    .nilai;
                // bulan / 12 × persen / 100 × koefisien (hundredths).
                let rujukan = Q(bulan * pr * k, 12 * 100 * 100);
                let sama = |x: Pecahan| Q(x.pembilang(), x.penyebut()).banding(rujukan) == 0;
                titik += 1;
                if !(sama(jumlah) && sama(periode) && sama(kumulatif))
                    || jumlah.bulatkan(2).unwrap() != periode.bulatkan(2).unwrap()
                {
                    selisih += 1;
                    eprintln!("{jenjang} {p:?} {bulan}: {jumlah:?} {periode:?}");
                }
            }
        }
    }
    lapor(
        "angka kredit, 8 jenjang × 5 predikat × 1–12 months",
        titik,
        selisih,
    );
    assert_eq!(titik, 8 * 5 * 12);
    assert_eq!(selisih, 0);
}

/// Issue 10: twelve months of Baik for Ahli Pertama used to sum to 12,48; the year is 12,5.
#[test]
fn twelve_months_of_baik_ahli_pertama_are_12_5() {
    let rb = Rulebook::bawaan();
    let bulanan = angka_kredit(rb, "ahli_pertama", Predikat::Baik, 1).unwrap();
    // Printed alone, a month is 1,04; summed exactly, twelve are the year's 12,5.
    assert_eq!(
        bulanan.nilai.bulatkan(2).unwrap(),
        Pecahan::baru(104, 100).unwrap()
    );
    let tahun = angka_kredit_kumulatif(rb, "ahli_pertama", &[(Predikat::Baik, 1); 12]).unwrap();
    assert_eq!(tahun.nilai, Pecahan::baru(25, 2).unwrap());
    assert_eq!(
        tahun.nilai,
        angka_kredit(rb, "ahli_pertama", Predikat::Baik, 12)
            .unwrap()
            .nilai
    );
}
