//! A layer over a store that keeps every write in memory: reads see the layer's writes, the
//! store underneath is never touched. An import is worked out on a layer first (each file
//! planned against the result of the previous), so the whole change is known before the
//! journal is written and the first real write happens (see [`super::jurnal`]).

use super::kv::{KvStore, StoreError};
use std::collections::BTreeMap;
use std::sync::Mutex;

pub struct Lapisan<'a> {
    dasar: &'a dyn KvStore,
    /// Key → new value; `None` = removed in the layer.
    ubah: Mutex<BTreeMap<String, Option<String>>>,
}

impl<'a> Lapisan<'a> {
    pub fn baru(dasar: &'a dyn KvStore) -> Self {
        Lapisan {
            dasar,
            ubah: Mutex::new(BTreeMap::new()),
        }
    }

    fn kunci_ubah(
        &self,
    ) -> Result<std::sync::MutexGuard<'_, BTreeMap<String, Option<String>>>, StoreError> {
        self.ubah
            .lock()
            .map_err(|_| StoreError::Unavailable("layer poisoned".into()))
    }

    /// The keys whose value differs from the store underneath, with their new value
    /// (`None` = to remove). A key written back to what it held is no change.
    pub fn perubahan(self) -> Result<Vec<(String, Option<String>)>, StoreError> {
        let ubah = self
            .ubah
            .into_inner()
            .map_err(|_| StoreError::Unavailable("layer poisoned".into()))?;
        let mut out = Vec::new();
        for (k, v) in ubah {
            if self.dasar.get(&k)? != v {
                out.push((k, v));
            }
        }
        Ok(out)
    }
}

impl KvStore for Lapisan<'_> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        if let Some(v) = self.kunci_ubah()?.get(key) {
            return Ok(v.clone());
        }
        self.dasar.get(key)
    }

    fn set_raw(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.kunci_ubah()?
            .insert(key.to_string(), Some(value.to_string()));
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.kunci_ubah()?.insert(key.to_string(), None);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let ubah = self.kunci_ubah()?;
        let mut semua: Vec<String> = self
            .dasar
            .keys()?
            .into_iter()
            .filter(|k| !ubah.contains_key(k))
            .collect();
        semua.extend(
            ubah.iter()
                .filter(|(_, v)| v.is_some())
                .map(|(k, _)| k.clone()),
        );
        semua.sort_unstable();
        Ok(semua)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;

    #[test]
    fn the_layer_shows_its_writes_and_leaves_the_store_alone() {
        let s = MemoryStore::new();
        s.put("a", "1").unwrap();
        s.put("b", "2").unwrap();
        let l = Lapisan::baru(&s);
        l.put("a", "9").unwrap();
        l.put("c", "3").unwrap();
        l.remove("b").unwrap();
        l.put("b", "2").unwrap();
        l.remove("b").unwrap();
        assert_eq!(l.get("a").unwrap().as_deref(), Some("9"));
        assert_eq!(l.get("b").unwrap(), None);
        assert_eq!(l.keys().unwrap(), ["a", "c"]);
        assert_eq!(s.get("a").unwrap().as_deref(), Some("1"));
        assert_eq!(s.keys().unwrap(), ["a", "b"]);
        let p = l.perubahan().unwrap();
        assert_eq!(
            p,
            [
                ("a".to_string(), Some("9".to_string())),
                ("b".to_string(), None),
                ("c".to_string(), Some("3".to_string())),
            ]
        );
    }

    #[test]
    fn writing_back_the_same_value_is_no_change() {
        let s = MemoryStore::new();
        s.put("a", "1").unwrap();
        let l = Lapisan::baru(&s);
        l.put("a", "1").unwrap();
        l.remove("x").unwrap();
        assert!(l.perubahan().unwrap().is_empty());
    }
}
