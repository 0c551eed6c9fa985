//! Opening storage at start-up, before the app reads anything: IndexedDB when the browser
//! has it, after moving what today's release kept in localStorage (once; its code is its own
//! chunk, fetched only when localStorage holds such keys), else localStorage with a notice.
//! The background writer of the IndexedDB backend is a chunk too (`idb_tulis`), fetched with
//! the first write: start-up itself only opens the database and reads it in.

use super::layar::GagalMuat;
use super::state::Pemberitahuan;
use crate::store::idb::gudang::{Gudang, Janji};
use crate::store::idb::{pindah, siram, web, IdbStore, Kait};
use crate::store::{KvStore, LocalStore, StoreError};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

type Pindahkan = fn() -> Pin<Box<dyn Future<Output = Result<pindah::Laporan, StoreError>>>>;
type Pekerja = fn(IdbStore) -> Pin<Box<dyn Future<Output = ()>>>;

fn pindahkan() -> Pin<Box<dyn Future<Output = Result<pindah::Laporan, StoreError>>>> {
    Box::pin(async { pindah::pindahkan(&LocalStore, &web::IdbGudang).await })
}

fn pekerja(store: IdbStore) -> Pin<Box<dyn Future<Output = ()>>> {
    Box::pin(async move { siram::siram(&store, &web::IdbGudang).await })
}

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(pindah_idb, wasm_split_path = ::leptos::wasm_split, fallible)]
fn pindah_lazy() -> Result<Pindahkan, GagalMuat> {
    Ok(pindahkan)
}

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(idb_tulis, wasm_split_path = ::leptos::wasm_split, fallible)]
fn pekerja_lazy() -> Result<Pekerja, GagalMuat> {
    Ok(pekerja)
}

async fn muat_pindah() -> Result<Pindahkan, GagalMuat> {
    #[cfg(feature = "eager")]
    return Ok(pindahkan);
    #[cfg(not(feature = "eager"))]
    pindah_lazy().await
}

/// Starts the background writer (see `store::idb::siram`).
fn jadwal(store: &IdbStore) {
    let store = store.clone();
    wasm_bindgen_futures::spawn_local(async move {
        #[cfg(feature = "eager")]
        let f: Result<Pekerja, GagalMuat> = Ok(pekerja);
        #[cfg(not(feature = "eager"))]
        let f = pekerja_lazy().await;
        match f {
            Ok(f) => f(store).await,
            Err(GagalMuat(e)) => store.berhenti(StoreError::Other(e)),
        }
    });
}

type Baca = fn(Vec<String>) -> Janji<'static, Vec<Option<String>>>;

fn baca_dingin(kunci: Vec<String>) -> Janji<'static, Vec<Option<String>>> {
    Box::pin(async move { web::IdbGudang.baca(&kunci).await })
}

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(idb_baca, wasm_split_path = ::leptos::wasm_split, fallible)]
fn baca_lazy() -> Result<Baca, GagalMuat> {
    Ok(baca_dingin)
}

/// Reads values start-up left in IndexedDB (a backup about to be restored); the code is a
/// chunk of its own, as only a restore asks.
fn baca(kunci: Vec<String>) -> Janji<'static, Vec<Option<String>>> {
    Box::pin(async move {
        #[cfg(feature = "eager")]
        let f: Result<Baca, GagalMuat> = Ok(baca_dingin);
        #[cfg(not(feature = "eager"))]
        let f = baca_lazy().await;
        match f {
            Ok(f) => f(kunci).await,
            Err(GagalMuat(e)) => Err(StoreError::Other(e)),
        }
    })
}

/// The storage generation this tab has read up to, as `<html data-generasi>`: what a test of
/// two tabs (or a person looking into one) waits for, instead of a fixed time.
fn terbaca(gen: u64) {
    let html = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(h) = html {
        let _ = h.set_attribute("data-generasi", &gen.to_string());
    }
}

pub const KAIT: Kait = Kait {
    jadwal,
    tik: web::tik,
    terbaca,
    baca,
};

/// The store the app runs on, and what start-up has to say about it.
pub async fn buka() -> (Arc<dyn KvStore>, Option<Pemberitahuan>) {
    let lokal: Arc<dyn KvStore> = Arc::new(LocalStore);
    if let Err(e) = web::buka().await {
        return (lokal, Some(Pemberitahuan::TanpaIdb(e)));
    }
    let mut awal = None;
    if pindah::perlu(&LocalStore) {
        let hasil = match muat_pindah().await {
            Ok(f) => f().await,
            Err(GagalMuat(e)) => Err(StoreError::Other(e)),
        };
        match hasil {
            Ok(lap) if !lap.dikarantina.is_empty() => {
                awal = Some(Pemberitahuan::Bentrok(lap.dikarantina));
            }
            Ok(_) => {}
            Err(e) => {
                // Not moved yet: the data is in localStorage, untouched, and the app runs
                // there. Already live: these are leftovers; they wait for the next start.
                if !web::meta().await.is_ok_and(|m| m.hidup) {
                    return (lokal, Some(Pemberitahuan::PindahGagal(e)));
                }
                awal = Some(Pemberitahuan::PindahGagal(e));
            }
        }
    }
    match web::muat_awal().await {
        Ok((isi, dingin, meta)) => {
            let store = IdbStore::baru(isi, meta.gen, lokal, KAIT).dengan_dingin(dingin);
            // Read up to here: shown before any writer runs (a tab that only reads too).
            terbaca(meta.gen);
            if meta.lawas {
                store.rapikan_nanti();
            }
            (Arc::new(store), awal)
        }
        Err(e) => (lokal, Some(Pemberitahuan::TanpaIdb(e))),
    }
}
