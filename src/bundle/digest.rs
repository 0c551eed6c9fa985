//! The bundle's SHA-256 digest over a canonical serialisation: object keys sorted (by their
//! UTF-8 bytes) at every level, no insignificant whitespace, strings escaped as serde_json does,
//! numbers as serde_json prints them; the top-level `digest` and `signatures` are left out so
//! the digest can sit inside the file it covers and signatures can be added later.
//! Where only the hash is needed ([`hitung`]) the text is streamed into the hasher; a file's
//! check writes it once, for WebCrypto or the hasher ([`verify_tunda_dan_data`]).

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

#[path = "digest_rapat.rs"]
pub(crate) mod rapat;
#[path = "digest_status.rs"]
mod status;
pub use status::{
    verify, verify_dan_data, verify_tunda_dan_data, DigestTertunda, StatusDigest, TeksData,
};

/// [`tulis_akar`], each record's `data` written first into a text of its own that is kept.
fn tulis_akar_dan_data(v: &Value, out: &mut impl Tujuan, data: &mut TeksData) {
    let Value::Object(o) = v else {
        return tulis(v, out);
    };
    tulis_objek_dengan(o, out, &DI_LUAR_DIGEST, &mut |k, x, out| match x {
        Value::Array(records) if k == "records" => {
            out.tulis(b"[");
            for (i, r) in records.iter().enumerate() {
                if i > 0 {
                    out.tulis(b",");
                }
                let mut teks = None;
                match r {
                    Value::Object(r) => tulis_objek_dengan(r, out, &[], &mut |k, x, out| {
                        if k == "data" {
                            let mut b = Vec::with_capacity(2048);
                            tulis(x, &mut b);
                            out.tulis(&b);
                            teks = String::from_utf8(b).ok();
                        } else {
                            tulis(x, out);
                        }
                    }),
                    lain => tulis(lain, out),
                }
                data.push(teks);
            }
            out.tulis(b"]");
        }
        _ => tulis(x, out),
    });
}

/// The object `o` as serde_json writes it, with the value at `kunci` given as its text
/// (`teks`, already written: a [`TeksData`] entry) instead of written again. `None` if `o`
/// has no `kunci`, or if the pieces were not UTF-8 (never: each is cut at an ASCII byte), so
/// a caller writes the value itself rather than store a text without it. Only the pieces
/// around `teks` are checked: `teks` is most of the record and is text already.
pub fn kanonik_dengan(
    o: &serde_json::Map<String, Value>,
    kunci: &str,
    teks: &str,
) -> Option<String> {
    let mut sekitar = Vec::with_capacity(256);
    let mut di = None;
    tulis_objek_dengan(o, &mut sekitar, &[], &mut |k, x, out| {
        if k == kunci {
            di = Some(out.len());
        } else {
            tulis(x, out);
        }
    });
    let di = di?;
    let mut hasil = String::with_capacity(sekitar.len() + teks.len());
    hasil.push_str(std::str::from_utf8(&sekitar[..di]).ok()?);
    hasil.push_str(teks);
    hasil.push_str(std::str::from_utf8(&sekitar[di..]).ok()?);
    Some(hasil)
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
        Value::Number(n) => tulis_angka(n, out),
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

/// A number as serde_json prints it.
fn tulis_angka(n: &serde_json::Number, out: &mut impl Tujuan) {
    match (n.as_u64(), n.as_i64()) {
        // Integers (revisions, years, counts) without a text of their own each time.
        (Some(x), _) => tulis_bulat(x, false, out),
        (None, Some(x)) => tulis_bulat(x.unsigned_abs(), x < 0, out),
        _ => out.tulis(n.to_string().as_bytes()),
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
    tulis_objek_dengan(o, out, lewati, &mut |_, x, out| tulis(x, out));
}

/// An object's pairs in canonical order, each value written by `nilai` (given its key).
fn tulis_objek_dengan<T: Tujuan>(
    o: &serde_json::Map<String, Value>,
    out: &mut T,
    lewati: &[&str],
    // One copy of this function per destination, not per caller (the first load's size).
    nilai: &mut dyn FnMut(&str, &Value, &mut T),
) {
    let mut pertama = true;
    let mut pasangan = |k: &str, x: &Value, out: &mut T| {
        if !pertama {
            out.tulis(b",");
        }
        pertama = false;
        tulis_string(k, out);
        out.tulis(b":");
        nilai(k, x, out);
    };
    out.tulis(b"{");
    let tampil = |k: &String| !lewati.contains(&k.as_str());
    // Sorted here, whatever order the map keeps (serde_json may be built with preserve_order);
    // a map already in order (serde_json's own) is written as it is, without a sorted copy
    // of every object of a 200 MB import, or even a look at its order.
    if peta_terurut() || o.keys().is_sorted_by(|a, b| a.as_bytes() <= b.as_bytes()) {
        for (k, x) in o.iter().filter(|(k, _)| tampil(k)) {
            pasangan(k, x, out);
        }
    } else {
        let mut kunci: Vec<(&String, &Value)> = o.iter().filter(|(k, _)| tampil(k)).collect();
        kunci.sort_unstable_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
        for (k, x) in kunci {
            pasangan(k, x, out);
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
#[path = "digest_tests.rs"]
mod tests;
