//! An export for one receiver. A pejabat penilai returning evaluations to one bawahan, or an
//! admin returning an award or a verified training to one pegawai, must not hand them their
//! colleagues' records: the file holds that pegawai's records (their profile, their SKPs and
//! what belongs to those SKPs, their development records) and, of the exporter's own, only
//! what the receiver's records are read against (the exporter's profile and SKPs, and the
//! matriks peran–hasil whose cells become the pegawai's RHK), never the exporter's own
//! evaluations or notes.

use super::impor::ekspor;
use super::kv::{KvStore, StoreError};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Pengekspor, Record};
use chrono::{DateTime, FixedOffset};
use serde_json::Value;
use std::collections::HashMap;

/// [`ekspor`] of what `untuk` (a NIP) is to receive, and how many of its records are theirs
/// (none: nothing of that NIP is stored, the file would hold only the exporter's plan).
pub fn ekspor_untuk(
    store: &dyn KvStore,
    jenis: JenisBundle,
    pengekspor: Pengekspor,
    sekarang: DateTime<FixedOffset>,
    untuk: &str,
) -> Result<(Bundle, usize), StoreError> {
    let nip = pengekspor.nip.clone();
    let mut b = ekspor(store, jenis, pengekspor, sekarang)?;
    let (records, milik) = saring_untuk(std::mem::take(&mut b.records), untuk.trim(), nip.trim());
    b.records = records;
    // The digest covers the records the file holds: these, not the whole export's.
    b.segarkan_digest();
    Ok((b, milik))
}

/// A text field of the record's content.
fn teks<'a>(r: &'a Record, kolom: &str) -> Option<&'a str> {
    r.data.get(kolom).and_then(Value::as_str)
}

/// Whose record it is, by its content: the pegawai it is about, or the SKP's it belongs to.
/// Read from the fields that name them, not through every type's decoder (which would bring
/// the import's code into the export screen's chunk).
fn pemilik<'a>(r: &'a Record, skp: &HashMap<&str, &'a str>) -> Option<&'a str> {
    use JenisRecord as J;
    let dari_skp = |kolom: &str| teks(r, kolom).and_then(|id| skp.get(id).copied());
    match r.jenis {
        J::Pegawai => teks(r, "nip"),
        J::Skp
        | J::KegiatanPengembangan
        | J::PenilaianKompetensi
        | J::RencanaPengembangan
        | J::Penghargaan
        | J::AsesmenPotensi => teks(r, "pegawai_nip"),
        J::MatriksPeranHasil => dari_skp("skp_atasan_id"),
        J::Realisasi
        | J::UmpanBalik
        | J::DialogKinerja
        | J::Evaluasi
        | J::Lampiran
        | J::Catatan => dari_skp("skp_id"),
        J::Rulebook | J::UnitKerja | J::PredikatOrganisasi => None,
    }
}

/// The records of `untuk`, and the exporter's profile, SKPs and matriks. A record whose owner
/// its content does not tell (a deleted attachment travels without its bytes) stays out: it
/// could be anyone's.
pub fn saring_untuk(records: Vec<Record>, untuk: &str, pengekspor: &str) -> (Vec<Record>, usize) {
    let skp: HashMap<&str, &str> = (records.iter())
        .filter(|r| r.jenis == JenisRecord::Skp)
        .filter_map(|r| Some((teks(r, "id")?, teks(r, "pegawai_nip")?)))
        .collect();
    let mut milik = 0;
    let bawa: Vec<bool> = (records.iter())
        .map(|r| match pemilik(r, &skp) {
            Some(n) if n == untuk => {
                milik += 1;
                true
            }
            Some(n) if n == pengekspor => matches!(
                r.jenis,
                JenisRecord::Pegawai | JenisRecord::Skp | JenisRecord::MatriksPeranHasil
            ),
            _ => false,
        })
        .collect();
    let records = (records.into_iter().zip(bawa))
        .filter_map(|(r, b)| b.then_some(r))
        .collect();
    (records, milik)
}

#[cfg(test)]
#[path = "impor_untuk_tests.rs"]
mod tests;
