//! IndexedDB backend. Records, snapshots, the import journal and the quarantine live in one
//! IndexedDB object store; settings (small, read before anything else) stay in localStorage.
//!
//! The app keeps its synchronous [`KvStore`] contract: at start-up every value is read into
//! memory with one `getAll` (`web.rs`), reads are served from there, and writes land in
//! memory at once and in IndexedDB behind it ([`tunda`], [`siram`]): everything one
//! synchronous step wrote becomes one read-write transaction, so a crash leaves the state
//! before or after it, never a mix. A transaction that fails (quota full) writes nothing;
//! its changes wait in memory, the app says so, and they go again with the next write or the
//! banner's retry. Other tabs hear of each transaction through a tick in localStorage
//! ([`KUNCI_TIK`]) and read in what it changed ([`gudang::Meta`]'s log). Records are stored
//! packed into a thousand-odd values ([`ember`]): IndexedDB's cost is per value.

pub mod ember;
pub mod gudang;
pub mod pindah;
pub mod siram;
pub mod tunda;
#[cfg(target_arch = "wasm32")]
pub mod web;
#[cfg(target_arch = "wasm32")]
mod web_gudang;

#[cfg(test)]
mod palsu;

use super::kv::{Kabar, KvStore, Pengamat, StoreError, KEY_PREFIX};
use std::sync::{Arc, Mutex, MutexGuard};
use tunda::Tunda;

/// localStorage key whose every change tells other tabs that IndexedDB changed (its
/// `storage` event reaches them; the value is the new generation).
pub const KUNCI_TIK: &str = "kinerjaku.v1.tik";

/// Whether a key lives in IndexedDB: every key of ours except the settings (and their
/// quarantine) and the tick. The move from localStorage moves exactly these.
pub fn di_idb(kunci: &str) -> bool {
    kunci.strip_prefix(KEY_PREFIX).is_some_and(|k| {
        k != "settings" && !k.starts_with("quarantine.settings.") && kunci != KUNCI_TIK
    })
}

/// What the browser side plugs in: how a background writer is started (it runs
/// [`siram::siram`]), how other tabs are told of a new generation, where the generation this
/// tab has read up to is shown once a writer's run ends (`terbaca`: what a test of two tabs
/// waits for; start-up shows the generation it read itself, `ui::penyimpanan`), and how
/// values start-up left in storage are read when asked for
/// ([`Gudang::baca`](gudang::Gudang::baca)).
#[derive(Clone, Copy)]
pub struct Kait {
    pub jadwal: fn(&IdbStore),
    pub tik: fn(u64),
    pub terbaca: fn(u64),
    pub baca: fn(Vec<String>) -> gudang::Janji<'static, Vec<Option<String>>>,
}

/// Of the keys stored, those whose values start-up leaves in IndexedDB: the backups whose
/// info is stored apart ([`crate::store::snapshot`]), so they can be listed without them.
/// `cadangan` are the backups' keys stored, `ada` whether a key is stored.
pub fn kunci_dingin(cadangan: &[String], ada: impl Fn(&str) -> bool) -> Vec<String> {
    cadangan
        .iter()
        .filter(|k| crate::store::snapshot::kunci_info(k).is_some_and(|ki| ada(&ki)))
        .cloned()
        .collect()
}

struct Inti {
    tunda: Mutex<Tunda>,
    lokal: Arc<dyn KvStore>,
    kait: Kait,
    pengamat: Mutex<Option<Pengamat>>,
}

/// The IndexedDB backend's synchronous face (see the module). Cheap to clone.
#[derive(Clone)]
pub struct IdbStore {
    inti: Arc<Inti>,
}

impl IdbStore {
    /// Over what start-up read (`isi` at generation `gen`); `lokal` holds the settings.
    pub fn baru(
        isi: std::collections::BTreeMap<String, String>,
        gen: u64,
        lokal: Arc<dyn KvStore>,
        kait: Kait,
    ) -> Self {
        IdbStore {
            inti: Arc::new(Inti {
                tunda: Mutex::new(Tunda::baru(isi, gen)),
                lokal,
                kait,
                pengamat: Mutex::new(None),
            }),
        }
    }

    /// Keys stored whose values start-up left in IndexedDB (see [`Tunda`]'s `dingin`).
    pub fn dengan_dingin(self, dingin: Vec<String>) -> Self {
        self.tunda().dingin = dingin;
        self
    }

    /// The memory state under its lock (a poisoned lock still holds consistent data: every
    /// change to it is a plain map operation).
    pub fn tunda(&self) -> MutexGuard<'_, Tunda> {
        self.inti.tunda.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Starts a background writer unless one runs (it takes whatever is pending then). The
    /// app hears that writes are on their way (it says "saving" until the writer's last
    /// status: a save is not durable the moment it is on screen).
    fn picu(&self) {
        let (mulai, tertunda) = {
            let mut t = self.tunda();
            (
                !std::mem::replace(&mut t.bekerja, true),
                t.jumlah_tertunda(),
            )
        };
        if mulai {
            if tertunda > 0 {
                self.kabari(Kabar::Status {
                    tertunda,
                    galat: None,
                });
            }
            (self.inti.kait.jadwal)(self);
        }
    }

    pub fn kabari(&self, kabar: Kabar) {
        let p = self.inti.pengamat.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(f) = p.as_ref() {
            f(kabar);
        }
    }

    /// A writer could not run at all (its code could not be fetched): the changes wait, the
    /// app is told, and the next write tries again.
    pub fn berhenti(&self, galat: StoreError) {
        let (tertunda, galat) = {
            let mut t = self.tunda();
            t.galat = Some(galat);
            t.bekerja = false;
            (t.jumlah_tertunda(), t.galat.clone())
        };
        self.kabari(Kabar::Status { tertunda, galat });
    }

    /// Start-up found records stored as layout 1 wrote them: the writer moves them into
    /// buckets now rather than with the first save.
    pub fn rapikan_nanti(&self) {
        self.tunda().lawas = true;
        self.picu();
    }

    fn tik(&self, gen: u64) {
        (self.inti.kait.tik)(gen);
    }

    fn terbaca(&self) {
        let gen = self.tunda().gen;
        (self.inti.kait.terbaca)(gen);
    }
}

impl KvStore for IdbStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        if !di_idb(key) {
            return self.inti.lokal.get(key);
        }
        let t = self.tunda();
        belum_dibaca(&t, key)?;
        Ok(t.peta.get(key).cloned())
    }

    fn baca_di(&self, key: &str, f: &mut dyn FnMut(Option<&str>)) -> Result<(), StoreError> {
        if !di_idb(key) {
            return self.inti.lokal.baca_di(key, f);
        }
        let t = self.tunda();
        belum_dibaca(&t, key)?;
        f(t.peta.get(key).map(String::as_str));
        Ok(())
    }

    fn siapkan<'a>(&'a self, key: &'a str) -> gudang::Janji<'a, ()> {
        Box::pin(async move {
            if !self.tunda().dingin.iter().any(|k| k == key) {
                return Ok(());
            }
            let v = (self.inti.kait.baca)(vec![key.to_string()]).await?;
            self.tunda().isi_dingin(key, v.into_iter().next().flatten());
            Ok(())
        })
    }

    fn set_raw(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if !di_idb(key) {
            return self.inti.lokal.set_raw(key, value);
        }
        self.tunda().ubah(key, Some(value));
        self.picu();
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        if !di_idb(key) {
            return self.inti.lokal.remove(key);
        }
        self.tunda().ubah(key, None);
        self.picu();
        Ok(())
    }

    fn ada_awalan(&self, awalan: &str) -> Result<bool, StoreError> {
        // As `kunci_awalan` lists: localStorage's keys of ours where the prefix may reach them
        // (a prefix such as "kinerjaku.v1.se" reaches the settings and no IndexedDB key), then
        // the sorted map's range and the backups left in storage.
        if !awalan.starts_with(crate::store::rekaman::AWALAN_REKAMAN)
            && self
                .inti
                .lokal
                .kunci_awalan(awalan)?
                .iter()
                .any(|k| !di_idb(k))
        {
            return Ok(true);
        }
        let t = self.tunda();
        let ada = t.peta.range(awalan.to_string()..).next();
        Ok(ada.is_some_and(|(k, _)| k.starts_with(awalan))
            || t.dingin.iter().any(|k| k.starts_with(awalan)))
    }

    fn kunci_awalan(&self, awalan: &str) -> Result<Vec<String>, StoreError> {
        // `keys` filtered, without listing them all: the sorted map's range, the backups left
        // in storage, and localStorage's keys of ours (the settings, the tick) where the prefix
        // may reach them; record keys live here alone. Listing the backups copied an agency's
        // 73,000 keys at every start-up.
        let mut k = Vec::new();
        if !awalan.starts_with(crate::store::rekaman::AWALAN_REKAMAN) {
            k = self.inti.lokal.kunci_awalan(awalan)?;
            k.retain(|k| !di_idb(k));
        }
        let t = self.tunda();
        k.extend(crate::store::memory::rentang(&t.peta, awalan).map(|(k, _)| k.clone()));
        k.extend(t.dingin.iter().filter(|d| d.starts_with(awalan)).cloned());
        Ok(k)
    }

    fn baca_awalan(&self, awalan: &str, f: &mut dyn FnMut(&str, &str)) -> Result<(), StoreError> {
        if !awalan.starts_with(crate::store::rekaman::AWALAN_REKAMAN) {
            return crate::store::kv::baca_urut(self.kunci_awalan(awalan)?, &mut |k| {
                self.baca_di(k, &mut |v| v.into_iter().for_each(|v| f(k, v)))
            });
        }
        let t = self.tunda();
        if let Some(k) = t.dingin.iter().find(|k| k.starts_with(awalan)) {
            return belum_dibaca(&t, k);
        }
        for (k, v) in crate::store::memory::rentang(&t.peta, awalan) {
            f(k, v);
        }
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        // localStorage may still hold record keys an older version wrote (moved at the next
        // start): they are not this store's, so only its own kind of keys are taken there.
        let mut k: Vec<String> = self
            .inti
            .lokal
            .keys()?
            .into_iter()
            .filter(|k| !di_idb(k))
            .collect();
        let t = self.tunda();
        k.extend(t.peta.keys().chain(&t.dingin).cloned());
        Ok(k)
    }

    /// Memory takes every change under one lock, and they leave in one transaction.
    fn tulis_banyak(&self, ubah: &[(String, Option<String>)]) -> Result<(), StoreError> {
        let (idb, lokal): (Vec<_>, Vec<_>) = ubah.iter().partition(|(k, _)| di_idb(k));
        {
            let mut t = self.tunda();
            for (k, v) in &idb {
                t.ubah(k, v.as_deref());
            }
        }
        if !idb.is_empty() {
            self.picu();
        }
        for (k, v) in lokal {
            match v {
                Some(v) => self.inti.lokal.put(k, v)?,
                None => self.inti.lokal.remove(k)?,
            }
        }
        Ok(())
    }

    fn utuh(&self) -> bool {
        true
    }

    fn nama(&self) -> &'static str {
        "IndexedDB"
    }

    fn tertunda(&self) -> usize {
        self.tunda().jumlah_tertunda()
    }

    fn kirim_ulang(&self) {
        self.picu();
    }

    fn ubah_luar(&self, kunci: Option<&str>) -> bool {
        if kunci.is_some_and(|k| k != KUNCI_TIK) {
            return false;
        }
        self.tunda().minta_tarik = true;
        self.picu();
        // Unknown keys (`storage.clear()`): the settings are re-read at once as well.
        kunci.is_some()
    }

    fn amati(&self, pengamat: Pengamat) {
        *self.inti.pengamat.lock().unwrap_or_else(|e| e.into_inner()) = Some(pengamat);
    }

    /// Values left in IndexedDB (the backups) count as their info gives their size.
    fn bytes_used(&self) -> Result<usize, StoreError> {
        use crate::store::kv::ukuran_utf16 as utf16;
        use crate::store::snapshot::{kunci_info, ukuran_dari_info};
        let t = self.tunda();
        let idb: usize = t.peta.iter().map(|(k, v)| utf16(k) + utf16(v)).sum();
        let dingin: usize = t
            .dingin
            .iter()
            .map(|k| {
                let info = kunci_info(k).and_then(|ki| t.peta.get(&ki));
                utf16(k) + info.and_then(|i| ukuran_dari_info(i)).unwrap_or(0)
            })
            .sum();
        drop(t);
        Ok(self.inti.lokal.bytes_used()? + idb + dingin)
    }
}

/// A value start-up left in IndexedDB is read in first ([`KvStore::siapkan`]): reading it
/// as absent would lose it.
fn belum_dibaca(t: &Tunda, key: &str) -> Result<(), StoreError> {
    if t.dingin.iter().any(|k| k == key) {
        return Err(StoreError::Other(format!(
            "{key}: not read in from IndexedDB yet"
        )));
    }
    Ok(())
}

#[cfg(test)]
#[path = "idb_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "lawas_tests.rs"]
mod lawas_tests;

#[cfg(test)]
#[path = "dingin_tests.rs"]
mod dingin_tests;

#[cfg(test)]
#[path = "siram_tests.rs"]
mod siram_tests;

#[cfg(test)]
#[path = "kunci_tests.rs"]
mod kunci_tests;
