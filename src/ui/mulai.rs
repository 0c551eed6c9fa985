//! Start-up work kept out of the first download: rolling back an import a closed tab cut short
//! (its code is fetched only when its journal is there, and runs before the app reads any
//! data), and, once the app is on screen, the check of every stored record (unreadable ones
//! set aside and said) and the automatic daily backup. Both chunks are precached by the
//! service worker, so they work offline too.
//!
//! The check ran before the app was drawn: for a workspace of 10,000 pegawai (~140 MB) that
//! held the first paint back; meanwhile a screen reading data skips an unreadable record (it
//! cannot show it either), and the banner names it a moment later. It waits until the first
//! screen has settled (no loading line): it took a third of a second of the agency
//! dashboard's first drawing.

use super::layar::{Fitur, GagalMuat};
use super::state::Pemberitahuan;
use crate::store::jurnal::{self, Mulai};
use crate::store::{periksa, snapshot, KvStore, Peran};
use chrono::NaiveDateTime;

fn pulihkan(store: &dyn KvStore) -> Option<Pemberitahuan> {
    match jurnal::pulihkan_saat_mulai(store) {
        Ok(Mulai::Bersih) => None,
        Ok(Mulai::Dipulihkan(p)) => Some(Pemberitahuan::ImporDipulihkan(p)),
        Ok(Mulai::JurnalRusak { karantina, alasan }) => Some(Pemberitahuan::Rusak {
            kunci: karantina,
            detail: alasan,
        }),
        Err(e) => Some(Pemberitahuan::ImporBelumPulih(e)),
    }
}

#[cfg(not(feature = "eager"))]
type Pulihkan = fn(&dyn KvStore) -> Option<Pemberitahuan>;
type Setelah = fn(&dyn KvStore, NaiveDateTime) -> (Option<Pemberitahuan>, bool);

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(pemulihan, wasm_split_path = ::leptos::wasm_split, fallible)]
fn pemulihan_lazy() -> Result<Pulihkan, GagalMuat> {
    Ok(pulihkan)
}

/// Unreadable records moved to quarantine (what to say of them), then the backup if one is
/// due (whether it was taken; a failure is not fatal: the data itself is untouched).
fn setelah(store: &dyn KvStore, sekarang: NaiveDateTime) -> (Option<Pemberitahuan>, bool) {
    let ambang = crate::store::turunan::AMBANG_REKAP;
    let rusak = periksa::periksa_bila_berubah(store, ambang).unwrap_or_default();
    let pesan = rusak.first().map(|r| Pemberitahuan::Rusak {
        kunci: if rusak.len() > 1 {
            format!("{} (+{})", r.karantina, rusak.len() - 1)
        } else {
            r.karantina.clone()
        },
        detail: r.alasan.clone(),
    });
    (pesan, snapshot::otomatis(store, sekarang).unwrap_or(false))
}

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(setelah_tampil, wasm_split_path = ::leptos::wasm_split, fallible)]
fn setelah_lazy() -> Result<Setelah, GagalMuat> {
    Ok(setelah)
}

/// Before the app starts: an import a closed tab cut short is rolled back, and what start-up
/// must say about it is returned. If its code cannot be fetched, the journal stays (tried
/// again next start) and the person is told.
pub async fn sebelum_mulai(store: &dyn KvStore) -> Option<Pemberitahuan> {
    match store.get(jurnal::KUNCI_JURNAL) {
        Ok(None) => return None,
        Err(e) => return Some(Pemberitahuan::ImporBelumPulih(e)),
        Ok(Some(_)) => {}
    }
    #[cfg(feature = "eager")]
    return pulihkan(store);
    #[cfg(not(feature = "eager"))]
    match pemulihan_lazy().await {
        Ok(f) => f(store),
        Err(GagalMuat(e)) => Some(Pemberitahuan::ImporBelumPulih(
            crate::store::StoreError::Other(e),
        )),
    }
}

/// Once the app is on screen: what to say of unreadable records, and whether a backup was
/// taken (policy: `store::snapshot::otomatis`). Its code cannot be fetched: nothing this
/// visit (the next start tries again).
pub async fn setelah_tampil(
    store: &dyn KvStore,
    sekarang: NaiveDateTime,
) -> (Option<Pemberitahuan>, bool) {
    // No record stored yet (a first visit: at most settings): nothing to check or back up, and
    // no code to fetch.
    if !crate::store::rekaman::ada(store) {
        return (None, false);
    }
    #[cfg(feature = "eager")]
    let f: Result<Setelah, GagalMuat> = Ok(setelah);
    #[cfg(not(feature = "eager"))]
    let f = setelah_lazy().await;
    f.map_or((None, false), |f| f(store, sekarang))
}

/// Asks for the code of the screen the page opens on while start-up reads storage, instead
/// of after: reopening the agency's dashboard, its chunk was asked for only at 0.89 s, once
/// 118 MB had been read, and took 0.9 s more. Only with a role stored (without one the page
/// is the welcome, whatever the address). The route switch later awaits the same fetch.
/// Returns the role and the screen it asked for (the straight reader's early fetch needs both).
pub fn muat_layar_dini(store: &dyn KvStore) -> Option<(Peran, Fitur)> {
    let peran = crate::store::settings::peran_tersimpan(store)?;
    let layar = Fitur::rute_sekarang()?;
    wasm_bindgen_futures::spawn_local(async move {
        let _ = layar.muat().await;
    });
    Some((peran, layar))
}
