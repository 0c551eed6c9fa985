//! Start-up work that most visits never need, kept out of the first download: rolling back an
//! import a closed tab cut short (its code is fetched only when its journal is there, and runs
//! before the app reads any data), and the automatic daily backup (fetched after the app is on
//! screen). Both chunks are precached by the service worker, so they work offline too.

use super::layar::GagalMuat;
use super::state::Pemberitahuan;
use crate::store::jurnal::{self, Mulai};
use crate::store::{KvStore, StoreError};
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
type Otomatis = fn(&dyn KvStore, NaiveDateTime) -> Result<bool, StoreError>;

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(pemulihan, wasm_split_path = ::leptos::wasm_split, fallible)]
fn pemulihan_lazy() -> Result<Pulihkan, GagalMuat> {
    Ok(pulihkan)
}

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(cadangan_otomatis, wasm_split_path = ::leptos::wasm_split, fallible)]
fn otomatis_lazy() -> Result<Otomatis, GagalMuat> {
    Ok(crate::store::snapshot::otomatis)
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
        Err(GagalMuat(e)) => Some(Pemberitahuan::ImporBelumPulih(StoreError::Other(e))),
    }
}

/// The automatic backup (policy: `store::snapshot::otomatis`), once the app is on screen;
/// whether one was taken. A failure is not fatal: the data itself is untouched.
pub async fn cadangan_otomatis(store: &dyn KvStore, sekarang: NaiveDateTime) -> bool {
    // No record stored yet (a first visit: at most settings): nothing worth a backup, and no
    // code to fetch.
    if !crate::store::rekaman::ada(store) {
        return false;
    }
    #[cfg(feature = "eager")]
    let f: Result<Otomatis, GagalMuat> = Ok(crate::store::snapshot::otomatis);
    #[cfg(not(feature = "eager"))]
    let f = otomatis_lazy().await;
    f.is_ok_and(|f| f(store, sekarang).unwrap_or(false))
}
