//! Rolling automatic snapshots of everything the app stores, kept inside the storage budget:
//! at most 3 from today, the latest one of each earlier day, 10 in all. A snapshot is also
//! taken before every destructive action (delete, import merge, restore), which is what
//! "undo" restores.

use super::kv::{KvStore, StoreError, KEY_PREFIX};
use crate::jejak::dari_teks;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Data keys (records and settings; never snapshots or quarantine): whether anything is
/// stored at all (start-up asks before it fetches the backup code). A new kind of data key
/// must be read by `snapshot_teks::baca_dicadangkan` too (it walks these two in key order).
pub fn termasuk(key: &str) -> bool {
    key.strip_prefix(KEY_PREFIX)
        .is_some_and(|k| k == "settings" || k.starts_with("r."))
}

/// Data keys a snapshot copies and a restore replaces: all but attachments, as each snapshot
/// would copy every photo again (see `store::lampiran`); a restore keeps the ones stored now.
pub fn dicadangkan(key: &str) -> bool {
    termasuk(key) && !super::lampiran::kunci_lampiran(key)
}

#[path = "snapshot_teks.rs"]
mod teks;
use crate::store::kv::ukuran_utf16;
#[cfg(test)]
use teks::info_cepat;
pub use teks::ukuran_dari_info;
use teks::{info_dari_kunci, info_dari_teks, sidik_kini, teks_isi};

/// Whether `k` is a backup's key (its snapshot or its info).
pub fn kunci_cadangan(k: &str) -> bool {
    k.starts_with(AWALAN) || k.starts_with(AWALAN_INFO)
}

/// Where snapshots are stored: `<AWALAN><id>` holds the snapshot, `<AWALAN_INFO><id>` its
/// [`InfoSnapshot`] alone, so listing them reads a few hundred bytes each, and IndexedDB
/// leaves their values out of start-up's read (an agency's are 130 MB each).
pub const AWALAN: &str = "kinerjaku.v1.snapshot.";
const AWALAN_INFO: &str = "kinerjaku.v1.snapshot_info.";

/// The key of the snapshot `id`.
pub fn kunci_snapshot(id: &str) -> String {
    format!("{AWALAN}{id}")
}

/// The key of a snapshot's info, given the snapshot's own key.
pub fn kunci_info(kunci_snapshot: &str) -> Option<String> {
    let id = kunci_snapshot.strip_prefix(AWALAN)?;
    Some(format!("{AWALAN_INFO}{id}"))
}

/// Retention limits; the defaults are the (3 today, 1 per earlier day, 10 in all).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retensi {
    pub maks_hari_ini: usize,
    pub maks_total: usize,
}

impl Default for Retensi {
    fn default() -> Self {
        Retensi {
            maks_hari_ini: 3,
            maks_total: 10,
        }
    }
}

/// Which snapshot times to keep, newest first, given the local time now.
pub fn pilih_disimpan(
    waktu: &[NaiveDateTime],
    sekarang: NaiveDateTime,
    r: Retensi,
) -> Vec<NaiveDateTime> {
    let mut urut: Vec<NaiveDateTime> = waktu.to_vec();
    urut.sort_unstable_by(|a, b| b.cmp(a));
    let calon: Vec<(NaiveDateTime, NaiveDateTime)> = urut.iter().map(|t| (*t, *t)).collect();
    pilih_urut(&calon, sekarang, r)
}

/// The retention policy over candidates in priority order (time, what to return): the first
/// is always kept, so whatever the policy puts first survives, whatever the clock says.
fn pilih_urut<T: Clone>(
    calon: &[(NaiveDateTime, T)],
    sekarang: NaiveDateTime,
    r: Retensi,
) -> Vec<T> {
    let hari_ini = sekarang.date();
    let mut simpan = Vec::new();
    let mut hari_terlihat: Vec<NaiveDate> = Vec::new();
    let mut jumlah_hari_ini = 0;
    for (t, x) in calon {
        let hari = t.date();
        let ambil = if hari >= hari_ini {
            jumlah_hari_ini += 1;
            jumlah_hari_ini <= r.maks_hari_ini
        } else if hari_terlihat.contains(&hari) {
            false
        } else {
            hari_terlihat.push(hari);
            true
        };
        if ambil && simpan.len() < r.maks_total {
            simpan.push(x.clone());
        }
    }
    simpan
}

/// Metadata of one snapshot, listed on the restore screen.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct InfoSnapshot {
    pub id: String,
    /// Local time it was taken.
    pub waktu: NaiveDateTime,
    /// Why: `otomatis`, `sebelum_hapus`, `sebelum_impor`, `sebelum_pemulihan`.
    pub alasan: String,
    pub jumlah_kunci: usize,
    /// What the data it holds takes (keys and texts, as UTF-16).
    pub ukuran_byte: usize,
    /// What the backup's own text takes in storage (as UTF-16): more than `ukuran_byte` by the
    /// JSON around the data and its escapes (records full of quotes escape to noticeably
    /// more). Only in the info apart, written with the backup; absent in earlier versions'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ukuran_tersimpan: Option<usize>,
    /// A fingerprint of what it holds ([`Sidik`]): the automatic backup is skipped while
    /// the data is still the newest snapshot's. Absent in snapshots of earlier versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sidik: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
struct Isi {
    info: InfoSnapshot,
    data: BTreeMap<String, String>,
}

/// `yyyymmddThhmmssSSS`, written out by hand (chrono's `format` interpreter is ~8 KB of wasm).
fn id_dari(waktu: NaiveDateTime) -> String {
    use chrono::{Datelike, Timelike};
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}{:03}",
        waktu.year(),
        waktu.month(),
        waktu.day(),
        waktu.hour(),
        waktu.minute(),
        waktu.second(),
        waktu.nanosecond() / 1_000_000 % 1000
    )
}

/// Takes a snapshot of every data key. When the quota is full, the oldest snapshots are
/// dropped one by one to make room; if it still does not fit, they are put back, the error is
/// returned and nothing else is touched.
pub fn ambil(
    store: &dyn KvStore,
    waktu: NaiveDateTime,
    alasan: &str,
    r: Retensi,
) -> Result<InfoSnapshot, StoreError> {
    let (info, _) = ambil_tanpa_pangkas(store, waktu, alasan)?;
    pangkas(store, waktu, r, Some(&info.id))?;
    Ok(info)
}

/// [`ambil`] without the retention pass, returning also the snapshots dropped to make room
/// (keys and texts): a restore puts them back should it fail after ([`pulihkan`]).
fn ambil_tanpa_pangkas(
    store: &dyn KvStore,
    waktu: NaiveDateTime,
    alasan: &str,
) -> Result<(InfoSnapshot, Vec<(String, String)>), StoreError> {
    let mut id = id_dari(waktu);
    let ada = daftar(store)?;
    while ada.iter().any(|i| i.id == id) {
        id.push('b');
    }
    let (teks, info) = teks_isi(store, id.clone(), waktu, alasan)?;
    let info = InfoSnapshot {
        ukuran_tersimpan: Some(ukuran_utf16(&teks)),
        ..info
    };
    // Snapshots dropped to make room, kept here until the new one is stored: if it does not
    // fit even without them, they are put back (dropping them bought nothing).
    let mut dilepas: Vec<(String, String)> = Vec::new();
    let kembalikan = |dilepas: Vec<(String, String)>, e: StoreError| {
        for (k, v) in dilepas.iter().rev() {
            let _ = store.put(k, v);
        }
        Err(e)
    };
    loop {
        match store.put(&kunci_snapshot(&id), &teks) {
            Ok(()) => break,
            Err(StoreError::QuotaFull) => {
                // Make room by dropping the oldest snapshot that can be put back; give up when
                // none is left.
                let Some(tertua) = daftar(store)?.pop() else {
                    return kembalikan(dilepas, StoreError::QuotaFull);
                };
                let kunci = [
                    kunci_snapshot(&tertua.id),
                    format!("{AWALAN_INFO}{}", tertua.id),
                ];
                let mut isi = Vec::new();
                for k in kunci {
                    match store.get(&k) {
                        Ok(Some(v)) => isi.push((k, v)),
                        Ok(None) => {}
                        // Not readable here (not in memory): not dropped.
                        Err(_) => return kembalikan(dilepas, StoreError::QuotaFull),
                    }
                }
                if let Err(e) = hapus(store, &tertua.id) {
                    return kembalikan(dilepas, e);
                }
                dilepas.extend(isi);
            }
            Err(e) => return kembalikan(dilepas, e),
        }
    }
    // The info apart, in the same step (one IndexedDB transaction). Should it not fit, the
    // snapshot is listed from its own text, as those of earlier versions are.
    let _ = tulis_info(store, &info);
    Ok((info, dilepas))
}

fn tulis_info(store: &dyn KvStore, info: &InfoSnapshot) -> Result<(), StoreError> {
    let teks = super::rekaman::ke_value(info)?.to_string();
    store.put(&format!("{AWALAN_INFO}{}", info.id), &teks)
}

/// Removes a snapshot and its info.
fn hapus(store: &dyn KvStore, id: &str) -> Result<(), StoreError> {
    store.remove(&kunci_snapshot(id))?;
    store.remove(&format!("{AWALAN_INFO}{id}"))
}

/// Writes the info apart for snapshots an earlier version stored without it (their text is in
/// memory: start-up read it whole). From the next start, IndexedDB leaves them in storage.
fn lengkapi_info(store: &dyn KvStore) -> Result<(), StoreError> {
    for k in store.kunci_awalan(AWALAN)? {
        let Some(ki) = kunci_info(&k) else { continue };
        if store.get(&ki)?.is_some() {
            continue;
        }
        let mut info = None;
        let _ = store.baca_di(&k, &mut |v| {
            info = v.and_then(|v| {
                let i = info_dari_teks(v)?;
                Some(InfoSnapshot {
                    ukuran_tersimpan: Some(ukuran_utf16(v)),
                    ..i
                })
            })
        });
        if let Some(info) = info {
            tulis_info(store, &info)?;
        }
    }
    Ok(())
}

/// The rolling automatic backup taken at start-up: at most one per hour, and only when there
/// is data. Returns whether one was taken; a failure (quota) is not fatal, the data itself is
/// untouched, so the caller may ignore it.
pub fn otomatis(store: &dyn KvStore, sekarang: NaiveDateTime) -> Result<bool, StoreError> {
    let _ = lengkapi_info(store);
    // Settings alone (a first visit) are not worth a backup: a role and a language.
    let ada_data = super::rekaman::ada_di(store)?;
    let terbaru = daftar(store)?.into_iter().next();
    // Within the last hour; one dated ahead of now (a clock that was wrong) is not recent,
    // or no automatic backup would be taken until that day came.
    let baru = terbaru.as_ref().is_some_and(|i| {
        let umur = sekarang - i.waktu;
        umur >= chrono::Duration::zero() && umur < chrono::Duration::hours(1)
    });
    if !ada_data || baru {
        return Ok(false);
    }
    // Nothing changed since the newest backup: another copy would restore the same state (an
    // agency's workspace is over 100 MB, and each copy is held in memory while the app runs).
    if let Some(s) = terbaru.and_then(|i| i.sidik) {
        if s == sidik_kini(store)? {
            return Ok(false);
        }
    }
    ambil(store, sekarang, "otomatis", Retensi::default())?;
    Ok(true)
}

/// All snapshots, newest first, each by its info apart (a workspace of 10,000 pegawai makes
/// snapshots of 140 MB: listing ten of them read 1.4 GB at every start-up), else by the
/// info inside its text. A snapshot cut short or of another shape is read whole and skipped
/// when it cannot be read (it stays stored); one damaged inside its data is listed, and its
/// restore is refused before anything changes ([`pulihkan`] reads it whole first).
pub fn daftar(store: &dyn KvStore) -> Result<Vec<InfoSnapshot>, StoreError> {
    let mut out = Vec::new();
    for k in store.kunci_awalan(AWALAN)? {
        let mut info = None;
        if let Some(ki) = kunci_info(&k) {
            store.baca_di(&ki, &mut |v| {
                info = v.and_then(|v| dari_teks::<InfoSnapshot>(v).ok());
            })?;
        }
        if info.is_none()
            && store
                .baca_di(&k, &mut |v| info = v.and_then(info_dari_teks))
                .is_err()
        {
            // Left in storage, its info apart unreadable: listed by what its key says, so it
            // can still be restored or removed (hidden, it would stay stored for good).
            info = info_dari_kunci(&k);
        }
        out.extend(info);
    }
    out.sort_unstable_by(|a, b| b.waktu.cmp(&a.waktu).then(b.id.cmp(&a.id)));
    Ok(out)
}

/// Makes room when storage is full: every snapshot but the newest is removed (the person asks
/// for it; the newest stays so the latest state can still be restored). Returns how many went.
pub fn hapus_lama(store: &dyn KvStore) -> Result<usize, StoreError> {
    let semua = daftar(store)?;
    for info in semua.iter().skip(1) {
        hapus(store, &info.id)?;
    }
    Ok(semua.len().saturating_sub(1))
}

/// The reason of a backup the person asked for ("Dibuat sendiri").
pub const ALASAN_SENDIRI: &str = "manual";

/// Removes snapshots the retention policy no longer keeps. `jaga` (the snapshot just
/// taken) is always kept, and otherwise the newest by time: with backups dated in the future
/// (a clock that was wrong), "today's three" would be those, and the snapshot just taken, the
/// one an undo needs, would go at once.
pub fn pangkas(
    store: &dyn KvStore,
    sekarang: NaiveDateTime,
    r: Retensi,
    jaga: Option<&str>,
) -> Result<(), StoreError> {
    let mut semua = daftar(store)?;
    // Newest first (as listed); the one to keep goes before all of them.
    if let Some(pos) = jaga.and_then(|id| semua.iter().position(|i| i.id == id)) {
        let x = semua.remove(pos);
        semua.insert(0, x);
    }
    // The newest backup the person made themself is kept apart from the count: automatic
    // ones taken at each start (and a restore's) would push it out within hours.
    // (One just taken is first already.)
    let sendiri = (semua.iter())
        .find(|i| i.alasan == ALASAN_SENDIRI)
        .map(|i| i.id.clone())
        .filter(|id| Some(id.as_str()) != jaga);
    let calon: Vec<(NaiveDateTime, String)> = (semua.iter())
        .filter(|i| Some(&i.id) != sendiri.as_ref())
        .map(|i| (i.waktu, i.id.clone()))
        .collect();
    let mut simpan = pilih_urut(&calon, sekarang, r);
    simpan.extend(sendiri);
    for info in semua {
        if !simpan.contains(&info.id) {
            hapus(store, &info.id)?;
        }
    }
    // Infos whose snapshot is gone (removed by an earlier version, which knew no infos).
    let ada = store.kunci_awalan(AWALAN)?;
    for ki in store.kunci_awalan(AWALAN_INFO)? {
        let k = kunci_snapshot(&ki[AWALAN_INFO.len()..]);
        if !ada.contains(&k) {
            store.remove(&ki)?;
        }
    }
    Ok(())
}

#[path = "snapshot_pulih.rs"]
mod pulih;
pub use pulih::{pulihkan, pulihkan_dibaca, GagalPulih};

#[cfg(test)]
#[path = "snapshot_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "snapshot_ruang_tests.rs"]
mod ruang_tests;

#[cfg(test)]
#[path = "snapshot_retensi_tests.rs"]
mod retensi_tests;
