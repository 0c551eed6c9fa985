//! A snapshot's text, written straight from the stored texts, the fingerprint of what it
//! holds, and its info read from texts (the info apart, the end of the snapshot's text, its
//! key) without reading its data.

use super::{dicadangkan, InfoSnapshot, Isi, AWALAN};
use crate::jejak::dari_teks;
use crate::store::kv::{ukuran_utf16, KvStore, StoreError};
use crate::store::rekaman::AWALAN_REKAMAN;
use crate::store::settings::settings_key;
use chrono::{NaiveDate, NaiveDateTime};

/// A fingerprint of the data keys and their texts, to tell whether anything changed since a
/// snapshot (not a defence against anyone: 64 bits of a multiply-xorshift over 8-byte words,
/// fast enough for 100 MB at every start-up).
#[derive(Clone, Copy)]
pub(super) struct Sidik(pub(super) u64, pub(super) usize);

impl Sidik {
    pub(super) fn baru() -> Self {
        Sidik(0x243f_6a88_85a3_08d3, 0)
    }

    fn aduk(&mut self, x: u64) {
        self.0 = (self.0 ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 ^= self.0 >> 29;
    }

    fn potongan(&mut self, b: &[u8]) {
        let mut potong = b.chunks_exact(8);
        for w in &mut potong {
            self.aduk(u64::from_le_bytes([
                w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7],
            ]));
        }
        let mut sisa = [0u8; 8];
        sisa[..potong.remainder().len()].copy_from_slice(potong.remainder());
        self.aduk(u64::from_le_bytes(sisa));
        // The length closes each piece, so "ab"+"c" and "a"+"bc" differ.
        self.aduk(b.len() as u64);
    }

    pub(super) fn tambah(&mut self, k: &str, v: &str) {
        self.potongan(k.as_bytes());
        self.potongan(v.as_bytes());
        self.1 += 1;
    }

    pub(super) fn teks(self) -> String {
        format!("{:016x}-{}", self.0, self.1)
    }
}

/// Every data key a snapshot taken now copies with its text, read in place in key order (the
/// snapshot's text and the fingerprint's): the records' range in one walk of a sorted store,
/// then the settings, the one data key after it ([`super::termasuk`]: `r.` sorts before
/// `settings`). Listing every key stored, sorting them and looking each up took 73,000
/// lookups of an agency's reopen.
pub(super) fn baca_dicadangkan(
    store: &dyn KvStore,
    f: &mut dyn FnMut(&str, &str),
) -> Result<(), StoreError> {
    store.baca_awalan(AWALAN_REKAMAN, &mut |k, v| {
        if dicadangkan(k) {
            f(k, v)
        }
    })?;
    let k = settings_key();
    store.baca_di(&k, &mut |v| v.into_iter().for_each(|v| f(&k, v)))
}

/// The fingerprint of what a snapshot taken now would hold, read in place.
pub(super) fn sidik_kini(store: &dyn KvStore) -> Result<String, StoreError> {
    let mut s = Sidik::baru();
    baca_dicadangkan(store, &mut |k, v| s.tambah(k, v))?;
    Ok(s.teks())
}

/// The snapshot of every data key now and its info: the text exactly as
/// `ke_value(&Isi { info, data }).to_string()` writes it (keys sorted: `data`, then `info`),
/// built straight into one buffer from the texts read in place. Through a copy of every record
/// and a `Value`, an agency's 140 MB workspace was copied three times more.
pub(super) fn teks_isi(
    store: &dyn KvStore,
    id: String,
    waktu: NaiveDateTime,
    alasan: &str,
) -> Result<(String, InfoSnapshot), StoreError> {
    use crate::bundle::digest::teks_json;
    // The buffer's size first (escapes may add a little), so it is never grown by copying.
    let mut perkiraan = 40;
    baca_dicadangkan(store, &mut |k, v| {
        perkiraan += k.len() + v.len() + v.len() / 8 + 6;
    })?;
    let mut out = Vec::with_capacity(perkiraan + 300);
    out.extend_from_slice(b"{\"data\":{");
    let (mut sidik, mut ukuran_byte) = (Sidik::baru(), 0);
    baca_dicadangkan(store, &mut |k, v| {
        if sidik.1 > 0 {
            out.push(b',');
        }
        teks_json(k, &mut out);
        out.push(b':');
        teks_json(v, &mut out);
        sidik.tambah(k, v);
        ukuran_byte += ukuran_utf16(k) + ukuran_utf16(v);
    })?;
    let info = InfoSnapshot {
        id,
        waktu,
        alasan: alasan.into(),
        jumlah_kunci: sidik.1,
        ukuran_byte,
        ukuran_tersimpan: None,
        sidik: Some(sidik.teks()),
    };
    out.extend_from_slice(b"},\"info\":");
    out.extend_from_slice(
        crate::store::rekaman::ke_value(&info)?
            .to_string()
            .as_bytes(),
    );
    out.push(b'}');
    let teks = String::from_utf8(out).map_err(|e| StoreError::Other(e.to_string()))?;
    Ok((teks, info))
}

/// What a snapshot's text takes in storage (`ukuran_tersimpan`; an info of an earlier version
/// gives only the size of the data it holds, `ukuran_byte`), read from its info's text
/// without parsing it (the storage backend counts backups it left in storage by it, and a
/// full parse would bring chrono's date reader into the first download).
pub fn ukuran_dari_info(teks: &str) -> Option<usize> {
    let angka = |kolom: &str| {
        let (_, sisa) = teks.split_once(kolom)?;
        sisa.split(|c: char| !c.is_ascii_digit())
            .next()?
            .parse()
            .ok()
    };
    angka("\"ukuran_tersimpan\":").or_else(|| angka("\"ukuran_byte\":"))
}

/// A snapshot's info without reading its data: `ambil` writes the envelope through a `Value`,
/// whose keys are sorted, so the text is `{"data":{…},"info":{…}}` and no `,"info":{` can
/// occur inside `data` (its values are strings, whose quotes are escaped). `None` for any
/// other shape, which the full reader then reads.
pub(super) fn info_cepat(teks: &str) -> Option<InfoSnapshot> {
    let badan = teks.strip_prefix("{\"data\":{")?.strip_suffix('}')?;
    let i = badan.rfind("},\"info\":{")?;
    dari_teks::<InfoSnapshot>(&badan[i + 9..]).ok()
}

/// What a snapshot's key says of it: its id and time (`yyyymmddThhmmssSSS`, then any `b`s
/// [`ambil`] adds); the reason unknown, the counts zero.
pub(super) fn info_dari_kunci(kunci: &str) -> Option<InfoSnapshot> {
    let id = kunci.strip_prefix(AWALAN)?;
    let angka = |a: usize, b: usize| id.get(a..b)?.parse::<u32>().ok();
    let tanggal = NaiveDate::from_ymd_opt(angka(0, 4)? as i32, angka(4, 6)?, angka(6, 8)?)?;
    let waktu = tanggal.and_hms_milli_opt(
        angka(9, 11)?,
        angka(11, 13)?,
        angka(13, 15)?,
        angka(15, 18)?,
    )?;
    Some(InfoSnapshot {
        id: id.to_string(),
        waktu,
        alasan: "tidak_diketahui".into(),
        jumlah_kunci: 0,
        ukuran_byte: 0,
        ukuran_tersimpan: None,
        sidik: None,
    })
}

/// A snapshot's info from its whole text (those of earlier versions have no info apart).
pub(super) fn info_dari_teks(v: &str) -> Option<InfoSnapshot> {
    info_cepat(v).or_else(|| dari_teks::<Isi>(v).ok().map(|i| i.info))
}
