//! Attachments in storage: each in its own `lampiran` record beside the realisasi that names
//! it by id, so the data memo ([`super::kinerja::DataKinerja`]) never reads their bytes (it
//! reads only the kinds it holds) and they move with every other record through [`KvStore`]
//! (localStorage today, IndexedDB later). A realisasi and its attachments change together:
//! every change here lands whole or not at all ([`super::atomik`]), so a full storage never
//! leaves a realisasi naming a file that was not written, nor a file nobody names. Only the
//! attachment chunk (`ui::lampiran`) calls this module.
//!
//! A deleted realisasi's attachments keep their bytes in their tombstones for
//! [`TAHAN_NISAN_JAM`] hours, so an undo still on screen, in this tab or another, brings the
//! file back; after that [`lepas_isi_nisan`] gives the room back, and a later undo is refused
//! whole ([`GagalUrung::IsiDilepas`]) rather than bringing the entry back without its file.
//!
//! Snapshots leave attachments out (`snapshot::dicadangkan`): each would copy every photo again
//! into a budget of about 5 MB. A restore therefore keeps the attachments stored now, and brings
//! back a deleted one the restored entries name while its tombstone holds its bytes.

use super::atomik::{atomik, Gagal};
use super::kv::{KvStore, StoreError, KEY_PREFIX};
use super::rekaman::{self, GagalTulis, JenisRecord, Rekaman};
use crate::domain::lampiran::Lampiran;
use crate::domain::progres::Realisasi;
use crate::jejak::baca_sebagai;
use chrono::{DateTime, Duration, FixedOffset};
use serde_json::Value;

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

/// What a list shows of an attachment, read without decoding its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keterangan {
    pub nama: String,
    pub mime: String,
    pub ukuran: u64,
}

/// The name, type and size of a live attachment. `Ok(None)`: not stored, or deleted.
pub fn baca_keterangan(store: &dyn KvStore, id: &str) -> Result<Option<Keterangan>, StoreError> {
    let Some(r) = rekaman::baca(store, JenisRecord::Lampiran, id)?.filter(|r| !r.dihapus) else {
        return Ok(None);
    };
    let teks = |k: &str| {
        r.data
            .get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    Ok(Some(Keterangan {
        nama: teks("nama"),
        mime: teks("mime"),
        ukuran: r.data.get("ukuran").and_then(Value::as_u64).unwrap_or(0),
    }))
}

/// What attachments take in storage: how many live ones, how many deleted ones still hold
/// their bytes for an undo, and the characters of every attachment key, which a browser counts
/// twice (UTF-16) against its quota.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pemakaian {
    pub jumlah: usize,
    pub nisan: usize,
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
            } else if !v.contains("\"data\":null") {
                p.nisan += 1;
            }
        }
    }
    Ok(p)
}

/// How long a deleted realisasi's attachments keep their bytes for an undo (an undo line
/// stays while its screen is open, in any tab); after that their room is given back.
pub const TAHAN_NISAN_JAM: i64 = 24;

/// Drops the bytes deleted attachments still hold for an undo, once no undo may use them: the
/// tombstone was written at least [`TAHAN_NISAN_JAM`] hours before `sekarang` (`None`: all of
/// them, when storage is full and a new save needs the room). A tombstone whose time does not
/// read keeps its bytes. The revision stays, so nothing changes for a merge: a tombstone may be
/// empty. Returns how many were emptied.
pub fn lepas_isi_nisan(
    store: &dyn KvStore,
    sekarang: Option<DateTime<FixedOffset>>,
) -> Result<usize, StoreError> {
    let lewat = |r: &Rekaman| match sekarang {
        None => true,
        Some(kini) => DateTime::parse_from_rfc3339(&r.diperbarui)
            .is_ok_and(|t| kini - t >= Duration::hours(TAHAN_NISAN_JAM)),
    };
    let mut n = 0;
    for k in store.keys()?.into_iter().filter(|k| kunci_lampiran(k)) {
        let Some(v) = store.get(&k)? else { continue };
        // Cheaper than parsing every live photo: only tombstones that still hold bytes.
        if !v.contains("\"deleted\":true") || v.contains("\"data\":null") {
            continue;
        }
        let Some(id) = k.rsplit('.').next() else {
            continue;
        };
        if let Some(mut r) =
            rekaman::baca(store, JenisRecord::Lampiran, id)?.filter(|r| r.dihapus && lewat(r))
        {
            r.data = Value::Null;
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
/// When storage is full, the bytes deleted attachments still hold for an undo are given up
/// for the new file and the save is tried once more (that undo is then refused, saying why).
pub fn simpan_realisasi(
    store: &dyn KvStore,
    r: &Realisasi,
    basis: Option<u64>,
    baru: &[Lampiran],
    waktu: &str,
) -> Result<Rekaman, GagalTulis> {
    match tulis_realisasi(store, r, basis, baru, waktu) {
        Err(GagalTulis::Penyimpanan(StoreError::QuotaFull))
            if !baru.is_empty() && lepas_isi_nisan(store, None)? > 0 =>
        {
            tulis_realisasi(store, r, basis, baru, waktu)
        }
        hasil => hasil,
    }
}

fn tulis_realisasi(
    store: &dyn KvStore,
    r: &Realisasi,
    basis: Option<u64>,
    baru: &[Lampiran],
    waktu: &str,
) -> Result<Rekaman, GagalTulis> {
    let lama: Vec<String> = match basis {
        Some(_) => lampiran_dari(store, &r.id, false)?,
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

/// The attachment ids the stored realisasi `id` names (`nisan`: also when it is a tombstone).
fn lampiran_dari(store: &dyn KvStore, id: &str, nisan: bool) -> Result<Vec<String>, StoreError> {
    Ok(rekaman::baca(store, JenisRecord::Realisasi, id)?
        .filter(|x| nisan || !x.dihapus)
        .and_then(|x| baca_sebagai::<Realisasi>(&x.data, "data").ok())
        .map(|x| x.lampiran().map(str::to_string).collect())
        .unwrap_or_default())
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
/// their bytes for [`TAHAN_NISAN_JAM`] hours so [`urungkan_hapus_realisasi`] brings both back.
pub fn hapus_realisasi(
    store: &dyn KvStore,
    id: &str,
    basis: u64,
    waktu: &str,
) -> Result<Rekaman, GagalTulis> {
    let lampiran = lampiran_dari(store, id, true)?;
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

/// Why an undo of a realisasi's delete did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum GagalUrung {
    Tulis(GagalTulis),
    /// These attachments (ids) of the entry gave their bytes back already (the undo came
    /// after [`TAHAN_NISAN_JAM`] hours, or storage was full): nothing was written, rather than
    /// the entry coming back without its file.
    IsiDilepas(Vec<String>),
}

impl From<GagalTulis> for GagalUrung {
    fn from(e: GagalTulis) -> Self {
        GagalUrung::Tulis(e)
    }
}

impl From<StoreError> for GagalUrung {
    fn from(e: StoreError) -> Self {
        GagalUrung::Tulis(e.into())
    }
}

/// Undoes [`hapus_realisasi`]: the realisasi and every attachment it names come back as their
/// next, live revisions, or nothing does (an attachment whose tombstone lost its bytes refuses
/// the whole undo).
pub fn urungkan_hapus_realisasi(
    store: &dyn KvStore,
    id: &str,
    basis: u64,
    waktu: &str,
) -> Result<Rekaman, GagalUrung> {
    let nisan = rekaman::baca(store, JenisRecord::Realisasi, id)?;
    if !nisan
        .as_ref()
        .is_some_and(|r| r.dihapus && r.revisi == basis)
    {
        // Changed or gone since: refused the usual way, and nothing is written.
        return super::kinerja::urungkan_hapus(store, JenisRecord::Realisasi, id, basis, waktu)
            .map_err(GagalUrung::Tulis);
    }
    let lampiran = lampiran_dari(store, id, true)?;
    let ids: Vec<&str> = lampiran.iter().map(String::as_str).collect();
    let mut kembali = Vec::new();
    let mut hilang = Vec::new();
    for l in &ids {
        match rekaman::baca(store, JenisRecord::Lampiran, l)? {
            // Live already (restored elsewhere): nothing to bring back.
            Some(x) if !x.dihapus => {}
            Some(x) if !x.data.is_null() => kembali.push(x),
            _ => hilang.push(l.to_string()),
        }
    }
    if !hilang.is_empty() {
        return Err(GagalUrung::IsiDilepas(hilang));
    }
    atomik(store, &kunci_perubahan(id, &ids), || {
        let rek = super::kinerja::urungkan_hapus(store, JenisRecord::Realisasi, id, basis, waktu)?;
        for x in kembali {
            rekaman::tulis(
                store,
                JenisRecord::Lampiran,
                &x.id,
                x.data,
                Some(x.revisi),
                waktu,
            )?;
        }
        Ok(rek)
    })
    .map_err(|e| GagalUrung::Tulis(satu(e)))
}

/// The attachments the live realisasi among `data` (keys and texts, as a backup holds them)
/// name that are deleted here but still hold their bytes: a restore that brings such an entry
/// back brings its file back with it ([`hidupkan`]), as an undo would. One whose bytes were
/// given back stays deleted, and the entry says its file is not on this device.
pub fn nisan_berisi_untuk<'a>(
    store: &dyn KvStore,
    data: impl Iterator<Item = (&'a String, &'a String)>,
) -> Result<Vec<Rekaman>, StoreError> {
    // Only realisasi are read (an agency's backup holds 70,000 records).
    let awalan = rekaman::kunci(JenisRecord::Realisasi.kode(), "");
    let mut nisan = Vec::new();
    for (_, t) in data.filter(|(k, _)| k.starts_with(&awalan)) {
        let Some(r) = rekaman::dari_teks_tersimpan(t) else {
            continue;
        };
        if r.dihapus || r.jenis != JenisRecord::Realisasi.kode() {
            continue;
        }
        let Ok(x) = baca_sebagai::<Realisasi>(&r.data, "data") else {
            continue;
        };
        for l in x.lampiran() {
            if let Some(a) = rekaman::baca(store, JenisRecord::Lampiran, l)? {
                if a.dihapus && !a.data.is_null() && !nisan.iter().any(|n: &Rekaman| n.id == a.id) {
                    nisan.push(a);
                }
            }
        }
    }
    Ok(nisan)
}

/// Brings tombstones that hold their bytes back as their next, live revisions.
pub fn hidupkan(store: &dyn KvStore, nisan: &[Rekaman], waktu: &str) -> Result<(), StoreError> {
    for a in nisan {
        let rek = Rekaman {
            revisi: a.revisi + 1,
            diperbarui: waktu.to_string(),
            dihapus: false,
            ..a.clone()
        };
        rekaman::simpan_apa_adanya(store, &rek)?;
    }
    Ok(())
}

#[cfg(test)]
#[path = "lampiran_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "lampiran_pulih_tests.rs"]
mod pulih_tests;
