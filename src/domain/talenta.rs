//! Manajemen talenta (PermenPANRB 3/2020): the 9-box from kinerja and potensial, with the box
//! numbering, follow-up and succession group all taken from the rulebook.

use super::explain::Isi;
use super::rulebook::GabungTahun;
use super::{Explained, Galat, Penjelasan, Predikat, Rating, Rulebook};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Potensial {
    Rendah,
    Menengah,
    Tinggi,
}

impl Potensial {
    fn indeks(self) -> usize {
        self as usize
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Potensial::Rendah => "potensial.rendah",
            Potensial::Menengah => "potensial.menengah",
            Potensial::Tinggi => "potensial.tinggi",
        }
    }
}

/// What the talent committee records for one pegawai; the box itself is always recomputed.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct InputTalenta {
    pub id: String,
    pub pegawai_nip: String,
    pub tahun: i32,
    /// Annual predikat of recent years, oldest first.
    pub predikat_tahunan: Vec<Predikat>,
    pub potensial: Potensial,
    /// Basis of the potensial level (asesmen potensi, rekam jejak, JPM, ...).
    #[serde(default)]
    pub dasar_potensial: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Kotak {
    pub nomor: u8,
    pub kinerja: Rating,
    pub potensial: Potensial,
    /// Label keys of the recommended follow-up.
    pub tindak_lanjut: Vec<String>,
    pub kelompok_suksesi: bool,
}

/// Places a pegawai from their recent annual predikat (oldest first) and potensial.
pub fn kotak_talenta(
    rb: &Rulebook,
    predikat_tahunan: &[Predikat],
    potensial: Potensial,
) -> Result<Explained<Kotak>, Galat> {
    let t = &rb.talenta;
    let kinerja_tahun: Vec<Rating> = predikat_tahunan
        .iter()
        .map(|p| t.kinerja_dari_predikat[p])
        .collect();
    let kinerja = match t.gabung_tahun {
        GabungTahun::Terendah => kinerja_tahun.iter().min().copied(),
        GabungTahun::Terakhir => kinerja_tahun.last().copied(),
    }
    .ok_or_else(|| Galat::baru("tanpa_predikat"))?;
    let nomor = t.kotak[potensial.indeks()][kinerja as usize];
    let mut pj = Penjelasan::baru(rb, "talenta_9box");
    for p in predikat_tahunan {
        pj = pj.label("butir.predikat", p.label_key());
    }
    // Which year counts is the rule's choice: said whenever there is more than one.
    if predikat_tahunan.len() > 1 {
        pj = pj.catat(match t.gabung_tahun {
            GabungTahun::Terendah => "catatan.kinerja_tahun_terendah",
            GabungTahun::Terakhir => "catatan.kinerja_tahun_terakhir",
        });
    }
    let pj = pj
        .label("butir.potensial", potensial.label_key())
        .langkah_label("butir.kinerja", kinerja.label_key())
        .langkah("butir.kotak", nomor as f64);
    Ok(pj.jadi(Kotak {
        nomor,
        kinerja,
        potensial,
        tindak_lanjut: t.tindak_lanjut.get(&nomor).cloned().unwrap_or_default(),
        kelompok_suksesi: t.kelompok_suksesi.contains(&nomor),
    }))
}

/// A pegawai's place in the talent pool of `tahun`: the kinerja axis from the annual predikat
/// of the rulebook's last `tahun_kinerja` years up to `tahun` (the years on record), the
/// potensial axis from a potential assessment when one is recorded, else from the band of the
/// latest competency assessment's JPM (`potensial_dari_jpm`), and the source said.
pub fn posisi_talenta(
    rb: &Rulebook,
    tahunan: &BTreeMap<i32, Predikat>,
    tahun: i32,
    potensi: &SumberPotensial,
) -> Result<Explained<Kotak>, Galat> {
    let t = &rb.talenta;
    let dari = tahun - t.tahun_kinerja as i32 + 1;
    let predikat: Vec<Predikat> = tahunan.range(dari..=tahun).map(|(_, p)| *p).collect();
    let (potensial, catatan) = match potensi {
        SumberPotensial::Asesmen { potensial, .. } => {
            (Some(*potensial), "catatan.potensial_asesmen")
        }
        SumberPotensial::Jpm { kategori, .. } => (
            t.potensial_dari_jpm.get(kategori).copied(),
            "catatan.potensial_dari_jpm",
        ),
        SumberPotensial::Tidak => (None, ""),
    };
    let potensial = potensial.ok_or_else(|| Galat::baru("tanpa_potensial"))?;
    let mut e = kotak_talenta(rb, &predikat, potensial)?;
    let mut pj = std::mem::replace(&mut e.penjelasan, Penjelasan::baru(rb, "talenta_9box"))
        .angka("butir.tahun_kinerja_dari", dari as f64)
        .angka("butir.tahun", tahun as f64);
    // Fewer years on record than the rule reads (a first-year pegawai): said, not hidden.
    if predikat.len() < t.tahun_kinerja as usize {
        pj = pj
            .angka("butir.tahun_kinerja_tercatat", predikat.len() as f64)
            .catat("catatan.tahun_kinerja_kurang");
    }
    match potensi {
        SumberPotensial::Jpm { jpm, kategori } => {
            pj = pj
                .angka("butir.jpm", *jpm)
                .label("butir.kategori", kategori.clone());
        }
        SumberPotensial::Asesmen {
            tanggal,
            penyelenggara,
            ..
        } => {
            pj = pj
                .masukan("butir.tanggal_asesmen", Isi::Teks(tanggal.to_string()))
                .masukan(
                    "butir.penyelenggara_asesmen",
                    Isi::Teks(penyelenggara.clone()),
                );
        }
        SumberPotensial::Tidak => {}
    }
    e.penjelasan = pj.catat(catatan);
    Ok(e)
}

/// The jenjang a successor for `target` comes from: the target itself (a lateral move) and the
/// jenjang its holder assesses first (the rulebook's pejabat penilai matrix), i.e. the level
/// directly below in the chain of command.
pub fn jenjang_pengumpan(rb: &Rulebook, target: &str) -> Vec<String> {
    let mut v = vec![target.to_string()];
    v.extend(
        rb.jabatan
            .iter()
            .filter(|j| j.penilai.first().is_some_and(|p| p == target) && j.kode != target)
            .map(|j| j.kode.clone()),
    );
    v
}

/// Where a pegawai's potensial comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum SumberPotensial {
    /// A potential assessment's result (asesmen potensi), as recorded: its level, its date
    /// and who gave it.
    Asesmen {
        potensial: Potensial,
        tanggal: NaiveDate,
        penyelenggara: String,
    },
    /// The latest competency assessment: JPM and its band label.
    Jpm {
        jpm: f64,
        kategori: String,
    },
    Tidak,
}

#[cfg(test)]
mod tests {
    use super::*;
    use Potensial::*;
    use Predikat::*;

    #[test]
    fn every_box_of_the_grid() {
        let rb = Rulebook::aktif();
        // Rows of §7's table, top (tinggi) to bottom; columns bawah, sesuai, atas.
        for (pot, boxes) in [
            (Tinggi, [6, 8, 9]),
            (Menengah, [3, 5, 7]),
            (Rendah, [1, 2, 4]),
        ] {
            for (pred, want) in [
                (SangatKurang, boxes[0]),
                (Baik, boxes[1]),
                (SangatBaik, boxes[2]),
            ] {
                let k = kotak_talenta(rb, &[pred], pot).unwrap().nilai;
                assert_eq!(k.nomor, want, "{pot:?} {pred:?}");
                assert_eq!(k.kelompok_suksesi, want >= 7);
                assert!(!k.tindak_lanjut.is_empty());
            }
        }
    }

    #[test]
    fn years_combine_per_setting() {
        let mut rb = Rulebook::aktif().clone();
        let e = kotak_talenta(&rb, &[ButuhPerbaikan, SangatBaik], Tinggi).unwrap();
        assert_eq!(e.nilai.nomor, 6);
        // The explanation says which year counted (the lower), not only the years read.
        let catatan = &e.penjelasan.catatan;
        assert!(catatan
            .iter()
            .any(|c| c == "catatan.kinerja_tahun_terendah"));
        let satu = kotak_talenta(&rb, &[SangatBaik], Tinggi).unwrap();
        assert!(
            satu.penjelasan.catatan.is_empty(),
            "{:?}",
            satu.penjelasan.catatan
        );
        rb.talenta.gabung_tahun = GabungTahun::Terakhir;
        let e = kotak_talenta(&rb, &[ButuhPerbaikan, SangatBaik], Tinggi).unwrap();
        assert_eq!(e.nilai.nomor, 9);
        let catatan = &e.penjelasan.catatan;
        assert!(catatan
            .iter()
            .any(|c| c == "catatan.kinerja_tahun_terakhir"));
        assert_eq!(
            kotak_talenta(&rb, &[], Tinggi).unwrap_err().kode,
            "tanpa_predikat"
        );
    }

    #[test]
    fn the_last_two_years_and_the_jpm_band_place_a_pegawai() {
        let rb = Rulebook::aktif();
        let th: BTreeMap<i32, Predikat> =
            [(2023, SangatKurang), (2025, SangatBaik), (2026, SangatBaik)].into();
        let optimal = SumberPotensial::Jpm {
            jpm: 92.0,
            kategori: "jpm.optimal".into(),
        };
        // 2023 is outside the two years read for 2026: Di Atas × Tinggi = box 9.
        let k = posisi_talenta(rb, &th, 2026, &optimal).unwrap();
        assert_eq!(k.nilai.nomor, 9);
        assert!(k.nilai.kelompok_suksesi);
        assert!(k
            .penjelasan
            .catatan
            .iter()
            .any(|c| c == "catatan.potensial_dari_jpm"));
        assert!(!k
            .penjelasan
            .catatan
            .contains(&"catatan.tahun_kinerja_kurang".into()));
        // For 2024 only 2023 is on record: Di Bawah × Tinggi = box 6, and the explanation
        // says one year of two was read.
        let k = posisi_talenta(rb, &th, 2024, &optimal).unwrap();
        assert_eq!(k.nilai.nomor, 6);
        assert!(k
            .penjelasan
            .catatan
            .contains(&"catatan.tahun_kinerja_kurang".into()));
        let teks = k
            .penjelasan
            .uraikan(rb, crate::domain::Bahasa::Id)
            .join("\n");
        assert!(
            teks.contains("Tahun dengan predikat tahunan tercatat = 1"),
            "{teks}"
        );
        let cukup = SumberPotensial::Jpm {
            jpm: 80.0,
            kategori: "jpm.cukup_optimal".into(),
        };
        assert_eq!(
            posisi_talenta(rb, &th, 2026, &cukup).unwrap().nilai.nomor,
            7
        );
        // A potential assessment speaks over the JPM.
        let a = SumberPotensial::Asesmen {
            potensial: Rendah,
            tanggal: NaiveDate::from_ymd_opt(2026, 3, 9).unwrap(),
            penyelenggara: "UPT Penilaian Kompetensi".into(),
        };
        let k = posisi_talenta(rb, &th, 2026, &a).unwrap();
        assert_eq!(k.nilai.nomor, 4);
        // Its explanation says where the level came from: the date and who gave it.
        assert!(k
            .penjelasan
            .catatan
            .contains(&"catatan.potensial_asesmen".into()));
        let teks: Vec<&Isi> = k.penjelasan.masukan.iter().map(|b| &b.isi).collect();
        assert!(teks.contains(&&Isi::Teks("2026-03-09".into())));
        assert!(teks.contains(&&Isi::Teks("UPT Penilaian Kompetensi".into())));
        let kode = |r: Result<Explained<Kotak>, Galat>| r.unwrap_err().kode;
        assert_eq!(
            kode(posisi_talenta(rb, &th, 2026, &SumberPotensial::Tidak)),
            "tanpa_potensial"
        );
        assert_eq!(
            kode(posisi_talenta(rb, &th, 2022, &optimal)),
            "tanpa_predikat"
        );
        let mut rb2 = rb.clone();
        rb2.talenta.potensial_dari_jpm.clear();
        assert_eq!(
            kode(posisi_talenta(&rb2, &th, 2026, &optimal)),
            "tanpa_potensial"
        );
    }

    #[test]
    fn successors_come_from_the_target_and_the_level_it_assesses() {
        let rb = Rulebook::aktif();
        assert_eq!(
            jenjang_pengumpan(rb, "administrator"),
            ["administrator", "pengawas", "ahli_muda"]
        );
        assert_eq!(
            jenjang_pengumpan(rb, "jpt_pratama"),
            ["jpt_pratama", "administrator", "ahli_madya"]
        );
        assert_eq!(jenjang_pengumpan(rb, "pelaksana"), ["pelaksana"]);
    }
}
