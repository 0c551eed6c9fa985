//! The browser's IndexedDB through web-sys's own bindings: database `kinerjaku` (version 3),
//! object stores `ember` (bucket number → the records in it as UTF-8 bytes, see [`ember`]),
//! `data` (every other key → text) and `meta` (one [`Meta`] under the key `meta`). Version 1
//! had no `ember`: opening such a database adds it, and the first write moves its records in.
//! Version 2 stored buckets as strings: they are read as they are and become bytes when next
//! written.
//!
//! Every request and transaction is awaited through one small adapter (a `Promise` whose
//! resolve/reject are the request's own handlers), so no Rust closure type per request kind
//! and no channel: this code is part of the first download (see ARCHITECTURE.md). Requests
//! chained inside one transaction stay valid because a promise resolves in the microtask
//! right after the request's event, while the transaction is still active.

use super::ember;
use super::gudang::Meta;
use crate::store::kv::{KvStore, StoreError};
use crate::store::local::{js_error, LocalStore};
use js_sys::{Array, Promise};
use std::cell::RefCell;
use std::collections::BTreeMap;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

const NAMA_DB: &str = "kinerjaku";
/// Version 3 stores buckets as bytes, which version 2's code reads as no bucket at all: the
/// version change makes any tab still running it close its connection first.
const VERSI_DB: u32 = 3;
pub(super) const DATA: &str = "data";
pub(super) const EMBER: &str = "ember";
pub(super) const META: &str = "meta";

thread_local! {
    /// The open database (JS handles are not `Send`, so it lives here, not in the store).
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

fn tanpa_db() -> StoreError {
    StoreError::Unavailable("IndexedDB".into())
}

/// A stored text: a bucket's UTF-8 bytes (how this version writes them) or a string (every
/// other value, and buckets of database version 2); `None` for anything else.
///
/// Bytes come in with one block copy. A string is copied by `JsValue::as_string`, in a
/// JavaScript loop a character at a time (the browser's encoder was no quicker for long ones:
/// a fifth of an agency's reopen for 100 MB of buckets), which is why buckets are bytes now.
pub(super) fn teks(v: &JsValue) -> Option<String> {
    if let Some(b) = v.dyn_ref::<js_sys::Uint8Array>() {
        // Written by this app as UTF-8. Damaged bytes read as U+FFFD, and one more at the end
        // makes sure the bucket's reader sees a break: the bucket is then kept aside before it
        // is written over, and its entries up to the break are read (nothing dropped unseen).
        return Some(match String::from_utf8(b.to_vec()) {
            Ok(t) => t,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned() + "\u{fffd}",
        });
    }
    v.as_string()
}

/// The value of a finished request (its error, if it failed).
pub(super) async fn hasil(r: &IdbRequest) -> Result<JsValue, StoreError> {
    // Done already (its event went by before anyone waited: requests awaited out of the
    // order they were made): `result` answers only then.
    if let Ok(v) = r.result() {
        return match r.error() {
            Ok(Some(d)) => Err(js_error(d.into())),
            _ => Ok(v),
        };
    }
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
pub(super) async fn selesai(t: &IdbTransaction) -> Result<(), StoreError> {
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

pub(super) fn transaksi(tulis: bool) -> Result<IdbTransaction, StoreError> {
    let mode = if tulis {
        IdbTransactionMode::Readwrite
    } else {
        IdbTransactionMode::Readonly
    };
    DB.with(|d| {
        let db = d.borrow();
        let db = db.as_ref().ok_or_else(tanpa_db)?;
        let toko = Array::of3(&DATA.into(), &EMBER.into(), &META.into());
        db.transaction_with_str_sequence_and_mode(&toko, mode)
            .map_err(js_error)
    })
}

/// Runs the requests of a read-write transaction; any failure aborts it, so requests already
/// made never commit on their own (a transaction commits by itself once idle).
pub(super) async fn utuh<T>(
    t: &IdbTransaction,
    f: impl std::future::Future<Output = Result<T, StoreError>>,
) -> Result<T, StoreError> {
    let r = f.await;
    if r.is_err() {
        let _ = t.abort();
    }
    r
}

pub(super) fn toko(t: &IdbTransaction, nama: &str) -> Result<IdbObjectStore, StoreError> {
    t.object_store(nama).map_err(js_error)
}

pub(super) async fn baca_meta(t: &IdbTransaction) -> Result<Meta, StoreError> {
    let r = toko(t, META)?.get(&META.into()).map_err(js_error)?;
    Ok(Meta::dari_teks(teks(&hasil(&r).await?).as_deref()))
}

pub(super) fn tulis_meta(t: &IdbTransaction, meta: &Meta) -> Result<(), StoreError> {
    toko(t, META)?
        .put_with_key(&meta.ke_teks().into(), &META.into())
        .map(|_| ())
        .map_err(js_error)
}

/// Opens (creating on the first visit, adding `ember` to a version-1 one) the database. Fails
/// where IndexedDB is unavailable (some private modes, disabled by policy): the caller falls
/// back to localStorage. A tab of the older version holding the database open holds the
/// upgrade back: the loading screen asks for it to be closed meanwhile.
pub async fn buka() -> Result<(), StoreError> {
    if DB.with(|d| d.borrow().is_some()) {
        return Ok(());
    }
    let f = web_sys::window()
        .ok_or_else(tanpa_db)?
        .indexed_db()
        .map_err(js_error)?
        .ok_or_else(tanpa_db)?;
    let req = f.open_with_u32(NAMA_DB, VERSI_DB).map_err(js_error)?;
    let naik = Closure::once(move |e: web_sys::Event| {
        let db = e
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok());
        if let Some(db) = db {
            let db: IdbDatabase = db.unchecked_into();
            // Creating a store that exists fails, and is left so: each is created once.
            for nama in [DATA, EMBER, META] {
                let _ = db.create_object_store(nama);
            }
        }
    });
    // Said on the loading screen (the app is not drawn yet), in both languages as it is.
    let tertahan = Closure::<dyn Fn()>::new(|| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("memuat"))
        {
            el.set_text_content(Some(
                "Tutup tab KinerjaKu lain yang masih terbuka: versi ini menunggu untuk membuka \
                 data. / Close the other open KinerjaKu tabs: this version is waiting to open \
                 its data.",
            ));
        }
    });
    req.set_onupgradeneeded(Some(naik.as_ref().unchecked_ref()));
    req.set_onblocked(Some(tertahan.as_ref().unchecked_ref()));
    let db = hasil(req.unchecked_ref()).await;
    req.set_onupgradeneeded(None);
    req.set_onblocked(None);
    let db: IdbDatabase = db?.unchecked_into();
    // A newer version opening in another tab: this connection steps aside (its writes then
    // wait in memory with the banner; closing or reloading the tab asks first).
    let minggir = Closure::<dyn Fn()>::new(tutup);
    db.set_onversionchange(Some(minggir.as_ref().unchecked_ref()));
    minggir.forget();
    DB.with(|d| *d.borrow_mut() = Some(db));
    Ok(())
}

/// Closes the database (a newer version asked for it; the browser tests start a database
/// afresh): later requests fail as IndexedDB unavailable until [`buka`].
pub fn tutup() {
    if let Some(db) = DB.with(|d| d.borrow_mut().take()) {
        db.close();
    }
}

pub(super) fn pasangan(kunci: JsValue, nilai: JsValue) -> Vec<(String, String)> {
    Array::from(&kunci)
        .iter()
        .zip(Array::from(&nilai).iter())
        .filter_map(|(k, v)| Some((k.as_string()?, teks(&v)?)))
        .collect()
}

/// The keys and values of `toko` (in `rentang` when given), in key order: both requests in one
/// transaction see the same state.
pub(super) async fn semua_di(
    toko: &IdbObjectStore,
    rentang: Option<&JsValue>,
) -> Result<(JsValue, JsValue), StoreError> {
    let (k, v) = match rentang {
        Some(r) => (toko.get_all_keys_with_key(r), toko.get_all_with_key(r)),
        None => (toko.get_all_keys(), toko.get_all()),
    };
    let (k, v) = (k.map_err(js_error)?, v.map_err(js_error)?);
    Ok((hasil(&k).await?, hasil(&v).await?))
}

/// Everything stored: `data`'s values and every bucket's records (see [`ember::satukan`]).
/// The four requests go together (one wait, not two).
pub(super) async fn semua(t: &IdbTransaction) -> Result<BTreeMap<String, String>, StoreError> {
    let (data, toko_ember) = (toko(t, DATA)?, toko(t, EMBER)?);
    let minta = [
        data.get_all_keys(),
        data.get_all(),
        toko_ember.get_all_keys(),
        toko_ember.get_all(),
    ];
    let mut hasil_semua = Vec::with_capacity(4);
    for r in minta {
        hasil_semua.push(hasil(&r.map_err(js_error)?).await?);
    }
    let [k, v, ek, ev]: [JsValue; 4] = hasil_semua
        .try_into()
        .map_err(|_| StoreError::Other("IndexedDB getAll".into()))?;
    let (ek, ev) = (Array::from(&ek), Array::from(&ev));
    let isi_ember = ek
        .iter()
        .zip(ev.iter())
        .filter_map(|(n, t)| Some((n.as_f64()? as u32, teks(&t)?)));
    Ok(ember::satukan(pasangan(k, v), isi_ember).0)
}

/// What start-up reads, in one read-only transaction: every value but those of
/// [`super::kunci_dingin`] (the backups listed by their info apart: an agency's are 130 MB
/// each), those keys, and the meta. `data` is read in the ranges before and after the
/// backups', the backups' keys alone, then any backup without its info whole.
pub async fn muat_awal() -> Result<(BTreeMap<String, String>, Vec<String>, Meta), StoreError> {
    use crate::store::snapshot::AWALAN;
    let t = transaksi(false)?;
    let meta = baca_meta(&t).await?;
    let (data, toko_ember) = (toko(&t, DATA)?, toko(&t, EMBER)?);
    // Keys after every backup key: the prefix with its last character, '.', raised by one.
    let batas = format!("{}/", &AWALAN[..AWALAN.len() - 1]);
    let rentang = |r: Result<web_sys::IdbKeyRange, JsValue>| r.map_err(js_error);
    let sebelum = JsValue::from(rentang(web_sys::IdbKeyRange::upper_bound_with_open(
        &AWALAN.into(),
        true,
    ))?);
    let sesudah = JsValue::from(rentang(web_sys::IdbKeyRange::lower_bound(
        &batas.as_str().into(),
    ))?);
    let cadangan = JsValue::from(rentang(
        web_sys::IdbKeyRange::bound_with_lower_open_and_upper_open(
            &AWALAN.into(),
            &batas.as_str().into(),
            false,
            true,
        ),
    )?);
    let minta = [
        data.get_all_keys_with_key(&sebelum),
        data.get_all_with_key(&sebelum),
        data.get_all_keys_with_key(&sesudah),
        data.get_all_with_key(&sesudah),
        data.get_all_keys_with_key(&cadangan),
        toko_ember.get_all_keys(),
        toko_ember.get_all(),
    ];
    let mut h = Vec::with_capacity(minta.len());
    for r in minta {
        h.push(hasil(&r.map_err(js_error)?).await?);
    }
    let mut isi_data = pasangan(h[0].clone(), h[1].clone());
    isi_data.extend(pasangan(h[2].clone(), h[3].clone()));
    let kunci_cadangan: Vec<String> = Array::from(&h[4])
        .iter()
        .filter_map(|k| k.as_string())
        .collect();
    // Both ranges come in key order, one after the other: sorted.
    let dingin = super::kunci_dingin(&kunci_cadangan, |k| {
        isi_data
            .binary_search_by(|(x, _)| x.as_str().cmp(k))
            .is_ok()
    });
    // Backups an earlier version stored without their info: read whole, as before.
    for k in kunci_cadangan.iter().filter(|k| !dingin.contains(*k)) {
        let r = data.get(&k.as_str().into()).map_err(js_error)?;
        if let Some(v) = teks(&hasil(&r).await?) {
            isi_data.push((k.clone(), v));
        }
    }
    let (ek, ev) = (Array::from(&h[5]), Array::from(&h[6]));
    let isi_ember = ek
        .iter()
        .zip(ev.iter())
        .filter_map(|(n, t)| Some((n.as_f64()? as u32, teks(&t)?)));
    Ok((ember::satukan(isi_data, isi_ember).0, dingin, meta))
}

/// Everything stored and the meta, in one read-only transaction.
pub async fn muat() -> Result<(BTreeMap<String, String>, Meta), StoreError> {
    let t = transaksi(false)?;
    let meta = baca_meta(&t).await?;
    let isi = semua(&t).await?;
    Ok((isi, meta))
}

/// The meta alone (start-up asks whether IndexedDB is live before a move).
pub async fn meta() -> Result<Meta, StoreError> {
    baca_meta(&transaksi(false)?).await
}

/// Empties both object stores (the browser tests start each case from a new database).
pub async fn kosongkan() -> Result<(), StoreError> {
    let t = transaksi(true)?;
    for nama in [DATA, EMBER, META] {
        toko(&t, nama)?.clear().map_err(js_error)?;
    }
    selesai(&t).await
}

/// Tells other tabs (their `storage` event) that storage is now at `gen`.
pub fn tik(gen: u64) {
    let _ = LocalStore.set_raw(super::KUNCI_TIK, &gen.to_string());
}

pub use super::web_gudang::IdbGudang;
