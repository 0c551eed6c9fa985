//! A pejabat penilai's workspace exported for one bawahan: theirs, and the leader's plan, only;
//! and that file imported on the bawahan's device.

use super::*;
use crate::bundle::contoh;
use crate::bundle::validasi::Batas;
use crate::domain::contoh_tests::{disetujui, evaluasi, nip, pegawai, skp, tw};
use crate::domain::Predikat;
use crate::store::impor::Kumpulan;
use crate::store::rekaman::{baca, tulis_isi, uuid_nama};
use crate::store::{settings, MemoryStore, Peran, Settings};

/// The pejabat penilai named by `contoh_tests::pegawai`, and his own.
const BUDI: &str = "197001012000031001";
const ATASAN_BUDI: &str = "196801012000031009";
const W: &str = "2026-12-01T09:00:00+07:00";

/// A record id as files carry them (a UUID) for a short name.
fn u(nama: &str) -> String {
    uuid_nama("uji", nama)
}

fn simpan<T: serde::Serialize>(s: &MemoryStore, jenis: JenisRecord, id: &str, isi: &T) {
    tulis_isi(s, jenis, &u(id), isi, None, W).unwrap();
}

/// An SKP `id` of `nip`, approved by `penilai`.
fn skp_disetujui(id: &str, nip: &str, penilai: &str) -> crate::domain::skp::Skp {
    let mut s = skp(&u(id), nip, disetujui());
    s.pejabat_penilai_nip = penilai.into();
    s
}

fn evaluasi_dari(i: usize, p: Predikat) -> crate::domain::evaluasi::Evaluasi {
    let mut e = evaluasi(&nip(i), &u(&format!("s{i}")), tw(2026, 1), p);
    e.id = u(&format!("e{i}"));
    e.penilai_nip = BUDI.into();
    e
}

/// Budi's device: Ani's and Bayu's profiles, approved SKPs and evaluations, Bayu's competency
/// assessment, Budi's own profile, approved SKP, matriks and the evaluation his superior made.
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
            &skp_disetujui(&format!("s{i}"), &n, BUDI),
        );
        simpan(
            &s,
            JenisRecord::Evaluasi,
            &format!("e{i}"),
            &evaluasi_dari(i, Predikat::Baik),
        );
    }
    let mut k = contoh::kompetensi();
    k.id = u("k2");
    k.pegawai_nip = nip(2);
    simpan(&s, JenisRecord::PenilaianKompetensi, "k2", &k);
    let mut p = pegawai(BUDI, "Budi", "Bidang Mutasi", "pengawas");
    p.pejabat_penilai = None;
    simpan(&s, JenisRecord::Pegawai, "pb", &p);
    simpan(
        &s,
        JenisRecord::Skp,
        "sb",
        &skp_disetujui("sb", BUDI, ATASAN_BUDI),
    );
    let mut m = contoh::matriks();
    m.skp_atasan_id = u("sb");
    m.tambah_baris(&nip(1), "Ani");
    simpan(&s, JenisRecord::MatriksPeranHasil, "mb", &m);
    let mut e = evaluasi(BUDI, &u("sb"), tw(2026, 1), Predikat::SangatBaik);
    e.id = u("eb");
    e.penilai_nip = ATASAN_BUDI.into();
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

fn waktu() -> DateTime<FixedOffset> {
    contoh::waktu("2026-12-01T09:00:00+07:00")
}

fn ids(b: &Bundle) -> Vec<String> {
    let mut v: Vec<String> = b.records.iter().map(|r| r.id.clone()).collect();
    v.sort();
    v
}

fn nama(n: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = n.iter().map(|x| u(x)).collect();
    v.sort();
    v
}

#[test]
fn a_file_for_one_bawahan_holds_theirs_and_the_leaders_plan_only() {
    let s = budi();
    let semua = ekspor(&s, JenisBundle::Penilaian, pengekspor(), waktu()).unwrap();
    let (untuk_ani, milik) =
        ekspor_untuk(&s, JenisBundle::Penilaian, pengekspor(), waktu(), &nip(1)).unwrap();
    assert_eq!(milik, 3);
    assert_eq!(ids(&untuk_ani), nama(&["p1", "s1", "e1", "pb", "sb", "mb"]));
    // Whole, the file carries Bayu's records and Budi's own evaluation too.
    assert!(ids(&semua).contains(&u("eb")) && ids(&semua).contains(&u("k2")));
    // Bayu's file: his assessment, none of Ani's; the same kind and exporter.
    let (untuk_bayu, _) =
        ekspor_untuk(&s, JenisBundle::Penilaian, pengekspor(), waktu(), &nip(2)).unwrap();
    assert!(ids(&untuk_bayu).contains(&u("k2")));
    assert!(!ids(&untuk_bayu)
        .iter()
        .any(|i| *i == u("p1") || *i == u("s1")));
    assert_eq!(
        (untuk_bayu.jenis, untuk_bayu.pengekspor.nip.as_str()),
        (JenisBundle::Penilaian, BUDI)
    );
}

#[test]
fn a_deleted_evaluation_travels_to_its_pegawai_and_an_unknown_owner_stays_out() {
    let s = budi();
    crate::store::rekaman::hapus(&s, JenisRecord::Evaluasi, &u("e1"), 1, W).unwrap();
    let (b, _) = ekspor_untuk(&s, JenisBundle::Penilaian, pengekspor(), waktu(), &nip(1)).unwrap();
    assert!(b.records.iter().find(|r| r.id == u("e1")).unwrap().dihapus);
    // A record whose content names no one it can be told by is left out.
    let mut r = b.records[0].clone();
    r.data = serde_json::Value::Null;
    assert_eq!(saring_untuk(vec![r], &nip(1), BUDI), (Vec::new(), 0));
    // Nothing of a NIP not stored: only the leader's plan, and none counted as theirs.
    let (b, milik) = ekspor_untuk(
        &s,
        JenisBundle::Penilaian,
        pengekspor(),
        waktu(),
        "199001012015011099",
    )
    .unwrap();
    assert_eq!((ids(&b), milik), (nama(&["pb", "sb", "mb"]), 0));
}

#[test]
fn the_bawahan_imports_a_file_made_for_her_and_keeps_the_leaders_approved_plan() {
    let (b, _) = ekspor_untuk(
        &budi(),
        JenisBundle::Penilaian,
        pengekspor(),
        waktu(),
        &nip(1),
    )
    .unwrap();
    // Ani's device: her settings and her profile, naming Budi.
    let ani = MemoryStore::new();
    let saya = Settings {
        nip: nip(1),
        peran: Some(Peran::Pegawai),
        ..Default::default()
    };
    settings::save(&ani, &saya).unwrap();
    simpan(
        &ani,
        JenisRecord::Pegawai,
        "p1",
        &pegawai(&nip(1), "Ani", "Bidang Mutasi", "ahli_pertama"),
    );
    let mut k = Kumpulan::baru(&ani, Batas::default()).unwrap();
    k.tambah(&ani, "budi-untuk-ani.json".into(), b.to_json_pretty())
        .unwrap();
    k.lepas_teks();
    k.terapkan(
        &ani,
        &std::collections::HashMap::new(),
        waktu().naive_local(),
    )
    .unwrap();
    let ada = |j: JenisRecord, id: &str| baca(&ani, j, &u(id)).unwrap().is_some_and(|r| !r.dihapus);
    // Budi's approved SKP and its matriks: the plan her RHK cascade from (refused as 'locked'
    // before, and the matriks with it). His own evaluation never came.
    assert!(ada(JenisRecord::Skp, "sb") && ada(JenisRecord::MatriksPeranHasil, "mb"));
    assert!(!ada(JenisRecord::Evaluasi, "eb"));
}
