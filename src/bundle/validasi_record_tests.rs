//! Record-level refusals and the digest warning (the file-level cases are in validasi_tests.rs).

use crate::bundle::contoh::{self, uuid};
use crate::bundle::digest::StatusDigest;
use crate::bundle::format::{JenisRecord, Record};
use crate::bundle::jejak::Bentuk;
use crate::bundle::masalah::{KodeMasalah, Masalah};
use crate::bundle::validasi::tests::{baca_v, punya, satu_ditolak, terbaca, B};
use crate::bundle::validasi::{baca_teks, Batas};
use serde_json::json;
use serde_json::Value;

// ---- one record at a time ----

#[test]
fn a_record_that_is_not_an_object_is_refused_alone() {
    let mut v = contoh::value_pegawai();
    v["records"].as_array_mut().unwrap().push(json!("record")); // 12th
    let d = satu_ditolak(&v);
    assert_eq!(d.indeks, 11);
    assert_eq!(d.mentah, json!("record"));
    punya(&d.masalah, "records[11]", |k| {
        matches!(
            k,
            KodeMasalah::TipeSalah {
                ada: Bentuk::Teks,
                ..
            }
        )
    });
}

#[test]
fn record_envelope_fields_missing_or_wrong() {
    let mut v = contoh::value_pegawai();
    let r = v["records"][2].as_object_mut().unwrap();
    r.remove("revision");
    r.insert("updated_at".into(), json!("2026-13-01T00:00:00Z"));
    r.insert("deleted".into(), json!("tidak"));
    r.remove("data");
    let d = satu_ditolak(&v);
    assert_eq!(d.id.as_deref(), Some(uuid(3).as_str()));
    assert_eq!(d.jenis.as_deref(), Some("realisasi"));
    let m = &d.masalah;
    punya(m, "records[2]", |k| {
        *k == KodeMasalah::KolomHilang {
            kolom: "revision".into(),
        }
    });
    punya(m, "records[2].updated_at", |k| {
        matches!(k, KodeMasalah::TanggalTidakSah { .. })
    });
    punya(m, "records[2].deleted", |k| {
        matches!(k, KodeMasalah::TipeSalah { .. })
    });
    punya(m, "records[2]", |k| {
        *k == KodeMasalah::KolomHilang {
            kolom: "data".into(),
        }
    });
    assert!(m
        .iter()
        .all(|x| x.record.as_deref() == Some(uuid(3).as_str())));
    let mut v = contoh::value_pegawai();
    v["records"][2]["revision"] = json!(-4);
    punya(&satu_ditolak(&v).masalah, "records[2].revision", |k| {
        matches!(
            k,
            KodeMasalah::TipeSalah {
                ada: Bentuk::Bilangan,
                ..
            }
        )
    });
}

#[test]
fn an_id_that_is_not_a_uuid_is_refused() {
    let mut v = contoh::value_pegawai();
    v["records"][0]["id"] = json!("pegawai-1");
    let d = satu_ditolak(&v);
    assert_eq!(d.id.as_deref(), Some("pegawai-1"));
    punya(&d.masalah, "records[0].id", |k| {
        *k == KodeMasalah::IdTidakSah
    });
    assert_eq!(d.masalah[0].nilai, "pegawai-1");
    v["records"][0]["id"] = json!(7);
    punya(&satu_ditolak(&v).masalah, "records[0].id", |k| {
        matches!(k, KodeMasalah::TipeSalah { .. })
    });
}

#[test]
fn every_copy_of_a_duplicate_id_is_refused() {
    let mut v = contoh::value_pegawai();
    v["records"][4]["id"] = v["records"][6]["id"].clone();
    let b = terbaca(baca_v(&v));
    assert_eq!(b.bundle.records.len(), 9);
    let indeks: Vec<usize> = b.ditolak.iter().map(|d| d.indeks).collect();
    assert_eq!(indeks, [4, 6]);
    for d in &b.ditolak {
        punya(&d.masalah, &format!("records[{}].id", d.indeks), |k| {
            *k == KodeMasalah::IdGanda { kali: 2 }
        });
    }
}

#[test]
fn unknown_and_misplaced_record_types_are_refused() {
    let mut v = contoh::value_pegawai();
    v["records"][7]["type"] = json!("gaji");
    let d = satu_ditolak(&v);
    punya(&d.masalah, "records[7].type", |k| {
        *k == KodeMasalah::JenisRecordTidakDikenal
    });
    assert_eq!(d.jenis.as_deref(), Some("gaji"));
    let mut v = contoh::value_pegawai();
    v["records"][7] = serde_json::to_value(contoh::record(20, JenisRecord::Rulebook, 1)).unwrap();
    let d = satu_ditolak(&v);
    punya(&d.masalah, "records[7].type", |k| {
        *k == KodeMasalah::JenisRecordTidakCocok {
            bundle: crate::bundle::JenisBundle::Pegawai,
        }
    });
}

#[test]
fn data_that_does_not_fit_its_type_names_the_field() {
    let mut v = contoh::value_pegawai();
    v["records"][0]["data"]
        .as_object_mut()
        .unwrap()
        .remove("nip");
    v["records"][1]["data"]["status"] = json!({"kode": "dibatalkan"});
    v["records"][3]["data"]["tanggal"] = json!("2026-02-30");
    v["records"][5]["data"]["rating_perilaku"] = json!(3);
    let b = terbaca(baca_v(&v));
    assert_eq!(b.ditolak.len(), 4);
    let m: Vec<Masalah> = b.ditolak.iter().flat_map(|d| d.masalah.clone()).collect();
    punya(&m, "records[0].data", |k| {
        *k == KodeMasalah::KolomHilang {
            kolom: "nip".into(),
        }
    });
    punya(&m, "records[1].data.status.kode", |k| {
        matches!(k, KodeMasalah::NilaiTidakDikenal { .. })
    });
    punya(&m, "records[3].data.tanggal", |k| {
        matches!(k, KodeMasalah::TanggalTidakSah { .. })
    });
    punya(&m, "records[5].data.rating_perilaku", |k| {
        matches!(
            k,
            KodeMasalah::TipeSalah {
                ada: Bentuk::Bilangan,
                ..
            }
        )
    });
    let tanggal = m
        .iter()
        .find(|x| x.jalur == "records[3].data.tanggal")
        .unwrap();
    assert_eq!(tanggal.nilai, "2026-02-30");
    assert_eq!(tanggal.record.as_deref(), Some(uuid(4).as_str()));
}

#[test]
fn an_inconsistent_rulebook_is_refused_with_its_own_reason() {
    let mut r = contoh::record(30, JenisRecord::Rulebook, 1);
    r.data["kuadran"]["diatas_ekspektasi"]
        .as_object_mut()
        .unwrap()
        .remove("diatas_ekspektasi");
    let b = crate::bundle::Bundle::baru(
        crate::bundle::JenisBundle::Rulebook,
        contoh::pengekspor(),
        vec![r, contoh::record(31, JenisRecord::Rulebook, 1)],
        contoh::waktu("2026-04-10T09:30:00+07:00"),
    );
    let d = satu_ditolak(&b.ke_value());
    assert!(
        matches!(
            d.masalah[0].kode,
            KodeMasalah::RulebookTidakKonsisten { .. }
        ),
        "{:?}",
        d.masalah
    );
    assert_eq!(d.masalah[0].jalur, "records[0].data");
}

#[test]
fn a_tombstone_may_drop_its_data() {
    let mut v = contoh::value_pegawai();
    v["records"][7]["deleted"] = json!(true);
    v["records"][7]["data"] = Value::Null;
    let b = terbaca(baca_v(&v));
    assert!(b.ditolak.is_empty());
    assert!(b.bundle.records[7].dihapus);
    // A live record may not.
    v["records"][7]["deleted"] = json!(false);
    punya(&satu_ditolak(&v).masalah, "records[7].data", |k| {
        matches!(k, KodeMasalah::TipeSalah { .. })
    });
}

#[test]
fn derived_values_in_a_file_are_dropped_with_a_warning() {
    let mut v = contoh::value_pegawai();
    v["records"][5]["data"]["predikat"] = json!("sangat_baik");
    let b = terbaca(baca_v(&v));
    assert!(b.ditolak.is_empty());
    let ev: &Record = &b.bundle.records[5];
    assert!(ev.data.get("predikat").is_none());
    punya(&b.peringatan, "records[5].data.predikat", |k| {
        *k == KodeMasalah::NilaiTurunanDibuang
    });
    assert_eq!(
        b.peringatan
            .iter()
            .find(|m| m.kode == KodeMasalah::NilaiTurunanDibuang)
            .unwrap()
            .record
            .as_deref(),
        Some(uuid(6).as_str())
    );
}

// ---- digest ----

#[test]
fn a_changed_file_warns_but_still_reads() {
    let mut v = contoh::value_pegawai();
    v["records"][7]["data"]["isi"] = json!("diubah tangan");
    let b = terbaca(baca_v(&v));
    assert!(matches!(b.digest, StatusDigest::TidakCocok { .. }));
    assert_eq!(b.bundle.records.len(), 11);
    punya(&b.peringatan, "digest", |k| {
        *k == KodeMasalah::DigestTidakCocok
    });
}

#[test]
fn a_missing_or_foreign_digest_warns() {
    let mut v = contoh::value_pegawai();
    v["digest"]["algorithm"] = json!("md5");
    let b = terbaca(baca_v(&v));
    punya(&b.peringatan, "digest", |k| {
        *k == KodeMasalah::AlgoritmaDigestTidakDikenal
    });
    assert_eq!(b.peringatan[0].nilai, "md5");
    v.as_object_mut().unwrap().remove("digest");
    let b = terbaca(baca_v(&v));
    assert_eq!(b.digest, StatusDigest::TidakAda);
    punya(&b.peringatan, "digest", |k| {
        *k == KodeMasalah::DigestTidakAda
    });
}

#[test]
fn whitespace_and_key_order_do_not_upset_the_digest() {
    let v = contoh::value_pegawai();
    let b = terbaca(baca_teks(
        B,
        &serde_json::to_string(&v).unwrap(),
        &Batas::default(),
    ));
    assert_eq!(b.digest, StatusDigest::Cocok);
    // Keys written in reverse order, as another tool might.
    fn balik(v: &Value) -> String {
        match v {
            Value::Object(o) => {
                let isi: Vec<String> = o
                    .iter()
                    .rev()
                    .map(|(k, x)| format!("{}: {}", Value::String(k.clone()), balik(x)))
                    .collect();
                format!("{{ {} }}", isi.join(",\n "))
            }
            Value::Array(a) => format!("[{}]", a.iter().map(balik).collect::<Vec<_>>().join(", ")),
            lain => lain.to_string(),
        }
    }
    let b = terbaca(baca_teks(B, &balik(&v), &Batas::default()));
    assert_eq!(b.digest, StatusDigest::Cocok);
}

// ---- matriks peran–hasil ----

#[test]
fn a_matriks_record_is_read_typed_and_a_bad_cell_is_named() {
    let mut v = contoh::value_pegawai();
    assert_eq!(v["records"][8]["type"], "matriks_peran_hasil");
    v["records"][8]["data"]["sel"][0]["peran_hasil"] = json!(7);
    punya(
        &satu_ditolak(&v).masalah,
        "records[8].data.sel[0].peran_hasil",
        |k| matches!(k, KodeMasalah::TipeSalah { .. }),
    );
    let mut v = contoh::value_pegawai();
    v["records"][8]["data"]
        .as_object_mut()
        .unwrap()
        .remove("skp_atasan_id");
    punya(&satu_ditolak(&v).masalah, "records[8].data", |k| {
        *k == KodeMasalah::KolomHilang {
            kolom: "skp_atasan_id".into(),
        }
    });
}

#[test]
fn a_matriks_travels_in_a_penilaian_bundle_but_not_a_rulebook_one() {
    use crate::bundle::isi::IsiRecord;
    use crate::bundle::{Bundle, JenisBundle};
    let t = contoh::waktu("2026-04-10T09:30:00+07:00");
    let m = contoh::record(40, JenisRecord::MatriksPeranHasil, 1);
    let b = Bundle::baru(
        JenisBundle::Penilaian,
        contoh::pengekspor(),
        vec![m.clone()],
        t,
    );
    let b = terbaca(baca_v(&b.ke_value()));
    assert!(b.ditolak.is_empty(), "{:?}", b.ditolak);
    let Ok(IsiRecord::MatriksPeranHasil(isi)) = b.bundle.records[0].isi() else {
        panic!("not a matriks")
    };
    assert_eq!(isi, contoh::matriks());
    let rb = contoh::record(41, JenisRecord::Rulebook, 1);
    let b = Bundle::baru(JenisBundle::Rulebook, contoh::pengekspor(), vec![m, rb], t);
    punya(
        &satu_ditolak(&b.ke_value()).masalah,
        "records[0].type",
        |k| {
            *k == KodeMasalah::JenisRecordTidakCocok {
                bundle: JenisBundle::Rulebook,
            }
        },
    );
}
