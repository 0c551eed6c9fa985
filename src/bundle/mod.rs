//! JSON bundles: the files that carry a person's data between pegawai, pejabat penilai and
//! admin kepegawaian (docs/bundle.md, docs/bundle.schema.json). Pure Rust over `domain`: no
//! browser code, so everything here is tested natively.
//!
//! - [`format`]: the envelope, record types, file names, UUIDs; [`Bundle::baru`] exports.
//! - [`digest`]: SHA-256 over a canonical serialisation.
//! - [`validasi`]: reading a file under [`Batas`] limits into valid and refused records.
//! - [`migrasi`]: numbered schema migrations.
//! - [`gabung`]: the dry-run merge plan and its application with undo; [`gabung_kolom`]: the
//!   field-level three-way merge of a record changed on both sides; `aturan`: the
//!   domain's rules each incoming record must keep; `otoritas`: who may change what (both
//!   checked in the plan).
//! - [`lampiran`]: an attachment's bytes (base64, SHA-256), checked on every import.
//! - [`masalah`] and [`pesan`]: every problem as a value, and its words in both languages.

mod amplop;
mod aturan;
mod aturan_pohon;
mod aturan_satu;
pub mod beda;
pub mod digest;
pub mod format;
pub mod gabung;
mod gabung_awal;
pub mod gabung_kolom;
pub mod gabung_terapkan;
pub mod isi;
pub mod jejak;
pub mod lampiran;
pub mod masalah;
pub mod migrasi;
mod otoritas;
pub mod pesan;
pub mod pindai;
pub mod validasi;
mod validasi_record;

pub use digest::StatusDigest;
pub use format::{
    nama_berkas, uuid_v4_dari_byte, Bundle, JenisBundle, JenisRecord, Pengekspor, Record,
};
pub use gabung::{boleh_tulis, rencanakan, terapkan, Penerapan, Pilihan, Rencana, Tindakan};
pub use isi::{Catatan, IsiRecord};
pub use masalah::{KodeMasalah, Masalah};
pub use migrasi::SCHEMA_VERSION;
pub use validasi::{baca, baca_teks, Batas, BundleTerbaca, HasilBaca, RecordDitolak};

#[cfg(test)]
pub(crate) mod contoh;
#[cfg(test)]
mod skema_tests;
