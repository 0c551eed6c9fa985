//! One evaluation per SKP and period, one predikat organisasi per unit and period, judged on
//! what the plan lands: a file that deletes the stored record and brings its replacement under
//! another id lands whole; where the deletion does not land, the replacement is a second one.

use crate::bundle::contoh::{self, uuid, waktu};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Pengekspor, Record, PERAN_ADMIN};
use crate::bundle::gabung::{rencanakan_untuk, Basis, Penerima, Rencana, Tindakan};
use crate::bundle::masalah::KodeMasalah;
use crate::bundle::validasi::{baca_teks, Batas, HasilBaca};
use crate::domain::{Bahasa, Galat, Rulebook};
use serde_json::json;

/// The SKP's pejabat penilai (the fixture evaluation's `penilai_nip`).
const ATASAN: &str = "197001012000031001";
/// Another pejabat penilai.
const LAIN: &str = "199001012019031002";

fn dari(nip: &str, peran: &str) -> Pengekspor {
    Pengekspor {
        nip: nip.into(),
        nama: "X".into(),
        peran: peran.into(),
        lain: Default::default(),
    }
}

fn rencana(
    lokal: &[Record],
    jenis: JenisBundle,
    p: Pengekspor,
    records: Vec<Record>,
    basis: &[(u8, u64)],
) -> Rencana {
    let b = Bundle::baru(jenis, p, records, waktu("2026-07-01T08:00:00+07:00"));
    let HasilBaca::Terbaca(f) = baca_teks("masuk.json", &b.to_json_pretty(), &Batas::default())
    else {
        panic!("the file reads");
    };
    let basis: Basis = basis.iter().map(|(n, r)| (uuid(*n), *r)).collect();
    rencanakan_untuk(lokal, &f, &basis, Penerima::default())
}

/// A pejabat penilai's file sent to a device holding `lokal`.
fn dari_atasan(lokal: &[Record], records: Vec<Record>, basis: &[(u8, u64)]) -> Rencana {
    let p = dari(ATASAN, "pejabat_penilai");
    rencana(lokal, JenisBundle::Penilaian, p, records, basis)
}

fn tindakan(rc: &Rencana, n: u8) -> Tindakan {
    let id = uuid(n);
    let e = rc
        .entri
        .iter()
        .find(|e| e.id.as_deref() == Some(id.as_str()));
    e.expect("entry").tindakan
}

/// The rules the record `n` was refused for.
fn galat(rc: &Rencana, n: u8) -> Vec<Galat> {
    let id = uuid(n);
    let e = rc
        .entri
        .iter()
        .find(|e| e.id.as_deref() == Some(id.as_str()));
    let e = e.expect("entry");
    let m = e.masalah.iter().filter(|_| e.tindakan == Tindakan::Ditolak);
    m.filter_map(|m| match &m.kode {
        KodeMasalah::AturanDilanggar { galat } => Some(galat.clone()),
        _ => None,
    })
    .collect()
}

fn ditolak_karena(rc: &Rencana, n: u8) -> Vec<String> {
    galat(rc, n).into_iter().map(|g| g.kode).collect()
}

/// The SKP as its pejabat penilai approved it.
fn skp() -> Record {
    let mut s = contoh::record(2, JenisRecord::Skp, 2);
    s.data["status"] = json!({"kode": "disetujui", "pada": "2026-01-10"});
    s.data["pejabat_penilai_nip"] = json!(ATASAN);
    s
}

fn versi(n: u8, jenis: JenisRecord, revisi: u64, f: impl FnOnce(&mut serde_json::Value)) -> Record {
    let mut r = contoh::record(n, jenis, revisi);
    f(&mut r.data);
    r
}

fn nisan(n: u8, jenis: JenisRecord, revisi: u64, f: impl FnOnce(&mut serde_json::Value)) -> Record {
    let mut r = versi(n, jenis, revisi, f);
    r.dihapus = true;
    r
}

/// The evaluation of triwulan `ke` (2026) under the id `n`.
fn evaluasi(n: u8, revisi: u64, ke: u8, penilai: &str) -> Record {
    versi(n, JenisRecord::Evaluasi, revisi, |d| {
        d["periode"]["ke"] = json!(ke);
        d["penilai_nip"] = json!(penilai);
    })
}

#[test]
fn a_file_that_deletes_the_evaluation_and_brings_its_replacement_lands_whole() {
    let lokal = [skp(), evaluasi(6, 1, 1, ATASAN)];
    let hapus = nisan(6, JenisRecord::Evaluasi, 2, |_| {});
    let rc = dari_atasan(&lokal, vec![hapus, evaluasi(11, 1, 1, ATASAN)], &[]);
    assert_eq!(ditolak_karena(&rc, 11), Vec::<String>::new(), "{rc:#?}");
    assert_eq!(tindakan(&rc, 6), Tindakan::Perbarui);
    assert_eq!(tindakan(&rc, 11), Tindakan::Tambah);
    // Likewise a file that moves the stored one to another period.
    let pindah = evaluasi(6, 2, 2, ATASAN);
    let rc = dari_atasan(&lokal, vec![pindah, evaluasi(11, 1, 1, ATASAN)], &[]);
    assert_eq!(tindakan(&rc, 6), Tindakan::Perbarui, "{rc:#?}");
    assert_eq!(tindakan(&rc, 11), Tindakan::Tambah);
}

#[test]
fn the_replacement_is_a_second_evaluation_where_the_deletion_does_not_land() {
    let ganda = ["evaluasi_ganda"];
    let baru = || evaluasi(11, 1, 1, ATASAN);
    // Older than the stored evaluation: it stays.
    let lokal = [skp(), evaluasi(6, 3, 1, ATASAN)];
    let hapus = nisan(6, JenisRecord::Evaluasi, 2, |_| {});
    let rc = dari_atasan(&lokal, vec![hapus, baru()], &[]);
    assert_eq!(tindakan(&rc, 6), Tindakan::LebihLama);
    assert_eq!(ditolak_karena(&rc, 11), ganda);
    // Refused for authority: another pejabat penilai wrote the stored one.
    let lokal = [skp(), evaluasi(6, 1, 1, LAIN)];
    let hapus = nisan(6, JenisRecord::Evaluasi, 2, |d| {
        d["penilai_nip"] = json!(LAIN)
    });
    let rc = dari_atasan(&lokal, vec![hapus, baru()], &[]);
    assert_eq!(tindakan(&rc, 6), Tindakan::Ditolak);
    assert_eq!(ditolak_karena(&rc, 11), ganda, "{rc:#?}");
    // A conflict (changed here too since the shared base): the person may keep it.
    let lokal = [skp(), evaluasi(6, 2, 1, ATASAN)];
    let hapus = nisan(6, JenisRecord::Evaluasi, 3, |_| {});
    let rc = dari_atasan(&lokal, vec![hapus, baru()], &[(6, 1)]);
    assert_eq!(tindakan(&rc, 6), Tindakan::Konflik);
    assert_eq!(ditolak_karena(&rc, 11), ganda, "{rc:#?}");
    // The message names the period, as the check before the plan says it.
    let teks = galat(&rc, 11)[0].pesan(Rulebook::bawaan(), Bahasa::Id);
    assert!(teks.contains("triwulanan 1 2026"), "{teks}");
}

/// A refused record leaves its id under the stored key, which may clash with another record
/// of the file that the first round let through.
#[test]
fn a_refusal_that_keeps_a_stored_evaluation_in_place_refuses_what_then_clashes_with_it() {
    // 6 (triwulan 1, another pejabat's) cannot be deleted, so 7 cannot move to triwulan 1; 7
    // then stays in triwulan 2, where the file's 11 would be a second one.
    let lokal = [skp(), evaluasi(6, 1, 1, LAIN), evaluasi(7, 1, 2, ATASAN)];
    let hapus = nisan(6, JenisRecord::Evaluasi, 2, |d| {
        d["penilai_nip"] = json!(LAIN)
    });
    let records = vec![hapus, evaluasi(7, 2, 1, ATASAN), evaluasi(11, 1, 2, ATASAN)];
    let rc = dari_atasan(&lokal, records, &[]);
    assert_eq!(tindakan(&rc, 6), Tindakan::Ditolak);
    assert_eq!(ditolak_karena(&rc, 7), ["evaluasi_ganda"], "{rc:#?}");
    assert_eq!(ditolak_karena(&rc, 11), ["evaluasi_ganda"], "{rc:#?}");
}

#[test]
fn one_predikat_organisasi_per_unit_and_period_as_the_plan_lands_them() {
    let admin = || dari(contoh::NIP, PERAN_ADMIN);
    let kedua = || {
        versi(34, JenisRecord::PredikatOrganisasi, 1, |d| {
            d["predikat"] = json!("istimewa")
        })
    };
    let lokal = [contoh::record(32, JenisRecord::PredikatOrganisasi, 2)];
    // Deleted and replaced under another id: both land.
    let hapus = nisan(32, JenisRecord::PredikatOrganisasi, 3, |_| {});
    let rc = rencana(
        &lokal,
        JenisBundle::Rekap,
        admin(),
        vec![hapus, kedua()],
        &[],
    );
    assert_eq!(tindakan(&rc, 32), Tindakan::Perbarui, "{rc:#?}");
    assert_eq!(tindakan(&rc, 34), Tindakan::Tambah, "{rc:#?}");
    // The deletion is a conflict the person may decide for this device: a second one.
    let hapus = nisan(32, JenisRecord::PredikatOrganisasi, 3, |_| {});
    let rc = rencana(
        &lokal,
        JenisBundle::Rekap,
        admin(),
        vec![hapus, kedua()],
        &[(32, 1)],
    );
    assert_eq!(tindakan(&rc, 32), Tindakan::Konflik);
    assert_eq!(
        ditolak_karena(&rc, 34),
        ["predikat_organisasi_ganda"],
        "{rc:#?}"
    );
}
