//! The three-level ekspektasi rating and the predikat scales (PermenPANRB 6/2022 §1.4.2–1.4.4).
//! Their words live in the rulebook under `rating.*`, `predikat.*`, `predikat_organisasi.*`.

use serde::{Deserialize, Serialize};

/// Rating hasil kerja / perilaku kerja.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    DibawahEkspektasi,
    SesuaiEkspektasi,
    DiatasEkspektasi,
}

impl Rating {
    /// Lowest first, so `Ord` is "worse < better".
    pub const SEMUA: [Rating; 3] = [
        Rating::DibawahEkspektasi,
        Rating::SesuaiEkspektasi,
        Rating::DiatasEkspektasi,
    ];

    pub fn kode(self) -> &'static str {
        match self {
            Rating::DibawahEkspektasi => "dibawah_ekspektasi",
            Rating::SesuaiEkspektasi => "sesuai_ekspektasi",
            Rating::DiatasEkspektasi => "diatas_ekspektasi",
        }
    }

    pub fn label_key(self) -> String {
        format!("rating.{}", self.kode())
    }
}

/// Predikat kinerja pegawai.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Predikat {
    SangatKurang,
    KurangMisconduct,
    ButuhPerbaikan,
    Baik,
    SangatBaik,
}

impl Predikat {
    /// Worst first, so `Ord` is "worse < better".
    pub const SEMUA: [Predikat; 5] = [
        Predikat::SangatKurang,
        Predikat::KurangMisconduct,
        Predikat::ButuhPerbaikan,
        Predikat::Baik,
        Predikat::SangatBaik,
    ];

    pub fn kode(self) -> &'static str {
        match self {
            Predikat::SangatKurang => "sangat_kurang",
            Predikat::KurangMisconduct => "kurang_misconduct",
            Predikat::ButuhPerbaikan => "butuh_perbaikan",
            Predikat::Baik => "baik",
            Predikat::SangatBaik => "sangat_baik",
        }
    }

    pub fn label_key(self) -> String {
        format!("predikat.{}", self.kode())
    }
}

/// Predikat (capaian) kinerja organisasi, SE MenPANRB 3/2023.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum PredikatOrganisasi {
    SangatKurang,
    Kurang,
    ButuhPerbaikan,
    Baik,
    Istimewa,
}

impl PredikatOrganisasi {
    pub const SEMUA: [PredikatOrganisasi; 5] = [
        PredikatOrganisasi::SangatKurang,
        PredikatOrganisasi::Kurang,
        PredikatOrganisasi::ButuhPerbaikan,
        PredikatOrganisasi::Baik,
        PredikatOrganisasi::Istimewa,
    ];

    pub fn kode(self) -> &'static str {
        match self {
            PredikatOrganisasi::SangatKurang => "sangat_kurang",
            PredikatOrganisasi::Kurang => "kurang",
            PredikatOrganisasi::ButuhPerbaikan => "butuh_perbaikan",
            PredikatOrganisasi::Baik => "baik",
            PredikatOrganisasi::Istimewa => "istimewa",
        }
    }

    pub fn label_key(self) -> String {
        format!("predikat_organisasi.{}", self.kode())
    }
}
