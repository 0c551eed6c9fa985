//! Start-up's check of every stored record: the unreadable ones are moved to quarantine and
//! reported, so the app starts with the rest and says what was set aside.
//!
//! A workspace of 10,000 pegawai holds ~140 MB of records, and building each one (a `Value`
//! tree, then dropping it) took as long as the screens' own read after it. A record of
//! today's schema whose envelope is whole is recognised by skipping over its text instead
//! ([`terbaca_cepat`]); anything else — another schema version to migrate, a field of the
//! wrong type, a key twice, broken JSON — is read the full way ([`rekaman::urai`]), which
//! names what is wrong.

use super::kv::{karantina, KvStore, StoreError};
use super::rekaman::{self, RekamanRusak, MIGRASI};
use super::turunan;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use std::fmt;

/// Every record read once; the unreadable ones moved to quarantine and returned. Nothing is
/// kept: the screens read what they need.
pub fn periksa_semua(store: &dyn KvStore) -> Result<Vec<RekamanRusak>, StoreError> {
    let mut rusak = Vec::new();
    for kunci in rekaman::kunci_jenis(store, None)? {
        // Read in place first: only a record that needs the full read is copied out.
        let mut cepat = false;
        store.baca_di(&kunci, &mut |v| cepat = v.is_none_or(terbaca_cepat))?;
        if cepat {
            continue;
        }
        let Some(teks) = store.get(&kunci)? else {
            continue;
        };
        if let Err(alasan) = rekaman::urai(&teks, MIGRASI) {
            rusak.push(RekamanRusak {
                karantina: karantina(store, &kunci, &teks),
                kunci,
                alasan,
            });
        }
    }
    Ok(rusak)
}

/// [`periksa_semua`], unless the stored records are the very texts the last check found
/// readable: a reopen of an agency's 100 MB read every one again, half a second of the page
/// held just after the dashboard appeared. The fingerprint of what a check left readable is
/// kept as a derived value (`store::turunan`: made by this version of the code, used only for
/// these texts) in a workspace of more than `ambang` records where a write lands whole.
pub fn periksa_bila_berubah(
    store: &dyn KvStore,
    ambang: usize,
) -> Result<Vec<RekamanRusak>, StoreError> {
    let (sidik, n) = turunan::sidik_semua(store)?;
    let simpan = n > ambang && store.utuh();
    if simpan && turunan::baca::<bool>(store, NAMA_TERPERIKSA, sidik) == Some(true) {
        return Ok(Vec::new());
    }
    let rusak = periksa_semua(store)?;
    if simpan {
        // What was set aside left the records: what stays is what was found readable.
        let sidik = match rusak.is_empty() {
            true => sidik,
            false => turunan::sidik_semua(store)?.0,
        };
        // One that does not land is only a check made again next start.
        let _ = turunan::tulis(store, NAMA_TERPERIKSA, sidik, &true);
    }
    Ok(rusak)
}

/// The checked records' fingerprint's name under `turunan::AWALAN_TURUNAN`.
pub const NAMA_TERPERIKSA: &str = "terperiksa";

/// Whether `teks` is certainly a readable record of today's schema: an object whose `id`,
/// `type` and `updated_at` are strings, `revision` an unsigned integer, `deleted` (if there)
/// a boolean, `schema_version` (if there) today's, with a `data` of any JSON, each key once.
/// Values are skipped over, not built. `false` means "read it the full way", never "bad".
pub(crate) fn terbaca_cepat(teks: &str) -> bool {
    let mut de = serde_json::Deserializer::from_str(teks);
    matches!(de.deserialize_map(Amplop), Ok(true)) && de.end().is_ok()
}

/// The envelope's fields, each a bit of what was seen.
const ID: u8 = 1;
const JENIS: u8 = 2;
const WAKTU: u8 = 4;
const REVISI: u8 = 8;
const DATA: u8 = 16;
const HAPUS: u8 = 32;
const VERSI: u8 = 64;
const WAJIB: u8 = ID | JENIS | WAKTU | REVISI | DATA;

struct Amplop;

impl<'de> Visitor<'de> for Amplop {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a record")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<bool, A::Error> {
        let (mut ada, mut versi) = (0u8, 1u64);
        while let Some(Kunci(bit)) = m.next_key()? {
            match bit {
                ID | JENIS | WAKTU => {
                    let Teks = m.next_value()?;
                }
                REVISI => {
                    m.next_value::<u64>()?;
                }
                HAPUS => {
                    m.next_value::<bool>()?;
                }
                VERSI => versi = m.next_value()?,
                _ => {
                    m.next_value::<IgnoredAny>()?;
                }
            }
            // A key twice: JSON keeps the last, the full way decides.
            if ada & bit != 0 {
                return Ok(false);
            }
            ada |= bit;
        }
        Ok(ada & WAJIB == WAJIB && versi == 1 + MIGRASI.len() as u64)
    }
}

/// A key, as its field's bit (0 for any other key).
struct Kunci(u8);

impl<'de> de::Deserialize<'de> for Kunci {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(KunciV)
    }
}

struct KunciV;

impl Visitor<'_> for KunciV {
    type Value = Kunci;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, k: &str) -> Result<Kunci, E> {
        Ok(Kunci(match k {
            "id" => ID,
            "type" => JENIS,
            "updated_at" => WAKTU,
            "revision" => REVISI,
            "data" => DATA,
            "deleted" => HAPUS,
            "schema_version" => VERSI,
            _ => 0,
        }))
    }
}

/// A string, checked and not kept.
struct Teks;

impl<'de> de::Deserialize<'de> for Teks {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(TeksV)
    }
}

struct TeksV;

impl Visitor<'_> for TeksV {
    type Value = Teks;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Teks, E> {
        Ok(Teks)
    }
}

#[cfg(test)]
#[path = "periksa_tests.rs"]
mod tests;
