//! Today's records read straight from their text into their type, for the screens' data memo
//! of a large workspace.
//!
//! The app's one reader ([`crate::jejak`]) builds a `Value` tree first, then the type from it
//! while keeping the path for messages. For a workspace of 10,000 pegawai (~140 MB of records)
//! that tree is most of a start-up: natively 1.7–2.2 s against 0.26 s for the same records
//! read straight into their types. So a record of today's schema is read straight; any that
//! does not read that way (another schema version, a tombstone, a field of the wrong type, a
//! key twice) goes the full way, which migrates it and names what is wrong. A record read
//! straight holds exactly what the full way gives (tested in `langsung_tests.rs`).
//!
//! Reading straight compiles each type's `Deserialize` a second time (for serde_json's text
//! reader), 31 KB gzip: so it is a chunk of its own (`ui::instansi::pembaca`), fetched only for
//! a workspace large enough to feel the difference, and installed with
//! [`super::kinerja::pasang_pembaca_lurus`]. Without it the memo reads the same, slower.

use super::kinerja::{DataKinerja, Tersimpan};
use super::rekaman::{JenisRecord, MIGRASI};
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// A record's envelope with its `data` as `T`: the fields the full reader requires, each of
/// the type it requires (`deleted` and `schema_version` optional).
#[derive(Deserialize)]
#[serde(bound = "T: DeserializeOwned")]
struct Amplop<T> {
    #[serde(rename = "type")]
    jenis: String,
    #[serde(rename = "revision")]
    revisi: u64,
    #[serde(rename = "deleted", default)]
    dihapus: bool,
    data: T,
    schema_version: Option<u32>,
    // Required by the full reader, so required here too; their values are not needed.
    #[allow(dead_code)]
    id: String,
    #[allow(dead_code)]
    updated_at: String,
}

/// The record's data with its revision when `teks` is a live record of kind `jenis` and today's
/// schema that reads straight into `T`; `None` means "read it the full way", never "bad".
pub(super) fn baca<T: DeserializeOwned>(teks: &str, jenis: JenisRecord) -> Option<Tersimpan<T>> {
    let a: Amplop<T> = serde_json::from_str(teks).ok()?;
    let hari_ini = 1 + MIGRASI.len() as u32;
    (!a.dihapus && a.jenis == jenis.kode() && a.schema_version.unwrap_or(1) == hari_ini).then_some(
        Tersimpan {
            isi: a.data,
            revisi: a.revisi,
        },
    )
}

/// Reads `teks`, a record stored under a key of kind `jenis`, straight into its list in `d`;
/// `false`: not read (another kind, or not of today's shape), read it the full way.
pub fn baca_ke(d: &mut DataKinerja, jenis: JenisRecord, teks: &str) -> bool {
    match jenis {
        JenisRecord::Pegawai => baca(teks, jenis).map(|x| d.pegawai.push(x)),
        JenisRecord::Skp => baca(teks, jenis).map(|x| d.skp.push(x)),
        JenisRecord::Realisasi => baca(teks, jenis).map(|x| d.realisasi.push(x)),
        JenisRecord::Evaluasi => baca(teks, jenis).map(|x| d.evaluasi.push(x)),
        _ => None,
    }
    .is_some()
}

#[cfg(test)]
#[path = "langsung_tests.rs"]
mod tests;
