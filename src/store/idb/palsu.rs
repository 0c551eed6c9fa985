//! A native stand-in for IndexedDB ([`Gudang`]) with the same transaction rules as `web.rs`,
//! failures on demand, and another tab's writes; and a way to run its (never waiting) futures.

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
    pub data: Mutex<BTreeMap<String, String>>,
    pub meta: Mutex<Meta>,
    /// The next transactions that write fail with this, as many as given (then work again).
    pub gagal: Mutex<Vec<StoreError>>,
    /// Reads return this for every key (a read-back that does not match).
    pub baca_palsu: Mutex<Option<String>>,
    /// Transactions that wrote.
    pub transaksi: Mutex<usize>,
}

fn siap<'a, T: 'a>(v: Result<T, StoreError>) -> Janji<'a, T> {
    Box::pin(std::future::ready(v))
}

impl GudangPalsu {
    pub fn isi(&self) -> BTreeMap<String, String> {
        self.data.lock().unwrap().clone()
    }

    /// Another tab's transaction.
    pub fn tab_lain(&self, ubah: &[(&str, Option<&str>)]) {
        let mut data = self.data.lock().unwrap();
        for (k, v) in ubah {
            match v {
                Some(v) => data.insert(k.to_string(), v.to_string()),
                None => data.remove(*k),
            };
        }
        let kunci: Vec<String> = ubah.iter().map(|(k, _)| k.to_string()).collect();
        self.meta.lock().unwrap().catat(kunci.iter());
    }

    fn gagal_berikut(&self) -> Option<StoreError> {
        let mut g = self.gagal.lock().unwrap();
        (!g.is_empty()).then(|| g.remove(0))
    }

    fn asing(&self, sejak: u64) -> (u64, Asing) {
        let meta = self.meta.lock().unwrap();
        let data = self.data.lock().unwrap();
        let asing = match meta.berubah_sejak(sejak) {
            Some(k) => Asing::Kunci(
                k.into_iter()
                    .map(|k| {
                        let v = data.get(&k).cloned();
                        (k, v)
                    })
                    .collect(),
            ),
            None => Asing::Semua(data.clone()),
        };
        (meta.gen, asing)
    }
}

impl Gudang for GudangPalsu {
    fn meta(&self) -> Janji<'_, Meta> {
        siap(Ok(self.meta.lock().unwrap().clone()))
    }

    fn baca<'a>(&'a self, kunci: &'a [String]) -> Janji<'a, Vec<Option<String>>> {
        let palsu = self.baca_palsu.lock().unwrap().clone();
        let data = self.data.lock().unwrap();
        siap(Ok(kunci
            .iter()
            .map(|k| palsu.clone().or_else(|| data.get(k).cloned()))
            .collect()))
    }

    fn tulis<'a>(&'a self, k: &'a Kiriman) -> Janji<'a, Hasil> {
        let (gen, asing) = self.asing(k.gen);
        if ada_bentrok(k, &asing) {
            return siap(Ok(Hasil::Bentrok { gen, asing }));
        }
        if let Some(e) = self.gagal_berikut() {
            return siap(Err(e));
        }
        let mut data = self.data.lock().unwrap();
        for (kunci, v) in &k.ubah {
            match v {
                Some(v) => data.insert(kunci.clone(), v.clone()),
                None => data.remove(kunci),
            };
        }
        let mut meta = self.meta.lock().unwrap();
        meta.catat(k.ubah.iter().map(|(k, _)| k));
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
        *self.data.lock().unwrap() = isi.iter().cloned().collect();
        meta.gen += 1;
        meta.log = vec![(meta.gen, None)];
        *self.transaksi.lock().unwrap() += 1;
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
