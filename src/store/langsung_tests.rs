//! The straight reader gives exactly what the full reader gives, or nothing: over the records
//! the real flow writes, over every one-character damage to them, and over a store holding
//! every unusual record the full reader knows how to handle.

use super::*;
use crate::domain::evaluasi::Evaluasi;
use crate::domain::pegawai::Pegawai;
use crate::domain::progres::{BuktiDukung, Realisasi};
use crate::domain::skp::Skp;
use crate::store::kv::KvStore;
use crate::store::rekaman::{dari_teks_tersimpan, kunci, tulis_isi};
use crate::store::sintetis::{admin_kosong, impor_semua, Ukuran};
use crate::store::MemoryStore;
use chrono::NaiveDate;
use std::cell::Cell;

/// The full reader's answer for one record, as [`baca`] would give it.
fn penuh<T: DeserializeOwned>(teks: &str, jenis: JenisRecord) -> Option<Tersimpan<T>> {
    let r = dari_teks_tersimpan(teks)?;
    if r.dihapus || r.jenis != jenis.kode() {
        return None;
    }
    let isi = crate::jejak::baca_sebagai(&r.data, "data").ok()?;
    Some(Tersimpan {
        isi,
        revisi: r.revisi,
    })
}

/// A small agency imported into an admin's device: the records the real flow writes.
fn agensi_kecil() -> MemoryStore {
    let a = crate::store::sintetis::agensi(&Ukuran {
        tim: 2,
        per_tim: 3,
        benih: 7,
    });
    let s = admin_kosong();
    let jam = NaiveDate::from_ymd_opt(2027, 1, 20)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    assert_eq!(impor_semua(&s, &a.penilaian, jam), 0);
    s
}

fn realisasi() -> Realisasi {
    Realisasi {
        id: "r1".into(),
        skp_id: "s1".into(),
        iki_id: "i1".into(),
        tanggal: NaiveDate::from_ymd_opt(2026, 3, 4).unwrap(),
        nilai: Some(12.5),
        catatan: "Laporan \"triwulan\" — selesai".into(),
        bukti: vec![
            BuktiDukung::Tautan("https://contoh.go.id/a".into()),
            BuktiDukung::Lampiran("l1".into()),
        ],
    }
}

/// [`realisasi`] stored in `s` as the app writes it.
fn simpan_realisasi(s: &MemoryStore) {
    let w = "2026-03-04T10:00:00+07:00";
    tulis_isi(s, JenisRecord::Realisasi, "r1", &realisasi(), None, w).unwrap();
}

/// The stored text of the first record of `jenis` in `s`.
fn teks_pertama(s: &MemoryStore, jenis: JenisRecord) -> String {
    let awal = kunci(jenis.kode(), "");
    let mut k: Vec<String> = s
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with(&awal))
        .collect();
    k.sort();
    s.get(&k[0]).unwrap().unwrap()
}

/// Every text one character away from `teks`: each deletion, and each insertion of a
/// character that changes JSON's meaning, at every position.
fn kerusakan(teks: &str) -> Vec<String> {
    let batas: Vec<usize> = (0..=teks.len())
        .filter(|i| teks.is_char_boundary(*i))
        .collect();
    let mut hasil = Vec::new();
    for w in batas.windows(2) {
        hasil.push(format!("{}{}", &teks[..w[0]], &teks[w[1]..]));
    }
    for &i in &batas {
        for c in ['"', ',', '}', ']', '1', '-', '.', 'e', '\\', 'n', ' '] {
            hasil.push(format!("{}{c}{}", &teks[..i], &teks[i..]));
        }
    }
    hasil
}

/// Whatever the straight reader reads of `teks` and its damaged copies, the full reader reads
/// the same; returns how many it read.
fn sama_atau_tidak_dibaca<T: DeserializeOwned + PartialEq + std::fmt::Debug>(
    teks: &str,
    jenis: JenisRecord,
) -> usize {
    let mut dibaca = 0;
    for t in std::iter::once(teks.to_string()).chain(kerusakan(teks)) {
        if let Some(x) = baca::<T>(&t, jenis) {
            assert_eq!(
                Some(&x),
                penuh::<T>(&t, jenis).as_ref(),
                "read differently: {t}"
            );
            dibaca += 1;
        }
    }
    dibaca
}

#[test]
fn a_damaged_record_is_read_as_the_full_reader_reads_it_or_left_to_it() {
    let s = agensi_kecil();
    simpan_realisasi(&s);
    let pegawai = teks_pertama(&s, JenisRecord::Pegawai);
    let skp = teks_pertama(&s, JenisRecord::Skp);
    let evaluasi = teks_pertama(&s, JenisRecord::Evaluasi);
    let real = teks_pertama(&s, JenisRecord::Realisasi);
    // Each undamaged record is read straight, and some damage still reads (a space, a digit
    // in a text), so the comparison is not vacuous.
    for (n, teks) in [
        (
            sama_atau_tidak_dibaca::<Pegawai>(&pegawai, JenisRecord::Pegawai),
            &pegawai,
        ),
        (
            sama_atau_tidak_dibaca::<Realisasi>(&real, JenisRecord::Realisasi),
            &real,
        ),
        (
            sama_atau_tidak_dibaca::<Evaluasi>(&evaluasi, JenisRecord::Evaluasi),
            &evaluasi,
        ),
        (sama_atau_tidak_dibaca::<Skp>(&skp, JenisRecord::Skp), &skp),
    ] {
        assert!(n > teks.len(), "only {n} of {} read straight", teks.len());
    }
}

thread_local! {
    static DIBACA_LURUS: Cell<usize> = const { Cell::new(0) };
}

/// [`baca_ke`], counting what it read.
fn baca_ke_hitung(d: &mut DataKinerja, jenis: JenisRecord, teks: &str) -> bool {
    let ok = baca_ke(d, jenis, teks);
    DIBACA_LURUS.with(|n| n.set(n.get() + ok as usize));
    ok
}

#[test]
fn the_memo_holds_the_same_data_with_or_without_the_straight_reader() {
    let s = agensi_kecil();
    let skp = teks_pertama(&s, JenisRecord::Skp);
    let pegawai = teks_pertama(&s, JenisRecord::Pegawai);
    simpan_realisasi(&s);
    // Every unusual record the full reader handles: a tombstone; a record of schema 1 said
    // outright; one of a newer schema; an SKP key holding a profile, and a profile's data under
    // an SKP type; data of the wrong shape; a key twice; fields this version does not know;
    // broken JSON.
    let ganti = |id: &str, dari: &str, ke: &str| {
        let baru = skp.replacen(dari, ke, 1);
        assert_ne!(baru, skp, "{dari} not in the SKP record");
        s.set_raw(&kunci("skp", id), &baru).unwrap();
    };
    ganti("hapus", "\"deleted\":false", "\"deleted\":true");
    ganti("versi1", "\"schema_version\":1", "\"schema_version\":1.0");
    ganti("versi9", "\"schema_version\":1", "\"schema_version\":9");
    ganti("kembar", "\"revision\":", "\"revision\":7,\"revision\":");
    ganti(
        "asing",
        "\"data\":{",
        "\"kolom_baru\":[1,{\"x\":2}],\"data\":{\"juga_baru\":true,",
    );
    ganti("bentuk", "\"data\":{", "\"data\":{\"rhk\":3,\"x\":{");
    ganti("tipe", "\"type\":\"skp\"", "\"type\":\"pegawai\"");
    ganti("rusak", "\"data\":{", "\"data\":{{");
    s.set_raw(&kunci("skp", "profil"), &pegawai).unwrap();
    let wajar = DataKinerja::muat_dengan(&s, None).unwrap();
    DIBACA_LURUS.with(|n| n.set(0));
    let lurus = DataKinerja::muat_dengan(&s, Some(baca_ke_hitung)).unwrap();
    assert_eq!(lurus, wajar);
    // The straight reader read every readable record but two, which the full reader read:
    // the key twice and the profile under an SKP key; it counted the unreadable ones.
    let baku = wajar.pegawai.len() + wajar.skp.len() + wajar.evaluasi.len() + wajar.realisasi.len();
    assert_eq!(DIBACA_LURUS.with(Cell::get), baku - 2);
    assert!(wajar.tak_terbaca >= 1, "the wrong-shaped data is counted");
    assert!(wajar.realisasi.iter().any(|r| r.isi == realisasi()));
}

#[test]
fn the_app_writes_records_the_straight_reader_reads() {
    let s = MemoryStore::new();
    simpan_realisasi(&s);
    let teks = teks_pertama(&s, JenisRecord::Realisasi);
    let mut d = DataKinerja::default();
    assert!(baca_ke(&mut d, JenisRecord::Realisasi, &teks));
    assert_eq!(d.realisasi[0].isi, realisasi());
    assert_eq!(d.realisasi[0].revisi, 1);
    // Kinds the memo keeps undecoded are never read straight.
    assert!(!baca_ke(&mut d, JenisRecord::DialogKinerja, &teks));
}
