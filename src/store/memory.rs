//! In-memory backend: the native stand-in for localStorage in tests.

use super::kv::{KvStore, StoreError};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// A shareable in-memory store. `capacity` (bytes, UTF-16 like browsers) lets tests
/// exercise the quota-full path.
#[derive(Clone, Default)]
pub struct MemoryStore {
    map: Arc<Mutex<BTreeMap<String, String>>>,
    capacity: Option<usize>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_capacity(bytes: usize) -> Self {
        Self {
            capacity: Some(bytes),
            ..Self::default()
        }
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, BTreeMap<String, String>>, StoreError> {
        self.map
            .lock()
            .map_err(|_| StoreError::Unavailable("memory store poisoned".into()))
    }
}

fn utf16_bytes(s: &str) -> usize {
    s.encode_utf16().count() * 2
}

impl KvStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.lock()?.get(key).cloned())
    }

    fn set_raw(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let mut map = self.lock()?;
        if let Some(cap) = self.capacity {
            let others: usize = map
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| utf16_bytes(k) + utf16_bytes(v))
                .sum();
            if others + utf16_bytes(key) + utf16_bytes(value) > cap {
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
}
