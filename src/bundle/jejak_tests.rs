use super::*;
use crate::bundle::contoh;
use crate::domain::evaluasi::Evaluasi;
use crate::domain::pegawai::Pegawai;
use crate::domain::progres::{DialogKinerja, Realisasi};
use crate::domain::skp::Skp;
use crate::domain::Rulebook;
use serde::de::DeserializeOwned;
use serde_json::json;
use serde_json::Value;
use std::collections::BTreeMap;

fn galat<T: DeserializeOwned + std::fmt::Debug>(v: &Value) -> GalatData {
    baca_sebagai::<T>(v, "data").unwrap_err()
}

#[test]
fn reads_exactly_what_serde_json_reads() {
    let skp = serde_json::to_value(contoh::skp()).unwrap();
    assert_eq!(baca_sebagai::<Skp>(&skp, "x").unwrap(), contoh::skp());
    let ev = serde_json::to_value(contoh::evaluasi()).unwrap();
    assert_eq!(
        baca_sebagai::<Evaluasi>(&ev, "x").unwrap(),
        contoh::evaluasi()
    );
    let re = serde_json::to_value(contoh::realisasi()).unwrap();
    assert_eq!(
        baca_sebagai::<Realisasi>(&re, "x").unwrap(),
        contoh::realisasi()
    );
    let rb = serde_json::to_value(Rulebook::bawaan()).unwrap();
    assert_eq!(
        &baca_sebagai::<Rulebook>(&rb, "x").unwrap(),
        Rulebook::bawaan()
    );
}

#[test]
fn a_missing_field_names_the_object_and_the_field() {
    let mut v = serde_json::to_value(contoh::pegawai()).unwrap();
    v.as_object_mut().unwrap().remove("nip");
    let g = galat::<Pegawai>(&v);
    assert_eq!(g.jalur, "data");
    assert_eq!(g.sebab, Sebab::KolomHilang("nip".into()));
}

#[test]
fn a_wrong_type_deep_inside_names_the_full_path() {
    let mut v = serde_json::to_value(contoh::skp()).unwrap();
    v["rhk"][0]["iki"][0]["target"]["nilai"] = json!("empat");
    let g = galat::<Skp>(&v);
    // The target is an internally tagged enum: serde reads it whole, so the path stops there.
    assert_eq!(g.jalur, "data.rhk[0].iki[0].target");
    assert!(
        matches!(
            g.sebab,
            Sebab::TipeSalah {
                ada: Bentuk::Teks,
                ..
            }
        ),
        "{g:?}"
    );

    let mut v = serde_json::to_value(contoh::pegawai()).unwrap();
    v["pejabat_penilai"]["delegasi"] = json!("ya");
    let g = galat::<Pegawai>(&v);
    assert_eq!(g.jalur, "data.pejabat_penilai.delegasi");
    assert_eq!(
        g.sebab,
        Sebab::TipeSalah {
            ada: Bentuk::Teks,
            harap: "a boolean".into()
        }
    );
}

#[test]
fn an_unknown_enum_value_lists_the_choices() {
    let mut v = serde_json::to_value(contoh::evaluasi()).unwrap();
    v["rating_perilaku"] = json!("luar_biasa");
    let g = galat::<Evaluasi>(&v);
    assert_eq!(g.jalur, "data.rating_perilaku");
    let Sebab::NilaiTidakDikenal { nilai, pilihan } = g.sebab else {
        panic!("{g:?}")
    };
    assert_eq!(nilai, "luar_biasa");
    assert!(pilihan.contains(&"sesuai_ekspektasi".to_string()));
}

#[test]
fn an_impossible_date_is_a_date_problem_at_its_field() {
    let mut v = serde_json::to_value(contoh::dialog()).unwrap();
    v["tindak_lanjut"] = json!("2026-02-30");
    let g = galat::<DialogKinerja>(&v);
    assert_eq!(g.jalur, "data.tindak_lanjut");
    assert!(matches!(g.sebab, Sebab::TanggalTidakSah(_)), "{g:?}");

    let mut v = serde_json::to_value(contoh::skp()).unwrap();
    v["periode_mulai"] = json!("31/12/2026");
    let g = galat::<Skp>(&v);
    assert_eq!(g.jalur, "data.periode_mulai");
    assert!(matches!(g.sebab, Sebab::TanggalTidakSah(_)), "{g:?}");
    // A number where a date belongs is a type problem, not a date problem.
    v["periode_mulai"] = json!(20260101);
    assert!(matches!(galat::<Skp>(&v).sebab, Sebab::TipeSalah { .. }));
}

/// Only chrono's own parse failure makes a date problem: any other reader's refusal of a
/// string stays what it said, and a time with its zone is a date too.
#[test]
fn a_date_problem_is_told_by_chronos_failure_not_by_any_refused_string() {
    #[derive(Debug, serde::Deserialize)]
    struct Tahun {
        #[serde(deserialize_with = "tahun")]
        tahun: u16,
    }
    fn tahun<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
        let s = <&str as serde::Deserialize>::deserialize(d)?;
        s.parse()
            .map_err(|_| serde::de::Error::custom("date: a year of four digits"))
    }
    let t: Tahun = baca_sebagai(&json!({"tahun": "2026"}), "data").unwrap();
    assert_eq!(t.tahun, 2026);
    let g = galat::<Tahun>(&json!({"tahun": "dua ribu"}));
    assert!(
        matches!(&g.sebab, Sebab::Lain(a) if a.contains("year")),
        "{g:?}"
    );
    assert_eq!(g.jalur, "data.tahun");
    let g = galat::<chrono::DateTime<chrono::FixedOffset>>(&json!("2026-02-30T08:00:00+07:00"));
    assert!(matches!(g.sebab, Sebab::TanggalTidakSah(_)), "{g:?}");
}

#[test]
fn array_positions_and_odd_keys_are_written_unambiguously() {
    let v = json!({"a.b": [1, 2, "x"]});
    let g = baca_sebagai::<BTreeMap<String, Vec<u8>>>(&v, "r").unwrap_err();
    assert_eq!(g.jalur, "r[\"a.b\"][2]");
    let g = baca_sebagai::<Vec<u8>>(&json!([1, 300]), "").unwrap_err();
    assert_eq!(g.jalur, "[1]");
    assert_eq!(
        g.sebab,
        Sebab::DiLuarJangkauan {
            nilai: "300".into(),
            harap: "u8".into()
        }
    );
}

#[test]
fn numeric_map_keys_parse_like_serde_json() {
    let v = json!({"1": ["a"], "9": []});
    let m = baca_sebagai::<BTreeMap<u8, Vec<String>>>(&v, "r").unwrap();
    assert_eq!(m[&1], vec!["a".to_string()]);
    let g = baca_sebagai::<BTreeMap<u8, Vec<String>>>(&json!({"x": []}), "r").unwrap_err();
    assert_eq!(g.jalur, "r");
}

#[test]
fn externally_tagged_and_adjacently_tagged_enums_read_and_fail_in_place() {
    #[derive(serde::Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum E {
        Satu(u8),
        Dua { x: u8 },
        Tiga(u8, u8),
        Empat,
    }
    assert_eq!(
        baca_sebagai::<E>(&json!({"satu": 1}), "").unwrap(),
        E::Satu(1)
    );
    assert_eq!(
        baca_sebagai::<E>(&json!({"dua": {"x": 2}}), "").unwrap(),
        E::Dua { x: 2 }
    );
    assert_eq!(
        baca_sebagai::<E>(&json!({"tiga": [1, 2]}), "").unwrap(),
        E::Tiga(1, 2)
    );
    assert_eq!(baca_sebagai::<E>(&json!("empat"), "").unwrap(), E::Empat);
    assert_eq!(
        baca_sebagai::<E>(&json!({"empat": null}), "").unwrap(),
        E::Empat
    );
    let g = baca_sebagai::<E>(&json!({"dua": {"x": "y"}}), "e").unwrap_err();
    assert_eq!(g.jalur, "e.x");
    assert!(baca_sebagai::<E>(&json!([1]), "e").is_err());
    assert!(baca_sebagai::<E>(&json!({"satu": 1, "dua": 2}), "e").is_err());
    assert!(baca_sebagai::<E>(&json!({"empat": 1}), "e").is_err());

    let mut v = serde_json::to_value(contoh::realisasi()).unwrap();
    v["bukti"][0] = json!({"jenis": "surel", "isi": "x"});
    let g = galat::<Realisasi>(&v);
    assert_eq!(g.jalur, "data.bukti[0].jenis");
    assert!(matches!(g.sebab, Sebab::NilaiTidakDikenal { .. }), "{g:?}");
}

#[test]
fn a_tuple_with_extra_elements_is_refused() {
    assert!(baca_sebagai::<(u8, u8)>(&json!([1, 2, 3]), "").is_err());
    assert_eq!(
        baca_sebagai::<(u8, u8)>(&json!([1, 2]), "").unwrap(),
        (1, 2)
    );
}

#[test]
fn options_and_unit_and_numbers_of_every_kind() {
    assert_eq!(baca_sebagai::<Option<u8>>(&json!(null), "").unwrap(), None);
    assert_eq!(baca_sebagai::<Option<u8>>(&json!(3), "").unwrap(), Some(3));
    assert_eq!(baca_sebagai::<i64>(&json!(-3), "").unwrap(), -3);
    assert_eq!(baca_sebagai::<f64>(&json!(1.5), "").unwrap(), 1.5);
    assert_eq!(baca_sebagai::<f64>(&json!(2), "").unwrap(), 2.0);
    assert!(baca_sebagai::<u8>(&json!(-1), "").is_err());
    baca_sebagai::<()>(&json!(null), "").unwrap();
}
