//! `make bench`: native throughput of the scoring engine over 10,000 synthetic pegawai, each
//! with a full SKP (5 RHK × 3 IKI), 12 months of realisasi, 12 monthly evaluations, the annual
//! predikat, JPM and JP, plus the SE 3/2023 check per unit. Prints figures; asserts nothing timed.

use chrono::NaiveDate;
use kinerjaku::domain::distribusi::periksa_distribusi;
use kinerjaku::domain::kompetensi::{jpm, standar_default, Level};
use kinerjaku::domain::kuadran::{predikat, saran_rating_hasil, RatingRhkRingkas};
use kinerjaku::domain::pengembangan::{jp_tahunan, KegiatanPengembangan};
use kinerjaku::domain::progres::{capaian_sampai, Realisasi};
use kinerjaku::domain::skp::{
    Akumulasi, Aspek, Iki, JenisRhk, JenisSkp, Pendekatan, Rhk, Skp, Target,
};
use kinerjaku::domain::{Predikat, PredikatOrganisasi, Rating, Rulebook};
use std::hint::black_box;
use std::time::Instant;

const PEGAWAI: usize = 10_000;
const UKURAN_UNIT: usize = 25;

/// Small deterministic generator so every run scores the same data.
struct Acak(u64);

impl Acak {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn antara(&mut self, a: f64, b: f64) -> f64 {
        a + (self.next() % 10_000) as f64 / 10_000.0 * (b - a)
    }
}

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

struct Data {
    skp: Skp,
    realisasi: Vec<Realisasi>,
    perilaku: Rating,
    level: Level,
    pengembangan: Vec<KegiatanPengembangan>,
}

fn buat(rb: &Rulebook, n: usize, acak: &mut Acak) -> Data {
    let mut skp = Skp::baru(
        &format!("skp-{n}"),
        "198609262015051001",
        JenisSkp::JaJf,
        Pendekatan::Kuantitatif,
        d(1, 1),
        d(12, 31),
    );
    let mut realisasi = Vec::new();
    // Each pegawai works at their own pace, so the annual predikat spread is realistic.
    let tempo = acak.antara(0.6, 1.4);
    for r in 0..5 {
        let mut iki = Vec::new();
        for (a, aspek) in [Aspek::Kuantitas, Aspek::Kualitas, Aspek::Waktu]
            .into_iter()
            .enumerate()
        {
            let id = format!("iki-{n}-{r}-{a}");
            let (target, akumulasi) = match aspek {
                Aspek::Kuantitas => (
                    Target::Angka {
                        nilai: 24.0,
                        satuan: "dokumen".into(),
                    },
                    Akumulasi::Jumlah,
                ),
                Aspek::Kualitas => (
                    Target::Angka {
                        nilai: 100.0,
                        satuan: "%".into(),
                    },
                    Akumulasi::RataRata,
                ),
                _ => (
                    Target::MakinKecil {
                        nilai: 12.0,
                        satuan: "bulan".into(),
                    },
                    Akumulasi::Terakhir,
                ),
            };
            for m in 1..=12 {
                let nilai = match aspek {
                    Aspek::Kuantitas => tempo * acak.antara(1.5, 2.5),
                    Aspek::Kualitas => (tempo * acak.antara(85.0, 100.0)).min(100.0),
                    _ => m as f64 * acak.antara(0.9, 1.05),
                };
                realisasi.push(Realisasi {
                    id: format!("{id}-{m}"),
                    skp_id: skp.id.clone(),
                    iki_id: id.clone(),
                    tanggal: d(m, 28),
                    nilai: Some(nilai),
                    catatan: String::new(),
                    bukti: vec![],
                });
            }
            iki.push(Iki {
                id,
                aspek,
                indikator: "Indikator".into(),
                target,
                akumulasi,
                akumulasi_dipilih: false,
            });
        }
        let jenis = if r < 3 {
            JenisRhk::Utama
        } else {
            JenisRhk::Tambahan
        };
        skp.rhk.push(Rhk {
            id: format!("rhk-{n}-{r}"),
            jenis,
            uraian: "RHK".into(),
            rhk_atasan_id: None,
            rhk_atasan_uraian: String::new(),
            penugasan_dari: String::new(),
            perspektif: None,
            iki,
        });
    }
    let standar = standar_default(rb, "administrator").unwrap();
    let level = standar
        .keys()
        .map(|k| (k.clone(), 1 + (acak.next() % 5) as u8))
        .collect();
    let pengembangan = (0..4)
        .map(|i| KegiatanPengembangan {
            id: format!("k{i}"),
            pegawai_nip: "198609262015051001".into(),
            judul: "Pelatihan".into(),
            bentuk: "e_learning".into(),
            penyelenggara: String::new(),
            mulai: d(3 + i, 1),
            selesai: d(3 + i, 2),
            jp: acak.antara(2.0, 8.0),
            sertifikat: String::new(),
            terverifikasi: true,
        })
        .collect();
    // Mostly "sesuai", as in real units.
    let perilaku = match acak.next() % 10 {
        0 => Rating::DibawahEkspektasi,
        1 | 2 => Rating::DiatasEkspektasi,
        _ => Rating::SesuaiEkspektasi,
    };
    Data {
        skp,
        realisasi,
        perilaku,
        level,
        pengembangan,
    }
}

/// Rating for one RHK from the mean capaian of its IKI (a synthetic assessor).
fn rating_dari(c: f64) -> Rating {
    if c >= 105.0 {
        Rating::DiatasEkspektasi
    } else if c >= 85.0 {
        Rating::SesuaiEkspektasi
    } else {
        Rating::DibawahEkspektasi
    }
}

fn nilai(rb: &Rulebook, x: &Data, standar: &Level) -> (Predikat, usize) {
    let mut evaluasi = 0;
    let mut terakhir = Rating::SesuaiEkspektasi;
    for m in 1..=12u32 {
        let akhir = if m == 12 {
            d(12, 31)
        } else {
            d(m + 1, 1).pred_opt().unwrap()
        };
        let ringkas: Vec<RatingRhkRingkas> = x
            .skp
            .rhk
            .iter()
            .map(|r| {
                let c: f64 = r
                    .iki
                    .iter()
                    .filter_map(|i| capaian_sampai(rb, i, &x.realisasi, akhir))
                    .map(|c| c.unwrap().nilai.ke_f64())
                    .sum::<f64>()
                    / r.iki.len() as f64;
                // Progress is judged against the share of the year elapsed.
                RatingRhkRingkas {
                    utama: r.jenis == JenisRhk::Utama,
                    rating: rating_dari(c * 12.0 / m as f64),
                }
            })
            .collect();
        terakhir = saran_rating_hasil(rb, &ringkas).unwrap().nilai;
        black_box(predikat(rb, terakhir, x.perilaku));
        evaluasi += 1;
    }
    let tahunan = predikat(rb, terakhir, x.perilaku).nilai;
    black_box(jpm(rb, standar, &x.level).unwrap());
    black_box(jp_tahunan(rb, &x.pengembangan, 2026, "pns").unwrap());
    (tahunan, evaluasi)
}

fn main() {
    let rb = Rulebook::bawaan();
    let mut acak = Acak(2026);
    let t0 = Instant::now();
    let data: Vec<Data> = (0..PEGAWAI).map(|n| buat(rb, n, &mut acak)).collect();
    let siap = t0.elapsed();
    let standar = standar_default(rb, "administrator").unwrap();
    let t1 = Instant::now();
    let mut predikat_semua = Vec::with_capacity(PEGAWAI);
    let mut evaluasi = 0;
    for x in &data {
        let (p, e) = nilai(rb, x, &standar);
        predikat_semua.push(p);
        evaluasi += e;
    }
    let mut pelanggaran = 0;
    for unit in predikat_semua.chunks(UKURAN_UNIT) {
        pelanggaran += periksa_distribusi(rb, PredikatOrganisasi::Baik, unit)
            .unwrap()
            .nilai
            .pelanggaran
            .len();
    }
    let waktu = t1.elapsed();
    let realisasi: usize = data.iter().map(|x| x.realisasi.len()).sum();
    println!("scoring benchmark (native, release profile)");
    println!(
        "  synthetic data built in         {:>10.1} ms",
        siap.as_secs_f64() * 1e3
    );
    println!("  pegawai scored                  {PEGAWAI:>10}");
    println!("  realisasi entries               {realisasi:>10}");
    println!("  periodic evaluations            {evaluasi:>10}");
    println!(
        "  units checked (SE 3/2023)       {:>10}  ({pelanggaran} rules breached)",
        PEGAWAI.div_ceil(UKURAN_UNIT)
    );
    println!(
        "  total scoring time              {:>10.1} ms",
        waktu.as_secs_f64() * 1e3
    );
    println!(
        "  throughput                      {:>10.0} pegawai/s",
        PEGAWAI as f64 / waktu.as_secs_f64()
    );
    println!(
        "  per pegawai (full year)         {:>10.1} µs",
        waktu.as_secs_f64() * 1e6 / PEGAWAI as f64
    );
    let mut sebaran = [0usize; 5];
    for p in &predikat_semua {
        sebaran[*p as usize] += 1;
    }
    println!("  annual predikat SK/K/BP/B/SB    {sebaran:?}");
    let satuan = ukuran_tersimpan(rb, &data[0]);
    // Chromium's localStorage holds 5,242,880 UTF-16 code units per origin (measured by the
    // e2e quota test); snapshots need room too, so the practical figure is lower.
    const KAPASITAS: usize = 5_242_880;
    println!(
        "  stored size of one pegawai-year {:>10} UTF-16 code units",
        satuan
    );
    println!(
        "  pegawai-years per localStorage  {:>10}  (without snapshots)",
        KAPASITAS / satuan
    );
}

/// UTF-16 code units one pegawai-year takes in localStorage as records: the SKP, every
/// realisasi entry and 12 monthly evaluations, each in its record envelope.
fn ukuran_tersimpan(rb: &Rulebook, x: &Data) -> usize {
    use kinerjaku::domain::evaluasi::{
        Evaluasi, JenisPeriode, PenilaianPerilaku, Periode, RatingRhk,
    };
    use kinerjaku::domain::kuadran::RatingDitetapkan;
    let amplop = |jenis: &str, id: &str, data: serde_json::Value| {
        let r = serde_json::json!({"id": id, "type": jenis, "revision": 3, "updated_at": "2026-11-22T09:00:00+07:00", "deleted": false, "data": data, "schema_version": 1});
        let kunci = format!("kinerjaku.v1.r.{jenis}.{id}");
        kunci.encode_utf16().count() + r.to_string().encode_utf16().count()
    };
    let mut total = amplop("skp", &x.skp.id, serde_json::to_value(&x.skp).unwrap());
    for r in &x.realisasi {
        total += amplop("realisasi", &r.id, serde_json::to_value(r).unwrap());
    }
    for m in 1..=12 {
        let e = Evaluasi {
            id: format!("ev-{m}"),
            skp_id: x.skp.id.clone(),
            pegawai_nip: x.skp.pegawai_nip.clone(),
            penilai_nip: "197001012000031001".into(),
            periode: Periode {
                jenis: JenisPeriode::Bulanan,
                tahun: 2026,
                ke: m,
            },
            tanggal: d(m, 28),
            rating_rhk: x
                .skp
                .rhk
                .iter()
                .map(|r| RatingRhk {
                    rhk_id: r.id.clone(),
                    rating: Rating::SesuaiEkspektasi,
                    realisasi: "Sesuai target bulan ini".into(),
                    umpan_balik: "Pertahankan".into(),
                })
                .collect(),
            rating_hasil: RatingDitetapkan {
                rating: Rating::SesuaiEkspektasi,
                saran: Some(Rating::SesuaiEkspektasi),
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
            rating_perilaku: x.perilaku,
            capaian_organisasi: None,
            pimpinan_unit: false,
            tanggapan: None,
        };
        total += amplop("evaluasi", &e.id, serde_json::to_value(&e).unwrap());
    }
    total
}
