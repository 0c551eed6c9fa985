//! The key-value contract every storage backend fulfils.

use std::collections::BTreeMap;
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
    /// What a change names is no longer stored (deleted meanwhile, in another tab); the key.
    TidakAda(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::QuotaFull => write!(f, "storage quota full"),
            StoreError::Unavailable(m) => write!(f, "storage unavailable: {m}"),
            StoreError::VerifyFailed { key } => write!(f, "read-back of '{key}' did not match"),
            StoreError::Other(m) => write!(f, "storage error: {m}"),
            StoreError::TidakAda(k) => write!(f, "{k} is no longer stored"),
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

/// What a backend that writes in the background tells the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Kabar {
    /// Writes still waiting (`tertunda` keys) and why the last attempt failed: told when a
    /// writer starts on pending changes, and when it stops (all landed, or one failed).
    Status {
        tertunda: usize,
        galat: Option<StoreError>,
    },
    /// Another tab's changes were read in: screens re-read what they show.
    Berubah,
    /// Another tab changed these keys at the same time as this one: its version stays, and
    /// this tab's version of each was kept at the quarantine key beside it (key, quarantine).
    Bentrok(Vec<(String, String)>),
    /// A backup did not fit (storage full) and was dropped; the records are untouched.
    CadanganTidakMuat,
}

/// Receives a backend's [`Kabar`].
pub type Pengamat = Box<dyn Fn(Kabar) + Send + Sync>;

/// A string key-value store. Implementations must be cheap to clone and shareable.
pub trait KvStore: Send + Sync {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Raw write; callers normally use [`KvStore::put`], which verifies.
    fn set_raw(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// All keys currently held (including other apps' keys on the same origin).
    fn keys(&self) -> Result<Vec<String>, StoreError>;

    /// Reads the value at `key` in place (`f` gets `None` when absent), without the copy
    /// [`KvStore::get`] makes: a snapshot of an agency's workspace is 140 MB. `f` must not use
    /// the store.
    fn baca_di(&self, key: &str, f: &mut dyn FnMut(Option<&str>)) -> Result<(), StoreError> {
        let v = self.get(key)?;
        f(v.as_deref());
        Ok(())
    }

    /// Reads `key`'s value into memory when the backend left it in storage at start-up
    /// (IndexedDB's backups, 130 MB each in an agency); until then reading it is an error.
    /// Where every value is in memory, nothing to do.
    fn siapkan<'a>(&'a self, _key: &'a str) -> super::idb::gudang::Janji<'a, ()> {
        Box::pin(std::future::ready(Ok(())))
    }

    /// Whether any key starts with `awalan`. Stores that keep their keys sorted answer
    /// without listing them all (home asks it after every change).
    fn ada_awalan(&self, awalan: &str) -> Result<bool, StoreError> {
        Ok(self.keys()?.iter().any(|k| k.starts_with(awalan)))
    }

    /// The keys that start with `awalan`, in no promised order (callers sort; a store that
    /// keeps its keys sorted gives them so, and copies only those: every screen lists the
    /// record keys, and an agency has 73,000).
    fn kunci_awalan(&self, awalan: &str) -> Result<Vec<String>, StoreError> {
        let mut k = self.keys()?;
        k.retain(|k| k.starts_with(awalan));
        Ok(k)
    }

    /// Every key that starts with `awalan` with its value, read in place in key order. A
    /// sorted store walks its range once (a reopened agency fingerprints 73,000 records: a
    /// list of their keys, then a lookup each, was a sixth of a second). `f` must not use the
    /// store.
    fn baca_awalan(&self, awalan: &str, f: &mut dyn FnMut(&str, &str)) -> Result<(), StoreError> {
        baca_urut(self.kunci_awalan(awalan)?, &mut |k| {
            self.baca_di(k, &mut |v| v.into_iter().for_each(|v| f(k, v)))
        })
    }

    /// Write and read back: a write that cannot be read back identically is an error,
    /// never a silent success.
    fn put(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.set_raw(key, value)?;
        // Compared in place: a backup's text is 140 MB in an agency.
        let mut sama = false;
        self.baca_di(key, &mut |v| sama = v == Some(value))?;
        if sama {
            Ok(())
        } else {
            Err(StoreError::VerifyFailed {
                key: key.to_string(),
            })
        }
    }

    /// Applies several changes (`None` = remove) as one step. A backend with transactions
    /// (IndexedDB) lands them whole or not at all and says so in [`KvStore::utuh`]; the default
    /// applies them in order, and callers that need all-or-nothing there go through
    /// [`super::jurnal`], which keeps what to roll back.
    fn tulis_banyak(&self, ubah: &[(String, Option<String>)]) -> Result<(), StoreError> {
        for (k, v) in ubah {
            match v {
                Some(v) => self.put(k, v)?,
                None => self.remove(k)?,
            }
        }
        Ok(())
    }

    /// Where the data lives, as the About screen names it.
    fn nama(&self) -> &'static str {
        "memory"
    }

    /// Whether [`KvStore::tulis_banyak`] lands whole or not at all, even when the tab closes.
    fn utuh(&self) -> bool {
        false
    }

    /// Keys whose change the app already sees but that are not yet durable (IndexedDB writes
    /// behind memory); 0 for a backend that writes synchronously. The page asks before closing
    /// while this is not 0.
    fn tertunda(&self) -> usize {
        0
    }

    /// Tries the writes that are not yet durable again now (the banner's retry).
    fn kirim_ulang(&self) {}

    /// Another tab changed `kunci` (`None`: unknown which). `true` when this backend re-reads
    /// it by itself and then tells its observer ([`KvStore::amati`]); `false` when the caller
    /// should re-read at once (it sees the other tab's write directly).
    fn ubah_luar(&self, _kunci: Option<&str>) -> bool {
        false
    }

    /// Who hears what happens in the background (writes that failed or landed late, another
    /// tab's changes). Backends that write synchronously have nothing to tell.
    fn amati(&self, _pengamat: Pengamat) {}

    /// Bytes used by this app's keys, counted as UTF-16 code units × 2 like the browser does.
    fn bytes_used(&self) -> Result<usize, StoreError> {
        let mut total = 0;
        for k in self.keys()? {
            if k.starts_with(KEY_PREFIX) {
                let v = self.get(&k)?.unwrap_or_default();
                total += ukuran_utf16(&k) + ukuran_utf16(&v);
            }
        }
        Ok(total)
    }
}

/// [`KvStore::baca_awalan`] of a store that lists its keys: `baca` each of `kunci` in order.
/// One copy for every store (the first load's size), the store's part left in `baca`.
pub(crate) fn baca_urut(
    kunci: Vec<String>,
    baca: &mut dyn FnMut(&str) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    // Put in order by the map build start-up already has (the same instance: the build is
    // generic over its iterator, a vector's here as there), not a slice sort: the first load
    // would carry another copy of the sort code (~4 KB).
    let kunci: Vec<(String, String)> = kunci.into_iter().map(|k| (k, String::new())).collect();
    let kunci: BTreeMap<String, String> = kunci.into_iter().collect();
    kunci.keys().try_for_each(|k| baca(k))
}

/// What `s` takes as UTF-16, as the browser holds it, in bytes: the one measure of storage
/// used. An ASCII text (most of them) is counted by its length: counting an agency's 140 MB
/// character by character took a quarter of a second.
pub fn ukuran_utf16(s: &str) -> usize {
    2 * match s.is_ascii() {
        true => s.len(),
        false => s.encode_utf16().count(),
    }
}

/// The first free `…quarantine.<name>.<n>` key for `key` (`ada`: whether a key is taken).
pub fn kunci_karantina(key: &str, ada: impl Fn(&str) -> bool) -> String {
    let name = key.strip_prefix(KEY_PREFIX).unwrap_or(key);
    let mut n = 1;
    loop {
        let candidate = format!("{KEY_PREFIX}quarantine.{name}.{n}");
        if !ada(&candidate) {
            return candidate;
        }
        n += 1;
    }
}

/// Moves a bad value to a fresh `…quarantine.<name>.<n>` key so nothing is lost, and says
/// where it is now: its own key still if even the copy failed (quota).
pub fn karantina(store: &dyn KvStore, key: &str, raw: &str) -> String {
    karantina_pasti(store, key, raw).unwrap_or_else(|_| key.to_string())
}

/// [`karantina`], or the error that kept the copy from being stored (the value then stays
/// at `key`): a write that would replace it must not go ahead.
pub fn karantina_pasti(store: &dyn KvStore, key: &str, raw: &str) -> Result<String, StoreError> {
    let existing = store.keys().unwrap_or_default();
    let target = kunci_karantina(key, |k| existing.iter().any(|e| e == k));
    store.put(&target, raw)?;
    let _ = store.remove(key);
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storage_used_counts_utf16_code_units_as_the_browser_holds_them() {
        assert_eq!(ukuran_utf16(""), 0);
        assert_eq!(ukuran_utf16("abc"), 6);
        // One unit each for é and ñ (two UTF-8 bytes), two for an emoji (four bytes).
        assert_eq!(ukuran_utf16("é ñ"), 6);
        assert_eq!(ukuran_utf16("a😀"), 6);
    }

    /// A store that lists its keys in reverse order (localStorage promises none).
    struct Terbalik(crate::store::memory::MemoryStore);

    impl KvStore for Terbalik {
        fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
            self.0.get(key)
        }
        fn set_raw(&self, key: &str, value: &str) -> Result<(), StoreError> {
            self.0.set_raw(key, value)
        }
        fn remove(&self, key: &str) -> Result<(), StoreError> {
            self.0.remove(key)
        }
        fn keys(&self) -> Result<Vec<String>, StoreError> {
            Ok(self.0.keys()?.into_iter().rev().collect())
        }
    }

    #[test]
    fn a_prefix_is_read_in_key_order_from_a_store_that_lists_keys_in_none() {
        let st = Terbalik(crate::store::memory::MemoryStore::new());
        for k in ["p.b", "p.a", "q.a", "p.c", "p"] {
            st.put(k, &format!("isi {k}")).unwrap();
        }
        assert_eq!(st.kunci_awalan("p.").unwrap(), ["p.c", "p.b", "p.a"]);
        let mut dibaca = Vec::new();
        st.baca_awalan("p.", &mut |k, v| dibaca.push(format!("{k}={v}")))
            .unwrap();
        assert_eq!(dibaca, ["p.a=isi p.a", "p.b=isi p.b", "p.c=isi p.c"]);
    }

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
