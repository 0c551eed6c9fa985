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
    let (status, data) = verify_dan_data(&v);
    assert_eq!(status, StatusDigest::Cocok);
    let ditulis = |v: &Value, i: usize| serde_json::to_string(&v["records"][i]["data"]).unwrap();
    assert_eq!(
        data,
        vec![Some(ditulis(&v, 0)), None, None, Some(ditulis(&v, 3))]
    );
    // Changed content: the same verdict as `verify`, and the texts of what is there.
    v["records"][0]["data"]["z"] = json!(2);
    let (status, data) = verify_dan_data(&v);
    assert!(matches!(status, StatusDigest::TidakCocok { .. }));
    assert_eq!(status, verify(&v));
    assert_eq!(data[0], Some(ditulis(&v, 0)));
    // Nothing to check, nothing hashed and nothing kept.
    let tanpa = json!({"records": [{"data": 1}]});
    assert_eq!(verify_dan_data(&tanpa), (StatusDigest::TidakAda, vec![]));
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
    o.insert("data".into(), data);
    assert_eq!(hasil, Value::Object(o).to_string());
}

/// The tree's digest and `data` texts, as `verify_dan_data` computes them.
fn dari_pohon(v: &Value) -> ([u8; 32], TeksData) {
    let mut h = Penyangga::baru();
    let mut data = Vec::new();
    tulis_akar_dan_data(v, &mut h, &mut data);
    (h.selesai(), data)
}

/// What the text path reads off `teks`, checked against the tree's whenever it reads at all.
fn dari_teks_sama(teks: &str) -> Option<([u8; 32], TeksData)> {
    let v: Value = serde_json::from_str(teks).expect("only parsed text reaches the text path");
    sama_dengan_pohon(teks, &v)
}

fn sama_dengan_pohon(teks: &str, v: &Value) -> Option<([u8; 32], TeksData)> {
    let hasil = mentah::hitung(teks.as_bytes())?;
    assert!(hasil == dari_pohon(v), "read differently: {teks}");
    Some(hasil)
}

#[test]
fn an_exported_file_is_hashed_off_its_text_as_the_tree_would_be() {
    let b = crate::bundle::contoh::bundle_pegawai();
    let v = b.ke_value();
    for teks in [b.to_json_pretty(), serde_json::to_string(&v).unwrap()] {
        let (h, data) = dari_teks_sama(&teks).expect("the app's own file is canonical");
        assert_eq!(data.len(), b.records.len());
        assert!(data.iter().all(Option::is_some));
        // Through the checks too: the same verdict (the file's own digest) and texts.
        let dari_teks = verify_dan_data_teks(&v, teks.as_bytes());
        assert_eq!(dari_teks, verify_dan_data(&v));
        assert_eq!(dari_teks.0, StatusDigest::Cocok);
        assert_eq!(heksa(&h), b.digest.value);
    }
}

#[test]
fn text_the_app_would_not_write_is_left_to_the_tree() {
    for (teks, dibaca) in [
        (r#"{"a":1,"records":[{"data":{"x":"é"},"id":"1"}]}"#, true),
        (
            " {\n \"a\" : [ 1 , -2.5 , true , null ] , \"b\" : { } }\n",
            true,
        ),
        (r#"{"a":"tab\tctl\u001fq\"\\"}"#, true),
        (r#"{"b":1,"a":2}"#, false),
        (r#"{"a":1,"a":2}"#, false),
        (r#"{"x":{"b":1,"a":2}}"#, false),
        (r#"{"a\u0062":1}"#, false),
        (r#"{"a":"\/"}"#, false),
        (r#"{"a":"\u00e9"}"#, false),
        (r#"{"a":"\u001F"}"#, false),
        (r#"{"a":"\u000a"}"#, false),
        (r#"{"a":1E2}"#, false),
        (r#"{"a":1.50}"#, false),
        (r#"{"a":[0.5,10.0,-2.25,0,0.0,0.0025]}"#, true),
        (r#"{"a":0.00001}"#, false),
        (r#"{"a":-0}"#, false),
        (r#"{"a":12345678901234567890}"#, false),
        (r#"{"a":123456789012345678901}"#, false),
        ("[1]", false),
    ] {
        assert_eq!(dari_teks_sama(teks).is_some(), dibaca, "{teks}");
    }
    // Left out at the top only; a record that is not an object, or has no `data`, has no text.
    let teks = r#"{"digest":{"v":1},"records":[7,{"id":"x"},{"data":[]}],"signatures":[]}"#;
    let (_, data) = dari_teks_sama(teks).unwrap();
    assert_eq!(data, vec![None, None, Some("[]".into())]);
}

#[test]
fn every_one_character_change_of_a_file_is_read_as_the_tree_reads_it_or_left_to_it() {
    let teks = crate::bundle::contoh::bundle_pegawai().to_json_pretty();
    let (mut dibaca, mut diuji) = (0, 0);
    let batas: Vec<usize> = (0..=teks.len())
        .filter(|&i| teks.is_char_boundary(i))
        .collect();
    for (n, &i) in batas.iter().enumerate() {
        let mut ubahan: Vec<String> = [' ', '"', '\\', 'u', '0', 'E', '.', '}', ',']
            .iter()
            .map(|c| format!("{}{c}{}", &teks[..i], &teks[i..]))
            .collect();
        if let Some(&j) = batas.get(n + 1) {
            ubahan.push(format!("{}{}", &teks[..i], &teks[j..]));
        }
        for t in ubahan {
            if let Ok(v) = serde_json::from_str::<Value>(&t) {
                diuji += 1;
                dibaca += usize::from(sama_dengan_pohon(&t, &v).is_some());
            }
        }
    }
    // Whitespace, digits and letters inside texts still read off the text; the rest not.
    assert!(
        dibaca > teks.len(),
        "only {dibaca} of {diuji} parsed changes read"
    );
    assert!(
        dibaca < diuji,
        "every change read: nothing was left to the tree"
    );
}

#[test]
fn a_number_read_as_canonical_is_one_serde_json_prints_so() {
    // Decimals of every shape (seeded): whatever the text path takes, serde_json prints back
    // as it was written.
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut acak = |n: u64| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x % n
    };
    let mut diterima = 0;
    for _ in 0..50_000 {
        let mut t = String::new();
        if acak(3) == 0 {
            t.push('-');
        }
        match acak(4) {
            0 => t.push('0'),
            _ => {
                for _ in 0..=acak(17) {
                    t.push(char::from(b'0' + acak(10) as u8));
                }
            }
        }
        if acak(2) == 0 {
            t.push('.');
            for _ in 0..=acak(12) {
                t.push(char::from(b'0' + acak(10) as u8));
            }
        }
        if mentah::angka_kanonik(t.as_bytes()) {
            diterima += 1;
            let v: Value = serde_json::from_str(&t).unwrap();
            assert_eq!(v.to_string(), t);
        }
    }
    assert!(diterima > 10_000, "only {diterima} taken");
    // What serde_json prints of the app's kinds of numbers is taken.
    for i in 1..20_000u32 {
        let desimal: f64 = format!("{}.{:02}", i / 100, i % 100).parse().unwrap();
        for x in [f64::from(i), f64::from(i) / 8.0, desimal] {
            let t = serde_json::to_string(&x).unwrap();
            assert!(mentah::angka_kanonik(t.as_bytes()), "{t}");
        }
    }
}
