//! Evaluasi kinerja periodik and tahunan (§1.4): ratings per RHK with feedback, rating hasil
//! kerja (advice + the assessor's choice), perilaku kerja per BerAKHLAK value, and the predikat,
//! which is always recomputed from the kuadran and never stored.

use super::kuadran::{self, RatingDitetapkan, RatingRhkRingkas};
use super::skp::{JenisRhk, Skp};
use super::{Explained, Galat, Predikat, PredikatOrganisasi, Rating, Rulebook};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum JenisPeriode {
    Bulanan,
    Triwulanan,
    Semesteran,
    Tahunan,
}

impl JenisPeriode {
    /// Calendar months per period.
    pub fn bulan(self) -> u32 {
        match self {
            JenisPeriode::Bulanan => 1,
            JenisPeriode::Triwulanan => 3,
            JenisPeriode::Semesteran => 6,
            JenisPeriode::Tahunan => 12,
        }
    }

    pub const SEMUA: [JenisPeriode; 4] = [
        JenisPeriode::Bulanan,
        JenisPeriode::Triwulanan,
        JenisPeriode::Semesteran,
        JenisPeriode::Tahunan,
    ];

    /// Periods of this kind in a calendar year.
    pub fn per_tahun(self) -> u32 {
        12 / self.bulan()
    }

    /// The code stored in records and bundles (the serde name).
    pub fn kode(self) -> &'static str {
        match self {
            JenisPeriode::Bulanan => "bulanan",
            JenisPeriode::Triwulanan => "triwulanan",
            JenisPeriode::Semesteran => "semesteran",
            JenisPeriode::Tahunan => "tahunan",
        }
    }

    pub fn dari_kode(kode: &str) -> Option<Self> {
        Self::SEMUA.into_iter().find(|j| j.kode() == kode)
    }
}

/// One evaluation period of a calendar year, e.g. triwulan 2 of 2026.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Periode {
    pub jenis: JenisPeriode,
    pub tahun: i32,
    /// 1-based number within the year.
    pub ke: u32,
}

impl Periode {
    pub fn semua(jenis: JenisPeriode, tahun: i32) -> Vec<Periode> {
        (1..=jenis.per_tahun())
            .map(|ke| Periode { jenis, tahun, ke })
            .collect()
    }

    /// First and last day; `None` if `ke` is outside the year.
    pub fn rentang(&self) -> Option<(NaiveDate, NaiveDate)> {
        let n = self.jenis.bulan();
        if self.ke == 0 || self.ke > self.jenis.per_tahun() {
            return None;
        }
        let bulan_awal = (self.ke - 1) * n + 1;
        let mulai = NaiveDate::from_ymd_opt(self.tahun, bulan_awal, 1)?;
        let selesai = if bulan_awal + n > 12 {
            NaiveDate::from_ymd_opt(self.tahun, 12, 31)?
        } else {
            NaiveDate::from_ymd_opt(self.tahun, bulan_awal + n, 1)?.pred_opt()?
        };
        Some((mulai, selesai))
    }

    /// The period of the same kind just before this one (the last of the previous year after
    /// the first of a year).
    pub fn sebelumnya(&self) -> Periode {
        if self.ke > 1 {
            Periode {
                ke: self.ke - 1,
                ..*self
            }
        } else {
            Periode {
                tahun: self.tahun - 1,
                ke: self.jenis.per_tahun(),
                ..*self
            }
        }
    }

    /// The period of this kind that contains `tanggal`.
    pub fn memuat(jenis: JenisPeriode, tanggal: NaiveDate) -> Periode {
        Periode {
            jenis,
            tahun: tanggal.year(),
            ke: (tanggal.month() - 1) / jenis.bulan() + 1,
        }
    }

    /// The period an evaluation of `skp` is due for on `hari_ini`, among `daftar` (its periods,
    /// in order): the latest whose part in the SKP has ended, else the one under way, else the
    /// first. An evaluation is made once its period is over, never for the one under way
    /// while an ended one waits.
    pub fn jatuh_tempo(daftar: &[Periode], skp: &Skp, hari_ini: NaiveDate) -> Option<Periode> {
        let akhir = |p: &Periode| p.dalam_skp(skp).map(|(_, b)| b);
        daftar
            .iter()
            .rev()
            .find(|p| akhir(p).is_some_and(|b| b <= hari_ini))
            .or_else(|| {
                daftar.iter().find(|p| {
                    p.dalam_skp(skp)
                        .is_some_and(|(a, b)| a <= hari_ini && hari_ini <= b)
                })
            })
            .or_else(|| daftar.first())
            .copied()
    }

    /// The period cut to the SKP's own dates (mutasi mid-year), or `None` if they do not meet.
    pub fn dalam_skp(&self, skp: &Skp) -> Option<(NaiveDate, NaiveDate)> {
        self.dalam(skp.periode_mulai, skp.periode_selesai)
    }

    /// The period cut to the dates `mulai..=selesai`, or `None` if they do not meet.
    pub fn dalam(&self, mulai: NaiveDate, selesai: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
        let (a, b) = self.rentang()?;
        let (a, b) = (a.max(mulai), b.min(selesai));
        (a <= b).then_some((a, b))
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct RatingRhk {
    pub rhk_id: String,
    pub rating: Rating,
    /// "Realisasi berdasarkan bukti dukung" as summarised by the assessor.
    #[serde(default)]
    pub realisasi: String,
    #[serde(default)]
    pub umpan_balik: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct PenilaianPerilaku {
    /// BerAKHLAK key.
    pub nilai: String,
    #[serde(default)]
    pub umpan_balik: String,
}

/// The pegawai's response to an evaluation.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Tanggapan {
    pub tanggal: NaiveDate,
    pub isi: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Evaluasi {
    pub id: String,
    pub skp_id: String,
    pub pegawai_nip: String,
    pub penilai_nip: String,
    pub periode: Periode,
    pub tanggal: NaiveDate,
    pub rating_rhk: Vec<RatingRhk>,
    pub rating_hasil: RatingDitetapkan,
    pub perilaku: Vec<PenilaianPerilaku>,
    pub rating_perilaku: Rating,
    /// Capaian kinerja organisasi for the period, shown in the document header.
    #[serde(default)]
    pub capaian_organisasi: Option<PredikatOrganisasi>,
    /// The pegawai leads the unit: SE 3/2023 takes the unit's capaian as rating hasil kerja.
    #[serde(default)]
    pub pimpinan_unit: bool,
    #[serde(default)]
    pub tanggapan: Option<Tanggapan>,
}

impl Evaluasi {
    pub fn predikat(&self, rb: &Rulebook) -> Explained<Predikat> {
        kuadran::predikat(rb, self.rating_hasil.rating, self.rating_perilaku)
    }

    /// The engine's advice for rating hasil kerja from the per-RHK ratings given so far.
    pub fn saran_rating_hasil(&self, rb: &Rulebook, skp: &Skp) -> Result<Explained<Rating>, Galat> {
        saran_rating_hasil(
            rb,
            skp,
            &self.rating_rhk,
            self.pimpinan_unit
                .then_some(self.capaian_organisasi)
                .flatten(),
        )
    }

    /// The pegawai's response; an empty one is refused, a new one replaces the earlier.
    pub fn tanggapi(&mut self, tanggal: NaiveDate, isi: &str) -> Result<(), Galat> {
        if isi.trim().is_empty() {
            return Err(Galat::baru("tanggapan_kosong"));
        }
        self.tanggapan = Some(Tanggapan {
            tanggal,
            isi: isi.trim().into(),
        });
        Ok(())
    }

    /// Everything that keeps the evaluation from being final, each naming what is missing.
    pub fn periksa(&self, rb: &Rulebook, skp: &Skp) -> Vec<Galat> {
        let mut m = Vec::new();
        for (i, rhk) in skp.rhk.iter().enumerate() {
            match self
                .rating_rhk
                .iter()
                .filter(|r| r.rhk_id == rhk.id)
                .count()
            {
                0 => m.push(
                    Galat::baru("rhk_belum_dinilai").dengan("lokasi", format!("RHK {}", i + 1)),
                ),
                1 => {}
                _ => m.push(
                    Galat::baru("rating_rhk_ganda").dengan("lokasi", format!("RHK {}", i + 1)),
                ),
            }
        }
        for r in &self.rating_rhk {
            if skp.rhk(&r.rhk_id).is_none() {
                m.push(Galat::baru("rhk_tidak_dikenal").dengan("nilai", &r.rhk_id));
            }
        }
        for b in &rb.berakhlak {
            if !self.perilaku.iter().any(|p| p.nilai == b.kode) {
                m.push(Galat::baru("perilaku_belum_dinilai").dengan("nilai", &b.kode));
            }
        }
        if self.rating_hasil.berbeda_dari_saran() && self.rating_hasil.justifikasi.is_empty() {
            m.push(Galat::baru("justifikasi_wajib"));
        }
        if self.periode.dalam_skp(skp).is_none() {
            m.push(Galat::baru("periode_di_luar_skp"));
        }
        // A unit leader's rating hasil kerja is their unit's result (SE 3/2023): without it the
        // advice would silently fall back to the per-RHK one.
        if self.pimpinan_unit && self.capaian_organisasi.is_none() {
            m.push(Galat::baru("capaian_organisasi_kosong"));
        }
        m
    }
}

/// Advice for rating hasil kerja from per-RHK ratings (§1.4.2); for a unit leader whose unit's
/// capaian is known, the SE 3/2023 rule instead. Ratings of RHK not in the SKP are ignored.
pub fn saran_rating_hasil(
    rb: &Rulebook,
    skp: &Skp,
    rating_rhk: &[RatingRhk],
    organisasi_pimpinan_unit: Option<PredikatOrganisasi>,
) -> Result<Explained<Rating>, Galat> {
    if let Some(org) = organisasi_pimpinan_unit {
        return Ok(kuadran::rating_pimpinan_unit(rb, org));
    }
    let ringkas: Vec<RatingRhkRingkas> = rating_rhk
        .iter()
        .filter_map(|r| {
            skp.rhk(&r.rhk_id).map(|rhk| RatingRhkRingkas {
                utama: rhk.jenis == JenisRhk::Utama,
                rating: r.rating,
            })
        })
        .collect();
    kuadran::saran_rating_hasil(rb, &ringkas)
}

/// The natural key of the evaluation of `skp` for `periode`: one per SKP and period, so a
/// period is never evaluated twice (storage turns it into a name-based UUID).
pub fn kunci_evaluasi(skp_id: &str, periode: &Periode) -> String {
    format!(
        "ev-{skp_id}-{}-{}-{}",
        periode.jenis.kode(),
        periode.tahun,
        periode.ke
    )
}

/// The evaluated period of `skp` whose dates (cut to the SKP) hold `tanggal`, if any. A
/// realisasi dated there was already in front of the pejabat penilai, so correcting it later
/// stays allowed (the pegawai owns their realisasi) but is said to be a change after the
/// evaluation: the stored evaluation keeps its own ratings and realisasi text, and the change
/// reaches the atasan as a new revision in the next bundle.
pub fn periode_dievaluasi<'a>(
    skp: &Skp,
    evaluasi: impl IntoIterator<Item = &'a Evaluasi>,
    tanggal: NaiveDate,
) -> Option<Periode> {
    evaluasi
        .into_iter()
        .filter(|e| e.skp_id == skp.id)
        .map(|e| e.periode)
        .find(|p| {
            p.dalam_skp(skp)
                .is_some_and(|(a, b)| a <= tanggal && tanggal <= b)
        })
}

#[cfg(test)]
#[path = "evaluasi_tests.rs"]
mod tests;
