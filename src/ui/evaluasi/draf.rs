//! The evaluation form's working copy: what the pejabat penilai has typed so far, which may be
//! incomplete, and its conversion to a domain [`Evaluasi`] once complete. Pure, so it is
//! tested natively.

use crate::domain::evaluasi::{
    saran_rating_hasil, Evaluasi, PenilaianPerilaku, Periode, RatingRhk, Tanggapan,
};
use crate::domain::explain::format_angka;
use crate::domain::kuadran::RatingDitetapkan;
use crate::domain::progres::{capaian_sampai, realisasi_sampai, Realisasi};
use crate::domain::skp::{Skp, Target};
use crate::domain::{Bahasa, Explained, Galat, PredikatOrganisasi, Rating, Rulebook};
use crate::kumpul::peta;
use crate::ui::format::target_teks;
use chrono::NaiveDate;
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DrafRhk {
    pub rating: Option<Rating>,
    pub realisasi: String,
    pub umpan_balik: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Draf {
    pub rhk: BTreeMap<String, DrafRhk>,
    pub hasil: Option<Rating>,
    pub justifikasi: String,
    /// Umpan balik per BerAKHLAK key.
    pub perilaku: BTreeMap<String, String>,
    pub rating_perilaku: Option<Rating>,
    pub organisasi: Option<PredikatOrganisasi>,
    pub pimpinan_unit: bool,
    pub tanggal: NaiveDate,
    /// Kept from the stored evaluation so a re-save never drops the pegawai's response.
    pub tanggapan: Option<Tanggapan>,
}

/// Why the working copy is not yet an evaluation.
#[derive(Clone, Debug, PartialEq)]
pub enum Kurang {
    RatingHasil,
    RatingPerilaku,
    Aturan(Galat),
}

/// "Jumlah dokumen: 3 dokumen (capaian 75 %)" per IKI up to `sampai`, one line each.
pub fn ringkas_realisasi(
    rb: &Rulebook,
    skp: &Skp,
    rhk_id: &str,
    entri: &[Realisasi],
    sampai: NaiveDate,
    b: Bahasa,
) -> String {
    let Some(rhk) = skp.rhk(rhk_id) else {
        return String::new();
    };
    rhk.iki
        .iter()
        .filter_map(|iki| {
            let nilai = realisasi_sampai(iki, entri, sampai)?;
            let satuan = match &iki.target {
                Target::Angka { satuan, .. }
                | Target::MakinKecil { satuan, .. }
                | Target::Rentang { satuan, .. } => satuan.as_str(),
                Target::Naratif { .. } => "",
            };
            let capaian = match capaian_sampai(rb, iki, entri, sampai) {
                Some(Ok(c)) => format!(" ({} %)", format_angka(c.nilai.ke_f64(), b)),
                _ => String::new(),
            };
            Some(format!(
                "{}: {} {satuan} / {}{capaian}",
                iki.indikator,
                format_angka(nilai, b),
                target_teks(&iki.target, b)
            ))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

impl Draf {
    /// A fresh form: realisasi prefilled from the pegawai's entries up to the period's end.
    pub fn baru(
        rb: &Rulebook,
        skp: &Skp,
        entri: &[Realisasi],
        sampai: NaiveDate,
        hari_ini: NaiveDate,
        b: Bahasa,
    ) -> Self {
        let rhk = peta(skp.rhk.iter().map(|r| {
            let realisasi = ringkas_realisasi(rb, skp, &r.id, entri, sampai, b);
            (
                r.id.clone(),
                DrafRhk {
                    realisasi,
                    ..DrafRhk::default()
                },
            )
        }));
        Draf {
            rhk,
            hasil: None,
            justifikasi: String::new(),
            perilaku: BTreeMap::new(),
            rating_perilaku: None,
            organisasi: None,
            pimpinan_unit: false,
            tanggal: hari_ini,
            tanggapan: None,
        }
    }

    /// The stored evaluation back into the form.
    pub fn dari(e: &Evaluasi) -> Self {
        Draf {
            rhk: peta(e.rating_rhk.iter().map(|r| {
                (
                    r.rhk_id.clone(),
                    DrafRhk {
                        rating: Some(r.rating),
                        realisasi: r.realisasi.clone(),
                        umpan_balik: r.umpan_balik.clone(),
                    },
                )
            })),
            hasil: Some(e.rating_hasil.rating),
            justifikasi: e.rating_hasil.justifikasi.clone(),
            perilaku: peta(
                e.perilaku
                    .iter()
                    .map(|p| (p.nilai.clone(), p.umpan_balik.clone())),
            ),
            rating_perilaku: Some(e.rating_perilaku),
            organisasi: e.capaian_organisasi,
            pimpinan_unit: e.pimpinan_unit,
            tanggal: e.tanggal,
            tanggapan: e.tanggapan.clone(),
        }
    }

    /// The rated RHK in the SKP's order.
    pub fn rating_rhk(&self, skp: &Skp) -> Vec<RatingRhk> {
        skp.rhk
            .iter()
            .filter_map(|r| {
                let d = self.rhk.get(&r.id)?;
                Some(RatingRhk {
                    rhk_id: r.id.clone(),
                    rating: d.rating?,
                    realisasi: d.realisasi.trim().into(),
                    umpan_balik: d.umpan_balik.trim().into(),
                })
            })
            .collect()
    }

    pub fn saran(&self, rb: &Rulebook, skp: &Skp) -> Result<Explained<Rating>, Galat> {
        let org = self.pimpinan_unit.then_some(self.organisasi).flatten();
        saran_rating_hasil(rb, skp, &self.rating_rhk(skp), org)
    }

    /// The evaluation, or everything still missing (each named).
    pub fn susun(
        &self,
        rb: &Rulebook,
        skp: &Skp,
        periode: Periode,
        id: &str,
        penilai_nip: &str,
    ) -> Result<Evaluasi, Vec<Kurang>> {
        let mut kurang = Vec::new();
        if self.hasil.is_none() {
            kurang.push(Kurang::RatingHasil);
        }
        if self.rating_perilaku.is_none() {
            kurang.push(Kurang::RatingPerilaku);
        }
        let saran = self.saran(rb, skp).ok().map(|s| s.nilai);
        let e = Evaluasi {
            id: id.into(),
            skp_id: skp.id.clone(),
            pegawai_nip: skp.pegawai_nip.clone(),
            penilai_nip: penilai_nip.into(),
            periode,
            tanggal: self.tanggal,
            rating_rhk: self.rating_rhk(skp),
            rating_hasil: RatingDitetapkan {
                rating: self.hasil.unwrap_or(Rating::SesuaiEkspektasi),
                saran,
                justifikasi: self.justifikasi.trim().into(),
            },
            perilaku: rb
                .berakhlak
                .iter()
                .map(|n| PenilaianPerilaku {
                    nilai: n.kode.clone(),
                    umpan_balik: self
                        .perilaku
                        .get(&n.kode)
                        .map(|s| s.trim().to_string())
                        .unwrap_or_default(),
                })
                .collect(),
            rating_perilaku: self.rating_perilaku.unwrap_or(Rating::SesuaiEkspektasi),
            capaian_organisasi: self.organisasi,
            pimpinan_unit: self.pimpinan_unit,
            tanggapan: self.tanggapan.clone(),
        };
        let mut galat: Vec<Kurang> = e.periksa(rb, skp).into_iter().map(Kurang::Aturan).collect();
        // Without a chosen rating there is nothing to justify yet.
        if self.hasil.is_none() {
            galat.retain(|k| !matches!(k, Kurang::Aturan(g) if g.kode == "justifikasi_wajib"));
        }
        kurang.extend(galat);
        if kurang.is_empty() {
            Ok(e)
        } else {
            Err(kurang)
        }
    }
}

#[cfg(test)]
#[path = "draf_tests.rs"]
mod tests;
