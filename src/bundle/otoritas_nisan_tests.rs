//! A deletion of a record the device does not hold is judged by the content it carries, as the
//! deletion of that record: stored, it makes the record itself, arriving later at a lower
//! revision, "older". (One without content deletes nothing and is kept, docs/bundle.md.)

use super::tests::{dari, LAIN};
use crate::bundle::contoh::{self, uuid, waktu, NIP};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Record};
use crate::bundle::gabung::{rencanakan_untuk, terapkan, Basis, Penerima, Tindakan};
use crate::bundle::validasi::{baca_teks, Batas, HasilBaca};
use std::collections::HashMap;

/// The action the plan gives `id` when `nip` sends `records` to a device holding `lokal`
/// (the admin's archive when `arsip`), and the records after applying it.
fn rencana(lokal: &[Record], nip: &str, records: Vec<Record>, id: &str) -> (Tindakan, Vec<Record>) {
    let b = Bundle::baru(
        JenisBundle::Pegawai,
        dari(nip, "pegawai"),
        records,
        waktu("2026-07-01T08:00:00+07:00"),
    );
    let HasilBaca::Terbaca(f) = baca_teks("masuk.json", &b.to_json_pretty(), &Batas::default())
    else {
        panic!("the file reads");
    };
    let rc = rencanakan_untuk(
        lokal,
        &f,
        &Basis::new(),
        Penerima {
            nip: "",
            arsip: true,
        },
    );
    let t = rc
        .entri
        .iter()
        .find(|e| e.id.as_deref() == Some(id))
        .unwrap();
    (t.tindakan, terapkan(&rc, &HashMap::new()).records)
}

fn nisan(n: u8, jenis: JenisRecord, revisi: u64) -> Record {
    let mut r = contoh::record(n, jenis, revisi);
    r.dihapus = true;
    r
}

#[test]
fn a_deletion_with_content_of_a_record_not_held_needs_the_authority_over_that_content() {
    let id = uuid(1);
    // Someone else's file deletes the pegawai's profile, far ahead, before the profile came.
    let (t, sesudah) = rencana(
        &[],
        LAIN,
        vec![nisan(1, JenisRecord::Pegawai, 999_999)],
        &id,
    );
    assert_eq!(t, Tindakan::Ditolak, "not the profile's owner");
    assert!(sesudah.is_empty());
    let profil = contoh::record(1, JenisRecord::Pegawai, 3);
    assert_eq!(
        rencana(&sesudah, NIP, vec![profil], &id).0,
        Tindakan::Tambah
    );
    // The owner's deletion is kept, so an older copy arriving later does not bring it back.
    let (t, sesudah) = rencana(&[], NIP, vec![nisan(1, JenisRecord::Pegawai, 9)], &id);
    assert_eq!(t, Tindakan::Tambah);
    assert!(sesudah[0].dihapus);
    let lama = contoh::record(1, JenisRecord::Pegawai, 3);
    assert_eq!(
        rencana(&sesudah, NIP, vec![lama], &id).0,
        Tindakan::LebihLama
    );
}

#[test]
fn a_deletion_without_content_of_a_record_not_held_is_refused_but_an_attachments() {
    // The pegawai's file deletes "their evaluation" before it came, far ahead, without content
    // (its id follows from the SKP and the period): refused, so the pejabat penilai's real
    // evaluation still lands.
    let id = uuid(6);
    let mut kosong = nisan(6, JenisRecord::Evaluasi, 9_007_199_254_740_991);
    kosong.data = serde_json::Value::Null;
    let (t, sesudah) = rencana(&[], NIP, vec![kosong], &id);
    assert_eq!(t, Tindakan::Ditolak);
    assert!(sesudah.is_empty());
    let mut skp = contoh::record(2, JenisRecord::Skp, 2);
    skp.data["status"] = serde_json::json!({"kode": "disetujui", "pada": "2026-01-10"});
    skp.data["pejabat_penilai_nip"] = serde_json::json!("197001012000031001");
    let b = Bundle::baru(
        JenisBundle::Penilaian,
        dari("197001012000031001", "pejabat_penilai"),
        vec![skp, contoh::record(6, JenisRecord::Evaluasi, 1)],
        waktu("2026-07-02T08:00:00+07:00"),
    );
    let HasilBaca::Terbaca(f) = baca_teks("p.json", &b.to_json_pretty(), &Batas::default()) else {
        panic!("the file reads");
    };
    let arsip = Penerima {
        nip: "",
        arsip: true,
    };
    let rc = rencanakan_untuk(&sesudah, &f, &Basis::new(), arsip);
    let e = rc
        .entri
        .iter()
        .find(|e| e.id.as_deref() == Some(id.as_str()));
    assert_eq!(e.map(|e| e.tindakan), Some(Tindakan::Tambah));
    // An attachment's deletion travels without its bytes, as before: kept, it deletes nothing.
    let mut lampiran = nisan(11, JenisRecord::Lampiran, 2);
    lampiran.data = serde_json::Value::Null;
    let (t, sesudah) = rencana(&[], NIP, vec![lampiran], &uuid(11));
    assert_eq!(t, Tindakan::Tambah);
    assert!(sesudah[0].dihapus);
}

#[test]
fn a_deletion_naming_an_skp_unknown_here_is_refused_and_the_real_record_lands() {
    // The pegawai's file deletes "their evaluation" before it came, far ahead, with content
    // whose SKP is invented (its id follows from the SKP and the period): refused, as its owner
    // cannot be read; the pejabat penilai's real evaluation still lands.
    let id = uuid(6);
    let mut palsu = nisan(6, JenisRecord::Evaluasi, 9_007_199_254_740_991);
    palsu.data["skp_id"] = serde_json::json!(uuid(99));
    let (t, sesudah) = rencana(&[], NIP, vec![palsu], &id);
    assert_eq!(t, Tindakan::Ditolak);
    assert!(sesudah.is_empty());
    // With the pegawai's own SKP named and carried, it is judged as theirs: an evaluation is
    // not the pegawai's to delete.
    let nisan_ev = nisan(6, JenisRecord::Evaluasi, 9_007_199_254_740_991);
    let skp = contoh::record(2, JenisRecord::Skp, 2);
    let (t, _) = rencana(&[], NIP, vec![skp, nisan_ev], &id);
    assert_eq!(t, Tindakan::Ditolak);
    // A realisasi's deletion naming an unknown SKP likewise.
    let mut r = nisan(3, JenisRecord::Realisasi, 5);
    r.data["skp_id"] = serde_json::json!(uuid(98));
    assert_eq!(rencana(&[], NIP, vec![r], &uuid(3)).0, Tindakan::Ditolak);
}
