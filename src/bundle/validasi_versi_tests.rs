//! Schema versions of a bundle: newer refused with "update the app", missing or wrong
//! refused, older migrated (digest checked as written).

use super::tests::{baca_v, ditolak, punya, terbaca, B};
use super::*;
use crate::bundle::contoh;
use crate::bundle::migrasi::Migrasi;
use serde_json::json;

#[test]
fn a_newer_schema_asks_to_update_the_app_and_imports_nothing() {
    let mut v = contoh::value_pegawai();
    v["schema_version"] = json!(2);
    // Whatever else a newer schema changed is not looked at.
    v["records"] = json!("bentuk baru");
    match baca_v(&v) {
        HasilBaca::PerbaruiAplikasi {
            berkas,
            versi_berkas,
            masalah,
        } => {
            assert_eq!(berkas, B);
            assert_eq!(versi_berkas, 2);
            assert_eq!(
                masalah.kode,
                KodeMasalah::SkemaLebihBaru {
                    versi: 2,
                    didukung: SCHEMA_VERSION
                }
            );
        }
        lain => panic!("{lain:?}"),
    }
}

#[test]
fn schema_version_missing_wrong_or_too_old_is_refused() {
    let mut v = contoh::value_pegawai();
    v.as_object_mut().unwrap().remove("schema_version");
    let m = ditolak(baca_v(&v));
    assert_eq!(
        m[0].kode,
        KodeMasalah::KolomHilang {
            kolom: "schema_version".into()
        }
    );
    for salah in [json!("1"), json!(-1), json!(1.5)] {
        v["schema_version"] = salah;
        let m = ditolak(baca_v(&v));
        assert!(matches!(m[0].kode, KodeMasalah::TipeSalah { .. }));
    }
    v["schema_version"] = json!(0);
    let m = ditolak(baca_v(&v));
    assert_eq!(
        m[0].kode,
        KodeMasalah::SkemaTidakDidukung {
            versi: 0,
            tertua: 1
        }
    );
}

/// A hypothetical schema 0 that called `exporter` `pembuat`.
fn v0_ke_v1(mut v: Value) -> Result<Value, String> {
    let o = v.as_object_mut().ok_or("not an object")?;
    let p = o.remove("pembuat").ok_or("pembuat missing")?;
    o.insert("exporter".into(), p);
    Ok(v)
}

const RANTAI_UJI: &[Migrasi] = &[Migrasi {
    dari: 0,
    judul: "pembuat → exporter",
    terapkan: v0_ke_v1,
}];

#[test]
fn an_older_schema_is_migrated_and_its_digest_checked_as_written() {
    let mut v = contoh::value_pegawai();
    let o = v.as_object_mut().unwrap();
    let p = o.remove("exporter").unwrap();
    o.insert("pembuat".into(), p);
    o.insert("schema_version".into(), json!(0));
    let mut v0 = v.clone();
    v0["digest"]["value"] = json!(crate::bundle::digest::hitung(&v0));
    let h = periksa_value_dengan(
        B,
        v0.clone(),
        None,
        &Batas::default(),
        RANTAI_UJI,
        Hashing::DiSini,
    );
    let b = terbaca(h);
    assert_eq!(b.dimigrasi_dari, Some(0));
    assert_eq!(
        b.digest,
        StatusDigest::Cocok,
        "digest is of the file as exported"
    );
    assert_eq!(b.bundle.schema_version, SCHEMA_VERSION);
    assert_eq!(b.bundle.pengekspor.nip, contoh::NIP);
    assert_eq!(b.bundle.records.len(), 11);
    punya(&b.peringatan, "schema_version", |k| {
        *k == KodeMasalah::Dimigrasi { dari: 0, ke: 1 }
    });
    // A failing step refuses the file and names the step.
    v0.as_object_mut().unwrap().remove("pembuat");
    let m = ditolak(periksa_value_dengan(
        B,
        v0,
        None,
        &Batas::default(),
        RANTAI_UJI,
        Hashing::DiSini,
    ));
    assert!(matches!(
        m[0].kode,
        KodeMasalah::MigrasiGagal { dari: 0, .. }
    ));
}
