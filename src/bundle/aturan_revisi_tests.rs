//! Records made under an earlier version of their SKP, after a revision added an RHK or took
//! an IKI away: edits of them land, unchanged copies are not refused, new records are judged.

use crate::bundle::contoh::{self, uuid, waktu};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Pengekspor, Record};
use crate::bundle::gabung::{rencanakan_untuk, Penerima, Rencana, Tindakan};
use crate::bundle::masalah::KodeMasalah;
use crate::bundle::validasi::{baca_teks, Batas, HasilBaca};
use serde_json::json;

/// The SKP's pejabat penilai (the fixture evaluation's `penilai_nip`).
const ATASAN: &str = "197001012000031001";

fn rencana(lokal: &[Record], nip: &str, peran: &str, records: Vec<Record>) -> Rencana {
    let p = Pengekspor {
        nip: nip.into(),
        nama: "X".into(),
        peran: peran.into(),
        lain: Default::default(),
    };
    let jenis = match peran {
        "pegawai" => JenisBundle::Pegawai,
        _ => JenisBundle::Penilaian,
    };
    let b = Bundle::baru(jenis, p, records, waktu("2026-07-01T08:00:00+07:00"));
    let HasilBaca::Terbaca(f) = baca_teks("masuk.json", &b.to_json_pretty(), &Batas::default())
    else {
        panic!("the file reads");
    };
    rencanakan_untuk(lokal, &f, &Default::default(), Penerima::default())
}

fn tindakan(rc: &Rencana, n: u8) -> Tindakan {
    let id = uuid(n);
    let e = rc.entri.iter().find(|e| e.id.as_deref() == Some(&*id));
    e.expect("entry").tindakan
}

fn ditolak_karena(rc: &Rencana, n: u8) -> Vec<String> {
    let id = uuid(n);
    let e = rc.entri.iter().find(|e| e.id.as_deref() == Some(&*id));
    let e = e.expect("entry");
    let m = e.masalah.iter().filter(|_| e.tindakan == Tindakan::Ditolak);
    m.filter_map(|m| match &m.kode {
        KodeMasalah::AturanDilanggar { galat } => Some(galat.kode.clone()),
        _ => None,
    })
    .collect()
}

/// The approved SKP after a revision: `ubah` changes its content.
fn skp(ubah: impl FnOnce(&mut serde_json::Value)) -> Record {
    let mut s = contoh::record(2, JenisRecord::Skp, 3);
    s.data["status"] = json!({"kode": "disetujui", "pada": "2026-06-10"});
    s.data["pejabat_penilai_nip"] = json!(ATASAN);
    ubah(&mut s.data);
    s
}

/// The revision added "Tugas baru" as RHK 2, which the triwulan 1 evaluation never rated.
fn skp_rhk_baru() -> Record {
    skp(|d| {
        let mut rhk = d["rhk"][0].clone();
        rhk["id"] = json!("rhk-2");
        rhk["uraian"] = json!("Tugas baru");
        rhk["iki"][0]["id"] = json!("iki-2");
        d["rhk"].as_array_mut().expect("rhk").push(rhk);
    })
}

/// The triwulan 1 evaluation (it rates RHK 1 only).
fn evaluasi(n: u8, revisi: u64, ke: u8) -> Record {
    let mut r = contoh::record(n, JenisRecord::Evaluasi, revisi);
    r.data["periode"]["ke"] = json!(ke);
    r.data["penilai_nip"] = json!(ATASAN);
    r
}

#[test]
fn a_tanggapan_on_an_evaluation_made_before_the_revision_lands() {
    let lokal = [skp_rhk_baru(), evaluasi(6, 1, 1)];
    let mut e = evaluasi(6, 2, 1);
    e.data["tanggapan"] = json!({"tanggal": "2026-07-01", "isi": "Saya setuju"});
    let rc = rencana(&lokal, contoh::NIP, "pegawai", vec![e]);
    assert_eq!(ditolak_karena(&rc, 6), Vec::<String>::new(), "{rc:#?}");
    assert_eq!(tindakan(&rc, 6), Tindakan::Perbarui, "{rc:#?}");
}

#[test]
fn the_unchanged_copy_of_such_an_evaluation_is_not_refused() {
    let lokal = [skp_rhk_baru(), evaluasi(6, 1, 1)];
    let rc = rencana(&lokal, ATASAN, "pejabat_penilai", vec![evaluasi(6, 1, 1)]);
    assert_eq!(tindakan(&rc, 6), Tindakan::TidakBerubah, "{rc:#?}");
    assert_eq!(ditolak_karena(&rc, 6), Vec::<String>::new());
}

#[test]
fn a_new_evaluation_that_leaves_an_rhk_unrated_is_still_refused() {
    let lokal = [skp_rhk_baru(), evaluasi(6, 1, 1)];
    let rc = rencana(&lokal, ATASAN, "pejabat_penilai", vec![evaluasi(11, 1, 2)]);
    assert_eq!(tindakan(&rc, 11), Tindakan::Ditolak, "{rc:#?}");
    assert!(ditolak_karena(&rc, 11).contains(&"rhk_belum_dinilai".to_string()));
    // An edit that drops a rating the stored copy gave is refused as well.
    let mut e = evaluasi(6, 2, 1);
    e.data["rating_rhk"] = json!([]);
    let rc = rencana(&lokal, ATASAN, "pejabat_penilai", vec![e]);
    assert!(
        ditolak_karena(&rc, 6).contains(&"rhk_belum_dinilai".to_string()),
        "{rc:#?}"
    );
}

#[test]
fn a_realisasi_edit_keeping_a_removed_iki_lands_but_a_new_one_for_it_is_refused() {
    // The revision replaced IKI 1 by another.
    let skp = skp(|d| d["rhk"][0]["iki"][0]["id"] = json!("iki-9"));
    let lokal = [skp, contoh::record(3, JenisRecord::Realisasi, 1)];
    let mut r = contoh::record(3, JenisRecord::Realisasi, 2);
    r.data["catatan"] = json!("Triwulan 1, dikoreksi");
    let rc = rencana(&lokal, contoh::NIP, "pegawai", vec![r]);
    assert_eq!(ditolak_karena(&rc, 3), Vec::<String>::new(), "{rc:#?}");
    assert_eq!(tindakan(&rc, 3), Tindakan::Perbarui, "{rc:#?}");
    let mut baru = contoh::record(12, JenisRecord::Realisasi, 1);
    baru.data["id"] = json!(uuid(12));
    let rc = rencana(&lokal, contoh::NIP, "pegawai", vec![baru]);
    assert_eq!(ditolak_karena(&rc, 12), ["iki_tidak_dikenal"], "{rc:#?}");
}
