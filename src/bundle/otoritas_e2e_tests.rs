//! The authority e2e fixtures (`tests/e2e/fixtures/wewenang-*.json`), written from the same
//! records the authority tests use and checked to be current.

use super::pelanggaran;
use super::tests::{dari, ATASAN};
use crate::bundle::contoh::{self, waktu, NIP};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Record};
use serde_json::json;

/// The files the end-to-end test imports on the atasan's device
/// (`tests/e2e/fixtures/wewenang-*.json`): the pegawai's submitted SKP, the atasan's own
/// penilaian file (approval and the Q1 evaluation), and a forged pegawai file.
fn berkas_wewenang() -> Vec<(&'static str, Bundle)> {
    let mut diajukan = contoh::record(2, JenisRecord::Skp, 2);
    diajukan.data["status"] = json!({"kode": "diajukan", "pada": "2026-01-05"});
    let mut disetujui = diajukan.clone();
    disetujui.revisi = 3;
    disetujui.data["status"] = json!({"kode": "disetujui", "pada": "2026-01-10"});
    disetujui.data["pejabat_penilai_nip"] = json!(ATASAN);
    let ev = contoh::record(6, JenisRecord::Evaluasi, 1);
    let mut palsu = ev.clone();
    palsu.revisi = 2;
    palsu.data["rating_hasil"] =
        json!({"rating": "diatas_ekspektasi", "saran": "diatas_ekspektasi", "justifikasi": ""});
    palsu.data["rating_rhk"][0]["rating"] = json!("diatas_ekspektasi");
    palsu.data["rating_perilaku"] = json!("diatas_ekspektasi");
    let hapus = |r: &Record| {
        let mut r = r.clone();
        r.revisi += 5;
        r.dihapus = true;
        r.data = serde_json::Value::Null;
        r
    };
    let mut atasan = contoh::record(12, JenisRecord::Pegawai, 1);
    atasan.data["nip"] = json!(ATASAN);
    atasan.data["nama"] = json!("Budi Santoso");
    atasan.data["pejabat_penilai"] = serde_json::Value::Null;
    let mut atasan_palsu = atasan.clone();
    atasan_palsu.revisi = 2;
    atasan_palsu.data["golongan"] = json!("I/a");
    let mut tanggapan = ev.clone();
    tanggapan.revisi = 2;
    tanggapan.data["tanggapan"] = json!({"tanggal": "2026-04-20", "isi": "Saya setuju"});
    let t = waktu("2026-04-11T08:00:00+07:00");
    let pegawai = || dari(NIP, "pegawai");
    vec![
        (
            "wewenang-1-pengajuan.json",
            Bundle::baru(
                JenisBundle::Pegawai,
                pegawai(),
                vec![contoh::record(1, JenisRecord::Pegawai, 1), diajukan],
                t,
            ),
        ),
        (
            "wewenang-2-penilaian.json",
            Bundle::baru(
                JenisBundle::Penilaian,
                dari(ATASAN, "pejabat_penilai"),
                vec![atasan, disetujui.clone(), ev.clone()],
                t,
            ),
        ),
        (
            "wewenang-3-palsu.json",
            Bundle::baru(
                JenisBundle::Pegawai,
                pegawai(),
                vec![palsu, atasan_palsu],
                t,
            ),
        ),
        (
            "wewenang-4-hapus.json",
            Bundle::baru(
                JenisBundle::Pegawai,
                pegawai(),
                vec![hapus(&ev), hapus(&disetujui)],
                t,
            ),
        ),
        (
            "wewenang-5-tanggapan.json",
            Bundle::baru(JenisBundle::Pegawai, pegawai(), vec![tanggapan], t),
        ),
    ]
}

#[test]
fn the_e2e_files_for_authority_are_current() {
    let mut lokal: Vec<Record> = Vec::new();
    for (nama, b) in berkas_wewenang() {
        let langgar = pelanggaran(&lokal, &b, false);
        if nama.contains("palsu") || nama.contains("hapus") {
            assert_eq!(langgar.len(), 2, "{nama}: {langgar:?}");
        } else {
            assert!(langgar.is_empty(), "{nama}: {langgar:?}");
            for r in &b.records {
                lokal.retain(|l| l.id != r.id);
                lokal.push(r.clone());
            }
        }
        let teks = b.to_json_pretty() + "\n";
        contoh::fixture_e2e_terkini(nama, &teks, "otoritas");
    }
}
