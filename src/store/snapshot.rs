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
/// stored at all (start-up asks before it fetches the backup code).
pub fn termasuk(key: &str) -> bool {
    key.strip_prefix(KEY_PREFIX)
        .is_some_and(|k| k == "settings" || k.starts_with("r."))
}

/// Data keys a snapshot copies and a restore replaces: all but attachments, as each snapshot
/// would copy every photo again (see `store::lampiran`); a restore keeps the ones stored now.
pub fn dicadangkan(key: &str) -> bool {
    termasuk(key) && !super::lampiran::kunci_lampiran(key)
}

fn kunci(id: &str) -> String {
    format!("{KEY_PREFIX}snapshot.{id}")
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
    pub ukuran_byte: usize,
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
/// dropped one by one to make room; if it still does not fit, the error is returned and
/// nothing else is touched.
pub fn ambil(
    store: &dyn KvStore,
    waktu: NaiveDateTime,
    alasan: &str,
    r: Retensi,
) -> Result<InfoSnapshot, StoreError> {
    let mut id = id_dari(waktu);
    let ada = daftar(store)?;
    while ada.iter().any(|i| i.id == id) {
        id.push('b');
    }
    let (teks, info) = teks_isi(store, id.clone(), waktu, alasan)?;
    loop {
        match store.put(&kunci(&id), &teks) {
            Ok(()) => break,
            Err(StoreError::QuotaFull) => {
                // Make room by dropping the oldest snapshot; give up when none is left.
                let lama = daftar(store)?;
                match lama.last() {
                    Some(tertua) => store.remove(&kunci(&tertua.id))?,
                    None => return Err(StoreError::QuotaFull),
                }
            }
            Err(e) => return Err(e),
        }
    }
    pangkas(store, waktu, r, Some(&info.id))?;
    Ok(info)
}

/// The snapshot of every data key now and its info: the text exactly as
/// `ke_value(&Isi { info, data }).to_string()` writes it (keys sorted: `data`, then `info`),
/// built straight into one buffer from the texts read in place. Through a copy of every record
/// and a `Value`, an agency's 140 MB workspace was copied three times more.
fn teks_isi(
    store: &dyn KvStore,
    id: String,
    waktu: NaiveDateTime,
    alasan: &str,
) -> Result<(String, InfoSnapshot), StoreError> {
    use crate::bundle::digest::teks_json;
    let kunci = kunci_dicadangkan(store)?;
    // The buffer's size first (escapes may add a little), so it is never grown by copying.
    let mut perkiraan = 40;
    for k in &kunci {
        store.baca_di(k, &mut |v| {
            perkiraan += k.len() + v.map_or(0, |v| v.len() + v.len() / 8) + 6;
        })?;
    }
    // What the texts take as UTF-16, as the browser holds them (ASCII texts, most of them,
    // counted by length: counting 140 MB character by character took a quarter of a second).
    let utf16 = |s: &str| match s.is_ascii() {
        true => s.len(),
        false => s.encode_utf16().count(),
    };
    let mut out = Vec::with_capacity(perkiraan + 300);
    out.extend_from_slice(b"{\"data\":{");
    let (mut sidik, mut ukuran_byte) = (Sidik::baru(), 0);
    for k in &kunci {
        store.baca_di(k, &mut |v| {
            let Some(v) = v else { return };
            if sidik.1 > 0 {
                out.push(b',');
            }
            teks_json(k, &mut out);
            out.push(b':');
            teks_json(v, &mut out);
            sidik.tambah(k, v);
            ukuran_byte += (utf16(k) + utf16(v)) * 2;
        })?;
    }
    let info = InfoSnapshot {
        id,
        waktu,
        alasan: alasan.into(),
        jumlah_kunci: sidik.1,
        ukuran_byte,
        sidik: Some(sidik.teks()),
    };
    out.extend_from_slice(b"},\"info\":");
    out.extend_from_slice(super::rekaman::ke_value(&info)?.to_string().as_bytes());
    out.push(b'}');
    let teks = String::from_utf8(out).map_err(|e| StoreError::Other(e.to_string()))?;
    Ok((teks, info))
}

/// The rolling automatic backup taken at start-up: at most one per hour, and only when there
/// is data. Returns whether one was taken; a failure (quota) is not fatal, the data itself is
/// untouched, so the caller may ignore it.
pub fn otomatis(store: &dyn KvStore, sekarang: NaiveDateTime) -> Result<bool, StoreError> {
    // Settings alone (a first visit) are not worth a backup: a role and a language.
    let ada_data = super::rekaman::ada_di(store)?;
    let terbaru = daftar(store)?.into_iter().next();
    let baru = terbaru
        .as_ref()
        .is_some_and(|i| sekarang - i.waktu < chrono::Duration::hours(1));
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

/// A fingerprint of the data keys and their texts, to tell whether anything changed since a
/// snapshot (not a defence against anyone: 64 bits of a multiply-xorshift over 8-byte words,
/// fast enough for 100 MB at every start-up).
#[derive(Clone, Copy)]
struct Sidik(u64, usize);

impl Sidik {
    fn baru() -> Self {
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

    fn tambah(&mut self, k: &str, v: &str) {
        self.potongan(k.as_bytes());
        self.potongan(v.as_bytes());
        self.1 += 1;
    }

    fn teks(self) -> String {
        format!("{:016x}-{}", self.0, self.1)
    }
}

/// The data keys a snapshot taken now copies, in key order (the text's and the fingerprint's).
fn kunci_dicadangkan(store: &dyn KvStore) -> Result<Vec<String>, StoreError> {
    let mut kunci: Vec<String> = store
        .keys()?
        .into_iter()
        .filter(|k| dicadangkan(k))
        .collect();
    kunci.sort_unstable();
    Ok(kunci)
}

/// The fingerprint of what a snapshot taken now would hold, read in place.
fn sidik_kini(store: &dyn KvStore) -> Result<String, StoreError> {
    let kunci = kunci_dicadangkan(store)?;
    let mut s = Sidik::baru();
    for k in &kunci {
        store.baca_di(k, &mut |v| {
            if let Some(v) = v {
                s.tambah(k, v);
            }
        })?;
    }
    Ok(s.teks())
}

/// A snapshot's info without reading its data: `ambil` writes the envelope through a `Value`,
/// whose keys are sorted, so the text is `{"data":{…},"info":{…}}` and no `,"info":{` can
/// occur inside `data` (its values are strings, whose quotes are escaped). `None` for any
/// other shape, which the full reader then reads.
fn info_cepat(teks: &str) -> Option<InfoSnapshot> {
    let badan = teks.strip_prefix("{\"data\":{")?.strip_suffix('}')?;
    let i = badan.rfind("},\"info\":{")?;
    dari_teks::<InfoSnapshot>(&badan[i + 9..]).ok()
}

/// All snapshots, newest first, each read by its info alone (a workspace of 10,000 pegawai
/// makes snapshots of 140 MB: listing ten of them read 1.4 GB at every start-up). A snapshot
/// cut short or of another shape is read whole and skipped when it cannot be read (it stays
/// stored); one damaged inside its data is listed, and its restore is refused before anything
/// changes ([`pulihkan`] reads it whole first).
pub fn daftar(store: &dyn KvStore) -> Result<Vec<InfoSnapshot>, StoreError> {
    let awalan = kunci("");
    let mut out = Vec::new();
    for k in store.keys()? {
        if k.starts_with(&awalan) {
            store.baca_di(&k, &mut |v| {
                let info = v.and_then(|v| {
                    info_cepat(v).or_else(|| dari_teks::<Isi>(v).ok().map(|i| i.info))
                });
                out.extend(info);
            })?;
        }
    }
    out.sort_unstable_by(|a, b| b.waktu.cmp(&a.waktu).then(b.id.cmp(&a.id)));
    Ok(out)
}

/// Makes room when storage is full: every snapshot but the newest is removed (the person asks
/// for it; the newest stays so the latest state can still be restored). Returns how many went.
pub fn hapus_lama(store: &dyn KvStore) -> Result<usize, StoreError> {
    let semua = daftar(store)?;
    for info in semua.iter().skip(1) {
        store.remove(&kunci(&info.id))?;
    }
    Ok(semua.len().saturating_sub(1))
}

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
    let calon: Vec<(NaiveDateTime, String)> =
        semua.iter().map(|i| (i.waktu, i.id.clone())).collect();
    let simpan = pilih_urut(&calon, sekarang, r);
    for info in semua {
        if !simpan.contains(&info.id) {
            store.remove(&kunci(&info.id))?;
        }
    }
    Ok(())
}

/// Restores a snapshot: first snapshots the current state (so the restore itself can be
/// undone), then replaces every data key with the snapshot's.
pub fn pulihkan(
    store: &dyn KvStore,
    id: &str,
    waktu: NaiveDateTime,
    r: Retensi,
) -> Result<InfoSnapshot, StoreError> {
    let teks = store
        .get(&kunci(id))?
        .ok_or_else(|| StoreError::Other(format!("snapshot {id} not found")))?;
    let isi: Isi = dari_teks(&teks).map_err(|e| StoreError::Other(e.to_string()))?;
    let sebelum = ambil(store, waktu, "sebelum_pemulihan", r)?;
    for k in store.keys()? {
        if dicadangkan(&k) && !isi.data.contains_key(&k) {
            store.remove(&k)?;
        }
    }
    for (k, v) in &isi.data {
        store.put(k, v)?;
    }
    Ok(sebelum)
}

#[cfg(test)]
#[path = "snapshot_tests.rs"]
mod tests;
