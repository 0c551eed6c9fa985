//! The dashboards' inputs kept with each row's storage key, so an import brings them up to
//! date from what it wrote instead of leaving the next reopen to decode every record (0.7 s
//! for an agency of 10,000 pegawai). A record stored as its file brought it gets the row of
//! what the dry run decoded of that same text; any other write (merged, chosen in a conflict,
//! planned again at the apply) is decoded from its new text. The rows are then what reading
//! every record gives, in its order (`turunan_impor_tests.rs`). Where that cannot be vouched
//! for (the inputs were not kept for the records before the import, or a record's type is
//! another kind's than its key's), nothing is kept and the next reading makes them as before.

use super::{baca, sidik, tulis, JENIS_REKAP, NAMA_REKAP};
use crate::bundle::isi::IsiRecord;
use crate::domain::rekap_instansi::MasukanRekap;
use crate::domain::rekap_masukan::{EvaluasiRekap, PegawaiRekap, SkpRekap};
use crate::store::kinerja::{pembaca_lurus, urutan_evaluasi, urutan_skp, DataKinerja};
use crate::store::kv::{KvStore, StoreError};
use crate::store::rekaman::{jenis_rekaman, untuk_teks_berkunci, JenisRecord, AWALAN_REKAMAN};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The storage key of each of [`MasukanRekap`]'s rows, list by list in the same order, each
/// without the [`AWALAN_REKAMAN`] every record key starts with (read into memory at every
/// start: an agency's 70,000 keys a megabyte smaller).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct KunciRekap {
    pub pegawai: Vec<String>,
    pub skp: Vec<String>,
    pub evaluasi: Vec<String>,
}

/// The keys' name under the derived values' prefix (kept beside [`NAMA_REKAP`], and read
/// only by an import: a reopen reads the rows alone).
pub const NAMA_KUNCI: &str = "rekap_instansi_kunci";

/// One record's row of the inputs.
#[derive(Clone, Debug, PartialEq)]
pub enum BarisRekap {
    Pegawai(PegawaiRekap),
    Skp(SkpRekap),
    Evaluasi(EvaluasiRekap),
}

impl BarisRekap {
    /// The row of a record whose content is `isi`; `None` for the kinds the inputs leave out.
    pub fn dari_isi(isi: &IsiRecord) -> Option<Self> {
        match isi {
            IsiRecord::Pegawai(p) => Some(BarisRekap::Pegawai(PegawaiRekap::dari(p))),
            IsiRecord::Skp(s) => Some(BarisRekap::Skp(SkpRekap::dari(s))),
            IsiRecord::Evaluasi(e) => Some(BarisRekap::Evaluasi(EvaluasiRekap::dari(e))),
            _ => None,
        }
    }

    fn jenis(&self) -> JenisRecord {
        match self {
            BarisRekap::Pegawai(_) => JenisRecord::Pegawai,
            BarisRekap::Skp(_) => JenisRecord::Skp,
            BarisRekap::Evaluasi(_) => JenisRecord::Evaluasi,
        }
    }
}

/// The rows with their keys, list by list.
#[derive(Default)]
struct Baris {
    pegawai: Vec<(String, PegawaiRekap)>,
    skp: Vec<(String, SkpRekap)>,
    evaluasi: Vec<(String, EvaluasiRekap)>,
}

impl Baris {
    fn dari(m: MasukanRekap, k: KunciRekap) -> Self {
        let utuh = |k: Vec<String>| k.into_iter().map(|k| format!("{AWALAN_REKAMAN}{k}"));
        Baris {
            pegawai: utuh(k.pegawai).zip(m.pegawai).collect(),
            skp: utuh(k.skp).zip(m.skp).collect(),
            evaluasi: utuh(k.evaluasi).zip(m.evaluasi).collect(),
        }
    }

    fn tambah(&mut self, k: String, b: BarisRekap) {
        match b {
            BarisRekap::Pegawai(p) => self.pegawai.push((k, p)),
            BarisRekap::Skp(s) => self.skp.push((k, s)),
            BarisRekap::Evaluasi(e) => self.evaluasi.push((k, e)),
        }
    }

    /// The row a record's text reads into, as [`DataKinerja::muat`] reads it (`d` a scratch
    /// set, left empty of these kinds); `None`: none of these kinds (a tombstone, another
    /// kind, content that does not decode).
    fn baca(d: &mut DataKinerja, jenis: JenisRecord, teks: &str) -> Option<BarisRekap> {
        let mut gagal = Vec::new();
        d.baca_satu(jenis, teks, pembaca_lurus(), &mut gagal);
        let p = d
            .pegawai
            .pop()
            .map(|x| BarisRekap::Pegawai(PegawaiRekap::dari(&x.isi)));
        let s = d.skp.pop().map(|x| BarisRekap::Skp(SkpRekap::dari(&x.isi)));
        let e = d
            .evaluasi
            .pop()
            .map(|x| BarisRekap::Evaluasi(EvaluasiRekap::dari(&x.isi)));
        p.or(s).or(e)
    }

    fn pisah(self) -> (MasukanRekap, KunciRekap) {
        fn sisa<T>(v: Vec<(String, T)>) -> (Vec<String>, Vec<T>) {
            v.into_iter()
                .map(|(k, x)| match k.strip_prefix(AWALAN_REKAMAN) {
                    Some(s) => (s.to_string(), x),
                    None => (k, x),
                })
                .unzip()
        }
        let (kp, p) = sisa(self.pegawai);
        let (ks, s) = sisa(self.skp);
        let (ke, e) = sisa(self.evaluasi);
        let m = MasukanRekap {
            pegawai: p,
            skp: s,
            evaluasi: e,
        };
        let k = KunciRekap {
            pegawai: kp,
            skp: ks,
            evaluasi: ke,
        };
        (m, k)
    }
}

/// Every profile, SKP and evaluation as [`DataKinerja::muat_jenis`] reads and orders them,
/// each row with its key.
pub(super) fn baca_berkunci(store: &dyn KvStore) -> Result<(MasukanRekap, KunciRekap), StoreError> {
    let (mut d, mut b) = (DataKinerja::default(), Baris::default());
    untuk_teks_berkunci(store, &JENIS_REKAP, |k, jenis, teks| {
        if let Some(x) = Baris::baca(&mut d, jenis, teks) {
            b.tambah(k.to_string(), x);
        }
    })?;
    Ok(b.urutkan().pisah())
}

/// The inputs and their keys for the records stored now, before an import's writes: as kept,
/// or read from the records of a small workspace; `None` otherwise (the import keeps none).
pub(crate) fn sebelum(store: &dyn KvStore, ambang: usize) -> Option<(MasukanRekap, KunciRekap)> {
    // Kept only where a batch lands whole (as [`super::masukan_rekap`] keeps them).
    if !store.utuh() {
        return None;
    }
    let (s, n) = sidik(store, &JENIS_REKAP).ok()?;
    if n <= ambang {
        return baca_berkunci(store).ok();
    }
    let m: MasukanRekap = baca(store, NAMA_REKAP, s)?;
    let k: KunciRekap = baca(store, NAMA_KUNCI, s)?;
    let sejajar = m.pegawai.len() == k.pegawai.len()
        && m.skp.len() == k.skp.len()
        && m.evaluasi.len() == k.evaluasi.len();
    sejajar.then_some((m, k))
}

/// After an import's writes (`ditulis`: each key and its new text, `None` removed, in key
/// order as a layer lists them): the inputs [`sebelum`] gave, brought up to date and kept with
/// the records' fingerprint. `baris`: the rows the dry run decoded of texts stored as their
/// file brought them, by key. `false`: not kept (a small workspace, a backend without whole
/// batches, or a record stored under another kind's key).
pub(crate) fn sesudah(
    store: &dyn KvStore,
    ambang: usize,
    (m, k): (MasukanRekap, KunciRekap),
    ditulis: &[(String, Option<String>)],
    baris: &HashMap<&str, &BarisRekap>,
) -> Result<bool, StoreError> {
    if !store.utuh() {
        return Ok(false);
    }
    let (s, n) = sidik(store, &JENIS_REKAP)?;
    if n <= ambang {
        return Ok(false);
    }
    let mut ubah: Vec<(&str, JenisRecord, Option<&str>)> = ditulis
        .iter()
        .filter_map(|(k, t)| Some((k.as_str(), jenis_rekaman(k, &JENIS_REKAP)??, t.as_deref())))
        .collect();
    if !ubah.is_sorted_by(|a, b| a.0 <= b.0) {
        ubah.sort_unstable_by(|a, b| a.0.cmp(b.0));
    }
    let diubah = |k: &String| ubah.binary_search_by(|u| u.0.cmp(k)).is_ok();
    let mut lama = Baris::dari(m, k);
    lama.pegawai.retain(|(k, _)| !diubah(k));
    lama.skp.retain(|(k, _)| !diubah(k));
    lama.evaluasi.retain(|(k, _)| !diubah(k));
    let (mut baru, mut d) = (Baris::default(), DataKinerja::default());
    for &(kunci, jenis, teks) in &ubah {
        let Some(teks) = teks else { continue };
        let x = match baris.get(kunci) {
            Some(b) => Some((*b).clone()),
            None => Baris::baca(&mut d, jenis, teks),
        };
        let Some(x) = x else { continue };
        // Its place in key order would be another list's: left to the full reading.
        if x.jenis() != jenis {
            return Ok(false);
        }
        baru.tambah(kunci.to_string(), x);
    }
    lama.pegawai.append(&mut baru.pegawai);
    lama.skp.append(&mut baru.skp);
    lama.evaluasi.append(&mut baru.evaluasi);
    let (m, k) = lama.urutkan().pisah();
    tulis(store, NAMA_REKAP, s, &m)?;
    tulis(store, NAMA_KUNCI, s, &k)?;
    Ok(true)
}

impl Baris {
    /// Each list in the order a full reading gives: by period (profiles: none), then key.
    fn urutkan(self) -> Baris {
        Baris {
            pegawai: urutkan(self.pegawai, |_| 0),
            skp: urutkan(self.skp, |s| urutan_skp(s.periode_mulai)),
            evaluasi: urutkan(self.evaluasi, |e| urutan_evaluasi(&e.periode)),
        }
    }
}

/// `v` sorted by `urutan`, then key. One sort over (order, key, place) serves every list: a
/// sort of each row type would compile the sort again, a few KB of the import's chunk each.
fn urutkan<T>(v: Vec<(String, T)>, urutan: impl Fn(&T) -> u128) -> Vec<(String, T)> {
    let mut ix: Vec<(u128, &str, usize)> = (v.iter().enumerate())
        .map(|(i, (k, x))| (urutan(x), k.as_str(), i))
        .collect();
    ix.sort_unstable();
    let tempat: Vec<usize> = ix.into_iter().map(|(_, _, i)| i).collect();
    let mut v: Vec<Option<(String, T)>> = v.into_iter().map(Some).collect();
    // A permutation: each place taken once.
    tempat.into_iter().filter_map(|i| v[i].take()).collect()
}

#[cfg(test)]
#[path = "turunan_impor_tests.rs"]
mod tests;
