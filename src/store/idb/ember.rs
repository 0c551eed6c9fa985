//! Records packed into coarse IndexedDB values ("ember", buckets). IndexedDB pays per value,
//! not per byte: an agency's 73,000 records read one value each took a second at start-up
//! and wrote at 8 s per 60,000 (issue 13 §3), while the same bytes in a few hundred values
//! read in a third of that. So every record key goes to one of [`JUMLAH`] buckets by a
//! fixed hash of the key ([`nomor`]), and a bucket is one text value in the `ember` object
//! store. Everything else (snapshots, the journal, the quarantine: few, and large or rare)
//! stays one value per key in `data`.
//!
//! A bucket's text is `E1` then, per entry in key order, `<bytes>:<key><bytes>:<value>`
//! (lengths in UTF-8 bytes): read by slicing, no escaping, so reading costs a copy. A text
//! that breaks off is read up to the break and kept aside whole by the next write to it
//! ([`gabung`]), never written over.
//!
//! Databases written before buckets (layout 1) hold records one per key in `data`: while
//! [`super::gudang::Meta::lawas`] is set they may still be there; a bucket's entry wins over
//! such a value, and the first write transaction moves them all into buckets
//! ([`pindahan`]).

use crate::store::rekaman::AWALAN_REKAMAN;
use std::collections::BTreeMap;

/// Buckets. An agency of 10,000 pegawai (~140 MB) gives ~140 KB each; a person's own few
/// hundred records stay about one per bucket. Fixed: the layout depends on it.
pub const JUMLAH: u32 = 1024;

/// What a bucket's text starts with (its format).
const TANDA: &str = "E1";

/// Whether a key lives in a bucket (every record key) rather than alone in `data`.
pub fn di_ember(kunci: &str) -> bool {
    kunci.starts_with(AWALAN_REKAMAN)
}

/// The bucket of a record key: 32-bit FNV-1a of its bytes, its bits then mixed (MurmurHash3's
/// finaliser: FNV's low bits alone spread keys that differ in their last characters
/// unevenly), modulo [`JUMLAH`]. Never change it: stored buckets were filled by it.
pub fn nomor(kunci: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in kunci.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^= h >> 16;
    h % JUMLAH
}

/// A bucket's text, read: its entries in stored order, and whether it broke off (then the
/// entries are those before the break).
#[derive(Debug, PartialEq)]
pub struct Isi<'a> {
    pub entri: Vec<(&'a str, &'a str)>,
    pub rusak: bool,
}

/// One `<bytes>:<text>` field from the front of `sisa`.
fn potong<'a>(sisa: &mut &'a str) -> Option<&'a str> {
    let (n, rest) = sisa.split_once(':')?;
    if n.is_empty() || n.len() > 12 {
        return None;
    }
    // Digits by hand: `str::parse` would bring its code into the first download.
    let mut panjang = 0usize;
    for b in n.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        panjang = panjang
            .checked_mul(10)?
            .checked_add(usize::from(b - b'0'))?;
    }
    let n = panjang;
    let isi = rest.get(..n)?;
    *sisa = &rest[n..];
    Some(isi)
}

pub fn baca(teks: &str) -> Isi<'_> {
    let mut entri = Vec::new();
    let Some(mut sisa) = teks.strip_prefix(TANDA) else {
        return Isi { entri, rusak: true };
    };
    while !sisa.is_empty() {
        match (potong(&mut sisa), potong(&mut sisa)) {
            (Some(k), Some(v)) => entri.push((k, v)),
            _ => return Isi { entri, rusak: true },
        }
    }
    Isi {
        entri,
        rusak: false,
    }
}

/// A bucket's text from its entries (written in the order given).
pub fn tulis<'a>(entri: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::from(TANDA);
    for (k, v) in entri {
        for x in [k, v] {
            out.push_str(&x.len().to_string());
            out.push(':');
            out.push_str(x);
        }
    }
    out
}

/// A bucket after a write: its new text (`None`: empty now, so removed), and whether the
/// stored text broke off (then the caller keeps that text aside before replacing it).
#[derive(Debug, PartialEq)]
pub struct Gabung {
    pub teks: Option<String>,
    pub rusak: bool,
}

/// The stored bucket with `ubah` applied (`None` removes the key).
pub fn gabung(tersimpan: Option<&str>, ubah: &[(&str, Option<&str>)]) -> Gabung {
    let isi = tersimpan.map(baca);
    let rusak = isi.as_ref().is_some_and(|i| i.rusak);
    let mut peta: BTreeMap<&str, &str> = isi
        .map(|i| i.entri.into_iter().collect())
        .unwrap_or_default();
    for (k, v) in ubah {
        match v {
            Some(v) => peta.insert(k, v),
            None => peta.remove(k),
        };
    }
    Gabung {
        teks: (!peta.is_empty()).then(|| tulis(peta)),
        rusak,
    }
}

/// The changes to record keys grouped by bucket (other keys are not in the result).
pub fn per_ember<'a>(
    ubah: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
) -> BTreeMap<u32, Vec<(&'a str, Option<&'a str>)>> {
    let mut out: BTreeMap<u32, Vec<_>> = BTreeMap::new();
    for (k, v) in ubah {
        if di_ember(k) {
            out.entry(nomor(k)).or_default().push((k, v));
        }
    }
    out
}

/// Everything stored, as keys and values: the values alone in `data` (`tunggal`) and every
/// bucket's entries, a bucket's entry winning over a layout-1 value of the same key. Returns
/// the buckets that broke off too (their entries before the break are in).
pub fn satukan(
    tunggal: impl IntoIterator<Item = (String, String)>,
    ember: impl IntoIterator<Item = (u32, String)>,
) -> (BTreeMap<String, String>, Vec<u32>) {
    let mut semua: Vec<(String, String)> = tunggal.into_iter().collect();
    let mut rusak = Vec::new();
    for (n, teks) in ember {
        let isi = baca(&teks);
        if isi.rusak {
            rusak.push(n);
        }
        semua.extend(
            isi.entri
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string())),
        );
    }
    // One sorted build instead of a map insert per entry (an agency's start-up reads 73,000;
    // each bucket's entries come in order). The map's own build sorts stably and keeps the
    // later of equal keys, as inserting them in turn would: a bucket's entry over a layout-1
    // value (tested, as the standard library does not promise it in words).
    (semua.into_iter().collect(), rusak)
}

/// The key under which a bucket's broken text is kept aside (in `data`, where the app's
/// quarantine lists it); `gen` is the generation of the transaction that found it.
pub fn kunci_rusak(n: u32, gen: u64) -> String {
    format!("{}quarantine.ember.{n}.{gen}", crate::store::KEY_PREFIX)
}

/// The move of layout-1 record values into buckets: for each bucket they fall in, its new
/// text from the stored one (`tersimpan`, looked up by number), a bucket's own entry winning.
pub fn pindahan<'a>(
    lawas: &'a [(String, String)],
    tersimpan: impl Fn(u32) -> Option<&'a str>,
) -> Vec<(u32, Gabung)> {
    per_ember(lawas.iter().map(|(k, v)| (k.as_str(), Some(v.as_str()))))
        .into_iter()
        .map(|(n, ubah)| {
            let isi = tersimpan(n).map(baca);
            let rusak = isi.as_ref().is_some_and(|i| i.rusak);
            let mut peta: BTreeMap<&str, &str> = ubah
                .into_iter()
                .filter_map(|(k, v)| Some((k, v?)))
                .collect();
            // Written after the layout-1 value, so newer.
            peta.extend(isi.into_iter().flat_map(|i| i.entri));
            (
                n,
                Gabung {
                    teks: Some(tulis(peta)),
                    rusak,
                },
            )
        })
        .collect()
}

#[cfg(test)]
#[path = "ember_tests.rs"]
mod tests;
