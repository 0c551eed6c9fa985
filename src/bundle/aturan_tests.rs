//! Each rule-breaking record named in issue 10 is refused by the dry run, with the rule named
//! in both languages; the valid fixture bundle still imports whole.

use crate::bundle::contoh::{self, uuid, waktu};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Record};
use crate::bundle::gabung::{rencanakan, Rencana, Tindakan};
use crate::bundle::masalah::KodeMasalah;
use crate::bundle::validasi::{baca_teks, Batas, HasilBaca};
use crate::domain::Bahasa;
use serde_json::json;

fn rencana(lokal: &[Record], records: Vec<Record>) -> Rencana {
    let b = Bundle::baru(
        JenisBundle::Pegawai,
        contoh::pengekspor(),
        records,
        waktu("2026-04-11T08:00:00+07:00"),
    );
    match baca_teks("masuk.json", &b.to_json_pretty(), &Batas::default()) {
        HasilBaca::Terbaca(b) => rencanakan(lokal, &b),
        lain => panic!("{lain:?}"),
    }
}

fn skp() -> Record {
    contoh::record(2, JenisRecord::Skp, 1)
}

pub(super) fn ubah(n: u8, jenis: JenisRecord, f: impl FnOnce(&mut serde_json::Value)) -> Record {
    let mut r = contoh::record(n, jenis, 1);
    f(&mut r.data);
    r
}

/// The rule codes the record `n` was refused for (empty when it was not refused).
pub(super) fn ditolak_karena(rc: &Rencana, n: u8) -> Vec<String> {
    let e = rc
        .entri
        .iter()
        .find(|e| e.id.as_deref() == Some(uuid(n).as_str()))
        .expect("entry");
    if e.tindakan != Tindakan::Ditolak {
        return Vec::new();
    }
    e.masalah
        .iter()
        .filter_map(|m| match &m.kode {
            KodeMasalah::AturanDilanggar { galat } => Some(galat.kode.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_valid_fixture_bundle_passes_every_rule() {
    // (Its evaluation and feedback are the atasan's, so a pegawai's file is refused them for
    // authority, not for a rule: see otoritas_tests.)
    let b = contoh::bundle_pegawai();
    let rc = rencana(&[], b.records.clone());
    for (n, _) in b.records.iter().enumerate() {
        assert_eq!(
            ditolak_karena(&rc, n as u8 + 1),
            Vec::<String>::new(),
            "record {n}"
        );
    }
    assert_eq!(rc.jumlah(Tindakan::Tambah), b.records.len() - 2, "{rc:#?}");
}

#[test]
fn a_dialog_kinerja_with_no_participants_is_refused() {
    let d = ubah(5, JenisRecord::DialogKinerja, |d| {
        d["peserta"] = json!([" "])
    });
    assert_eq!(
        ditolak_karena(&rencana(&[], vec![skp(), d]), 5),
        ["peserta_kosong"]
    );
}

#[test]
fn a_realisasi_for_an_iki_the_skp_does_not_have_is_refused() {
    let r = ubah(3, JenisRecord::Realisasi, |d| {
        d["iki_id"] = json!("iki-palsu")
    });
    assert_eq!(
        ditolak_karena(&rencana(&[], vec![skp(), r]), 3),
        ["iki_tidak_dikenal"]
    );
}

#[test]
fn realisasi_of_minus_5_and_1e308_are_refused() {
    for (n, v) in [(3u8, json!(-5.0)), (4, json!(1e308))] {
        let r = ubah(n, JenisRecord::Realisasi, |d| d["nilai"] = v.clone());
        let kode = ditolak_karena(&rencana(&[], vec![skp(), r]), n);
        let harap = if n == 3 {
            "realisasi_tidak_sah"
        } else {
            "angka_di_luar_jangkauan"
        };
        assert_eq!(kode, [harap], "{v}");
    }
}

#[test]
fn a_record_of_an_skp_that_is_nowhere_is_refused_and_a_stored_skp_counts() {
    let r = contoh::record(3, JenisRecord::Realisasi, 1);
    assert_eq!(
        ditolak_karena(&rencana(&[], vec![r.clone()]), 3),
        ["skp_tidak_ditemukan"]
    );
    assert_eq!(
        ditolak_karena(&rencana(&[skp()], vec![r]), 3),
        Vec::<String>::new()
    );
}

#[test]
fn an_skp_whose_period_ends_before_it_starts_is_refused() {
    let s = ubah(2, JenisRecord::Skp, |d| {
        d["periode_selesai"] = json!("2025-12-31")
    });
    assert_eq!(
        ditolak_karena(&rencana(&[], vec![s]), 2),
        ["periode_terbalik"]
    );
}

#[test]
fn a_submitted_skp_must_be_complete_a_draft_need_not() {
    let kosong = |status: serde_json::Value| {
        ubah(2, JenisRecord::Skp, move |d| {
            d["rhk"] = json!([]);
            d["status"] = status;
        })
    };
    assert_eq!(
        ditolak_karena(&rencana(&[], vec![kosong(json!({"kode": "draft"}))]), 2),
        Vec::<String>::new()
    );
    let diajukan = kosong(json!({"kode": "diajukan", "pada": "2026-01-05"}));
    assert_eq!(
        ditolak_karena(&rencana(&[], vec![diajukan]), 2),
        ["tanpa_rhk_utama"]
    );
}

#[test]
fn a_profile_with_a_nip_holding_markup_is_refused() {
    let p = ubah(1, JenisRecord::Pegawai, |d| {
        d["nip"] = json!("12345<b>x</b>")
    });
    let kode = ditolak_karena(&rencana(&[], vec![p]), 1);
    assert_eq!(kode.len(), 1, "{kode:?}");
    assert!(kode[0].starts_with("nip"), "{kode:?}");
}

#[test]
fn an_evaluation_for_a_period_outside_its_skp_is_refused_also_year_2147483647() {
    for tahun in [2027, i32::MAX as i64] {
        let e = ubah(6, JenisRecord::Evaluasi, |d| {
            d["periode"]["tahun"] = json!(tahun)
        });
        let kode = ditolak_karena(&rencana(&[], vec![skp(), e]), 6);
        assert_eq!(kode, ["periode_di_luar_skp"], "{tahun}");
    }
}

#[test]
fn a_forged_advice_cannot_hide_a_missing_justification() {
    // Every RHK "di bawah", rating hasil "di atas", the advice rewritten to match, no reason.
    let e = ubah(6, JenisRecord::Evaluasi, |d| {
        d["rating_rhk"][0]["rating"] = json!("dibawah_ekspektasi");
        d["rating_hasil"] =
            json!({"rating": "diatas_ekspektasi", "saran": "diatas_ekspektasi", "justifikasi": ""});
    });
    let rc = rencana(&[], vec![skp(), e]);
    assert_eq!(
        ditolak_karena(&rc, 6),
        ["saran_tidak_sesuai", "justifikasi_wajib"]
    );
    // With the computed advice and a reason, the same choice is the assessor's right.
    let e = ubah(6, JenisRecord::Evaluasi, |d| {
        d["rating_rhk"][0]["rating"] = json!("dibawah_ekspektasi");
        d["rating_hasil"] = json!({"rating": "diatas_ekspektasi", "saran": "dibawah_ekspektasi", "justifikasi": "Tugas tambahan berat"});
    });
    assert_eq!(
        ditolak_karena(&rencana(&[], vec![skp(), e]), 6),
        Vec::<String>::new()
    );
}

#[test]
fn an_evaluation_for_another_nip_pointing_at_this_pegawais_skp_is_refused() {
    let e = ubah(6, JenisRecord::Evaluasi, |d| {
        d["pegawai_nip"] = json!("199001012019031002")
    });
    assert_eq!(
        ditolak_karena(&rencana(&[], vec![skp(), e]), 6),
        ["evaluasi_pegawai_lain"]
    );
}

#[test]
fn the_report_names_the_rule_in_both_languages() {
    let d = ubah(5, JenisRecord::DialogKinerja, |d| d["peserta"] = json!([]));
    let rc = rencana(&[], vec![skp(), d]);
    let e = rc
        .entri
        .iter()
        .find(|e| e.tindakan == Tindakan::Ditolak)
        .unwrap();
    let id = e.masalah[0].pesan(Bahasa::Id);
    let en = e.masalah[0].pesan(Bahasa::En);
    assert!(
        id.contains("melanggar aturan") && id.contains("peserta"),
        "{id}"
    );
    assert!(
        en.contains("breaks a rule") && en.contains("participant"),
        "{en}"
    );
}

#[test]
fn a_tombstone_is_not_held_to_the_rules_of_content() {
    let mut r = contoh::record(3, JenisRecord::Realisasi, 2);
    r.dihapus = true;
    r.data = serde_json::Value::Null;
    assert_eq!(
        ditolak_karena(&rencana(&[], vec![r]), 3),
        Vec::<String>::new()
    );
}

/// The file the end-to-end test imports (`tests/e2e/fixtures/melanggar-aturan.json`): one valid
/// SKP and, after it, one record for each rule-breaking example of issue 10.
fn berkas_melanggar() -> Bundle {
    let ev = |n: u8, f: fn(&mut serde_json::Value)| ubah(n, JenisRecord::Evaluasi, f);
    let records = vec![
        ubah(1, JenisRecord::Pegawai, |d| {
            d["nip"] = json!("12345<b>x</b>")
        }),
        skp(),
        ubah(3, JenisRecord::Realisasi, |d| {
            d["iki_id"] = json!("iki-palsu")
        }),
        ubah(4, JenisRecord::Realisasi, |d| d["nilai"] = json!(-5.0)),
        ubah(5, JenisRecord::Realisasi, |d| d["nilai"] = json!(1e308)),
        ubah(6, JenisRecord::DialogKinerja, |d| d["peserta"] = json!([])),
        ubah(7, JenisRecord::Skp, |d| {
            d["periode_selesai"] = json!("2025-12-31")
        }),
        ev(8, |d| d["periode"]["tahun"] = json!(i32::MAX)),
        ev(9, |d| {
            d["rating_rhk"][0]["rating"] = json!("dibawah_ekspektasi");
            d["rating_hasil"] =
                json!({"rating": "diatas_ekspektasi", "saran": "diatas_ekspektasi"});
        }),
        ev(10, |d| d["pegawai_nip"] = json!("199001012019031002")),
    ];
    Bundle::baru(
        JenisBundle::Pegawai,
        contoh::pengekspor(),
        records,
        waktu("2026-04-11T08:00:00+07:00"),
    )
}

#[test]
fn the_e2e_file_refuses_all_but_the_valid_skp_and_is_current() {
    let b = berkas_melanggar();
    let rc = rencana(&[], b.records.clone());
    assert_eq!(rc.jumlah(Tindakan::Tambah), 1);
    assert_eq!(rc.jumlah(Tindakan::Ditolak), 9);
    // Refused for breaking a rule, whatever the authority check also says.
    for n in [1, 3, 4, 5, 6, 7, 8, 9, 10] {
        assert!(!ditolak_karena(&rc, n).is_empty(), "record {n}");
    }
    let teks = b.to_json_pretty() + "\n";
    contoh::fixture_e2e_terkini("melanggar-aturan.json", &teks, "aturan");
}

#[test]
fn a_second_evaluation_of_the_same_skp_and_period_is_refused() {
    let lama = contoh::record(6, JenisRecord::Evaluasi, 1);
    let kedua = contoh::record(11, JenisRecord::Evaluasi, 1);
    let rc = rencana(&[skp(), lama.clone()], vec![kedua]);
    assert_eq!(ditolak_karena(&rc, 11), ["evaluasi_ganda"]);
    // The stored one itself, arriving again, is no duplicate of itself.
    let mut lagi = lama;
    lagi.revisi += 1;
    lagi.data["tanggal"] = json!("2026-04-06");
    assert_eq!(
        ditolak_karena(&rencana(&[skp()], vec![lagi]), 6),
        Vec::<String>::new()
    );
}

/// The organisation's records keep their own rules on import (the rekap bundle that will carry
/// them goes through the same path): a unit without a name or with a broken leader NIP, a
/// predikat for a period that does not exist.
#[test]
fn an_unnamed_unit_and_a_predikat_for_a_period_outside_the_year_are_refused() {
    use crate::bundle::aturan::pelanggaran;
    let unit = ubah(31, JenisRecord::UnitKerja, |d| {
        d["nama"] = json!(" ");
        d["pimpinan_nip"] = json!("19700101");
        // Nothing another unit of the file has (see the next test).
        d["kode"] = json!("");
        d["alias"] = json!([]);
    });
    let predikat = ubah(32, JenisRecord::PredikatOrganisasi, |d| {
        d["periode"]["ke"] = json!(5);
    });
    let baik = contoh::record(33, JenisRecord::UnitKerja, 1);
    let b = Bundle::baru(
        JenisBundle::Rulebook,
        contoh::pengekspor(),
        vec![unit, predikat, baik],
        waktu("2026-04-11T08:00:00+07:00"),
    );
    let m = pelanggaran(&[], &b);
    let kode = |n: u8| -> Vec<String> {
        m.get(&uuid(n))
            .map(|v| v.iter().map(|g| g.kode.clone()).collect())
            .unwrap_or_default()
    };
    assert_eq!(kode(31), ["unit_nama_kosong", "nip_panjang"]);
    assert_eq!(kode(32), ["periode_tidak_sah"]);
    assert!(kode(33).is_empty());
    let g = &m[&uuid(32)][0];
    assert_eq!(
        g.pesan(crate::domain::Rulebook::bawaan(), Bahasa::Id),
        "Periode triwulanan ke-5 tidak ada dalam satu tahun."
    );
}

/// A unit is checked among the units as they will stand (the stored ones, replaced by the
/// file's), as the screen's form checks it: a rekap from another device or agency brings no
/// second "Biro Perencanaan", nor a unit under a parent nobody has.
#[test]
fn an_incoming_unit_is_checked_among_the_stored_and_the_files_units() {
    use crate::bundle::aturan::pelanggaran;
    let lokal = [contoh::record(60, JenisRecord::UnitKerja, 1)];
    let unit = |n: u8, f: &dyn Fn(&mut serde_json::Value)| {
        let mut r = contoh::record(n, JenisRecord::UnitKerja, 1);
        r.data["kode"] = json!(format!("09.{n}"));
        r.data["alias"] = json!([]);
        r.data["nama"] = json!(format!("Unit {n}"));
        f(&mut r.data);
        r
    };
    let periksa = |records: Vec<Record>| {
        let b = Bundle::baru(
            JenisBundle::Rekap,
            contoh::pengekspor(),
            records,
            waktu("2026-04-11T08:00:00+07:00"),
        );
        let m = pelanggaran(&lokal, &b);
        move |n: u8| -> Vec<String> {
            m.get(&uuid(n))
                .map(|v| v.iter().map(|g| g.kode.clone()).collect())
                .unwrap_or_default()
        }
    };
    let kode = periksa(vec![
        unit(61, &|d| d["nama"] = json!("biro  perencanaan")),
        unit(62, &|d| d["kode"] = json!("02.01")),
    ]);
    assert_eq!(kode(61), ["unit_nama_ganda"]);
    assert_eq!(kode(62), ["unit_kode_ganda"]);
    let kode = periksa(vec![
        // The stored unit's own new version: no clash with itself.
        ubah(60, JenisRecord::UnitKerja, |d| {
            d["alias"] = json!(["Biro Renc.", "BP"])
        }),
        unit(63, &|d| d["induk"] = json!(uuid(99))),
        // Under a unit the same file brings.
        unit(64, &|d| d["induk"] = json!(uuid(65))),
        unit(65, &|_| {}),
    ]);
    assert!(kode(60).is_empty(), "{:?}", kode(60));
    assert_eq!(kode(63), ["unit_induk_tidak_dikenal"]);
    assert!(kode(64).is_empty() && kode(65).is_empty());
}
