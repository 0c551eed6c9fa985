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

/// One predikat organisasi per unit and period, whatever id each device gave it: a second
/// record for the same unit and period is refused (the dashboard and the organisation screen
/// would each read another); the stored one again, or a file that deletes it and brings its
/// replacement under another id, is not.
#[test]
fn a_second_predikat_of_the_same_unit_and_period_is_refused() {
    use crate::bundle::aturan::pelanggaran;
    let kode = |lokal: &[Record], records: Vec<Record>, n: u8| -> Vec<String> {
        let b = Bundle::baru(
            JenisBundle::Rekap,
            contoh::pengekspor(),
            records,
            waktu("2026-04-11T08:00:00+07:00"),
        );
        let m = pelanggaran(lokal, &b);
        let g = m.get(&uuid(n)).into_iter().flatten();
        g.map(|g| g.kode.clone()).collect()
    };
    let lama = contoh::record(32, JenisRecord::PredikatOrganisasi, 1);
    let kedua = ubah(34, JenisRecord::PredikatOrganisasi, |d| {
        d["predikat"] = json!("istimewa")
    });
    let lokal = [lama.clone()];
    assert_eq!(
        kode(&lokal, vec![kedua.clone()], 34),
        ["predikat_organisasi_ganda"]
    );
    // Two in one file, none stored: both, since which one is right is unknown.
    let ketiga = contoh::record(35, JenisRecord::PredikatOrganisasi, 1);
    assert_eq!(
        kode(&[], vec![kedua.clone(), ketiga.clone()], 35),
        ["predikat_organisasi_ganda"]
    );
    let b = Bundle::baru(
        JenisBundle::Rekap,
        contoh::pengekspor(),
        vec![kedua.clone()],
        waktu("2026-04-11T08:00:00+07:00"),
    );
    let g = &pelanggaran(&lokal, &b)[&uuid(34)][0];
    let rb = crate::domain::Rulebook::bawaan();
    assert!(g
        .pesan(rb, Bahasa::Id)
        .contains("periode triwulanan 1 2026"));
    assert!(g.pesan(rb, Bahasa::En).contains("period triwulanan 1 2026"));
    // Another period of the same unit: no clash.
    let lain = ubah(36, JenisRecord::PredikatOrganisasi, |d| {
        d["periode"]["ke"] = json!(2)
    });
    assert!(kode(&lokal, vec![lain], 36).is_empty());
    // The stored record itself at a later revision.
    let mut lagi = lama.clone();
    lagi.revisi = 2;
    lagi.data["predikat"] = json!("kurang");
    assert!(kode(&lokal, vec![lagi], 32).is_empty());
    // The file deletes the stored one and brings its replacement under another id.
    let mut hapus = lama.clone();
    hapus.revisi = 2;
    hapus.dihapus = true;
    hapus.data = serde_json::Value::Null;
    assert!(kode(&lokal, vec![hapus.clone(), kedua.clone()], 34).is_empty());
    // A tombstone older than the stored record deletes nothing: the stored one stays.
    let mut baru = lama;
    baru.revisi = 3;
    assert_eq!(
        kode(&[baru], vec![hapus, kedua], 34),
        ["predikat_organisasi_ganda"]
    );
}
