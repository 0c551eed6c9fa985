//! docs/bundle.schema.json against the code: a structural check without a schema crate. The
//! schema must parse, name exactly the kinds, types and roles the code knows, and require
//! exactly the fields an exported bundle has and the domain cannot do without.

use super::contoh;
use super::format::{
    Bundle, JenisBundle, JenisRecord, ALGORITMA_DIGEST, FORMAT, KOLOM_BUNDLE, PERAN,
};
use super::isi::{baca_isi, kolom_turunan};
use super::migrasi::SCHEMA_VERSION;
use serde_json::Value;
use std::collections::BTreeSet;

const SKEMA: &str = include_str!("../../docs/bundle.schema.json");

fn skema() -> Value {
    serde_json::from_str(SKEMA).expect("docs/bundle.schema.json is JSON")
}

fn daftar(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not a list: {v}"))
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

fn kode<I: IntoIterator<Item = &'static str>>(i: I) -> BTreeSet<String> {
    i.into_iter().map(str::to_string).collect()
}

fn data_skema(s: &Value, j: JenisRecord) -> &Value {
    &s["$defs"][format!("data_{}", j.kode())]["properties"]["data"]
}

/// One bundle of each kind, holding every record type that kind may carry.
fn contoh_semua() -> Vec<Bundle> {
    JenisBundle::SEMUA
        .into_iter()
        .map(|k| {
            let records = JenisRecord::SEMUA
                .into_iter()
                .filter(|j| k.boleh_memuat(*j))
                .enumerate()
                .map(|(i, j)| contoh::record(i as u8 + 1, j, 1))
                .collect();
            Bundle::baru(
                k,
                contoh::pengekspor(),
                records,
                contoh::waktu("2026-04-10T09:30:00+07:00"),
            )
        })
        .collect()
}

#[test]
fn the_schema_is_draft_2020_12_and_names_what_the_code_knows() {
    let s = skema();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    let p = &s["properties"];
    assert_eq!(p["format"]["const"], FORMAT);
    assert_eq!(p["schema_version"]["const"], SCHEMA_VERSION);
    assert_eq!(
        p["digest"]["properties"]["algorithm"]["const"],
        ALGORITMA_DIGEST
    );
    assert_eq!(
        daftar(&p["kind"]["enum"]),
        kode(JenisBundle::SEMUA.map(JenisBundle::kode))
    );
    assert_eq!(
        daftar(&p["exporter"]["properties"]["peran"]["enum"]),
        kode(PERAN)
    );
    assert_eq!(
        daftar(&s["$defs"]["record"]["properties"]["type"]["enum"]),
        kode(JenisRecord::SEMUA.map(JenisRecord::kode))
    );
    assert_eq!(daftar(&s["required"]), kode(KOLOM_BUNDLE));
}

#[test]
fn each_kinds_record_types_match_what_the_code_allows() {
    let s = skema();
    let penilaian = s["allOf"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["if"]["properties"]["kind"]["const"] == "penilaian")
        .unwrap();
    let jenis = &penilaian["then"]["properties"]["records"]["items"]["properties"]["type"]["enum"];
    let boleh = JenisRecord::SEMUA
        .into_iter()
        .filter(|j| JenisBundle::Penilaian.boleh_memuat(*j))
        .map(JenisRecord::kode);
    assert_eq!(daftar(jenis), kode(boleh));
}

#[test]
fn an_exported_bundle_has_every_property_the_schema_requires() {
    let s = skema();
    for b in contoh_semua() {
        let v = b.ke_value();
        for k in daftar(&s["required"]) {
            assert!(v.get(&k).is_some(), "{k}");
        }
        for k in daftar(&s["properties"]["exporter"]["required"]) {
            assert!(v["exporter"].get(&k).is_some(), "exporter.{k}");
        }
        for k in daftar(&s["properties"]["digest"]["required"]) {
            assert!(v["digest"].get(&k).is_some(), "digest.{k}");
        }
        for r in v["records"].as_array().unwrap() {
            for k in daftar(&s["$defs"]["record"]["required"]) {
                assert!(r.get(&k).is_some(), "record.{k}");
            }
            let j = JenisRecord::dari_kode(r["type"].as_str().unwrap()).unwrap();
            for k in daftar(&data_skema(&s, j)["required"]) {
                assert!(r["data"].get(&k).is_some(), "{}.data.{k}", j.kode());
            }
        }
    }
}

#[test]
fn the_schema_requires_exactly_the_fields_the_domain_cannot_do_without() {
    let s = skema();
    for j in JenisRecord::SEMUA {
        let data = contoh::record(1, j, 1).data;
        let o = data.as_object().unwrap();
        let perlu: BTreeSet<String> = o
            .keys()
            .filter(|k| {
                let mut tanpa = data.clone();
                tanpa.as_object_mut().unwrap().remove(k.as_str());
                baca_isi(j, &tanpa, "data").is_err()
            })
            .cloned()
            .collect();
        assert_eq!(
            daftar(&data_skema(&s, j)["required"]),
            perlu,
            "{}",
            j.kode()
        );
    }
}

#[test]
fn derived_values_are_forbidden_in_the_schema_exactly_where_import_drops_them() {
    let s = skema();
    for j in JenisRecord::SEMUA {
        let dilarang: BTreeSet<String> = data_skema(&s, j)["properties"]
            .as_object()
            .map(|o| {
                o.iter()
                    .filter(|(_, v)| **v == Value::Bool(false))
                    .map(|(k, _)| k.clone())
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(
            dilarang,
            kode(kolom_turunan(j).iter().copied()),
            "{}",
            j.kode()
        );
    }
}
