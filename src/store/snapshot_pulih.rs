//! Restoring a backup: the present snapshotted first (so the restore can be undone), then every
//! data key replaced with the backup's, whole or not at all.

use super::super::atomik::atomik;
use super::*;

/// [`pulihkan`], its snapshot read in from storage first when start-up left it there.
pub async fn pulihkan_dibaca(
    store: &dyn KvStore,
    id: &str,
    waktu: NaiveDateTime,
    r: Retensi,
) -> Result<InfoSnapshot, StoreError> {
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
) -> Result<InfoSnapshot, StoreError> {
    let teks = store
        .get(&kunci_snapshot(id))?
        .ok_or_else(|| StoreError::Other(format!("snapshot {id} not found")))?;
    let isi: Isi = dari_teks(&teks).map_err(|e| StoreError::Other(e.to_string()))?;
    let sebelum = ambil(store, waktu, "sebelum_pemulihan", r)?;
    let hapus: Vec<String> = store
        .keys()?
        .into_iter()
        .filter(|k| dicadangkan(k) && !isi.data.contains_key(k))
        .collect();
    // Whole or not at all: on localStorage a quota error halfway would leave some records
    // restored, some removed and the rest as they were, so every key touched is put back
    // (IndexedDB lands the step as one transaction anyway). The backup just taken stays.
    let kunci: Vec<String> = hapus.iter().chain(isi.data.keys()).cloned().collect();
    atomik(store, &kunci, || -> Result<(), StoreError> {
        for k in &hapus {
            store.remove(k)?;
        }
        for (k, v) in &isi.data {
            store.put(k, v)?;
        }
        Ok(())
    })
    .map_err(|g| g.pemulihan.unwrap_or(g.sebab))?;
    Ok(sebelum)
}
