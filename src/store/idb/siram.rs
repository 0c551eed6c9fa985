//! The background writer: sends what is pending as one transaction at a time, reads in other
//! tabs' changes, and tells the app how it went. One runs at a time ([`Tunda::bekerja`]); it
//! stops when nothing is pending or a transaction failed (the changes then wait for the next
//! write or the retry, never retried in a loop against a full disk).

use super::gudang::{Gudang, Hasil};
use super::tunda::Langkah;
use super::IdbStore;
use crate::store::kv::Kabar;

pub async fn siram(store: &IdbStore, gudang: &dyn Gudang) {
    let mut berubah = false;
    let mut bentrok = Vec::new();
    let mut cadangan_dibuang = false;
    loop {
        let langkah = store.tunda().langkah();
        match langkah {
            Langkah::Selesai => break,
            Langkah::Kirim(k) => match gudang.tulis(&k).await {
                Ok(Hasil::Masuk { gen, asing }) => {
                    berubah |= !asing.kosong();
                    bentrok.extend(store.tunda().terkirim(gen, asing, k));
                    store.tik(gen);
                }
                Ok(Hasil::Bentrok { gen, asing }) => {
                    berubah = true;
                    bentrok.extend(store.tunda().bentrok(gen, asing, k));
                }
                Err(e) => {
                    let mut t = store.tunda();
                    t.gagal(e, k);
                    // A backup alone dropped: what waits besides goes now, not at the next save.
                    if std::mem::take(&mut t.cadangan_dibuang) {
                        cadangan_dibuang = true;
                        continue;
                    }
                    t.bekerja = false;
                    break;
                }
            },
            // Values do not change: nothing to tell. Failed, the next write moves them.
            Langkah::Rapikan => {
                let _ = gudang.rapikan().await;
            }
            Langkah::Tarik(sejak) => match gudang.tarik(sejak).await {
                Ok((gen, asing)) => {
                    berubah |= !asing.kosong();
                    bentrok.extend(store.tunda().tertarik(gen, asing));
                }
                // Reading in failed: this tab's view stays as it was; the next tick tries again.
                // A save made meanwhile saw this writer running and started none: it is sent
                // (the next step), not left waiting.
                Err(_) => {
                    let mut t = store.tunda();
                    if t.jumlah_tertunda() == 0 {
                        t.bekerja = false;
                        break;
                    }
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
    // Every run ends with the status: what is still pending (the app stops saying "saving"),
    // why it failed, or that the first write after a failure landed (its banner is lifted).
    let (tertunda, galat) = {
        let t = store.tunda();
        (t.jumlah_tertunda(), t.galat.clone())
    };
    store.kabari(Kabar::Status { tertunda, galat });
    if cadangan_dibuang {
        store.kabari(Kabar::CadanganTidakMuat);
    }
    store.terbaca();
}
