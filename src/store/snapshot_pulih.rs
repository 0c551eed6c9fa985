//! Restoring a backup: the present snapshotted first (so the restore can be undone), then every
//! data key replaced with the backup's, whole or not at all.

use super::super::atomik::atomik;
use super::*;

/// Why a restore did not land, and whether storage was left as it was.
#[derive(Debug, Clone, PartialEq)]
pub struct GagalPulih {
    pub sebab: StoreError,
    /// Putting the data back failed too: storage holds part of the backup, part of what was
    /// there. The backup taken before the restore is kept, the way back.
    pub setengah: bool,
}

impl From<StoreError> for GagalPulih {
    fn from(sebab: StoreError) -> Self {
        GagalPulih {
            sebab,
            setengah: false,
        }
    }
}

/// [`pulihkan`], its snapshot read in from storage first when start-up left it there.
pub async fn pulihkan_dibaca(
    store: &dyn KvStore,
    id: &str,
    waktu: NaiveDateTime,
    r: Retensi,
) -> Result<InfoSnapshot, GagalPulih> {
    store.siapkan(&kunci_snapshot(id)).await?;
    pulihkan(store, id, waktu, r)
}

/// Restores a snapshot: first snapshots the current state (so the restore itself can be
/// undone), then replaces every data key with the snapshot's.
pub fn pulihkan(
    store: &dyn KvStore,
    id: &str,
    waktu: NaiveDateTime,
    r: Retensi,
) -> Result<InfoSnapshot, GagalPulih> {
    let teks = store
        .get(&kunci_snapshot(id))?
        .ok_or_else(|| StoreError::TidakAda(format!("snapshot {id}")))?;
    let isi: Isi = dari_teks(&teks).map_err(|e| StoreError::Other(e.to_string()))?;
    // Room for this backup may be made by dropping the oldest ones, the one restored among
    // them: they come back if the restore fails, and retention runs only once it landed.
    let (sebelum, dilepas) = ambil_tanpa_pangkas(store, waktu, "sebelum_pemulihan")?;
    let hapus: Vec<String> = store
        .keys()?
        .into_iter()
        .filter(|k| dicadangkan(k) && !isi.data.contains_key(k))
        .collect();
    // Whole or not at all: on localStorage a quota error halfway would leave some records
    // restored, some removed and the rest as they were, so every key touched is put back
    // (IndexedDB lands the step as one transaction anyway). The backup just taken stays.
    // Attachments stay out of backups; a restored entry's file deleted since comes back with
    // it while its tombstone still holds the bytes.
    let lampiran = super::super::lampiran::nisan_berisi_untuk(store, isi.data.iter())?;
    let stempel = stempel(waktu);
    let kunci: Vec<String> = (hapus.iter().chain(isi.data.keys()).cloned())
        .chain(
            lampiran
                .iter()
                .map(|a| super::super::lampiran::kunci(&a.id)),
        )
        .collect();
    atomik(store, &kunci, || -> Result<(), StoreError> {
        for k in &hapus {
            store.remove(k)?;
        }
        for (k, v) in &isi.data {
            store.put(k, v)?;
        }
        super::super::lampiran::hidupkan(store, &lampiran, &stempel)
    })
    .map_err(|g| match g.pemulihan {
        Some(sebab) => GagalPulih {
            sebab,
            setengah: true,
        },
        None => batalkan(store, &sebelum.id, dilepas, g.sebab).into(),
    })?;
    pangkas(store, waktu, r, Some(&sebelum.id))?;
    Ok(sebelum)
}

/// `waktu` (local time) as records date their changes (RFC 3339, with the local offset).
fn stempel(waktu: NaiveDateTime) -> String {
    use chrono::TimeZone;
    match chrono::Local.from_local_datetime(&waktu).earliest() {
        Some(t) => t.to_rfc3339(),
        None => waktu.and_utc().to_rfc3339(),
    }
}

/// A restore that did not land leaves storage as it found it: the backup taken before it goes
/// (it holds what is still the data), and the backups dropped to make room for it come back.
fn batalkan(
    store: &dyn KvStore,
    id: &str,
    dilepas: Vec<(String, String)>,
    sebab: StoreError,
) -> StoreError {
    if let Err(e) = hapus(store, id) {
        return e;
    }
    for (k, v) in dilepas.iter().rev() {
        if let Err(e) = store.put(k, v) {
            return e;
        }
    }
    sebab
}
