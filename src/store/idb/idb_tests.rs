//! The IndexedDB backend's synchronous face and its background writer, against the native
//! fake ([`super::palsu`]): what one step writes lands as one transaction, a failed one loses
//! nothing, two tabs stay in step and never overwrite each other's newer data.

use super::palsu::{tunggu, GudangPalsu};
use super::siram::siram;
use super::*;
use crate::store::jurnal::{self, JenisUbah};
use crate::store::rekaman::{self, GagalTulis, JenisRecord};
use crate::store::{settings, MemoryStore};
use serde_json::json;
use std::sync::Mutex;

pub(super) const T1: &str = "2026-11-22T09:00:00+07:00";

fn tanpa_jadwal(_: &IdbStore) {}
fn tanpa_tik(_: u64) {}

// Values start-up left in storage, as the fake reads them for `KvStore::siapkan`.
thread_local! {
    static DINGIN: std::cell::RefCell<std::collections::BTreeMap<String, String>> =
        const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

fn baca_dingin(kunci: Vec<String>) -> gudang::Janji<'static, Vec<Option<String>>> {
    let v = DINGIN.with(|d| kunci.iter().map(|k| d.borrow().get(k).cloned()).collect());
    Box::pin(std::future::ready(Ok(v)))
}

thread_local! {
    /// The generation the last writer's run said this thread's tab has read up to.
    static TERBACA: std::cell::Cell<Option<u64>> = const { std::cell::Cell::new(None) };
}

fn catat_terbaca(gen: u64) {
    TERBACA.with(|t| t.set(Some(gen)));
}

pub(super) const KAIT: Kait = Kait {
    jadwal: tanpa_jadwal,
    tik: tanpa_tik,
    terbaca: catat_terbaca,
    baca: baca_dingin,
};

/// A tab over the fake: what it read at start-up, settings in their own store.
pub(super) fn tab(g: &GudangPalsu) -> (IdbStore, Arc<Mutex<Vec<Kabar>>>) {
    let isi = g.isi();
    let gen = g.meta.lock().unwrap().gen;
    let s = IdbStore::baru(isi, gen, Arc::new(MemoryStore::new()), KAIT);
    let kabar = Arc::new(Mutex::new(Vec::new()));
    let k = kabar.clone();
    s.amati(Box::new(move |x| k.lock().unwrap().push(x)));
    (s, kabar)
}

pub(super) fn r(id: &str) -> String {
    rekaman::kunci("skp", id)
}

#[test]
fn what_one_step_writes_is_one_transaction_and_storage_then_holds_what_the_app_sees() {
    let g = GudangPalsu::default();
    let (s, kabar) = tab(&g);
    rekaman::tulis(&s, JenisRecord::Skp, "a", json!({"x": 1}), None, T1).unwrap();
    rekaman::tulis(&s, JenisRecord::Skp, "b", json!({"x": 2}), None, T1).unwrap();
    assert_eq!(s.tertunda(), 2);
    assert!(g.isi().is_empty(), "nothing durable before the writer runs");
    tunggu(siram(&s, &g));
    assert_eq!(*g.transaksi.lock().unwrap(), 1);
    assert_eq!(s.tertunda(), 0);
    assert_eq!(g.isi(), s.tunda().peta);
    // The app heard that writes were on their way (once, when the writer started), then
    // that none is left: it says "saving" in between, and nothing more.
    assert_eq!(
        *kabar.lock().unwrap(),
        vec![
            Kabar::Status {
                tertunda: 1,
                galat: None
            },
            Kabar::Status {
                tertunda: 0,
                galat: None
            }
        ]
    );
}

#[test]
fn settings_stay_in_local_storage_and_every_key_is_listed_once() {
    let g = GudangPalsu::default();
    let lokal = MemoryStore::new();
    let s = IdbStore::baru(Default::default(), 0, Arc::new(lokal.clone()), KAIT);
    settings::save(&s, &settings::Settings::default()).unwrap();
    s.put("kinerjaku.v1.quarantine.settings.1", "{").unwrap();
    s.put(&r("a"), "{}").unwrap();
    assert!(lokal.get(&settings::settings_key()).unwrap().is_some());
    assert!(lokal
        .get("kinerjaku.v1.quarantine.settings.1")
        .unwrap()
        .is_some());
    assert_eq!(lokal.get(&r("a")).unwrap(), None);
    // A record key an older version left in localStorage is not this store's.
    lokal.put(&r("lama"), "{}").unwrap();
    let mut k = s.keys().unwrap();
    k.sort();
    assert_eq!(
        k,
        [
            "kinerjaku.v1.quarantine.settings.1".to_string(),
            r("a"),
            settings::settings_key()
        ]
    );
    tunggu(siram(&s, &g));
    assert_eq!(g.isi().into_keys().collect::<Vec<_>>(), [r("a")]);
}

#[test]
fn an_import_is_one_transaction_and_a_crash_before_it_leaves_the_old_state() {
    let g = GudangPalsu::default();
    g.tab_lain(&[(&r("lama"), Some("L"))]);
    let (s, _) = tab(&g);
    let ubah: Vec<(String, Option<String>)> = (0..60)
        .map(|i| (r(&format!("n{i}")), Some(format!("v{i}"))))
        .chain([(r("lama"), None)])
        .collect();
    jurnal::terapkan(
        &s,
        JenisUbah::Impor,
        chrono::NaiveDateTime::default(),
        &ubah,
    )
    .unwrap();
    assert_eq!(s.get(jurnal::KUNCI_JURNAL).unwrap(), None);
    // The tab closes before the transaction: storage holds the state before, whole.
    let sebelum = g.isi();
    drop(s);
    assert_eq!(g.isi(), sebelum);
    let (s, _) = tab(&g);
    jurnal::terapkan(
        &s,
        JenisUbah::Impor,
        chrono::NaiveDateTime::default(),
        &ubah,
    )
    .unwrap();
    tunggu(siram(&s, &g));
    assert_eq!(*g.transaksi.lock().unwrap(), 1, "the whole import in one");
    assert_eq!(g.isi().len(), 60);
    assert_eq!(g.isi().get(&r("lama")), None);
}

#[test]
fn quota_full_keeps_every_change_in_memory_tells_the_app_and_retries_with_the_next_write() {
    let g = GudangPalsu::default();
    let (s, kabar) = tab(&g);
    s.put(&r("a"), "1").unwrap();
    *g.gagal.lock().unwrap() = vec![StoreError::QuotaFull];
    tunggu(siram(&s, &g));
    assert!(g.isi().is_empty());
    assert_eq!(
        s.get(&r("a")).unwrap().as_deref(),
        Some("1"),
        "nothing lost"
    );
    assert_eq!(s.tertunda(), 1, "the page asks before closing");
    assert_eq!(
        kabar.lock().unwrap().last(),
        Some(&Kabar::Status {
            tertunda: 1,
            galat: Some(StoreError::QuotaFull)
        })
    );
    assert!(!s.tunda().bekerja, "no retry loop against a full disk");
    // The next write (or the banner's retry) sends both, as one transaction.
    s.put(&r("b"), "2").unwrap();
    tunggu(siram(&s, &g));
    assert_eq!(g.isi().len(), 2);
    assert_eq!(s.tertunda(), 0);
    assert_eq!(
        kabar.lock().unwrap().last(),
        Some(&Kabar::Status {
            tertunda: 0,
            galat: None
        })
    );
}

#[test]
fn a_failure_on_every_try_loses_nothing_until_one_lands() {
    let g = GudangPalsu::default();
    let (s, _) = tab(&g);
    for i in 0..5 {
        s.put(&r(&format!("k{i}")), &i.to_string()).unwrap();
        *g.gagal.lock().unwrap() = vec![StoreError::Other("AbortError".into())];
        tunggu(siram(&s, &g));
        assert_eq!(s.tertunda(), i + 1);
    }
    s.kirim_ulang();
    tunggu(siram(&s, &g));
    assert_eq!(g.isi().len(), 5);
    assert_eq!(*g.transaksi.lock().unwrap(), 1);
}

#[test]
fn another_tabs_transaction_is_read_in_after_its_tick() {
    let g = GudangPalsu::default();
    let (a, _) = tab(&g);
    let (b, kabar_b) = tab(&g);
    rekaman::tulis(&a, JenisRecord::Skp, "s", json!({"x": 1}), None, T1).unwrap();
    tunggu(siram(&a, &g));
    // Settings keys are re-read by the caller at once; the tick is the backend's.
    assert!(!b.ubah_luar(Some(&settings::settings_key())));
    assert!(b.ubah_luar(Some(KUNCI_TIK)));
    TERBACA.with(|t| t.set(None));
    tunggu(siram(&b, &g));
    assert_eq!(b.get(&r("s")).unwrap(), a.get(&r("s")).unwrap());
    assert!(kabar_b.lock().unwrap().contains(&Kabar::Berubah));
    // The run ends by showing the generation read up to: the one the other tab's write made.
    let gen = g.meta.lock().unwrap().gen;
    assert!(gen > 0);
    assert_eq!(TERBACA.with(|t| t.get()), Some(gen));
}

#[test]
fn a_stale_tab_never_overwrites_newer_data_and_its_version_is_kept_aside() {
    let g = GudangPalsu::default();
    let (a, _) = tab(&g);
    rekaman::tulis(&a, JenisRecord::Skp, "s", json!({"x": 1}), None, T1).unwrap();
    tunggu(siram(&a, &g));
    let (b, kabar_b) = tab(&g);
    // Both tabs save revision 2, based on revision 1; A's lands first.
    rekaman::tulis(&a, JenisRecord::Skp, "s", json!({"x": "A"}), Some(1), T1).unwrap();
    tunggu(siram(&a, &g));
    // B has not heard yet: memory says revision 1, so its own check lets the save through…
    rekaman::tulis(&b, JenisRecord::Skp, "s", json!({"x": "B"}), Some(1), T1).unwrap();
    // …and the transaction refuses it.
    tunggu(siram(&b, &g));
    let tersimpan = rekaman::baca(&MemoryStoreDari(&g), JenisRecord::Skp, "s")
        .unwrap()
        .unwrap();
    assert_eq!(tersimpan.data, json!({"x": "A"}));
    assert_eq!(
        rekaman::baca(&b, JenisRecord::Skp, "s")
            .unwrap()
            .unwrap()
            .data,
        json!({"x": "A"}),
        "B now shows the stored version"
    );
    let q = rekaman::kunci("skp", "s").replace("kinerjaku.v1.", "kinerjaku.v1.quarantine.") + ".1";
    assert!(
        g.isi()[&q].contains("\"B\""),
        "B's version is kept, in storage"
    );
    assert!(kabar_b
        .lock()
        .unwrap()
        .contains(&Kabar::Bentrok(vec![(r("s"), q.clone())])));
    // B's next save, now based on revision 2, is checked against the stored one as usual.
    assert!(matches!(
        rekaman::tulis(&b, JenisRecord::Skp, "s", json!({"x": "B2"}), Some(1), T1),
        Err(GagalTulis::LebihBaru { .. })
    ));
    rekaman::tulis(&b, JenisRecord::Skp, "s", json!({"x": "B2"}), Some(2), T1).unwrap();
    tunggu(siram(&b, &g));
    assert!(g.isi()[&r("s")].contains("B2"));
}

/// The fake's content as a store, to read a record the way the app does.
struct MemoryStoreDari<'a>(&'a GudangPalsu);

impl KvStore for MemoryStoreDari<'_> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.0.isi().get(key).cloned())
    }
    fn set_raw(&self, _: &str, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Other("read only".into()))
    }
    fn remove(&self, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Other("read only".into()))
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.0.isi().into_keys().collect())
    }
}

#[test]
fn a_backup_that_does_not_fit_is_dropped_and_saves_after_it_land() {
    use crate::store::snapshot;
    let g = GudangPalsu::default();
    let (s, kabar) = tab(&g);
    rekaman::tulis(&s, JenisRecord::Skp, "a", json!({"x": 1}), None, T1).unwrap();
    tunggu(siram(&s, &g));
    // Room for records, none for a backup: the automatic one at start-up fails...
    *g.penuh_untuk.lock().unwrap() = Some(snapshot::AWALAN);
    let waktu = chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    assert!(snapshot::otomatis(&s, waktu).unwrap());
    kabar.lock().unwrap().clear();
    tunggu(siram(&s, &g));
    // ...is dropped from memory as from storage, and said.
    assert_eq!(s.tertunda(), 0);
    assert!(snapshot::daftar(&s).unwrap().is_empty());
    assert!(!s.tunda().peta.keys().any(|k| snapshot::kunci_cadangan(k)));
    assert!(kabar.lock().unwrap().contains(&Kabar::CadanganTidakMuat));
    // A save after it lands (it failed with the backup, for ever, before).
    rekaman::tulis(&s, JenisRecord::Skp, "b", json!({"x": 2}), None, T1).unwrap();
    tunggu(siram(&s, &g));
    assert_eq!(s.tertunda(), 0);
    assert!(g.isi().contains_key(&r("b")));
    assert_eq!(s.tunda().galat, None);
}

#[test]
fn a_restores_backup_before_it_stays_with_the_records_when_it_fails() {
    use crate::store::snapshot;
    let g = GudangPalsu::default();
    let (s, kabar) = tab(&g);
    rekaman::tulis(&s, JenisRecord::Skp, "a", json!({"x": 1}), None, T1).unwrap();
    let waktu = chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let info = snapshot::ambil(&s, waktu, "manual", snapshot::Retensi::default()).unwrap();
    tunggu(siram(&s, &g));
    rekaman::tulis(&s, JenisRecord::Skp, "b", json!({"x": 2}), None, T1).unwrap();
    tunggu(siram(&s, &g));
    *g.penuh_untuk.lock().unwrap() = Some(snapshot::AWALAN);
    snapshot::pulihkan(&s, &info.id, waktu, snapshot::Retensi::default()).unwrap();
    kabar.lock().unwrap().clear();
    tunggu(siram(&s, &g));
    // The restore and the backup that undoes it wait together for room; nothing dropped.
    assert!(s.tertunda() > 0);
    assert!(!kabar.lock().unwrap().contains(&Kabar::CadanganTidakMuat));
    assert!(
        g.isi().contains_key(&r("b")),
        "storage still as before the restore"
    );
}
