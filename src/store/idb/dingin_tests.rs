//! Backups start-up leaves in IndexedDB (`dingin`), against the native fake: listed by their
//! info apart, never read as absent, read in for a restore, and every change to one sent
//! and taken from other tabs like any other key.

use super::gudang::{Asing, Janji};
use super::palsu::{tunggu, GudangPalsu};
use super::siram::siram;
use super::tunda::{Langkah, Tunda};
use super::*;
use crate::store::snapshot::{self, Retensi};
use crate::store::{rekaman, MemoryStore};
use chrono::{NaiveDate, NaiveDateTime};
use std::cell::RefCell;
use std::collections::BTreeMap;

thread_local! {
    // What the fake storage holds, for the store's reads of values start-up left there.
    static DISIMPAN: RefCell<BTreeMap<String, String>> = const { RefCell::new(BTreeMap::new()) };
}

fn baca(kunci: Vec<String>) -> Janji<'static, Vec<Option<String>>> {
    let v = DISIMPAN.with(|d| kunci.iter().map(|k| d.borrow().get(k).cloned()).collect());
    Box::pin(std::future::ready(Ok(v)))
}

const KAIT: Kait = Kait {
    jadwal: |_| {},
    tik: |_| {},
    terbaca: |_| {},
    baca,
};

fn jam(h: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 4)
        .unwrap()
        .and_hms_opt(h, 0, 0)
        .unwrap()
}

/// A tab started as the browser starts one: the backups listed by their info left out.
fn tab_awal(g: &GudangPalsu) -> IdbStore {
    let (isi, dingin) = g.isi_awal();
    DISIMPAN.with(|d| *d.borrow_mut() = g.isi());
    let gen = g.meta.lock().unwrap().gen;
    IdbStore::baru(isi, gen, Arc::new(MemoryStore::new()), KAIT).dengan_dingin(dingin)
}

/// A tab with every value in memory (as before backups were left in storage).
fn tab_dibaca(g: &GudangPalsu) -> IdbStore {
    let gen = g.meta.lock().unwrap().gen;
    IdbStore::baru(g.isi(), gen, Arc::new(MemoryStore::new()), KAIT)
}

/// Restores the backup `id` through the screen's path (read in first).
fn pulihkan(s: &IdbStore, id: &str) {
    tunggu(snapshot::pulihkan_dibaca(
        s,
        id,
        jam(10),
        Retensi::default(),
    ))
    .unwrap();
}

fn rekam(s: &IdbStore, isi: &str) {
    s.put(&rekaman::kunci("skp", "a"), isi).unwrap();
}

fn skp(s: &IdbStore) -> Option<String> {
    s.get(&rekaman::kunci("skp", "a")).unwrap()
}

/// A workspace with one record and one backup of it, written through a tab.
fn dengan_cadangan() -> (GudangPalsu, snapshot::InfoSnapshot) {
    let g = GudangPalsu::default();
    let s = tab_awal(&g);
    rekam(&s, "{\"v\":1}");
    let info = snapshot::ambil(&s, jam(9), "manual", Retensi::default()).unwrap();
    tunggu(siram(&s, &g));
    (g, info)
}

#[test]
fn a_backup_is_listed_without_its_value_never_read_as_absent_and_read_in_for_a_restore() {
    let (g, info) = dengan_cadangan();
    let kunci = format!("{}{}", snapshot::AWALAN, info.id);
    let s = tab_awal(&g);
    assert!(s.tunda().dingin.contains(&kunci));
    assert!(
        !s.tunda().peta.contains_key(&kunci),
        "start-up left it in storage"
    );
    assert_eq!(snapshot::daftar(&s).unwrap(), vec![info.clone()]);
    assert!(s.keys().unwrap().contains(&kunci));
    assert!(s.ada_awalan(snapshot::AWALAN).unwrap());
    assert!(s.get(&kunci).is_err(), "unread is not absent");
    // What it takes is still counted, from its info.
    let dibaca_semua = tab_dibaca(&g);
    // Its info apart gives the size of its stored text, exactly.
    assert_eq!(dibaca_semua.bytes_used(), s.bytes_used());

    rekam(&s, "{\"v\":2}");
    pulihkan(&s, &info.id);
    assert_eq!(skp(&s).as_deref(), Some("{\"v\":1}"));
    assert!(s.tunda().dingin.is_empty());
    tunggu(siram(&s, &g));
    assert_eq!(g.isi(), s.tunda().peta, "storage holds what the app sees");
}

#[test]
fn pruning_removes_a_backup_left_in_storage_with_its_info() {
    let (g, lama) = dengan_cadangan();
    let s = tab_awal(&g);
    rekam(&s, "{\"v\":2}");
    let satu = Retensi {
        maks_hari_ini: 1,
        maks_total: 1,
    };
    let baru = snapshot::ambil(&s, jam(10), "manual", satu).unwrap();
    tunggu(siram(&s, &g));
    let disimpan = g.isi();
    let kunci: Vec<&String> = disimpan.keys().filter(|k| k.contains("snapshot")).collect();
    assert_eq!(kunci.len(), 2, "one backup and its info: {kunci:?}");
    assert!(kunci.iter().all(|k| k.ends_with(&baru.id)));
    assert!(!kunci.iter().any(|k| k.ends_with(&lama.id)));
}

#[test]
fn a_backup_of_an_earlier_version_is_read_whole_once_then_gets_its_info() {
    let (g, info) = dengan_cadangan();
    let kunci_info = snapshot::kunci_info(&format!("{}{}", snapshot::AWALAN, info.id)).unwrap();
    g.data.lock().unwrap().remove(&kunci_info);
    let s = tab_awal(&g);
    assert!(
        s.tunda().dingin.is_empty(),
        "without its info it is read whole"
    );
    // Listed from its own text, which cannot hold its stored size.
    let tanpa_ukuran = snapshot::InfoSnapshot {
        ukuran_tersimpan: None,
        ..info.clone()
    };
    assert_eq!(snapshot::daftar(&s).unwrap(), vec![tanpa_ukuran]);
    // Start-up's backup check writes the info apart (nothing changed: no new backup), with
    // the stored size.
    assert!(!snapshot::otomatis(&s, jam(11)).unwrap());
    tunggu(siram(&s, &g));
    assert!(g.isi().contains_key(&kunci_info));
    let s = tab_awal(&g);
    assert_eq!(s.tunda().dingin.len(), 1);
    assert_eq!(snapshot::daftar(&s).unwrap(), vec![info]);
}

#[test]
fn a_change_to_a_cold_key_is_sent_and_another_tabs_change_is_taken_in() {
    let k = "kinerjaku.v1.snapshot.x".to_string();
    let mut t = Tunda::baru(Vec::new(), 4);
    t.dingin.push(k.clone());
    // Removed here: sent, though memory never held a value to compare with.
    t.ubah(&k, None);
    match t.langkah() {
        Langkah::Kirim(kiriman) => assert_eq!(kiriman.ubah, vec![(k.clone(), None)]),
        lain => panic!("nothing sent: {lain:?}"),
    }
    assert!(t.dingin.is_empty());

    let mut t = Tunda::baru(Vec::new(), 4);
    t.dingin.push(k.clone());
    t.tertarik(5, Asing::Kunci(vec![(k.clone(), Some("baru".into()))]));
    assert_eq!(t.peta.get(&k).map(String::as_str), Some("baru"));
    assert!(t.dingin.is_empty(), "their value is in memory now");

    let mut t = Tunda::baru(Vec::new(), 4);
    t.dingin.push(k.clone());
    t.tertarik(9, Asing::Semua(BTreeMap::new()));
    assert!(t.dingin.is_empty(), "removed by another tab");
    assert!(!t.peta.contains_key(&k));
}

#[test]
fn removing_a_cold_backup_survives_another_tab_reading_everything_in() {
    use super::gudang::ada_bentrok;
    let k = "kinerjaku.v1.snapshot.x".to_string();
    let mut t = Tunda::baru(Vec::new(), 4);
    t.dingin.push(k.clone());
    t.ubah(&k, None);
    let Langkah::Kirim(kiriman) = t.langkah() else {
        panic!("nothing sent")
    };
    // Another tab's large import: the transaction reads everything, the backup's real text.
    let semua = || Asing::Semua(BTreeMap::from([(k.clone(), "{\"data\":{}}".to_string())]));
    assert!(!ada_bentrok(&kiriman, &semua()), "the backup is as it was");
    // Refused for another key all the same: the removal waits for the next try, not dropped.
    assert!(t.bentrok(9, semua(), kiriman).is_empty());
    assert_eq!(t.jumlah_tertunda(), 1);
    let Langkah::Kirim(lagi) = t.langkah() else {
        panic!("nothing sent")
    };
    assert_eq!(lagi.ubah, vec![(k.clone(), None)]);
    // Removed by the other tab too: no conflict either.
    let dihapus = Asing::Semua(BTreeMap::new());
    assert!(!ada_bentrok(&lagi, &dihapus));
}

#[test]
fn a_backup_left_in_storage_with_a_damaged_info_is_listed_by_its_key_and_can_go() {
    let (g, info) = dengan_cadangan();
    let kunci = format!("{}{}", snapshot::AWALAN, info.id);
    let ki = snapshot::kunci_info(&kunci).unwrap();
    g.data.lock().unwrap().insert(ki, "{rusak".into());
    let s = tab_awal(&g);
    assert!(s.tunda().dingin.contains(&kunci));
    let d = snapshot::daftar(&s).unwrap();
    assert_eq!(d.len(), 1, "not hidden");
    assert_eq!(
        (d[0].id.as_str(), d[0].waktu),
        (info.id.as_str(), info.waktu)
    );
    assert_eq!(d[0].alasan, "tidak_diketahui");
    // Restorable (read in whole), then removable with the rest of the old ones.
    pulihkan(&s, &info.id);
    assert_eq!(snapshot::hapus_lama(&s).unwrap(), 1);
    tunggu(siram(&s, &g));
    assert!(
        !g.isi().keys().any(|k| k.ends_with(&info.id)),
        "gone with its info"
    );
}
