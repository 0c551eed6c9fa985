//! A leader's approved SKP and its matriks peran-hasil on a bawahan's device: the plan the
//! bawahan's RHK cascade from. Its owner's approval cannot be checked there, nor does it need
//! to be; anywhere else an SKP arriving approved from its own pegawai stays refused.

use super::tests::{dari, ATASAN, LAIN};
use crate::bundle::contoh::{self, waktu, NIP};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Record};
use crate::bundle::gabung::{rencanakan_untuk, Basis, Penerima, Tindakan};
use crate::bundle::validasi::{baca_teks, Batas, HasilBaca};
use serde_json::json;

/// The leader's (ATASAN's) own SKP, approved by their superior LAIN, and their matriks with a
/// cell for the pegawai NIP.
fn milik_atasan() -> (Record, Record) {
    let mut skp = contoh::record(2, JenisRecord::Skp, 3);
    skp.data["pegawai_nip"] = json!(ATASAN);
    skp.data["pejabat_penilai_nip"] = json!(LAIN);
    skp.data["status"] = json!({"kode": "disetujui", "pada": "2026-01-10"});
    (skp, contoh::record(9, JenisRecord::MatriksPeranHasil, 1))
}

/// What the plan does with each of the leader's records on the device of `penerima`, which
/// holds `lokal`.
fn tindakan(lokal: &[Record], penerima: &str) -> Vec<Tindakan> {
    let (skp, matriks) = milik_atasan();
    let ids = [skp.id.clone(), matriks.id.clone()];
    let b = Bundle::baru(
        JenisBundle::Penilaian,
        dari(ATASAN, "pejabat_penilai"),
        vec![skp, matriks],
        waktu("2026-02-01T08:00:00+07:00"),
    );
    let HasilBaca::Terbaca(f) = baca_teks("atasan.json", &b.to_json_pretty(), &Batas::default())
    else {
        panic!("the file reads");
    };
    let p = Penerima {
        nip: penerima,
        arsip: false,
    };
    let rc = rencanakan_untuk(lokal, &f, &Basis::new(), p);
    ids.iter()
        .map(|id| {
            rc.entri
                .iter()
                .find(|e| e.id.as_deref() == Some(id))
                .unwrap()
                .tindakan
        })
        .collect()
}

#[test]
fn a_bawahan_takes_the_leaders_approved_skp_and_its_matriks() {
    // The pegawai's own profile names ATASAN as their pejabat penilai.
    let profil = contoh::record(1, JenisRecord::Pegawai, 1);
    assert_eq!(
        tindakan(std::slice::from_ref(&profil), NIP),
        [Tindakan::Tambah, Tindakan::Tambah]
    );
    // Anyone else's device (another person, or nobody named), or a bawahan of someone else,
    // still refuses an SKP arriving approved from its own pegawai, and the matriks with it.
    assert_eq!(
        tindakan(std::slice::from_ref(&profil), LAIN),
        [Tindakan::Ditolak; 2]
    );
    assert_eq!(tindakan(&[], NIP), [Tindakan::Ditolak; 2]);
    let mut lain = profil.clone();
    lain.data["pejabat_penilai"]["nip"] = json!(LAIN);
    assert_eq!(tindakan(&[lain], NIP), [Tindakan::Ditolak; 2]);
}

/// The pejabat penilai's say over an SKP is the decision on a submitted one: a file of theirs
/// that approves a draft, withdraws an approval or rewrites the history is refused, while
/// deciding a submitted SKP is theirs (the Tim screen offers only that; a hand-edited file
/// could do the rest).
#[test]
fn the_pejabat_decides_a_submitted_skp_and_nothing_else_of_its_status() {
    let skp = |status: serde_json::Value, riwayat: serde_json::Value| {
        let mut r = contoh::record(2, JenisRecord::Skp, 2);
        r.data["status"] = status;
        r.data["riwayat"] = riwayat;
        r.data["pejabat_penilai_nip"] = json!(ATASAN);
        r
    };
    let diajukan = json!({"kode": "diajukan", "pada": "2026-01-05"});
    let disetujui = json!({"kode": "disetujui", "pada": "2026-01-10"});
    let draf = json!({"kode": "draft"});
    let kirim = json!([{"dari": "draft", "ke": "diajukan", "pada": "2026-01-05"}]);
    let putus = json!([
        {"dari": "draft", "ke": "diajukan", "pada": "2026-01-05"},
        {"dari": "diajukan", "ke": "disetujui", "pada": "2026-01-10"}
    ]);
    let kode = |tersimpan: Record, masuk: Record| {
        let lokal = vec![contoh::record(1, JenisRecord::Pegawai, 1), tersimpan];
        let b = Bundle::baru(
            JenisBundle::Penilaian,
            dari(ATASAN, "pejabat_penilai"),
            vec![masuk],
            waktu("2026-02-01T08:00:00+07:00"),
        );
        super::pelanggaran(&lokal, &b, false)
            .remove(&contoh::uuid(2))
            .map(|g| g.kode)
    };
    let naik = |mut r: Record| {
        r.revisi += 1;
        r
    };
    // A submitted SKP approved, its history going on: theirs.
    let ok = kode(
        skp(diajukan.clone(), kirim.clone()),
        naik(skp(disetujui.clone(), putus.clone())),
    );
    assert_eq!(ok, None);
    // A draft approved.
    let r = kode(
        skp(draf.clone(), json!([])),
        naik(skp(disetujui.clone(), json!([]))),
    );
    assert_eq!(r.as_deref(), Some("otoritas_skp"));
    // An approval withdrawn to draft.
    let r = kode(
        skp(disetujui.clone(), putus.clone()),
        naik(skp(draf, putus.clone())),
    );
    assert_eq!(r.as_deref(), Some("otoritas_skp"));
    // The history rewritten on the way.
    let lain = json!([{"dari": "draft", "ke": "diajukan", "pada": "2025-12-01"}]);
    let r = kode(skp(diajukan, kirim), naik(skp(disetujui, lain)));
    assert_eq!(r.as_deref(), Some("otoritas_skp"));
}
