//! Shape of the rulebook's career and development parts: angka kredit, kompetensi,
//! pengembangan (training hours), penghargaan and the talent box.

use crate::domain::skala::Skala;
use crate::domain::{Predikat, Rating};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AngkaKredit {
    /// Percent of the annual coefficient per predikat.
    pub persen: BTreeMap<Predikat, f64>,
    /// Annual coefficient per jenjang jabatan fungsional (keys from [`Rulebook::jabatan`]).
    pub koefisien: BTreeMap<String, f64>,
    pub bulan_setahun: u32,
    pub desimal: u32,
    /// Cumulative angka kredit the next pangkat and the next jenjang need, per jenjang (rule
    /// `angka_kredit_kumulatif`); a rulebook without it shows no target.
    #[serde(default)]
    pub kebutuhan: BTreeMap<String, KebutuhanAk>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct KebutuhanAk {
    /// For the next pangkat within the jenjang.
    pub pangkat: f64,
    /// For the next jenjang; none at the top one.
    #[serde(default)]
    pub jenjang: Option<f64>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Kompetensi {
    pub manajerial: Vec<String>,
    pub sosial_kultural: Vec<String>,
    pub level_min: u8,
    pub level_maks: u8,
    /// Default required level per jenjang when the agency has no standar kompetensi jabatan.
    pub standar_default: BTreeMap<String, u8>,
    pub jpm: Skala,
    /// Cap each assessed level at its standard before summing.
    pub batasi_pada_standar: bool,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Pengembangan {
    /// Minimum JP per year per jenis pegawai (`pns`, `pppk`, ...).
    pub jp_minimum: BTreeMap<String, f64>,
    pub menit_per_jp: f64,
    pub hanya_terverifikasi: bool,
    pub bentuk: Vec<BentukPengembangan>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct BentukPengembangan {
    pub kode: String,
    /// `klasikal` or `nonklasikal`.
    pub jalur: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Penghargaan {
    /// Years of service a Satyalancana Karya Satya marks.
    pub satyalancana_tahun: Vec<u32>,
    /// Consecutive years of Sangat Baik that make a merit candidate.
    pub sangat_baik_berturut: u32,
}

impl Default for Penghargaan {
    fn default() -> Self {
        Penghargaan {
            satyalancana_tahun: vec![10, 20, 30],
            sangat_baik_berturut: 2,
        }
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Talenta {
    /// `kotak[potensi][kinerja]`, each 0 = lowest; numbers 1–9 each exactly once.
    pub kotak: [[u8; 3]; 3],
    pub kinerja_dari_predikat: BTreeMap<Predikat, Rating>,
    /// How several years' predikat combine into the kinerja axis.
    pub gabung_tahun: GabungTahun,
    /// Per box number: label keys of the recommended follow-up.
    pub tindak_lanjut: BTreeMap<u8, Vec<String>>,
    pub kelompok_suksesi: Vec<u8>,
    /// How many recent years of annual predikat the kinerja axis reads (PermenPANRB 3/2020
    /// asks for the last two); an older rulebook gets the built-in one's.
    #[serde(default = "dua_tahun")]
    pub tahun_kinerja: u32,
    /// The potensial axis when no potential assessment is recorded: per JPM band label (KinerjaKu's
    /// reading, unconfirmed); a band left out gives no potensial.
    #[serde(default)]
    pub potensial_dari_jpm: BTreeMap<String, crate::domain::talenta::Potensial>,
}

fn dua_tahun() -> u32 {
    2
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum GabungTahun {
    Terendah,
    Terakhir,
}
