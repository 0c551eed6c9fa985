use super::*;
use serde_json::json;

#[test]
fn canonical_text_sorts_keys_everywhere_and_drops_whitespace() {
    let v = json!({"b": 1, "a": {"z": [3, {"y": true, "x": null}], "m": 1.5}, "digest": {"value": "x"}});
    assert_eq!(
        kanonik(&v),
        r#"{"a":{"m":1.5,"z":[3,{"x":null,"y":true}]},"b":1}"#
    );
}

#[test]
fn digest_and_signatures_are_outside_the_digest_only_at_the_top() {
    let a = json!({"x": 1, "signatures": [1], "digest": {"value": "a"}});
    let b = json!({"x": 1, "signatures": [], "digest": {"value": "b"}});
    assert_eq!(hitung(&a), hitung(&b));
    // A nested field named `digest` is ordinary content.
    let c = json!({"x": {"digest": 1}});
    let d = json!({"x": {"digest": 2}});
    assert_ne!(hitung(&c), hitung(&d));
}

#[test]
fn strings_are_escaped_exactly_like_serde_json() {
    for s in [
        "plain",
        "quote \" and \\ backslash",
        "ctl \u{0}\u{1}\u{8}\u{c}\n\r\t\u{1f}\u{7f}",
        "<script>alert('x')</script> — ünïcødé 😀 \u{2028}",
    ] {
        let mut out = Vec::new();
        tulis_string(s, &mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            serde_json::to_string(s).unwrap()
        );
    }
}

#[test]
fn key_order_of_the_input_does_not_change_the_digest() {
    let a: Value = serde_json::from_str(r#"{"a":1,"b":{"c":2,"d":[1,2]}}"#).unwrap();
    let b: Value = serde_json::from_str(r#"{ "b" : { "d":[1, 2], "c":2 }, "a":1 }"#).unwrap();
    assert_eq!(hitung(&a), hitung(&b));
    assert_ne!(hitung(&a), hitung(&json!({"a": 1})));
}

#[test]
fn numbers_are_written_exactly_like_serde_json() {
    for v in [
        json!(0),
        json!(7),
        json!(-1),
        json!(2026),
        json!(i64::MIN),
        json!(u64::MAX),
        json!(1.5),
        json!(-0.25),
        json!(1e300),
    ] {
        assert_eq!(kanonik(&json!([v.clone()])), format!("[{v}]"));
    }
}

#[test]
fn known_answer_for_the_empty_object() {
    // SHA-256 of the two bytes "{}".
    assert_eq!(
        hitung(&json!({})),
        "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
    );
}

#[test]
fn verify_tells_match_mismatch_missing_and_unknown_algorithm() {
    let mut v = json!({"x": "isi"});
    assert_eq!(verify(&v), StatusDigest::TidakAda);
    let h = hitung(&v);
    v["digest"] = json!({"algorithm": "sha-256", "value": h.to_uppercase()});
    assert_eq!(verify(&v), StatusDigest::Cocok);
    v["x"] = json!("diubah");
    assert!(
        matches!(verify(&v), StatusDigest::TidakCocok { ref tertulis, .. } if *tertulis == h.to_uppercase())
    );
    v["digest"]["algorithm"] = json!("md5");
    assert_eq!(
        verify(&v),
        StatusDigest::AlgoritmaTidakDikenal("md5".into())
    );
    v["digest"] = json!({"algorithm": "sha-256"});
    assert_eq!(verify(&v), StatusDigest::TidakAda);
    assert_eq!(verify(&json!([1, 2])), StatusDigest::TidakAda);
}

#[test]
fn verify_keeps_each_records_data_as_serde_json_writes_it() {
    let mut v = json!({"x": 1, "records": [
        {"id": "a", "data": {"z": 1, "a": [1.5, "é\n\"\u{1}", null], "m": {"y": true, "x": -3}}},
        {"id": "b"},
        7,
        {"data": "teks", "digest": 2}
    ]});
    let h = hitung(&v);
    v["digest"] = json!({"algorithm": "sha-256", "value": h});
    let (status, data) = verify_dan_data(&v, None);
    assert_eq!(status, StatusDigest::Cocok);
    let ditulis = |v: &Value, i: usize| serde_json::to_string(&v["records"][i]["data"]).unwrap();
    assert_eq!(
        data,
        vec![Some(ditulis(&v, 0)), None, None, Some(ditulis(&v, 3))]
    );
    // Changed content: the same verdict as `verify`, and the texts of what is there.
    v["records"][0]["data"]["z"] = json!(2);
    let (status, data) = verify_dan_data(&v, None);
    assert!(matches!(status, StatusDigest::TidakCocok { .. }));
    assert_eq!(status, verify(&v));
    assert_eq!(data[0], Some(ditulis(&v, 0)));
    // Nothing to check, nothing hashed and nothing kept.
    let tanpa = json!({"records": [{"data": 1}]});
    assert_eq!(
        verify_dan_data(&tanpa, None),
        (StatusDigest::TidakAda, vec![])
    );
}

#[test]
fn an_object_with_one_value_given_as_text_is_what_serde_json_writes() {
    let data = json!({"b": [1, 2.25, -7], "a": "ü \u{1f} \"x\"", "c": {"d": null}});
    let teks = serde_json::to_string(&data).unwrap();
    let mut o = json!({"id": "x", "data": null, "_basis": {"r": 1}, "zz": false, "deleted": true})
        .as_object()
        .unwrap()
        .clone();
    let hasil = kanonik_dengan(&o, "data", &teks).unwrap();
    // Not a text without the value: the caller writes it whole.
    assert_eq!(kanonik_dengan(&o, "tidak_ada", &teks), None);
    o.insert("data".into(), data);
    assert_eq!(hasil, Value::Object(o).to_string());
}

/// The check left to the caller hashes the text the check at once hashes, keeps the same
/// record texts, and judges the hash it is given.
#[test]
fn a_deferred_check_hashes_the_canonical_text_and_judges_the_hash_given() {
    let mut v = json!({"b": 1, "records": [{"id": "x", "data": {"z": 1, "a": "t"}}, 5],
        "digest": {"algorithm": "sha-256", "value": ""}, "signatures": []});
    v["digest"]["value"] = json!(hitung(&v));
    let (StatusDigest::Tertunda(d), data) = verify_tunda_dan_data(&v, None) else {
        panic!()
    };
    assert_eq!(d.kanonik(), kanonik(&v).as_bytes());
    assert_eq!(data, verify_dan_data(&v, None).1);
    assert_eq!(data, vec![Some(r#"{"a":"t","z":1}"#.to_string()), None]);
    let sha: [u8; 32] = Sha256::digest(d.kanonik()).into();
    assert_eq!(d.status(Some(sha)), StatusDigest::Cocok);
    assert_eq!(d.status(None), StatusDigest::Cocok);
    assert!(matches!(
        d.status(Some([1; 32])),
        StatusDigest::TidakCocok { .. }
    ));
    // Nothing to hash: the status at once.
    v["digest"]["algorithm"] = json!("md5");
    assert!(matches!(
        verify_tunda_dan_data(&v, None).0,
        StatusDigest::AlgoritmaTidakDikenal(_)
    ));
    v.as_object_mut().unwrap().remove("digest");
    assert_eq!(verify_tunda_dan_data(&v, None).0, StatusDigest::TidakAda);
}
