//! The import engine: reading, checking and planning bundles against what is stored, and
//! applying a plan. It is its own lazy chunk, fetched the first time files are picked, so
//! opening the Data screen to export costs only the screen's code (see `ui::layar`).

use crate::bundle::gabung::Pilihan;
use crate::bundle::validasi::Batas;
use crate::store::impor::{self, GagalUrungImpor, Kumpulan, RingkasanImpor, UndoImpor};
use crate::store::jurnal::GagalUbah;
use crate::store::{KvStore, StoreError};
use crate::ui::layar::GagalMuat;
use chrono::NaiveDateTime;
use std::collections::HashMap;

/// The engine's entry points (function pointers, so calling them needs no further fetch).
#[derive(Clone, Copy)]
pub struct Mesin {
    /// A batch over what is stored now (storage read and indexed once).
    pub mulai: fn(&dyn KvStore, Batas) -> Result<Kumpulan, StoreError>,
    /// One more file read and planned (the dry run), its digest left to [`Mesin::cerna`].
    pub tambah: fn(&mut Kumpulan, &dyn KvStore, String, String) -> Result<(), StoreError>,
    /// The SHA-256 of file `i`'s digest asked of WebCrypto, which hashes natively (the CPU's
    /// SHA instructions): `None` where nothing waits or WebCrypto is not there (plain HTTP off
    /// localhost).
    pub cerna: fn(&Kumpulan, usize) -> Option<js_sys::Promise>,
    /// File `i`'s digest checked with what that promise gave (`None`: hashed in the app).
    pub cerna_selesai: fn(&mut Kumpulan, usize, Option<wasm_bindgen::JsValue>),
    /// Every file is in: the texts no apply can need are let go.
    pub lepas_teks: fn(&mut Kumpulan),
    #[allow(clippy::type_complexity)]
    pub terapkan: fn(
        &Kumpulan,
        &dyn KvStore,
        &HashMap<String, Pilihan>,
        NaiveDateTime,
    ) -> Result<RingkasanImpor, GagalUbah>,
    pub urungkan: fn(&dyn KvStore, &UndoImpor, NaiveDateTime) -> Result<usize, GagalUrungImpor>,
}

fn mesin() -> Mesin {
    Mesin {
        mulai: Kumpulan::baru,
        tambah: Kumpulan::tambah_tunda,
        cerna,
        cerna_selesai,
        lepas_teks: Kumpulan::lepas_teks,
        terapkan: Kumpulan::terapkan,
        urungkan: impor::urungkan,
    }
}

fn cerna(k: &Kumpulan, i: usize) -> Option<js_sys::Promise> {
    let byte = k.menunggu_digest(i)?;
    let w = web_sys::window().filter(|w| w.is_secure_context())?;
    // WebCrypto copies the bytes before this returns.
    let subtle = w.crypto().ok()?.subtle();
    subtle.digest_with_str_and_u8_array("SHA-256", byte).ok()
}

fn cerna_selesai(k: &mut Kumpulan, i: usize, hasil: Option<wasm_bindgen::JsValue>) {
    let sha = hasil.and_then(|b| {
        let b = js_sys::Uint8Array::new(&b);
        let mut h = [0u8; 32];
        (b.length() == 32).then(|| b.copy_to(&mut h)).map(|_| h)
    });
    k.digest_selesai(i, sha);
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
