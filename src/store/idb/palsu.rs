//! A native stand-in for IndexedDB ([`Gudang`]) with the same transaction rules and layout as
//! `web.rs` (records in buckets, everything else alone in `data`, layout-1 records moved by
//! the first write), failures on demand, and another tab's writes; and a way to run its
//! (never waiting) futures.

use super::ember::{self, di_ember};
use super::gudang::{ada_bentrok, Asing, Gudang, Hasil, Janji, Kiriman, Meta};
use crate::store::kv::StoreError;
use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Mutex;
use std::task::{Context, Poll, Waker};

/// Runs a future that is ready at once (every future of the fake is).
pub fn tunggu<F: Future>(f: F) -> F::Output {
    let mut f = std::pin::pin!(f);
    match f.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(v) => v,
        Poll::Pending => panic!("the fake storage never waits"),
    }
}

#[derive(Default)]
pub struct GudangPalsu {
    /// Every key stored alone (and, while `meta.lawas`, layout-1 records).
    pub data: Mutex<BTreeMap<String, String>>,
    /// Bucket number → its text.
    pub ember: Mutex<BTreeMap<u32, String>>,
    pub meta: Mutex<Meta>,
    /// The next transactions that write fail with this, as many as given (then work again).
    pub gagal: Mutex<Vec<StoreError>>,
    /// Reads return this for every key (a read-back that does not match).
    pub baca_palsu: Mutex<Option<String>>,
    /// Transactions that wrote.
    pub transaksi: Mutex<usize>,
    /// Every transaction writing a key that starts with this fails, storage full (a value too
    /// large for the room left, while small ones fit).
    pub penuh_untuk: Mutex<Option<&'static str>>,
}

fn siap<'a, T: 'a>(v: Result<T, StoreError>) -> Janji<'a, T> {
    Box::pin(std::future::ready(v))
}

impl GudangPalsu {
    /// Everything stored, as the app reads it at start-up.
    pub fn isi(&self) -> BTreeMap<String, String> {
        let data = self.data.lock().unwrap().clone();
        let ember = self.ember.lock().unwrap().clone();
        ember::satukan(data, ember).0
    }

    /// What start-up reads ([`super::web::muat_awal`]): every value but the backups listed by
    /// their info apart, and those keys.
    pub fn isi_awal(&self) -> (BTreeMap<String, String>, Vec<String>) {
        let mut isi = self.isi();
        let cadangan: Vec<String> = isi
            .keys()
            .filter(|k| k.starts_with(crate::store::snapshot::AWALAN))
            .cloned()
            .collect();
        let dingin = super::kunci_dingin(&cadangan, |k| isi.contains_key(k));
        isi.retain(|k, _| !dingin.contains(k));
        (isi, dingin)
    }

    /// A database as layout 1 left it: every key alone in `data`, no bucket.
    pub fn lawas(isi: &[(&str, &str)]) -> Self {
        let g = GudangPalsu::default();
        *g.data.lock().unwrap() = isi
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        // A version-1 meta: no `lawas` field, so read as records still to move.
        *g.meta.lock().unwrap() = Meta::dari_teks(Some(r#"{"gen":3,"hidup":true,"log":[]}"#));
        g
    }

    /// Another tab's transaction.
    pub fn tab_lain(&self, ubah: &[(&str, Option<&str>)]) {
        self.pindahkan_lawas();
        let ubah: Vec<(String, Option<String>)> = ubah
            .iter()
            .map(|(k, v)| (k.to_string(), v.map(str::to_string)))
            .collect();
        let lain = self.tulis_isi(&ubah);
        let kunci: Vec<String> = ubah.into_iter().map(|(k, _)| k).chain(lain).collect();
        self.meta.lock().unwrap().catat(kunci.iter());
    }

    fn gagal_berikut(&self) -> Option<StoreError> {
        let mut g = self.gagal.lock().unwrap();
        (!g.is_empty()).then(|| g.remove(0))
    }

    /// The value of a key now (a bucket's entry first, then `data`, as `web.rs` reads).
    fn nilai(&self, kunci: &str) -> Option<String> {
        if di_ember(kunci) {
            let ember = self.ember.lock().unwrap();
            let dari_ember = ember.get(&ember::nomor(kunci)).and_then(|t| {
                let isi = ember::baca(t);
                isi.entri
                    .iter()
                    .find(|(k, _)| *k == kunci)
                    .map(|(_, v)| v.to_string())
            });
            if dari_ember.is_some() || !self.meta.lock().unwrap().lawas {
                return dari_ember;
            }
        }
        self.data.lock().unwrap().get(kunci).cloned()
    }

    fn asing(&self, sejak: u64) -> (u64, Asing) {
        let meta = self.meta.lock().unwrap().clone();
        let asing = match meta.berubah_sejak(sejak) {
            Some(k) => Asing::Kunci(
                k.into_iter()
                    .map(|k| {
                        let v = self.nilai(&k);
                        (k, v)
                    })
                    .collect(),
            ),
            None => Asing::Semua(self.isi()),
        };
        (meta.gen, asing)
    }

    /// Writes the changes as `web.rs` does (records into their buckets); returns the keys of
    /// broken buckets kept aside.
    fn tulis_isi(&self, ubah: &[(String, Option<String>)]) -> Vec<String> {
        let gen = self.meta.lock().unwrap().gen + 1;
        let mut data = self.data.lock().unwrap();
        for (kunci, v) in ubah.iter().filter(|(k, _)| !di_ember(k)) {
            match v {
                Some(v) => data.insert(kunci.clone(), v.clone()),
                None => data.remove(kunci),
            };
        }
        let mut ember = self.ember.lock().unwrap();
        let mut disisihkan = Vec::new();
        for (n, u) in ember::per_ember(ubah.iter().map(|(k, v)| (k.as_str(), v.as_deref()))) {
            let lama = ember.get(&n).cloned();
            let baru = ember::gabung(lama.as_deref(), &u);
            if let (true, Some(lama)) = (baru.rusak, lama) {
                let k = ember::kunci_rusak(n, gen);
                data.insert(k.clone(), lama);
                disisihkan.push(k);
            }
            match baru.teks {
                Some(t) => ember.insert(n, t),
                None => ember.remove(&n),
            };
        }
        disisihkan
    }

    /// Layout-1 records into buckets, as every write transaction does first.
    fn pindahkan_lawas(&self) {
        let mut meta = self.meta.lock().unwrap();
        if !std::mem::take(&mut meta.lawas) {
            return;
        }
        let mut data = self.data.lock().unwrap();
        let lawas: Vec<(String, String)> = data
            .iter()
            .filter(|(k, _)| di_ember(k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let mut ember = self.ember.lock().unwrap();
        let tersimpan = ember.clone();
        for (n, g) in ember::pindahan(&lawas, |n| tersimpan.get(&n).map(String::as_str)) {
            ember.insert(n, g.teks.unwrap_or_default());
        }
        data.retain(|k, _| !di_ember(k));
    }
}

impl Gudang for GudangPalsu {
    fn meta(&self) -> Janji<'_, Meta> {
        siap(Ok(self.meta.lock().unwrap().clone()))
    }

    fn baca<'a>(&'a self, kunci: &'a [String]) -> Janji<'a, Vec<Option<String>>> {
        let palsu = self.baca_palsu.lock().unwrap().clone();
        siap(Ok(kunci
            .iter()
            .map(|k| palsu.clone().or_else(|| self.nilai(k)))
            .collect()))
    }

    fn tulis<'a>(&'a self, k: &'a Kiriman) -> Janji<'a, Hasil> {
        // The failure comes first: a transaction that fails moves nothing either.
        if self.meta.lock().unwrap().lawas {
            if let Some(e) = self.gagal_berikut() {
                return siap(Err(e));
            }
            self.pindahkan_lawas();
        }
        let (gen, asing) = self.asing(k.gen);
        if ada_bentrok(k, &asing) {
            return siap(Ok(Hasil::Bentrok { gen, asing }));
        }
        if let Some(e) = self.gagal_berikut() {
            return siap(Err(e));
        }
        if let Some(a) = *self.penuh_untuk.lock().unwrap() {
            if k.ubah.iter().any(|(x, _)| x.starts_with(a)) {
                return siap(Err(StoreError::QuotaFull));
            }
        }
        let lain = self.tulis_isi(&k.ubah);
        let mut meta = self.meta.lock().unwrap();
        meta.catat(k.ubah.iter().map(|(k, _)| k).chain(&lain));
        *self.transaksi.lock().unwrap() += 1;
        siap(Ok(Hasil::Masuk {
            gen: meta.gen,
            asing,
        }))
    }

    fn tarik(&self, sejak: u64) -> Janji<'_, (u64, Asing)> {
        siap(Ok(self.asing(sejak)))
    }

    fn ganti<'a>(&'a self, isi: &'a [(String, String)]) -> Janji<'a, ()> {
        if let Some(e) = self.gagal_berikut() {
            return siap(Err(e));
        }
        let mut meta = self.meta.lock().unwrap();
        if meta.hidup {
            return siap(Err(StoreError::Other("live store replaced".into())));
        }
        self.data.lock().unwrap().clear();
        self.ember.lock().unwrap().clear();
        meta.gen += 1;
        meta.log = vec![(meta.gen, None)];
        meta.lawas = false;
        drop(meta);
        let ubah: Vec<(String, Option<String>)> = isi
            .iter()
            .map(|(k, v)| (k.clone(), Some(v.clone())))
            .collect();
        self.tulis_isi(&ubah);
        *self.transaksi.lock().unwrap() += 1;
        siap(Ok(()))
    }

    fn rapikan(&self) -> Janji<'_, ()> {
        if self.meta.lock().unwrap().lawas {
            if let Some(e) = self.gagal_berikut() {
                return siap(Err(e));
            }
            self.pindahkan_lawas();
            *self.transaksi.lock().unwrap() += 1;
        }
        siap(Ok(()))
    }

    fn tandai_hidup(&self) -> Janji<'_, ()> {
        if let Some(e) = self.gagal_berikut() {
            return siap(Err(e));
        }
        self.meta.lock().unwrap().hidup = true;
        siap(Ok(()))
    }
}
