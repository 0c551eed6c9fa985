//! In-memory backend: the native stand-in for localStorage in tests.

use super::kv::{ukuran_utf16, KvStore, StoreError};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// A shareable in-memory store. `capacity` (bytes, UTF-16 like browsers) lets tests
/// exercise the quota-full path; [`MemoryStore::gagal_setelah`] makes it refuse writes after
/// a given number, to hit the quota in the middle of a multi-key change.
#[derive(Clone, Default)]
pub struct MemoryStore {
    map: Arc<Mutex<BTreeMap<String, String>>>,
    capacity: Option<usize>,
    /// Writes still allowed before a write fails with `QuotaFull`, and whether only that
    /// one fails (room freed since, as a rollback frees it) or every later one too.
    sisa_tulis: Arc<Mutex<Option<(usize, bool)>>>,
    /// Every key read, in order (tests ask which keys a reader touched).
    #[cfg(test)]
    dibaca: Arc<Mutex<Vec<String>>>,
    /// Answers [`KvStore::utuh`] true: stands in for IndexedDB where a test needs a backend
    /// whose [`KvStore::tulis_banyak`] is one transaction (it always is here).
    utuh: bool,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// Everything stored, other apps' keys included: tests compare it before and after.
    #[cfg(test)]
    pub fn isi(&self) -> BTreeMap<String, String> {
        self.keys()
            .unwrap()
            .into_iter()
            .map(|k| (k.clone(), self.get(&k).unwrap().unwrap()))
            .collect()
    }

    /// The keys read since the last call, in order.
    #[cfg(test)]
    pub fn kunci_dibaca(&self) -> Vec<String> {
        self.dibaca
            .lock()
            .map(|mut d| std::mem::take(&mut *d))
            .unwrap_or_default()
    }

    /// A store that says its batches land whole ([`KvStore::utuh`]), like IndexedDB.
    pub fn transaksional() -> Self {
        Self {
            utuh: true,
            ..Self::default()
        }
    }

    pub fn with_capacity(bytes: usize) -> Self {
        Self {
            capacity: Some(bytes),
            ..Self::default()
        }
    }

    /// From now on, `n` more writes succeed and every later one fails with `QuotaFull`
    /// (removals still work, as in a full browser store); `None` lifts the limit.
    pub fn gagal_setelah(&self, n: Option<usize>) {
        if let Ok(mut s) = self.sisa_tulis.lock() {
            *s = n.map(|n| (n, false));
        }
    }

    /// `n` more writes succeed, the next fails with `QuotaFull`, and later ones succeed again:
    /// a quota hit in the middle of a change whose rollback then frees the room.
    pub fn gagal_sekali_setelah(&self, n: usize) {
        if let Ok(mut s) = self.sisa_tulis.lock() {
            *s = Some((n, true));
        }
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, BTreeMap<String, String>>, StoreError> {
        self.map
            .lock()
            .map_err(|_| StoreError::Unavailable("memory store poisoned".into()))
    }
}

impl MemoryStore {
    /// Takes `n` writes from the write limit, all or none: `false` when they do not fit
    /// (a limit that fails once is then used up, as the one write it stood for).
    fn jatah(&self, n: usize) -> bool {
        let Ok(mut sisa) = self.sisa_tulis.lock() else {
            return true;
        };
        match *sisa {
            Some((ada, sekali)) if ada < n => {
                if sekali {
                    *sisa = None;
                }
                false
            }
            Some((ada, sekali)) => {
                *sisa = Some((ada - n, sekali));
                true
            }
            None => true,
        }
    }

    fn muat_kapasitas(&self, map: &BTreeMap<String, String>) -> bool {
        self.capacity.is_none_or(|cap| {
            map.iter()
                .map(|(k, v)| ukuran_utf16(k) + ukuran_utf16(v))
                .sum::<usize>()
                <= cap
        })
    }
}

impl KvStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        #[cfg(test)]
        if let Ok(mut d) = self.dibaca.lock() {
            d.push(key.to_string());
        }
        Ok(self.lock()?.get(key).cloned())
    }

    fn baca_di(&self, key: &str, f: &mut dyn FnMut(Option<&str>)) -> Result<(), StoreError> {
        #[cfg(test)]
        if let Ok(mut d) = self.dibaca.lock() {
            d.push(key.to_string());
        }
        f(self.lock()?.get(key).map(String::as_str));
        Ok(())
    }

    fn set_raw(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Ok(mut sisa) = self.sisa_tulis.lock() {
            match *sisa {
                Some((0, sekali)) => {
                    if sekali {
                        *sisa = None;
                    }
                    return Err(StoreError::QuotaFull);
                }
                Some((n, sekali)) => *sisa = Some((n - 1, sekali)),
                None => {}
            }
        }
        let mut map = self.lock()?;
        if let Some(cap) = self.capacity {
            let others: usize = map
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| ukuran_utf16(k) + ukuran_utf16(v))
                .sum();
            if others + ukuran_utf16(key) + ukuran_utf16(value) > cap {
                return Err(StoreError::QuotaFull);
            }
        }
        map.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.lock()?.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.lock()?.keys().cloned().collect())
    }

    fn kunci_awalan(&self, awalan: &str) -> Result<Vec<String>, StoreError> {
        let peta = self.lock()?;
        Ok(kunci_urut(&peta, awalan))
    }

    /// One step under one lock: every change lands, or (quota, write limit) none does.
    fn tulis_banyak(&self, ubah: &[(String, Option<String>)]) -> Result<(), StoreError> {
        let mut map = self.lock()?;
        let mut baru = map.clone();
        for (k, v) in ubah {
            match v {
                Some(v) => baru.insert(k.clone(), v.clone()),
                None => baru.remove(k),
            };
        }
        if !self.muat_kapasitas(&baru)
            || !self.jatah(ubah.iter().filter(|(_, v)| v.is_some()).count())
        {
            return Err(StoreError::QuotaFull);
        }
        *map = baru;
        Ok(())
    }

    fn utuh(&self) -> bool {
        self.utuh
    }
}

/// The keys of a sorted map that start with `awalan` (a range, not a scan of every key).
pub(crate) fn kunci_urut(peta: &BTreeMap<String, String>, awalan: &str) -> Vec<String> {
    rentang(peta, awalan).map(|(k, _)| k.clone()).collect()
}

/// The entries whose key starts with `awalan`, in key order.
pub(crate) fn rentang<'a>(
    peta: &'a BTreeMap<String, String>,
    awalan: &'a str,
) -> impl Iterator<Item = (&'a String, &'a String)> {
    peta.range::<str, _>((
        std::ops::Bound::Included(awalan),
        std::ops::Bound::Unbounded,
    ))
    .take_while(move |(k, _)| k.starts_with(awalan))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn put_reads_back_and_counts_only_our_keys() {
        let s = MemoryStore::new();
        s.put("kinerjaku.v1.a", "xy").unwrap();
        s.put("other-app", "zzzzzzzz").unwrap();
        assert_eq!(s.get("kinerjaku.v1.a").unwrap().as_deref(), Some("xy"));
        // "kinerjaku.v1.a" is 14 code units, "xy" 2: (14 + 2) * 2 bytes.
        assert_eq!(s.bytes_used().unwrap(), 32);
    }

    #[test]
    fn full_quota_refuses_the_write_and_keeps_the_old_value() {
        let s = MemoryStore::with_capacity(64);
        s.put("k", "small").unwrap();
        let big = "x".repeat(100);
        assert_eq!(s.put("k", &big), Err(StoreError::QuotaFull));
        assert_eq!(s.get("k").unwrap().as_deref(), Some("small"));
    }

    #[test]
    fn a_batch_lands_whole_or_not_at_all() {
        let s = MemoryStore::with_capacity(60);
        s.put("a", "1").unwrap();
        let ubah = |v: &str| {
            vec![
                ("a".to_string(), None),
                ("b".to_string(), Some(v.to_string())),
                ("c".to_string(), Some("3".to_string())),
            ]
        };
        // Too big as a whole: nothing of it lands, not even the removal.
        assert_eq!(
            s.tulis_banyak(&ubah(&"x".repeat(40))),
            Err(StoreError::QuotaFull)
        );
        assert_eq!(s.isi(), BTreeMap::from([("a".into(), "1".into())]));
        // The removal frees room for the rest in the same step.
        s.tulis_banyak(&ubah("2")).unwrap();
        assert_eq!(s.keys().unwrap(), ["b", "c"]);
        // A write limit counts every write of the batch, all or none.
        s.gagal_setelah(Some(1));
        assert_eq!(s.tulis_banyak(&ubah("9")), Err(StoreError::QuotaFull));
        assert_eq!(s.get("b").unwrap().as_deref(), Some("2"));
        s.gagal_setelah(Some(2));
        s.tulis_banyak(&ubah("9")).unwrap();
        assert_eq!(s.get("b").unwrap().as_deref(), Some("9"));
    }

    #[test]
    fn a_write_limit_refuses_later_writes_but_not_removals() {
        let s = MemoryStore::new();
        s.put("a", "1").unwrap();
        s.gagal_setelah(Some(1));
        s.put("b", "2").unwrap();
        assert_eq!(s.put("c", "3"), Err(StoreError::QuotaFull));
        s.remove("a").unwrap();
        s.gagal_setelah(None);
        s.put("c", "3").unwrap();
        assert_eq!(s.keys().unwrap(), ["b", "c"]);
        s.gagal_sekali_setelah(0);
        assert_eq!(s.put("d", "4"), Err(StoreError::QuotaFull));
        s.put("d", "4").unwrap();
    }
}
