//! The IndexedDB backend in a real browser (wasm-bindgen-test, headless Chromium): start-up
//! reads everything in, one step is one transaction, a refused transaction loses nothing,
//! two tabs stay in step and never overwrite each other, and the move from localStorage.
#![cfg(target_arch = "wasm32")]

use kinerjaku::store::idb::{web, IdbStore, KUNCI_TIK};
use kinerjaku::store::rekaman::{self, JenisRecord};
use kinerjaku::store::{settings, Kabar, KvStore, LocalStore, StoreError};
use kinerjaku::ui::penyimpanan::{buka, KAIT};
use kinerjaku::ui::state::Pemberitahuan;
use serde_json::json;
use std::sync::{Arc, Mutex};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod bantu;

const T1: &str = "2026-11-22T09:00:00+07:00";

/// Waits until the store's background writer has stopped.
async fn tenang(s: &IdbStore) {
    for _ in 0..200 {
        if !s.tunda().bekerja {
            return;
        }
        bantu::tidur(10).await;
    }
    panic!("the writer never stopped");
}

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A fresh start: empty localStorage and IndexedDB, and `put` as the browser has it.
async fn awal() {
    pulihkan_put();
    local().clear().unwrap();
    web::buka().await.unwrap();
    web::kosongkan().await.unwrap();
}

/// A tab over what IndexedDB holds now, reporting what its writer says.
async fn tab() -> (IdbStore, Arc<Mutex<Vec<Kabar>>>) {
    let (isi, meta) = web::muat().await.unwrap();
    let s = IdbStore::baru(isi, meta.gen, Arc::new(LocalStore), KAIT);
    let kabar = Arc::new(Mutex::new(Vec::new()));
    let k = kabar.clone();
    s.amati(Box::new(move |x| k.lock().unwrap().push(x)));
    (s, kabar)
}

/// Makes every `IDBObjectStore.put` throw the browser's quota error (as a full disk does),
/// or, with `pulihkan_put`, puts the real one back.
fn kuota_penuh() {
    js_sys::eval(
        "if (!IDBObjectStore.prototype.__put) IDBObjectStore.prototype.__put = IDBObjectStore.prototype.put;
         IDBObjectStore.prototype.put = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    )
    .unwrap();
}

fn pulihkan_put() {
    js_sys::eval(
        "if (IDBObjectStore.prototype.__put) IDBObjectStore.prototype.put = IDBObjectStore.prototype.__put;",
    )
    .unwrap();
}

fn r(id: &str) -> String {
    rekaman::kunci("skp", id)
}

#[wasm_bindgen_test]
async fn writes_land_in_indexeddb_and_a_new_start_reads_them_in() {
    awal().await;
    let (s, kabar) = tab().await;
    rekaman::tulis(&s, JenisRecord::Skp, "a", json!({"x": 1}), None, T1).unwrap();
    settings::save(&s, &settings::Settings::default()).unwrap();
    tenang(&s).await;
    assert_eq!(s.tertunda(), 0);
    // Told when the writer started on it and when it had landed: nothing else.
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
    // Settings in localStorage, the record not.
    assert!(local()
        .get_item(&settings::settings_key())
        .unwrap()
        .is_some());
    assert_eq!(local().get_item(&r("a")).unwrap(), None);
    // Other tabs are told through the tick.
    assert!(local().get_item(KUNCI_TIK).unwrap().is_some());
    let (baru, _) = tab().await;
    let rek = rekaman::baca(&baru, JenisRecord::Skp, "a")
        .unwrap()
        .unwrap();
    assert_eq!(rek.data, json!({"x": 1}));
    assert!(web::meta().await.unwrap().hidup);
}

#[wasm_bindgen_test]
async fn one_step_of_many_writes_is_one_transaction() {
    awal().await;
    let (s, _) = tab().await;
    let gen = web::meta().await.unwrap().gen;
    let ubah: Vec<(String, Option<String>)> = (0..120)
        .map(|i| (r(&format!("n{i}")), Some(format!("{{\"i\":{i}}}"))))
        .collect();
    s.tulis_banyak(&ubah).unwrap();
    s.put(&r("sesudah"), "{}").unwrap();
    tenang(&s).await;
    let meta = web::meta().await.unwrap();
    assert_eq!(
        meta.gen,
        gen + 1,
        "the batch and the write after it, one transaction"
    );
    assert_eq!(web::muat().await.unwrap().0.len(), 121);
}

#[wasm_bindgen_test]
async fn quota_full_writes_nothing_keeps_everything_and_the_retry_lands_it_whole() {
    awal().await;
    let (s, kabar) = tab().await;
    s.put(&r("lama"), "L").unwrap();
    tenang(&s).await;
    kuota_penuh();
    s.put(&r("a"), "1").unwrap();
    s.remove(&r("lama")).unwrap();
    tenang(&s).await;
    assert_eq!(
        kabar.lock().unwrap().last(),
        Some(&Kabar::Status {
            tertunda: 2,
            galat: Some(StoreError::QuotaFull)
        })
    );
    let (isi, _) = web::muat().await.unwrap();
    assert_eq!(
        isi.get(&r("lama")).map(String::as_str),
        Some("L"),
        "the transaction wrote nothing"
    );
    assert_eq!(isi.get(&r("a")), None);
    assert_eq!(
        s.get(&r("a")).unwrap().as_deref(),
        Some("1"),
        "nothing lost"
    );
    pulihkan_put();
    s.kirim_ulang();
    tenang(&s).await;
    assert_eq!(s.tertunda(), 0);
    let (isi, _) = web::muat().await.unwrap();
    assert_eq!(isi.get(&r("a")).map(String::as_str), Some("1"));
    assert_eq!(isi.get(&r("lama")), None);
}

#[wasm_bindgen_test]
async fn two_tabs_stay_in_step_and_a_stale_save_is_kept_aside_not_written_over() {
    awal().await;
    let (a, _) = tab().await;
    rekaman::tulis(&a, JenisRecord::Skp, "s", json!({"x": 1}), None, T1).unwrap();
    tenang(&a).await;
    let (b, kabar_b) = tab().await;
    rekaman::tulis(&a, JenisRecord::Skp, "s", json!({"x": "A"}), Some(1), T1).unwrap();
    tenang(&a).await;
    // B saves on revision 1 before it heard of A's: the transaction refuses to overwrite.
    rekaman::tulis(&b, JenisRecord::Skp, "s", json!({"x": "B"}), Some(1), T1).unwrap();
    tenang(&b).await;
    let (isi, _) = web::muat().await.unwrap();
    assert!(isi[&r("s")].contains("\"A\""));
    let q = "kinerjaku.v1.quarantine.r.skp.s.1".to_string();
    assert!(isi[&q].contains("\"B\""));
    assert!(kabar_b
        .lock()
        .unwrap()
        .contains(&Kabar::Bentrok(vec![(r("s"), q)])));
    assert_eq!(
        rekaman::baca(&b, JenisRecord::Skp, "s")
            .unwrap()
            .unwrap()
            .data,
        json!({"x": "A"})
    );
    // A hears of B's quarantine through the tick.
    assert!(a.ubah_luar(Some(KUNCI_TIK)));
    tenang(&a).await;
    assert_eq!(a.keys().unwrap(), b.keys().unwrap());
}

/// The shell says "saving" from the moment a save is made until IndexedDB holds it (tests and
/// people reload only after), and not while a failed write waits: the banner says that.
#[wasm_bindgen_test]
async fn the_shell_says_saving_until_the_write_is_durable_and_not_while_it_failed() {
    use kinerjaku::ui::App;
    use leptos::prelude::*;
    awal().await;
    let (s, _) = tab().await;
    let el = bantu::host("#/tentang");
    let store: Arc<dyn KvStore> = Arc::new(s.clone());
    let _m = leptos::mount::mount_to(el.clone(), move || view! { <App store=store.clone()/> });
    bantu::settle().await;
    let tanda = || bantu::q(&el, "[data-testid=penyimpanan]");
    assert!(tanda().has_attribute("hidden"));

    // Records the app can read: start-up's check would put anything else in quarantine.
    rekaman::tulis(&s, JenisRecord::Skp, "a", json!({"x": 1}), None, T1).unwrap();
    leptos::task::tick().await;
    assert!(
        !tanda().has_attribute("hidden"),
        "shown the moment the save is made, before IndexedDB has it"
    );
    assert_eq!(tanda().text_content().as_deref(), Some("Menyimpan…"));
    tenang(&s).await;
    bantu::settle().await;
    assert!(tanda().has_attribute("hidden"));
    assert!(web::muat()
        .await
        .unwrap()
        .0
        .get(&r("a"))
        .is_some_and(|v| v.contains("\"x\":1")));

    kuota_penuh();
    rekaman::tulis(&s, JenisRecord::Skp, "b", json!({"x": 2}), None, T1).unwrap();
    tenang(&s).await;
    bantu::settle().await;
    pulihkan_put();
    assert_eq!(s.tertunda(), 1);
    assert!(
        tanda().has_attribute("hidden"),
        "a failed write is the banner's to tell"
    );
    assert!(bantu::q(&el, "[data-testid=banner-penyimpanan]").is_connected());
    // Leave nothing behind for the next test: the app's start-up check and backup (run once
    // the page has been quiet for 100 ms) would otherwise write, with "b", in the middle of
    // another test's storage and move its generation (a flaky failure seen in CI).
    bantu::tunggu_waktu("the start-up backup", || {
        kinerjaku::store::snapshot::daftar(&s).is_ok_and(|d| !d.is_empty())
    })
    .await;
    s.kirim_ulang();
    tenang(&s).await;
    assert_eq!(s.tertunda(), 0);
}

/// localStorage as today's release leaves it.
fn isi_rilis_lama() -> Vec<(String, String)> {
    let mut v = vec![
        (
            settings::settings_key(),
            r#"{"schema_version":1,"bahasa":"id","peran":"pegawai"}"#.to_string(),
        ),
        (
            "kinerjaku.v1.snapshot.20261122T090000000".into(),
            r#"{"info":{},"data":{}}"#.into(),
        ),
        (
            "kinerjaku.v1.quarantine.r.skp.rusak.1".into(),
            "{rusak".into(),
        ),
        ("aplikasi-lain".into(), "x".into()),
    ];
    for i in 0..30 {
        v.push((
            r(&format!("p{i}")),
            json!({"id": format!("p{i}"), "type": "skp", "revision": 1, "updated_at": T1, "deleted": false, "data": {"i": i}, "schema_version": 1}).to_string(),
        ));
    }
    v
}

#[wasm_bindgen_test]
async fn the_first_start_moves_local_storage_into_indexeddb_and_a_second_start_reads_it() {
    awal().await;
    let lama = isi_rilis_lama();
    for (k, v) in &lama {
        local().set_item(k, v).unwrap();
    }
    let (store, kabar) = buka().await;
    assert_eq!(kabar, None);
    assert_eq!(store.nama(), "IndexedDB");
    for (k, v) in &lama {
        assert_eq!(store.get(k).unwrap().as_deref(), Some(v.as_str()), "{k}");
    }
    let mut sisa: Vec<String> = (0..local().length().unwrap())
        .filter_map(|i| local().key(i).unwrap())
        .collect();
    sisa.sort();
    assert_eq!(sisa, ["aplikasi-lain", "kinerjaku.v1.settings"]);
    assert_eq!(rekaman::muat_semua(store.as_ref()).unwrap().0.len(), 30);
    // A reload: nothing left to move, everything still there.
    let (lagi, kabar) = buka().await;
    assert_eq!(kabar, None);
    for (k, v) in &lama {
        assert_eq!(lagi.get(k).unwrap().as_deref(), Some(v.as_str()), "{k}");
    }
}

#[wasm_bindgen_test]
async fn a_move_that_cannot_be_written_leaves_local_storage_as_it_was_and_runs_on_it() {
    awal().await;
    let lama = isi_rilis_lama();
    for (k, v) in &lama {
        local().set_item(k, v).unwrap();
    }
    kuota_penuh();
    let (store, kabar) = buka().await;
    pulihkan_put();
    assert_eq!(
        kabar,
        Some(Pemberitahuan::PindahGagal(StoreError::QuotaFull))
    );
    assert_eq!(store.nama(), "localStorage");
    for (k, v) in &lama {
        assert_eq!(
            local().get_item(k).unwrap().as_deref(),
            Some(v.as_str()),
            "{k}"
        );
    }
    assert!(!web::meta().await.unwrap().hidup);
    assert!(web::muat().await.unwrap().0.is_empty());
    // The next start moves it.
    let (store, kabar) = buka().await;
    assert_eq!(kabar, None);
    assert_eq!(store.nama(), "IndexedDB");
    assert_eq!(rekaman::muat_semua(store.as_ref()).unwrap().0.len(), 30);
}

/// Backups stay in IndexedDB at start-up (an agency's are 130 MB each): listed by their info
/// apart, read in when one is restored, and removed from storage when pruned.
#[wasm_bindgen_test]
async fn a_backup_stays_in_indexeddb_at_start_up_and_is_read_in_to_be_restored() {
    use chrono::NaiveDate;
    use kinerjaku::store::snapshot::{self, Retensi};
    awal().await;
    let (s, _) = tab().await;
    rekaman::tulis(&s, JenisRecord::Skp, "a", json!({"x": 1}), None, T1).unwrap();
    let jam = |h| {
        NaiveDate::from_ymd_opt(2026, 12, 4)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    };
    let info = snapshot::ambil(&s, jam(9), "manual", Retensi::default()).unwrap();
    tenang(&s).await;

    let (isi, dingin, meta) = web::muat_awal().await.unwrap();
    let kunci = format!("{}{}", snapshot::AWALAN, info.id);
    assert_eq!(dingin.iter().collect::<Vec<_>>(), [&kunci]);
    assert!(!isi.contains_key(&kunci));
    assert!(isi.contains_key(&r("a")));
    let b = IdbStore::baru(isi, meta.gen, Arc::new(LocalStore), KAIT).dengan_dingin(dingin);
    assert_eq!(snapshot::daftar(&b).unwrap(), vec![info.clone()]);
    assert!(b.get(&kunci).is_err(), "not read in is not absent");

    rekaman::tulis(&b, JenisRecord::Skp, "a", json!({"x": 2}), Some(1), T1).unwrap();
    snapshot::pulihkan_dibaca(&b, &info.id, jam(10), Retensi::default())
        .await
        .unwrap();
    let baca = |st: &IdbStore| {
        rekaman::baca(st, JenisRecord::Skp, "a")
            .unwrap()
            .unwrap()
            .data
    };
    assert_eq!(baca(&b), json!({"x": 1}));
    // Pruned to one: the backup left in storage goes, with its info.
    let satu = Retensi {
        maks_hari_ini: 1,
        maks_total: 1,
    };
    let terakhir = snapshot::ambil(&b, jam(11), "manual", satu).unwrap();
    tenang(&b).await;
    let (isi, dingin, _) = web::muat_awal().await.unwrap();
    let tersisa: Vec<&String> = isi
        .keys()
        .chain(&dingin)
        .filter(|k| k.contains("snapshot"))
        .collect();
    assert_eq!(tersisa.len(), 2, "{tersisa:?}");
    assert!(tersisa.iter().all(|k| k.ends_with(&terakhir.id)));
}
