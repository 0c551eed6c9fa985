use super::*;
use serde::Deserialize;

#[derive(Deserialize, Debug, PartialEq)]
struct Iki {
    target: f64,
}

#[derive(Deserialize, Debug, PartialEq)]
struct Rhk {
    iki: Vec<Iki>,
}

#[test]
fn text_that_is_not_json_keeps_serde_jsons_line_and_column() {
    let g = dari_teks::<Rhk>("{\n \"iki\": [").unwrap_err();
    let GalatJejak::Json(j) = &g else {
        panic!("{g:?}")
    };
    assert_eq!((j.baris, j.terpotong), (2, true));
    assert!(j.alasan.contains("line 2"), "{j:?}");
    assert_eq!(g.to_string(), j.alasan);
    assert!(!value_dari_teks("{] ").unwrap_err().terpotong);
}

#[test]
fn a_wrong_shape_names_the_path_and_says_what_was_found() {
    let g = dari_teks::<Rhk>(r#"{"iki": [{"target": 1}, {"target": "empat"}]}"#).unwrap_err();
    assert_eq!(
        g.to_string(),
        r#"iki[1].target: invalid type: string "empat", expected f64"#
    );
    let g = dari_teks::<Rhk>("{}").unwrap_err();
    assert_eq!(g.to_string(), "missing field `iki`");
    assert_eq!(
        dari_teks::<Rhk>(r#"{"iki": [{"target": 2}]}"#).unwrap(),
        Rhk {
            iki: vec![Iki { target: 2.0 }]
        }
    );
}

#[test]
fn messages_read_like_serde_jsons_for_every_reason() {
    let g = |sebab| GalatData::baru(sebab).to_string();
    assert_eq!(
        g(Sebab::NilaiTidakDikenal {
            nilai: "x".into(),
            pilihan: vec!["a".into(), "b".into()]
        }),
        "unknown variant `x`, expected one of `a`, `b`"
    );
    assert_eq!(
        g(Sebab::TipeSalah {
            ada: Bentuk::Daftar,
            harap: "a string".into()
        }),
        "invalid type: sequence, expected a string"
    );
    assert_eq!(
        g(Sebab::TanggalTidakSah("input is out of range".into())),
        "invalid date: input is out of range"
    );
    assert_eq!(g(Sebab::Lain("alasan".into())), "alasan");
}
