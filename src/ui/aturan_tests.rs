use super::*;
use crate::domain::{Predikat, Rating};
use crate::store::rekaman::{self, JenisRecord};
use crate::store::MemoryStore;

fn kotak(rb: &Rulebook) -> Predikat {
    rb.kuadran[&Rating::DiatasEkspektasi][&Rating::DiatasEkspektasi]
}

fn tulis(store: &MemoryStore, id: &str, rb: &Rulebook, basis: Option<u64>, waktu: &str) {
    let v = serde_json::to_value(rb).unwrap();
    rekaman::tulis(store, JenisRecord::Rulebook, id, v, basis, waktu).unwrap();
}

#[test]
fn the_agency_rulebook_written_last_is_in_force_until_it_is_deleted() {
    let store = MemoryStore::new();
    pasang_dari(&store);
    assert!(!Rulebook::milik_instansi());
    assert_eq!(kotak(Rulebook::aktif()), Predikat::SangatBaik);

    // An agency that rates the top cell one step lower, sent by its admin.
    let mut rb = Rulebook::bawaan().clone();
    rb.id = "bkd-contoh".into();
    rb.kuadran
        .get_mut(&Rating::DiatasEkspektasi)
        .unwrap()
        .insert(Rating::DiatasEkspektasi, Predikat::Baik);
    tulis(
        &store,
        "rb-lama",
        Rulebook::bawaan(),
        None,
        "2026-01-01T08:00:00+07:00",
    );
    tulis(&store, "rb-baru", &rb, None, "2026-02-01T08:00:00+07:00");
    pasang_dari(&store);
    assert!(Rulebook::milik_instansi());
    assert_eq!(Rulebook::aktif().id, "bkd-contoh");
    assert_eq!(kotak(Rulebook::aktif()), Predikat::Baik);
    // A label it lacks reads from the built-in one.
    assert_ne!(
        Rulebook::aktif().teks("galat.tanggal_di_luar_skp", crate::domain::Bahasa::Id),
        "galat.tanggal_di_luar_skp"
    );

    // Deleted: the one written before it is in force again.
    rekaman::hapus(
        &store,
        JenisRecord::Rulebook,
        "rb-baru",
        1,
        "2026-03-01T08:00:00+07:00",
    )
    .unwrap();
    pasang_dari(&store);
    assert_eq!(kotak(Rulebook::aktif()), Predikat::SangatBaik);

    // One that contradicts itself is not put in force, half or whole.
    let mut rusak = serde_json::to_value(&rb).unwrap();
    rusak["kuadran"]["diatas_ekspektasi"]
        .as_object_mut()
        .unwrap()
        .remove("diatas_ekspektasi");
    rekaman::tulis(
        &store,
        JenisRecord::Rulebook,
        "rb-rusak",
        rusak,
        None,
        "2026-04-01T08:00:00+07:00",
    )
    .unwrap();
    pasang_dari(&store);
    assert!(!Rulebook::milik_instansi());
    assert_eq!(kotak(Rulebook::aktif()), Predikat::SangatBaik);
}

#[test]
fn about_names_the_stored_rulebook_without_decoding_it() {
    let store = MemoryStore::new();
    assert_eq!(nama_tersimpan(&store, crate::domain::Bahasa::Id), None);
    let mut rb = Rulebook::bawaan().clone();
    rb.id = "bkd-contoh".into();
    rb.versi = "2027.1".into();
    rb.nama.id = "Buku aturan BKD Contoh".into();
    tulis(&store, "rb", &rb, None, "2026-02-01T08:00:00+07:00");
    assert_eq!(
        nama_tersimpan(&store, crate::domain::Bahasa::Id).as_deref(),
        Some("Buku aturan BKD Contoh · 2027.1 (bkd-contoh)")
    );
}

/// Records written on devices in different time zones are ordered by the instant: 10:30 in
/// Makassar (+08) is before 10:00 in Jakarta (+07).
#[test]
fn the_rulebook_written_last_is_found_across_time_zones() {
    let store = MemoryStore::new();
    let mut a = Rulebook::bawaan().clone();
    a.id = "ditulis-kemudian".into();
    let mut b = Rulebook::bawaan().clone();
    b.id = "ditulis-dahulu".into();
    tulis(&store, "rb-jakarta", &a, None, "2026-02-01T10:00:00+07:00");
    tulis(&store, "rb-makassar", &b, None, "2026-02-01T10:30:00+08:00");
    let nama = nama_tersimpan(&store, crate::domain::Bahasa::Id).unwrap();
    assert!(nama.ends_with("(ditulis-kemudian)"), "{nama}");
}

/// About does not name a stored rulebook as the one in use when it failed the check.
#[test]
fn about_says_a_rulebook_that_failed_its_check_is_not_in_force() {
    let store = MemoryStore::new();
    let mut rusak = serde_json::to_value(Rulebook::bawaan()).unwrap();
    rusak["id"] = "bkd-rusak".into();
    rusak["kuadran"]["diatas_ekspektasi"]
        .as_object_mut()
        .unwrap()
        .remove("diatas_ekspektasi");
    rekaman::tulis(
        &store,
        JenisRecord::Rulebook,
        "rb-rusak",
        rusak,
        None,
        "2026-04-01T08:00:00+07:00",
    )
    .unwrap();
    pasang_dari(&store);
    let nama = nama_tersimpan(&store, crate::domain::Bahasa::Id).unwrap();
    assert!(
        nama.starts_with(crate::domain::RULEBOOK_ID) && nama.contains("tidak berlaku"),
        "{nama}"
    );
}
