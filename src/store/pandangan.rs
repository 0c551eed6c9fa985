//! The stored records as an import plans against them: read once, indexed, and kept up to date
//! as the import's own writes land, so a batch of hundreds of files never re-reads or
//! re-decodes all of storage per file.
//!
//! A file's plan (`bundle::gabung::rencanakan_untuk`) reads only some stored records: those
//! with the file's record ids, the SKPs its records refer to, the realisasi its attachments
//! name, the evaluations of those SKPs (one per period) and the profiles of those SKPs' pegawai
//! (who names their pejabat penilai). [`Pandangan::relevan`] hands it exactly those, in the
//! order storage lists them, so the plan is the one all records would give
//! (`impor_batch_tests.rs` checks that against the whole set). A rule that reads another
//! relation must add it here.

use super::impor::{dari_record, ke_record, record_lokal};
use super::kv::{KvStore, StoreError};
use super::rekaman::kunci;
use crate::bundle::format::{JenisRecord, Record};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Storage keys by one indexed value.
type Indeks = HashMap<String, Vec<String>>;

#[derive(Default)]
pub struct Pandangan {
    /// Storage key → record, in key order (the order [`record_lokal`] lists them).
    rekaman: BTreeMap<String, Record>,
    /// Record id → keys (one id may exist under two types).
    per_id: Indeks,
    /// `data.id` of SKP records.
    skp: Indeks,
    /// `data.id` of realisasi records.
    realisasi: Indeks,
    /// `data.nip` of profiles.
    profil: Indeks,
    /// `data.skp_id` of evaluations.
    evaluasi: Indeks,
}

fn teks<'a>(r: &'a Record, kolom: &str) -> Option<&'a str> {
    r.data.get(kolom).and_then(Value::as_str)
}

/// The values a record's rules look up elsewhere.
#[derive(Default)]
struct Acuan {
    skp: BTreeSet<String>,
    realisasi: BTreeSet<String>,
    evaluasi_skp: BTreeSet<String>,
    nip: BTreeSet<String>,
}

impl Acuan {
    fn dari(&mut self, r: &Record) {
        for k in ["skp_id", "skp_atasan_id"] {
            if let Some(x) = teks(r, k) {
                self.skp.insert(x.into());
            }
        }
        if let Some(x) = teks(r, "realisasi_id") {
            self.realisasi.insert(x.into());
        }
        match r.jenis {
            JenisRecord::Evaluasi => self.evaluasi_skp.extend(teks(r, "skp_id").map(Into::into)),
            JenisRecord::Skp => self.nip.extend(teks(r, "pegawai_nip").map(Into::into)),
            _ => {}
        }
    }
}

impl Pandangan {
    /// Every stored record, read once (unreadable ones are quarantined by the read).
    pub fn muat(store: &dyn KvStore) -> Result<Self, StoreError> {
        let mut p = Pandangan::default();
        for r in record_lokal(store)? {
            p.masuk(kunci(r.jenis.kode(), &r.id), r);
        }
        Ok(p)
    }

    #[cfg(test)]
    pub fn jumlah(&self) -> usize {
        self.rekaman.len()
    }

    fn indeks(&mut self, k: &str, r: &Record, tambah: bool) {
        let mut ubah = |ix: fn(&mut Self) -> &mut Indeks, nilai: Option<&str>| {
            let Some(n) = nilai else { return };
            let v = ix(self).entry(n.to_string()).or_default();
            if tambah {
                v.push(k.to_string());
            } else {
                v.retain(|x| x != k);
            }
        };
        ubah(|p| &mut p.per_id, Some(&r.id));
        match r.jenis {
            JenisRecord::Skp => ubah(|p| &mut p.skp, teks(r, "id")),
            JenisRecord::Realisasi => ubah(|p| &mut p.realisasi, teks(r, "id")),
            JenisRecord::Pegawai => ubah(|p| &mut p.profil, teks(r, "nip")),
            JenisRecord::Evaluasi => ubah(|p| &mut p.evaluasi, teks(r, "skp_id")),
            _ => {}
        }
    }

    fn masuk(&mut self, k: String, r: Record) {
        if let Some(lama) = self.rekaman.remove(&k) {
            self.indeks(&k, &lama, false);
        }
        self.indeks(&k, &r, true);
        self.rekaman.insert(k, r);
    }

    /// A record the import wrote, as storage will hand it back.
    pub fn simpan(&mut self, r: &Record) {
        if let Some(r) = ke_record(&dari_record(r)) {
            self.masuk(kunci(r.jenis.kode(), &r.id), r);
        }
    }

    /// The stored records a plan for `masuk` (a file's records, and the ids of the ones it
    /// refused) reads, in storage order.
    pub fn relevan<'a>(
        &self,
        masuk: impl IntoIterator<Item = &'a Record>,
        id_ditolak: impl IntoIterator<Item = &'a str>,
    ) -> Vec<Record> {
        let mut kunci = BTreeSet::new();
        let mut acuan = Acuan::default();
        let ambil = |ix: &Indeks, n: &str, kunci: &mut BTreeSet<String>| {
            kunci.extend(ix.get(n).into_iter().flatten().cloned())
        };
        for m in masuk {
            acuan.dari(m);
            ambil(&self.per_id, &m.id, &mut kunci);
        }
        for id in id_ditolak {
            ambil(&self.per_id, id, &mut kunci);
        }
        // A merge judges fields of either side, so the stored versions' references count too.
        for k in &kunci {
            acuan.dari(&self.rekaman[k]);
        }
        for s in &acuan.skp {
            ambil(&self.skp, s, &mut kunci);
        }
        for r in &acuan.realisasi {
            ambil(&self.realisasi, r, &mut kunci);
        }
        for s in &acuan.evaluasi_skp {
            ambil(&self.evaluasi, s, &mut kunci);
        }
        // Each SKP's pegawai: their profile names the pejabat penilai.
        for k in &kunci {
            let r = &self.rekaman[k];
            if r.jenis == JenisRecord::Skp {
                acuan.nip.extend(teks(r, "pegawai_nip").map(Into::into));
            }
        }
        for n in &acuan.nip {
            ambil(&self.profil, n, &mut kunci);
        }
        kunci.iter().map(|k| self.rekaman[k].clone()).collect()
    }
}
