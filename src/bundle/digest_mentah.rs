//! The digest read off a file's text. The app writes a file as serde_json prints its sorted
//! map, indented: the canonical serialisation with whitespace between the tokens. For such a
//! text the digest is its bytes without that whitespace and without the top-level `digest`
//! and `signatures`, and a record's `data` text is its part of the file, compacted: no tree
//! walked, nothing written anew (the tree's walk was a quarter of an agency's import).
//!
//! Whatever is not provably canonical gives `None` and the caller walks the tree: a key out
//! of order, repeated or escaped; an escape serde_json would not write (`\/`, `\u00e9`, an
//! upper-case `\u001F`); a number it would print otherwise (`1E2`, `-0`, `1.50`). So on every
//! text it accepts, the result is the tree's, byte for byte (`digest_tests.rs` checks this
//! over every one-character change of an exported file). It reads only text serde_json has
//! parsed, and never indexes past the end of anything else either.

use super::{TeksData, DI_LUAR_DIGEST};
use crate::bundle::pindai::lewati_tanpa;
use sha2::{Digest as _, Sha256};

/// The SHA-256 of the canonical text of the bundle `b`, and each record's `data` text by
/// position, exactly as [`super::verify_dan_data`] computes them from the parsed value; `None`
/// when `b` is not canonical up to whitespace.
pub(super) fn hitung(b: &[u8]) -> Option<([u8; 32], TeksData)> {
    let mut p = Pemindai {
        b,
        i: 0,
        tumpukan: Vec::new(),
        out: Vec::with_capacity(b.len()),
    };
    let mut data = Vec::new();
    p.spasi();
    p.objek(Some(&mut data))?;
    p.spasi();
    if p.i != b.len() {
        return None;
    }
    let mut teks = Vec::with_capacity(data.len());
    for d in data {
        teks.push(match d {
            Some((a, z)) => Some(std::str::from_utf8(p.out.get(a..z)?).ok()?.to_string()),
            None => None,
        });
    }
    Some((Sha256::digest(&p.out).into(), teks))
}

/// What an open bracket is, while [`Pemindai::salin`] is inside it.
enum Wadah {
    Larik,
    /// An object: its last key (a span of the text), and whether a key comes next.
    Objek {
        sebelum: Option<(usize, usize)>,
        kunci_berikut: bool,
    },
}

struct Pemindai<'a> {
    b: &'a [u8],
    i: usize,
    /// [`Pemindai::salin`]'s open brackets, kept between calls so none allocates.
    tumpukan: Vec<Wadah>,
    /// The canonical text so far.
    out: Vec<u8>,
}

fn spasi(c: u8) -> bool {
    matches!(c, b' ' | b'\n' | b'\r' | b'\t')
}

impl Pemindai<'_> {
    fn lihat(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn spasi(&mut self) {
        while self.lihat().is_some_and(spasi) {
            self.i += 1;
        }
    }

    /// The next byte (after whitespace), which must be `c`.
    fn harap(&mut self, c: u8) -> Option<()> {
        self.spasi();
        (self.lihat()? == c).then(|| self.i += 1)
    }

    /// A bracketed list from `self.i`: `buka`, each item read by `item` (which writes its own
    /// separator: an object leaves some members out), up to `tutup`.
    fn daftar(
        &mut self,
        buka: u8,
        tutup: u8,
        mut item: impl FnMut(&mut Self) -> Option<()>,
    ) -> Option<()> {
        self.harap(buka)?;
        self.out.push(buka);
        self.spasi();
        if self.lihat() == Some(tutup) {
            self.i += 1;
        } else {
            loop {
                self.spasi();
                item(self)?;
                self.spasi();
                match self.lihat()? {
                    b',' => self.i += 1,
                    c if c == tutup => {
                        self.i += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        self.out.push(tutup);
        Some(())
    }

    /// An object written out, its keys in order, each once, unescaped. At the top (`data`
    /// given) `digest` and `signatures` are read and left out, and `records` gives each
    /// record's `data` span there; below, the span of the object's own `data` is returned.
    fn objek(
        &mut self,
        mut data: Option<&mut Vec<Option<(usize, usize)>>>,
    ) -> Option<Option<(usize, usize)>> {
        let mut sebelum: Option<(usize, usize)> = None;
        let (mut koma, mut milik) = (false, None);
        self.daftar(b'{', b'}', |p| {
            let (a, z) = p.kunci(sebelum)?;
            sebelum = Some((a, z));
            p.harap(b':')?;
            p.spasi();
            let b = p.b;
            let k = &b[a..z];
            let awal = p.out.len();
            if koma {
                p.out.push(b',');
            }
            p.out.push(b'"');
            p.out.extend_from_slice(k);
            p.out.extend_from_slice(b"\":");
            let mulai = p.out.len();
            match data.as_deref_mut() {
                Some(d) if k == b"records" && p.lihat() == Some(b'[') => p.records(d)?,
                _ => p.salin()?,
            }
            if data.is_some() && DI_LUAR_DIGEST.iter().any(|x| x.as_bytes() == k) {
                p.out.truncate(awal);
            } else {
                koma = true;
                if data.is_none() && k == b"data" {
                    milik = Some((mulai, p.out.len()));
                }
            }
            Some(())
        })?;
        Some(milik)
    }

    /// A key at `self.i` (a string without escapes, after `sebelum` in byte order): its span.
    fn kunci(&mut self, sebelum: Option<(usize, usize)>) -> Option<(usize, usize)> {
        if self.lihat()? != b'"' {
            return None;
        }
        let (a, z, lolos) = self.string()?;
        let k = &self.b[a..z];
        let urut = sebelum.is_none_or(|(x, y)| &self.b[x..y] < k);
        (!lolos && urut).then_some((a, z))
    }

    /// The string at `self.i` (its opening quote): the span inside the quotes and whether it
    /// holds an escape; `None` for an escape serde_json would write otherwise.
    fn string(&mut self) -> Option<(usize, usize, bool)> {
        let a = self.i + 1;
        let mut i = a;
        let mut lolos = false;
        loop {
            i = lewati_tanpa(self.b, i, b"\"\\");
            match self.b.get(i)? {
                b'"' => break,
                _ => {
                    lolos = true;
                    i += match self.b.get(i + 1)? {
                        b'"' | b'\\' | b'b' | b'f' | b'n' | b'r' | b't' => 2,
                        b'u' if kendali_kanonik(self.b.get(i + 2..i + 6)?) => 6,
                        _ => return None,
                    };
                }
            }
        }
        self.i = i + 1;
        Some((a, i, lolos))
    }

    /// The records, each object's `data` span noted by position.
    fn records(&mut self, data: &mut Vec<Option<(usize, usize)>>) -> Option<()> {
        let mut pertama = true;
        self.daftar(b'[', b']', |p| {
            if !std::mem::take(&mut pertama) {
                p.out.push(b',');
            }
            if p.lihat() == Some(b'{') {
                data.push(p.objek(None)?);
            } else {
                p.salin()?;
                data.push(None);
            }
            Some(())
        })
    }

    /// One value from `self.i`, written without whitespace in runs (a line of an indented
    /// file is one copy).
    fn salin(&mut self) -> Option<()> {
        self.tumpukan.clear();
        let mut awal = self.i;
        loop {
            let c = self.lihat()?;
            match c {
                _ if spasi(c) => {
                    self.out.extend_from_slice(&self.b[awal..self.i]);
                    self.spasi();
                    awal = self.i;
                    continue;
                }
                b'"' => {
                    let kunci = match self.tumpukan.last() {
                        Some(Wadah::Objek {
                            sebelum,
                            kunci_berikut: true,
                        }) => Some(*sebelum),
                        _ => None,
                    };
                    match kunci {
                        Some(sebelum) => {
                            let k = self.kunci(sebelum)?;
                            if let Some(Wadah::Objek {
                                sebelum,
                                kunci_berikut,
                            }) = self.tumpukan.last_mut()
                            {
                                *sebelum = Some(k);
                                *kunci_berikut = false;
                            }
                            continue;
                        }
                        None => {
                            self.string()?;
                        }
                    }
                }
                b'{' => {
                    self.tumpukan.push(Wadah::Objek {
                        sebelum: None,
                        kunci_berikut: true,
                    });
                    self.i += 1;
                    continue;
                }
                b'[' => {
                    self.tumpukan.push(Wadah::Larik);
                    self.i += 1;
                    continue;
                }
                b'}' | b']' => {
                    self.tumpukan.pop()?;
                    self.i += 1;
                }
                b',' | b':' => {
                    if let (b',', Some(Wadah::Objek { kunci_berikut, .. })) =
                        (c, self.tumpukan.last_mut())
                    {
                        *kunci_berikut = true;
                    }
                    self.i += 1;
                    continue;
                }
                b'-' | b'0'..=b'9' => {
                    let a = self.i;
                    while self.lihat().is_some_and(|c| {
                        matches!(c, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
                    }) {
                        self.i += 1;
                    }
                    if !angka_kanonik(&self.b[a..self.i]) {
                        return None;
                    }
                }
                _ => {
                    let kata: &[u8] = match c {
                        b't' => b"true",
                        b'f' => b"false",
                        b'n' => b"null",
                        _ => return None,
                    };
                    if self.b.get(self.i..self.i + kata.len())? != kata {
                        return None;
                    }
                    self.i += kata.len();
                }
            }
            // A value just ended: the whole value, if no bracket is open.
            if self.tumpukan.is_empty() {
                self.out.extend_from_slice(&self.b[awal..self.i]);
                return Some(());
            }
        }
    }
}

/// `\uXXXX` as serde_json writes it: only for a control character without a short escape,
/// in lower-case hex.
fn kendali_kanonik(x: &[u8]) -> bool {
    let heksa = |c: u8| HEKSA_KECIL.iter().position(|&h| h == c);
    match (
        x,
        x.get(2).copied().and_then(heksa),
        x.get(3).copied().and_then(heksa),
    ) {
        ([b'0', b'0', ..], Some(t), Some(r)) => {
            let c = t * 16 + r;
            c < 0x20 && !matches!(c, 0x08 | 0x09 | 0x0a | 0x0c | 0x0d)
        }
        _ => false,
    }
}

const HEKSA_KECIL: &[u8; 16] = b"0123456789abcdef";

/// Whether serde_json prints the number it reads from `t` as `t` again: an integer of up to
/// 18 digits, or a decimal of at least 0.0001 with up to 15 significant digits whose fraction
/// does not end in a zero but for `.0` (each such decimal is its double's shortest form, which
/// serde_json prints in this notation from 1e-5 to 1e16). Anything else is left to the tree,
/// as exponents are.
pub(super) fn angka_kanonik(t: &[u8]) -> bool {
    let d = t.strip_prefix(b"-").unwrap_or(t);
    let (bulat, pecahan) = match d.iter().position(|&c| c == b'.') {
        Some(i) => (&d[..i], Some(&d[i + 1..])),
        None => (d, None),
    };
    let angka = |x: &[u8]| !x.is_empty() && x.iter().all(u8::is_ascii_digit);
    if !angka(bulat) || (bulat.len() > 1 && bulat[0] == b'0') {
        return false;
    }
    match pecahan {
        // `-0` is read as a float and printed `-0.0`.
        None => bulat.len() <= 18 && (bulat != b"0" || d.len() == t.len()),
        Some(f) => {
            // Below 1: up to three zeros after the point, so 0.0001 at least.
            let nol = f.iter().take_while(|&&c| c == b'0').count();
            let digit = match bulat {
                b"0" => f == b"0" || (nol <= 3 && nol < f.len() && f.len() - nol <= 15),
                _ => bulat.len() + f.len() <= 15,
            };
            angka(f) && digit && (f == b"0" || f.last() != Some(&b'0'))
        }
    }
}
