//! The in-memory face of the IndexedDB backend: what the app sees ([`Tunda::peta`]), and the
//! changes not yet durable. Pure (no browser), so its rules are tested natively.
//!
//! Every change goes to memory at once and to `tunda` (key → new value, `None` = removed);
//! the background writer ([`super::siram`]) takes all of `tunda` as one [`Kiriman`], one
//! IndexedDB transaction. Whatever one synchronous step wrote (an import, a journal, a NIP
//! change) is in the same `Kiriman`, so it lands whole or not at all. A failed transaction
//! puts its changes back under any newer ones and they wait for the next try: nothing the
//! app accepted is dropped while the page is open.
//!
//! `dasar` keeps, for each key with changes not yet durable, the value storage held before
//! them as this tab knows it: the writer sends it along, and the transaction refuses to
//! overwrite a key another tab changed since (see [`super::gudang`]).
//!
//! `dingin` are keys stored whose values start-up left in IndexedDB (the backups: an agency's
//! are 130 MB each, ten of them read 1.3 GB at every start). Their values come into memory
//! only when asked for ([`Tunda::isi_dingin`]); a change to one is sent like any other.

use super::gudang::{dasar_cocok, Asing, Kiriman, DASAR_TAK_DIKENAL};
use crate::store::kv::{kunci_karantina, StoreError};
use std::collections::BTreeMap;

#[derive(Default)]
pub struct Tunda {
    pub peta: BTreeMap<String, String>,
    /// Keys stored whose values are not in memory (not in `peta`): a few backups, so a list
    /// (a set type of its own would add 10 KB to the first download).
    pub dingin: Vec<String>,
    tunda: BTreeMap<String, Option<String>>,
    dasar: BTreeMap<String, Option<String>>,
    /// The keys of the changes sent and not yet answered (each with `None`: the map type
    /// the others use, not a set type of its own in the first download). Their values are in
    /// the [`Kiriman`] the writer hands back with the answer, not copied here (an agency's
    /// import sends 140 MB in one).
    terbang: Option<BTreeMap<String, Option<String>>>,
    /// The storage generation this tab has read up to (see [`super::gudang::Meta`]).
    pub gen: u64,
    /// Why the last write failed (cleared by the next that lands).
    pub galat: Option<StoreError>,
    /// A background writer is running (at most one).
    pub bekerja: bool,
    /// Another tab said it changed something: read it in.
    pub minta_tarik: bool,
    /// Records stored as layout 1 wrote them wait to be moved into buckets.
    pub lawas: bool,
    /// A backup alone did not fit and was dropped (see [`Tunda::gagal`]); the writer says so.
    pub cadangan_dibuang: bool,
}

/// What the background writer does next.
#[derive(Debug, PartialEq)]
pub enum Langkah {
    Kirim(Kiriman),
    /// Move layout-1 records into buckets (see [`super::ember`]).
    Rapikan,
    Tarik(u64),
    Selesai,
}

impl Tunda {
    pub fn baru(isi: impl IntoIterator<Item = (String, String)>, gen: u64) -> Self {
        Tunda {
            peta: isi.into_iter().collect(),
            gen,
            ..Tunda::default()
        }
    }

    /// The value `kunci` held in storage, read in now that someone asks for it; dropped
    /// when the key changed meanwhile (its value is then in memory already).
    pub fn isi_dingin(&mut self, kunci: &str, nilai: Option<String>) {
        if self.bukan_dingin(kunci) {
            if let Some(v) = nilai {
                self.peta.insert(kunci.to_string(), v);
            }
        }
    }

    /// Takes `kunci` off the cold keys; whether it was one.
    fn bukan_dingin(&mut self, kunci: &str) -> bool {
        let ada = self.dingin.iter().position(|k| k == kunci);
        ada.map(|i| self.dingin.swap_remove(i)).is_some()
    }

    /// One change: memory now, storage later.
    pub fn ubah(&mut self, kunci: &str, nilai: Option<&str>) {
        let mut lama = match nilai {
            Some(v) => self.peta.insert(kunci.to_string(), v.to_string()),
            None => self.peta.remove(kunci),
        };
        // A value never read in: storage holds one, unknown here (see `DASAR_TAK_DIKENAL`);
        // the change is always sent.
        if self.bukan_dingin(kunci) {
            lama = Some(DASAR_TAK_DIKENAL.to_string());
        }
        if !self.dasar.contains_key(kunci) {
            self.dasar.insert(kunci.to_string(), lama);
        }
        let nilai = nilai.map(str::to_string);
        // Back to what storage holds (a rolled-back change): nothing to send.
        if self.terbang_tidak_menyentuh(kunci) && self.dasar.get(kunci) == Some(&nilai) {
            self.tunda.remove(kunci);
            self.dasar.remove(kunci);
        } else {
            self.tunda.insert(kunci.to_string(), nilai);
        }
    }

    fn terbang_tidak_menyentuh(&self, kunci: &str) -> bool {
        self.terbang.as_ref().is_none_or(|t| !t.contains_key(kunci))
    }

    /// Keys the app sees changed that storage does not hold yet.
    pub fn jumlah_tertunda(&self) -> usize {
        self.dasar.len()
    }

    /// The next step, and `bekerja` cleared when there is none (in the same lock, so a change
    /// made just after is never left without a writer).
    pub fn langkah(&mut self) -> Langkah {
        // A write moves them too (every write transaction does first).
        if std::mem::take(&mut self.lawas) && self.tunda.is_empty() {
            return Langkah::Rapikan;
        }
        if !self.tunda.is_empty() {
            let ubah: Vec<(String, Option<String>)> =
                std::mem::take(&mut self.tunda).into_iter().collect();
            let dasar = ubah
                .iter()
                .map(|(k, _)| self.dasar.get(k).cloned().flatten())
                .collect();
            self.terbang = Some(ubah.iter().map(|(k, _)| (k.clone(), None)).collect());
            self.minta_tarik = false;
            return Langkah::Kirim(Kiriman {
                gen: self.gen,
                ubah,
                dasar,
            });
        }
        if std::mem::take(&mut self.minta_tarik) {
            return Langkah::Tarik(self.gen);
        }
        self.bekerja = false;
        Langkah::Selesai
    }

    /// The transaction `kiriman` landed at generation `gen`; `asing` is what other tabs changed
    /// before it. Returns the keys of this tab's changes that met another tab's (see
    /// [`Tunda::serap`]).
    pub fn terkirim(&mut self, gen: u64, asing: Asing, kiriman: Kiriman) -> Vec<(String, String)> {
        let terbang = self.terbang.take().unwrap_or_default();
        for (k, v) in kiriman.ubah {
            if self.tunda.contains_key(&k) {
                // Changed again meanwhile: storage now holds what was sent.
                self.dasar.insert(k, v);
            } else {
                self.dasar.remove(&k);
            }
        }
        self.gen = gen;
        self.galat = None;
        self.serap(asing, &terbang)
    }

    /// The transaction `kiriman` wrote nothing: its changes wait again, under any made since.
    pub fn gagal(&mut self, galat: StoreError, kiriman: Kiriman) {
        use crate::store::snapshot::kunci_cadangan;
        use crate::store::turunan::kunci_turunan;
        // A backup that does not fit, alone (the automatic one at start-up, or one asked
        // for): not retried either, or every later save would fail with it. A restore's
        // backup before it travels with the records and stays with them.
        let cadangan = galat == StoreError::QuotaFull
            && kiriman.ubah.iter().any(|(k, _)| kunci_cadangan(k))
            && (kiriman.ubah.iter()).all(|(k, _)| kunci_cadangan(k) || kunci_turunan(k));
        // Only that backup's keys: one made while it was in flight (a restore's) stays.
        let dibuang: Vec<String> = match cadangan {
            true => kiriman.ubah.iter().map(|(k, _)| k.clone()).collect(),
            false => Vec::new(),
        };
        self.kembalikan(kiriman);
        // A derived value is not retried (storage full, it would keep every later save from
        // landing with it): dropped, memory back to what storage holds; made again when needed.
        let buang: Vec<String> = (self.tunda.keys())
            .filter(|k| kunci_turunan(k) || dibuang.contains(k))
            .cloned()
            .collect();
        for k in buang {
            self.tunda.remove(&k);
            match self.dasar.remove(&k).flatten() {
                // A backup never read in: stored as before, still not in memory.
                Some(v) if v == DASAR_TAK_DIKENAL => {
                    self.peta.remove(&k);
                    self.dingin.push(k);
                }
                Some(v) => {
                    self.peta.insert(k, v);
                }
                None => {
                    self.peta.remove(&k);
                }
            };
        }
        self.cadangan_dibuang |= cadangan;
        self.galat = Some(galat);
    }

    fn kembalikan(&mut self, kiriman: Kiriman) {
        self.terbang = None;
        for (k, v) in kiriman.ubah {
            self.tunda.entry(k).or_insert(v);
        }
    }

    /// `kiriman` refused because other tabs changed storage first (nothing written): their
    /// changes are read in (see [`Tunda::serap`]) and this tab's wait for the next try.
    pub fn bentrok(&mut self, gen: u64, asing: Asing, kiriman: Kiriman) -> Vec<(String, String)> {
        self.kembalikan(kiriman);
        self.gen = gen;
        self.serap(asing, &BTreeMap::new())
    }

    /// A read of other tabs' changes up to `gen`.
    pub fn tertarik(&mut self, gen: u64, asing: Asing) -> Vec<(String, String)> {
        self.gen = gen;
        self.serap(asing, &BTreeMap::new())
    }

    /// Takes in other tabs' changes. A key this tab has not changed since takes their value.
    /// A key this tab changed too keeps their value (it was stored first: a write never
    /// replaces newer data) and this tab's value moves to a quarantine key, sent with the
    /// next write, so nothing is lost; the pairs (key, quarantine key) are returned for the
    /// banner. Keys just written by this tab (`ditulis`) were checked by the transaction and
    /// overwritten: the older value read there is skipped.
    fn serap(
        &mut self,
        asing: Asing,
        ditulis: &BTreeMap<String, Option<String>>,
    ) -> Vec<(String, String)> {
        let pasangan: Vec<(String, Option<String>)> = match asing {
            Asing::Kunci(p) => p,
            Asing::Semua(semua) => {
                let mut p: Vec<(String, Option<String>)> = self
                    .peta
                    .keys()
                    .chain(&self.dingin)
                    .filter(|k| !semua.contains_key(*k))
                    .map(|k| (k.clone(), None))
                    .collect();
                p.extend(semua.into_iter().map(|(k, v)| (k, Some(v))));
                p
            }
        };
        let mut bentrok = Vec::new();
        for (k, v) in pasangan {
            if ditulis.contains_key(&k) {
                continue;
            }
            // Their value is read in with the change: the key is no longer cold.
            self.bukan_dingin(&k);
            match self.dasar.get(&k) {
                None => {
                    match v {
                        Some(v) => self.peta.insert(k, v),
                        None => self.peta.remove(&k),
                    };
                }
                Some(d) if dasar_cocok(d.as_deref(), v.as_deref()) => {}
                Some(_) => {
                    let milik_kita = self.peta.get(&k).cloned();
                    self.tunda.remove(&k);
                    self.dasar.remove(&k);
                    match &v {
                        Some(v) => self.peta.insert(k.clone(), v.clone()),
                        None => self.peta.remove(&k),
                    };
                    // A removal of ours that met their change leaves nothing to keep, nor
                    // does a derived value (theirs is as good, `store::turunan`), nor the very
                    // value they wrote too.
                    if let Some(m) = milik_kita.filter(|m| {
                        v.as_deref() != Some(m.as_str())
                            && !crate::store::turunan::kunci_turunan(&k)
                    }) {
                        let q = kunci_karantina(&k, |x| self.peta.contains_key(x));
                        self.ubah(&q, Some(&m));
                        bentrok.push((k, q));
                    }
                }
            }
        }
        bentrok
    }
}

#[cfg(test)]
#[path = "tunda_tests.rs"]
mod tests;
