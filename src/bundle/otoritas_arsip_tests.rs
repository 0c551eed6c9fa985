//! The admin's device as the agency's archive: a pejabat penilai's file may bring the profile
//! and the SKP of a pegawai who names them, which the device has never held (one file per
//! team, without every pegawai's own file first). Nowhere else, and nothing more.

use super::super::pelanggaran;
use super::{dari, ATASAN, LAIN};
use crate::bundle::contoh::{self, waktu, NIP};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Record};
use serde_json::json;

/// The penilai's copies: the pegawai's profile (naming ATASAN) and their SKP approved by ATASAN.
fn profil_dan_skp() -> (Record, Record) {
    let mut skp = contoh::record(2, JenisRecord::Skp, 2);
    skp.data["status"] = json!({"kode": "disetujui", "pada": "2026-01-10"});
    skp.data["pejabat_penilai_nip"] = json!(ATASAN);
    (contoh::record(1, JenisRecord::Pegawai, 1), skp)
}

fn dari_atasan(records: Vec<Record>) -> Bundle {
    Bundle::baru(
        JenisBundle::Penilaian,
        dari(ATASAN, "pejabat_penilai"),
        records,
        waktu("2027-01-15T09:00:00+07:00"),
    )
}

fn kode(lokal: &[Record], records: Vec<Record>, arsip: bool) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = pelanggaran(lokal, &dari_atasan(records), arsip)
        .into_iter()
        .map(|(id, g)| (id, g.kode))
        .collect();
    v.sort();
    v
}

#[test]
fn the_archive_takes_a_profile_and_skp_it_never_held_from_the_penilai_they_name() {
    let (p, s) = profil_dan_skp();
    assert_eq!(kode(&[], vec![p.clone(), s.clone()], true), []);
    // Any other device refuses both, as before: the pegawai's own file must come first.
    assert_eq!(
        kode(&[], vec![p.clone(), s.clone()], false),
        [
            (p.id.clone(), "otoritas_profil".to_string()),
            (s.id.clone(), "otoritas_skp".to_string())
        ]
    );
}

#[test]
fn the_archive_refuses_what_names_someone_else_or_what_it_already_holds() {
    let (p, s) = profil_dan_skp();
    // A profile naming another pejabat penilai; an SKP naming another.
    let mut p2 = p.clone();
    p2.data["pejabat_penilai"]["nip"] = json!(LAIN);
    let mut s2 = s.clone();
    s2.data["pejabat_penilai_nip"] = json!(LAIN);
    let k = kode(&[], vec![p2, s2], true);
    assert_eq!(k.len(), 2, "{k:?}");
    // The stored profile names another penilai: the SKP is not theirs to bring.
    let mut lain = p.clone();
    lain.data["pejabat_penilai"]["nip"] = json!(LAIN);
    assert_eq!(
        kode(&[lain], vec![s.clone()], true),
        [(s.id.clone(), "otoritas_skp".to_string())]
    );
    // Once held, every change follows the usual rules: the penilai rewrites neither.
    let mut p3 = p.clone();
    p3.revisi += 1;
    p3.data["jabatan"] = json!("Diganti atasan");
    let mut s3 = s.clone();
    s3.revisi += 1;
    s3.data["rhk"][0]["uraian"] = json!("Diganti atasan");
    let k = kode(&[p.clone(), s.clone()], vec![p3, s3.clone()], true);
    assert_eq!(
        k.iter().map(|(_, g)| g.as_str()).collect::<Vec<_>>(),
        ["otoritas_profil", "otoritas_skp"]
    );
    // A record the archive deleted is still held: it does not come back this way.
    let mut nisan = s.clone();
    nisan.dihapus = true;
    nisan.revisi = 9;
    assert_eq!(
        kode(&[nisan], vec![s.clone()], true),
        [(s.id.clone(), "otoritas_skp".to_string())]
    );
    // The pegawai's own approval of their SKP stays refused on the archive.
    let mut sendiri = Bundle::baru(
        JenisBundle::Pegawai,
        dari(NIP, "pegawai"),
        vec![s.clone()],
        waktu("2027-01-15T09:00:00+07:00"),
    );
    sendiri.segarkan_digest();
    let m = pelanggaran(&[], &sendiri, true);
    assert_eq!(m[&s.id].kode, "otoritas_skp_terkunci");
}
