use super::*;
use crate::bundle::contoh::{self, uuid, waktu};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Pengekspor};
use crate::bundle::validasi::{baca_teks, Batas, HasilBaca};
use serde_json::json;

fn r(n: u8, jenis: JenisRecord, revisi: u64) -> Record {
    contoh::record(n, jenis, revisi)
}

fn catatan(n: u8, revisi: u64, isi: &str) -> Record {
    let mut x = r(n, JenisRecord::Catatan, revisi);
    x.data["isi"] = json!(isi);
    x
}

/// Exports `records` and reads the file back, as an import would.
fn masuk(records: Vec<Record>) -> BundleTerbaca {
    let b = Bundle::baru(
        JenisBundle::Pegawai,
        contoh::pengekspor(),
        records,
        waktu("2026-04-11T08:00:00+07:00"),
    );
    match baca_teks("masuk.json", &b.to_json_pretty(), &Batas::default()) {
        HasilBaca::Terbaca(b) => *b,
        lain => panic!("{lain:?}"),
    }
}

fn tindakan(rc: &Rencana, n: u8) -> Tindakan {
    let id = uuid(n);
    rc.entri
        .iter()
        .find(|e| e.id.as_deref() == Some(id.as_str()))
        .map(|e| e.tindakan)
        .unwrap()
}

#[test]
fn the_plan_names_what_happens_to_every_incoming_record() {
    let lokal = vec![
        catatan(1, 2, "sama"),
        catatan(2, 2, "lama"),
        catatan(3, 5, "lokal lebih baru"),
        catatan(4, 3, "lokal"),
        catatan(9, 1, "hanya lokal"),
    ];
    let m = masuk(vec![
        catatan(1, 2, "sama"),
        catatan(2, 3, "baru"),
        catatan(3, 4, "lebih lama"),
        catatan(4, 3, "masuk"),
        catatan(5, 1, "baru sama sekali"),
    ]);
    let rc = rencanakan(&lokal, &m);
    assert_eq!(tindakan(&rc, 1), Tindakan::TidakBerubah);
    assert_eq!(tindakan(&rc, 2), Tindakan::Perbarui);
    assert_eq!(tindakan(&rc, 3), Tindakan::LebihLama);
    assert_eq!(tindakan(&rc, 4), Tindakan::Konflik);
    assert_eq!(tindakan(&rc, 5), Tindakan::Tambah);
    assert_eq!(
        rc.entri.len(),
        5,
        "local-only records are not part of the plan"
    );
    assert_eq!(rc.jumlah(Tindakan::Konflik), 1);
    assert!(rc.ada_perubahan());
    assert_eq!(rc.sebelum, lokal);
    // A conflict keeps both versions for a side-by-side view.
    let k = rc.konflik().next().unwrap();
    assert_eq!(k.lokal.as_ref().unwrap().data["isi"], "lokal");
    assert_eq!(k.masuk.as_ref().unwrap().data["isi"], "masuk");
}

#[test]
fn a_plan_changes_nothing_until_applied_and_then_keeps_the_undo() {
    let lokal = vec![catatan(1, 1, "a"), catatan(2, 1, "b")];
    let m = masuk(vec![catatan(1, 2, "a2"), catatan(3, 1, "c")]);
    let rc = rencanakan(&lokal, &m);
    assert_eq!(rc.sebelum, lokal);
    let p = terapkan(&rc, &HashMap::new());
    assert_eq!(p.undo, lokal);
    assert_eq!(p.ditambah, [uuid(3)]);
    assert_eq!(p.diperbarui, [uuid(1)]);
    let ids: Vec<&str> = p.records.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(
        ids,
        [uuid(1), uuid(2), uuid(3)],
        "local order kept, new ones appended"
    );
    assert_eq!(p.records[0].data["isi"], "a2");
    assert_eq!(p.records[0].revisi, 2);
    assert_eq!(p.records[1], lokal[1]);
}

#[test]
fn an_unresolved_conflict_keeps_the_local_version() {
    let lokal = vec![catatan(1, 3, "lokal")];
    let rc = rencanakan(&lokal, &masuk(vec![catatan(1, 3, "masuk")]));
    let p = terapkan(&rc, &HashMap::new());
    assert_eq!(p.records, lokal);
    assert_eq!(p.konflik_tertunda, [uuid(1)]);
    assert!(p.konflik_dipilih.is_empty());
}

#[test]
fn a_chosen_side_wins_as_a_new_revision_past_both() {
    let lokal = vec![catatan(1, 3, "lokal"), catatan(2, 3, "lokal")];
    let rc = rencanakan(
        &lokal,
        &masuk(vec![catatan(1, 3, "masuk"), catatan(2, 3, "masuk")]),
    );
    let pilihan = HashMap::from([(uuid(1), Pilihan::Masuk), (uuid(2), Pilihan::Lokal)]);
    let p = terapkan(&rc, &pilihan);
    assert_eq!(p.records[0].data["isi"], "masuk");
    assert_eq!(p.records[0].revisi, 4);
    assert_eq!(p.records[1].data["isi"], "lokal");
    assert_eq!(p.records[1].revisi, 4);
    assert_eq!(p.konflik_dipilih.len(), 2);
    assert!(p.konflik_tertunda.is_empty());
    assert_eq!(p.undo, lokal);
    // The decision now reads as newer than what the other side still holds.
    let lagi = rencanakan(&p.records, &masuk(vec![catatan(2, 3, "masuk")]));
    assert_eq!(tindakan(&lagi, 2), Tindakan::LebihLama);
}

#[test]
fn with_a_base_both_sides_advancing_is_a_conflict_even_when_incoming_is_higher() {
    // Both had revision 2; locally edited once (3), remotely twice (4).
    let lokal = vec![catatan(1, 3, "edit lokal")];
    let m = masuk(vec![catatan(1, 4, "edit jauh")]);
    assert_eq!(tindakan(&rencanakan(&lokal, &m), 1), Tindakan::Perbarui);
    let basis = Basis::from([(uuid(1), 2)]);
    let rc = rencanakan_dengan_basis(&lokal, &m, &basis);
    assert_eq!(tindakan(&rc, 1), Tindakan::Konflik);
    // Unchanged locally since the base: a plain update.
    let basis = Basis::from([(uuid(1), 3)]);
    assert_eq!(
        tindakan(&rencanakan_dengan_basis(&lokal, &m, &basis), 1),
        Tindakan::Perbarui
    );
    // Both advanced to the same content: nothing to choose.
    let sama = masuk(vec![catatan(1, 3, "edit lokal")]);
    let basis = Basis::from([(uuid(1), 2)]);
    assert_eq!(
        tindakan(&rencanakan_dengan_basis(&lokal, &sama, &basis), 1),
        Tindakan::TidakBerubah
    );
}

#[test]
fn comparing_two_versions_directly() {
    let a = catatan(1, 2, "a");
    assert_eq!(bandingkan(&a, &a, None), Tindakan::TidakBerubah);
    let mut hapus = a.clone();
    hapus.dihapus = true;
    assert_eq!(
        bandingkan(&a, &hapus, None),
        Tindakan::Konflik,
        "a deletion is a change"
    );
    assert_eq!(
        bandingkan(&a, &catatan(1, 1, "a"), None),
        Tindakan::LebihLama
    );
    // Only the time stamp differs: same content.
    let mut t = a.clone();
    t.diperbarui = "2030-01-01T00:00:00Z".into();
    assert_eq!(bandingkan(&a, &t, None), Tindakan::TidakBerubah);
}

#[test]
fn a_tombstone_updates_like_any_later_revision() {
    let lokal = vec![catatan(1, 1, "a")];
    let mut hapus = catatan(1, 2, "a");
    hapus.dihapus = true;
    let rc = rencanakan(&lokal, &masuk(vec![hapus]));
    assert_eq!(tindakan(&rc, 1), Tindakan::Perbarui);
    let p = terapkan(&rc, &HashMap::new());
    assert!(p.records[0].dihapus, "kept as a tombstone, not removed");
}

#[test]
fn refused_records_and_type_clashes_appear_in_the_plan_and_change_nothing() {
    let lokal = vec![r(1, JenisRecord::Skp, 1)];
    let mut v = Bundle::baru(
        JenisBundle::Pegawai,
        contoh::pengekspor(),
        vec![catatan(1, 2, "bukan skp"), catatan(2, 1, "x")],
        waktu("2026-04-11T08:00:00+07:00"),
    )
    .ke_value();
    v["records"][1]["data"]["tanggal"] = json!("kemarin");
    let HasilBaca::Terbaca(m) = baca_teks("masuk.json", &v.to_string(), &Batas::default()) else {
        panic!()
    };
    let rc = rencanakan(&lokal, &m);
    assert_eq!(tindakan(&rc, 1), Tindakan::Ditolak);
    assert_eq!(tindakan(&rc, 2), Tindakan::Ditolak);
    let bentrok = &rc.entri[0];
    assert_eq!(
        bentrok.masalah[0].kode,
        KodeMasalah::JenisBerbeda {
            lokal: "skp".into()
        }
    );
    assert!(bentrok.lokal.is_some());
    assert!(!rc.entri[1].masalah.is_empty());
    assert!(!rc.ada_perubahan());
    let p = terapkan(&rc, &HashMap::new());
    assert_eq!(p.records, lokal);
    // The warning about the changed file travels with the plan.
    assert!(rc
        .peringatan
        .iter()
        .any(|w| w.kode == KodeMasalah::DigestTidakCocok));
}

#[test]
fn a_second_file_planned_on_the_first_result_sees_its_changes() {
    let f1 = masuk(vec![catatan(1, 1, "dari berkas 1")]);
    let f2 = masuk(vec![catatan(1, 1, "dari berkas 2")]);
    let p1 = terapkan(&rencanakan(&[], &f1), &HashMap::new());
    let rc2 = rencanakan(&p1.records, &f2);
    assert_eq!(
        tindakan(&rc2, 1),
        Tindakan::Konflik,
        "never a blind overwrite"
    );
}

#[test]
fn every_kind_of_record_merges_by_id() {
    let semua: Vec<Record> = JenisRecord::SEMUA
        .into_iter()
        .filter(|j| JenisBundle::Pegawai.boleh_memuat(*j) && *j != JenisRecord::Penghargaan)
        .enumerate()
        .map(|(i, j)| r(i as u8 + 1, j, 1))
        .collect();
    // Each record from a file of someone with authority over it: the evaluation and the
    // feedback are the atasan's (the fixture's pejabat penilai), the rest the pegawai's (an
    // award, the admin's, has its own tests).
    let (ev, lain): (Vec<Record>, Vec<Record>) = semua
        .iter()
        .cloned()
        .partition(|r| matches!(r.jenis, JenisRecord::Evaluasi | JenisRecord::UmpanBalik));
    let rc = rencanakan(&[], &masuk(lain));
    assert_eq!(rc.jumlah(Tindakan::Tambah), 9, "{rc:#?}");
    let p = terapkan(&rc, &HashMap::new());
    let atasan = Pengekspor {
        nip: "197001012000031001".into(),
        nama: "Budi".into(),
        peran: "pejabat_penilai".into(),
        lain: Default::default(),
    };
    let b = Bundle::baru(
        JenisBundle::Penilaian,
        atasan,
        ev,
        waktu("2026-04-12T08:00:00+07:00"),
    );
    let HasilBaca::Terbaca(b) = baca_teks("ev.json", &b.to_json_pretty(), &Batas::default()) else {
        panic!("unreadable");
    };
    let rc = rencanakan(&p.records, &b);
    assert_eq!(rc.jumlah(Tindakan::Tambah), 2, "{rc:#?}");
    let p = terapkan(&rc, &HashMap::new());
    // As sent, apart from the base each received record now carries (`gabung_kolom`).
    let urut = |mut v: Vec<Record>| {
        v.sort_by(|a, b| a.id.cmp(&b.id));
        for r in &mut v {
            r.lain.remove(crate::bundle::gabung_kolom::KOLOM_BASIS);
        }
        v
    };
    assert_eq!(urut(p.records.clone()), urut(semua.clone()));
    // The pegawai's own copy of everything, evaluation included, then changes nothing.
    let rc = rencanakan(&p.records, &masuk(semua));
    assert_eq!(rc.jumlah(Tindakan::TidakBerubah), 11);
}

#[test]
fn a_write_never_replaces_a_newer_record() {
    assert!(boleh_tulis(3, 3));
    assert!(boleh_tulis(3, 2));
    assert!(!boleh_tulis(3, 4));
    assert!(boleh_tulis(0, 0));
}

#[test]
fn a_revision_far_beyond_the_stored_one_is_refused() {
    let lokal = r(1, JenisRecord::Catatan, 3);
    let mut jauh = catatan(1, 3 + LOMPATAN_REVISI_MAKS + 1, "lompat");
    jauh.id = lokal.id.clone();
    let rc = rencanakan(std::slice::from_ref(&lokal), &masuk(vec![jauh]));
    assert_eq!(tindakan(&rc, 1), Tindakan::Ditolak);
    let wajar = catatan(1, 3 + LOMPATAN_REVISI_MAKS, "wajar");
    let rc = rencanakan(&[lokal], &masuk(vec![wajar]));
    assert_eq!(tindakan(&rc, 1), Tindakan::Perbarui);
}

/// The batch import's owning plan and apply ([`rencanakan_milik`], [`terapkan_milik`]) give
/// what the borrowing ones give: every action, a refused record, and each choice per
/// conflict.
#[test]
fn the_owning_plan_and_apply_equal_the_borrowing_ones() {
    let lokal = vec![
        catatan(1, 2, "sama"),
        catatan(2, 2, "lama"),
        catatan(3, 5, "lokal lebih baru"),
        catatan(4, 3, "lokal"),
        r(6, JenisRecord::Skp, 1),
    ];
    let mut v = Bundle::baru(
        JenisBundle::Pegawai,
        contoh::pengekspor(),
        vec![
            catatan(1, 2, "sama"),
            catatan(2, 3, "baru"),
            catatan(3, 4, "lebih lama"),
            catatan(4, 3, "masuk"),
            catatan(5, 1, "baru sama sekali"),
            catatan(6, 2, "bukan skp"),
            catatan(7, 1, "x"),
        ],
        waktu("2026-04-11T08:00:00+07:00"),
    )
    .ke_value();
    v["records"][6]["data"]["tanggal"] = json!("kemarin");
    let HasilBaca::Terbaca(m) = baca_teks("masuk.json", &v.to_string(), &Batas::default()) else {
        panic!()
    };
    let basis = Basis::from([(uuid(2), 2)]);
    let rc = rencanakan_untuk(&lokal, &m, &basis, Penerima::default());
    let milik = rencanakan_milik(&lokal, *m.clone(), &basis, Penerima::default());
    assert_eq!(milik, rc);
    assert_eq!(m.bundle.records.len(), 6, "the borrowed file is left whole");
    assert_eq!(
        [1, 2, 3, 4, 5, 6, 7].map(|n| tindakan(&rc, n)),
        [
            Tindakan::TidakBerubah,
            Tindakan::Perbarui,
            Tindakan::LebihLama,
            Tindakan::Konflik,
            Tindakan::Tambah,
            Tindakan::Ditolak,
            Tindakan::Ditolak,
        ]
    );
    for pilihan in [
        HashMap::new(),
        HashMap::from([(uuid(4), Pilihan::Masuk)]),
        HashMap::from([(uuid(4), Pilihan::Lokal)]),
    ] {
        let p = terapkan(&rc, &pilihan);
        assert_eq!(terapkan_milik(rc.clone(), &pilihan), p, "{pilihan:?}");
    }
}
