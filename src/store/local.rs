//! localStorage backend through gloo-storage (browser only).

use super::kv::{is_quota_error, KvStore, StoreError};
use gloo_storage::{errors::StorageError, LocalStorage, Storage};
use wasm_bindgen::JsCast;

/// Zero-sized handle on `window.localStorage`.
#[derive(Clone, Copy, Default)]
pub struct LocalStore;

fn raw() -> Result<web_sys::Storage, StoreError> {
    // gloo's `raw()` panics when storage is disabled; probe first so we can report instead.
    let window = web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        Ok(None) => Err(StoreError::Unavailable("localStorage is null".into())),
        Err(e) => Err(js_error(e)),
    }
}

/// A browser exception as a [`StoreError`] (quota by every engine's name).
pub(crate) fn js_error(e: wasm_bindgen::JsValue) -> StoreError {
    let (name, message) = match e.dyn_ref::<web_sys::DomException>() {
        Some(d) => (d.name(), d.message()),
        None => (String::new(), format!("{e:?}")),
    };
    if is_quota_error(&name, &message) {
        StoreError::QuotaFull
    } else if name == "SecurityError" {
        StoreError::Unavailable(message)
    } else {
        StoreError::Other(format!("{name}: {message}"))
    }
}

impl From<StorageError> for StoreError {
    fn from(e: StorageError) -> Self {
        match e {
            StorageError::JsError(j) if is_quota_error(&j.name, &j.message) => {
                StoreError::QuotaFull
            }
            other => StoreError::Other(other.to_string()),
        }
    }
}

impl KvStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        raw()?.get_item(key).map_err(js_error)
    }

    fn set_raw(&self, key: &str, value: &str) -> Result<(), StoreError> {
        raw()?.set_item(key, value).map_err(js_error)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        raw()?.remove_item(key).map_err(js_error)
    }

    fn nama(&self) -> &'static str {
        "localStorage"
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let s = raw()?;
        let n = s.length().map_err(js_error)?;
        let mut out = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Some(k) = s.key(i).map_err(js_error)? {
                out.push(k);
            }
        }
        Ok(out)
    }
}
