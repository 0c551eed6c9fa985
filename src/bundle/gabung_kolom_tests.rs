//! Issue 12, item 5: a record changed on both sides merges field by field.

use super::*;
use crate::bundle::contoh::{self, uuid, waktu, NIP};
use crate::bundle::format::{Bundle, JenisBundle, Pengekspor};
use crate::bundle::gabung::{kunci_kolom, rencanakan, terapkan, Pilihan, Tindakan};
use crate::bundle::validasi::{baca_teks, Batas, BundleTerbaca, HasilBaca};
use serde_json::json;
use std::collections::HashMap;

const ATASAN: &str = "197001012000031001";
const LAIN: &str = "199001012019031002";

/// Both devices: the pegawai's profile and their SKP, approved by the atasan.
fn bersama() -> Vec<Record> {
    let mut skp = contoh::record(2, JenisRecord::Skp, 3);
    skp.data["status"] = json!({"kode": "disetujui", "pada": "2026-01-10"});
    skp.data["pejabat_penilai_nip"] = json!(ATASAN);
    vec![contoh::record(1, JenisRecord::Pegawai, 1), skp]
}

/// The Q1 evaluation as the atasan first wrote it (revision 1).
fn evaluasi_awal() -> Record {
    contoh::record(6, JenisRecord::Evaluasi, 1)
}

fn tanggapan(r: &mut Record) {
    r.data["tanggapan"] = json!({"tanggal": "2026-04-20", "isi": "Saya setuju"});
}

fn catatan_atasan(r: &mut Record) {
    r.data["rating_rhk"][0]["umpan_balik"] = json!("Lampirkan notulen rapat");
}

fn file(nip: &str, peran: &str, records: Vec<Record>) -> BundleTerbaca {
    let p = Pengekspor {
        nip: nip.into(),
        nama: "X".into(),
        peran: peran.into(),
        lain: Default::default(),
    };
    let jenis = if peran == "pegawai" {
        JenisBundle::Pegawai
    } else {
        JenisBundle::Penilaian
    };
    let b = Bundle::baru(jenis, p, records, waktu("2026-04-21T08:00:00+07:00"));
    match baca_teks("masuk.json", &b.to_json_pretty(), &Batas::default()) {
        HasilBaca::Terbaca(b) => *b,
        lain => panic!("{lain:?}"),
    }
}

fn entri(rc: &crate::bundle::gabung::Rencana) -> &crate::bundle::gabung::EntriRencana {
    rc.entri
        .iter()
        .find(|e| e.id.as_deref() == Some(uuid(6).as_str()))
        .unwrap()
}

/// The pegawai's revision 2: their tanggapan on top of revision 1, which they received (so it
/// carries revision 1 as its base).
fn dari_pegawai() -> Record {
    let mut r = evaluasi_awal();
    tandai_diterima(&mut r, &evaluasi_awal(), "");
    r.revisi = 2;
    tanggapan(&mut r);
    r
}

/// The atasan's own revision 2: a later note on the first RHK.
fn di_atasan() -> Record {
    let mut r = evaluasi_awal();
    r.revisi = 2;
    catatan_atasan(&mut r);
    r
}

#[test]
fn a_tanggapan_and_a_later_atasan_note_both_survive_as_a_revision_above_both() {
    let mut lokal = bersama();
    lokal.push(di_atasan());
    let rc = rencanakan(&lokal, &file(NIP, "pegawai", vec![dari_pegawai()]));
    let e = entri(&rc);
    assert_eq!(e.tindakan, Tindakan::Gabung, "{:?}", e.masalah);
    let g = e.gabungan.as_ref().unwrap();
    assert!(g.dengan_basis);
    assert_eq!(g.dari_masuk, ["tanggapan"]);
    assert_eq!(
        g.tetap_lokal,
        [("rating_rhk".to_string(), SebabLokal::DiubahDiSini)]
    );
    assert!(g.konflik.is_empty());

    let p = terapkan(&rc, &HashMap::new());
    assert_eq!(p.digabung, [uuid(6)]);
    let r = p.records.iter().find(|r| r.id == uuid(6)).unwrap();
    assert_eq!(r.data["tanggapan"]["isi"], "Saya setuju");
    assert_eq!(
        r.data["rating_rhk"][0]["umpan_balik"],
        "Lampirkan notulen rapat"
    );
    assert_eq!(r.revisi, 3, "one past both sides' revision 2");
    // Its base is now the pegawai's version, so their next copy of it merges cleanly; it
    // came from them.
    let diharapkan = BasisKolom {
        dari: Some(NIP.to_string()),
        ..BasisKolom::dari(&dari_pegawai())
    };
    assert_eq!(BasisKolom::baca(r), Some(diharapkan));
}

#[test]
fn the_atasans_later_note_reaches_the_pegawai_without_replacing_their_tanggapan() {
    // The pegawai's device: revision 2 with their tanggapan (base: revision 1). The atasan's
    // file: their revision 2 with the note, carrying no base (they wrote revision 1).
    let mut lokal = bersama();
    lokal.push(dari_pegawai());
    let rc = rencanakan(&lokal, &file(ATASAN, "pejabat_penilai", vec![di_atasan()]));
    let e = entri(&rc);
    assert_eq!(e.tindakan, Tindakan::Gabung, "{:?}", e.masalah);
    let p = terapkan(&rc, &HashMap::new());
    let r = p.records.iter().find(|r| r.id == uuid(6)).unwrap();
    assert_eq!(r.data["tanggapan"]["isi"], "Saya setuju");
    assert_eq!(
        r.data["rating_rhk"][0]["umpan_balik"],
        "Lampirkan notulen rapat"
    );
    assert_eq!(r.revisi, 3);
}

#[test]
fn without_any_base_ownership_decides_and_the_tanggapan_still_survives() {
    let mut lokal = bersama();
    lokal.push(di_atasan());
    let mut masuk = evaluasi_awal();
    masuk.revisi = 2;
    tanggapan(&mut masuk);
    let rc = rencanakan(&lokal, &file(NIP, "pegawai", vec![masuk]));
    let e = entri(&rc);
    assert_eq!(e.tindakan, Tindakan::Gabung, "{:?}", e.masalah);
    let g = e.gabungan.as_ref().unwrap();
    assert!(!g.dengan_basis);
    assert_eq!(g.dari_masuk, ["tanggapan"]);
    assert_eq!(
        g.tetap_lokal,
        [("rating_rhk".to_string(), SebabLokal::BukanHakPengirim)]
    );
    // Even when the pegawai saved twice (their revision is higher), the atasan's note stays.
    let mut lagi = evaluasi_awal();
    lagi.revisi = 5;
    tanggapan(&mut lagi);
    let rc = rencanakan(&lokal, &file(NIP, "pegawai", vec![lagi]));
    assert_eq!(entri(&rc).tindakan, Tindakan::Gabung);
    let p = terapkan(&rc, &HashMap::new());
    let r = p.records.iter().find(|r| r.id == uuid(6)).unwrap();
    assert_eq!(
        r.data["rating_rhk"][0]["umpan_balik"],
        "Lampirkan notulen rapat"
    );
    assert_eq!(r.revisi, 6);
}

#[test]
fn a_field_both_sides_changed_is_one_conflict_named_by_field_and_chosen_per_field() {
    // A dialog kinerja both may write: the pegawai changed `kendala` and `capaian`, the atasan
    // `kendala` too, differently.
    let awal = contoh::record(5, JenisRecord::DialogKinerja, 1);
    let mut lokal = bersama();
    let mut di_sini = awal.clone();
    tandai_diterima(&mut di_sini, &awal, "");
    di_sini.revisi = 2;
    di_sini.data["kendala"] = json!("Data belum lengkap");
    lokal.push(di_sini);
    let mut masuk = awal.clone();
    tandai_diterima(&mut masuk, &awal, "");
    masuk.revisi = 2;
    masuk.data["kendala"] = json!("Server sering mati");
    masuk.data["capaian"] = json!("Tiga rekomendasi selesai");
    let rc = rencanakan(&lokal, &file(NIP, "pegawai", vec![masuk]));
    let e = rc
        .entri
        .iter()
        .find(|e| e.id.as_deref() == Some(uuid(5).as_str()))
        .unwrap();
    assert_eq!(e.tindakan, Tindakan::Konflik);
    let g = e.gabungan.as_ref().unwrap();
    assert_eq!(g.konflik, ["kendala"]);
    assert_eq!(g.dari_masuk, ["capaian"]);

    // Without a choice for the field, nothing of this record is written.
    let p = terapkan(&rc, &HashMap::new());
    assert_eq!(p.konflik_tertunda, [uuid(5)]);
    assert_eq!(p.records, rc.sebelum);
    // The file's `kendala` chosen: both the chosen field and the uncontested one land.
    let pilihan = HashMap::from([(kunci_kolom(&uuid(5), "kendala"), Pilihan::Masuk)]);
    let p = terapkan(&rc, &pilihan);
    let r = p.records.iter().find(|r| r.id == uuid(5)).unwrap();
    assert_eq!(r.data["kendala"], "Server sering mati");
    assert_eq!(r.data["capaian"], "Tiga rekomendasi selesai");
    assert_eq!(r.revisi, 3);
    let pilihan = HashMap::from([(kunci_kolom(&uuid(5), "kendala"), Pilihan::Lokal)]);
    let r = terapkan(&rc, &pilihan)
        .records
        .into_iter()
        .find(|r| r.id == uuid(5))
        .unwrap();
    assert_eq!(r.data["kendala"], "Data belum lengkap");
    assert_eq!(r.data["capaian"], "Tiga rekomendasi selesai");
}

#[test]
fn a_merge_takes_only_what_the_sender_may_write() {
    let mut lokal = bersama();
    lokal.push(di_atasan());
    // The pegawai's file changes the ratings as well as adding a tanggapan: the tanggapan is
    // merged in, the forged ratings are not (kept, with the reason).
    let mut palsu = dari_pegawai();
    palsu.data["rating_perilaku"] = json!("diatas_ekspektasi");
    let rc = rencanakan(&lokal, &file(NIP, "pegawai", vec![palsu]));
    let e = entri(&rc);
    assert_eq!(e.tindakan, Tindakan::Gabung);
    let g = e.gabungan.as_ref().unwrap();
    assert!(g
        .tetap_lokal
        .contains(&("rating_perilaku".to_string(), SebabLokal::BukanHakPengirim)));
    let r = terapkan(&rc, &HashMap::new())
        .records
        .into_iter()
        .find(|r| r.id == uuid(6))
        .unwrap();
    assert_eq!(r.data["rating_perilaku"], "sesuai_ekspektasi");
    assert_eq!(r.data["tanggapan"]["isi"], "Saya setuju");

    // Only forged fields, nothing of the pegawai's own: refused as before, the rule named.
    let mut hanya_palsu = evaluasi_awal();
    tandai_diterima(&mut hanya_palsu, &evaluasi_awal(), "");
    hanya_palsu.revisi = 4;
    hanya_palsu.data["rating_perilaku"] = json!("diatas_ekspektasi");
    let rc = rencanakan(&lokal, &file(NIP, "pegawai", vec![hanya_palsu]));
    let e = entri(&rc);
    assert_eq!(e.tindakan, Tindakan::Ditolak);
    assert!(
        format!("{:?}", e.masalah).contains("otoritas_evaluasi_tanggapan"),
        "{:?}",
        e.masalah
    );

    // The atasan's file never brings a tanggapan, even one that differs from the stored one.
    let mut lokal_p = bersama();
    lokal_p.push(dari_pegawai());
    let mut dari_atasan = di_atasan();
    dari_atasan.data["tanggapan"] = json!({"tanggal": "2026-04-22", "isi": "Ditulis atasan"});
    let rc = rencanakan(
        &lokal_p,
        &file(ATASAN, "pejabat_penilai", vec![dari_atasan]),
    );
    let r = terapkan(&rc, &HashMap::new())
        .records
        .into_iter()
        .find(|r| r.id == uuid(6))
        .unwrap();
    assert_eq!(r.data["tanggapan"]["isi"], "Saya setuju");
    assert_eq!(
        r.data["rating_rhk"][0]["umpan_balik"],
        "Lampirkan notulen rapat"
    );

    // Someone who is neither: nothing to take, refused with the rule.
    let mut lain = dari_pegawai();
    lain.data["rating_perilaku"] = json!("dibawah_ekspektasi");
    let rc = rencanakan(&lokal, &file(LAIN, "pegawai", vec![lain]));
    assert_eq!(entri(&rc).tindakan, Tindakan::Ditolak);
}

#[test]
fn an_older_copy_merges_only_what_its_sender_changed_since_the_base() {
    // The atasan saved twice (revision 3); the pegawai's tanggapan is revision 2 on top of 1.
    let mut lokal = bersama();
    let mut r3 = di_atasan();
    r3.revisi = 3;
    lokal.push(r3);
    let rc = rencanakan(&lokal, &file(NIP, "pegawai", vec![dari_pegawai()]));
    assert_eq!(entri(&rc).tindakan, Tindakan::Gabung);
    let r = terapkan(&rc, &HashMap::new())
        .records
        .into_iter()
        .find(|r| r.id == uuid(6))
        .unwrap();
    assert_eq!(r.revisi, 4);
    assert_eq!(r.data["tanggapan"]["isi"], "Saya setuju");
    // The same old file again, after the merge: nothing new in it, left alone.
    let mut sesudah = bersama();
    sesudah.push(r);
    let rc = rencanakan(&sesudah, &file(NIP, "pegawai", vec![dari_pegawai()]));
    assert_eq!(entri(&rc).tindakan, Tindakan::LebihLama);
}

#[test]
fn the_base_reads_back_and_a_field_digest_is_short() {
    let mut r = evaluasi_awal();
    tandai_diterima(&mut r, &evaluasi_awal(), "");
    let b = BasisKolom::baca(&r).unwrap();
    assert_eq!(b.revisi, 1);
    assert!(b.kolom.values().all(|s| s.len() == 16));
    assert_eq!(b.kolom.len(), r.data.as_object().unwrap().len());
    // Types with one writer carry none (realisasi by the thousand stay small).
    let mut x = contoh::record(3, JenisRecord::Realisasi, 1);
    tandai_diterima(&mut x, &contoh::record(3, JenisRecord::Realisasi, 1), "");
    assert!(BasisKolom::baca(&x).is_none());
}
