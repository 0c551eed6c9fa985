//! The IndexedDB side as a trait, so the writer, the reading-in of other tabs' changes and the
//! move from localStorage are tested natively against a fake, and the browser's part
//! (`web.rs`) is only the reads and writes.
//!
//! Storage holds three object stores: `ember`, the records packed into buckets
//! ([`super::ember`]); `data`, every other key alone (key → text value, as localStorage held
//! it); and `meta`, one value ([`Meta`]): the generation, bumped by every transaction that
//! writes, the keys each of the last transactions changed, whether IndexedDB is the live store
//! yet (set by the first write or the verified move; until then a move may replace its
//! content), and whether layout-1 records may still wait to be moved into buckets.

use crate::jejak::value_dari_teks;
use crate::store::kv::StoreError;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::pin::Pin;

/// The result of an IndexedDB operation, boxed so the trait stays object-safe and every caller
/// shares one compiled copy (no generic code per backend).
pub type Janji<'a, T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + 'a>>;

/// One transaction's worth of changes from one tab.
#[derive(Clone, Debug, PartialEq)]
pub struct Kiriman {
    /// The generation the tab had read up to.
    pub gen: u64,
    /// Key → new value (`None` = remove).
    pub ubah: Vec<(String, Option<String>)>,
    /// For each change, the value storage held before it as the tab knows it.
    pub dasar: Vec<Option<String>>,
}

/// What other tabs changed: some keys with their value now, or (when the log no longer
/// reaches back far enough) everything stored.
#[derive(Clone, Debug, PartialEq)]
pub enum Asing {
    Kunci(Vec<(String, Option<String>)>),
    Semua(BTreeMap<String, String>),
}

impl Asing {
    pub fn kosong(&self) -> bool {
        matches!(self, Asing::Kunci(k) if k.is_empty())
    }

    fn nilai(&self, kunci: &str) -> Option<Option<&str>> {
        match self {
            Asing::Kunci(p) => p
                .iter()
                .find(|(k, _)| k == kunci)
                .map(|(_, v)| v.as_deref()),
            Asing::Semua(s) => Some(s.get(kunci).map(String::as_str)),
        }
    }
}

/// The answer to a [`Kiriman`].
#[derive(Clone, Debug, PartialEq)]
pub enum Hasil {
    /// Written whole; storage is now at `gen`.
    Masuk { gen: u64, asing: Asing },
    /// Nothing written: a key of the change was changed by another tab since the tab read it.
    Bentrok { gen: u64, asing: Asing },
}

/// The base of a change to a value start-up left in storage (a backup never read in): stored,
/// its text unknown here. No stored text is a lone NUL.
pub const DASAR_TAK_DIKENAL: &str = "\0";

/// Whether the value stored now (`kini`) is the one a change was based on (`dasar`).
pub fn dasar_cocok(dasar: Option<&str>, kini: Option<&str>) -> bool {
    match dasar {
        // A backup's text never changes once written: whatever is stored is the one it was.
        Some(DASAR_TAK_DIKENAL) => kini.is_some(),
        d => d == kini,
    }
}

/// Whether a change meets another tab's: a key whose value now is neither what the tab based
/// its change on nor what it writes. (Both tabs writing the same value is no conflict, nor is
/// a derived value: either tab's may stand, see `store::turunan`.)
pub fn ada_bentrok(k: &Kiriman, asing: &Asing) -> bool {
    k.ubah.iter().zip(&k.dasar).any(|((kunci, baru), dasar)| {
        !crate::store::turunan::kunci_turunan(kunci)
            && asing
                .nilai(kunci)
                .is_some_and(|kini| !dasar_cocok(dasar.as_deref(), kini) && kini != baru.as_deref())
    })
}

/// Transactions kept in the log; a tab further behind reads everything.
const MAKS_LOG: usize = 32;
/// A transaction that changed more keys is logged as "everything" (the log stays small).
const MAKS_KUNCI_LOG: usize = 256;

/// The `meta` value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Meta {
    pub gen: u64,
    /// IndexedDB is the live store (a move from localStorage finished, or the app wrote).
    pub hidup: bool,
    /// Records may still be stored one per key as layout 1 wrote them (see [`super::ember`]):
    /// the next write transaction moves them into buckets first.
    pub lawas: bool,
    /// (generation, keys it changed; `None` = too many to list).
    pub log: Vec<(u64, Option<Vec<String>>)>,
}

impl Meta {
    /// Reads the stored text; none = a new database. A value that cannot be read is taken
    /// as live with an empty log (never as a store a move may overwrite), so the next tab
    /// behind reads everything.
    pub fn dari_teks(teks: Option<&str>) -> Meta {
        let Some(teks) = teks else {
            return Meta::default();
        };
        let v = value_dari_teks(teks).unwrap_or(Value::Null);
        let log = v["log"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| {
                        let kunci = e[1].as_array().map(|k| {
                            k.iter()
                                .filter_map(|x| x.as_str().map(str::to_string))
                                .collect()
                        });
                        Some((e[0].as_u64()?, kunci))
                    })
                    .collect()
            })
            .unwrap_or_default();
        Meta {
            gen: v["gen"].as_u64().unwrap_or(0),
            hidup: v["hidup"].as_bool().unwrap_or(true),
            // Written before buckets (no such field), or unreadable: look for records
            // stored one per key.
            lawas: v["lawas"].as_bool().unwrap_or(true),
            log,
        }
    }

    pub fn ke_teks(&self) -> String {
        let log: Vec<Value> = self.log.iter().map(|(g, k)| json!([g, k])).collect();
        json!({ "gen": self.gen, "hidup": self.hidup, "lawas": self.lawas, "log": log }).to_string()
    }

    /// The keys changed by transactions after `sejak`, or `None` when the log does not reach
    /// back that far (or storage was emptied and started again): then read everything.
    pub fn berubah_sejak(&self, sejak: u64) -> Option<BTreeSet<String>> {
        if sejak == self.gen {
            return Some(BTreeSet::new());
        }
        if sejak > self.gen || self.log.first().is_none_or(|(g, _)| *g > sejak + 1) {
            return None;
        }
        let mut out = BTreeSet::new();
        for (g, kunci) in &self.log {
            if *g > sejak {
                out.extend(kunci.as_ref()?.iter().cloned());
            }
        }
        Some(out)
    }

    /// Records one more transaction, which changed `kunci`.
    pub fn catat<'a>(&mut self, kunci: impl Iterator<Item = &'a String>) {
        self.gen += 1;
        // Taken only up to one more than the log lists: a big transaction stops there.
        let mut daftar: Vec<String> = kunci.take(MAKS_KUNCI_LOG + 1).cloned().collect();
        let daftar = (daftar.len() <= MAKS_KUNCI_LOG).then(|| std::mem::take(&mut daftar));
        self.log.push((self.gen, daftar));
        let lebih = self.log.len().saturating_sub(MAKS_LOG);
        self.log.drain(..lebih);
        self.hidup = true;
    }
}

/// IndexedDB as the writer and the move see it.
pub trait Gudang {
    /// The `meta` value.
    fn meta(&self) -> Janji<'_, Meta>;
    /// The values of `kunci` now (one read-only transaction).
    fn baca<'a>(&'a self, kunci: &'a [String]) -> Janji<'a, Vec<Option<String>>>;
    /// One read-write transaction: reads what other tabs changed since `k.gen`; refuses (writes
    /// nothing) on [`ada_bentrok`]; else writes every change and logs them in `meta`.
    fn tulis<'a>(&'a self, k: &'a Kiriman) -> Janji<'a, Hasil>;
    /// What other tabs changed since `sejak` (read-only): the generation now and the changes.
    fn tarik(&self, sejak: u64) -> Janji<'_, (u64, Asing)>;
    /// The move from localStorage, one transaction: while IndexedDB is not live, its data is
    /// replaced by `isi` (what an earlier, unfinished move left goes); `meta` is not marked live.
    fn ganti<'a>(&'a self, isi: &'a [(String, String)]) -> Janji<'a, ()>;
    /// Marks IndexedDB live (after the move was read back and compared).
    fn tandai_hidup(&self) -> Janji<'_, ()>;
    /// Moves records stored one per key (layout 1) into buckets, one read-write transaction
    /// that compares what it wrote before it removes them (every `tulis` does this first
    /// too). Values do not change, so other tabs have nothing to read in.
    fn rapikan(&self) -> Janji<'_, ()>;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> String {
        s.to_string()
    }

    #[test]
    fn the_log_names_the_keys_changed_since_a_generation() {
        let mut m = Meta::default();
        m.catat([k("a"), k("b")].iter());
        m.catat([k("c")].iter());
        assert_eq!(m.gen, 2);
        assert!(m.hidup);
        assert_eq!(m.berubah_sejak(2), Some(BTreeSet::new()));
        assert_eq!(m.berubah_sejak(1), Some(BTreeSet::from([k("c")])));
        assert_eq!(
            m.berubah_sejak(0),
            Some(BTreeSet::from([k("a"), k("b"), k("c")]))
        );
        // A tab ahead of storage (storage emptied since): read everything.
        assert_eq!(m.berubah_sejak(5), None);
        let m2 = Meta::dari_teks(Some(&m.ke_teks()));
        assert_eq!(m2, m);
    }

    #[test]
    fn a_log_too_short_or_a_big_transaction_means_reading_everything() {
        let mut m = Meta::default();
        let banyak: Vec<String> = (0..=MAKS_KUNCI_LOG).map(|i| format!("k{i}")).collect();
        m.catat(banyak.iter());
        m.catat([k("x")].iter());
        assert_eq!(m.berubah_sejak(1), Some(BTreeSet::from([k("x")])));
        assert_eq!(m.berubah_sejak(0), None);
        for _ in 0..MAKS_LOG {
            m.catat([k("y")].iter());
        }
        assert_eq!(m.log.len(), MAKS_LOG);
        assert_eq!(m.berubah_sejak(1), None);
        assert_eq!(m.berubah_sejak(m.gen - 1), Some(BTreeSet::from([k("y")])));
    }

    #[test]
    fn a_new_database_is_not_live_and_an_unreadable_meta_is_never_overwritten_as_if_new() {
        assert!(!Meta::dari_teks(None).hidup);
        let rusak = Meta::dari_teks(Some("{oops"));
        assert!(rusak.hidup);
        assert_eq!(rusak.berubah_sejak(3), None);
    }

    #[test]
    fn a_conflict_is_a_key_changed_to_something_else_than_both_sides() {
        let kiriman = Kiriman {
            gen: 1,
            ubah: vec![(k("a"), Some(k("baru"))), (k("b"), None)],
            dasar: vec![Some(k("lama")), Some(k("b0"))],
        };
        let asing = |a: Option<&str>, b: Option<&str>| {
            Asing::Kunci(vec![(k("a"), a.map(k)), (k("b"), b.map(k))])
        };
        assert!(!ada_bentrok(&kiriman, &Asing::Kunci(vec![])));
        assert!(!ada_bentrok(&kiriman, &asing(Some("lama"), Some("b0"))));
        // The other tab wrote the same: no conflict.
        assert!(!ada_bentrok(&kiriman, &asing(Some("baru"), None)));
        assert!(ada_bentrok(&kiriman, &asing(Some("lain"), Some("b0"))));
        assert!(ada_bentrok(&kiriman, &asing(Some("lama"), Some("b1"))));
        let semua = Asing::Semua(BTreeMap::from([(k("a"), k("lama"))]));
        assert!(!ada_bentrok(&kiriman, &semua));
        let semua = Asing::Semua(BTreeMap::from([(k("b"), k("b0"))]));
        assert!(ada_bentrok(&kiriman, &semua), "a removed by the other tab");
    }
}
