//! Record keys: `kinerjaku.v1.r.<kind>.<id>`, and the listings by kind every reader starts from.

use super::JenisRecord;
use crate::store::kv::{KvStore, StoreError};
use crate::store::KEY_PREFIX;

/// The storage key of a record. Takes the envelope's `type` text, which may name a kind from
/// a newer app version (kept as it is); writers name the kind with [`JenisRecord`].
pub fn kunci(jenis: &str, id: &str) -> String {
    format!("{KEY_PREFIX}r.{jenis}.{id}")
}

/// Whether a storage key holds a record (not settings, a snapshot or the journal).
pub fn kunci_rekaman(key: &str) -> bool {
    key.starts_with(AWALAN_REKAMAN)
}

/// What every record key starts with: [`super::KEY_PREFIX`] then `r.` (a literal, so asking for it
/// builds no string).
pub const AWALAN_REKAMAN: &str = "kinerjaku.v1.r.";

/// Whether any record is stored: a first visit has none, and needs no code that reads them.
pub fn ada(store: &dyn KvStore) -> bool {
    ada_di(store).unwrap_or(false)
}

/// [`ada`], saying when storage could not be read.
pub fn ada_di(store: &dyn KvStore) -> Result<bool, StoreError> {
    store.ada_awalan(AWALAN_REKAMAN)
}

/// Whether more than `n` keys hold records (tombstones counted: they are read too).
pub fn lebih_dari(store: &dyn KvStore, n: usize) -> bool {
    store
        .kunci_awalan(AWALAN_REKAMAN)
        .is_ok_and(|k| k.len() > n)
}

/// The keys of records under `r.`, of the kinds in `hanya` when given (the kind is the key's
/// segment after `r.`, see [`kunci`]), sorted.
pub(in crate::store) fn kunci_jenis(
    store: &dyn KvStore,
    hanya: Option<&[JenisRecord]>,
) -> Result<Vec<String>, StoreError> {
    let mut kunci_semua = match hanya {
        // Each kind's own keys (a range of a sorted store): an agency's 70,000 keys are not
        // all copied to find the 40 units.
        Some(h) => {
            let mut v = Vec::new();
            for j in h {
                v.extend(store.kunci_awalan(&format!("{AWALAN_REKAMAN}{}.", j.kode()))?);
            }
            v
        }
        None => store.kunci_awalan(AWALAN_REKAMAN)?,
    };
    // Keys are unique, so an unstable sort gives the same order with half the code (and
    // keys that come sorted, as from IndexedDB's map, cost one pass).
    kunci_semua.sort_unstable();
    kunci_semua.dedup();
    Ok(kunci_semua)
}

/// The kind a key names (`sisa`: the key after `r.`), when it is one of `hanya` (any kind when
/// `hanya` is `None`: then `Some(None)` for a kind this version does not know).
fn jenis_kunci(sisa: &str, hanya: Option<&[JenisRecord]>) -> Option<Option<JenisRecord>> {
    let kode = sisa.split_once('.').map_or(sisa, |(j, _)| j);
    match hanya {
        None => Some(JenisRecord::dari_kode(kode)),
        Some(h) => h.iter().find(|x| x.kode() == kode).map(|x| Some(*x)),
    }
}

/// The stored text of every record of the kinds in `jenis`, in key order, with the kind its key
/// names: for a reader that takes today's records straight from text ([`crate::store::langsung`]).
pub(in crate::store) fn untuk_teks(
    store: &dyn KvStore,
    jenis: &[JenisRecord],
    mut f: impl FnMut(JenisRecord, &str),
) -> Result<(), StoreError> {
    untuk_teks_berkunci(store, jenis, |_, j, teks| f(j, teks))
}

/// [`untuk_teks`], each text with its key.
pub(in crate::store) fn untuk_teks_berkunci(
    store: &dyn KvStore,
    jenis: &[JenisRecord],
    mut f: impl FnMut(&str, JenisRecord, &str),
) -> Result<(), StoreError> {
    for k in kunci_jenis(store, Some(jenis))? {
        if let Some(Some(j)) = jenis_rekaman(&k, jenis) {
            // Read in place: the text is parsed, never kept.
            store.baca_di(&k, &mut |v| {
                if let Some(teks) = v {
                    f(&k, j, teks);
                }
            })?;
        }
    }
    Ok(())
}

/// The kind the record key `k` names, when it is one of `hanya`.
pub(in crate::store) fn jenis_rekaman(
    k: &str,
    hanya: &[JenisRecord],
) -> Option<Option<JenisRecord>> {
    k.strip_prefix(AWALAN_REKAMAN)
        .and_then(|s| jenis_kunci(s, Some(hanya)))
}
