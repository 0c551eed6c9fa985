//! docs/bundle.schema.json against the code: a structural check without a schema crate. The
//! schema must parse, name exactly the kinds, types and roles the code knows, and require
//! exactly the fields an exported bundle has and the domain cannot do without.

use super::contoh;
use super::format::{
    Bundle, JenisBundle, JenisRecord, ALGORITMA_DIGEST, FORMAT, KOLOM_BUNDLE, PERAN, PERAN_ADMIN,
};
use super::isi::{baca_isi, kolom_turunan};
use super::migrasi::SCHEMA_VERSION;
use super::validasi::{baca_teks, Batas, HasilBaca};
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

/// The schema's rule for one kind (`allOf` entry whose `if` names it).
fn aturan_jenis(s: &Value, k: JenisBundle) -> &Value {
    s["allOf"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["if"]["properties"]["kind"]["const"] == k.kode())
        .unwrap_or_else(|| panic!("no allOf rule for kind {}", k.kode()))
}

#[test]
fn each_kinds_record_types_match_what_the_code_allows() {
    let s = skema();
    let semua = kode(JenisRecord::SEMUA.map(JenisRecord::kode));
    for k in JenisBundle::SEMUA {
        let t =
            &aturan_jenis(&s, k)["then"]["properties"]["records"]["items"]["properties"]["type"];
        // A list, one type, or every type but a list.
        let menurut_skema: BTreeSet<String> = if let Some(c) = t["const"].as_str() {
            BTreeSet::from([c.to_string()])
        } else if t.get("enum").is_some() {
            daftar(&t["enum"])
        } else {
            let kecuali = daftar(&t["not"]["enum"]);
            semua.difference(&kecuali).cloned().collect()
        };
        let boleh = JenisRecord::SEMUA
            .into_iter()
            .filter(|j| k.boleh_memuat(*j))
            .map(JenisRecord::kode);
        assert_eq!(menurut_skema, kode(boleh), "{}", k.kode());
    }
}

#[test]
fn a_rekap_is_made_by_the_admin_alone_in_the_schema_as_in_the_reader() {
    let s = skema();
    let aturan = &aturan_jenis(&s, JenisBundle::Rekap)["then"]["properties"];
    assert_eq!(
        aturan["exporter"]["properties"]["peran"]["const"],
        PERAN_ADMIN
    );
    // The reader refuses the same file from any other role, whole.
    for peran in PERAN {
        let mut b = Bundle::baru(
            JenisBundle::Rekap,
            contoh::pengekspor(),
            vec![contoh::record(60, JenisRecord::UnitKerja, 1)],
            contoh::waktu("2026-04-10T09:30:00+07:00"),
        );
        b.pengekspor.peran = peran.into();
        b.segarkan_digest();
        let terbaca = matches!(
            baca_teks("r.json", &b.to_json_pretty(), &Batas::default()),
            HasilBaca::Terbaca(_)
        );
        assert_eq!(terbaca, peran == PERAN_ADMIN, "{peran}");
    }
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

/// The rekap example of docs/bundle.md (the first JSON block of its Rekap section).
fn contoh_rekap_dokumen() -> &'static str {
    const DOKUMEN: &str = include_str!("../../docs/bundle.md");
    let bagian = DOKUMEN
        .split("\n## Rekap")
        .nth(1)
        .expect("docs/bundle.md has a Rekap section");
    let awal = bagian.find("```json\n").expect("with a JSON example") + "```json\n".len();
    let akhir = awal + bagian[awal..].find("\n```").expect("closed");
    &bagian[awal..akhir]
}

#[test]
fn the_rekap_example_in_the_docs_reads_whole_matches_the_schema_and_imports() {
    let teks = contoh_rekap_dokumen();
    let HasilBaca::Terbaca(b) = baca_teks("bundle.md", teks, &Batas::default()) else {
        panic!("the docs' rekap example does not read");
    };
    assert_eq!(b.bundle.jenis, JenisBundle::Rekap);
    assert!(b.ditolak.is_empty(), "{:?}", b.ditolak);
    // The digest in the docs is the example's own (a warning would say otherwise).
    let mut semestinya = b.bundle.clone();
    semestinya.segarkan_digest();
    assert!(
        b.peringatan.is_empty(),
        "{:?}; the digest should be {}",
        b.peringatan,
        semestinya.digest.value
    );
    // What the schema requires, and the rekap's own rule.
    let s = skema();
    let v: Value = serde_json::from_str(teks).unwrap();
    for k in daftar(&s["required"]) {
        assert!(v.get(&k).is_some(), "{k}");
    }
    let aturan = &aturan_jenis(&s, JenisBundle::Rekap)["then"]["properties"];
    assert_eq!(
        v["exporter"]["peran"],
        aturan["exporter"]["properties"]["peran"]["const"]
    );
    let tidak_boleh = daftar(&aturan["records"]["items"]["properties"]["type"]["not"]["enum"]);
    for r in v["records"].as_array().unwrap() {
        for k in daftar(&s["$defs"]["record"]["required"]) {
            assert!(r.get(&k).is_some(), "record.{k}");
        }
        let jenis = r["type"].as_str().unwrap();
        assert!(!tidak_boleh.contains(jenis), "{jenis}");
        let j = JenisRecord::dari_kode(jenis).unwrap();
        if r["deleted"] != true {
            for k in daftar(&data_skema(&s, j)["required"]) {
                assert!(r["data"].get(&k).is_some(), "{jenis}.data.{k}");
            }
        }
    }
    // Into an empty device every record is added, none refused.
    let rencana = super::gabung::rencanakan(&[], &b);
    let tindakan: Vec<_> = rencana.entri.iter().map(|e| e.tindakan).collect();
    assert_eq!(tindakan, [super::gabung::Tindakan::Tambah; 5]);
}
