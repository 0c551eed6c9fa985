//! Authority through SKPs: a name the file writes into an SKP the device does not hold, or the
//! pegawai into a draft, gives no one the right to evaluate; a record cannot be taken over by
//! pointing it at another SKP; a note of an SKP is its pegawai's. (A review of the import's
//! authority against docs/bundle.md found each of these open.)

use super::pelanggaran;
use super::tests::{dari, lokal, ATASAN, LAIN};
use crate::bundle::contoh::{self, uuid, waktu, NIP};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Record};
use crate::bundle::gabung::{rencanakan, Tindakan};
use crate::bundle::masalah::KodeMasalah;
use crate::bundle::validasi::{baca_teks, Batas, HasilBaca};
use serde_json::json;

/// A pejabat penilai with no authority over NIP.
const LAIN2: &str = "198001012005011003";

fn berkas(nip: &str, peran: &str, jenis: JenisBundle, records: Vec<Record>) -> Bundle {
    Bundle::baru(
        jenis,
        dari(nip, peran),
        records,
        waktu("2026-07-01T08:00:00+07:00"),
    )
}

/// The plan's reasons for each refused record, by id: every rule and authority code.
fn ditolak(lokal: &[Record], b: &Bundle) -> Vec<(String, Vec<String>)> {
    let masuk = match baca_teks("x.json", &b.to_json_pretty(), &Batas::default()) {
        HasilBaca::Terbaca(b) => *b,
        lain => panic!("{lain:?}"),
    };
    let rc = rencanakan(lokal, &masuk);
    let mut v: Vec<(String, Vec<String>)> = (rc.entri.iter())
        .filter(|e| e.tindakan == Tindakan::Ditolak)
        .map(|e| {
            let mut kode: Vec<String> = (e.masalah.iter())
                .filter_map(|m| match &m.kode {
                    KodeMasalah::TanpaWewenang { galat }
                    | KodeMasalah::AturanDilanggar { galat } => Some(galat.kode.clone()),
                    _ => None,
                })
                .collect();
            kode.sort();
            (e.id.clone().unwrap_or_default(), kode)
        })
        .collect();
    v.sort();
    v
}

fn skp_baru(n: u8, pegawai: &str, penilai: &str, disetujui: bool) -> Record {
    let mut s = contoh::record(n, JenisRecord::Skp, 1);
    s.data["pegawai_nip"] = json!(pegawai);
    s.data["pejabat_penilai_nip"] = json!(penilai);
    if disetujui {
        s.data["status"] = json!({"kode": "disetujui", "pada": "2026-01-10"});
    }
    s
}

fn evaluasi_dari(n: u8, skp: u8, pegawai: &str, penilai: &str) -> Record {
    let mut e = contoh::record(n, JenisRecord::Evaluasi, 1);
    e.data["skp_id"] = json!(uuid(skp));
    e.data["pegawai_nip"] = json!(pegawai);
    e.data["penilai_nip"] = json!(penilai);
    e
}

fn s(x: &str) -> String {
    x.to_string()
}

#[test]
fn a_pegawai_cannot_name_themself_on_a_new_skp_and_evaluate_it() {
    let b = berkas(
        NIP,
        "pegawai",
        JenisBundle::Pegawai,
        vec![
            skp_baru(20, NIP, NIP, false),
            evaluasi_dari(21, 20, NIP, NIP),
        ],
    );
    assert_eq!(
        ditolak(&[], &b),
        [
            (uuid(20), vec![s("menilai_diri_sendiri")]),
            (
                uuid(21),
                vec![
                    s("menilai_diri_sendiri"),
                    s("otoritas_evaluasi_tanggapan"),
                    s("skp_ikut_ditolak")
                ]
            ),
        ]
    );
}

#[test]
fn another_pejabat_penilai_cannot_evaluate_a_bawahan_through_an_skp_of_their_own_making() {
    // The device holds the pegawai's profile, which names ATASAN. LAIN2 brings an SKP of the
    // pegawai "approved" by LAIN2, and LAIN2's evaluation of it: both refused.
    let profil = contoh::record(1, JenisRecord::Pegawai, 1);
    let b = berkas(
        LAIN2,
        "pejabat_penilai",
        JenisBundle::Penilaian,
        vec![
            skp_baru(20, NIP, LAIN2, true),
            evaluasi_dari(21, 20, NIP, LAIN2),
        ],
    );
    assert_eq!(
        ditolak(&[profil], &b),
        [
            (uuid(20), vec![s("otoritas_skp")]),
            (
                uuid(21),
                vec![s("otoritas_evaluasi"), s("skp_ikut_ditolak")]
            ),
        ]
    );
}

#[test]
fn a_name_the_pegawai_wrote_into_a_draft_gives_no_authority_the_profile_does() {
    // Stored: the profile naming ATASAN and a submitted SKP in which the pegawai wrote LAIN2.
    let profil = contoh::record(1, JenisRecord::Pegawai, 1);
    let mut draf = skp_baru(20, NIP, LAIN2, false);
    draf.data["status"] = json!({"kode": "diajukan", "pada": "2026-01-05"});
    let lokal = vec![profil, draf.clone()];
    let eval = evaluasi_dari(21, 20, NIP, LAIN2);
    let b = berkas(LAIN2, "pejabat_penilai", JenisBundle::Penilaian, vec![eval]);
    assert_eq!(
        pelanggaran(&lokal, &b, false)
            .remove(&uuid(21))
            .map(|g| g.kode),
        Some(s("otoritas_evaluasi"))
    );
    // ATASAN, whom the profile names, approves it, naming themself.
    let mut setuju = draf;
    setuju.revisi += 1;
    setuju.data["status"] = json!({"kode": "disetujui", "pada": "2026-01-10"});
    setuju.data["pejabat_penilai_nip"] = json!(ATASAN);
    let b = berkas(
        ATASAN,
        "pejabat_penilai",
        JenisBundle::Penilaian,
        vec![setuju],
    );
    assert_eq!(pelanggaran(&lokal, &b, false), Default::default());
}

/// The pegawai's device (`lokal`: profile, SKP 2 approved by ATASAN, evaluation 6) with
/// NIP's realisasi 3, attachment 11 and note 8, and LAIN's own SKP 30 approved by LAIN2.
fn dengan_milik_lain() -> Vec<Record> {
    let mut v = lokal();
    for (n, j) in [
        (3, JenisRecord::Realisasi),
        (11, JenisRecord::Lampiran),
        (8, JenisRecord::Catatan),
    ] {
        v.push(contoh::record(n, j, 1));
    }
    v.push(skp_baru(30, LAIN, LAIN2, true));
    v
}

fn pindah(n: u8, jenis: JenisRecord, f: impl FnOnce(&mut Record)) -> Record {
    let mut r = dengan_milik_lain()
        .into_iter()
        .find(|r| r.id == uuid(n) && r.jenis == jenis)
        .unwrap();
    r.revisi += 1;
    f(&mut r);
    r
}

fn kode(p: (&str, &str), r: Record) -> Option<String> {
    let id = r.id.clone();
    let b = berkas(p.0, p.1, JenisBundle::Pegawai, vec![r]);
    pelanggaran(&dengan_milik_lain(), &b, false)
        .remove(&id)
        .map(|g| g.kode)
}

#[test]
fn a_record_cannot_be_taken_over_by_pointing_it_at_an_skp_of_ones_own() {
    let ke_30 = |r: &mut Record| r.data["skp_id"] = json!(uuid(30));
    // LAIN's realisasi and attachment, once NIP's.
    let realisasi = pindah(3, JenisRecord::Realisasi, ke_30);
    assert_eq!(
        kode((LAIN, "pegawai"), realisasi).as_deref(),
        Some("otoritas_milik_pegawai")
    );
    let lampiran = pindah(11, JenisRecord::Lampiran, |r| {
        ke_30(r);
        r.data["pegawai_nip"] = json!(LAIN);
    });
    assert_eq!(
        kode((LAIN, "pegawai"), lampiran).as_deref(),
        Some("otoritas_milik_pegawai")
    );
    // LAIN2's evaluation of LAIN, once ATASAN's of NIP: it would erase NIP's.
    let evaluasi = pindah(6, JenisRecord::Evaluasi, |r| {
        ke_30(r);
        r.data["pegawai_nip"] = json!(LAIN);
        r.data["penilai_nip"] = json!(LAIN2);
    });
    assert_eq!(
        kode((LAIN2, "pejabat_penilai"), evaluasi).as_deref(),
        Some("otoritas_evaluasi")
    );
    // Staying in its SKP, the owner's change is still theirs to make.
    let sendiri = pindah(3, JenisRecord::Realisasi, |r| {
        r.data["catatan"] = json!("koreksi")
    });
    assert_eq!(kode((NIP, "pegawai"), sendiri), None);
}

#[test]
fn a_note_of_an_skp_is_its_pegawais() {
    let ubah = |r: &mut Record| r.data["isi"] = json!("diubah");
    let lain = pindah(8, JenisRecord::Catatan, ubah);
    assert_eq!(
        kode((LAIN, "pegawai"), lain).as_deref(),
        Some("otoritas_milik_pegawai")
    );
    let sendiri = pindah(8, JenisRecord::Catatan, ubah);
    assert_eq!(kode((NIP, "pegawai"), sendiri), None);
}
