use super::*;
use crate::domain::skp::matriks::MatriksPeranHasil;
use crate::domain::skp::{JenisRhk, JenisSkp, Pendekatan};
use crate::store::kinerja::{Tersimpan, Tertunda};
use chrono::NaiveDate;

const ATASAN: &str = "197501012000031001";
const SAYA: &str = "198609262015052001";

fn skp(id: &str, nip: &str, tahun: i32) -> Skp {
    let t = |m, h| NaiveDate::from_ymd_opt(tahun, m, h).unwrap();
    Skp::baru(
        id,
        nip,
        JenisSkp::JaJf,
        Pendekatan::Kuantitatif,
        t(1, 1),
        t(12, 31),
    )
}

fn atasan() -> Skp {
    let mut s = skp("skp-atasan", ATASAN, 2026);
    for (id, uraian) in [("a1", "Meningkatnya layanan"), ("a2", "Tertibnya arsip")] {
        s.rhk.push(Rhk {
            id: id.into(),
            jenis: JenisRhk::Utama,
            uraian: uraian.into(),
            rhk_atasan_id: None,
            rhk_atasan_uraian: String::new(),
            penugasan_dari: String::new(),
            perspektif: None,
            iki: Vec::new(),
        });
    }
    s
}

fn data(dengan_atasan: bool) -> DataKinerja {
    let mut m = MatriksPeranHasil {
        skp_atasan_id: "skp-atasan".into(),
        ..Default::default()
    };
    m.isi("a1", SAYA, "Tersusunnya SOP");
    m.isi("a2", SAYA, "Terdigitalisasinya arsip");
    m.isi("a1", "199001012020121001", "Bukan untuk saya");
    let mut d = DataKinerja {
        matriks: Tertunda::dari_isi(vec![Tersimpan { isi: m, revisi: 1 }]),
        ..Default::default()
    };
    if dengan_atasan {
        d.skp.push(Tersimpan {
            isi: atasan(),
            revisi: 1,
        });
    }
    d
}

#[test]
fn the_matrix_gives_a_pegawai_only_their_own_cells_with_the_rhk_atasan_text() {
    let (rhk, tanpa) = rhk_dari_matriks(&data(true), SAYA, &skp("saya", SAYA, 2026));
    assert!(!tanpa);
    let uraian: Vec<_> = rhk.iter().map(|r| r.uraian.as_str()).collect();
    assert_eq!(uraian, ["Tersusunnya SOP", "Terdigitalisasinya arsip"]);
    assert_eq!(rhk[0].rhk_atasan_uraian, "Meningkatnya layanan");
    assert_eq!(rhk[1].rhk_atasan_id.as_deref(), Some("a2"));
}

#[test]
fn without_the_leaders_skp_or_in_another_year_nothing_is_offered() {
    let (rhk, tanpa) = rhk_dari_matriks(&data(false), SAYA, &skp("saya", SAYA, 2026));
    assert!(rhk.is_empty());
    assert!(tanpa, "the person is told the leader's SKP is missing");
    let (rhk, tanpa) = rhk_dari_matriks(&data(true), SAYA, &skp("saya", SAYA, 2027));
    assert!(rhk.is_empty() && !tanpa);
    let (rhk, tanpa) = rhk_dari_matriks(&data(true), ATASAN, &atasan());
    assert!(rhk.is_empty() && !tanpa);
}

#[test]
fn taking_the_rhk_twice_adds_them_once_each_with_an_iki_to_write() {
    let mut s = skp("saya", SAYA, 2026);
    let (rhk, _) = rhk_dari_matriks(&data(true), SAYA, &s);
    let n = std::cell::Cell::new(0);
    let id = || {
        n.set(n.get() + 1);
        format!("iki-{}", n.get())
    };
    assert_eq!(tambahkan(&mut s, rhk.clone(), id), 2);
    assert_eq!(tambahkan(&mut s, rhk, id), 0);
    assert_eq!(s.rhk.len(), 2);
    assert!(s.rhk.iter().all(|r| r.jenis == JenisRhk::Utama));
    assert_eq!(s.rhk[0].iki.len(), 1);
    assert_ne!(s.rhk[0].iki[0].id, s.rhk[1].iki[0].id);
}
