//! Which keys the IndexedDB backend lists: whether a record is stored, and the keys under a
//! prefix, each the store's full listing filtered (settings in localStorage included).

use super::tests::{r, KAIT};
use super::*;
use crate::store::rekaman;
use crate::store::{settings, MemoryStore};

#[test]
fn whether_a_record_is_stored_is_answered_from_the_sorted_map_like_listing_the_keys() {
    let lokal = MemoryStore::new();
    let s = IdbStore::baru(Default::default(), 0, Arc::new(lokal.clone()), KAIT);
    let sama = |s: &IdbStore| {
        let daftar = s.keys().unwrap().iter().any(|k| rekaman::kunci_rekaman(k));
        assert_eq!(rekaman::ada(s), daftar);
        daftar
    };
    settings::save(&s, &settings::Settings::default()).unwrap();
    s.put("kinerjaku.v1.snapshot.1", "{}").unwrap();
    lokal.put(&r("lama"), "{}").unwrap();
    assert!(
        !sama(&s),
        "settings, a snapshot, an old localStorage key: no record"
    );
    s.put(&r("a"), "{}").unwrap();
    assert!(sama(&s));
    s.remove(&r("a")).unwrap();
    assert!(!sama(&s));
    assert!(
        s.ada_awalan("kinerjaku.v1.settings").unwrap(),
        "settings: localStorage"
    );
}

/// Asserts a store's keys under `awalan` are its full listing filtered, and `ada_awalan` agrees
/// ("kinerjaku.v1.se": the settings alone, in localStorage); returns them sorted.
fn kunci_awalan_seperti_daftar(st: &dyn KvStore, awalan: &str) -> Vec<String> {
    let mut harap: Vec<String> = st.keys().unwrap();
    harap.retain(|k| k.starts_with(awalan));
    harap.sort();
    assert_eq!(
        st.ada_awalan(awalan).unwrap(),
        !harap.is_empty(),
        "{awalan}"
    );
    let mut dapat = st.kunci_awalan(awalan).unwrap();
    dapat.sort();
    assert_eq!(dapat, harap, "{awalan}");
    harap
}

#[test]
fn keys_under_a_prefix_are_the_sorted_listing_filtered_in_every_store() {
    let lokal = MemoryStore::new();
    let s = IdbStore::baru(Default::default(), 0, Arc::new(lokal.clone()), KAIT);
    let m = MemoryStore::new();
    for st in [&s as &dyn KvStore, &m] {
        for k in [
            r("b"),
            r("a"),
            rekaman::kunci("evaluasi", "x"),
            "kinerjaku.v1.snapshot.1".into(),
        ] {
            st.put(&k, &format!("{{\"di\":{k:?}}}")).unwrap();
        }
        settings::save(st, &settings::Settings::default()).unwrap();
        for awalan in [
            rekaman::AWALAN_REKAMAN,
            &r(""),
            "kinerjaku.v1.s",
            "kinerjaku.v1.se",
            "kinerjaku.v1.",
            "x",
        ] {
            let harap = kunci_awalan_seperti_daftar(st, awalan);
            // The values read in place, in key order, are what each key holds.
            let mut dibaca = Vec::new();
            st.baca_awalan(awalan, &mut |k, v| {
                dibaca.push((k.to_string(), v.to_string()))
            })
            .unwrap();
            let isi: Vec<(String, String)> = harap
                .iter()
                .map(|k| (k.clone(), st.get(k).unwrap().unwrap()))
                .collect();
            assert_eq!(dibaca, isi, "{awalan}");
        }
    }
    assert_eq!(
        s.kunci_awalan(&r("")).unwrap(),
        [r("a"), r("b")],
        "sorted, from the map"
    );
    let mut s_ = s.kunci_awalan("kinerjaku.v1.s").unwrap();
    s_.sort();
    assert_eq!(
        s_,
        ["kinerjaku.v1.settings", "kinerjaku.v1.snapshot.1"],
        "the settings in localStorage too"
    );
    // A backup start-up left in storage is listed; an old record key in localStorage is not.
    lokal.put(&r("lama"), "{}").unwrap();
    let d = IdbStore::baru(Default::default(), 0, Arc::new(lokal.clone()), KAIT)
        .dengan_dingin(vec!["kinerjaku.v1.snapshot.2".into()]);
    d.put("kinerjaku.v1.snapshot.1", "{}").unwrap();
    d.put(&r("a"), "{}").unwrap();
    for awalan in ["kinerjaku.v1.snapshot.", "kinerjaku.v1.", &r(""), "x"] {
        kunci_awalan_seperti_daftar(&d, awalan);
    }
    let mut cadangan = d.kunci_awalan("kinerjaku.v1.snapshot.").unwrap();
    cadangan.sort();
    assert_eq!(
        cadangan,
        ["kinerjaku.v1.snapshot.1", "kinerjaku.v1.snapshot.2"]
    );
    assert!(!d
        .kunci_awalan("kinerjaku.v1.")
        .unwrap()
        .contains(&r("lama")));
}
