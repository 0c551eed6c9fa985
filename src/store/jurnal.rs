//! A change over many keys (an import, or its undo) that lands whole or not at all, even when
//! the quota fills halfway or the tab is closed mid-way. localStorage has no transactions, so
//! before the first write a journal at [`KUNCI_JURNAL`] records, for every key the change will
//! touch, its raw value before (or its absence) and the SHA-256 of what will be written (or
//! that it will be removed). Then the writes; then the journal is removed. A failed write rolls
//! every key back from the journal; a journal still there at start-up means a tab closed
//! mid-way, and [`pulihkan_saat_mulai`] rolls it back before anything reads the data.
//!
//! On a backend whose batches are transactions ([`KvStore::utuh`], IndexedDB) the change is
//! one [`KvStore::tulis_banyak`] instead, and no journal is written.
//!
//! The journal keeps a digest of the new value rather than the value itself: a copy would
//! double the room an import needs, exactly when room is short, and the digest is enough to
//! tell "still holds what the change wrote" from "changed since by someone else".

use super::kv::{karantina, KvStore, StoreError};
use crate::jejak::dari_teks;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// The one journal key (one multi-key change at a time).
pub const KUNCI_JURNAL: &str = "kinerjaku.v1.jurnal.impor";

/// Version of the journal's shape.
const VERSI_JURNAL: u32 = 1;

/// What the journaled change was; the start-up message names it.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum JenisUbah {
    Impor,
    Urungkan,
}

/// One key of a change: what it held, and what the change puts there.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct EntriJurnal {
    pub kunci: String,
    /// The raw value before; `None` = the key did not exist.
    pub sebelum: Option<String>,
    /// SHA-256 (hex) of the value written; `None` = the change removes the key.
    pub sesudah: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
struct Jurnal {
    versi: u32,
    jenis: JenisUbah,
    /// Local time the change started.
    mulai: NaiveDateTime,
    entri: Vec<EntriJurnal>,
}

fn heksa(b: &[u8]) -> String {
    const H: &[u8; 16] = b"0123456789abcdef";
    b.iter()
        .flat_map(|x| [H[usize::from(x >> 4)], H[usize::from(x & 0x0f)]])
        .map(char::from)
        .collect()
}

/// SHA-256 of a stored value, in hex: what a journal kept in storage records.
pub fn sidik(nilai: &str) -> String {
    use sha2::{Digest, Sha256};
    heksa(&Sha256::digest(nilai.as_bytes()))
}

/// Marks a fingerprint that only an undo record in memory holds.
const AWALAN_MEMORI: &str = "h64:";

/// What an undo record keeps of a value when no journal is written (IndexedDB): a 64-bit
/// fingerprint, enough to tell a later change in this session (the record never leaves
/// memory), where SHA-256 of every value of a 70,000-record import took seconds in a browser,
/// which has no SHA instructions.
fn sidik_memori(nilai: &str) -> String {
    let h = super::sidik::sidik_teks(nilai);
    format!("{AWALAN_MEMORI}{}", heksa(&h.to_be_bytes()))
}

/// Whether `kini` (a key's value now) is what the entry's change wrote.
fn masih_hasil_ubah(e: &EntriJurnal, kini: Option<&str>) -> bool {
    match (&e.sesudah, kini) {
        (Some(s), Some(k)) if s.starts_with(AWALAN_MEMORI) => *s == sidik_memori(k),
        (Some(s), Some(k)) => *s == sidik(k),
        (None, None) => true,
        _ => false,
    }
}

/// Why a journaled change did not land.
#[derive(Clone, Debug, PartialEq)]
pub enum GagalUbah {
    /// Nothing was written: reading the state before, or writing the journal itself, failed.
    TidakDimulai(StoreError),
    /// An earlier change's journal is still there (another tab is applying one, or a rollback
    /// is pending): nothing was written.
    JurnalLain,
    /// Storage changed since the import's dry run where a file's plan read it, and that file
    /// is no longer at hand to plan again: nothing was written; check the files again.
    Basi,
    /// Write `ditulis + 1` of `total` failed with `sebab`; every key was put back as it was.
    Dikembalikan {
        sebab: StoreError,
        ditulis: usize,
        total: usize,
    },
    /// A write failed and putting the keys back failed too: storage is in between. The journal
    /// stays, so the next start finishes the rollback.
    Tertunda {
        sebab: StoreError,
        pemulihan: StoreError,
    },
}

/// Applies `perubahan` (key → new value, `None` = remove) whole or not at all. Returns the
/// journal's entries, which are also what an undo needs.
pub fn terapkan(
    store: &dyn KvStore,
    jenis: JenisUbah,
    waktu: NaiveDateTime,
    perubahan: &[(String, Option<String>)],
) -> Result<Vec<EntriJurnal>, GagalUbah> {
    if store
        .get(KUNCI_JURNAL)
        .map_err(GagalUbah::TidakDimulai)?
        .is_some()
    {
        return Err(GagalUbah::JurnalLain);
    }
    let utuh = store.utuh();
    let mut entri = Vec::with_capacity(perubahan.len());
    for (k, v) in perubahan {
        entri.push(EntriJurnal {
            kunci: k.clone(),
            sebelum: store.get(k).map_err(GagalUbah::TidakDimulai)?,
            sesudah: v.as_deref().map(if utuh { sidik_memori } else { sidik }),
        });
    }
    if entri.is_empty() {
        return Ok(entri);
    }
    // A backend with transactions (IndexedDB) lands the change whole by itself: no journal
    // to write (it would hold every value before, doubling what the import writes).
    if utuh {
        return match store.tulis_banyak(perubahan) {
            Ok(()) => Ok(entri),
            Err(sebab) => Err(GagalUbah::Dikembalikan {
                sebab,
                ditulis: 0,
                total: perubahan.len(),
            }),
        };
    }
    let jurnal = Jurnal {
        versi: VERSI_JURNAL,
        jenis,
        mulai: waktu,
        entri,
    };
    let teks = super::rekaman::ke_value(&jurnal)
        .map_err(GagalUbah::TidakDimulai)?
        .to_string();
    // A journal that does not fit (quota) is refused before any record is touched.
    if let Err(e) = store.put(KUNCI_JURNAL, &teks) {
        let _ = store.remove(KUNCI_JURNAL);
        return Err(GagalUbah::TidakDimulai(e));
    }
    // Removals first: they free room for the writes.
    let urutan: Vec<&(String, Option<String>)> = perubahan
        .iter()
        .filter(|(_, v)| v.is_none())
        .chain(perubahan.iter().filter(|(_, v)| v.is_some()))
        .collect();
    let total = urutan.len();
    let mut ditulis = 0;
    let hasil = urutan
        .iter()
        .try_for_each(|(k, v)| {
            match v {
                Some(v) => store.put(k, v)?,
                None => store.remove(k)?,
            }
            ditulis += 1;
            Ok(())
        })
        .and_then(|()| store.remove(KUNCI_JURNAL));
    match hasil {
        Ok(()) => Ok(jurnal.entri),
        Err(sebab) => match gulung_balik(store, &jurnal.entri, true) {
            Ok(_) => Err(GagalUbah::Dikembalikan {
                sebab,
                ditulis: ditulis.min(total),
                total,
            }),
            Err(pemulihan) => Err(GagalUbah::Tertunda { sebab, pemulihan }),
        },
    }
}

/// What a rollback did.
#[derive(Clone, Debug, PartialEq)]
pub struct Pemulihan {
    pub jenis: JenisUbah,
    /// Keys put back as they were before the change.
    pub dikembalikan: usize,
    /// Keys changed since by someone else (another tab): left as they are.
    pub dibiarkan: Vec<String>,
}

/// Puts every key of `entri` back as it was, then removes the journal. At start-up (`paksa`
/// false) a key that holds neither its value before nor what the change wrote was changed
/// since (another tab saved it) and is left alone: rolling back must not undo someone else's
/// save. Right after a failed write (`paksa`) every touched key is this change's, even one a
/// failed read-back left holding something else. Keys that free room go first, so a rollback
/// fits wherever the state before fitted.
fn gulung_balik(
    store: &dyn KvStore,
    entri: &[EntriJurnal],
    paksa: bool,
) -> Result<Pemulihan, StoreError> {
    let mut kembali = Vec::new();
    let mut dibiarkan = Vec::new();
    for e in entri {
        let kini = store.get(&e.kunci)?;
        if kini == e.sebelum {
            continue;
        }
        if paksa || masih_hasil_ubah(e, kini.as_deref()) {
            let tambah = e.sebelum.as_ref().map_or(0, String::len) as i64
                - kini.as_ref().map_or(0, String::len) as i64;
            kembali.push((tambah, e));
        } else {
            dibiarkan.push(e.kunci.clone());
        }
    }
    // Unstable is enough (equal sizes may go in any order) and is half the code of a stable sort.
    kembali.sort_unstable_by_key(|(tambah, _)| *tambah);
    for (_, e) in &kembali {
        match &e.sebelum {
            Some(v) => store.put(&e.kunci, v)?,
            None => store.remove(&e.kunci)?,
        }
    }
    store.remove(KUNCI_JURNAL)?;
    Ok(Pemulihan {
        jenis: JenisUbah::Impor,
        dikembalikan: kembali.len(),
        dibiarkan,
    })
}

/// What start-up found.
#[derive(Clone, Debug, PartialEq)]
pub enum Mulai {
    /// No journal: the last change finished (or there was none).
    Bersih,
    /// A change was cut short (tab closed) and has been rolled back.
    Dipulihkan(Pemulihan),
    /// The journal itself could not be read; it was moved to `karantina` (nothing to roll
    /// back from).
    JurnalRusak { karantina: String, alasan: String },
}

/// At start-up, before anything reads the data: a journal left behind means a change was cut
/// short, so every key it touched is put back. On a storage error the journal stays and the
/// next start tries again.
pub fn pulihkan_saat_mulai(store: &dyn KvStore) -> Result<Mulai, StoreError> {
    let Some(teks) = store.get(KUNCI_JURNAL)? else {
        return Ok(Mulai::Bersih);
    };
    let jurnal: Jurnal = match dari_teks(&teks) {
        Ok(j) => j,
        Err(e) => {
            return Ok(Mulai::JurnalRusak {
                karantina: karantina(store, KUNCI_JURNAL, &teks),
                alasan: e.to_string(),
            })
        }
    };
    let mut p = gulung_balik(store, &jurnal.entri, false)?;
    p.jenis = jurnal.jenis;
    Ok(Mulai::Dipulihkan(p))
}

/// Why an undo did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum GagalUrung {
    /// These keys were changed after the change being undone; nothing was undone.
    Berubah(Vec<String>),
    Ubah(GagalUbah),
}

/// Undoes a finished change from its journal entries: every key goes back to its value
/// before, under a journal of its own. Refused whole, with the keys named, when any key no
/// longer holds what the change wrote: an import's records refer to each other (a realisasi
/// to its SKP's IKI), so reverting some and keeping others could leave records pointing at
/// ones that are gone, and the later change was made on top of the imported version. Keys
/// the change did not touch are never written. Returns how many keys went back.
pub fn urungkan(
    store: &dyn KvStore,
    entri: &[EntriJurnal],
    waktu: NaiveDateTime,
) -> Result<usize, GagalUrung> {
    let mut perubahan = Vec::new();
    let mut berubah = Vec::new();
    for e in entri {
        let kini = store
            .get(&e.kunci)
            .map_err(|x| GagalUrung::Ubah(GagalUbah::TidakDimulai(x)))?;
        if kini == e.sebelum {
            continue;
        }
        if masih_hasil_ubah(e, kini.as_deref()) {
            perubahan.push((e.kunci.clone(), e.sebelum.clone()));
        } else {
            berubah.push(e.kunci.clone());
        }
    }
    if !berubah.is_empty() {
        return Err(GagalUrung::Berubah(berubah));
    }
    terapkan(store, JenisUbah::Urungkan, waktu, &perubahan).map_err(GagalUrung::Ubah)?;
    Ok(perubahan.len())
}

#[cfg(test)]
#[path = "jurnal_tests.rs"]
mod tests;
