//! The background writer: sends what is pending as one transaction at a time, reads in other
//! tabs' changes, and tells the app how it went. One runs at a time ([`Tunda::bekerja`]); it
//! stops when nothing is pending or a transaction failed (the changes then wait for the next
//! write or the retry, never retried in a loop against a full disk).

use super::gudang::{Gudang, Hasil};
use super::tunda::Langkah;
use super::IdbStore;
use crate::store::kv::Kabar;

pub async fn siram(store: &IdbStore, gudang: &dyn Gudang) {
    let gagal_sebelum = store.tunda().galat.is_some();
    let mut berubah = false;
    let mut bentrok = Vec::new();
    loop {
        let langkah = store.tunda().langkah();
        match langkah {
            Langkah::Selesai => break,
            Langkah::Kirim(k) => match gudang.tulis(&k).await {
                Ok(Hasil::Masuk { gen, asing }) => {
                    berubah |= !asing.kosong();
                    bentrok.extend(store.tunda().terkirim(gen, asing));
                    store.tik(gen);
                }
                Ok(Hasil::Bentrok { gen, asing }) => {
                    berubah = true;
                    bentrok.extend(store.tunda().bentrok(gen, asing));
                }
                Err(e) => {
                    let mut t = store.tunda();
                    t.gagal(e);
                    t.bekerja = false;
                    break;
                }
            },
            Langkah::Tarik(sejak) => match gudang.tarik(sejak).await {
                Ok((gen, asing)) => {
                    berubah |= !asing.kosong();
                    bentrok.extend(store.tunda().tertarik(gen, asing));
                }
                // Reading in failed: this tab's view stays as it was; the next tick tries again.
                Err(_) => {
                    store.tunda().bekerja = false;
                    break;
                }
            },
        }
    }
    if berubah {
        store.kabari(Kabar::Berubah);
    }
    if !bentrok.is_empty() {
        store.kabari(Kabar::Bentrok(bentrok));
    }
    // The status is news only when a write failed, or the first to land after one did (the
    // app then lifts its banner): a save that simply lands says nothing.
    let (tertunda, galat) = {
        let t = store.tunda();
        (t.jumlah_tertunda(), t.galat.clone())
    };
    if galat.is_some() || gagal_sebelum {
        store.kabari(Kabar::Status { tertunda, galat });
    }
}
