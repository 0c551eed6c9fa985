//! A pejabat penilai's workspace exported for one bawahan: theirs, and the leader's plan, only.

use super::*;
use crate::bundle::contoh;
use crate::domain::contoh_tests::{disetujui, evaluasi, nip, pegawai, skp, tw};
use crate::domain::Predikat;
use crate::store::rekaman::tulis_isi;
use crate::store::MemoryStore;

/// The pejabat penilai named by `contoh_tests::pegawai`.
const BUDI: &str = "197001012000031001";
const W: &str = "2026-12-01T09:00:00+07:00";

fn simpan<T: serde::Serialize>(s: &MemoryStore, jenis: JenisRecord, id: &str, isi: &T) {
    tulis_isi(s, jenis, id, isi, None, W).unwrap();
}

/// Budi's device: Ani's and Bayu's profiles, SKPs and evaluations, Bayu's competency
/// assessment, Budi's own profile, SKP, matriks and the evaluation his own superior made.
fn budi() -> MemoryStore {
    let s = MemoryStore::new();
    for (i, nama) in [(1, "Ani"), (2, "Bayu")] {
        let n = nip(i);
        simpan(
            &s,
            JenisRecord::Pegawai,
            &format!("p{i}"),
            &pegawai(&n, nama, "Bidang Mutasi", "ahli_pertama"),
        );
        simpan(
            &s,
            JenisRecord::Skp,
            &format!("s{i}"),
            &skp(&format!("s{i}"), &n, disetujui()),
        );
        let e = evaluasi(&n, &format!("s{i}"), tw(2026, 1), Predikat::Baik);
        simpan(&s, JenisRecord::Evaluasi, &e.id.clone(), &e);
    }
    let mut k = contoh::kompetensi();
    k.pegawai_nip = nip(2);
    simpan(&s, JenisRecord::PenilaianKompetensi, "k2", &k);
    let mut p = pegawai(BUDI, "Budi", "Bidang Mutasi", "pengawas");
    p.pejabat_penilai = None;
    simpan(&s, JenisRecord::Pegawai, "pb", &p);
    simpan(&s, JenisRecord::Skp, "sb", &skp("sb", BUDI, disetujui()));
    let mut m = contoh::matriks();
    m.skp_atasan_id = "sb".into();
    simpan(&s, JenisRecord::MatriksPeranHasil, "mb", &m);
    let mut e = evaluasi(BUDI, "sb", tw(2026, 1), Predikat::SangatBaik);
    e.penilai_nip = "196801012000031009".into();
    simpan(&s, JenisRecord::Evaluasi, "eb", &e);
    s
}

fn pengekspor() -> Pengekspor {
    Pengekspor {
        nip: BUDI.into(),
        nama: "Budi".into(),
        peran: "pejabat_penilai".into(),
        lain: Default::default(),
    }
}

fn ids(b: &Bundle) -> Vec<String> {
    let mut v: Vec<String> = b.records.iter().map(|r| r.id.clone()).collect();
    v.sort();
    v
}

#[test]
fn a_file_for_one_bawahan_holds_theirs_and_the_leaders_plan_only() {
    let s = budi();
    let t = contoh::waktu("2026-12-01T09:00:00+07:00");
    let semua = ekspor(&s, JenisBundle::Penilaian, pengekspor(), t).unwrap();
    let (untuk_ani, milik) =
        ekspor_untuk(&s, JenisBundle::Penilaian, pengekspor(), t, &nip(1)).unwrap();
    assert_eq!(milik, 3);
    let ev_ani = evaluasi(&nip(1), "s1", tw(2026, 1), Predikat::Baik).id;
    let mut harap = vec![
        "p1".to_string(),
        "s1".into(),
        ev_ani,
        "pb".into(),
        "sb".into(),
        "mb".into(),
    ];
    harap.sort();
    assert_eq!(ids(&untuk_ani), harap);
    // Whole, the file carries Bayu's and Budi's own evaluation too.
    assert!(ids(&semua).contains(&"eb".to_string()));
    assert!(ids(&semua).contains(&"k2".to_string()));
    // Bayu's file: his assessment, none of Ani's; the envelope is the same kind and exporter.
    let (untuk_bayu, _) =
        ekspor_untuk(&s, JenisBundle::Penilaian, pengekspor(), t, &nip(2)).unwrap();
    assert!(ids(&untuk_bayu).contains(&"k2".to_string()));
    assert!(!ids(&untuk_bayu).iter().any(|i| i == "p1" || i == "s1"));
    assert_eq!(
        (untuk_bayu.jenis, untuk_bayu.pengekspor.nip.as_str()),
        (JenisBundle::Penilaian, BUDI)
    );
}

#[test]
fn a_deleted_evaluation_travels_to_its_pegawai_and_an_unknown_owner_stays_out() {
    let s = budi();
    let e = evaluasi(&nip(1), "s1", tw(2026, 1), Predikat::Baik);
    crate::store::rekaman::hapus(&s, JenisRecord::Evaluasi, &e.id, 1, W).unwrap();
    let t = contoh::waktu("2026-12-01T09:00:00+07:00");
    let (b, _) = ekspor_untuk(&s, JenisBundle::Penilaian, pengekspor(), t, &nip(1)).unwrap();
    let nisan = b.records.iter().find(|r| r.id == e.id).unwrap();
    assert!(nisan.dihapus);
    // A record whose content names no one it can be told by is left out.
    let mut r = b.records[0].clone();
    r.data = serde_json::Value::Null;
    assert_eq!(saring_untuk(vec![r], &nip(1), BUDI), (Vec::new(), 0));
    // Nothing of a NIP not stored: only the leader's plan, and none counted as theirs.
    let (b, milik) = ekspor_untuk(
        &s,
        JenisBundle::Penilaian,
        pengekspor(),
        t,
        "199001012015011099",
    )
    .unwrap();
    assert_eq!(
        (ids(&b), milik),
        (vec!["mb".to_string(), "pb".into(), "sb".into()], 0)
    );
}
