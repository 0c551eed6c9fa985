//! An import lands whole or not at all, and its undo reverts its own records only.

use super::*;
use crate::store::jurnal::KUNCI_JURNAL;
use crate::store::rekaman::JenisRecord;
use crate::store::MemoryStore;
use serde_json::json;

fn jam(h: u32) -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
        .unwrap()
        .and_hms_opt(h, 0, 0)
        .unwrap()
}

const JUMLAH: usize = 60;

fn id_catatan(i: usize) -> String {
    format!("7f1c2a4e-1b2c-4d3e-8f4a-{i:012x}")
}

/// The bundle of `JUMLAH` notes that the e2e quota test imports
/// (`tests/e2e/fixtures/enam-puluh-catatan.json`).
fn berkas() -> String {
    let a = MemoryStore::new();
    let kalimat = "Rapat koordinasi penyusunan laporan kinerja triwulan bersama tim. ";
    for i in 0..JUMLAH {
        let id = id_catatan(i);
        rekaman::tulis(
            &a,
            JenisRecord::Catatan,
            &id,
            json!({"id": id, "tanggal": "2026-11-20", "judul": format!("Catatan {i}"),
                   "isi": kalimat.repeat(22)}),
            None,
            "2026-11-20T08:00:00+07:00",
        )
        .unwrap();
    }
    let pengekspor = Pengekspor {
        nip: "198609262015051001".into(),
        nama: "Sari".into(),
        peran: "pegawai".into(),
        lain: Default::default(),
    };
    let waktu = DateTime::parse_from_rfc3339("2026-11-22T09:00:00+07:00").unwrap();
    ekspor(&a, JenisBundle::Pegawai, pengekspor, waktu)
        .unwrap()
        .to_json_pretty()
        + "\n"
}

fn coba(s: &MemoryStore, teks: &str) -> Result<RingkasanImpor, GagalUbah> {
    let lap = rencanakan_berkas(s, "catatan.json", teks, &Batas::default()).unwrap();
    terapkan_semua(
        s,
        &[lap],
        &[("catatan.json".into(), teks.into())],
        &HashMap::new(),
        jam(10),
        &Batas::default(),
    )
}

fn awal() -> MemoryStore {
    let s = MemoryStore::new();
    s.put("kinerjaku.v1.settings", "{\"bahasa\":\"id\"}")
        .unwrap();
    s.put("aplikasi-lain", "x").unwrap();
    s
}

#[test]
fn the_e2e_fixture_is_current() {
    let teks = berkas();
    crate::bundle::contoh::fixture_e2e_terkini("enam-puluh-catatan.json", &teks, "tests_utuh");
}

#[test]
fn quota_at_any_record_leaves_storage_exactly_as_before() {
    let teks = berkas();
    for n in [0, 1, 2, 30, JUMLAH - 1, JUMLAH] {
        let s = awal();
        let sebelum = s.isi();
        s.gagal_sekali_setelah(n);
        let g = coba(&s, &teks).unwrap_err();
        assert_eq!(s.isi(), sebelum, "quota at write {n}");
        match g {
            GagalUbah::TidakDimulai(StoreError::QuotaFull) => assert_eq!(n, 0),
            GagalUbah::Dikembalikan { ditulis, total, .. } => {
                assert_eq!((ditulis, total), (n - 1, JUMLAH), "the journal is write 0")
            }
            g => panic!("{g:?}"),
        }
    }
}

#[test]
fn a_byte_quota_like_the_e2e_test_rolls_back_halfway() {
    // As the e2e test leaves it: 60,000 UTF-16 code units free.
    let dasar = awal();
    let teks = berkas();
    let s = MemoryStore::with_capacity(
        dasar.bytes_used().unwrap() + 2 * ("aplikasi-lain".len() + 1) + 2 * 60_000,
    );
    for (k, v) in dasar.isi() {
        s.put(&k, &v).unwrap();
    }
    let sebelum = s.isi();
    let g = coba(&s, &teks).unwrap_err();
    let GagalUbah::Dikembalikan {
        ditulis,
        total,
        sebab,
    } = g
    else {
        panic!("{g:?}")
    };
    assert_eq!(sebab, StoreError::QuotaFull);
    assert!(ditulis > 10 && ditulis < total - 10, "{ditulis} of {total}");
    assert_eq!(s.isi(), sebelum);
}

#[test]
fn an_import_takes_no_snapshot_and_leaves_no_journal() {
    let s = awal();
    let r = coba(&s, &berkas()).unwrap();
    assert_eq!(r.ditambah, JUMLAH);
    assert_eq!(r.undo.as_ref().unwrap().entri.len(), JUMLAH);
    assert!(crate::store::snapshot::daftar(&s).unwrap().is_empty());
    assert_eq!(s.get(KUNCI_JURNAL).unwrap(), None);
    // Nothing to change: no undo offered.
    assert_eq!(coba(&s, &berkas()).unwrap().undo, None);
}

#[test]
fn undo_keeps_a_record_saved_after_the_import() {
    let s = awal();
    let sebelum = s.isi();
    let r = coba(&s, &berkas()).unwrap();
    // Saved after the import (another tab): not the import's, so the undo leaves it.
    let kemudian = rekaman::tulis(
        &s,
        JenisRecord::Catatan,
        "7f1c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f99",
        json!({"id": "7f1c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f99", "tanggal": "2026-11-22", "isi": "kemudian"}),
        None,
        "2026-11-22T11:00:00+07:00",
    )
    .unwrap();
    assert_eq!(urungkan(&s, &r.undo.unwrap(), jam(11)), Ok(JUMLAH));
    let mut harap = sebelum;
    let k = rekaman::kunci("catatan", &kemudian.id);
    harap.insert(k.clone(), s.get(&k).unwrap().unwrap());
    assert_eq!(s.isi(), harap);
}

#[test]
fn undo_is_refused_whole_and_names_a_record_changed_since() {
    let s = awal();
    let r = coba(&s, &berkas()).unwrap();
    let id = id_catatan(7);
    rekaman::tulis(
        &s,
        JenisRecord::Catatan,
        &id,
        json!({"id": id, "tanggal": "2026-11-20", "judul": "Catatan 7", "isi": "diubah"}),
        Some(1),
        "2026-11-22T11:00:00+07:00",
    )
    .unwrap();
    let sesudah = s.isi();
    let g = urungkan(&s, &r.undo.unwrap(), jam(11)).unwrap_err();
    let GagalUrungImpor::Berubah(b) = g else {
        panic!("{g:?}")
    };
    assert_eq!(b.len(), 1);
    assert_eq!(b[0].kunci, rekaman::kunci("catatan", &id));
    let rec = b[0].sekarang.as_ref().unwrap();
    assert_eq!(
        (rec.revisi, rec.data["judul"].as_str()),
        (2, Some("Catatan 7"))
    );
    assert_eq!(s.isi(), sesudah, "nothing undone");
}
