//! The move from localStorage on the first start of this version: every key of ours that now
//! lives in IndexedDB ([`super::di_idb`]: records, snapshots, the journal, the quarantine;
//! not the settings) is copied in one transaction, read back and compared value by value, and
//! only then IndexedDB is marked live and the old keys are removed. On any failure before
//! that, localStorage is untouched and the app runs on it (the move is tried again at the
//! next start). Interrupted anywhere, it resumes: while IndexedDB is not live a new attempt
//! replaces what an earlier one left; once live, keys still in localStorage are leftovers
//! (a removal cut short, or a tab of the older version still writing): one that IndexedDB
//! lacks is moved, one it holds the same is only removed, one it holds differently keeps the
//! newer revision of a record (else IndexedDB's value) and the other goes to a quarantine key
//! beside it. Nothing is removed from localStorage that is not in IndexedDB, read back.

use super::di_idb;
use super::gudang::{Gudang, Hasil, Kiriman};
use crate::jejak::value_dari_teks;
use crate::store::kv::{kunci_karantina, KvStore, StoreError};

/// What the move did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Laporan {
    /// Keys copied into IndexedDB (and removed from localStorage).
    pub dipindah: usize,
    /// Keys IndexedDB already held the same (only removed from localStorage).
    pub sudah_ada: usize,
    /// Keys IndexedDB held differently: (key, the quarantine key now holding the
    /// localStorage value).
    pub dikarantina: Vec<(String, String)>,
}

/// Whether localStorage holds anything to move (cheap: keys only; start-up asks this before
/// fetching the move's code).
pub fn perlu(lokal: &dyn KvStore) -> bool {
    lokal.keys().is_ok_and(|k| k.iter().any(|k| di_idb(k)))
}

pub async fn pindahkan(lokal: &dyn KvStore, gudang: &dyn Gudang) -> Result<Laporan, StoreError> {
    let mut isi = Vec::new();
    let mut kunci: Vec<String> = lokal.keys()?.into_iter().filter(|k| di_idb(k)).collect();
    kunci.sort();
    for k in &kunci {
        if let Some(v) = lokal.get(k)? {
            isi.push((k.clone(), v));
        }
    }
    let kunci: Vec<String> = isi.iter().map(|(k, _)| k.clone()).collect();
    if isi.is_empty() {
        return Ok(Laporan::default());
    }
    let meta = gudang.meta().await?;
    let mut laporan = Laporan::default();
    if !meta.hidup {
        gudang.ganti(&isi).await?;
        periksa(gudang, &isi).await?;
        gudang.tandai_hidup().await?;
        laporan.dipindah = isi.len();
    } else {
        let kini = gudang.baca(&kunci).await?;
        // (key, value to write, what IndexedDB holds there now)
        let mut ubah: Vec<(String, String, Option<String>)> = Vec::new();
        for ((k, v), ada) in isi.iter().zip(kini) {
            match ada {
                None => {
                    ubah.push((k.clone(), v.clone(), None));
                    laporan.dipindah += 1;
                }
                Some(x) if x == *v => laporan.sudah_ada += 1,
                Some(x) => {
                    let q = karantina_bebas(gudang, k, &ubah).await?;
                    // A record keeps its newer revision (a write never replaces newer data);
                    // anything else keeps the live store's value. The other is kept aside.
                    if revisi(v) > revisi(&x) {
                        ubah.push((k.clone(), v.clone(), Some(x.clone())));
                        ubah.push((q.clone(), x, None));
                    } else {
                        ubah.push((q.clone(), v.clone(), None));
                    }
                    laporan.dikarantina.push((k.clone(), q));
                }
            }
        }
        if !ubah.is_empty() {
            let k = Kiriman {
                gen: meta.gen,
                dasar: ubah.iter().map(|(_, _, d)| d.clone()).collect(),
                ubah: ubah
                    .iter()
                    .map(|(k, v, _)| (k.clone(), Some(v.clone())))
                    .collect(),
            };
            if let Hasil::Bentrok { .. } = gudang.tulis(&k).await? {
                return Err(StoreError::Other(
                    "changed by another tab during the move".into(),
                ));
            }
            let tulis: Vec<(String, String)> = ubah.into_iter().map(|(k, v, _)| (k, v)).collect();
            periksa(gudang, &tulis).await?;
        }
    }
    // Only what is in IndexedDB, read back, and still the same here (a tab of the older
    // version may have written meanwhile: that stays for the next start).
    for (k, v) in &isi {
        if lokal.get(k)?.as_deref() == Some(v.as_str()) {
            lokal.remove(k)?;
        }
    }
    Ok(laporan)
}

/// A record's revision (`None` for anything that is not a readable record).
fn revisi(teks: &str) -> Option<u64> {
    value_dari_teks(teks).ok()?.get("revision")?.as_u64()
}

/// Reads every key back from IndexedDB and compares it with what was written.
async fn periksa(gudang: &dyn Gudang, isi: &[(String, String)]) -> Result<(), StoreError> {
    let kunci: Vec<String> = isi.iter().map(|(k, _)| k.clone()).collect();
    let balik = gudang.baca(&kunci).await?;
    match isi
        .iter()
        .zip(&balik)
        .find(|((_, v), b)| b.as_deref() != Some(v.as_str()))
    {
        Some(((k, _), _)) => Err(StoreError::VerifyFailed { key: k.clone() }),
        None if balik.len() != isi.len() => Err(StoreError::Other("short read-back".into())),
        None => Ok(()),
    }
}

/// A quarantine key for `kunci` that IndexedDB does not hold and this move does not write.
async fn karantina_bebas(
    gudang: &dyn Gudang,
    kunci: &str,
    ubah: &[(String, String, Option<String>)],
) -> Result<String, StoreError> {
    let mut dipakai: Vec<String> = ubah.iter().map(|(k, _, _)| k.clone()).collect();
    loop {
        let q = kunci_karantina(kunci, |x| dipakai.iter().any(|d| d == x));
        let ada = gudang.baca(std::slice::from_ref(&q)).await?;
        if ada.into_iter().next().flatten().is_none() {
            return Ok(q);
        }
        dipakai.push(q);
    }
}

#[cfg(test)]
#[path = "pindah_tests.rs"]
mod tests;
