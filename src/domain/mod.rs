//! Pure domain: the rules of PermenPANRB 6/2022 and related regulations.
//! No leptos, web-sys or gloo here (see ARCHITECTURE.md). Every threshold, matrix and
//! label is read from a [`Rulebook`]; every computed number is an [`Explained`] value.

pub mod angka_kredit;
pub mod angka_kredit_tahunan;
pub mod asesmen_potensi;
pub mod capaian;
#[cfg(test)]
pub(crate) mod contoh_tests;
pub mod desimal;
pub mod distribusi;
pub mod evaluasi;
pub mod explain;
pub mod galat;
pub mod kinerja_organisasi;
pub mod kinerja_rendah;
pub mod kompetensi;
pub mod kuadran;
pub mod lampiran;
pub mod legacy;
pub mod nip;
pub mod organisasi;
pub mod pegawai;
pub mod pengembangan;
pub mod penghargaan;
pub mod progres;
pub mod rating;
pub mod rekap_instansi;
pub mod rekap_masukan;
pub mod rencana_pengembangan;
pub mod rulebook;
pub mod skala;
pub mod skm;
pub mod skp;
pub mod talenta;

pub use desimal::Pecahan;
pub use explain::{Butir, Explained, Isi, Penjelasan};
pub use galat::Galat;
pub use rating::{Predikat, PredikatOrganisasi, Rating};
pub use rulebook::Rulebook;

use serde::{Deserialize, Serialize};

/// Language of labels and messages. Bahasa Indonesia first.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[serde(rename_all = "snake_case")]
pub enum Bahasa {
    #[default]
    Id,
    En,
}

/// Id of the rulebook built into the app.
pub const RULEBOOK_ID: &str = "permenpanrb-6-2022+se-3-2023";
