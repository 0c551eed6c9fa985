use super::super::palsu::{tunggu, GudangPalsu};
use super::*;
use crate::store::MemoryStore;
use std::collections::BTreeMap;

const SKP: &str = "kinerjaku.v1.r.skp.a";
const SNAP: &str = "kinerjaku.v1.snapshot.20261122T090000000";
const JURNAL: &str = "kinerjaku.v1.jurnal.impor";
const KARANTINA: &str = "kinerjaku.v1.quarantine.r.skp.x.1";
const SETTINGS: &str = "kinerjaku.v1.settings";

/// localStorage as today's release leaves it.
fn lokal() -> MemoryStore {
    let s = MemoryStore::new();
    for (k, v) in [
        (SKP, r#"{"id":"a"}"#),
        (SNAP, "{\"info\":{}}"),
        (JURNAL, "{\"versi\":1}"),
        (KARANTINA, "{rusak"),
        (SETTINGS, "{\"bahasa\":\"id\"}"),
        ("kinerjaku.v1.quarantine.settings.1", "{"),
        ("aplikasi-lain", "x"),
    ] {
        s.put(k, v).unwrap();
    }
    s
}

fn yang_pindah(s: &MemoryStore) -> BTreeMap<String, String> {
    s.isi().into_iter().filter(|(k, _)| di_idb(k)).collect()
}

#[test]
fn every_record_snapshot_journal_and_quarantine_key_moves_read_back_then_removed() {
    let l = lokal();
    let diharap = yang_pindah(&l);
    assert_eq!(diharap.len(), 4);
    let g = GudangPalsu::default();
    assert!(perlu(&l));
    let lap = tunggu(pindahkan(&l, &g)).unwrap();
    assert_eq!(lap.dipindah, 4);
    assert_eq!(g.isi(), diharap);
    assert!(g.meta.lock().unwrap().hidup);
    assert_eq!(*g.transaksi.lock().unwrap(), 1, "one transaction");
    // What stays: the settings, their quarantine, other apps' keys.
    assert_eq!(
        l.isi().into_keys().collect::<Vec<_>>(),
        [
            "aplikasi-lain",
            "kinerjaku.v1.quarantine.settings.1",
            SETTINGS
        ]
    );
    assert!(!perlu(&l));
    // Nothing left: a second start has nothing to do.
    assert_eq!(tunggu(pindahkan(&l, &g)).unwrap(), Laporan::default());
}

#[test]
fn a_read_back_that_differs_keeps_local_storage_untouched_and_the_next_start_moves_it() {
    let l = lokal();
    let sebelum = l.isi();
    let g = GudangPalsu::default();
    *g.baca_palsu.lock().unwrap() = Some("lain".into());
    let e = tunggu(pindahkan(&l, &g)).unwrap_err();
    assert!(matches!(e, StoreError::VerifyFailed { .. }), "{e:?}");
    assert_eq!(l.isi(), sebelum);
    assert!(
        !g.meta.lock().unwrap().hidup,
        "the app runs on localStorage"
    );
    // Meanwhile the person works on localStorage: a snapshot goes, a record comes.
    l.remove(SNAP).unwrap();
    l.put("kinerjaku.v1.r.skp.b", "{}").unwrap();
    *g.baca_palsu.lock().unwrap() = None;
    let lap = tunggu(pindahkan(&l, &g)).unwrap();
    assert_eq!(lap.dipindah, 4);
    assert_eq!(
        g.isi().into_keys().collect::<Vec<_>>(),
        [JURNAL, KARANTINA, SKP, "kinerjaku.v1.r.skp.b"],
        "what the first attempt left is replaced, not merged"
    );
    assert!(yang_pindah(&l).is_empty());
}

#[test]
fn a_transaction_that_fails_changes_nothing_anywhere() {
    for galat in [
        StoreError::QuotaFull,
        StoreError::Other("AbortError".into()),
    ] {
        let l = lokal();
        let sebelum = l.isi();
        let g = GudangPalsu::default();
        *g.gagal.lock().unwrap() = vec![galat.clone()];
        assert_eq!(tunggu(pindahkan(&l, &g)), Err(galat));
        assert_eq!(l.isi(), sebelum);
        assert!(g.isi().is_empty());
        assert!(!g.meta.lock().unwrap().hidup);
    }
}

/// localStorage whose removals fail after `n` (the tab closes while removing).
struct HapusTerputus {
    dasar: MemoryStore,
    sisa: std::sync::Mutex<usize>,
}

impl KvStore for HapusTerputus {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.dasar.get(key)
    }
    fn set_raw(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.dasar.set_raw(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        let mut n = self.sisa.lock().unwrap();
        if *n == 0 {
            return Err(StoreError::Other("closed".into()));
        }
        *n -= 1;
        self.dasar.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.dasar.keys()
    }
}

#[test]
fn a_move_cut_short_while_removing_resumes_and_removes_the_rest() {
    let l = HapusTerputus {
        dasar: lokal(),
        sisa: std::sync::Mutex::new(2),
    };
    let diharap = yang_pindah(&l.dasar);
    let g = GudangPalsu::default();
    assert!(tunggu(pindahkan(&l, &g)).is_err());
    assert_eq!(yang_pindah(&l.dasar).len(), 2, "two removed, two left");
    assert!(g.meta.lock().unwrap().hidup);
    *l.sisa.lock().unwrap() = usize::MAX;
    let lap = tunggu(pindahkan(&l, &g)).unwrap();
    assert_eq!(lap.sudah_ada, 2);
    assert_eq!(lap.dipindah, 0);
    assert!(yang_pindah(&l.dasar).is_empty());
    assert_eq!(g.isi(), diharap);
    assert_eq!(
        *g.transaksi.lock().unwrap(),
        1,
        "IndexedDB untouched the second time"
    );
}

#[test]
fn leftovers_after_the_move_are_moved_and_a_differing_one_is_kept_in_quarantine() {
    let g = GudangPalsu::default();
    g.tab_lain(&[(SKP, Some("di-idb"))]);
    // A tab of the older version wrote these after the move.
    let l = MemoryStore::new();
    l.put(SKP, "di-lokal").unwrap();
    l.put("kinerjaku.v1.r.skp.baru", "baru").unwrap();
    l.put(SETTINGS, "{}").unwrap();
    let lap = tunggu(pindahkan(&l, &g)).unwrap();
    let q = "kinerjaku.v1.quarantine.r.skp.a.1".to_string();
    assert_eq!(lap.dipindah, 1);
    assert_eq!(lap.dikarantina, vec![(SKP.to_string(), q.clone())]);
    let isi = g.isi();
    assert_eq!(isi[SKP], "di-idb", "the live store's value stays");
    assert_eq!(isi[&q], "di-lokal", "the other is kept");
    assert_eq!(isi["kinerjaku.v1.r.skp.baru"], "baru");
    assert_eq!(l.keys().unwrap(), [SETTINGS]);
}

#[test]
fn a_leftover_record_with_a_newer_revision_wins_and_the_older_is_kept_aside() {
    let rek = |rev: u64, isi: &str| {
        format!(r#"{{"id":"a","type":"skp","revision":{rev},"data":"{isi}"}}"#)
    };
    let g = GudangPalsu::default();
    g.tab_lain(&[(SKP, Some(&rek(2, "idb")))]);
    let l = MemoryStore::new();
    l.put(SKP, &rek(3, "lokal")).unwrap();
    let lap = tunggu(pindahkan(&l, &g)).unwrap();
    let q = "kinerjaku.v1.quarantine.r.skp.a.1".to_string();
    assert_eq!(lap.dikarantina, vec![(SKP.to_string(), q.clone())]);
    assert_eq!(g.isi()[SKP], rek(3, "lokal"));
    assert_eq!(g.isi()[&q], rek(2, "idb"));
    assert!(l.isi().is_empty());
    // An older or equal revision does not replace the live one.
    let g = GudangPalsu::default();
    g.tab_lain(&[(SKP, Some(&rek(3, "idb")))]);
    l.put(SKP, &rek(3, "lokal")).unwrap();
    tunggu(pindahkan(&l, &g)).unwrap();
    assert_eq!(g.isi()[SKP], rek(3, "idb"));
    assert_eq!(g.isi()[&q], rek(3, "lokal"));
}
