//! Component tests of the pegawai's SKP editor in headless Chromium: an SKP of 3 RHK × 3 IKI
//! is written through the screen; typing into one IKI keeps its focus and value, leaves every
//! other field's DOM node in place and re-runs none of the other IKI's fields; saving stores
//! what was typed. The progress screen shows a saved realisasi at once and keeps the other
//! cards' unsaved entries. The admin's pegawai select never shows one person while its form
//! would save for another.
#![cfg(target_arch = "wasm32")]

use kinerjaku::domain::skp::{Skp, Target};
use kinerjaku::store::kinerja::DataKinerja;
use kinerjaku::store::rekaman::JenisRecord;
use kinerjaku::store::{rekaman, settings, KvStore, MemoryStore};
use kinerjaku::ui::skp::draf::hitungan;
use kinerjaku::ui::App;
use leptos::mount::mount_to;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod bantu;
use bantu::{document, host, q, settle};

const NIP: &str = "198609262015052001";

fn semua(el: &web_sys::Element, sel: &str) -> Vec<web_sys::HtmlElement> {
    let list = el.query_selector_all(sel).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

/// Types `teks` as the browser would: the value changes, then `event` fires.
fn isi(e: &web_sys::HtmlElement, teks: &str, event: &str) {
    if let Some(i) = e.dyn_ref::<web_sys::HtmlInputElement>() {
        i.set_value(teks);
    } else if let Some(t) = e.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.set_value(teks);
    }
    e.dispatch_event(&web_sys::Event::new(event).unwrap())
        .unwrap();
}

fn nilai(e: &web_sys::HtmlElement) -> String {
    match e.dyn_ref::<web_sys::HtmlInputElement>() {
        Some(i) => i.value(),
        None => e.unchecked_ref::<web_sys::HtmlTextAreaElement>().value(),
    }
}

/// The IKI id of an IKI fieldset (its inputs are named `<field>-<id>`).
fn id_iki(iki: &web_sys::HtmlElement) -> String {
    q(iki, "input[id^=indikator-]")
        .id()
        .trim_start_matches("indikator-")
        .to_string()
}

/// The app mounted on `#/skp` for a pegawai with a NIP (so the SKP screen is usable).
async fn pegawai_di_skp() -> (web_sys::HtmlElement, MemoryStore, impl Drop) {
    let el = host("#/skp");
    let store = MemoryStore::new();
    let pengaturan = format!(
        r#"{{"schema_version":1,"bahasa":"id","peran":"pegawai","nama":"Sari","nip":"{NIP}"}}"#
    );
    store.put(&settings::settings_key(), &pengaturan).unwrap();
    let dyn_store: Arc<dyn KvStore> = Arc::new(store.clone());
    let m = mount_to(el.clone(), move || view! { <App store=dyn_store.clone()/> });
    settle().await;
    (el, store, m)
}

fn tersimpan(store: &MemoryStore) -> Skp {
    let d = DataKinerja::muat(store).unwrap();
    assert_eq!(d.skp.len(), 1, "one SKP record");
    d.skp[0].isi.clone()
}

#[wasm_bindgen_test]
async fn typing_in_one_iki_touches_only_that_iki_and_saving_stores_what_was_typed() {
    let (el, store, _m) = pegawai_di_skp().await;

    // Create the SKP, then 3 RHK with 3 IKI each, through the screen.
    q(&el, "[data-testid=buat-skp-kirim]").click();
    settle().await;
    assert_eq!(
        q(&el, "[data-testid=skp-status]").text_content().unwrap(),
        "Draf"
    );
    for _ in 0..3 {
        q(&el, "[data-testid=tambah-rhk-utama]").click();
        settle().await;
    }
    for rhk in semua(&el, "[data-testid=rhk]") {
        for _ in 0..2 {
            q(&rhk, "[data-testid=tambah-iki]").click();
            settle().await;
        }
    }
    let rhk = semua(&el, "[data-testid=rhk]");
    assert_eq!(rhk.len(), 3);
    for (r, kartu) in rhk.iter().enumerate() {
        isi(&q(kartu, "textarea"), &format!("RHK {r}"), "input");
        let iki = semua(kartu, "[data-testid=iki]");
        assert_eq!(iki.len(), 3, "3 IKI in RHK {r}");
        for (i, baris) in iki.iter().enumerate() {
            isi(
                &q(baris, "input[id^=indikator-]"),
                &format!("IKI {r}.{i}"),
                "input",
            );
            isi(&q(baris, "input[id^=satuan-]"), "dokumen", "input");
        }
    }
    settle().await;
    q(&el, "[data-testid=simpan-skp]").click();
    settle().await;
    assert_eq!(
        q(&el, "[data-testid=status-skp]").text_content().unwrap(),
        "SKP tersimpan."
    );
    let s = tersimpan(&store);
    assert_eq!(s.rhk.len(), 3);
    assert!(s.rhk.iter().all(|r| r.iki.len() == 3));
    assert_eq!(s.rhk[2].iki[1].indikator, "IKI 2.1");

    // Every field of the editor, and each IKI's id, before typing.
    let medan = || {
        semua(
            &el,
            "[data-testid=rhk] input, [data-testid=rhk] textarea, [data-testid=rhk] select",
        )
    };
    let sebelum = medan();
    let iki: Vec<String> = semua(&el, "[data-testid=iki]").iter().map(id_iki).collect();
    assert_eq!(iki.len(), 9);
    let target = 4; // RHK 2, IKI 2
    let hitung_sebelum: Vec<u32> = iki.iter().map(|i| hitungan::baca(i)).collect();

    // Typing key by key into one IKI's indikator: the first key starts the draft.
    let kolom = q(
        &semua(&el, "[data-testid=iki]")[target],
        "input[id^=indikator-]",
    );
    kolom.focus().unwrap();
    let mut teks = String::from("IKI 1.1");
    for c in " diketik".chars() {
        teks.push(c);
        isi(&kolom, &teks, "input");
        settle().await;
        let aktif = document().active_element().unwrap();
        assert!(
            aktif.is_same_node(Some(&kolom)),
            "focus left the IKI at {teks:?}"
        );
        assert_eq!(nilai(&kolom), teks);
    }

    let sesudah = medan();
    assert_eq!(sesudah.len(), sebelum.len());
    for (a, b) in sebelum.iter().zip(&sesudah) {
        assert!(a.is_same_node(Some(b)), "field {} was re-created", a.id());
    }
    for (k, id) in iki.iter().enumerate() {
        let n = hitungan::baca(id);
        if k == target {
            assert!(
                n > hitung_sebelum[k],
                "the typed IKI's fields follow its value"
            );
        } else {
            assert_eq!(
                n, hitung_sebelum[k],
                "IKI {k}'s fields re-ran while typing in IKI {target}"
            );
        }
    }
    // The draft, not storage, holds the typing until it is saved.
    assert_eq!(tersimpan(&store).rhk[1].iki[1].indikator, "IKI 1.1");

    let angka = q(
        &semua(&el, "[data-testid=iki]")[target],
        "input[id^=nilai-]",
    );
    isi(&angka, "7", "change");
    settle().await;
    q(&el, "[data-testid=simpan-skp]").click();
    settle().await;
    let r = rekaman::baca(&store, JenisRecord::Skp, &s.id)
        .unwrap()
        .unwrap();
    assert_eq!(
        r.revisi, 3,
        "created, saved, saved: each write names the one before"
    );
    let s = tersimpan(&store);
    for (i, rhk) in s.rhk.iter().enumerate() {
        assert_eq!(rhk.uraian, format!("RHK {i}"));
        for (k, x) in rhk.iki.iter().enumerate() {
            let harap = if (i, k) == (1, 1) {
                teks.clone()
            } else {
                format!("IKI {i}.{k}")
            };
            assert_eq!(x.indikator, harap);
        }
    }
    assert_eq!(
        s.rhk[1].iki[1].target,
        Target::Angka {
            nilai: 7.0,
            satuan: "dokumen".into()
        }
    );
    // After the save the screen shows the stored SKP, with the same nodes.
    assert!(q(
        &semua(&el, "[data-testid=iki]")[target],
        "input[id^=indikator-]"
    )
    .is_same_node(Some(&kolom)));
    assert_eq!(nilai(&kolom), teks);
}

/// Progress derives from the data memo: a saved realisasi shows in its card's history at once,
/// its form starts over, and another card's unsaved entry stays as typed.
#[wasm_bindgen_test]
async fn a_saved_realisasi_shows_at_once_and_other_cards_keep_their_typing() {
    let (el, store, _m) = pegawai_di_skp().await;
    q(&el, "[data-testid=buat-skp-kirim]").click();
    settle().await;
    q(&el, "[data-testid=tambah-rhk-utama]").click();
    settle().await;
    q(&q(&el, "[data-testid=rhk]"), "[data-testid=tambah-iki]").click();
    settle().await;
    q(&el, "[data-testid=simpan-skp]").click();
    settle().await;

    let w = web_sys::window().unwrap();
    w.location().set_hash("#/progres").unwrap();
    // The browser's own `hashchange` comes later, as a task; the app reads the hash either way.
    w.dispatch_event(&web_sys::Event::new("hashchange").unwrap())
        .unwrap();
    settle().await;
    let kartu = semua(&el, "[data-testid=kartu-iki]");
    assert_eq!(kartu.len(), 2);
    isi(
        &q(&kartu[1], "input[id^=catatan-]"),
        "belum disimpan",
        "input",
    );
    isi(&q(&kartu[0], "input[id^=nilai-]"), "1", "input");
    isi(
        &q(&kartu[0], "input[id^=catatan-]"),
        "rapat pertama",
        "input",
    );
    q(&kartu[0], "[data-testid=simpan-realisasi]").click();
    settle().await;

    let kartu = semua(&el, "[data-testid=kartu-iki]");
    let riwayat = semua(&kartu[0], "[data-testid=riwayat-realisasi] tbody tr");
    assert_eq!(riwayat.len(), 1);
    assert!(riwayat[0]
        .text_content()
        .unwrap_or_default()
        .contains("rapat pertama"));
    assert_eq!(nilai(&q(&kartu[0], "input[id^=catatan-]")), "");
    assert_eq!(nilai(&q(&kartu[0], "input[id^=nilai-]")), "");
    assert_eq!(
        nilai(&q(&kartu[1], "input[id^=catatan-]")),
        "belum disimpan"
    );
    assert_eq!(DataKinerja::muat(&store).unwrap().realisasi.len(), 1);
}

/// An SKP whose data this version cannot read is not silently missing from the screen: a
/// banner names it, the field and why, and it stays stored.
#[wasm_bindgen_test]
async fn an_unreadable_skp_is_named_in_a_banner_not_silently_left_out() {
    let el = host("#/skp");
    let store = MemoryStore::new();
    let pengaturan = format!(
        r#"{{"schema_version":1,"bahasa":"id","peran":"pegawai","nama":"Sari","nip":"{NIP}"}}"#
    );
    store.put(&settings::settings_key(), &pengaturan).unwrap();
    rekaman::tulis(
        &store,
        JenisRecord::Skp,
        "skp-rusak",
        serde_json::json!({"id": "skp-rusak", "pegawai_nip": NIP}),
        None,
        "2026-11-22T09:00:00+07:00",
    )
    .unwrap();
    let dyn_store: Arc<dyn KvStore> = Arc::new(store.clone());
    let _m = mount_to(el.clone(), move || view! { <App store=dyn_store.clone()/> });
    settle().await;
    let banner = || {
        el.query_selector("[data-testid=banner-penyimpanan]")
            .unwrap()
            .and_then(|b| b.text_content())
            .unwrap_or_default()
    };
    bantu::tunggu_waktu("the banner", || banner().contains("skp-rusak")).await;
    let b = banner();
    assert!(b.starts_with("1 catatan tidak dapat dibaca"), "{b}");
    assert!(b.contains("skp skp-rusak, kolom data"), "{b}");
    assert!(b.contains("tidak ada"), "{b}");
    // Still stored, as it was.
    assert!(store
        .get(&rekaman::kunci("skp", "skp-rusak"))
        .unwrap()
        .is_some());
}

/// A row of the admin's scope: only the NIP and name matter to the select.
fn baris(nip: &str, nama: &str) -> kinerjaku::domain::rekap_instansi::BarisPegawai {
    kinerjaku::domain::rekap_instansi::BarisPegawai {
        nip: nip.into(),
        nama: nama.into(),
        jabatan: String::new(),
        jenjang: String::new(),
        unit_kerja: String::new(),
        unit: None,
        status: kinerjaku::domain::rekap_masukan::StatusSkpRekap::Tanpa,
        skp_id: None,
        predikat: None,
        evaluasi_id: None,
        wajib: false,
    }
}

/// Another unit or period redraws the options in place: a choice the new scope still holds
/// stays shown and chosen, one it no longer holds is cleared (the form would save for a
/// person the select no longer shows).
#[wasm_bindgen_test]
async fn the_pegawai_select_follows_its_scope_and_never_shows_another_person() {
    use kinerjaku::ui::instansi::pilihan::PilihPegawai;
    let el = host("#/instansi");
    let (a, b, c) = (
        "199001012020011001",
        "199002022020012002",
        "199003032020013003",
    );
    let lingkup = RwSignal::new(vec![baris(a, "Ani"), baris(b, "Budi")]);
    let nip = RwSignal::new(String::new());
    let m = mount_to(el.clone(), move || {
        let jangkauan = Memo::new(move |_| lingkup.get());
        view! { <PilihPegawai jangkauan=jangkauan nip=nip id="uji-pegawai" label="Pegawai" pilih="Pilih"/> }
    });
    settle().await;
    let select = || q(&el, "#uji-pegawai").unchecked_into::<web_sys::HtmlSelectElement>();
    select().set_value(b);
    select()
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(nip.get_untracked(), b);
    // Budi stays in scope, now second of three with another before him.
    lingkup.set(vec![baris(c, "Cici"), baris(a, "Ani"), baris(b, "Budi")]);
    settle().await;
    assert_eq!(nip.get_untracked(), b, "a choice still in scope stays");
    assert_eq!(select().value(), b, "and the select shows it");
    // Budi is no longer in scope.
    lingkup.set(vec![baris(c, "Cici"), baris(a, "Ani")]);
    settle().await;
    assert_eq!(nip.get_untracked(), "", "a choice out of scope is cleared");
    assert_eq!(select().value(), "", "the select shows no one chosen");
    drop(m);
}
