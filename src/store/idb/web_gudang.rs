//! [`Gudang`] over the browser's IndexedDB (see `web.rs` for the database and its requests):
//! reads by key through the buckets, the write transaction (other tabs' changes read first,
//! refused on a conflict, records written bucket by bucket), the move from localStorage, and
//! the move of layout-1 records into buckets.

use super::ember::{self, di_ember, nomor};
use super::gudang::{ada_bentrok, Asing, Gudang, Hasil, Janji, Kiriman, Meta};
use super::web::{
    baca_meta, hasil, meta, pasangan, selesai, semua, semua_di, teks, toko, transaksi, tulis_meta,
    utuh, DATA, EMBER,
};
use crate::store::kv::StoreError;
use crate::store::local::js_error;
use crate::store::rekaman::AWALAN_REKAMAN;
use std::collections::BTreeMap;
use wasm_bindgen::JsValue;
use web_sys::{IdbKeyRange, IdbObjectStore, IdbRequest, IdbTransaction};

fn ke_js(n: u32) -> JsValue {
    JsValue::from(n)
}

/// The value of each key now: a record's from its bucket (each bucket read once), or while
/// `lawas` from `data` where layout 1 left it; any other key's from `data`.
async fn baca_kunci(
    t: &IdbTransaction,
    lawas: bool,
    kunci: impl Iterator<Item = String>,
) -> Result<Vec<(String, Option<String>)>, StoreError> {
    let (data, toko_ember) = (toko(t, DATA)?, toko(t, EMBER)?);
    let mut minta_ember: BTreeMap<u32, IdbRequest> = BTreeMap::new();
    let mut minta = Vec::new();
    for k in kunci {
        let tunggal = if di_ember(&k) {
            let n = nomor(&k);
            if let std::collections::btree_map::Entry::Vacant(e) = minta_ember.entry(n) {
                e.insert(toko_ember.get(&ke_js(n)).map_err(js_error)?);
            }
            lawas.then(|| data.get(&JsValue::from_str(&k)))
        } else {
            Some(data.get(&JsValue::from_str(&k)))
        };
        minta.push((k, tunggal.transpose().map_err(js_error)?));
    }
    let mut teks_ember = BTreeMap::new();
    for (n, r) in minta_ember {
        teks_ember.insert(n, teks(&hasil(&r).await?));
    }
    let isi_ember: BTreeMap<u32, BTreeMap<&str, &str>> = teks_ember
        .iter()
        .map(|(n, t)| {
            let isi = t.as_deref().map(|t| ember::baca(t).entri);
            (*n, isi.unwrap_or_default().into_iter().collect())
        })
        .collect();
    let mut out = Vec::with_capacity(minta.len());
    for (k, r) in minta {
        let dari_ember = di_ember(&k)
            .then(|| isi_ember.get(&nomor(&k)).and_then(|e| e.get(k.as_str())))
            .flatten()
            .map(|v| v.to_string());
        let v = match (dari_ember, r) {
            (Some(v), _) => Some(v),
            (None, Some(r)) => teks(&hasil(&r).await?),
            (None, None) => None,
        };
        out.push((k, v));
    }
    Ok(out)
}

/// What other tabs changed since `sejak`, read in transaction `t`.
async fn asing(t: &IdbTransaction, meta: &Meta, sejak: u64) -> Result<Asing, StoreError> {
    Ok(match meta.berubah_sejak(sejak) {
        Some(k) => Asing::Kunci(baca_kunci(t, meta.lawas, k.into_iter()).await?),
        None => Asing::Semua(semua(t).await?),
    })
}

/// The stored text of each bucket in `nomor` (requests made together, then awaited).
async fn baca_ember(
    toko_ember: &IdbObjectStore,
    nomor: impl Iterator<Item = u32>,
) -> Result<Vec<(u32, Option<String>)>, StoreError> {
    let minta: Vec<(u32, IdbRequest)> = nomor
        .map(|n| Ok((n, toko_ember.get(&ke_js(n)).map_err(js_error)?)))
        .collect::<Result<_, StoreError>>()?;
    let mut out = Vec::with_capacity(minta.len());
    for (n, r) in minta {
        out.push((n, teks(&hasil(&r).await?)));
    }
    Ok(out)
}

/// Writes a bucket's new text (removes it when empty). A stored text that broke off is kept
/// aside in `data` first (its key returned, for the log): never written over.
fn tulis_ember(
    t: &IdbTransaction,
    n: u32,
    lama: Option<&str>,
    baru: &ember::Gabung,
    gen: u64,
) -> Result<Option<String>, StoreError> {
    let mut disisihkan = None;
    if let (true, Some(lama)) = (baru.rusak, lama) {
        let k = ember::kunci_rusak(n, gen);
        toko(t, DATA)?
            .put_with_key(&JsValue::from_str(lama), &JsValue::from_str(&k))
            .map_err(js_error)?;
        disisihkan = Some(k);
    }
    let toko_ember = toko(t, EMBER)?;
    match &baru.teks {
        // As UTF-8 bytes: read back at start-up with one copy (see `web::teks`).
        Some(teks) => {
            toko_ember.put_with_key(&js_sys::Uint8Array::from(teks.as_bytes()), &ke_js(n))
        }
        None => toko_ember.delete(&ke_js(n)),
    }
    .map_err(js_error)?;
    Ok(disisihkan)
}

/// Moves layout-1 records (one per key in `data`) into their buckets inside `t`: the buckets
/// written, read back and compared, and only then the old values removed (one range delete).
/// Returns the keys of broken buckets kept aside.
async fn pindahkan_lawas(t: &IdbTransaction, gen: u64) -> Result<Vec<String>, StoreError> {
    let data = toko(t, DATA)?;
    let toko_ember = toko(t, EMBER)?;
    let rentang: JsValue = IdbKeyRange::bound(
        &AWALAN_REKAMAN.into(),
        &format!("{AWALAN_REKAMAN}\u{ffff}").into(),
    )
    .map_err(js_error)?
    .into();
    let (k, v) = semua_di(&data, Some(&rentang)).await?;
    let lawas = pasangan(k, v);
    if lawas.is_empty() {
        return Ok(Vec::new());
    }
    let nomor_lawas: std::collections::BTreeSet<u32> =
        lawas.iter().map(|(k, _)| nomor(k)).collect();
    let tersimpan: BTreeMap<u32, Option<String>> = baca_ember(&toko_ember, nomor_lawas.into_iter())
        .await?
        .into_iter()
        .collect();
    let baru = ember::pindahan(&lawas, |n| tersimpan.get(&n).and_then(|t| t.as_deref()));
    let mut disisihkan = Vec::new();
    for (n, g) in &baru {
        let lama = tersimpan.get(n).and_then(|t| t.as_deref());
        disisihkan.extend(tulis_ember(t, *n, lama, g, gen)?);
    }
    let balik = baca_ember(&toko_ember, baru.iter().map(|(n, _)| *n)).await?;
    if let Some(((n, _), _)) = baru
        .iter()
        .zip(&balik)
        .find(|((_, g), (_, b))| *b != g.teks)
    {
        return Err(StoreError::VerifyFailed {
            key: format!("{EMBER} {n}"),
        });
    }
    data.delete(&rentang).map_err(js_error)?;
    Ok(disisihkan)
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
            let lawas = baca_meta(&t).await?.lawas;
            let v = baca_kunci(&t, lawas, kunci.iter().cloned()).await?;
            Ok(v.into_iter().map(|(_, v)| v).collect())
        })
    }

    fn tulis<'a>(&'a self, k: &'a Kiriman) -> Janji<'a, Hasil> {
        Box::pin(async move {
            let t = transaksi(true)?;
            utuh(&t, async {
                let mut meta = baca_meta(&t).await?;
                let mut disisihkan = Vec::new();
                if meta.lawas {
                    disisihkan = pindahkan_lawas(&t, meta.gen + 1).await?;
                    meta.lawas = false;
                }
                let asing = asing(&t, &meta, k.gen).await?;
                if ada_bentrok(k, &asing) {
                    let _ = t.abort();
                    return Ok(Hasil::Bentrok {
                        gen: meta.gen,
                        asing,
                    });
                }
                let data = toko(&t, DATA)?;
                for (kunci, v) in k.ubah.iter().filter(|(k, _)| !di_ember(k)) {
                    let kunci = JsValue::from_str(kunci);
                    match v {
                        Some(v) => data.put_with_key(&JsValue::from_str(v), &kunci),
                        None => data.delete(&kunci),
                    }
                    .map_err(js_error)?;
                }
                let kelompok =
                    ember::per_ember(k.ubah.iter().map(|(k, v)| (k.as_str(), v.as_deref())));
                let lama = baca_ember(&toko(&t, EMBER)?, kelompok.keys().copied()).await?;
                for ((n, ubah), (_, lama)) in kelompok.iter().zip(&lama) {
                    let baru = ember::gabung(lama.as_deref(), ubah);
                    disisihkan.extend(tulis_ember(&t, *n, lama.as_deref(), &baru, meta.gen + 1)?);
                }
                meta.catat(k.ubah.iter().map(|(k, _)| k).chain(&disisihkan));
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
                let toko_ember = toko(&t, EMBER)?;
                data.clear().map_err(js_error)?;
                toko_ember.clear().map_err(js_error)?;
                for (k, v) in isi.iter().filter(|(k, _)| !di_ember(k)) {
                    data.put_with_key(&JsValue::from_str(v), &JsValue::from_str(k))
                        .map_err(js_error)?;
                }
                let kelompok =
                    ember::per_ember(isi.iter().map(|(k, v)| (k.as_str(), Some(v.as_str()))));
                for (n, ubah) in &kelompok {
                    let baru = ember::gabung(None, ubah);
                    tulis_ember(&t, *n, None, &baru, meta.gen + 1)?;
                }
                meta.gen += 1;
                meta.log = vec![(meta.gen, None)];
                meta.lawas = false;
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

    fn rapikan(&self) -> Janji<'_, ()> {
        Box::pin(async move {
            let t = transaksi(true)?;
            utuh(&t, async {
                let mut meta = baca_meta(&t).await?;
                if !meta.lawas {
                    return Ok(());
                }
                let disisihkan = pindahkan_lawas(&t, meta.gen + 1).await?;
                meta.lawas = false;
                // Only a broken bucket kept aside is news to other tabs.
                if !disisihkan.is_empty() {
                    meta.catat(disisihkan.iter());
                }
                tulis_meta(&t, &meta)?;
                selesai(&t).await
            })
            .await
        })
    }
}
