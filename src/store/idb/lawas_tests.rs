//! Databases written before buckets (layout 1: every record one value in `data`), against
//! the fake: read whole at start-up, moved into buckets by the writer's first transaction
//! without one record lost or changed, a failed move leaving layout 1 as it was, and a
//! bucket that broke off kept aside, never written over.

use super::ember;
use super::palsu::{tunggu, GudangPalsu};
use super::siram::siram;
use super::*;
use crate::store::rekaman;
use crate::store::MemoryStore;
use std::collections::BTreeMap;

fn tanpa_jadwal(_: &IdbStore) {}
fn tanpa_tik(_: u64) {}

fn tab(g: &GudangPalsu) -> IdbStore {
    let gen = g.meta.lock().unwrap().gen;
    let s = IdbStore::baru(
        g.isi(),
        gen,
        Arc::new(MemoryStore::new()),
        Kait {
            jadwal: tanpa_jadwal,
            tik: tanpa_tik,
            terbaca: tanpa_tik,
            baca: |_| Box::pin(std::future::ready(Ok(Vec::new()))),
        },
    );
    if g.meta.lock().unwrap().lawas {
        s.rapikan_nanti();
    }
    s
}

fn r(id: &str) -> String {
    rekaman::kunci("skp", id)
}

const SNAPSHOT: &str = "kinerjaku.v1.snapshot.1";

/// 300 records, a snapshot and a quarantined value, as layout 1 stored them.
fn isi_lawas() -> BTreeMap<String, String> {
    (0..300)
        .map(|i| (r(&format!("{i:03}")), format!("{{\"revision\":{i}}}")))
        .chain([
            (SNAPSHOT.to_string(), "{\"records\":[]}".to_string()),
            (
                "kinerjaku.v1.quarantine.r.skp.x.1".to_string(),
                "{oops".to_string(),
            ),
        ])
        .collect()
}

fn lawas(isi: &BTreeMap<String, String>) -> GudangPalsu {
    let pasangan: Vec<(&str, &str)> = isi.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    GudangPalsu::lawas(&pasangan)
}

fn rekaman_di_data(g: &GudangPalsu) -> usize {
    g.data
        .lock()
        .unwrap()
        .keys()
        .filter(|k| ember::di_ember(k))
        .count()
}

#[test]
fn a_layout_1_database_is_read_whole_and_moved_into_buckets_without_a_record_lost() {
    let isi = isi_lawas();
    let g = lawas(&isi);
    assert!(g.meta.lock().unwrap().lawas);
    let s = tab(&g);
    assert_eq!(s.tunda().peta, isi, "start-up reads layout 1 whole");
    tunggu(siram(&s, &g));
    assert!(!g.meta.lock().unwrap().lawas);
    assert_eq!(*g.transaksi.lock().unwrap(), 1, "one transaction");
    assert_eq!(rekaman_di_data(&g), 0, "no record left one per key");
    assert!(g.ember.lock().unwrap().len() > 100);
    // Snapshots and the quarantine stay alone in `data`.
    assert_eq!(g.data.lock().unwrap().len(), 2);
    assert_eq!(g.isi(), isi, "every key and value as before");
    // The move changed no value: nothing for other tabs to read in.
    assert_eq!(g.meta.lock().unwrap().gen, 3);
    // A second start reads the same and moves nothing.
    let s2 = tab(&g);
    assert_eq!(s2.tunda().peta, isi);
    tunggu(siram(&s2, &g));
    assert_eq!(*g.transaksi.lock().unwrap(), 1);
}

#[test]
fn the_first_save_on_a_layout_1_database_moves_it_in_the_same_transaction() {
    let isi = isi_lawas();
    let g = lawas(&isi);
    let s = tab(&g);
    s.put(&r("baru"), "{}").unwrap();
    s.remove(&r("007")).unwrap();
    tunggu(siram(&s, &g));
    assert_eq!(*g.transaksi.lock().unwrap(), 1);
    assert_eq!(rekaman_di_data(&g), 0);
    let mut harap = isi.clone();
    harap.insert(r("baru"), "{}".into());
    harap.remove(&r("007"));
    assert_eq!(g.isi(), harap);
    // Removed for good: it does not come back from where layout 1 kept it.
    assert_eq!(tab(&g).get(&r("007")).unwrap(), None);
}

#[test]
fn a_move_that_fails_leaves_layout_1_as_it_was_and_the_next_write_moves_it() {
    let isi = isi_lawas();
    let g = lawas(&isi);
    *g.gagal.lock().unwrap() = vec![StoreError::QuotaFull];
    let s = tab(&g);
    tunggu(siram(&s, &g));
    assert!(g.meta.lock().unwrap().lawas);
    assert_eq!(rekaman_di_data(&g), 300);
    assert!(g.ember.lock().unwrap().is_empty());
    assert_eq!(g.isi(), isi);
    s.put(&r("baru"), "{}").unwrap();
    tunggu(siram(&s, &g));
    assert_eq!(rekaman_di_data(&g), 0);
    assert_eq!(g.isi().len(), isi.len() + 1);
}

#[test]
fn another_tab_reads_in_only_what_was_written_while_the_records_moved_under_it() {
    let isi = isi_lawas();
    let g = lawas(&isi);
    let a = tab(&g);
    let b = IdbStore::baru(g.isi(), 3, Arc::new(MemoryStore::new()), a.inti.kait);
    a.put(&r("dari-a"), "A").unwrap();
    tunggu(siram(&a, &g));
    assert_eq!(rekaman_di_data(&g), 0);
    b.ubah_luar(Some(KUNCI_TIK));
    tunggu(siram(&b, &g));
    assert_eq!(b.get(&r("dari-a")).unwrap().as_deref(), Some("A"));
    assert_eq!(b.tunda().peta, a.tunda().peta);
    // And b's own save lands beside a's, in the buckets.
    b.put(&r("dari-b"), "B").unwrap();
    tunggu(siram(&b, &g));
    assert_eq!(g.isi().len(), isi.len() + 2);
}

#[test]
fn a_bucket_that_broke_off_is_kept_aside_whole_before_it_is_written_over() {
    let g = GudangPalsu::default();
    g.tab_lain(&[(&r("a"), Some("1")), (&r("b"), Some("2"))]);
    let n = ember::nomor(&r("a"));
    let rusak = format!("{}9999:", ember::tulis([(r("a").as_str(), "1")]));
    g.ember.lock().unwrap().insert(n, rusak.clone());
    // Start-up reads what it can: the entry before the break.
    let s = tab(&g);
    assert_eq!(s.get(&r("a")).unwrap().as_deref(), Some("1"));
    s.put(&r("a"), "1b").unwrap();
    tunggu(siram(&s, &g));
    let data = g.data.lock().unwrap().clone();
    let (k, v) = data
        .iter()
        .find(|(k, _)| k.contains("quarantine.ember."))
        .unwrap();
    assert_eq!(v, &rusak, "the broken text, whole");
    assert!(ember::baca(&g.ember.lock().unwrap()[&n])
        .entri
        .contains(&(r("a").as_str(), "1b")));
    // The next start lists it with the rest of the quarantine.
    assert!(tab(&g).get(k).unwrap().is_some());
}
