//! The base a merge reads against, over a real exchange: a file's own base is the version
//! its sender last received, not the last one they sent. A field one side changed twice,
//! sending after each change, must not read as changed on both sides (a false conflict whose
//! "keep this device's" choice lands the stale value for good).

use super::*;
use crate::bundle::contoh::{self, uuid, waktu, NIP};
use crate::bundle::format::{Bundle, JenisBundle, Pengekspor};
use crate::bundle::gabung::{rencanakan, terapkan, Tindakan};
use crate::bundle::validasi::{baca_teks, Batas, HasilBaca};
use serde_json::{json, Value};
use std::collections::HashMap;

const ATASAN: &str = "197001012000031001";

/// One device's records: the profile, the approved SKP, and what it holds of the evaluation.
fn perangkat() -> Vec<Record> {
    let mut skp = contoh::record(2, JenisRecord::Skp, 3);
    skp.data["status"] = json!({"kode": "disetujui", "pada": "2026-01-10"});
    skp.data["pejabat_penilai_nip"] = json!(ATASAN);
    vec![contoh::record(1, JenisRecord::Pegawai, 1), skp]
}

fn evaluasi(rs: &[Record]) -> Record {
    rs.iter().find(|r| r.id == uuid(6)).unwrap().clone()
}

/// A save on the device: the stored base written out first (as every save does), then the
/// change as the next revision.
fn simpan(rs: &mut [Record], ubah: impl FnOnce(&mut Value)) {
    let r = rs.iter_mut().find(|r| r.id == uuid(6)).unwrap();
    basis_penuh(&mut r.lain, r.revisi, r.dihapus, &r.data);
    ubah(&mut r.data);
    r.revisi += 1;
}

/// The evaluation sent from `dari` (NIP, role) into `ke`, applied with no choice made; what
/// the plan decided for it.
fn kirim(dari: (&str, &str), asal: &[Record], ke: &mut Vec<Record>) -> Tindakan {
    let mut r = evaluasi(asal);
    // As an export writes it: the base in full.
    basis_penuh(&mut r.lain, r.revisi, r.dihapus, &r.data);
    let p = Pengekspor {
        nip: dari.0.into(),
        nama: "X".into(),
        peran: dari.1.into(),
        lain: Default::default(),
    };
    let jenis = match dari.1 {
        "pegawai" => JenisBundle::Pegawai,
        _ => JenisBundle::Penilaian,
    };
    let b = Bundle::baru(jenis, p, vec![r], waktu("2026-05-01T08:00:00+07:00"));
    let HasilBaca::Terbaca(b) = baca_teks("masuk.json", &b.to_json_pretty(), &Batas::default())
    else {
        panic!("unreadable");
    };
    let rc = rencanakan(ke, &b);
    let e = rc
        .entri
        .iter()
        .find(|e| e.id.as_deref() == Some(&uuid(6)))
        .unwrap();
    let t = e.tindakan;
    assert_ne!(t, Tindakan::Ditolak, "{:?}", e.masalah);
    *ke = terapkan(&rc, &HashMap::new()).records;
    t
}

const PEJABAT: (&str, &str) = (ATASAN, "pejabat_penilai");
const PEGAWAI: (&str, &str) = (NIP, "pegawai");

/// Revision 1 from the pejabat, the pegawai's tanggapan back: both devices at revision 2.
fn sesudah_tanggapan() -> (Vec<Record>, Vec<Record>) {
    let (mut pegawai, mut pejabat) = (perangkat(), perangkat());
    pejabat.push(contoh::record(6, JenisRecord::Evaluasi, 1));
    assert_eq!(kirim(PEJABAT, &pejabat, &mut pegawai), Tindakan::Tambah);
    simpan(&mut pegawai, |d| {
        d["tanggapan"] = json!({"tanggal": "2026-04-20", "isi": "Saya setuju"})
    });
    assert_eq!(kirim(PEGAWAI, &pegawai, &mut pejabat), Tindakan::Perbarui);
    (pegawai, pejabat)
}

#[test]
fn a_note_the_pejabat_changes_twice_reaches_the_pegawai_both_times() {
    let (mut pegawai, mut pejabat) = sesudah_tanggapan();
    for catatan in ["Lampirkan notulen", "Lampirkan notulen dan daftar hadir"] {
        simpan(&mut pejabat, |d| {
            d["rating_rhk"][0]["umpan_balik"] = json!(catatan)
        });
        let t = kirim(PEJABAT, &pejabat, &mut pegawai);
        assert!(
            matches!(t, Tindakan::Perbarui | Tindakan::Gabung),
            "{catatan}: {t:?}"
        );
        let r = evaluasi(&pegawai);
        assert_eq!(r.data["rating_rhk"][0]["umpan_balik"], catatan);
        assert_eq!(r.data["tanggapan"]["isi"], "Saya setuju");
    }
}

#[test]
fn a_tanggapan_the_pegawai_edits_twice_reaches_the_pejabat_both_times() {
    let (mut pegawai, mut pejabat) = sesudah_tanggapan();
    simpan(&mut pegawai, |d| {
        d["tanggapan"]["isi"] = json!("Setuju, dengan catatan")
    });
    let t = kirim(PEGAWAI, &pegawai, &mut pejabat);
    assert!(matches!(t, Tindakan::Perbarui | Tindakan::Gabung), "{t:?}");
    assert_eq!(
        evaluasi(&pejabat).data["tanggapan"]["isi"],
        "Setuju, dengan catatan"
    );
}

#[test]
fn a_base_stored_from_someone_else_is_not_taken_for_this_sender() {
    // The pegawai's device holds revision 3 received from a third party (not the pejabat):
    // the pejabat never surely had it, so their file's own base decides.
    let (mut pegawai, _) = sesudah_tanggapan();
    let r = pegawai.iter_mut().find(|r| r.id == uuid(6)).unwrap();
    r.revisi = 3;
    tandai_diterima(r, &r.clone(), "199901012020011009");
    let mut m = r.clone();
    m.revisi = 4;
    tandai_diterima(&mut m, &evaluasi(&perangkat_dengan_revisi_2()), ATASAN);
    let b = pilih_basis(r, &m, ATASAN).unwrap();
    assert_eq!(
        b.revisi, 2,
        "the file's base, not the stored one from elsewhere"
    );
    let b = pilih_basis(r, &m, "199901012020011009").unwrap();
    assert_eq!(b.revisi, 3, "the stored one when it came from this sender");
}

fn perangkat_dengan_revisi_2() -> Vec<Record> {
    sesudah_tanggapan().1
}
