//! Values derived from the records and kept beside them, so a reopen reads a few MB instead
//! of decoding every record: the agency dashboards' inputs ([`masukan_rekap`]), and which
//! records start-up's check found readable (`periksa::periksa_bila_berubah`).
//!
//! A derived value names the records it was made from by a fingerprint of their stored texts
//! ([`sidik`]) and is used only while the texts are the same, whoever changed them (this
//! version, an older one, another tab, a restore). So it is never a second source of truth:
//! not a record (no revision, not under `r.`), in no backup and no export, and two tabs
//! storing different ones is no conflict (either may stand: a stale one is not used). One that
//! cannot be stored or read is made again from the records.

use super::kv::{KvStore, StoreError};
use super::rekaman::{JenisRecord, AWALAN_REKAMAN};
use super::sidik::Sidik;
use crate::domain::rekap_instansi::MasukanRekap;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::sync::Arc;

/// What every derived value's key starts with.
pub const AWALAN_TURUNAN: &str = "kinerjaku.v1.turunan.";

/// The stored layout's version: another one is not read (made again instead).
// 2: an evaluation's row names its SKP.
const VERSI: u32 = 3;

/// The dashboards' inputs are kept for a workspace of more stored records than this (of the
/// kinds they read, tombstones included); below it they are counted from the records, which is
/// as quick as reading them.
pub const AMBANG_REKAP: usize = 2_000;

/// The kinds the dashboards' inputs are made from.
const JENIS_REKAP: [JenisRecord; 3] = [
    JenisRecord::Pegawai,
    JenisRecord::Skp,
    JenisRecord::Evaluasi,
];

/// Whether a storage key holds a derived value.
pub fn kunci_turunan(kunci: &str) -> bool {
    kunci.starts_with(AWALAN_TURUNAN)
}

fn kunci(nama: &str) -> String {
    format!("{AWALAN_TURUNAN}{nama}")
}

fn ada(store: &dyn KvStore, nama: &str) -> bool {
    let mut ada = false;
    let _ = store.baca_di(&kunci(nama), &mut |v| ada = v.is_some());
    ada
}

/// The fingerprint of every stored record of the kinds in `jenis` (keys and texts, tombstones
/// included, read in place in key order), and how many there are.
pub fn sidik(store: &dyn KvStore, jenis: &[JenisRecord]) -> Result<(u64, usize), StoreError> {
    sidik_dari(store, Some(jenis))
}

/// [`sidik`] of every stored record, kinds this app does not know included.
pub fn sidik_semua(store: &dyn KvStore) -> Result<(u64, usize), StoreError> {
    sidik_dari(store, None)
}

fn sidik_dari(
    store: &dyn KvStore,
    jenis: Option<&[JenisRecord]>,
) -> Result<(u64, usize), StoreError> {
    // Each kind's range in turn, the ranges in key order: the records in key order, as one
    // sorted list of their keys would give them.
    let dipilih: Vec<String> = match jenis {
        Some(j) => j
            .iter()
            .map(|j| format!("{AWALAN_REKAMAN}{}.", j.kode()))
            .collect(),
        None => vec![AWALAN_REKAMAN.to_string()],
    };
    // A handful of kinds, each put in its place as it comes (sorted, once each): a slice sort
    // here would add a copy of the sort code to the first load.
    let mut awalan: Vec<String> = Vec::with_capacity(dipilih.len());
    for a in dipilih {
        if let Err(i) = awalan.binary_search(&a) {
            awalan.insert(i, a);
        }
    }
    let (mut h, mut n) = (Sidik::baru(), 0);
    for a in &awalan {
        store.baca_awalan(a, &mut |k, v| {
            h.teks(k.as_bytes());
            h.teks(v.as_bytes());
            n += 1;
        })?;
    }
    Ok((h.selesai(n), n))
}

/// How a derived value is stored: its layout version, the code that made it (the app's
/// version and its record migrations: another decoder may read the same texts otherwise) and
/// the fingerprint first, so a stale one is known before its data is parsed.
fn kepala(sidik: u64) -> String {
    format!(
        "{{\"versi\":{VERSI},\"kode\":\"{}+{}\",\"sidik\":\"{sidik:016x}\",\"isi\":",
        env!("CARGO_PKG_VERSION"),
        super::rekaman::MIGRASI.len()
    )
}

/// The value `nama` holds when it was made from records whose fingerprint is `sidik`.
pub fn baca<T: DeserializeOwned>(store: &dyn KvStore, nama: &str, sidik: u64) -> Option<T> {
    let kepala = kepala(sidik);
    let mut isi = None;
    store
        .baca_di(&kunci(nama), &mut |v| {
            isi = v
                .and_then(|t| t.strip_prefix(kepala.as_str()))
                .and_then(|t| t.strip_suffix('}'))
                .and_then(|t| serde_json::from_str(t).ok());
        })
        .ok()?;
    isi
}

/// Stores `isi` as made from records whose fingerprint is `sidik`.
pub fn tulis<T: Serialize>(
    store: &dyn KvStore,
    nama: &str,
    sidik: u64,
    isi: &T,
) -> Result<(), StoreError> {
    let data = serde_json::to_string(isi).map_err(|e| StoreError::Other(e.to_string()))?;
    store.set_raw(&kunci(nama), &format!("{}{data}}}", kepala(sidik)))
}

/// The dashboards' inputs with the fingerprint of the records they came from (`None`: a small
/// workspace, counted from its records every time).
#[derive(Clone, Debug)]
pub struct MasukanTersimpan {
    pub sidik: Option<u64>,
    pub isi: Arc<MasukanRekap>,
}

/// The agency dashboards' inputs. In a workspace of more than `ambang` profiles, SKPs and
/// evaluations: `lama` when their records are unchanged since, else the stored value when it
/// was made from these records, else made from them and stored. Always what decoding the
/// records gives now (`DataKinerja::muat`, in its order).
pub fn masukan_rekap(
    store: &dyn KvStore,
    ambang: usize,
    lama: Option<&MasukanTersimpan>,
) -> Result<MasukanTersimpan, StoreError> {
    let (s, n) = sidik(store, &JENIS_REKAP)?;
    // Kept only where a transaction holds a write whole (IndexedDB): localStorage's 5 MB are
    // for records.
    let sidik = (n > ambang && store.utuh()).then_some(s);
    if sidik.is_none() && ada(store, NAMA_REKAP) {
        // A workspace that shrank (a restore, deletions): what it kept goes.
        let _ = store.remove(&kunci(NAMA_REKAP));
        let _ = store.remove(&kunci(impor::NAMA_KUNCI));
    }
    if let Some(s) = sidik {
        if let Some(l) = lama.filter(|l| l.sidik == sidik) {
            return Ok(l.clone());
        }
        if let Some(isi) = baca(store, NAMA_REKAP, s) {
            return Ok(MasukanTersimpan {
                sidik,
                isi: Arc::new(isi),
            });
        }
    }
    let (isi, kunci_baris) = impor::baca_berkunci(store)?;
    if let Some(s) = sidik {
        // Stored behind the records (IndexedDB's writer); one that does not land is dropped,
        // never retried with them (`Tunda::gagal`), and made again next time. The keys let
        // an import bring the rows up to date ([`impor`]).
        let _ = tulis(store, NAMA_REKAP, s, &isi);
        let _ = tulis(store, impor::NAMA_KUNCI, s, &kunci_baris);
    }
    Ok(MasukanTersimpan {
        sidik,
        isi: Arc::new(isi),
    })
}

/// The dashboards' inputs' name under [`AWALAN_TURUNAN`].
pub const NAMA_REKAP: &str = "rekap_instansi";

#[path = "turunan_impor.rs"]
pub(crate) mod impor;

#[cfg(test)]
#[path = "turunan_tests.rs"]
mod tests;
