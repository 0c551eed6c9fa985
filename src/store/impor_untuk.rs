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
use crate::bundle::isi::{baca_isi, IsiRecord};
use chrono::{DateTime, FixedOffset};
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
    Ok((b, milik))
}

/// Whose record it is, by its content: the pegawai it is about, or the SKP's it belongs to.
fn pemilik<'a>(isi: &'a IsiRecord, skp: &'a HashMap<String, String>) -> Option<&'a str> {
    let dari_skp = |id: &str| skp.get(id).map(String::as_str);
    match isi {
        IsiRecord::Pegawai(p) => Some(&p.nip),
        IsiRecord::Skp(s) => Some(&s.pegawai_nip),
        IsiRecord::KegiatanPengembangan(k) => Some(&k.pegawai_nip),
        IsiRecord::PenilaianKompetensi(k) => Some(&k.pegawai_nip),
        IsiRecord::RencanaPengembangan(r) => Some(&r.pegawai_nip),
        IsiRecord::Penghargaan(p) => Some(&p.pegawai_nip),
        IsiRecord::AsesmenPotensi(a) => Some(&a.pegawai_nip),
        lain => lain.skp_id().and_then(dari_skp),
    }
}

/// The records of `untuk`, and the exporter's profile, SKPs and matriks. A record whose owner
/// its content does not tell (a deleted attachment travels without its bytes) stays out: it
/// could be anyone's.
pub fn saring_untuk(records: Vec<Record>, untuk: &str, pengekspor: &str) -> (Vec<Record>, usize) {
    let isi: Vec<Option<IsiRecord>> = records
        .iter()
        .map(|r| baca_isi(r.jenis, &r.data, "data").ok())
        .collect();
    let skp: HashMap<String, String> = (isi.iter().flatten())
        .filter_map(|i| match i {
            IsiRecord::Skp(s) => Some((s.id.clone(), s.pegawai_nip.clone())),
            _ => None,
        })
        .collect();
    let mut milik = 0;
    let bawa: Vec<bool> = (records.iter().zip(&isi))
        .map(|(r, i)| match i.as_ref().and_then(|i| pemilik(i, &skp)) {
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
