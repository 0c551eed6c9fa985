//! IndexedDB's layout in a real browser (wasm-bindgen-test, headless Chromium): records are
//! stored packed in buckets (a thousand-odd values however many records) of UTF-8 bytes read
//! back whole, and a database the previous version wrote (version 1: one value per record)
//! opens, reads whole, and has its records moved into buckets by the writer's first
//! transaction, none lost or changed; one of version 2 (bucket texts as strings) reads as it
//! is, a bucket written again as bytes.
#![cfg(target_arch = "wasm32")]

use kinerjaku::store::idb::{ember, web, IdbStore};
use kinerjaku::store::rekaman::{self, JenisRecord};
use kinerjaku::store::KvStore;
use kinerjaku::ui::penyimpanan::{buka, KAIT};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::Arc;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod bantu;

const T1: &str = "2026-11-22T09:00:00+07:00";

async fn js(kode: &str) -> Value {
    let janji: js_sys::Promise = js_sys::eval(kode).unwrap().into();
    let v = JsFuture::from(janji).await.unwrap();
    v.as_string()
        .map_or(Value::Null, |s| serde_json::from_str(&s).unwrap())
}

/// Waits until nothing is pending and the writer has stopped.
async fn tenang(s: &dyn KvStore, idb: Option<&IdbStore>) {
    for _ in 0..500 {
        if s.tertunda() == 0 && idb.is_none_or(|i| !i.tunda().bekerja) {
            return;
        }
        bantu::tidur(10).await;
    }
    panic!("the writer never stopped");
}

/// What the database holds, read by plain JavaScript: `data`'s keys and `ember`'s values.
async fn isi_mentah() -> (Vec<String>, usize) {
    let v = js(r#"(async () => {
        const db = await new Promise((ok, no) => { const r = indexedDB.open('kinerjaku'); r.onsuccess = () => ok(r.result); r.onerror = no; });
        const t = db.transaction(['data', 'ember'], 'readonly');
        const ambil = (r) => new Promise((ok, no) => { r.onsuccess = () => ok(r.result); r.onerror = no; });
        const data = await ambil(t.objectStore('data').getAllKeys());
        const ember = await ambil(t.objectStore('ember').count());
        db.close();
        return JSON.stringify({ data, ember });
    })()"#)
    .await;
    let data = v["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap().to_string())
        .collect();
    (data, v["ember"].as_u64().unwrap() as usize)
}

/// A database as an earlier release left it, written by plain JavaScript: version `versi`
/// with object stores `toko`, filled by `isi` (statements over the read-write transaction
/// `t`), and `meta` (a JavaScript object) as its meta.
async fn db_lama(versi: u32, toko: &[&str], isi: &str, meta: &str) {
    let toko = serde_json::to_string(toko).unwrap();
    js(&format!(
        r#"(async () => {{
        await new Promise((ok, no) => {{ const r = indexedDB.deleteDatabase('kinerjaku'); r.onsuccess = ok; r.onerror = no; }});
        const db = await new Promise((ok, no) => {{
            const r = indexedDB.open('kinerjaku', {versi});
            r.onupgradeneeded = () => {{ for (const s of {toko}) r.result.createObjectStore(s); }};
            r.onsuccess = () => ok(r.result); r.onerror = no;
        }});
        const t = db.transaction({toko}, 'readwrite');
        {isi}
        t.objectStore('meta').put(JSON.stringify({meta}), 'meta');
        await new Promise((ok, no) => {{ t.oncomplete = ok; t.onabort = no; }});
        db.close();
        return null;
    }})()"#
    ))
    .await;
}

fn r(id: &str) -> String {
    rekaman::kunci("skp", id)
}

/// A store on an emptied database, as a fresh start opens it.
async fn kosong() -> IdbStore {
    web::buka().await.unwrap();
    web::kosongkan().await.unwrap();
    let (isi, meta) = web::muat().await.unwrap();
    IdbStore::baru(isi, meta.gen, Arc::new(kinerjaku::store::LocalStore), KAIT)
}

fn rekaman_teks(i: usize) -> String {
    json!({"id": format!("p{i}"), "type": "skp", "revision": 1, "updated_at": T1, "deleted": false, "data": {"i": i, "nama": "Sri Wahyuni 🌾"}, "schema_version": 1}).to_string()
}

#[wasm_bindgen_test]
async fn two_thousand_records_are_stored_in_at_most_a_thousand_and_twenty_four_values() {
    let s = kosong().await;
    let ubah: Vec<(String, Option<String>)> = (0..2000)
        .map(|i| (r(&format!("p{i}")), Some(rekaman_teks(i))))
        .collect();
    s.tulis_banyak(&ubah).unwrap();
    s.put("kinerjaku.v1.snapshot.1", "{}").unwrap();
    tenang(&s, Some(&s)).await;
    let (data, n_ember) = isi_mentah().await;
    assert_eq!(
        data,
        ["kinerjaku.v1.snapshot.1"],
        "records are not stored one per key"
    );
    assert!(
        n_ember > 850 && n_ember <= ember::JUMLAH as usize,
        "{n_ember}"
    );
    let (baca, _) = web::muat().await.unwrap();
    assert_eq!(baca.len(), 2001);
    for (k, v) in &ubah {
        assert_eq!(baca.get(k), v.as_ref(), "{k}");
    }
}

#[wasm_bindgen_test]
async fn a_bucket_is_stored_as_utf8_bytes_and_read_back_whole() {
    let s = kosong().await;
    // Characters of one, two, three and four bytes, and a long ASCII run before the first
    // that is not.
    let k = r("beragam");
    let teks = json!({
        "nama": "Ni Luh Putu Ayu Suastini \u{e9} \u{2713} \u{1f600}",
        "catatan": format!("{}\u{fc}", "x".repeat(5000)),
    })
    .to_string();
    s.put(&k, &teks).unwrap();
    tenang(&s, Some(&s)).await;
    assert_eq!(jenis_ember().await[&ember::nomor(&k)], "bytes");
    let (baca, _) = web::muat().await.unwrap();
    assert_eq!(baca.get(&k), Some(&teks));
}

#[wasm_bindgen_test]
async fn a_version_1_database_opens_reads_whole_and_its_records_move_into_buckets() {
    // The database as the previous release left it: version 1, no `ember`, one value per key.
    web::tutup();
    let mut lama: BTreeMap<String, String> = (0..300)
        .map(|i| (r(&format!("p{i}")), rekaman_teks(i)))
        .collect();
    lama.insert(
        "kinerjaku.v1.snapshot.20261122T090000000".into(),
        r#"{"info":{},"data":{}}"#.into(),
    );
    lama.insert(
        "kinerjaku.v1.quarantine.r.skp.rusak.1".into(),
        "{rusak".into(),
    );
    let entri = serde_json::to_string(&lama).unwrap();
    db_lama(
        1,
        &["data", "meta"],
        &format!("for (const [k, v] of Object.entries({entri})) t.objectStore('data').put(v, k);"),
        "{ gen: 4, hidup: true, log: [] }",
    )
    .await;

    // Start-up: version 2 opens it, reads everything, and the writer moves the records.
    let (store, kabar) = buka().await;
    assert_eq!(kabar, None);
    assert_eq!(store.nama(), "IndexedDB");
    for (k, v) in &lama {
        assert_eq!(store.get(k).unwrap().as_deref(), Some(v.as_str()), "{k}");
    }
    for _ in 0..300 {
        if !web::meta().await.unwrap().lawas {
            break;
        }
        bantu::tidur(10).await;
    }
    let meta = web::meta().await.unwrap();
    assert!(!meta.lawas, "moved");
    assert_eq!(meta.gen, 4, "no value changed: nothing for other tabs");
    let (data, n_ember) = isi_mentah().await;
    assert_eq!(
        data,
        [
            "kinerjaku.v1.quarantine.r.skp.rusak.1",
            "kinerjaku.v1.snapshot.20261122T090000000"
        ]
    );
    assert!(n_ember > 200, "{n_ember}");
    // A reload reads exactly what the previous version stored, and saves land as before.
    let (lagi, _) = buka().await;
    let (isi, _) = web::muat().await.unwrap();
    assert_eq!(isi, lama);
    rekaman::tulis(
        lagi.as_ref(),
        JenisRecord::Skp,
        "baru",
        json!({"x": 1}),
        None,
        T1,
    )
    .unwrap();
    tenang(lagi.as_ref(), None).await;
    assert_eq!(web::muat().await.unwrap().0.len(), lama.len() + 1);
    assert_eq!(rekaman::muat_semua(lagi.as_ref()).unwrap().0.len(), 301);
}

/// The type of each stored bucket value, by bucket number, read by plain JavaScript.
async fn jenis_ember() -> BTreeMap<u32, String> {
    let v = js(r#"(async () => {
        const db = await new Promise((ok, no) => { const r = indexedDB.open('kinerjaku'); r.onsuccess = () => ok(r.result); r.onerror = no; });
        const t = db.transaction(['ember'], 'readonly');
        const ambil = (r) => new Promise((ok, no) => { r.onsuccess = () => ok(r.result); r.onerror = no; });
        const k = await ambil(t.objectStore('ember').getAllKeys());
        const v = await ambil(t.objectStore('ember').getAll());
        db.close();
        return JSON.stringify(k.map((n, i) => [n, v[i] instanceof Uint8Array ? 'bytes' : typeof v[i]]));
    })()"#)
    .await;
    serde_json::from_value::<Vec<(u32, String)>>(v)
        .unwrap()
        .into_iter()
        .collect()
}

#[wasm_bindgen_test]
async fn a_version_2_database_keeps_its_text_buckets_readable_and_a_write_makes_one_bytes() {
    // As the previous release left it: version 2, each bucket's text stored as a string.
    web::tutup();
    let (a, b) = (r("dua-a"), r("dua-b"));
    assert_ne!(ember::nomor(&a), ember::nomor(&b));
    let ember_lama = serde_json::to_string(&[
        (
            ember::nomor(&a),
            ember::tulis([(a.as_str(), rekaman_teks(1).as_str())]),
        ),
        (
            ember::nomor(&b),
            ember::tulis([(b.as_str(), rekaman_teks(2).as_str())]),
        ),
    ])
    .unwrap();
    db_lama(
        2,
        &["data", "ember", "meta"],
        &format!("for (const [n, teks] of {ember_lama}) t.objectStore('ember').put(teks, n);"),
        "{ gen: 7, hidup: true, lawas: false, log: [] }",
    )
    .await;

    let (store, kabar) = buka().await;
    assert_eq!(kabar, None);
    assert_eq!(store.get(&a).unwrap(), Some(rekaman_teks(1)));
    assert_eq!(store.get(&b).unwrap(), Some(rekaman_teks(2)));
    // A write: its bucket is stored as bytes, the other stays as it was and still reads.
    store.put(&a, &rekaman_teks(3)).unwrap();
    tenang(store.as_ref(), None).await;
    let jenis = jenis_ember().await;
    assert_eq!(jenis[&ember::nomor(&a)], "bytes");
    assert_eq!(jenis[&ember::nomor(&b)], "string");
    let (isi, meta) = web::muat().await.unwrap();
    assert_eq!(isi.get(&a), Some(&rekaman_teks(3)));
    assert_eq!(isi.get(&b), Some(&rekaman_teks(2)));
    assert_eq!(meta.gen, 8);
    let (lagi, _) = buka().await;
    assert_eq!(lagi.get(&a).unwrap(), Some(rekaman_teks(3)));
    assert_eq!(lagi.get(&b).unwrap(), Some(rekaman_teks(2)));
}
