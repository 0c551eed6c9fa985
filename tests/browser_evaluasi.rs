//! Component tests of the evaluation form in headless Chromium: the predikat follows the
//! kuadran as ratings are chosen, typing never rebuilds the form (the focus stays), the form
//! follows stored data until something is typed and then keeps the typed input when data
//! changes underneath, and saving writes one evaluation record under the period's id. And the
//! admin's agency screens, which share one board of figures counted once per period.
#![cfg(target_arch = "wasm32")]

use kinerjaku::domain::evaluasi::{Evaluasi, JenisPeriode, Periode};
use kinerjaku::domain::progres::Realisasi;
use kinerjaku::domain::skp::{
    Aspek, Iki, JenisRhk, JenisSkp, Pendekatan, Rhk, Skp, StatusSkp, Target,
};
use kinerjaku::store::kinerja::id_evaluasi;
use kinerjaku::store::rekaman::JenisRecord;
use kinerjaku::store::{rekaman, settings, KvStore, MemoryStore};
use kinerjaku::ui::App;
use leptos::mount::mount_to;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod bantu;
use bantu::{host, q, settle};

const NIP_PEGAWAI: &str = "198609262015052001";
const NIP_PENILAI: &str = "197501012000031001";

fn semua(el: &web_sys::HtmlElement, sel: &str) -> Vec<web_sys::HtmlElement> {
    let list = el.query_selector_all(sel).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn pilih(s: &web_sys::HtmlElement, nilai: &str) {
    let s: web_sys::HtmlSelectElement = s.clone().unchecked_into();
    s.set_value(nilai);
    s.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

/// Another tab saved a realisasi for IKI `iki` of `skp-b`: the record lands in storage and the
/// app hears the `storage` event, as it does from a real second tab.
fn realisasi_dari_tab_lain(store: &MemoryStore, id: &str, iki: &str, nilai: f64) {
    let r = Realisasi {
        id: id.into(),
        skp_id: "skp-b".into(),
        iki_id: iki.into(),
        tanggal: chrono::NaiveDate::from_ymd_opt(2026, 4, 10).unwrap(),
        nilai: Some(nilai),
        catatan: String::new(),
        bukti: Vec::new(),
    };
    rekaman::tulis(
        store,
        JenisRecord::Realisasi,
        id,
        serde_json::to_value(&r).unwrap(),
        None,
        "2026-04-10T08:00:00+07:00",
    )
    .unwrap();
    let ev = web_sys::StorageEvent::new("storage").unwrap();
    web_sys::window().unwrap().dispatch_event(&ev).unwrap();
}

fn nilai_area(el: &web_sys::HtmlElement, sel: &str) -> String {
    q(el, sel)
        .unchecked_into::<web_sys::HtmlTextAreaElement>()
        .value()
}

fn skp_disetujui() -> Skp {
    let d = |m, h| chrono::NaiveDate::from_ymd_opt(2026, m, h).unwrap();
    let mut s = Skp::baru(
        "skp-b",
        NIP_PEGAWAI,
        JenisSkp::JaJf,
        Pendekatan::Kuantitatif,
        d(1, 1),
        d(12, 31),
    );
    s.status = StatusSkp::Disetujui { pada: d(1, 20) };
    for (i, jenis) in [JenisRhk::Utama, JenisRhk::Tambahan]
        .into_iter()
        .enumerate()
    {
        s.rhk.push(Rhk {
            id: format!("r{i}"),
            jenis,
            uraian: format!("RHK nomor {i}"),
            rhk_atasan_id: None,
            rhk_atasan_uraian: String::new(),
            penugasan_dari: String::new(),
            perspektif: None,
            iki: vec![Iki {
                id: format!("i{i}"),
                aspek: Aspek::Kuantitas,
                indikator: "Jumlah".into(),
                target: Target::Angka {
                    nilai: 2.0,
                    satuan: "dokumen".into(),
                },
                akumulasi: Default::default(),
                akumulasi_dipilih: false,
            }],
        });
    }
    s
}

#[wasm_bindgen_test]
async fn ratings_drive_the_kuadran_typing_keeps_focus_and_saving_writes_the_period() {
    let el = host("#/evaluasi");
    let store = MemoryStore::new();
    let pengaturan = format!(
        r#"{{"schema_version":1,"bahasa":"id","peran":"pejabat_penilai","nama":"Budi","nip":"{NIP_PENILAI}"}}"#
    );
    store.put(&settings::settings_key(), &pengaturan).unwrap();
    let skp = skp_disetujui();
    rekaman::tulis(
        &store,
        JenisRecord::Skp,
        &skp.id,
        serde_json::to_value(&skp).unwrap(),
        None,
        "2026-01-20T08:00:00+07:00",
    )
    .unwrap();
    let dyn_store: Arc<dyn KvStore> = Arc::new(store.clone());
    let _m = mount_to(el.clone(), move || view! { <App store=dyn_store.clone()/> });
    settle().await;

    pilih(&q(&el, "#ev-jenis"), "triwulanan");
    settle().await;
    pilih(&q(&el, "#ev-periode"), "2026-2");
    settle().await;
    assert_eq!(semua(&el, "[data-testid=ev-rhk]").len(), 2);
    assert!(el
        .query_selector("[data-testid=kuadran-terpilih]")
        .unwrap()
        .is_none());
    assert!(
        !q(&el, "#ev-periode")
            .unchecked_into::<web_sys::HtmlSelectElement>()
            .value()
            .is_empty(),
        "the period select shows the chosen period"
    );

    // Nothing typed yet: the form follows storage (the prefilled realisasi appears).
    assert_eq!(nilai_area(&el, "#ev-realisasi-r0"), "");
    realisasi_dari_tab_lain(&store, "re-1", "i0", 1.0);
    settle().await;
    assert!(
        nilai_area(&el, "#ev-realisasi-r0").starts_with("Jumlah: 1 dokumen"),
        "the fresh form is derived from stored data"
    );

    // Typing in a field keeps that very field focused: the form is not rebuilt per keystroke.
    let umpan = q(&el, "textarea[id^=ev-umpan-]");
    umpan.focus().unwrap();
    let ta: web_sys::HtmlTextAreaElement = umpan.clone().unchecked_into();
    ta.set_value("Tepat waktu");
    umpan
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    let aktif = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert!(
        aktif.is_same_node(Some(&umpan)),
        "focus left the field being typed in"
    );

    // Data changing underneath (another tab saves a realisasi) keeps the unsaved input.
    realisasi_dari_tab_lain(&store, "re-2", "i0", 5.0);
    settle().await;
    assert_eq!(nilai_area(&el, "textarea[id^=ev-umpan-]"), "Tepat waktu");
    assert!(nilai_area(&el, "#ev-realisasi-r0").starts_with("Jumlah: 1 dokumen"));
    let aktif = bantu::document().active_element().unwrap();
    assert!(
        aktif.is_same_node(Some(&umpan)),
        "a data change rebuilt the form"
    );

    let rating = semua(&el, "[data-testid=ev-rhk] [data-testid=pilih-rating]");
    pilih(&rating[0], "diatas_ekspektasi");
    pilih(&rating[1], "diatas_ekspektasi");
    settle().await;
    assert!(q(&el, "[data-testid=saran-rating]")
        .text_content()
        .unwrap()
        .contains("Di Atas Ekspektasi"));
    pilih(&q(&el, "#ev-rating-hasil"), "diatas_ekspektasi");
    pilih(&q(&el, "#ev-rating-perilaku"), "sesuai_ekspektasi");
    settle().await;
    // Di atas × sesuai is Baik on the kuadran.
    assert_eq!(
        q(&el, "[data-testid=predikat]").text_content().unwrap(),
        "Predikat kinerja: Baik"
    );
    assert!(q(&el, "[data-testid=kuadran-terpilih]")
        .text_content()
        .unwrap()
        .starts_with("Baik"));
    pilih(&q(&el, "#ev-rating-perilaku"), "diatas_ekspektasi");
    settle().await;
    assert_eq!(
        q(&el, "[data-testid=predikat]").text_content().unwrap(),
        "Predikat kinerja: Sangat Baik"
    );

    q(&el, "[data-testid=simpan-evaluasi]").click();
    settle().await;
    assert_eq!(
        q(&el, "[data-testid=status-evaluasi]")
            .text_content()
            .unwrap(),
        "Evaluasi tersimpan."
    );
    let periode = Periode {
        jenis: JenisPeriode::Triwulanan,
        tahun: 2026,
        ke: 2,
    };
    let id = id_evaluasi(&skp.id, &periode);
    let r = rekaman::baca(&store, JenisRecord::Evaluasi, &id)
        .unwrap()
        .expect("the evaluation is stored under its period id");
    assert!(
        r.data.get("predikat").is_none(),
        "derived values are never stored"
    );
    let e: Evaluasi = serde_json::from_value(r.data).unwrap();
    assert_eq!(e.periode, periode);
    assert_eq!(e.penilai_nip, NIP_PENILAI);
    assert_eq!(e.rating_rhk[0].umpan_balik, "Tepat waktu");
    assert_eq!(
        e.predikat(kinerjaku::domain::Rulebook::bawaan()).nilai,
        kinerjaku::domain::Predikat::SangatBaik
    );

    // A save refused because storage moved on (the pegawai's tanggapan arrived) keeps what
    // was typed on screen until the person loads the newer version.
    let ta: web_sys::HtmlTextAreaElement = q(&el, "textarea[id^=ev-umpan-]").unchecked_into();
    ta.set_value("Tepat waktu, rapi");
    ta.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    let mut lain = serde_json::to_value(&e).unwrap();
    lain["rating_rhk"][0]["umpan_balik"] = "Dari tab lain".into();
    rekaman::tulis(
        &store,
        JenisRecord::Evaluasi,
        &id,
        lain,
        Some(r.revisi),
        "2026-07-02T08:00:00+07:00",
    )
    .unwrap();
    q(&el, "[data-testid=simpan-evaluasi]").click();
    settle().await;
    assert!(el
        .query_selector("[data-testid=evaluasi-lebih-baru]")
        .unwrap()
        .is_some());
    assert_eq!(
        nilai_area(&el, "textarea[id^=ev-umpan-]"),
        "Tepat waktu, rapi"
    );
    q(&el, "[data-testid=evaluasi-lebih-baru] button").click();
    settle().await;
    assert_eq!(nilai_area(&el, "textarea[id^=ev-umpan-]"), "Dari tab lain");
}

/// Goes to `hash` as a link does and waits for the element with test id `tanda`. The
/// browser's own `hashchange` comes later, as a task; the app reads the hash either way.
async fn ke(el: &web_sys::HtmlElement, hash: &str, tanda: &str) {
    let w = web_sys::window().unwrap();
    w.location().set_hash(hash).unwrap();
    w.dispatch_event(&web_sys::Event::new("hashchange").unwrap())
        .unwrap();
    let sel = format!("[data-testid={tanda}]");
    bantu::tunggu(tanda, || el.query_selector(&sel).unwrap().is_some()).await;
    settle().await;
}

/// An empty device set up for the admin kepegawaian.
fn toko_admin() -> MemoryStore {
    let store = MemoryStore::new();
    let st = settings::Settings {
        peran: Some(kinerjaku::store::Peran::AdminKepegawaian),
        nama: "Admin".into(),
        ..Default::default()
    };
    settings::save(&store, &st).unwrap();
    store
}

/// The agency screens share one board: the dashboard counts it, a unit opened from it and the
/// way back read it again (10,000 pegawai made each screen recount); a period chosen counts
/// it once more, and every screen shows that period.
#[wasm_bindgen_test]
async fn agency_screens_share_one_board_counted_once_per_period() {
    use kinerjaku::ui::instansi::dasbor::hitungan;
    let el = host("#/instansi");
    let store = toko_admin();
    let _m = mount_to(el.clone(), {
        let store: Arc<dyn KvStore> = Arc::new(store.clone());
        move || view! { <App store=store.clone()/> }
    });
    settle().await;
    let awal = hitungan::baca();
    assert!(awal >= 1, "the dashboard counted the board");
    ke(&el, "#/instansi/unit/-", "judul-unit").await;
    ke(&el, "#/instansi", "tabel-unit").await;
    assert_eq!(
        hitungan::baca(),
        awal,
        "opening a unit and coming back recount nothing"
    );
    let periode = q(&el, "[data-testid=pilih-periode]");
    let lain = semua(&el, "[data-testid=pilih-periode] option")
        .into_iter()
        .map(|o| o.unchecked_into::<web_sys::HtmlOptionElement>().value())
        .find(|v| {
            *v != periode
                .clone()
                .unchecked_into::<web_sys::HtmlSelectElement>()
                .value()
        })
        .expect("another period to choose");
    pilih(&periode, &lain);
    settle().await;
    assert_eq!(hitungan::baca(), awal + 1, "a new period is counted once");
    ke(&el, "#/instansi/unit/-", "judul-unit").await;
    assert_eq!(hitungan::baca(), awal + 1);
    assert_eq!(
        q(&el, "[data-testid=pilih-periode]")
            .unchecked_into::<web_sys::HtmlSelectElement>()
            .value(),
        lain,
        "the unit page shows the period chosen on the dashboard"
    );
}

/// A workspace of more than 2,000 records: an agency screen shows the loading line until the
/// straight reader is installed, then the figures, every profile counted.
#[wasm_bindgen_test]
async fn a_large_workspace_opens_the_agency_dashboard_through_the_straight_reader() {
    use kinerjaku::domain::pegawai::Pegawai;
    use kinerjaku::store::kinerja::pembaca_lurus_terpasang;
    let el = host("#/instansi");
    let store = toko_admin();
    for i in 0..2_001u32 {
        let p = Pegawai {
            nip: format!("1990010120150{i:05}"),
            nama: format!("Pegawai {i}"),
            jenis_pegawai: "pns".into(),
            unit_kerja: "Dinas Contoh".into(),
            ..Default::default()
        };
        let w = "2026-01-05T08:00:00+07:00";
        rekaman::tulis_isi(&store, JenisRecord::Pegawai, &p.nip, &p, None, w).unwrap();
    }
    assert!(!pembaca_lurus_terpasang());
    let _m = mount_to(el.clone(), {
        let store: Arc<dyn KvStore> = Arc::new(store.clone());
        move || view! { <App store=store.clone()/> }
    });
    assert!(
        el.query_selector("[data-testid=layar-memuat]")
            .unwrap()
            .is_some(),
        "the loading line while the reader is fetched"
    );
    settle().await;
    assert!(pembaca_lurus_terpasang());
    assert!(el
        .query_selector("[data-testid=layar-memuat]")
        .unwrap()
        .is_none());
    let pegawai = q(&el, "[data-testid=tabel-ringkasan] tbody tr");
    let teks = pegawai.text_content().unwrap_or_default();
    assert!(teks.contains("Pegawai") && teks.contains("2001"), "{teks}");
}
