//! Shape of the rulebook JSON. Field names are the regulation's own terms.

use super::tipe_karier::{AngkaKredit, Kompetensi, Pengembangan, Penghargaan, Talenta};
use crate::domain::skala::Skala;
use crate::domain::skp::Akumulasi;
use crate::domain::{Bahasa, Predikat, PredikatOrganisasi, Rating};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Text in both app languages.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Label {
    pub id: String,
    pub en: String,
}

impl Label {
    pub fn get(&self, bahasa: Bahasa) -> &str {
        match bahasa {
            Bahasa::Id => &self.id,
            Bahasa::En => &self.en,
        }
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Rulebook {
    /// e.g. `permenpanrb-6-2022+se-3-2023`.
    pub id: String,
    pub versi: String,
    pub nama: Label,
    pub label: BTreeMap<String, Label>,
    /// Rule id → description, formula and legal source, for explanations.
    pub aturan: BTreeMap<String, Aturan>,
    /// `kuadran[hasil][perilaku]` → predikat (§1.4.3).
    pub kuadran: BTreeMap<Rating, BTreeMap<Rating, Predikat>>,
    pub saran_rating_hasil: SaranRatingHasil,
    /// SE 3/2023: a unit leader's rating hasil kerja follows the unit's capaian.
    pub rating_pimpinan_unit: BTreeMap<PredikatOrganisasi, Rating>,
    pub nilai_capaian_iki_2021: NilaiCapaianIki2021,
    pub pp_30_2019: Pp30,
    pub perka_bkn_1_2013: PerkaBkn2013,
    pub distribusi: Distribusi,
    pub angka_kredit: AngkaKredit,
    pub skm: Skm,
    pub kompetensi: Kompetensi,
    pub pengembangan: Pengembangan,
    pub talenta: Talenta,
    /// Award candidates (rule `penghargaan_kandidat`); an older rulebook gets the built-in one's.
    #[serde(default)]
    pub penghargaan: Penghargaan,
    pub berakhlak: Vec<NilaiBerakhlak>,
    pub golongan: Vec<Golongan>,
    pub jabatan: Vec<Jenjang>,
    pub perspektif: Vec<String>,
    pub periode_evaluasi_default: String,
    pub nip: AturanNip,
    /// How realisasi add up when the person has not chosen (rule `akumulasi_bawaan`). A
    /// rulebook written before it had this section takes the built-in one.
    #[serde(default = "super::akumulasi_bawaan")]
    pub akumulasi: AturanAkumulasi,
    /// Limits on attached photos and PDFs (rule `lampiran_bukti`); a rulebook written before
    /// it had this section takes the built-in one.
    #[serde(default = "super::lampiran_bawaan")]
    pub lampiran: crate::domain::lampiran::AturanLampiran,
    /// Which predikat count as low performance and the follow-up for each (rule
    /// `kinerja_rendah`); a rulebook written before the section takes the built-in one.
    #[serde(default = "super::kinerja_rendah_bawaan")]
    pub kinerja_rendah: AturanKinerjaRendah,
}

/// Low performers (PermenPANRB 6/2022, tindak lanjut): what is low, when it counts as
/// repeated, and the follow-up named for each case (label keys).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AturanKinerjaRendah {
    pub predikat: Vec<Predikat>,
    /// This many consecutive low periods (the current one included) flag it as repeated.
    pub ambang_berulang: u32,
    pub tindak_lanjut: BTreeMap<Predikat, Vec<String>>,
    pub tindak_lanjut_berulang: Vec<String>,
    /// Added for a pegawai in a jabatan fungsional (the angka kredit effect).
    pub tindak_lanjut_jf: Vec<String>,
}

/// The default accumulation of an IKI, from its target's unit (KinerjaKu's choice: the
/// regulation does not say how realisasi add up).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AturanAkumulasi {
    /// Kinds of unit in the order they are tried: the first with a word the unit contains
    /// decides. Words are written as they are compared: lower case, single spaces.
    pub jenis_satuan: Vec<JenisSatuan>,
    /// A unit no kind knows (or none typed).
    pub satuan_lain: Akumulasi,
    /// A lower-is-better or range target whose unit's kind would sum: never summed.
    pub tanpa_jumlah: Akumulasi,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct JenisSatuan {
    /// Label `jenis_satuan.<kode>`, e.g. `persentase`.
    pub kode: String,
    pub akumulasi: Akumulasi,
    /// Words or phrases of the unit, e.g. `%`, `persen`, `kali per`.
    pub kata: Vec<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Aturan {
    pub sumber: String,
    pub uraian: Label,
    #[serde(default)]
    pub rumus: String,
    /// The source and formula in English; an agency's rulebook may leave them out (then the
    /// Indonesian text shows in both languages, as legal citations often are).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sumber_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rumus_en: Option<String>,
}

impl Aturan {
    pub fn sumber(&self, b: crate::domain::Bahasa) -> &str {
        match (b, &self.sumber_en) {
            (crate::domain::Bahasa::En, Some(en)) => en,
            _ => &self.sumber,
        }
    }

    pub fn rumus(&self, b: crate::domain::Bahasa) -> &str {
        match (b, &self.rumus_en) {
            (crate::domain::Bahasa::En, Some(en)) => en,
            _ => &self.rumus,
        }
    }
}

/// Advisory rating hasil kerja from per-RHK ratings (§1.4.2).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SaranRatingHasil {
    /// A share strictly above this is "sebagian besar".
    pub ambang_sebagian_besar: f64,
    /// "Di atas" needs no RHK utama below expectation.
    pub atas_tanpa_utama_dibawah: bool,
    /// "Sesuai" tolerates at most this share of RHK utama below expectation.
    pub sesuai_maks_porsi_utama_dibawah: f64,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct NilaiCapaianIki2021 {
    /// Capaian (%) → nilai, with the category as band label.
    pub skala: Skala,
    /// Nilai when capaian is exactly 100 and the target is the maximum attainable.
    pub nilai_target_maksimal: f64,
    pub capaian_target_maksimal: f64,
    pub label_target_maksimal: String,
    /// Capaian and nilai are compared and printed with this many decimals.
    #[serde(default = "dua")]
    pub desimal: u32,
}

/// Nilai are printed with two decimals unless a rulebook says otherwise.
fn dua() -> u32 {
    2
}

fn empat() -> u32 {
    4
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct Bobot {
    pub skp: f64,
    pub perilaku: f64,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Pp30 {
    pub bobot_tanpa_360: Bobot,
    pub bobot_dengan_360: Bobot,
    pub predikat: Skala,
    /// Nilai kinerja is rounded to this many decimals before its band is looked up.
    #[serde(default = "dua")]
    pub desimal: u32,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct PerkaBkn2013 {
    /// The 1.76 of `((1.76 × T − R) / T) × 100`.
    pub faktor: f64,
    /// Efficiency (%) above which the penalising branch applies.
    pub batas_efisiensi: f64,
    /// The 76 of the high-efficiency branch.
    pub dasar_efisiensi_tinggi: f64,
    pub predikat: Skala,
    pub bobot_prestasi: Bobot,
    /// Nilai SKP and prestasi kerja are rounded to this many decimals before their band.
    #[serde(default = "dua")]
    pub desimal: u32,
}

/// SE MenPANRB 3/2023 distribution guidance.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Distribusi {
    pub syarat: BTreeMap<PredikatOrganisasi, Vec<SyaratDistribusi>>,
    /// Units smaller than this use [`Distribusi::pembulatan_unit_kecil`].
    pub batas_unit_kecil: usize,
    pub pembulatan_unit_kecil: Pembulatan,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Pembulatan {
    /// Minimum counts round up, maximum counts round down (strict share comparison).
    Ketat,
    /// Both round to the nearest whole person (half up), at least one for a positive minimum.
    Terdekat,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(tag = "jenis", rename_all = "snake_case")]
pub enum SyaratDistribusi {
    /// The combined share of `predikat` is at least `porsi`.
    MinPorsi { predikat: Vec<Predikat>, porsi: f64 },
    /// The combined share of `predikat` is at most `porsi`.
    MaksPorsi { predikat: Vec<Predikat>, porsi: f64 },
    /// At least `jumlah` people in `predikat` combined.
    MinJumlah {
        predikat: Vec<Predikat>,
        jumlah: usize,
    },
    /// `predikat` is the largest group (ties allowed).
    Terbanyak { predikat: Predikat },
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Skm {
    pub unsur: Vec<String>,
    pub jawaban_min: u8,
    pub jawaban_maks: u8,
    pub bobot: BobotSkm,
    pub faktor_konversi: f64,
    /// Over IKM on the 1–4 scale; labels `mutu.*`.
    pub mutu: Skala,
    /// IKM is printed (and banded) with four decimals, its konversi with two.
    #[serde(default = "empat")]
    pub desimal_ikm: u32,
    #[serde(default = "dua")]
    pub desimal_konversi: u32,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum BobotSkm {
    /// 1 / number of unsur (the regulation's intent).
    Seragam,
    /// A printed weight per unsur, e.g. 0.11.
    Tetap(f64),
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct NilaiBerakhlak {
    pub kode: String,
    /// Label keys of the three panduan perilaku.
    pub panduan: [String; 3],
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Golongan {
    /// e.g. `III/a` or, for PPPK, `IX`.
    pub kode: String,
    /// `pns` or `pppk`.
    pub jenis: String,
    /// Label key of the pangkat (PNS only).
    #[serde(default)]
    pub pangkat: Option<String>,
    pub urut: u32,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Jenjang {
    /// e.g. `ahli_pertama`; label `jenjang.<kode>`.
    pub kode: String,
    /// `jpt`, `administrasi`, `fungsional_keahlian`, `fungsional_keterampilan`.
    pub jenis: String,
    /// Default pejabat penilai jenjang (§1.2 matrix); empty = the PPK.
    pub penilai: Vec<String>,
    pub atasan_penilai: Vec<String>,
    /// May act as pejabat penilai without delegation (at least pengawas).
    pub boleh_menilai: bool,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AturanNip {
    pub tahun_lahir_min: i32,
    /// CPNS: usually at least this old at TMT (PP 11/2017 Pasal 23: 18 when applying); below is
    /// a warning.
    pub usia_min_saat_tmt: i32,
    /// PPPK: at least this old (PP 49/2018 Pasal 16: 20); below is a warning.
    #[serde(default = "usia_min_pppk")]
    pub usia_min_saat_tmt_pppk: i32,
    /// Younger than this at TMT is impossible (no employment below working age): an error.
    #[serde(default = "usia_min_mutlak")]
    pub usia_min_mutlak_saat_tmt: i32,
    pub usia_maks_wajar_saat_tmt: i32,
}

fn usia_min_pppk() -> i32 {
    20
}

fn usia_min_mutlak() -> i32 {
    15
}
