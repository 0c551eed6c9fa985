//! The key-value contract every storage backend fulfils.

use std::fmt;

/// Every key this app writes starts with this prefix; the `v1` is the key-layout version.
pub const KEY_PREFIX: &str = "kinerjaku.v1.";

/// What can go wrong when talking to storage. The UI turns these into plain words.
#[derive(Clone, Debug, PartialEq)]
pub enum StoreError {
    /// The browser refused the write because the storage quota is full.
    QuotaFull,
    /// Storage is not available at all (private mode, disabled by policy).
    Unavailable(String),
    /// A value was written but reading it back gave something else.
    VerifyFailed { key: String },
    /// Any other error the browser reported, with its name and message.
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::QuotaFull => write!(f, "storage quota full"),
            StoreError::Unavailable(m) => write!(f, "storage unavailable: {m}"),
            StoreError::VerifyFailed { key } => write!(f, "read-back of '{key}' did not match"),
            StoreError::Other(m) => write!(f, "storage error: {m}"),
        }
    }
}

/// Recognise every browser's spelling of "quota exceeded" (Chromium, Firefox, old WebKit),
/// because matching only one of them left users silently losing work elsewhere.
pub fn is_quota_error(name: &str, message: &str) -> bool {
    const NAMES: [&str; 3] = [
        "QuotaExceededError",
        "NS_ERROR_DOM_QUOTA_REACHED",
        "QUOTA_EXCEEDED_ERR",
    ];
    NAMES.iter().any(|n| name == *n || message.contains(n)) || message.contains("quota")
}

/// A string key-value store. Implementations must be cheap to clone and shareable.
pub trait KvStore: Send + Sync {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Raw write; callers normally use [`KvStore::put`], which verifies.
    fn set_raw(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// All keys currently held (including other apps' keys on the same origin).
    fn keys(&self) -> Result<Vec<String>, StoreError>;

    /// Write and read back: a write that cannot be read back identically is an error,
    /// never a silent success.
    fn put(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.set_raw(key, value)?;
        match self.get(key)? {
            Some(back) if back == value => Ok(()),
            _ => Err(StoreError::VerifyFailed {
                key: key.to_string(),
            }),
        }
    }

    /// Bytes used by this app's keys, counted as UTF-16 code units × 2 like the browser does.
    fn bytes_used(&self) -> Result<usize, StoreError> {
        let mut total = 0;
        for k in self.keys()? {
            if k.starts_with(KEY_PREFIX) {
                let v = self.get(&k)?.unwrap_or_default();
                total += (k.encode_utf16().count() + v.encode_utf16().count()) * 2;
            }
        }
        Ok(total)
    }
}

/// Copies a bad value to a fresh `…quarantine.<name>.<n>` key so nothing is lost.
pub fn karantina(store: &dyn KvStore, key: &str, raw: &str) -> String {
    let name = key.strip_prefix(KEY_PREFIX).unwrap_or(key);
    let existing = store.keys().unwrap_or_default();
    let mut n = 1;
    let target = loop {
        let candidate = format!("{KEY_PREFIX}quarantine.{name}.{n}");
        if !existing.contains(&candidate) {
            break candidate;
        }
        n += 1;
    };
    // If even the quarantine copy fails (quota), the original stays where it was.
    if store.put(&target, raw).is_ok() {
        let _ = store.remove(key);
    }
    target
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_error_names_of_every_engine_are_recognised() {
        assert!(is_quota_error("QuotaExceededError", ""));
        assert!(is_quota_error("NS_ERROR_DOM_QUOTA_REACHED", ""));
        assert!(is_quota_error("QUOTA_EXCEEDED_ERR", ""));
        assert!(is_quota_error("Error", "The quota has been exceeded."));
        assert!(!is_quota_error(
            "SecurityError",
            "The operation is insecure."
        ));
    }
}
