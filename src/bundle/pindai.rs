//! Cheap checks that run before and right after parsing, so hostile input cannot exhaust the
//! stack or memory: nesting depth on the raw bytes (a loop, no recursion, honouring strings and
//! escapes), and text length on the parsed value.

use super::jejak::Segmen;
use serde_json::{Map, Value};

/// The byte position of the first `{` or `[` nested deeper than `maks`. It runs over every
/// byte of a file the canonical pass gave up on, so it skips eight bytes at a time where none
/// of them can matter (indentation, the insides of texts).
pub(crate) fn posisi_terlalu_dalam(b: &[u8], maks: usize) -> Option<usize> {
    let mut dalam = 0usize;
    let mut i = 0;
    while i < b.len() {
        i = lewati_tanpa(b, i, b"\"{[}]");
        let Some(&c) = b.get(i) else { break };
        match c {
            b'"' => {
                // The text's end: the next quote not escaped (an escape takes the byte after).
                i += 1;
                loop {
                    i = lewati_tanpa(b, i, b"\"\\");
                    match b.get(i) {
                        None => return None,
                        Some(b'\\') => i += 2,
                        Some(_) => break,
                    }
                }
            }
            b'{' | b'[' => {
                dalam += 1;
                if dalam > maks {
                    return Some(i);
                }
            }
            b'}' | b']' => dalam = dalam.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The first position from `i` whose byte is one of `cari` (or one in the same word of eight
/// before it), words without any skipped whole; `b.len()` at most. `cari` is an array, so each
/// caller's few comparisons are unrolled: as a slice, the byte-by-byte part called `memchr`
/// per byte, a tenth of an agency's import.
pub(crate) fn lewati_tanpa<const N: usize>(b: &[u8], mut i: usize, cari: &[u8; N]) -> usize {
    const SATU: u64 = u64::from_ne_bytes([1; 8]);
    const TINGGI: u64 = u64::from_ne_bytes([0x80; 8]);
    while let Some(w) = b.get(i..i + 8) {
        let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        // A byte of `x ^ c` is zero exactly where `x` holds `c`.
        let ada = cari.iter().any(|&c| {
            let y = x ^ (SATU * u64::from(c));
            y.wrapping_sub(SATU) & !y & TINGGI != 0
        });
        if ada {
            break;
        }
        i += 8;
    }
    while let Some(&c) = b.get(i) {
        // Not `contains`: for bytes it is a call to `memchr`, per byte here.
        #[allow(clippy::manual_contains)]
        if cari.iter().any(|&x| x == c) {
            return i;
        }
        i += 1;
    }
    i
}

/// 1-based line and column (in characters) of byte offset `i`.
pub fn baris_kolom(b: &[u8], i: usize) -> (usize, usize) {
    let awal = &b[..i.min(b.len())];
    let baris = awal.iter().filter(|&&c| c == b'\n').count() + 1;
    let mulai = awal.iter().rposition(|&c| c == b'\n').map_or(0, |p| p + 1);
    // Count characters, not bytes: continuation bytes of UTF-8 are 0b10xx_xxxx.
    let kolom = awal[mulai..].iter().filter(|&&c| c & 0xc0 != 0x80).count() + 1;
    (baris, kolom)
}

/// A text (value or key) longer than the limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeksPanjang {
    pub jalur: String,
    pub panjang: usize,
}

/// Every string value or object key under `v` longer than `maks` bytes, with its path below
/// `akar`. Recursion is bounded by the depth check that ran before parsing.
pub fn teks_terlalu_panjang(v: &Value, akar: &str, maks: usize) -> Vec<TeksPanjang> {
    let mut out = Vec::new();
    jelajah(v, &Segmen::Akar(akar), maks, &mut out);
    out
}

/// [`teks_terlalu_panjang`] for an object held as a map (no copy into a `Value`).
pub fn teks_terlalu_panjang_objek(
    o: &Map<String, Value>,
    akar: &str,
    maks: usize,
) -> Vec<TeksPanjang> {
    let mut out = Vec::new();
    jelajah_objek(o, &Segmen::Akar(akar), maks, &mut out);
    out
}

fn jelajah(v: &Value, jalur: &Segmen<'_>, maks: usize, out: &mut Vec<TeksPanjang>) {
    match v {
        Value::String(s) if s.len() > maks => out.push(TeksPanjang {
            jalur: jalur.teks(),
            panjang: s.len(),
        }),
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                jelajah(x, &Segmen::Indeks(jalur, i), maks, out);
            }
        }
        Value::Object(o) => jelajah_objek(o, jalur, maks, out),
        _ => {}
    }
}

/// [`teks_terlalu_panjang_objek`] for every field of `o` but `kecuali` (a field known short).
pub fn teks_terlalu_panjang_kecuali(
    o: &Map<String, Value>,
    akar: &str,
    maks: usize,
    kecuali: &str,
) -> Vec<TeksPanjang> {
    let mut out = Vec::new();
    let pasangan = o.iter().filter(|(k, _)| *k != kecuali);
    jelajah_pasangan(pasangan, &Segmen::Akar(akar), maks, &mut out);
    out
}

fn jelajah_objek(
    o: &Map<String, Value>,
    jalur: &Segmen<'_>,
    maks: usize,
    out: &mut Vec<TeksPanjang>,
) {
    jelajah_pasangan(o.iter(), jalur, maks, out);
}

fn jelajah_pasangan<'v>(
    pasangan: impl Iterator<Item = (&'v String, &'v Value)>,
    jalur: &Segmen<'_>,
    maks: usize,
    out: &mut Vec<TeksPanjang>,
) {
    for (k, x) in pasangan {
        if k.len() > maks {
            // The key itself is the long text; name the object that holds it.
            out.push(TeksPanjang {
                jalur: jalur.teks(),
                panjang: k.len(),
            });
            continue;
        }
        jelajah(x, &Segmen::Kunci(jalur, k), maks, out);
    }
}

/// Every list under `o` with more than `maks` items (`panjang` is the item count), so one
/// record cannot carry a million participants into storage and onto a screen.
pub fn daftar_terlalu_panjang(o: &Map<String, Value>, akar: &str, maks: usize) -> Vec<TeksPanjang> {
    fn cari(v: &Value, jalur: &Segmen<'_>, maks: usize, out: &mut Vec<TeksPanjang>) {
        match v {
            Value::Array(a) if a.len() > maks => out.push(TeksPanjang {
                jalur: jalur.teks(),
                panjang: a.len(),
            }),
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    cari(x, &Segmen::Indeks(jalur, i), maks, out);
                }
            }
            Value::Object(o) => {
                for (k, x) in o {
                    cari(x, &Segmen::Kunci(jalur, k), maks, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    let akar = Segmen::Akar(akar);
    for (k, x) in o {
        cari(x, &Segmen::Kunci(&akar, k), maks, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Where the nesting first goes deeper than `maks`: `(line, column)`, both 1-based, as a
    /// file's reading reports it.
    fn melebihi_kedalaman(b: &[u8], maks: usize) -> Option<(usize, usize)> {
        posisi_terlalu_dalam(b, maks).map(|i| baris_kolom(b, i))
    }

    #[test]
    fn depth_counts_brackets_outside_strings_only() {
        assert_eq!(melebihi_kedalaman(b"[[[]]]", 3), None);
        assert_eq!(melebihi_kedalaman(b"[[[[]]]]", 3), Some((1, 4)));
        assert_eq!(melebihi_kedalaman(br#"{"a":"[[[[[[","b":[]}"#, 2), None);
        // An escaped quote does not end the string; an escaped backslash does not escape it.
        assert_eq!(melebihi_kedalaman(br#"["\"[[[[", "\\", [[]]]"#, 3), None);
        assert_eq!(melebihi_kedalaman(br#"["\\", [[[]]]]"#, 3), Some((1, 10)));
        assert_eq!(melebihi_kedalaman(b"{\n \"x\": [\n  [[", 2), Some((3, 3)));
    }

    /// The byte-by-byte scan the word skipping must agree with.
    fn kedalaman_perlahan(b: &[u8], maks: usize) -> Option<(usize, usize)> {
        let (mut dalam, mut di_string, mut lolos) = (0usize, false, false);
        for (i, &c) in b.iter().enumerate() {
            if di_string {
                match (lolos, c) {
                    (true, _) => lolos = false,
                    (false, b'\\') => lolos = true,
                    (false, b'"') => di_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                b'"' => di_string = true,
                b'{' | b'[' => {
                    dalam += 1;
                    if dalam > maks {
                        return Some(baris_kolom(b, i));
                    }
                }
                b'}' | b']' => dalam = dalam.saturating_sub(1),
                _ => {}
            }
        }
        None
    }

    #[test]
    fn skipping_words_finds_what_the_byte_scan_finds() {
        // Every text of up to seven pieces from a small alphabet, at every depth limit 0..4,
        // then longer ones built from the same pieces (so words straddle every boundary).
        let potong: [&[u8]; 9] = [
            b"{",
            b"[",
            b"]",
            b"}",
            b"\"",
            b"\\",
            b"        ",
            b"ab\n",
            "é".as_bytes(),
        ];
        let mut teks: Vec<Vec<u8>> = vec![Vec::new()];
        for _ in 0..5 {
            let mut lagi = Vec::new();
            for t in &teks {
                for p in potong {
                    lagi.push([t.as_slice(), p].concat());
                }
            }
            teks = lagi;
        }
        for t in &teks {
            let panjang = t.repeat(3);
            for maks in 0..4 {
                assert_eq!(
                    melebihi_kedalaman(t, maks),
                    kedalaman_perlahan(t, maks),
                    "{t:?}"
                );
                assert_eq!(
                    melebihi_kedalaman(&panjang, maks),
                    kedalaman_perlahan(&panjang, maks),
                    "{panjang:?}"
                );
            }
        }
    }

    #[test]
    fn a_million_open_brackets_are_caught_without_recursion() {
        let b = vec![b'['; 1_000_000];
        assert_eq!(melebihi_kedalaman(&b, 64), Some((1, 65)));
        // Unbalanced closers never underflow.
        assert_eq!(melebihi_kedalaman(&vec![b']'; 1000], 1), None);
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(baris_kolom("é[".as_bytes(), 2), (1, 2));
        assert_eq!(baris_kolom(b"ab", 99), (1, 3));
    }

    #[test]
    fn long_texts_and_keys_are_found_with_their_path() {
        let panjang = "x".repeat(11);
        let v = json!({"a": [ "ok", panjang.clone() ], panjang.clone(): 1, "b": {"c": panjang}});
        let mut t = teks_terlalu_panjang(&v, "", 10);
        t.sort_by(|a, b| a.jalur.cmp(&b.jalur));
        let jalur: Vec<&str> = t.iter().map(|x| x.jalur.as_str()).collect();
        assert_eq!(jalur, ["", "a[1]", "b.c"]);
        assert!(t.iter().all(|x| x.panjang == 11));
        assert!(teks_terlalu_panjang(&v, "", 11).is_empty());
    }

    #[test]
    fn long_lists_are_found_with_their_path_and_count() {
        let v = json!({"peserta": vec![1; 11], "rhk": [{"iki": vec![0; 12]}, {"iki": [1]}], "ok": vec![2; 10]});
        let t = daftar_terlalu_panjang(v.as_object().unwrap(), "data", 10);
        let mut t: Vec<(String, usize)> = t.into_iter().map(|x| (x.jalur, x.panjang)).collect();
        t.sort();
        assert_eq!(
            t,
            [
                ("data.peserta".to_string(), 11),
                ("data.rhk[0].iki".to_string(), 12)
            ]
        );
    }
}
