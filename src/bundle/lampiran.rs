//! The bytes of an attachment ([`crate::domain::lampiran::Lampiran`]): standard base64 with
//! padding (written here, a few lines, rather than a crate in the first download) and the
//! SHA-256 that proves they arrived as they were attached. Every import checks them, so a
//! damaged or altered file is refused by name before anything is stored.

use crate::domain::lampiran::Lampiran;
use crate::domain::Galat;
use sha2::{Digest as _, Sha256};

const ABJAD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Bytes as base64 text (RFC 4648, with `=` padding).
pub fn ke_base64(byte: &[u8]) -> String {
    let mut s = String::with_capacity(byte.len().div_ceil(3) * 4);
    for c in byte.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= c.len() {
                s.push(char::from(ABJAD[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                s.push('=');
            }
        }
    }
    s
}

/// Why a text is not base64: the first bad position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GalatBase64 {
    /// The length is not a multiple of 4.
    Panjang(usize),
    /// A character outside the alphabet (or padding before the end), at this position.
    Karakter(usize),
}

impl std::fmt::Display for GalatBase64 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GalatBase64::Panjang(n) => write!(f, "{n} ≠ 4k"),
            GalatBase64::Karakter(i) => write!(f, "@{i}"),
        }
    }
}

fn nilai(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// Base64 text back to bytes; strict: no whitespace, padding only at the end.
pub fn dari_base64(teks: &str) -> Result<Vec<u8>, GalatBase64> {
    let b = teks.as_bytes();
    if !b.len().is_multiple_of(4) {
        return Err(GalatBase64::Panjang(b.len()));
    }
    let mut out = Vec::with_capacity(b.len() / 4 * 3);
    let n_blok = b.len() / 4;
    for (k, blok) in b.chunks(4).enumerate() {
        let akhir = k + 1 == n_blok;
        let isi = match (akhir, blok[2], blok[3]) {
            (true, b'=', b'=') => 2,
            (true, _, b'=') => 3,
            _ => 4,
        };
        let mut n = 0u32;
        for (i, c) in blok.iter().enumerate() {
            let v = if i < isi {
                nilai(*c).ok_or(GalatBase64::Karakter(k * 4 + i))?
            } else {
                0
            };
            n = (n << 6) | v;
        }
        let tiga = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&tiga[..isi - 1]);
    }
    Ok(out)
}

/// Lower-case hex SHA-256 of the bytes.
pub fn sha256_heks(byte: &[u8]) -> String {
    Sha256::digest(byte)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The attachment record for `byte` (size, hash and base64 computed here, so they agree).
pub struct LampiranBaru<'a> {
    pub id: &'a str,
    pub skp_id: &'a str,
    pub realisasi_id: &'a str,
    pub pegawai_nip: &'a str,
    pub nama: &'a str,
    pub mime: &'a str,
}

impl LampiranBaru<'_> {
    pub fn dengan_byte(&self, byte: &[u8]) -> Lampiran {
        Lampiran {
            id: self.id.into(),
            skp_id: self.skp_id.into(),
            realisasi_id: self.realisasi_id.into(),
            pegawai_nip: self.pegawai_nip.into(),
            nama: self.nama.into(),
            mime: self.mime.into(),
            ukuran: byte.len() as u64,
            sha256: sha256_heks(byte),
            isi: ke_base64(byte),
        }
    }
}

/// The bytes, when they decode and match the recorded size and hash.
pub fn byte_lampiran(l: &Lampiran) -> Result<Vec<u8>, Galat> {
    let byte = dari_base64(&l.isi).map_err(|e| {
        Galat::baru("lampiran_rusak")
            .dengan("nama", &l.nama)
            .dengan("alasan", e)
    })?;
    if byte.len() as u64 != l.ukuran {
        return Err(Galat::baru("lampiran_ukuran_tidak_cocok")
            .dengan("nama", &l.nama)
            .dengan("tercatat", l.ukuran)
            .dengan("isi", byte.len()));
    }
    if sha256_heks(&byte) != l.sha256 {
        return Err(Galat::baru("lampiran_hash_tidak_cocok").dengan("nama", &l.nama));
    }
    Ok(byte)
}

#[cfg(test)]
#[path = "lampiran_tests.rs"]
mod tests;
