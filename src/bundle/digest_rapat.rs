//! The canonical text taken straight from a file's own text, when that text is already
//! canonical but for its whitespace: every file this app writes is (serde_json's maps keep
//! their keys sorted, and the pretty printer only adds indentation). One pass that drops the
//! whitespace replaces writing the parsed value out again, a seventh of an agency import.
//!
//! It vouches byte for byte or not at all: where the text could differ from what
//! [`super::tulis_akar_dan_data`] writes for its parsed value (keys out of order or repeated,
//! a key with an escape, an escape serde_json does not write) it gives `None`, and the caller
//! writes the canonical text from the value. A number other than a plain integer is written
//! as the value's writer writes it. Only text serde_json has parsed comes here, so it is valid JSON nested at
//! most 128 deep (serde_json's own limit), which bounds the recursion.

use super::status::TeksData;
use crate::bundle::pindai::lewati_tanpa;

/// The canonical text of the parsed `teks` (top-level `digest` and `signatures` left out) and
/// each record's `data` text, as [`super::tulis_akar_dan_data`] writes them; `None` where
/// this text cannot vouch for them.
pub(super) fn dari_teks(teks: &str) -> Option<(Vec<u8>, TeksData)> {
    let mut r = Rapat {
        b: teks.as_bytes(),
        i: 0,
        // Indentation is most of a pretty-printed file: the canonical text is about a third.
        out: Vec::with_capacity(teks.len() / 2),
        data: Vec::new(),
        teks_data: None,
    };
    r.spasi();
    if r.b.get(r.i) != Some(&b'{') {
        return None;
    }
    r.objek(Peran::Akar)?;
    r.spasi();
    (r.i == r.b.len()).then_some((r.out, r.data))
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

struct Rapat<'a> {
    b: &'a [u8],
    i: usize,
    out: Vec<u8>,
    data: TeksData,
    /// The `data` text of the record being read.
    teks_data: Option<String>,
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

    fn nilai(&mut self, peran: Peran) -> Option<()> {
        self.spasi();
        match *self.b.get(self.i)? {
            b'{' => self.objek(peran),
            b'[' => self.larik(false),
            b'"' => self.string(),
            b't' => self.kata(b"true"),
            b'f' => self.kata(b"false"),
            b'n' => self.kata(b"null"),
            _ => self.angka(),
        }
    }

    fn objek(&mut self, peran: Peran) -> Option<()> {
        let b = self.b;
        self.i += 1;
        self.out.push(b'{');
        let (mut lalu, mut pertama): (Option<&'a [u8]>, bool) = (None, true);
        self.spasi();
        if b.get(self.i) == Some(&b'}') {
            self.i += 1;
            self.out.push(b'}');
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
            if peran == Peran::Akar && (k == b"digest" || k == b"signatures") {
                let panjang = self.out.len();
                self.nilai(Peran::Lain)?;
                self.out.truncate(panjang);
            } else {
                if !pertama {
                    self.out.push(b',');
                }
                pertama = false;
                self.out.push(b'"');
                self.out.extend_from_slice(k);
                self.out.extend_from_slice(b"\":");
                match (peran, k) {
                    (Peran::Akar, b"records") => self.records()?,
                    (Peran::Record, b"data") => {
                        let awal = self.out.len();
                        self.nilai(Peran::Lain)?;
                        let t = std::str::from_utf8(&self.out[awal..]).ok()?;
                        self.teks_data = Some(t.to_string());
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
        self.out.push(b'}');
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
        self.i += 1;
        self.out.push(b'[');
        self.spasi();
        if self.b.get(self.i) == Some(&b']') {
            self.i += 1;
            self.out.push(b']');
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
                    self.out.push(b',');
                }
                b']' => break,
                _ => return None,
            }
        }
        self.i += 1;
        self.out.push(b']');
        Some(())
    }

    /// A key's bytes between its quotes; `None` for one with an escape (its order is that of
    /// the unescaped text).
    fn kunci(&mut self) -> Option<&'a [u8]> {
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
        Some(&b[awal..self.i - 1])
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
        self.out.extend_from_slice(&b[awal..self.i]);
        Some(())
    }

    fn kata(&mut self, kata: &[u8]) -> Option<()> {
        let b = self.b;
        if !b[self.i..].starts_with(kata) {
            return None;
        }
        self.i += kata.len();
        self.out.extend_from_slice(kata);
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
            self.out.extend_from_slice(&b[awal..self.i]);
            return Some(());
        }
        while let Some(b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-') = b.get(self.i) {
            self.i += 1;
        }
        let teks = std::str::from_utf8(&b[awal..self.i]).ok()?;
        match serde_json::from_str(teks).ok()? {
            serde_json::Value::Number(n) => super::tulis_angka(&n, &mut self.out),
            _ => return None,
        }
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
