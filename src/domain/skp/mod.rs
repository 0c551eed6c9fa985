//! Sasaran Kinerja Pegawai (PermenPANRB 6/2022 §1.3): the plan of RHK with their IKI and
//! targets, the perilaku expectations and the Lampiran. Status changes live in [`status`],
//! the matriks peran–hasil (cascading) in [`matriks`].

pub mod akumulasi;
mod lanjutan;
pub mod matriks;
pub mod status;

use crate::domain::Rulebook;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use akumulasi::Akumulasi;
pub use status::{PerubahanStatus, StatusSkp};

/// "SKP JPT dan Pimpinan Unit Kerja (mandiri)" or "SKP JA/JF".
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum JenisSkp {
    Jpt,
    JaJf,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Pendekatan {
    Kuantitatif,
    Kualitatif,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum JenisRhk {
    Utama,
    Tambahan,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Aspek {
    Kuantitas,
    Kualitas,
    Waktu,
    Biaya,
}

impl Aspek {
    pub const SEMUA: [Aspek; 4] = [
        Aspek::Kuantitas,
        Aspek::Kualitas,
        Aspek::Waktu,
        Aspek::Biaya,
    ];

    pub fn label_key(self) -> &'static str {
        match self {
            Aspek::Kuantitas => "aspek.kuantitas",
            Aspek::Kualitas => "aspek.kualitas",
            Aspek::Waktu => "aspek.waktu",
            Aspek::Biaya => "aspek.biaya",
        }
    }
}

/// What an IKI aims at.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(tag = "jenis", rename_all = "snake_case")]
pub enum Target {
    /// Higher is better, e.g. "2 dokumen", "100 %".
    Angka { nilai: f64, satuan: String },
    /// Lower is better (kondisi khusus), e.g. "7 bulan" to finish.
    MakinKecil { nilai: f64, satuan: String },
    /// Within a range, e.g. "80–90 %".
    Rentang {
        bawah: f64,
        atas: f64,
        satuan: String,
    },
    /// Pendekatan kualitatif: the ukuran keberhasilan in words.
    Naratif { teks: String },
}

/// The four forms of a [`Target`], in the order the SKP editor offers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BentukTarget {
    Angka,
    MakinKecil,
    Rentang,
    Naratif,
}

impl BentukTarget {
    pub const SEMUA: [BentukTarget; 4] = [
        BentukTarget::Angka,
        BentukTarget::MakinKecil,
        BentukTarget::Rentang,
        BentukTarget::Naratif,
    ];

    /// The `jenis` tag the form has in stored records and bundles.
    pub fn kode(self) -> &'static str {
        match self {
            BentukTarget::Angka => "angka",
            BentukTarget::MakinKecil => "makin_kecil",
            BentukTarget::Rentang => "rentang",
            BentukTarget::Naratif => "naratif",
        }
    }

    pub fn dari_kode(kode: &str) -> Option<Self> {
        Self::SEMUA.into_iter().find(|b| b.kode() == kode)
    }

    /// The target in this form, keeping the unit and the number already typed. A number of 0
    /// is "not filled yet" (a target is always above 0), so a new IKI starts at 0 and its field
    /// starts empty.
    pub fn dari(self, lama: &Target) -> Target {
        let satuan = lama.satuan().to_string();
        let nilai = match lama {
            Target::Angka { nilai, .. } | Target::MakinKecil { nilai, .. } => *nilai,
            Target::Rentang { atas, .. } => *atas,
            Target::Naratif { .. } => 0.0,
        };
        match self {
            BentukTarget::Angka => Target::Angka { nilai, satuan },
            BentukTarget::MakinKecil => Target::MakinKecil { nilai, satuan },
            BentukTarget::Rentang => Target::Rentang {
                bawah: 0.0,
                atas: nilai,
                satuan,
            },
            BentukTarget::Naratif => Target::Naratif {
                teks: match lama {
                    Target::Naratif { teks } => teks.clone(),
                    _ => String::new(),
                },
            },
        }
    }
}

impl Target {
    pub fn bentuk(&self) -> BentukTarget {
        match self {
            Target::Angka { .. } => BentukTarget::Angka,
            Target::MakinKecil { .. } => BentukTarget::MakinKecil,
            Target::Rentang { .. } => BentukTarget::Rentang,
            Target::Naratif { .. } => BentukTarget::Naratif,
        }
    }

    /// No number (or words) given yet: 0 is never a target, so it stands for an empty field.
    pub fn belum_diisi(&self) -> bool {
        match self {
            Target::Angka { nilai, .. } | Target::MakinKecil { nilai, .. } => *nilai == 0.0,
            Target::Rentang { bawah, atas, .. } => *bawah == 0.0 && *atas == 0.0,
            Target::Naratif { teks } => teks.trim().is_empty(),
        }
    }

    /// The unit of a numeric target; a narrative one has none.
    pub fn satuan(&self) -> &str {
        match self {
            Target::Angka { satuan, .. }
            | Target::MakinKecil { satuan, .. }
            | Target::Rentang { satuan, .. } => satuan,
            Target::Naratif { .. } => "",
        }
    }
}

/// Indikator Kinerja Individu: one aspek of one RHK.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Iki {
    pub id: String,
    pub aspek: Aspek,
    pub indikator: String,
    pub target: Target,
    /// Records written before the unit decided it read as `jumlah`; see [`akumulasi`].
    #[serde(default)]
    pub akumulasi: Akumulasi,
    /// The person chose `akumulasi` themself; otherwise it follows the target's unit while the
    /// SKP may be edited. Absent (false) in records written before the choice was kept.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub akumulasi_dipilih: bool,
}

impl Iki {
    /// A new IKI of `aspek`: the target in the SKP's pendekatan and not filled yet (its number
    /// field starts empty), the accumulation following the unit until the person chooses.
    pub fn baru(id: String, aspek: Aspek, pendekatan: Pendekatan, rb: &Rulebook) -> Iki {
        let target = match pendekatan {
            Pendekatan::Kualitatif => Target::Naratif {
                teks: String::new(),
            },
            Pendekatan::Kuantitatif => Target::Angka {
                nilai: 0.0,
                satuan: String::new(),
            },
        };
        let akumulasi = Akumulasi::bawaan_untuk(&target, rb).nilai;
        Iki {
            id,
            aspek,
            indikator: String::new(),
            target,
            akumulasi,
            akumulasi_dipilih: false,
        }
    }
}

/// Rencana Hasil Kerja.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Rhk {
    pub id: String,
    pub jenis: JenisRhk,
    pub uraian: String,
    /// "Rencana Hasil Kerja Atasan yang Diintervensi": the superior's RHK id this supports.
    #[serde(default)]
    pub rhk_atasan_id: Option<String>,
    /// Text of that superior RHK, kept so the SKP prints without the superior's bundle.
    #[serde(default)]
    pub rhk_atasan_uraian: String,
    /// Provenance such as "penugasan dari Menteri" (JPT).
    #[serde(default)]
    pub penugasan_dari: String,
    /// JPT only: key from the rulebook's `perspektif`.
    #[serde(default)]
    pub perspektif: Option<String>,
    pub iki: Vec<Iki>,
}

/// Perilaku kerja section: per BerAKHLAK value, the leader's optional specific expectation.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct EkspektasiPerilaku {
    /// BerAKHLAK key, e.g. `akuntabel`.
    pub nilai: String,
    #[serde(default)]
    pub ekspektasi_khusus: String,
}

/// Lampiran SKP: three free-text lists.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Lampiran {
    #[serde(default)]
    pub dukungan_sumber_daya: Vec<String>,
    #[serde(default)]
    pub skema_pertanggungjawaban: Vec<String>,
    #[serde(default)]
    pub konsekuensi: Vec<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Skp {
    pub id: String,
    pub pegawai_nip: String,
    #[serde(default)]
    pub pejabat_penilai_nip: String,
    pub jenis: JenisSkp,
    pub pendekatan: Pendekatan,
    pub periode_mulai: NaiveDate,
    pub periode_selesai: NaiveDate,
    pub status: StatusSkp,
    #[serde(default)]
    pub riwayat: Vec<PerubahanStatus>,
    pub rhk: Vec<Rhk>,
    #[serde(default)]
    pub perilaku: Vec<EkspektasiPerilaku>,
    #[serde(default)]
    pub lampiran: Lampiran,
    /// Plt./Plh. assignment (e-Kinerja's `is_plt_plh`).
    #[serde(default)]
    pub plt_plh: bool,
}

impl Skp {
    /// A new draft for one period.
    pub fn baru(
        id: &str,
        nip: &str,
        jenis: JenisSkp,
        pendekatan: Pendekatan,
        mulai: NaiveDate,
        selesai: NaiveDate,
    ) -> Self {
        Skp {
            id: id.into(),
            pegawai_nip: nip.into(),
            pejabat_penilai_nip: String::new(),
            jenis,
            pendekatan,
            periode_mulai: mulai,
            periode_selesai: selesai,
            status: StatusSkp::Draft,
            riwayat: Vec::new(),
            rhk: Vec::new(),
            perilaku: Vec::new(),
            lampiran: Lampiran::default(),
            plt_plh: false,
        }
    }

    pub fn rhk(&self, id: &str) -> Option<&Rhk> {
        self.rhk.iter().find(|r| r.id == id)
    }

    pub fn iki(&self, id: &str) -> Option<(&Rhk, &Iki)> {
        self.rhk
            .iter()
            .find_map(|r| r.iki.iter().find(|i| i.id == id).map(|i| (r, i)))
    }

    pub fn rhk_utama(&self) -> impl Iterator<Item = &Rhk> {
        self.rhk.iter().filter(|r| r.jenis == JenisRhk::Utama)
    }

    pub fn rhk_tambahan(&self) -> impl Iterator<Item = &Rhk> {
        self.rhk.iter().filter(|r| r.jenis == JenisRhk::Tambahan)
    }
}

#[cfg(test)]
mod tests;
