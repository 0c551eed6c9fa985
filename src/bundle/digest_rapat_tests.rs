//! The canonical text read off a file's text is the one written from its parsed value, or
//! none: checked on texts serde_json writes (pretty and compact) and on texts written by hand
//! every way JSON allows (any whitespace, keys in any order or twice, every escape, every
//! number form).

use super::super::{tulis_akar_dan_data, verify_tunda_dan_data};
use super::{pindai, Pindaian, DALAM_SERDE};
use crate::bundle::digest::TeksData;
use serde_json::{json, Value};

/// The canonical text of the parsed `teks` and each record's `data` text, as the value's
/// writer writes them; `None` where the pass does not vouch for them.
fn dari_teks(teks: &str) -> Option<(Vec<u8>, TeksData)> {
    match pindai(teks, DALAM_SERDE) {
        Pindaian::Kanonik(k, d) => Some((k, d)),
        _ => None,
    }
}

/// A small deterministic generator (xorshift), so a failure names its seed.
struct Acak(u64);

impl Acak {
    fn n(&mut self, batas: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % batas
    }

    fn pilih<'a>(&mut self, dari: &[&'a str]) -> &'a str {
        dari[self.n(dari.len() as u64) as usize]
    }
}

const KUNCI: [&str; 12] = [
    "data",
    "digest",
    "signatures",
    "records",
    "id",
    "a",
    "b",
    "é",
    "a b",
    "Z",
    "/",
    "",
];
const TEKS: [&str; 8] = [
    "",
    "x",
    "é ü 漢",
    "\"",
    "\\",
    "a\nb\tc\r",
    "\u{1}\u{1f}\u{7f}",
    "/",
];

fn nilai(a: &mut Acak, dalam: u32, pecahan: bool) -> Value {
    match a.n(if dalam > 3 { 5 } else { 7 }) {
        0 => Value::Null,
        1 => Value::Bool(a.n(2) == 0),
        2 => match a.n(5) {
            0 => json!(u64::MAX),
            1 => json!(i64::MIN),
            2 => json!(a.n(1000) as i64 - 500),
            3 if pecahan => json!(a.n(1000) as f64 / 8.0),
            _ => json!(a.n(10)),
        },
        3 | 4 => json!(a.pilih(&TEKS)),
        5 => (0..a.n(4)).map(|_| nilai(a, dalam + 1, pecahan)).collect(),
        _ => Value::Object(
            (0..a.n(5))
                .map(|_| (a.pilih(&KUNCI).to_string(), nilai(a, dalam + 1, pecahan)))
                .collect(),
        ),
    }
}

/// A file-like value: an envelope with records, some with `data`.
fn berkas(a: &mut Acak, pecahan: bool) -> Value {
    let records: Vec<Value> = (0..a.n(5))
        .map(|_| match a.n(4) {
            0 => nilai(a, 2, pecahan),
            _ => json!({"id": "r", "data": nilai(a, 2, pecahan), "z": nilai(a, 3, pecahan)}),
        })
        .collect();
    let mut v = json!({"format": "f", "records": records, "digest": {"value": "x",
        "algorithm": "sha-256"}, "signatures": [nilai(a, 3, pecahan)]});
    if a.n(3) == 0 {
        v["zz"] = nilai(a, 1, pecahan);
    }
    v
}

fn lambat(v: &Value) -> (Vec<u8>, Vec<Option<String>>) {
    let (mut out, mut data) = (Vec::new(), Vec::new());
    tulis_akar_dan_data(v, &mut out, &mut data);
    (out, data)
}

#[test]
fn the_text_serde_json_writes_gives_the_canonical_text_and_each_records_data() {
    for seed in 1..400u64 {
        let mut a = Acak(seed * 7919);
        let v = berkas(&mut a, false);
        for teks in [
            serde_json::to_string_pretty(&v).unwrap(),
            serde_json::to_string(&v).unwrap(),
        ] {
            let cepat = dari_teks(&teks);
            assert_eq!(cepat, Some(lambat(&v)), "seed {seed}: {teks}");
        }
    }
}

#[test]
fn fractions_are_written_as_the_value_is_and_the_check_is_the_same_either_way() {
    for seed in 1..400u64 {
        let mut a = Acak(seed * 104_729);
        let v = berkas(&mut a, true);
        let teks = serde_json::to_string_pretty(&v).unwrap();
        assert_eq!(dari_teks(&teks), Some(lambat(&v)), "seed {seed}");
        assert_eq!(
            verify_tunda_dan_data(&v, dari_teks(&teks)),
            verify_tunda_dan_data(&v, None)
        );
    }
}

/// JSON written by hand, every way the grammar allows: any whitespace, keys in any order and
/// repeated, escapes serde_json never writes, numbers in every form.
fn tulis_bebas(a: &mut Acak, nakal: bool, v: &Value, out: &mut String) {
    let spasi = |a: &mut Acak, out: &mut String| {
        for _ in 0..a.n(3) {
            out.push(*[' ', '\n', '\t', '\r'].get(a.n(4) as usize).unwrap());
        }
    };
    spasi(a, out);
    match v {
        Value::String(s) => tulis_string_bebas(a, nakal, s, out),
        Value::Number(n) if nakal && n.as_u64().is_some_and(|x| x < 100) && a.n(4) == 0 => {
            let x = n.as_u64().unwrap();
            out.push_str(
                a.pilih(&[
                    "{x}.0", "{x}e0", "{x}E+0", "{x}.00e0", "-0", "-0.0", "{x}e-400", "0.{x}e1",
                ])
                .replace("{x}", &x.to_string())
                .as_str(),
            );
        }
        Value::Array(l) => {
            out.push('[');
            for (i, x) in l.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                tulis_bebas(a, nakal, x, out);
            }
            out.push(']');
        }
        Value::Object(o) => {
            let mut pasangan: Vec<(&String, &Value)> = o.iter().collect();
            if nakal && a.n(3) == 0 {
                pasangan.reverse();
            }
            if nakal && a.n(5) == 0 {
                if let Some(&(k, _)) = pasangan.first() {
                    // Repeated: serde_json keeps the last.
                    pasangan.insert(0, (k, &Value::Null));
                }
            }
            out.push('{');
            for (i, (k, x)) in pasangan.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                spasi(a, out);
                tulis_string_bebas(a, nakal, k, out);
                spasi(a, out);
                out.push(':');
                tulis_bebas(a, nakal, x, out);
            }
            spasi(a, out);
            out.push('}');
        }
        lain => out.push_str(&lain.to_string()),
    }
    spasi(a, out);
}

fn tulis_string_bebas(a: &mut Acak, nakal: bool, s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match (c, if nakal { a.n(3) } else { 1 }) {
            ('"', _) => out.push_str("\\\""),
            ('\\', _) => out.push_str("\\\\"),
            ('/', 0) => out.push_str("\\/"),
            (c, 0) if (c as u32) < 0x10000 => {
                let hex = format!("{:04x}", c as u32);
                out.push_str("\\u");
                out.push_str(&if a.n(2) == 0 { hex.to_uppercase() } else { hex });
            }
            ('\n', _) => out.push_str("\\n"),
            ('\t', _) => out.push_str("\\t"),
            ('\r', _) => out.push_str("\\r"),
            (c, _) if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            (c, _) => out.push(c),
        }
    }
    out.push('"');
}

#[test]
fn any_text_of_the_same_value_gives_the_same_check_or_is_not_vouched_for() {
    let (mut dijamin, mut dilewati) = (0, 0);
    for seed in 1..1500u64 {
        let mut a = Acak(seed * 15_485_863);
        let asal = berkas(&mut a, false);
        let mut teks = String::new();
        // Half of them only spaced differently from what serde_json writes.
        let nakal = a.n(2) == 0;
        tulis_bebas(&mut a, nakal, &asal, &mut teks);
        let v: Value = serde_json::from_str(&teks).expect("valid JSON");
        match dari_teks(&teks) {
            Some(c) => {
                assert_eq!(c, lambat(&v), "seed {seed}: {teks}");
                dijamin += 1;
            }
            None => dilewati += 1,
        }
        assert_eq!(
            verify_tunda_dan_data(&v, dari_teks(&teks)),
            verify_tunda_dan_data(&v, None),
            "seed {seed}"
        );
    }
    assert!(
        dijamin > 100 && dilewati > 100,
        "{dijamin} vouched, {dilewati} not"
    );
}

#[test]
fn forms_serde_json_does_not_write_are_refused_and_numbers_are_written_as_the_value_is() {
    for teks in [
        r#"{"b":1,"a":2}"#,
        r#"{"a":1,"a":1}"#,
        r#"{"\u0061":1}"#,
        r#"{"\"q":1}"#,
        r#"{"a":"\/"}"#,
        r#"{"a":"\u0041"}"#,
        r#"{"a":"\u001F"}"#,
        r#"{"a":"\u000a"}"#,
        r#"[1]"#,
        r#""x""#,
    ] {
        assert!(serde_json::from_str::<Value>(teks).is_ok(), "{teks}");
        assert_eq!(dari_teks(teks), None, "{teks}");
    }
    // The edges, and numbers in forms serde_json does not print: written as the value is.
    for (teks, kanonik) in [
        (
            r#"{"a":1.0,"b":1e2,"c":-0,"d":-0.0,"e":2.50E-1}"#,
            r#"{"a":1.0,"b":100.0,"c":-0.0,"d":-0.0,"e":0.25}"#,
        ),
        (
            r#"{"a":18446744073709551616}"#,
            r#"{"a":1.8446744073709552e+19}"#,
        ),
        (
            r#"{"a":-9223372036854775809}"#,
            r#"{"a":-9.223372036854776e+18}"#,
        ),
        (
            r#" { "a" : -9223372036854775808 } "#,
            r#"{"a":-9223372036854775808}"#,
        ),
        (
            r#"{"a":18446744073709551615,"b":0}"#,
            r#"{"a":18446744073709551615,"b":0}"#,
        ),
        ("{\"a\":\"\\u001f\\b\\f\"}", "{\"a\":\"\\u001f\\b\\f\"}"),
        (
            r#"{"digest":{"x":1},"signatures":[],"z":[ ]}"#,
            r#"{"z":[]}"#,
        ),
        (
            r#"{"records":[{"data":{}},{"x":1},2]}"#,
            r#"{"records":[{"data":{}},{"x":1},2]}"#,
        ),
    ] {
        let (c, _) = dari_teks(teks).unwrap_or_else(|| panic!("{teks}"));
        assert_eq!(String::from_utf8(c).unwrap(), kanonik);
        let v: Value = serde_json::from_str(teks).unwrap();
        assert_eq!(lambat(&v).0, kanonik.as_bytes());
    }
    let (_, data) = dari_teks(r#"{"records":[{"data":{"b":[1]}},{"x":1},2]}"#).unwrap();
    assert_eq!(data, vec![Some(r#"{"b":[1]}"#.to_string()), None, None]);
}

/// Every file this app writes takes the quick way: its text is canonical but for whitespace.
#[test]
fn a_file_this_app_writes_gives_its_canonical_text_at_once() {
    let b = crate::bundle::contoh::bundle_pegawai();
    let teks = b.to_json_pretty();
    let v: Value = serde_json::from_str(&teks).unwrap();
    let (kanonik, data) = dari_teks(&teks).expect("vouched for");
    assert_eq!(kanonik, crate::bundle::digest::kanonik(&v).into_bytes());
    assert_eq!(data.len(), b.records.len());
    assert!(data.iter().all(Option::is_some));
}

/// The pass is the nesting check too: where it names a container too deep, the byte scan
/// names the same one; where it vouches for a text, the scan finds none too deep. Hand-written
/// texts at several limits, and texts that are not JSON at all (non-ASCII text in them too).
#[test]
fn the_pass_finds_the_same_container_too_deep_as_the_scan() {
    use crate::bundle::pindai::posisi_terlalu_dalam;
    let mut teks: Vec<String> = (1..600u64)
        .map(|seed| {
            let mut a = Acak(seed * 7_919);
            let asal = berkas(&mut a, seed % 2 == 0);
            let mut t = String::new();
            tulis_bebas(&mut a, seed % 3 == 0, &asal, &mut t);
            t
        })
        .collect();
    for t in [
        r#"{"a":[[[[1]]]],"b":{"c":{"d":{}}}}"#,
        r#"{"a":"[[[[{{{{","b":[[["\"[["]]]}"#,
        r#"{"a":[[[]]]]]]]],"b":[[[[[[1]]]]]]}"#,
        r#"{"a":[}]]]]"#,
        r#"{"a":[[[[[[[[[[[[[[[[[["#,
        "{\"a\":[\"\\\\\",[[[[\"\\u00zz\"]]]]]}",
        "{\"a\":\"\u{1}\",\"b\":[[[[[[01]]]]]]}",
        "{\"é\":\"漢[[[\",\"ü\":[[[[\"ü\"]]]],\"z\":[[[[[[[[[1]]]]]]]]]}",
    ] {
        teks.push(t.to_string());
    }
    let (mut dalam, mut kanonik) = (0, 0);
    for t in &teks {
        for maks in [0, 1, 2, 3, 4, 6, 64] {
            let scan = posisi_terlalu_dalam(t.as_bytes(), maks);
            match pindai(t, maks) {
                Pindaian::TerlaluDalam(i) => {
                    assert_eq!(scan, Some(i), "{maks}: {t}");
                    dalam += 1;
                }
                Pindaian::Kanonik(..) => {
                    assert_eq!(scan, None, "{maks}: {t}");
                    kanonik += 1;
                }
                Pindaian::Tidak => {}
            }
        }
    }
    assert!(
        dalam > 1000 && kanonik > 300,
        "{dalam} too deep, {kanonik} vouched"
    );
}

/// Past serde_json's own limit the pass gives up instead of going deeper: a file nested
/// further than that, under a limit set higher still, is refused as not JSON (serde_json's
/// verdict), not too deep and not a crash; under the usual limit it is too deep where the scan
/// says.
#[test]
fn nesting_past_what_serde_json_reads_is_judged_without_recursing_into_it() {
    use crate::bundle::masalah::KodeMasalah;
    use crate::bundle::validasi::{baca_teks, Batas, HasilBaca};
    let n = 100_000;
    let teks = format!("{{\"a\":{}{}}}", "[".repeat(n), "]".repeat(n));
    assert_eq!(pindai(&teks, usize::MAX), Pindaian::Tidak);
    let kode = |batas: &Batas| match baca_teks("f.json", &teks, batas) {
        HasilBaca::Ditolak { masalah, .. } => masalah[0].kode.clone(),
        h => panic!("{h:?}"),
    };
    let longgar = Batas {
        kedalaman_maks: usize::MAX,
        ..Batas::default()
    };
    assert!(matches!(kode(&longgar), KodeMasalah::BukanJson { .. }));
    let kode = kode(&Batas::default());
    assert_eq!(
        kode,
        KodeMasalah::TerlaluDalam {
            batas: 64,
            baris: 1,
            kolom: 69
        }
    );
}
