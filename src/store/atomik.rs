//! A change that touches several keys lands whole or not at all. localStorage has no
//! transactions, so the previous raw value of every key the change may touch is kept, and on
//! failure each key is put back as it was (a key that did not exist is removed again).
//! Example: a corrected NIP writes the new profile record, tombstones the old one and points
//! the settings at the new NIP; a quota error halfway must not leave two live profiles or
//! settings naming a profile that is gone.

use super::kv::{KvStore, StoreError};

/// Runs `ubah`; if it fails, every key in `kunci` is restored to its value from before.
/// The error of `ubah` is returned; a failed restore is reported alongside it, because then
/// storage really is in between and the person must be told.
pub fn atomik<T, E: From<StoreError>>(
    store: &dyn KvStore,
    kunci: &[String],
    ubah: impl FnOnce() -> Result<T, E>,
) -> Result<T, Gagal<E>> {
    let sebelum: Vec<(String, Option<String>)> = kunci
        .iter()
        .map(|k| Ok((k.clone(), store.get(k)?)))
        .collect::<Result<_, StoreError>>()
        .map_err(|e| Gagal {
            sebab: E::from(e),
            pemulihan: None,
        })?;
    ubah().map_err(|sebab| {
        let mut pemulihan = None;
        // Keys that were absent go first: on a full storage a value put back needs the room
        // the change's new keys hold.
        for k in sebelum.iter().filter(|(_, v)| v.is_none()).map(|(k, _)| k) {
            if let Err(e) = store.remove(k) {
                pemulihan.get_or_insert(e);
            }
        }
        for (k, v) in sebelum.iter().filter_map(|(k, v)| Some((k, v.as_ref()?))) {
            if let Err(e) = store.put(k, v) {
                pemulihan.get_or_insert(e);
            }
        }
        Gagal { sebab, pemulihan }
    })
}

/// Why an atomic change did not land, and whether putting things back failed too.
#[derive(Debug, PartialEq)]
pub struct Gagal<E> {
    pub sebab: E,
    /// `Some` when a key could not be restored (storage is then in between).
    pub pemulihan: Option<StoreError>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;

    #[test]
    fn a_failure_halfway_puts_every_key_back_and_removes_new_ones() {
        let s = MemoryStore::default();
        s.put("a", "1").unwrap();
        let kunci = ["a".to_string(), "b".to_string()];
        let r: Result<(), Gagal<StoreError>> = atomik(&s, &kunci, || {
            s.put("a", "2")?;
            s.put("b", "baru")?;
            Err(StoreError::QuotaFull)
        });
        assert_eq!(r.unwrap_err().sebab, StoreError::QuotaFull);
        assert_eq!(s.get("a").unwrap().as_deref(), Some("1"));
        assert_eq!(s.get("b").unwrap(), None);
    }

    #[test]
    fn a_success_keeps_every_change() {
        let s = MemoryStore::default();
        let kunci = ["a".to_string()];
        let r: Result<u8, Gagal<StoreError>> = atomik(&s, &kunci, || {
            s.put("a", "2")?;
            Ok(7)
        });
        assert_eq!(r.unwrap(), 7);
        assert_eq!(s.get("a").unwrap().as_deref(), Some("2"));
    }

    #[test]
    fn a_real_quota_error_halfway_is_undone() {
        // Room for the first write only: the second hits the quota.
        let s = MemoryStore::with_capacity(40);
        let kunci = ["x".to_string(), "y".to_string()];
        let r: Result<(), Gagal<StoreError>> = atomik(&s, &kunci, || {
            s.put("x", "0123456789")?;
            s.put("y", "0123456789012345678901234567890123456789")?;
            Ok(())
        });
        assert_eq!(r.unwrap_err().sebab, StoreError::QuotaFull);
        assert_eq!(s.get("x").unwrap(), None);
        assert_eq!(s.get("y").unwrap(), None);
    }
}
