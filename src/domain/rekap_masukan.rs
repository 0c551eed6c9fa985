//! What the agency's figures are counted from ([`super::rekap_instansi`]): a few fields of
//! each profile, SKP and evaluation, in the order the stored records give them. Small enough
//! to keep beside the records (`store::turunan`), so reopening a workspace of 10,000 pegawai
//! reads a few MB instead of decoding every record.

use super::evaluasi::{Evaluasi, Periode};
use super::kuadran;
use super::pegawai::Pegawai;
use super::skp::{Skp, StatusSkp};
use super::{Explained, Predikat, Rating, Rulebook};
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A pegawai's SKP for the period, as the dashboards count it.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum StatusSkpRekap {
    Tanpa,
    Draft,
    Diajukan,
    Disetujui,
    Dikembalikan,
}

impl StatusSkpRekap {
    pub const SEMUA: [StatusSkpRekap; 5] = [
        StatusSkpRekap::Tanpa,
        StatusSkpRekap::Draft,
        StatusSkpRekap::Diajukan,
        StatusSkpRekap::Disetujui,
        StatusSkpRekap::Dikembalikan,
    ];

    pub fn dari(s: &StatusSkp) -> Self {
        match s {
            StatusSkp::Draft => StatusSkpRekap::Draft,
            StatusSkp::Diajukan { .. } => StatusSkpRekap::Diajukan,
            StatusSkp::Disetujui { .. } => StatusSkpRekap::Disetujui,
            StatusSkp::Dikembalikan { .. } => StatusSkpRekap::Dikembalikan,
        }
    }

    pub fn kode(self) -> &'static str {
        match self {
            StatusSkpRekap::Tanpa => "tanpa",
            StatusSkpRekap::Draft => "draft",
            StatusSkpRekap::Diajukan => "diajukan",
            StatusSkpRekap::Disetujui => "disetujui",
            StatusSkpRekap::Dikembalikan => "dikembalikan",
        }
    }

    pub fn label_key(self) -> String {
        format!("status_skp.{}", self.kode())
    }

    pub(super) fn indeks(self) -> usize {
        self as usize
    }
}

/// The profile fields the tables show.
#[derive(Clone, Debug, PartialEq)]
pub struct PegawaiRekap {
    pub nip: String,
    pub nama: String,
    pub jabatan: String,
    pub jenjang: String,
    pub unit_kerja: String,
}

/// An SKP's owner, dates and status.
#[derive(Clone, Debug, PartialEq)]
pub struct SkpRekap {
    pub id: String,
    pub pegawai_nip: String,
    pub periode_mulai: NaiveDate,
    pub periode_selesai: NaiveDate,
    pub status: StatusSkpRekap,
    /// A Plt./Plh. assignment's SKP, beside the pegawai's own (never in place of it).
    pub plt_plh: bool,
}

/// An evaluation's pegawai, period and the two ratings its predikat comes from (the predikat
/// itself is looked up in today's rulebook each time, never stored).
#[derive(Clone, Debug, PartialEq)]
pub struct EvaluasiRekap {
    pub id: String,
    pub pegawai_nip: String,
    /// The SKP evaluated: the period's figures pair each pegawai's SKP with its own evaluation.
    pub skp_id: String,
    pub periode: Periode,
    pub tanggal: NaiveDate,
    pub rating_hasil: Rating,
    pub rating_perilaku: Rating,
}

impl EvaluasiRekap {
    pub fn predikat(&self, rb: &Rulebook) -> Explained<Predikat> {
        kuadran::predikat(rb, self.rating_hasil, self.rating_perilaku)
    }
}

/// Every profile, SKP and evaluation as the dashboards read them, in the order given.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct MasukanRekap {
    pub pegawai: Vec<PegawaiRekap>,
    pub skp: Vec<SkpRekap>,
    pub evaluasi: Vec<EvaluasiRekap>,
}

impl PegawaiRekap {
    pub fn dari(p: &Pegawai) -> Self {
        PegawaiRekap {
            nip: p.nip.clone(),
            nama: p.nama.clone(),
            jabatan: p.jabatan.clone(),
            jenjang: p.jenjang.clone(),
            unit_kerja: p.unit_kerja.clone(),
        }
    }
}

impl SkpRekap {
    pub fn dari(s: &Skp) -> Self {
        SkpRekap {
            id: s.id.clone(),
            pegawai_nip: s.pegawai_nip.clone(),
            periode_mulai: s.periode_mulai,
            periode_selesai: s.periode_selesai,
            status: StatusSkpRekap::dari(&s.status),
            plt_plh: s.plt_plh,
        }
    }
}

impl EvaluasiRekap {
    pub fn dari(e: &Evaluasi) -> Self {
        EvaluasiRekap {
            id: e.id.clone(),
            pegawai_nip: e.pegawai_nip.clone(),
            skp_id: e.skp_id.clone(),
            periode: e.periode,
            tanggal: e.tanggal,
            rating_hasil: e.rating_hasil.rating,
            rating_perilaku: e.rating_perilaku,
        }
    }
}

impl MasukanRekap {
    pub fn dari<'a>(
        pegawai: impl IntoIterator<Item = &'a Pegawai>,
        skp: impl IntoIterator<Item = &'a Skp>,
        evaluasi: impl IntoIterator<Item = &'a Evaluasi>,
    ) -> Self {
        MasukanRekap {
            pegawai: pegawai.into_iter().map(PegawaiRekap::dari).collect(),
            skp: skp.into_iter().map(SkpRekap::dari).collect(),
            evaluasi: evaluasi.into_iter().map(EvaluasiRekap::dari).collect(),
        }
    }
}

// Stored as arrays, not objects: an agency's 70,000 rows without their field names are a
// third smaller to store and to read back (`store::turunan`).

impl Serialize for PegawaiRekap {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (
            &self.nip,
            &self.nama,
            &self.jabatan,
            &self.jenjang,
            &self.unit_kerja,
        )
            .serialize(s)
    }
}

impl<'de> Deserialize<'de> for PegawaiRekap {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (nip, nama, jabatan, jenjang, unit_kerja) = Deserialize::deserialize(d)?;
        Ok(PegawaiRekap {
            nip,
            nama,
            jabatan,
            jenjang,
            unit_kerja,
        })
    }
}

impl Serialize for SkpRekap {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (
            &self.id,
            &self.pegawai_nip,
            self.periode_mulai,
            self.periode_selesai,
            self.status,
            self.plt_plh,
        )
            .serialize(s)
    }
}

impl<'de> Deserialize<'de> for SkpRekap {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (id, pegawai_nip, periode_mulai, periode_selesai, status, plt_plh) =
            Deserialize::deserialize(d)?;
        Ok(SkpRekap {
            id,
            pegawai_nip,
            periode_mulai,
            periode_selesai,
            status,
            plt_plh,
        })
    }
}

impl Serialize for EvaluasiRekap {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let p = &self.periode;
        (
            &self.id,
            &self.pegawai_nip,
            &self.skp_id,
            (p.jenis, p.tahun, p.ke),
            self.tanggal,
            self.rating_hasil,
            self.rating_perilaku,
        )
            .serialize(s)
    }
}

impl<'de> Deserialize<'de> for EvaluasiRekap {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (id, pegawai_nip, skp_id, (jenis, tahun, ke), tanggal, rating_hasil, rating_perilaku) =
            Deserialize::deserialize(d)?;
        Ok(EvaluasiRekap {
            id,
            pegawai_nip,
            skp_id,
            periode: Periode { jenis, tahun, ke },
            tanggal,
            rating_hasil,
            rating_perilaku,
        })
    }
}
