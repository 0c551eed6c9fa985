use super::*;
use crate::domain::evaluasi::JenisPeriode;
use crate::domain::kinerja_organisasi::SumberPredikat;
use crate::domain::organisasi::rencana_gabung;
use crate::domain::PredikatOrganisasi;
use crate::store::MemoryStore;

const WAKTU: &str = "2026-05-01T09:00:00+07:00";

fn tw(ke: u32) -> Periode {
    Periode {
        jenis: JenisPeriode::Triwulanan,
        tahun: 2026,
        ke,
    }
}

fn unit(id: &str, nama: &str, induk: Option<&str>) -> UnitKerja {
    UnitKerja {
        id: id.into(),
        nama: nama.into(),
        induk: induk.map(str::to_string),
        ..Default::default()
    }
}

fn predikat(unit_id: &str, ke: u32, p: PredikatOrganisasi) -> PredikatUnit {
    PredikatUnit {
        unit_id: unit_id.into(),
        periode: tw(ke),
        predikat: p,
        sumber: SumberPredikat::Ditetapkan,
        catatan: String::new(),
    }
}

/// Bidang Mutasi (kept) and its other spelling Bid. Mutasi with a Seksi under it; the other
/// spelling has predikat for TW I and TW II, the kept one for TW II only.
fn isi() -> MemoryStore {
    let s = MemoryStore::new();
    let mut semua = vec![
        Ubah::tulis(
            JenisRecord::UnitKerja,
            "a",
            &unit("a", "Bidang Mutasi", None),
            None,
        )
        .unwrap(),
        Ubah::tulis(
            JenisRecord::UnitKerja,
            "b",
            &unit("b", "Bid. Mutasi", None),
            None,
        )
        .unwrap(),
        Ubah::tulis(
            JenisRecord::UnitKerja,
            "s",
            &unit("s", "Seksi Mutasi", Some("b")),
            None,
        )
        .unwrap(),
    ];
    for p in [
        predikat("b", 1, PredikatOrganisasi::Istimewa),
        predikat("b", 2, PredikatOrganisasi::Kurang),
        predikat("a", 2, PredikatOrganisasi::Baik),
    ] {
        let id = id_predikat_unit(&p.unit_id, &p.periode);
        semua.push(Ubah::tulis(JenisRecord::PredikatOrganisasi, &id, &p, None).unwrap());
    }
    assert_eq!(terapkan(&s, &semua, WAKTU).unwrap(), 6);
    s
}

fn rencana(d: &DataKinerja) -> RencanaGabung {
    let unit: Vec<&UnitKerja> = d.unit_kerja.semua().iter().map(|u| &u.isi).collect();
    let cari = |id: &str| unit.iter().find(|u| u.id == id).copied().unwrap();
    rencana_gabung(cari("a"), cari("b"), &unit).unwrap()
}

#[test]
fn a_merge_lands_whole_and_moves_names_sub_units_and_predikat() {
    let s = isi();
    let d = DataKinerja::muat(&s).unwrap();
    let r = rencana(&d);
    assert_eq!(predikat_bentrok(&d, &r), [tw(2)]);
    let ubah = ubah_gabung(&s, &d, &r).unwrap();
    terapkan(&s, &ubah, WAKTU).unwrap();
    let d = DataKinerja::muat(&s).unwrap();
    let unit: Vec<&UnitKerja> = d.unit_kerja.semua().iter().map(|u| &u.isi).collect();
    assert_eq!(unit.len(), 2, "the merged spelling is gone");
    let a = unit.iter().find(|u| u.id == "a").unwrap();
    assert_eq!(a.alias, ["Bid. Mutasi"]);
    assert_eq!(
        unit.iter().find(|u| u.id == "s").unwrap().induk.as_deref(),
        Some("a")
    );
    let mut p: Vec<(String, u32, PredikatOrganisasi)> = d
        .predikat_unit
        .semua()
        .iter()
        .map(|p| (p.isi.unit_id.clone(), p.isi.periode.ke, p.isi.predikat))
        .collect();
    p.sort_by_key(|x| x.1);
    // TW I moved to the kept unit; in TW II the kept unit's own predikat stands.
    assert_eq!(
        p,
        [
            ("a".to_string(), 1, PredikatOrganisasi::Istimewa),
            ("a".to_string(), 2, PredikatOrganisasi::Baik)
        ]
    );
    let b = rekaman::baca(&s, JenisRecord::UnitKerja, "b")
        .unwrap()
        .unwrap();
    assert!(b.dihapus, "a tombstone, so the merge travels");
}

/// The merged unit's predikat stored under other ids than this device gives them (an import
/// from another device): each is deleted by its own id, and of two for one period the one every
/// screen shows moves, so the merge lands instead of failing as "changed elsewhere".
#[test]
fn a_merge_moves_predikat_stored_under_other_ids() {
    let s = isi();
    let lain = |n: u8| format!("{n:08x}-0000-4000-8000-000000000000");
    // TW III twice: the record at the id this device gives it, and another sorted before it.
    let tulis = |id: &str, p: &PredikatUnit| {
        rekaman::tulis_isi(&s, JenisRecord::PredikatOrganisasi, id, p, None, WAKTU).unwrap();
    };
    tulis(&lain(1), &predikat("b", 3, PredikatOrganisasi::Kurang));
    tulis(
        &id_predikat_unit("b", &tw(3)),
        &predikat("b", 3, PredikatOrganisasi::Baik),
    );
    tulis(&lain(2), &predikat("b", 4, PredikatOrganisasi::Istimewa));
    let d = DataKinerja::muat(&s).unwrap();
    let ubah = ubah_gabung(&s, &d, &rencana(&d)).unwrap();
    terapkan(&s, &ubah, WAKTU).unwrap();
    let d = DataKinerja::muat(&s).unwrap();
    let mut p: Vec<(&str, u32, PredikatOrganisasi)> = predikat_semua(&d)
        .map(|p| (p.isi.unit_id.as_str(), p.isi.periode.ke, p.isi.predikat))
        .collect();
    p.sort_by_key(|x| x.1);
    // Nothing of the merged unit stays live; TW III is the one the screens showed.
    assert_eq!(
        p,
        [
            ("a", 1, PredikatOrganisasi::Istimewa),
            ("a", 2, PredikatOrganisasi::Baik),
            ("a", 3, PredikatOrganisasi::Baik),
            ("a", 4, PredikatOrganisasi::Istimewa)
        ]
    );
    for id in [lain(1), lain(2)] {
        let r = rekaman::baca(&s, JenisRecord::PredikatOrganisasi, &id);
        assert!(r.unwrap().unwrap().dihapus, "{id}");
    }
}

/// The screen's save and clear write the record it shows, whatever its id; only a unit and
/// period with none gets the id every device gives it (after its tombstone, if cleared).
#[test]
fn the_predikat_screen_writes_the_record_it_shows() {
    let s = isi();
    let lain = "00000001-0000-4000-8000-000000000000";
    let p = predikat("a", 3, PredikatOrganisasi::Kurang);
    rekaman::tulis_isi(&s, JenisRecord::PredikatOrganisasi, lain, &p, None, WAKTU).unwrap();
    let d = DataKinerja::muat(&s).unwrap();
    let tampil = predikat_periode(&d, &tw(3)).remove("a").unwrap();
    assert_eq!((tampil.id, tampil.revisi), (lain, 1));
    let tujuan = tujuan_predikat(&s, Some((tampil.id, tampil.revisi)), "a", &tw(3));
    assert_eq!(tujuan, (lain.to_string(), Some(1)));
    // None shown: the canonical id, after its tombstone where it was cleared.
    let id = id_predikat_unit("a", &tw(4));
    assert_eq!(tujuan_predikat(&s, None, "a", &tw(4)), (id, None));
    let id = id_predikat_unit("a", &tw(2));
    rekaman::hapus(&s, JenisRecord::PredikatOrganisasi, &id, 1, WAKTU).unwrap();
    assert_eq!(tujuan_predikat(&s, None, "a", &tw(2)), (id, Some(2)));
}

#[test]
fn a_merge_refused_halfway_leaves_every_record_as_it_was() {
    // Another tab changed the merged unit after the screen read it: refused, nothing written.
    let s = isi();
    let d = DataKinerja::muat(&s).unwrap();
    let ubah = ubah_gabung(&s, &d, &rencana(&d)).unwrap();
    let mut b = unit("b", "Bid. Mutasi", None);
    b.kode = "03".into();
    rekaman::tulis_isi(&s, JenisRecord::UnitKerja, "b", &b, Some(1), WAKTU).unwrap();
    let sebelum = s.isi();
    let g = terapkan(&s, &ubah, WAKTU).unwrap_err();
    assert!(matches!(g.sebab, GagalTulis::LebihBaru { .. }), "{g:?}");
    assert_eq!(s.isi(), sebelum);
    // Storage full at the third write: every key back as before.
    let s = isi();
    let d = DataKinerja::muat(&s).unwrap();
    let ubah = ubah_gabung(&s, &d, &rencana(&d)).unwrap();
    let sebelum = s.isi();
    s.gagal_sekali_setelah(2);
    let g = terapkan(&s, &ubah, WAKTU).unwrap_err();
    assert_eq!(
        g.sebab,
        GagalTulis::Penyimpanan(StoreError::QuotaFull),
        "{g:?}"
    );
    assert_eq!(g.pemulihan, None);
    assert_eq!(s.isi(), sebelum);
}

#[test]
fn a_cleared_predikat_can_be_set_again_and_new_units_land_together() {
    let s = isi();
    let id = id_predikat_unit("a", &tw(2));
    rekaman::hapus(&s, JenisRecord::PredikatOrganisasi, &id, 1, WAKTU).unwrap();
    assert_eq!(
        basis_tulis(&s, JenisRecord::PredikatOrganisasi, &id, None),
        Some(2)
    );
    assert_eq!(
        basis_tulis(&s, JenisRecord::PredikatOrganisasi, &id, Some(7)),
        Some(7)
    );
    let lain = id_predikat_unit("a", &tw(3));
    assert_eq!(
        basis_tulis(&s, JenisRecord::PredikatOrganisasi, &lain, None),
        None
    );
    let p = predikat("a", 2, PredikatOrganisasi::Istimewa);
    rekaman::tulis_isi(&s, JenisRecord::PredikatOrganisasi, &id, &p, Some(2), WAKTU).unwrap();
    // Taking three units at once; one already exists, so none is added.
    let baru = [
        unit("x", "X", None),
        unit("a", "Bidang Mutasi", None),
        unit("y", "Y", None),
    ];
    let sebelum = s.isi();
    assert!(terapkan(&s, &ubah_tambah(&baru).unwrap(), WAKTU).is_err());
    assert_eq!(s.isi(), sebelum);
    terapkan(&s, &ubah_tambah(&baru[..1]).unwrap(), WAKTU).unwrap();
    assert_eq!(DataKinerja::muat(&s).unwrap().unit_kerja.semua().len(), 4);
}
