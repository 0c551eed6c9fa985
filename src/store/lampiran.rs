//! Attachments in storage: each in its own `lampiran` record beside the realisasi that names
//! it, so the data memo ([`super::kinerja::DataKinerja`]) never reads their bytes (the
//! realisasi's reference carries name, type and size) and a later IndexedDB backend can keep
//! them in a store of their own. A realisasi and its attachments change together: every
//! change here lands whole or not at all ([`super::atomik`]), so a full storage never leaves
//! a realisasi naming a file that was not written, nor a file nobody names.
//!
//! Snapshots leave attachments out (`snapshot::termasuk`): each would copy every photo again
//! into a budget of about 5 MB. A restore therefore keeps the attachments stored now.

use super::atomik::{atomik, Gagal};
use super::kv::{KvStore, StoreError, KEY_PREFIX};
use super::rekaman::{self, GagalTulis, JenisRecord, Rekaman};
use crate::domain::lampiran::Lampiran;
use crate::domain::progres::Realisasi;
use crate::jejak::baca_sebagai;

/// What localStorage holds per origin in Chromium and Firefox: 5,242,880 UTF-16 code units
/// (measured, ARCHITECTURE.md "Storage facts"); what is left of it is what may be attached.
pub const KAPASITAS_LOKAL_BYTE: u64 = 10 * 1024 * 1024;

/// The storage key of an attachment.
pub fn kunci(id: &str) -> String {
    rekaman::kunci(JenisRecord::Lampiran.kode(), id)
}

/// Whether a storage key holds an attachment.
pub fn kunci_lampiran(k: &str) -> bool {
    k.strip_prefix(KEY_PREFIX)
        .is_some_and(|k| k.starts_with("r.lampiran."))
}

/// A live attachment, read when someone opens it. `Ok(None)`: not stored, or deleted.
pub fn baca(store: &dyn KvStore, id: &str) -> Result<Option<Lampiran>, StoreError> {
    let Some(r) = rekaman::baca(store, JenisRecord::Lampiran, id)? else {
        return Ok(None);
    };
    if r.dihapus {
        return Ok(None);
    }
    baca_sebagai(&r.data, "data")
        .map(Some)
        .map_err(|e| StoreError::Other(e.to_string()))
}

/// What attachments take in storage: how many live ones, and the characters of every
/// attachment key (deleted ones keep their bytes for an undo), which a browser counts twice
/// (UTF-16) against its quota.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pemakaian {
    pub jumlah: usize,
    pub karakter: usize,
}

impl Pemakaian {
    /// Bytes as the browser counts them (two per character).
    pub fn byte(&self) -> u64 {
        self.karakter as u64 * 2
    }
}

pub fn pemakaian(store: &dyn KvStore) -> Result<Pemakaian, StoreError> {
    let mut p = Pemakaian::default();
    for k in store.keys()?.into_iter().filter(|k| kunci_lampiran(k)) {
        if let Some(v) = store.get(&k)? {
            p.karakter += k.len() + v.len();
            // A tombstone is `"deleted":true` in its envelope; cheaper than parsing 500 KB.
            if !v.contains("\"deleted\":true") {
                p.jumlah += 1;
            }
        }
    }
    Ok(p)
}

/// Drops the bytes deleted attachments still hold for an undo, once no undo can reach them
/// (the progress screen calls it when it opens: its undo lines start empty). The revision stays,
/// so nothing changes for a merge: a tombstone may be empty. Returns how many were emptied.
pub fn lepas_isi_nisan(store: &dyn KvStore) -> Result<usize, StoreError> {
    let mut n = 0;
    for k in store.keys()?.into_iter().filter(|k| kunci_lampiran(k)) {
        let Some(v) = store.get(&k)? else { continue };
        if !v.contains("\"deleted\":true") || v.contains("\"data\":null") {
            continue;
        }
        let Some(id) = k.rsplit('.').next() else {
            continue;
        };
        if let Some(mut r) = rekaman::baca(store, JenisRecord::Lampiran, id)?.filter(|r| r.dihapus)
        {
            r.data = serde_json::Value::Null;
            rekaman::simpan_apa_adanya(store, &r)?;
            n += 1;
        }
    }
    Ok(n)
}

fn kunci_perubahan(realisasi_id: &str, lampiran: &[&str]) -> Vec<String> {
    let mut k = vec![rekaman::kunci(JenisRecord::Realisasi.kode(), realisasi_id)];
    k.extend(lampiran.iter().map(|id| kunci(id)));
    k
}

fn satu(e: Gagal<GagalTulis>) -> GagalTulis {
    // A failed restore means storage is in between: that is what the person must hear.
    match e.pemulihan {
        Some(p) => GagalTulis::Penyimpanan(p),
        None => e.sebab,
    }
}

/// Saves a realisasi with the attachments it newly names (`baru`, written first) and the
/// ones it no longer names removed (their tombstones drop the bytes: no undo reaches them).
/// The realisasi is written last under its revision check; any failure puts every key back.
pub fn simpan_realisasi(
    store: &dyn KvStore,
    r: &Realisasi,
    basis: Option<u64>,
    baru: &[Lampiran],
    waktu: &str,
) -> Result<Rekaman, GagalTulis> {
    let lama: Vec<String> = match basis {
        Some(_) => rekaman::baca(store, JenisRecord::Realisasi, &r.id)?
            .filter(|x| !x.dihapus)
            .and_then(|x| baca_sebagai::<Realisasi>(&x.data, "data").ok())
            .map(|x| x.lampiran().map(str::to_string).collect())
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let tetap: Vec<&str> = r.lampiran().collect();
    let dibuang: Vec<&str> = lama
        .iter()
        .map(String::as_str)
        .filter(|id| !tetap.contains(id))
        .collect();
    let mut semua: Vec<&str> = baru.iter().map(|l| l.id.as_str()).collect();
    semua.extend(&dibuang);
    atomik(store, &kunci_perubahan(&r.id, &semua), || {
        for l in baru {
            rekaman::tulis_isi(store, JenisRecord::Lampiran, &l.id, l, None, waktu)?;
        }
        for id in &dibuang {
            hapus_tanpa_isi(store, id, waktu)?;
        }
        rekaman::tulis_isi(store, JenisRecord::Realisasi, &r.id, r, basis, waktu)
    })
    .map_err(satu)
}

/// Tombstones an attachment and drops its bytes (a tombstone may be empty).
fn hapus_tanpa_isi(store: &dyn KvStore, id: &str, waktu: &str) -> Result<(), GagalTulis> {
    if let Some(x) = rekaman::baca(store, JenisRecord::Lampiran, id)?.filter(|x| !x.dihapus) {
        let mut rek = rekaman::tulis(
            store,
            JenisRecord::Lampiran,
            id,
            serde_json::Value::Null,
            Some(x.revisi),
            waktu,
        )?;
        rek.dihapus = true;
        rekaman::simpan_apa_adanya(store, &rek)?;
    }
    Ok(())
}

/// Deletes a realisasi (tombstone, revision-checked) and its attachments with it; they keep
/// their bytes so [`urungkan_hapus_realisasi`] brings both back.
pub fn hapus_realisasi(
    store: &dyn KvStore,
    id: &str,
    basis: u64,
    waktu: &str,
) -> Result<Rekaman, GagalTulis> {
    let lampiran: Vec<String> = rekaman::baca(store, JenisRecord::Realisasi, id)?
        .and_then(|x| baca_sebagai::<Realisasi>(&x.data, "data").ok())
        .map(|x| x.lampiran().map(str::to_string).collect())
        .unwrap_or_default();
    let ids: Vec<&str> = lampiran.iter().map(String::as_str).collect();
    atomik(store, &kunci_perubahan(id, &ids), || {
        let rek = rekaman::hapus(store, JenisRecord::Realisasi, id, basis, waktu)?;
        for l in &ids {
            if let Some(x) = rekaman::baca(store, JenisRecord::Lampiran, l)?.filter(|x| !x.dihapus)
            {
                rekaman::hapus(store, JenisRecord::Lampiran, l, x.revisi, waktu)?;
            }
        }
        Ok(rek)
    })
    .map_err(satu)
}

/// Undoes [`hapus_realisasi`]: the realisasi and every attachment it names whose tombstone
/// still holds the bytes come back as their next, live revisions.
pub fn urungkan_hapus_realisasi(
    store: &dyn KvStore,
    id: &str,
    basis: u64,
    waktu: &str,
) -> Result<Rekaman, GagalTulis> {
    let lampiran: Vec<String> = rekaman::baca(store, JenisRecord::Realisasi, id)?
        .and_then(|x| baca_sebagai::<Realisasi>(&x.data, "data").ok())
        .map(|x| x.lampiran().map(str::to_string).collect())
        .unwrap_or_default();
    let ids: Vec<&str> = lampiran.iter().map(String::as_str).collect();
    atomik(store, &kunci_perubahan(id, &ids), || {
        let rek = super::kinerja::urungkan_hapus(store, JenisRecord::Realisasi, id, basis, waktu)?;
        for l in &ids {
            if let Some(x) = rekaman::baca(store, JenisRecord::Lampiran, l)?
                .filter(|x| x.dihapus && !x.data.is_null())
            {
                rekaman::tulis(
                    store,
                    JenisRecord::Lampiran,
                    l,
                    x.data,
                    Some(x.revisi),
                    waktu,
                )?;
            }
        }
        Ok(rek)
    })
    .map_err(satu)
}

#[cfg(test)]
#[path = "lampiran_tests.rs"]
mod tests;
