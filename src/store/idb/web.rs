//! The browser's IndexedDB through web-sys's own bindings: database `kinerjaku`, object
//! stores `data` (key → text) and `meta` (one [`Meta`] under the key `meta`).
//!
//! Every request and transaction is awaited through one small adapter (a `Promise` whose
//! resolve/reject are the request's own handlers), so no Rust closure type per request kind
//! and no channel: this code is part of the first download (see ARCHITECTURE.md). Requests
//! chained inside one transaction stay valid because a promise resolves in the microtask
//! right after the request's event, while the transaction is still active.

use super::gudang::{ada_bentrok, Asing, Gudang, Hasil, Janji, Kiriman, Meta};
use crate::store::kv::{KvStore, StoreError};
use crate::store::local::{js_error, LocalStore};
use js_sys::{Array, Promise};
use std::cell::RefCell;
use std::collections::BTreeMap;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

const NAMA_DB: &str = "kinerjaku";
const DATA: &str = "data";
const META: &str = "meta";

thread_local! {
    /// The open database (JS handles are not `Send`, so it lives here, not in the store).
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

fn tanpa_db() -> StoreError {
    StoreError::Unavailable("IndexedDB".into())
}

/// The value of a finished request (its error, if it failed).
async fn hasil(r: &IdbRequest) -> Result<JsValue, StoreError> {
    let p = Promise::new(&mut |ok, gagal| {
        r.set_onsuccess(Some(&ok));
        r.set_onerror(Some(&gagal));
    });
    if JsFuture::from(p).await.is_err() {
        return Err(r.error().ok().flatten().map_or_else(
            || StoreError::Other("IndexedDB request".into()),
            |d| js_error(d.into()),
        ));
    }
    r.result().map_err(js_error)
}

/// Waits for a transaction to commit; an abort (quota full, a failed request) is its error.
async fn selesai(t: &IdbTransaction) -> Result<(), StoreError> {
    let p = Promise::new(&mut |ok, gagal| {
        t.set_oncomplete(Some(&ok));
        t.set_onabort(Some(&gagal));
    });
    match JsFuture::from(p).await {
        Ok(_) => Ok(()),
        Err(_) => Err(t.error().map_or_else(
            || StoreError::Other("IndexedDB transaction aborted".into()),
            |d| js_error(d.into()),
        )),
    }
}

fn transaksi(tulis: bool) -> Result<IdbTransaction, StoreError> {
    let mode = if tulis {
        IdbTransactionMode::Readwrite
    } else {
        IdbTransactionMode::Readonly
    };
    DB.with(|d| {
        let db = d.borrow();
        let db = db.as_ref().ok_or_else(tanpa_db)?;
        db.transaction_with_str_sequence_and_mode(&Array::of2(&DATA.into(), &META.into()), mode)
            .map_err(js_error)
    })
}

/// Runs the requests of a read-write transaction; any failure aborts it, so requests already
/// made never commit on their own (a transaction commits by itself once idle).
async fn utuh<T>(
    t: &IdbTransaction,
    f: impl std::future::Future<Output = Result<T, StoreError>>,
) -> Result<T, StoreError> {
    let r = f.await;
    if r.is_err() {
        let _ = t.abort();
    }
    r
}

fn toko(t: &IdbTransaction, nama: &str) -> Result<IdbObjectStore, StoreError> {
    t.object_store(nama).map_err(js_error)
}

async fn baca_meta(t: &IdbTransaction) -> Result<Meta, StoreError> {
    let r = toko(t, META)?.get(&META.into()).map_err(js_error)?;
    Ok(Meta::dari_teks(hasil(&r).await?.as_string().as_deref()))
}

fn tulis_meta(t: &IdbTransaction, meta: &Meta) -> Result<(), StoreError> {
    toko(t, META)?
        .put_with_key(&meta.ke_teks().into(), &META.into())
        .map(|_| ())
        .map_err(js_error)
}

/// Opens (creating on the first visit) the database. Fails where IndexedDB is unavailable
/// (some private modes, disabled by policy): the caller falls back to localStorage.
pub async fn buka() -> Result<(), StoreError> {
    if DB.with(|d| d.borrow().is_some()) {
        return Ok(());
    }
    let f = web_sys::window()
        .ok_or_else(tanpa_db)?
        .indexed_db()
        .map_err(js_error)?
        .ok_or_else(tanpa_db)?;
    let req = f.open_with_u32(NAMA_DB, 1).map_err(js_error)?;
    let naik = Closure::once(move |e: web_sys::Event| {
        let db = e
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok());
        if let Some(db) = db {
            let db: IdbDatabase = db.unchecked_into();
            let _ = db.create_object_store(DATA);
            let _ = db.create_object_store(META);
        }
    });
    req.set_onupgradeneeded(Some(naik.as_ref().unchecked_ref()));
    let db = hasil(req.unchecked_ref()).await;
    req.set_onupgradeneeded(None);
    let db: IdbDatabase = db?.unchecked_into();
    DB.with(|d| *d.borrow_mut() = Some(db));
    Ok(())
}

fn teks_semua(kunci: JsValue, nilai: JsValue) -> BTreeMap<String, String> {
    Array::from(&kunci)
        .iter()
        .zip(Array::from(&nilai).iter())
        .filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?)))
        .collect()
}

async fn semua(data: &IdbObjectStore) -> Result<BTreeMap<String, String>, StoreError> {
    // Both requests in one transaction see the same state, in the same (key) order.
    let k = data.get_all_keys().map_err(js_error)?;
    let v = data.get_all().map_err(js_error)?;
    Ok(teks_semua(hasil(&k).await?, hasil(&v).await?))
}

/// Everything stored and the meta, in one read-only transaction (start-up).
pub async fn muat() -> Result<(BTreeMap<String, String>, Meta), StoreError> {
    let t = transaksi(false)?;
    let meta = baca_meta(&t).await?;
    let isi = semua(&toko(&t, DATA)?).await?;
    Ok((isi, meta))
}

/// The meta alone (start-up asks whether IndexedDB is live before a move).
pub async fn meta() -> Result<Meta, StoreError> {
    baca_meta(&transaksi(false)?).await
}

/// Empties both object stores (the browser tests start each case from a new database).
pub async fn kosongkan() -> Result<(), StoreError> {
    let t = transaksi(true)?;
    toko(&t, DATA)?.clear().map_err(js_error)?;
    toko(&t, META)?.clear().map_err(js_error)?;
    selesai(&t).await
}

/// Tells other tabs (their `storage` event) that storage is now at `gen`.
pub fn tik(gen: u64) {
    let _ = LocalStore.set_raw(super::KUNCI_TIK, &gen.to_string());
}

async fn baca_kunci(
    data: &IdbObjectStore,
    kunci: impl Iterator<Item = String>,
) -> Result<Vec<(String, Option<String>)>, StoreError> {
    let mut minta = Vec::new();
    for k in kunci {
        let r = data.get(&JsValue::from_str(&k)).map_err(js_error)?;
        minta.push((k, r));
    }
    let mut out = Vec::with_capacity(minta.len());
    for (k, r) in minta {
        out.push((k, hasil(&r).await?.as_string()));
    }
    Ok(out)
}

/// What other tabs changed since `sejak`, read in transaction `t`.
async fn asing(t: &IdbTransaction, meta: &Meta, sejak: u64) -> Result<Asing, StoreError> {
    let data = toko(t, DATA)?;
    Ok(match meta.berubah_sejak(sejak) {
        Some(k) => Asing::Kunci(baca_kunci(&data, k.into_iter()).await?),
        None => Asing::Semua(semua(&data).await?),
    })
}

/// [`Gudang`] over the open database.
pub struct IdbGudang;

impl Gudang for IdbGudang {
    fn meta(&self) -> Janji<'_, Meta> {
        Box::pin(meta())
    }

    fn baca<'a>(&'a self, kunci: &'a [String]) -> Janji<'a, Vec<Option<String>>> {
        Box::pin(async move {
            let t = transaksi(false)?;
            let v = baca_kunci(&toko(&t, DATA)?, kunci.iter().cloned()).await?;
            Ok(v.into_iter().map(|(_, v)| v).collect())
        })
    }

    fn tulis<'a>(&'a self, k: &'a Kiriman) -> Janji<'a, Hasil> {
        Box::pin(async move {
            let t = transaksi(true)?;
            utuh(&t, async {
                let mut meta = baca_meta(&t).await?;
                let asing = asing(&t, &meta, k.gen).await?;
                if ada_bentrok(k, &asing) {
                    let _ = t.abort();
                    return Ok(Hasil::Bentrok {
                        gen: meta.gen,
                        asing,
                    });
                }
                let data = toko(&t, DATA)?;
                for (kunci, v) in &k.ubah {
                    let kunci = JsValue::from_str(kunci);
                    match v {
                        Some(v) => data.put_with_key(&JsValue::from_str(v), &kunci),
                        None => data.delete(&kunci),
                    }
                    .map_err(js_error)?;
                }
                meta.catat(k.ubah.iter().map(|(k, _)| k));
                tulis_meta(&t, &meta)?;
                selesai(&t).await?;
                Ok(Hasil::Masuk {
                    gen: meta.gen,
                    asing,
                })
            })
            .await
        })
    }

    fn tarik(&self, sejak: u64) -> Janji<'_, (u64, Asing)> {
        Box::pin(async move {
            let t = transaksi(false)?;
            let meta = baca_meta(&t).await?;
            let asing = asing(&t, &meta, sejak).await?;
            Ok((meta.gen, asing))
        })
    }

    fn ganti<'a>(&'a self, isi: &'a [(String, String)]) -> Janji<'a, ()> {
        Box::pin(async move {
            let t = transaksi(true)?;
            utuh(&t, async {
                let mut meta = baca_meta(&t).await?;
                if meta.hidup {
                    return Err(StoreError::Other("IndexedDB is live already".into()));
                }
                let data = toko(&t, DATA)?;
                data.clear().map_err(js_error)?;
                for (k, v) in isi {
                    data.put_with_key(&JsValue::from_str(v), &JsValue::from_str(k))
                        .map_err(js_error)?;
                }
                meta.gen += 1;
                meta.log = vec![(meta.gen, None)];
                tulis_meta(&t, &meta)?;
                selesai(&t).await
            })
            .await
        })
    }

    fn tandai_hidup(&self) -> Janji<'_, ()> {
        Box::pin(async move {
            let t = transaksi(true)?;
            utuh(&t, async {
                let mut meta = baca_meta(&t).await?;
                meta.hidup = true;
                tulis_meta(&t, &meta)?;
                selesai(&t).await
            })
            .await
        })
    }
}
