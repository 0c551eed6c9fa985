//! Component tests: the real app mounted in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use kinerjaku::store::{settings, KvStore, LocalStore, MemoryStore};
use kinerjaku::ui::App;
use leptos::mount::mount_to;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod bantu;
use bantu::{document, host, ketik, nilai, q, settle, tab_lain_menulis, text};

fn mount(el: &web_sys::HtmlElement, store: Arc<dyn KvStore>) -> impl Drop {
    mount_to(el.clone(), move || view! { <App store=store.clone()/> })
}

#[wasm_bindgen_test]
async fn welcome_requires_a_role_then_greets_and_saves() {
    let el = host("#/");
    let store = MemoryStore::new();
    let _m = mount(&el, Arc::new(store.clone()));
    settle().await;
    assert_eq!(text(&el, "h1"), "Selamat datang di KinerjaKu");

    q(&el, "[data-testid=mulai]").click();
    settle().await;
    assert!(el
        .query_selector("[data-testid=galat-peran]")
        .unwrap()
        .is_some());
    assert_eq!(store.get(&settings::settings_key()).unwrap(), None);

    q(&el, "#peran-pejabat_penilai").click();
    let nama: web_sys::HtmlInputElement = q(&el, "#nama-panggilan").unchecked_into();
    nama.set_value("Sari");
    nama.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    q(&el, "[data-testid=mulai]").click();
    settle().await;

    assert_eq!(text(&el, "[data-testid=salam]"), "Halo, Sari");
    assert!(text(&el, "[data-testid=peran-aktif]").contains("Pejabat Penilai"));
    let (saved, _) = settings::load(&store);
    assert_eq!(saved.peran, Some(kinerjaku::store::Peran::PejabatPenilai));
    assert_eq!(saved.nama, "Sari");
}

#[wasm_bindgen_test]
async fn language_switch_changes_text_and_document_lang() {
    let el = host("#/tentang");
    let _m = mount(&el, Arc::new(MemoryStore::new()));
    settle().await;
    assert_eq!(text(&el, "h1"), "Tentang & Pengaturan");
    q(&el, "[data-testid=ganti-bahasa]").click();
    settle().await;
    assert_eq!(text(&el, "h1"), "About & Settings");
    let lang = document().document_element().unwrap().get_attribute("lang");
    assert_eq!(lang.as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn hash_change_switches_page() {
    let el = host("#/");
    let _m = mount(&el, Arc::new(MemoryStore::new()));
    settle().await;
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/tentang")
        .unwrap();
    // `hashchange` is dispatched asynchronously by the browser.
    for _ in 0..50 {
        settle().await;
        if text(&el, "h1") == "Tentang & Pengaturan" {
            break;
        }
        bantu::tidur(20).await;
    }
    assert_eq!(text(&el, "h1"), "Tentang & Pengaturan");
}

#[wasm_bindgen_test]
async fn full_quota_shows_blocking_banner_and_keeps_the_change_on_screen() {
    let el = host("#/");
    // Too small for any settings record: every save hits the quota.
    let store = MemoryStore::with_capacity(16);
    let _m = mount(&el, Arc::new(store.clone()));
    settle().await;
    q(&el, "#peran-pegawai").click();
    q(&el, "[data-testid=mulai]").click();
    settle().await;
    let banner = text(&el, "[data-testid=banner-penyimpanan]");
    assert!(banner.contains("Penyimpanan perangkat penuh"), "{banner}");
    // The choice is kept in memory and shown, not dropped.
    assert!(text(&el, "[data-testid=peran-aktif]").contains("Pegawai"));
    assert_eq!(store.get(&settings::settings_key()).unwrap(), None);
}

/// An unreadable record is set aside and named once the app is on screen (the check runs
/// after the first paint); the readable ones stay where they are. What start-up already said
/// (storage fell back to localStorage, the settings were unreadable) stays beside it: each
/// notice has its own banner.
#[wasm_bindgen_test]
async fn a_corrupt_record_is_set_aside_and_named_after_start() {
    use kinerjaku::store::rekaman::{kunci, tulis, JenisRecord};
    use kinerjaku::store::StoreError;
    use kinerjaku::ui::state::Pemberitahuan;
    let el = host("#/");
    let store = MemoryStore::new();
    store.put(&settings::settings_key(), "{rusak").unwrap();
    tulis(
        &store,
        JenisRecord::Skp,
        "baik",
        serde_json::json!({"a": 1}),
        None,
        "2026-11-22T09:00:00+07:00",
    )
    .unwrap();
    store.put(&kunci("skp", "rusak"), "{\"id\": ").unwrap();
    let s: Arc<dyn KvStore> = Arc::new(store.clone());
    let awal = vec![Pemberitahuan::TanpaIdb(StoreError::Other(
        "UnknownError".into(),
    ))];
    let _m = mount_to(
        el.clone(),
        move || view! { <App store=s.clone() awal=awal.clone()/> },
    );
    settle().await;
    let banner = || {
        let semua = el
            .query_selector_all("[data-testid=banner-penyimpanan]")
            .unwrap();
        (0..semua.length())
            .filter_map(|i| semua.item(i)?.text_content())
            .collect::<Vec<_>>()
    };
    bantu::tunggu_waktu("the third banner", || banner().len() == 3).await;
    let b = banner();
    assert!(b[0].contains("UnknownError"), "{b:?}");
    assert!(b[1].contains("kinerjaku.v1.quarantine.settings.1"), "{b:?}");
    assert!(
        b[2].contains("kinerjaku.v1.quarantine.r.skp.rusak.1"),
        "{b:?}"
    );
    assert_eq!(
        store
            .get("kinerjaku.v1.quarantine.r.skp.rusak.1")
            .unwrap()
            .as_deref(),
        Some("{\"id\": ")
    );
    assert_eq!(store.get(&kunci("skp", "rusak")).unwrap(), None);
    assert!(store.get(&kunci("skp", "baik")).unwrap().is_some());
}

#[wasm_bindgen_test]
async fn corrupt_settings_are_reported_and_quarantined() {
    let el = host("#/");
    let store = MemoryStore::new();
    store.put(&settings::settings_key(), "{rusak").unwrap();
    let _m = mount(&el, Arc::new(store.clone()));
    settle().await;
    let banner = text(&el, "[data-testid=banner-penyimpanan]");
    assert!(
        banner.contains("kinerjaku.v1.quarantine.settings.1"),
        "{banner}"
    );
    assert_eq!(
        store
            .get("kinerjaku.v1.quarantine.settings.1")
            .unwrap()
            .as_deref(),
        Some("{rusak")
    );
    // The app still starts: the welcome screen is there.
    assert_eq!(text(&el, "h1"), "Selamat datang di KinerjaKu");
}

#[wasm_bindgen_test]
async fn local_storage_backend_round_trips_and_verifies() {
    let s = LocalStore;
    let key = "kinerjaku.v1.test-roundtrip";
    s.put(key, "nilai ✓").unwrap();
    assert_eq!(s.get(key).unwrap().as_deref(), Some("nilai ✓"));
    assert!(s.keys().unwrap().iter().any(|k| k == key));
    assert!(s.bytes_used().unwrap() > 0);
    s.remove(key).unwrap();
    assert_eq!(s.get(key).unwrap(), None);
}

#[wasm_bindgen_test]
async fn backups_screen_lists_makes_and_restores_snapshots() {
    use kinerjaku::store::snapshot;
    let el = host("#/cadangan");
    let store = MemoryStore::new();
    store
        .put(
            &settings::settings_key(),
            r#"{"schema_version":1,"bahasa":"id","peran":"pegawai","nama":"Lama"}"#,
        )
        .unwrap();
    // A record: settings alone are no reason for an automatic backup.
    store
        .put(
            "kinerjaku.v1.r.catatan.1",
            r#"{"id":"1","type":"catatan","revision":1,"updated_at":"2026-01-02T08:00:00+07:00","deleted":false,"data":{},"schema_version":1}"#,
        )
        .unwrap();
    let _m = mount(&el, Arc::new(store.clone()));
    settle().await;
    // Data existed at start-up, so an automatic backup was taken (once the screen settled).
    assert_eq!(text(&el, "h1"), "Cadangan & pemulihan");
    let rows = || {
        el.query_selector_all("[data-testid=daftar-cadangan] tbody tr")
            .unwrap()
            .length()
    };
    bantu::tunggu_waktu("the automatic backup", || rows() > 0).await;
    settle().await;
    assert_eq!(rows(), 1);
    assert!(text(&el, "[data-testid=daftar-cadangan]").contains("Otomatis"));

    q(&el, "[data-testid=buat-cadangan]").click();
    settle().await;
    assert_eq!(rows(), 2);
    assert!(text(&el, "[data-testid=status-cadangan]").contains("Cadangan dibuat"));

    // Change the data behind the app, then restore the newest backup through the screen.
    store
        .put(
            &settings::settings_key(),
            r#"{"schema_version":1,"bahasa":"id","peran":"pegawai","nama":"Baru"}"#,
        )
        .unwrap();
    q(&el, "[data-testid=daftar-cadangan] tbody tr button").click();
    settle().await;
    q(&el, "[data-testid=ya-pulihkan]").click();
    settle().await;
    let (s, _) = settings::load(&store);
    assert_eq!(s.nama, "Lama");
    assert!(snapshot::daftar(&store)
        .unwrap()
        .iter()
        .any(|i| i.alasan == "sebelum_pemulihan"));
    q(&el, "[data-testid=urungkan-pemulihan]").click();
    settle().await;
    assert_eq!(settings::load(&store).0.nama, "Baru");
}

#[wasm_bindgen_test]
async fn profile_checks_the_nip_live_and_saves_a_record() {
    use kinerjaku::store::rekaman;
    let el = host("#/profil");
    let store = MemoryStore::new();
    store
        .put(
            &settings::settings_key(),
            r#"{"schema_version":1,"bahasa":"id","peran":"pegawai","nama":"Sari"}"#,
        )
        .unwrap();
    let _m = mount(&el, Arc::new(store.clone()));
    settle().await;
    assert_eq!(text(&el, "h1"), "Profil pegawai");

    ketik(&el, "#p-nip", "19861326 201505 1 001");
    settle().await;
    assert!(text(&el, "[data-testid=nip-galat]").contains("bukan tanggal"));
    ketik(&el, "#p-nip", "19860926 201505 2 001");
    settle().await;
    let terbaca = text(&el, "[data-testid=nip-terbaca]");
    assert!(
        terbaca.contains("26-09-1986")
            && terbaca.contains("perempuan")
            && terbaca.contains("05/2015"),
        "{terbaca}"
    );

    // Saving without golongan and jenjang names both problems and writes nothing.
    q(&el, "[data-testid=simpan-profil]").click();
    settle().await;
    let masalah = text(&el, "[data-testid=profil-masalah]");
    assert!(
        masalah.contains("Golongan") && masalah.contains("Jenjang"),
        "{masalah}"
    );
    assert!(rekaman::muat_semua(&store).unwrap().0.is_empty());

    ketik(&el, "#p-nama", "Sari Wulandari");
    let pilih = |sel: &str, v: &str| {
        let s: web_sys::HtmlSelectElement = q(&el, sel).unchecked_into();
        s.set_value(v);
        s.dispatch_event(&web_sys::Event::new("change").unwrap())
            .unwrap();
    };
    pilih("#p-golongan", "III/a");
    pilih("#p-jenjang", "ahli_pertama");
    q(&el, "[data-testid=simpan-profil]").click();
    settle().await;
    assert_eq!(
        text(&el, "[data-testid=status-profil]"),
        "Profil tersimpan."
    );
    let (semua, _) = rekaman::muat_semua(&store).unwrap();
    assert_eq!(semua.len(), 1);
    assert_eq!(semua[0].data["nip"], "198609262015052001");
    assert_eq!(semua[0].revisi, 1);
    assert_eq!(settings::load(&store).0.nip, "198609262015052001");
}

#[wasm_bindgen_test]
async fn profile_follows_storage_until_typed_then_keeps_the_typing() {
    use kinerjaku::domain::pegawai::Pegawai;
    use kinerjaku::store::profil::id_profil;
    use kinerjaku::store::rekaman::{self, JenisRecord};
    let nip = "198609262015052001";
    let store = MemoryStore::new();
    store
        .put(
            &settings::settings_key(),
            &format!(r#"{{"schema_version":1,"bahasa":"id","peran":"pegawai","nama":"Sari","nip":"{nip}"}}"#),
        )
        .unwrap();
    let mut p = Pegawai {
        nip: nip.into(),
        nama: "Sari".into(),
        jenis_pegawai: "pns".into(),
        golongan: "III/a".into(),
        jenjang: "ahli_pertama".into(),
        ..Default::default()
    };
    let tulis = |p: &Pegawai, basis| {
        rekaman::tulis_isi(
            &store,
            JenisRecord::Pegawai,
            &id_profil(nip),
            p,
            basis,
            "2026-01-01T00:00:00+07:00",
        )
        .unwrap()
    };
    tulis(&p, None);
    let el = host("#/profil");
    let _m = mount(&el, Arc::new(store.clone()));
    settle().await;
    assert_eq!(nilai(&el, "#p-nama"), "Sari");

    // Not dirty: a newer revision written underneath shows at once.
    p.nama = "Sari Wulandari".into();
    tulis(&p, Some(1));
    tab_lain_menulis();
    settle().await;
    assert_eq!(nilai(&el, "#p-nama"), "Sari Wulandari");

    // Dirty: the typing stays when storage moves on, and a save is refused with the banner.
    ketik(&el, "#p-jabatan", "Analis SDM");
    settle().await;
    p.unit_kerja = "Bagian Kepegawaian".into();
    tulis(&p, Some(2));
    tab_lain_menulis();
    settle().await;
    assert_eq!(nilai(&el, "#p-jabatan"), "Analis SDM");
    q(&el, "[data-testid=simpan-profil]").click();
    settle().await;
    assert!(el
        .query_selector("[data-testid=profil-lebih-baru]")
        .unwrap()
        .is_some());
    assert_eq!(nilai(&el, "#p-jabatan"), "Analis SDM");
    let r = rekaman::baca(&store, JenisRecord::Pegawai, &id_profil(nip))
        .unwrap()
        .unwrap();
    assert_eq!((r.revisi, r.data["jabatan"].as_str()), (3, Some("")));

    // Choosing the stored version drops the draft.
    q(&el, "[data-testid=profil-lebih-baru] button").click();
    settle().await;
    assert_eq!(nilai(&el, "#p-jabatan"), "");
    assert_eq!(nilai(&el, "#p-unit"), "Bagian Kepegawaian");
}
