//! The bundle's SHA-256 digest over a canonical serialisation: object keys sorted (by their
//! UTF-8 bytes) at every level, no insignificant whitespace, strings escaped as serde_json does,
//! numbers as serde_json prints them; the top-level `digest` and `signatures` are left out so
//! the digest can sit inside the file it covers and signatures can be added later.
//! The text is streamed into the hasher, never built in memory.

use super::format::ALGORITMA_DIGEST;
use serde_json::Value;
use sha2::{Digest as _, Sha256};

/// Top-level fields the digest does not cover.
pub const DI_LUAR_DIGEST: [&str; 2] = ["digest", "signatures"];

/// Where canonical text goes: the hasher (through [`Penyangga`]), or a `String` (tests,
/// debugging).
trait Tujuan {
    fn tulis(&mut self, b: &[u8]);
}

impl Tujuan for Vec<u8> {
    fn tulis(&mut self, b: &[u8]) {
        self.extend_from_slice(b);
    }
}

/// The hasher fed in blocks of a few KB: the canonical text comes in pieces of a few bytes,
/// and one `update` per piece cost more than the hashing (a 200 MB import hashes every record
/// two or three times).
struct Penyangga {
    h: Sha256,
    buf: Vec<u8>,
}

const BLOK: usize = 8192;

impl Penyangga {
    fn baru() -> Self {
        Penyangga {
            h: Sha256::new(),
            buf: Vec::with_capacity(256),
        }
    }

    fn selesai(mut self) -> [u8; 32] {
        self.h.update(&self.buf);
        self.h.finalize().into()
    }
}

impl Tujuan for Penyangga {
    fn tulis(&mut self, b: &[u8]) {
        if self.buf.len() + b.len() > BLOK {
            self.h.update(&self.buf);
            self.buf.clear();
            if b.len() > BLOK {
                self.h.update(b);
                return;
            }
        }
        self.buf.extend_from_slice(b);
    }
}

/// The canonical text of `v` without the top-level fields in [`DI_LUAR_DIGEST`].
pub fn kanonik(v: &Value) -> String {
    let mut out = Vec::new();
    tulis_akar(v, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Lower-case hex SHA-256 of [`kanonik`]`(v)`.
pub fn hitung(v: &Value) -> String {
    let mut h = Penyangga::baru();
    tulis_akar(v, &mut h);
    heksa(&h.selesai())
}

/// The SHA-256 of `[v]` (the value inside an array, so an object keeps even a key named
/// `digest`), its first `n` bytes in hex: a field's fingerprint without copying the field.
pub fn hitung_dalam_larik(v: &Value, n: usize) -> String {
    let mut h = Penyangga::baru();
    h.tulis(b"[");
    tulis(v, &mut h);
    h.tulis(b"]");
    heksa(&h.selesai()[..n.min(32)])
}

fn heksa(b: &[u8]) -> String {
    let mut s = String::with_capacity(b.len() * 2);
    for x in b {
        s.push(char::from(HEKSA[usize::from(x >> 4)]));
        s.push(char::from(HEKSA[usize::from(x & 0x0f)]));
    }
    s
}

const HEKSA: &[u8; 16] = b"0123456789abcdef";

/// What the file's own `digest` says about its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatusDigest {
    Cocok,
    /// The content is not what was exported: changed by hand or damaged.
    TidakCocok {
        tertulis: String,
        dihitung: String,
    },
    /// No usable `digest` object (the file cannot vouch for itself).
    TidakAda,
    AlgoritmaTidakDikenal(String),
}

/// Checks the parsed file's digest against its content.
pub fn verify(v: &Value) -> StatusDigest {
    let Some(d) = v.get("digest").and_then(Value::as_object) else {
        return StatusDigest::TidakAda;
    };
    let (Some(alg), Some(nilai)) = (
        d.get("algorithm").and_then(Value::as_str),
        d.get("value").and_then(Value::as_str),
    ) else {
        return StatusDigest::TidakAda;
    };
    if !alg.eq_ignore_ascii_case(ALGORITMA_DIGEST) {
        return StatusDigest::AlgoritmaTidakDikenal(alg.to_string());
    }
    let dihitung = hitung(v);
    if nilai.eq_ignore_ascii_case(&dihitung) {
        StatusDigest::Cocok
    } else {
        StatusDigest::TidakCocok {
            tertulis: nilai.to_string(),
            dihitung,
        }
    }
}

fn tulis_akar(v: &Value, out: &mut impl Tujuan) {
    match v {
        Value::Object(o) => tulis_objek(o, out, &DI_LUAR_DIGEST),
        lain => tulis(lain, out),
    }
}

// Recursion is bounded: parsed input is depth-checked before serde sees it (and serde_json
// itself stops at 128), and values the app builds are shallow.
fn tulis(v: &Value, out: &mut impl Tujuan) {
    match v {
        Value::Null => out.tulis(b"null"),
        Value::Bool(true) => out.tulis(b"true"),
        Value::Bool(false) => out.tulis(b"false"),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            // Integers (revisions, years, counts) without a text of their own each time.
            (Some(x), _) => tulis_bulat(x, false, out),
            (None, Some(x)) => tulis_bulat(x.unsigned_abs(), x < 0, out),
            _ => out.tulis(n.to_string().as_bytes()),
        },
        Value::String(s) => tulis_string(s, out),
        Value::Array(a) => {
            out.tulis(b"[");
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.tulis(b",");
                }
                tulis(x, out);
            }
            out.tulis(b"]");
        }
        Value::Object(o) => tulis_objek(o, out, &[]),
    }
}

/// An integer as serde_json prints it.
fn tulis_bulat(x: u64, negatif: bool, out: &mut impl Tujuan) {
    let mut b = [0u8; 21];
    let mut i = b.len();
    let mut x = x;
    loop {
        i -= 1;
        b[i] = b'0' + (x % 10) as u8;
        x /= 10;
        if x == 0 {
            break;
        }
    }
    if negatif {
        i -= 1;
        b[i] = b'-';
    }
    out.tulis(&b[i..]);
}

fn tulis_objek(o: &serde_json::Map<String, Value>, out: &mut impl Tujuan, lewati: &[&str]) {
    fn pasangan(k: &str, x: &Value, pertama: &mut bool, out: &mut impl Tujuan) {
        if !*pertama {
            out.tulis(b",");
        }
        *pertama = false;
        tulis_string(k, out);
        out.tulis(b":");
        tulis(x, out);
    }
    out.tulis(b"{");
    let mut pertama = true;
    let tampil = |k: &String| !lewati.contains(&k.as_str());
    // Sorted here, whatever order the map keeps (serde_json may be built with preserve_order);
    // a map already in order (serde_json's own) is written as it is, without a sorted copy
    // of every object of a 200 MB import, or even a look at its order.
    if peta_terurut() || o.keys().is_sorted_by(|a, b| a.as_bytes() <= b.as_bytes()) {
        for (k, x) in o.iter().filter(|(k, _)| tampil(k)) {
            pasangan(k, x, &mut pertama, out);
        }
    } else {
        let mut kunci: Vec<(&String, &Value)> = o.iter().filter(|(k, _)| tampil(k)).collect();
        kunci.sort_unstable_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
        for (k, x) in kunci {
            pasangan(k, x, &mut pertama, out);
        }
    }
    out.tulis(b"}");
}

/// Whether serde_json's map keeps its keys sorted (by their bytes, as `String`'s order is): it
/// does unless built with `preserve_order`, which another crate could switch on.
fn peta_terurut() -> bool {
    static TERURUT: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *TERURUT.get_or_init(|| {
        let mut m = serde_json::Map::new();
        m.insert("b".into(), Value::Null);
        m.insert("a".into(), Value::Null);
        m.keys().next().map(String::as_str) == Some("a")
    })
}

/// `s` as a JSON string, exactly as serde_json writes it, appended to `out` (a large text
/// built without a `Value` around each piece: `store::snapshot`).
pub fn teks_json(s: &str, out: &mut Vec<u8>) {
    tulis_string(s, out);
}

/// serde_json's escaping: `"` `\` and control characters; everything else as UTF-8.
fn tulis_string(s: &str, out: &mut impl Tujuan) {
    out.tulis(b"\"");
    let b = s.as_bytes();
    let mut awal = 0;
    for (i, &c) in b.iter().enumerate() {
        let ganti: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0x00..=0x1f => b"",
            _ => continue,
        };
        out.tulis(&b[awal..i]);
        if ganti.is_empty() {
            out.tulis(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEKSA[usize::from(c >> 4)],
                HEKSA[usize::from(c & 0x0f)],
            ]);
        } else {
            out.tulis(ganti);
        }
        awal = i + 1;
    }
    out.tulis(&b[awal..]);
    out.tulis(b"\"");
}

#[cfg(test)]
mod tests {
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
}
