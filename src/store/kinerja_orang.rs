//! Lookups of one person's development records and of a pejabat penilai's team, for the
//! development screens (their code lands in those screens' chunks).

use super::{DataKinerja, Tersimpan};
use crate::domain::asesmen_potensi::AsesmenPotensi;
use crate::domain::kompetensi::PenilaianKompetensi;
use crate::domain::pengembangan::KegiatanPengembangan;
use crate::domain::penghargaan::Penghargaan;
use crate::domain::rencana_pengembangan::RencanaPengembangan;
use crate::domain::skp::Skp;
use crate::domain::{Predikat, Rulebook};
use std::collections::{BTreeMap, HashMap};

impl DataKinerja {
    /// The SKPs `saya` evaluates, approves and coaches: others' SKPs whose pejabat penilai is
    /// `saya` (the one the SKP names once approved or returned, else the one its pegawai's
    /// stored profile names) or that name nobody yet (a file whose profile has not arrived).
    /// A superior's SKP, brought for the matriks and the RHK to intervene, names someone
    /// else and stays out. A device that does not know its own NIP yet (no profile) cannot
    /// tell: every other SKP is listed.
    pub fn skp_dinilai<'a>(&'a self, saya: &'a str) -> impl Iterator<Item = &'a Tersimpan<Skp>> {
        self.skp_lain(saya)
            .filter(move |s| saya.is_empty() || self.penilai_skp(&s.isi).is_none_or(|p| p == saya))
    }

    /// Who evaluates an SKP, as far as this device knows.
    fn penilai_skp<'a>(&'a self, s: &'a Skp) -> Option<&'a str> {
        Some(s.pejabat_penilai_nip.as_str())
            .filter(|n| !n.is_empty())
            .or_else(|| {
                self.profil(&s.pegawai_nip)
                    .and_then(|p| p.pejabat_penilai.as_ref())
                    .map(|p| p.nip.as_str())
                    .filter(|n| !n.is_empty())
            })
    }

    /// The NIPs of `saya`'s bawahan: whose SKP they evaluate is on this device (the files of
    /// the team that arrived), or whose stored profile names `saya` as pejabat penilai;
    /// sorted, without `saya`.
    pub fn bawahan(&self, saya: &str) -> Vec<String> {
        let mut nip: Vec<String> = self
            .skp_dinilai(saya)
            .map(|s| s.isi.pegawai_nip.clone())
            .collect();
        nip.extend(
            self.pegawai
                .iter()
                .filter(|p| {
                    p.isi
                        .pejabat_penilai
                        .as_ref()
                        .is_some_and(|x| x.nip == saya)
                })
                .map(|p| p.isi.nip.clone()),
        );
        nip.sort();
        nip.dedup();
        nip.retain(|n| n != saya);
        nip
    }

    /// One pegawai's competency assessments, the latest first.
    pub fn kompetensi_milik(&self, nip: &str) -> Vec<&Tersimpan<PenilaianKompetensi>> {
        let mut v: Vec<&Tersimpan<PenilaianKompetensi>> = self
            .kompetensi
            .semua()
            .iter()
            .filter(|k| k.isi.pegawai_nip == nip)
            .collect();
        v.sort_by_key(|k| std::cmp::Reverse((k.isi.tanggal, k.isi.id.clone())));
        v
    }

    /// One pegawai's trainings, the latest to end first.
    pub fn kegiatan_milik(&self, nip: &str) -> Vec<&Tersimpan<KegiatanPengembangan>> {
        let mut v: Vec<&Tersimpan<KegiatanPengembangan>> = self
            .kegiatan
            .semua()
            .iter()
            .filter(|k| k.isi.pegawai_nip == nip)
            .collect();
        v.sort_by_key(|k| std::cmp::Reverse((k.isi.selesai, k.isi.mulai)));
        v
    }

    /// One pegawai's development plans, the latest year first.
    pub fn rencana_milik(&self, nip: &str) -> Vec<&Tersimpan<RencanaPengembangan>> {
        let mut v: Vec<&Tersimpan<RencanaPengembangan>> = self
            .rencana
            .semua()
            .iter()
            .filter(|r| r.isi.pegawai_nip == nip)
            .collect();
        v.sort_by_key(|r| std::cmp::Reverse((r.isi.tahun, r.isi.id.clone())));
        v
    }

    /// One pegawai's awards, the latest first.
    pub fn penghargaan_milik(&self, nip: &str) -> Vec<&Tersimpan<Penghargaan>> {
        let mut v: Vec<&Tersimpan<Penghargaan>> = self
            .penghargaan
            .semua()
            .iter()
            .filter(|p| p.isi.pegawai_nip == nip)
            .collect();
        v.sort_by_key(|p| std::cmp::Reverse((p.isi.tanggal, p.isi.id.clone())));
        v
    }

    /// One pegawai's potential assessments, the latest first.
    pub fn asesmen_milik(&self, nip: &str) -> Vec<&Tersimpan<AsesmenPotensi>> {
        let mut v: Vec<&Tersimpan<AsesmenPotensi>> = self
            .asesmen
            .semua()
            .iter()
            .filter(|a| a.isi.pegawai_nip == nip)
            .collect();
        v.sort_by_key(|a| std::cmp::Reverse((a.isi.tanggal, a.isi.id.clone())));
        v
    }

    /// Each pegawai's annual predikat per year, from the annual evaluations stored (the lower
    /// one where two SKPs of a year were evaluated): the talent box and the merit candidates
    /// read the same years.
    pub fn predikat_tahunan(&self, rb: &Rulebook) -> HashMap<&str, BTreeMap<i32, Predikat>> {
        let mut tahunan: HashMap<&str, BTreeMap<i32, Predikat>> = HashMap::new();
        for e in &self.evaluasi {
            if e.isi.periode.jenis != crate::domain::evaluasi::JenisPeriode::Tahunan {
                continue;
            }
            let Some(s) = self.skp_id(&e.isi.skp_id) else {
                continue;
            };
            let p = e.isi.predikat(rb).nilai;
            let th = tahunan.entry(s.isi.pegawai_nip.as_str()).or_default();
            let x = th.entry(e.isi.periode.tahun).or_insert(p);
            *x = (*x).min(p);
        }
        tahunan
    }
}

#[cfg(test)]
#[path = "talenta_e2e_tests.rs"]
mod talenta_e2e;
