//! The canonical text taken straight from a file's own text, when that text is already
//! canonical but for its whitespace: every file this app writes is (serde_json's maps keep
//! their keys sorted, and the pretty printer only adds indentation). One pass that drops the
//! whitespace replaces writing the parsed value out again, a seventh of an agency import.
//!
//! It vouches byte for byte or not at all: where the text could differ from what
//! [`super::tulis_akar_dan_data`] writes for its parsed value (keys out of order or repeated,
//! a key with an escape, an escape serde_json does not write) it gives up, and the caller
//! writes the canonical text from the value. A number other than a plain integer is written
//! as the value's writer writes it. The pass runs before serde_json parses the file (it is the
//! nesting check too, [`pindai`]), so its text is only used once that parse has succeeded: it
//! vouches for valid JSON only.

use super::status::TeksData;
use crate::bundle::pindai::lewati_tanpa;

/// What the pass over a file's text found.
#[derive(Debug, PartialEq)]
pub(crate) enum Pindaian {
    /// The canonical text (top-level `digest` and `signatures` left out) and each record's
    /// `data` text, should the bytes be valid JSON.
    Kanonik(Vec<u8>, TeksData),
    /// Nested deeper than allowed: the byte position of the first `{` or `[` too deep.
    TerlaluDalam(usize),
    /// Given up before either was known: [`crate::bundle::pindai::posisi_terlalu_dalam`]
    /// judges the nesting, and the canonical text is written from the value.
    Tidak,
}

/// serde_json parses no deeper; past it the pass gives up rather than recurse further.
const DALAM_SERDE: usize = 128;

/// One pass over a file's text: its canonical text and `data` texts, or the first container
/// nested deeper than `maks` (as [`crate::bundle::pindai::posisi_terlalu_dalam`] names it: the
/// pass reads the same brackets in the same order, strings skipped alike).
pub(crate) fn pindai(teks: &str, maks: usize) -> Pindaian {
    let mut r = Rapat {
        s: teks,
        b: teks.as_bytes(),
        i: 0,
        // Indentation is most of a pretty-printed file: the canonical text is about a third.
        out: String::with_capacity(teks.len() / 2),
        data: Vec::new(),
        teks_data: None,
        dalam: 0,
        maks,
        terlalu_dalam: None,
    };
    r.spasi();
    if r.b.get(r.i) != Some(&b'{') {
        return Pindaian::Tidak;
    }
    let selesai = r.objek(Peran::Akar);
    if let Some(i) = r.terlalu_dalam {
        return Pindaian::TerlaluDalam(i);
    }
    r.spasi();
    match selesai.is_some() && r.i == r.b.len() {
        true => Pindaian::Kanonik(r.out.into_bytes(), r.data),
        false => Pindaian::Tidak,
    }
}

/// Which object is being read: the members the canonical text treats apart depend on it.
#[derive(Clone, Copy, PartialEq)]
enum Peran {
    /// The file itself: `digest` and `signatures` are left out, `records` is looked into.
    Akar,
    /// One of `records`: its `data` text is kept.
    Record,
    Lain,
}

/// The text is read by its bytes and copied in pieces cut at ASCII bytes (quotes, brackets,
/// digits), so every piece is whole characters and the copy is text without checking it again.
struct Rapat<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
    out: String,
    data: TeksData,
    /// The `data` text of the record being read.
    teks_data: Option<String>,
    /// Containers open around the position.
    dalam: usize,
    maks: usize,
    /// Where a container opened deeper than `maks`.
    terlalu_dalam: Option<usize>,
}

impl<'a> Rapat<'a> {
    fn spasi(&mut self) {
        const SPASI: u64 = u64::from_ne_bytes([b' '; 8]);
        // Indentation eight bytes at a time.
        while let Some(w) = self.b.get(self.i..self.i + 8) {
            if u64::from_ne_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]) != SPASI {
                break;
            }
            self.i += 8;
        }
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    /// One more container opens at the position: too deep for the file (noted), or for the
    /// pass, gives up.
    fn buka(&mut self) -> Option<()> {
        self.dalam += 1;
        if self.dalam > self.maks {
            self.terlalu_dalam = Some(self.i);
            return None;
        }
        (self.dalam <= DALAM_SERDE).then_some(())
    }

    fn nilai(&mut self, peran: Peran) -> Option<()> {
        self.spasi();
        match *self.b.get(self.i)? {
            b'{' => self.objek(peran),
            b'[' => self.larik(false),
            b'"' => self.string(),
            b't' => self.kata("true"),
            b'f' => self.kata("false"),
            b'n' => self.kata("null"),
            _ => self.angka(),
        }
    }

    fn objek(&mut self, peran: Peran) -> Option<()> {
        let b = self.b;
        self.buka()?;
        self.i += 1;
        self.out.push('{');
        let (mut lalu, mut pertama): (Option<&'a str>, bool) = (None, true);
        self.spasi();
        if b.get(self.i) == Some(&b'}') {
            self.i += 1;
            self.out.push('}');
            self.dalam -= 1;
            return Some(());
        }
        loop {
            self.spasi();
            let k = self.kunci()?;
            // Strictly increasing: sorted as the canonical text sorts, and no key twice.
            if lalu.is_some_and(|l| l >= k) {
                return None;
            }
            lalu = Some(k);
            self.spasi();
            if b.get(self.i) != Some(&b':') {
                return None;
            }
            self.i += 1;
            if peran == Peran::Akar && (k == "digest" || k == "signatures") {
                let panjang = self.out.len();
                self.nilai(Peran::Lain)?;
                self.out.truncate(panjang);
            } else {
                if !pertama {
                    self.out.push(',');
                }
                pertama = false;
                self.out.push('"');
                self.out.push_str(k);
                self.out.push_str("\":");
                match (peran, k) {
                    (Peran::Akar, "records") => self.records()?,
                    (Peran::Record, "data") => {
                        let awal = self.out.len();
                        self.nilai(Peran::Lain)?;
                        self.teks_data = Some(self.out.get(awal..)?.to_string());
                    }
                    _ => self.nilai(Peran::Lain)?,
                }
            }
            self.spasi();
            match b.get(self.i)? {
                b',' => self.i += 1,
                b'}' => break,
                _ => return None,
            }
        }
        self.i += 1;
        self.out.push('}');
        self.dalam -= 1;
        Some(())
    }

    /// The file's `records`: each record's `data` text is kept, by position.
    fn records(&mut self) -> Option<()> {
        self.spasi();
        match self.b.get(self.i)? {
            b'[' => self.larik(true),
            // Not a list: written as any value, with no texts kept.
            _ => self.nilai(Peran::Lain),
        }
    }

    fn larik(&mut self, records: bool) -> Option<()> {
        self.buka()?;
        self.i += 1;
        self.out.push('[');
        self.spasi();
        if self.b.get(self.i) == Some(&b']') {
            self.i += 1;
            self.out.push(']');
            self.dalam -= 1;
            return Some(());
        }
        loop {
            if records {
                self.teks_data = None;
                self.nilai(Peran::Record)?;
                let t = self.teks_data.take();
                self.data.push(t);
            } else {
                self.nilai(Peran::Lain)?;
            }
            self.spasi();
            match self.b.get(self.i)? {
                b',' => {
                    self.i += 1;
                    self.out.push(',');
                }
                b']' => break,
                _ => return None,
            }
        }
        self.i += 1;
        self.out.push(']');
        self.dalam -= 1;
        Some(())
    }

    /// A key's bytes between its quotes; `None` for one with an escape (its order is that of
    /// the unescaped text).
    fn kunci(&mut self) -> Option<&'a str> {
        let b = self.b;
        if b.get(self.i) != Some(&b'"') {
            return None;
        }
        let awal = self.i + 1;
        self.i = lewati_tanpa(b, awal, b"\"\\");
        if b.get(self.i)? != &b'"' {
            return None;
        }
        self.i += 1;
        self.s.get(awal..self.i - 1)
    }

    /// A text copied as it stands, when serde_json would write it so.
    fn string(&mut self) -> Option<()> {
        let b = self.b;
        let awal = self.i;
        self.i += 1;
        loop {
            self.i = lewati_tanpa(b, self.i, b"\"\\");
            match b.get(self.i)? {
                b'"' => break,
                _ => match *b.get(self.i + 1)? {
                    b'"' | b'\\' | b'n' | b'r' | b't' | b'b' | b'f' => self.i += 2,
                    b'u' => {
                        kendali(b.get(self.i + 2..self.i + 6)?)?;
                        self.i += 6;
                    }
                    _ => return None,
                },
            }
        }
        self.i += 1;
        self.out.push_str(self.s.get(awal..self.i)?);
        Some(())
    }

    fn kata(&mut self, kata: &str) -> Option<()> {
        if !self.b[self.i..].starts_with(kata.as_bytes()) {
            return None;
        }
        self.i += kata.len();
        self.out.push_str(kata);
        Some(())
    }

    /// A number as the canonical text writes it. An integer that fits 64 bits and is not
    /// `-0` stands as it is; any other (a fraction: `10.0` is how serde_json prints a float) is
    /// read by serde_json alone, as the file's parse read it, and written as the value is.
    fn angka(&mut self) -> Option<()> {
        let b = self.b;
        let awal = self.i;
        let negatif = b.get(self.i) == Some(&b'-');
        if negatif {
            self.i += 1;
        }
        let digit = self.i;
        let mut n: Option<u64> = Some(0);
        while let Some(c @ b'0'..=b'9') = b.get(self.i) {
            n = n
                .and_then(|n| n.checked_mul(10))
                .and_then(|n| n.checked_add(u64::from(c - b'0')));
            self.i += 1;
        }
        if self.i == digit {
            return None;
        }
        let bulat = !matches!(b.get(self.i), Some(b'.' | b'e' | b'E'));
        let muat = n.is_some_and(|n| !negatif || (n != 0 && n <= 1 << 63));
        if bulat && muat {
            self.out.push_str(self.s.get(awal..self.i)?);
            return Some(());
        }
        while let Some(b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-') = b.get(self.i) {
            self.i += 1;
        }
        let serde_json::Value::Number(n) = serde_json::from_str(self.s.get(awal..self.i)?).ok()?
        else {
            return None;
        };
        let mut angka = Vec::new();
        super::tulis_angka(&n, &mut angka);
        self.out.push_str(std::str::from_utf8(&angka).ok()?);
        Some(())
    }
}

/// The four hex digits of a `\u` escape, when serde_json writes that escape: a control
/// character without a short form, `00` then two lower-case digits.
fn kendali(h: &[u8]) -> Option<()> {
    let digit = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    };
    let c = (digit(h[2])? << 4) | digit(h[3])?;
    let pendek = matches!(c, 0x08 | 0x09 | 0x0a | 0x0c | 0x0d);
    (h[0] == b'0' && h[1] == b'0' && c < 0x20 && !pendek).then_some(())
}

#[cfg(test)]
#[path = "digest_rapat_tests.rs"]
mod tests;
