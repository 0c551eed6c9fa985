//! The import engine: reading, checking and planning bundles against what is stored, and
//! applying a plan. It is its own lazy chunk, fetched the first time files are picked, so
//! opening the Data screen to export costs only the screen's code (see `ui::layar`).

use crate::bundle::gabung::Pilihan;
use crate::bundle::validasi::Batas;
use crate::store::impor::{self, GagalUrungImpor, LaporanBerkas, RingkasanImpor, UndoImpor};
use crate::store::jurnal::GagalUbah;
use crate::store::{KvStore, StoreError};
use crate::ui::layar::GagalMuat;
use chrono::NaiveDateTime;
use std::collections::HashMap;

/// The engine's entry points (function pointers, so calling them needs no further fetch).
#[derive(Clone, Copy)]
pub struct Mesin {
    pub rencanakan: fn(&dyn KvStore, &str, &str, &Batas) -> Result<LaporanBerkas, StoreError>,
    #[allow(clippy::type_complexity)]
    pub terapkan: fn(
        &dyn KvStore,
        &[LaporanBerkas],
        &[(String, String)],
        &HashMap<String, Pilihan>,
        NaiveDateTime,
        &Batas,
    ) -> Result<RingkasanImpor, GagalUbah>,
    pub urungkan: fn(&dyn KvStore, &UndoImpor, NaiveDateTime) -> Result<usize, GagalUrungImpor>,
}

fn mesin() -> Mesin {
    Mesin {
        rencanakan: impor::rencanakan_berkas,
        terapkan: impor::terapkan_semua,
        urungkan: impor::urungkan,
    }
}

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(impor, wasm_split_path = ::leptos::wasm_split, fallible)]
fn mesin_lazy() -> Result<Mesin, GagalMuat> {
    Ok(mesin())
}

/// The engine, fetched once (later calls return at once).
pub async fn muat() -> Result<Mesin, GagalMuat> {
    #[cfg(not(feature = "eager"))]
    return mesin_lazy().await;
    #[cfg(feature = "eager")]
    Ok(mesin())
}
