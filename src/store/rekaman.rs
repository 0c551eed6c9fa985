//! Records: every piece of a person's data (profile, SKP, realisasi, evaluasi, ...) is one
//! record under `kinerjaku.v1.r.<type>.<id>` with a revision. A write names the revision it
//! was based on and is refused when storage already holds a newer one (another tab, an
//! import), so a write never replaces newer data. Corrupt records are quarantined, never
//! deleted; older schema versions are migrated on load.

use super::kv::{KvStore, StoreError};
pub use crate::bundle::format::JenisRecord;
use crate::jejak::{dari_value, value_dari_teks};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Schema version of a stored record (the envelope and its `data`).
pub const SKEMA_REKAMAN: u32 = 1;

/// The record envelope. Field names match the bundle format (`docs/bundle.md`), so a record
/// travels unchanged between storage and bundles.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Rekaman {
    pub id: String,
    #[serde(rename = "type")]
    pub jenis: String,
    #[serde(rename = "revision")]
    pub revisi: u64,
    /// RFC 3339.
    #[serde(rename = "updated_at")]
    pub diperbarui: String,
    #[serde(rename = "deleted", default)]
    pub dihapus: bool,
    pub data: serde_json::Value,
    #[serde(default = "skema_awal")]
    pub schema_version: u32,
    /// Fields from newer app versions survive a load/save round trip.
    #[serde(flatten)]
    pub lain: serde_json::Map<String, serde_json::Value>,
}

fn skema_awal() -> u32 {
    SKEMA_REKAMAN
}

/// A stable name-based UUID (version 8, SHA-256 of the name): the same pegawai gets the same
/// record id on every device, so their profile merges instead of duplicating.
pub fn uuid_nama(ruang: &str, nama: &str) -> String {
    use sha2::{Digest, Sha256};
    let h = Sha256::digest(format!("kinerjaku:{ruang}:{nama}").as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&h[..16]);
    let mut s = crate::bundle::format::uuid_v4_dari_byte(b);
    // Position 14 holds the version nibble: 8 marks a custom (here name-based) UUID.
    s.replace_range(14..15, "8");
    s
}

mod kunci;
pub use kunci::{ada, ada_di, kunci, kunci_rekaman, lebih_dari, AWALAN_REKAMAN};
pub(super) use kunci::{jenis_rekaman, kunci_jenis, untuk_teks, untuk_teks_berkunci};

/// Why a write did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum GagalTulis {
    /// Storage holds a newer revision than the one this change was based on.
    LebihBaru {
        tersimpan: Box<Rekaman>,
    },
    Penyimpanan(StoreError),
}

impl From<StoreError> for GagalTulis {
    fn from(e: StoreError) -> Self {
        GagalTulis::Penyimpanan(e)
    }
}

/// A record that could not be read; its raw text now lives at `karantina`.
#[derive(Clone, Debug, PartialEq)]
pub struct RekamanRusak {
    pub kunci: String,
    pub karantina: String,
    pub alasan: String,
}

/// One numbered migration: turns a record of `dari` into `dari + 1`.
pub type Migrasi = fn(serde_json::Value) -> Result<serde_json::Value, String>;

/// The chain of pure migrations, index 0 migrates version 1 → 2, and so on. Empty while the
/// first schema is current; tests exercise the chain runner with their own steps.
pub const MIGRASI: &[Migrasi] = &[];

/// Runs `chain` from the record's version up to `1 + chain.len()`.
pub fn migrasikan(
    mut v: serde_json::Value,
    chain: &[Migrasi],
) -> Result<serde_json::Value, String> {
    let sekarang = 1 + chain.len() as u64;
    let mut versi = v
        .get("schema_version")
        .and_then(|x| x.as_u64())
        .unwrap_or(1);
    if versi > sekarang {
        return Err(format!(
            "schema_version {versi} is newer than this app ({sekarang})"
        ));
    }
    // Versions start at 1: a damaged 0 is unreadable (quarantined), never a step before the
    // chain's first (a panic on every start).
    if versi == 0 {
        return Err("schema_version 0 is not a version".into());
    }
    while versi < sekarang {
        v = chain[(versi - 1) as usize](v)?;
        versi += 1;
        if let Some(o) = v.as_object_mut() {
            o.insert("schema_version".into(), versi.into());
        }
    }
    Ok(v)
}

/// The revision a new write of record `id` must name: the live one the screen shows, else a
/// tombstone's (setting again a predikat that was cleared, a
/// profile's NIP corrected back), else none.
pub fn basis_tulis(
    store: &dyn KvStore,
    jenis: JenisRecord,
    id: &str,
    hidup: Option<u64>,
) -> Option<u64> {
    hidup.or_else(|| {
        baca(store, jenis, id)
            .ok()
            .flatten()
            .filter(|r| r.dihapus)
            .map(|r| r.revisi)
    })
}

pub fn baca(
    store: &dyn KvStore,
    jenis: JenisRecord,
    id: &str,
) -> Result<Option<Rekaman>, StoreError> {
    let kunci = kunci(jenis.kode(), id);
    match store.get(&kunci)? {
        None => Ok(None),
        // An unreadable record is moved aside first, so a new write never destroys it; one
        // that cannot be moved (storage full) stops the write.
        Some(teks) => match urai(&teks, MIGRASI) {
            Ok(r) => Ok(Some(r)),
            Err(_) => {
                super::kv::karantina_pasti(store, &kunci, &teks)?;
                Ok(None)
            }
        },
    }
}

/// Text → value → migrated value → envelope, through the app's one reader ([`crate::jejak`]),
/// so a bad envelope is named by its field (`revision: invalid type: ...`).
pub(super) fn urai(teks: &str, chain: &[Migrasi]) -> Result<Rekaman, String> {
    let v = value_dari_teks(teks).map_err(|e| e.to_string())?;
    let v = migrasikan(v, chain)?;
    match amplop_cepat(v) {
        Ok(r) => Ok(r),
        // Anything unusual goes the long way, whose error names the field.
        Err(v) => dari_value(&v).map_err(|e| e.to_string()),
    }
}

/// A well-formed envelope taken apart without copying its `data` (the reader's way builds the
/// record twice more, through serde's buffer for `lain`: most of a 10,000-pegawai start-up).
/// Gives the value back, untouched, when any field is missing or not of its type.
fn amplop_cepat(v: Value) -> Result<Rekaman, Value> {
    let Value::Object(mut o) = v else {
        return Err(v);
    };
    let teks = |o: &Map<String, Value>, k: &str| o.get(k).is_some_and(Value::is_string);
    let baik = teks(&o, "id")
        && teks(&o, "type")
        && teks(&o, "updated_at")
        && o.get("revision").and_then(Value::as_u64).is_some()
        && o.get("deleted").is_none_or(Value::is_boolean)
        && o.contains_key("data")
        && o.get("schema_version")
            .is_none_or(|x| x.as_u64().is_some_and(|n| u32::try_from(n).is_ok()));
    if !baik {
        return Err(Value::Object(o));
    }
    let mut ambil = |k: &str| o.remove(k).unwrap_or(Value::Null);
    let ke_teks = |x: Value| match x {
        Value::String(s) => s,
        _ => String::new(),
    };
    Ok(Rekaman {
        id: ke_teks(ambil("id")),
        jenis: ke_teks(ambil("type")),
        revisi: ambil("revision").as_u64().unwrap_or_default(),
        diperbarui: ke_teks(ambil("updated_at")),
        dihapus: ambil("deleted").as_bool().unwrap_or_default(),
        data: ambil("data"),
        schema_version: ambil("schema_version")
            .as_u64()
            .map_or(SKEMA_REKAMAN, |n| n as u32),
        lain: o,
    })
}

/// Writes `data` as the next revision after `basis` (`None` = a new record). Refuses when
/// storage already moved past `basis`, returning what is stored so the UI can show both.
pub fn tulis(
    store: &dyn KvStore,
    jenis: JenisRecord,
    id: &str,
    data: serde_json::Value,
    basis: Option<u64>,
    waktu: &str,
) -> Result<Rekaman, GagalTulis> {
    let sekarang = baca(store, jenis, id)?;
    let revisi_tersimpan = sekarang.as_ref().map(|r| r.revisi);
    if revisi_tersimpan != basis {
        if let Some(r) = sekarang {
            return Err(GagalTulis::LebihBaru {
                tersimpan: Box::new(r),
            });
        }
    }
    // The base stays the version last received: one kept as "this record's own data" is
    // written out before the data changes.
    let lain = sekarang
        .map(|r| {
            let mut lain = r.lain;
            crate::bundle::gabung_kolom::basis_penuh(&mut lain, r.revisi, r.dihapus, &r.data);
            lain
        })
        .unwrap_or_default();
    // Checked: a stored u64::MAX (old or damaged data) must not wrap to 0 and look oldest.
    // A record gone since the form read it goes on from the revision the save was based on:
    // devices holding that one must see the save as newer, not as revision 1.
    let revisi = revisi_tersimpan
        .or(basis)
        .unwrap_or(0)
        .checked_add(1)
        .ok_or_else(|| StoreError::Other(format!("revision of {id} cannot grow further")))?;
    let rek = Rekaman {
        id: id.into(),
        jenis: jenis.kode().into(),
        revisi,
        diperbarui: waktu.into(),
        dihapus: false,
        data,
        schema_version: SKEMA_REKAMAN,
        lain,
    };
    simpan_apa_adanya(store, &rek)?;
    Ok(rek)
}

/// [`tulis`] of a domain object: it becomes the record's `data` as a JSON value, and if that
/// fails the write is refused with the reason; nothing (least of all `null`) is stored.
pub fn tulis_isi<T: Serialize>(
    store: &dyn KvStore,
    jenis: JenisRecord,
    id: &str,
    isi: &T,
    basis: Option<u64>,
    waktu: &str,
) -> Result<Rekaman, GagalTulis> {
    let data = ke_value(isi)?;
    tulis(store, jenis, id, data, basis, waktu)
}

/// A value to store as JSON: the one serialisation route (type → `Value`; text only from a
/// `Value`), its failure a storage error the screens already report.
pub(crate) fn ke_value<T: Serialize>(isi: &T) -> Result<serde_json::Value, StoreError> {
    serde_json::to_value(isi).map_err(|e| StoreError::Other(e.to_string()))
}

/// Marks a record deleted (a tombstone, so merges know), under the same revision check.
pub fn hapus(
    store: &dyn KvStore,
    jenis: JenisRecord,
    id: &str,
    basis: u64,
    waktu: &str,
) -> Result<Rekaman, GagalTulis> {
    let data = baca(store, jenis, id)?
        .map(|r| r.data)
        .unwrap_or(serde_json::Value::Null);
    let mut rek = tulis(store, jenis, id, data, Some(basis), waktu)?;
    rek.dihapus = true;
    simpan_apa_adanya(store, &rek)?;
    Ok(rek)
}

/// Stores a record exactly as given (imports and restores, which carry their own revision).
pub fn simpan_apa_adanya(store: &dyn KvStore, rek: &Rekaman) -> Result<(), StoreError> {
    let teks = ke_value(rek)?.to_string();
    store.put(&kunci(&rek.jenis, &rek.id), &teks)
}

/// Every record (tombstones included), in key order, plus the ones that could not be read,
/// which are moved to `kinerjaku.v1.quarantine.r.…` so the rest of the app can start.
pub fn muat_semua(store: &dyn KvStore) -> Result<(Vec<Rekaman>, Vec<RekamanRusak>), StoreError> {
    muat_dengan(store, MIGRASI)
}

pub fn muat_dengan(
    store: &dyn KvStore,
    chain: &[Migrasi],
) -> Result<(Vec<Rekaman>, Vec<RekamanRusak>), StoreError> {
    let (baik, rusak) = muat_berkunci(store, chain)?;
    Ok((baik.into_iter().map(|(_, r)| r).collect(), rusak))
}

/// Records with their storage keys, and the ones that could not be read.
type Berkunci = (Vec<(String, Rekaman)>, Vec<RekamanRusak>);

/// [`muat_dengan`] with each record's storage key.
pub(crate) fn muat_berkunci(
    store: &dyn KvStore,
    chain: &[Migrasi],
) -> Result<Berkunci, StoreError> {
    let (baik, tak_terbaca) = baca_dengan(store, chain, None)?;
    let rusak = tak_terbaca
        .into_iter()
        .map(|(kunci, teks, alasan)| RekamanRusak {
            karantina: super::kv::karantina(store, &kunci, &teks),
            kunci,
            alasan,
        })
        .collect();
    Ok((baik, rusak))
}

/// The readable records of the kinds in `jenis`, without writing anything: the unreadable ones
/// are left where they are and skipped, and keys of other kinds are not even read (a reader
/// that runs on every data change, the screens' data memo, reads only what it holds). Moving
/// bad records aside is start-up's job ([`super::periksa::periksa_semua`]), which also reports them.
pub fn baca_jenis(store: &dyn KvStore, jenis: &[JenisRecord]) -> Result<Vec<Rekaman>, StoreError> {
    let baik = baca_dengan(store, MIGRASI, Some(jenis))?.0;
    Ok(baik.into_iter().map(|(_, r)| r).collect())
}

/// One stored record's text as its envelope (migrated), or `None` when it cannot be read.
pub(crate) fn dari_teks_tersimpan(teks: &str) -> Option<Rekaman> {
    urai(teks, MIGRASI).ok()
}

/// Readable records with their keys, and the unreadable ones as (key, text, reason).
type Terbaca = (Vec<(String, Rekaman)>, Vec<(String, String, String)>);

/// Records under `r.`, of the kinds in `hanya` when given.
fn baca_dengan(
    store: &dyn KvStore,
    chain: &[Migrasi],
    hanya: Option<&[JenisRecord]>,
) -> Result<Terbaca, StoreError> {
    let (mut baik, mut rusak) = (Vec::new(), Vec::new());
    for k in kunci_jenis(store, hanya)? {
        let Some(teks) = store.get(&k)? else { continue };
        match urai(&teks, chain) {
            Ok(r) => baik.push((k, r)),
            Err(alasan) => rusak.push((k, teks, alasan)),
        }
    }
    Ok((baik, rusak))
}

#[cfg(test)]
#[path = "rekaman_tests.rs"]
mod tests;
