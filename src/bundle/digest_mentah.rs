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

use super::{Penyangga, TeksData, Tujuan, DI_LUAR_DIGEST};
use crate::bundle::pindai::lewati_tanpa;

/// The SHA-256 of the canonical text of the bundle `b`, and each record's `data` text by
/// position, exactly as [`super::verify_dan_data`] computes them from the parsed value; `None`
/// when `b` is not canonical up to whitespace.
pub(super) fn hitung(b: &[u8]) -> Option<([u8; 32], TeksData)> {
    let mut p = Pemindai {
        b,
        i: 0,
        tumpukan: Vec::new(),
    };
    let mut h = Penyangga::baru();
    let mut data = Vec::new();
    p.spasi();
    p.objek(&mut h, &DI_LUAR_DIGEST, |p, k, h| match k {
        b"records" if p.lihat() == Some(b'[') => p.records(h, &mut data),
        _ => p.salin(h),
    })?;
    p.spasi();
    (p.i == b.len()).then(|| (h.selesai(), data))
}

/// Text going nowhere: the values the digest leaves out are still read to their end.
struct Buang;

impl Tujuan for Buang {
    fn tulis(&mut self, _: &[u8]) {}
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
}

fn spasi(c: u8) -> bool {
    matches!(c, b' ' | b'\n' | b'\r' | b'\t')
}

impl<'a> Pemindai<'a> {
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

    /// An object, each member's value written by `nilai` (given the key's bytes) but those
    /// under a key in `lewati`, which are read to their end and left out with their key.
    /// Keys must be in order, each once, unescaped.
    fn objek<T: Tujuan>(
        &mut self,
        out: &mut T,
        lewati: &[&str],
        mut nilai: impl FnMut(&mut Self, &'a [u8], &mut T) -> Option<()>,
    ) -> Option<()> {
        self.harap(b'{')?;
        out.tulis(b"{");
        let mut sebelum: Option<(usize, usize)> = None;
        let mut koma = false;
        self.spasi();
        if self.lihat() == Some(b'}') {
            self.i += 1;
        } else {
            loop {
                self.spasi();
                let (a, z) = self.kunci(sebelum)?;
                sebelum = Some((a, z));
                self.harap(b':')?;
                self.spasi();
                let b = self.b;
                let k = &b[a..z];
                if lewati.iter().any(|x| x.as_bytes() == k) {
                    self.salin(&mut Buang)?;
                } else {
                    if koma {
                        out.tulis(b",");
                    }
                    koma = true;
                    out.tulis(b"\"");
                    out.tulis(k);
                    out.tulis(b"\":");
                    nilai(self, k, out)?;
                }
                self.spasi();
                match self.lihat()? {
                    b',' => self.i += 1,
                    b'}' => {
                        self.i += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        out.tulis(b"}");
        Some(())
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

    /// The records: each object's `data` is compacted into a text of its own, then hashed.
    fn records(&mut self, h: &mut impl Tujuan, data: &mut TeksData) -> Option<()> {
        self.harap(b'[')?;
        h.tulis(b"[");
        self.spasi();
        if self.lihat() == Some(b']') {
            self.i += 1;
        } else {
            let mut pertama = true;
            loop {
                if !pertama {
                    h.tulis(b",");
                }
                pertama = false;
                self.spasi();
                let mut teks = None;
                if self.lihat() == Some(b'{') {
                    self.objek(h, &[], |p, k, h| {
                        if k != b"data" {
                            return p.salin(h);
                        }
                        let mut buf = Vec::with_capacity(2048);
                        p.salin(&mut buf)?;
                        h.tulis(&buf);
                        teks = Some(String::from_utf8(buf).ok()?);
                        Some(())
                    })?;
                } else {
                    self.salin(h)?;
                }
                data.push(teks);
                self.spasi();
                match self.lihat()? {
                    b',' => self.i += 1,
                    b']' => {
                        self.i += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        h.tulis(b"]");
        Some(())
    }

    /// One value from `self.i`, written without whitespace in runs (a line of an indented
    /// file is one write).
    fn salin(&mut self, out: &mut impl Tujuan) -> Option<()> {
        self.tumpukan.clear();
        let mut awal = self.i;
        loop {
            let c = self.lihat()?;
            match c {
                _ if spasi(c) => {
                    out.tulis(&self.b[awal..self.i]);
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
                out.tulis(&self.b[awal..self.i]);
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
/// 18 digits without a leading zero at once, anything else by asking serde_json.
fn angka_kanonik(t: &[u8]) -> bool {
    let d = t.strip_prefix(b"-").unwrap_or(t);
    let bulat = matches!(d, [b'1'..=b'9', ..] if d.len() <= 18 && d.iter().all(u8::is_ascii_digit));
    bulat
        || t == b"0"
        || std::str::from_utf8(t)
            .ok()
            .and_then(|s| serde_json::from_str::<serde_json::Number>(s).ok())
            .is_some_and(|n| n.to_string().as_bytes() == t)
}
