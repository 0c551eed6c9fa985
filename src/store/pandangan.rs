//! The stored records as an import plans against them: an index read once per import and
//! kept up to date as the import's own writes land, so a batch of hundreds of files never
//! re-reads or re-decodes all of storage per file. It holds a few identifying fields per
//! record, not the records: a plan reads the ones it needs from storage (memory on IndexedDB).
//!
//! A file's plan (`bundle::gabung::rencanakan_untuk`) reads only some stored records: those
//! with the file's record ids, the SKPs its records refer to, the realisasi its attachments
//! name, the evaluations of those SKPs (one per period) and the profiles of those SKPs' pegawai
//! (who names their pejabat penilai), the SKPs and profile of an assessment's or a development
//! plan's pegawai, every unit kerja when the file brings one (each is
//! checked among all of them), and every predikat organisasi when the file brings one (one
//! per unit and period, whatever id the stored one has). [`Pandangan::relevan`] names exactly those, in storage
//! order, so the plan is the one all records would give (`impor_batch_tests.rs` checks it
//! against the whole set). A rule that reads another relation must add it here.

use super::impor::ke_record;
use super::kv::{KvStore, StoreError};
use super::rekaman::{self, MIGRASI};
use super::sidik::sidik_teks;
use crate::bundle::format::{JenisRecord, Record};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

/// A key or a looked-up value, shared: the index holds each text once however many lists
/// name it, and copying a record's fields (a batch indexes every file's records once more to
/// judge which texts it may let go) copies no text. `Arc`, not `Rc`: the batch lives in the
/// screen's stored value, which must be `Send`.
pub(crate) type Teks = Arc<str>;

/// The fields of one record the plans look up by.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Ringkas {
    jenis: JenisRecord,
    id: Teks,
    /// `data.id` (SKPs and realisasi are looked up by it).
    data_id: Option<Teks>,
    skp_id: Option<Teks>,
    skp_atasan_id: Option<Teks>,
    realisasi_id: Option<Teks>,
    /// A profile's NIP.
    nip: Option<Teks>,
    /// An SKP's pegawai.
    pegawai_nip: Option<Teks>,
}

impl Ringkas {
    pub fn dari(r: &Record) -> Self {
        let teks = |k: &str| r.data.get(k).and_then(Value::as_str).map(Teks::from);
        Ringkas {
            jenis: r.jenis,
            id: r.id.as_str().into(),
            data_id: teks("id"),
            skp_id: teks("skp_id"),
            skp_atasan_id: teks("skp_atasan_id"),
            realisasi_id: teks("realisasi_id"),
            nip: teks("nip"),
            pegawai_nip: teks("pegawai_nip"),
        }
    }
}

/// The values a file's rules look up elsewhere.
#[derive(Clone, Debug, Default, PartialEq)]
struct Acuan {
    skp: BTreeSet<Teks>,
    realisasi: BTreeSet<Teks>,
    evaluasi_skp: BTreeSet<Teks>,
    nip: BTreeSet<Teks>,
    /// Pegawai whose SKPs the rules read (is the sender their pejabat penilai?).
    skp_pegawai: BTreeSet<Teks>,
}

impl Acuan {
    fn dari(&mut self, r: &Ringkas) {
        self.skp
            .extend(r.skp_id.iter().chain(&r.skp_atasan_id).cloned());
        self.realisasi.extend(r.realisasi_id.iter().cloned());
        match r.jenis {
            JenisRecord::Evaluasi => self.evaluasi_skp.extend(r.skp_id.iter().cloned()),
            JenisRecord::Skp => self.nip.extend(r.pegawai_nip.iter().cloned()),
            // An assessment or a plan's decision is its pegawai's pejabat penilai's: their
            // profile or an SKP of theirs names them (`otoritas::Relasi::menilai`).
            JenisRecord::PenilaianKompetensi | JenisRecord::RencanaPengembangan => {
                self.nip.extend(r.pegawai_nip.iter().cloned());
                self.skp_pegawai.extend(r.pegawai_nip.iter().cloned());
            }
            _ => {}
        }
    }
}

/// What a file's plan needs to find among the stored records: its record ids (the refused
/// ones too) and what its records refer to.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Kebutuhan {
    id: BTreeSet<Teks>,
    acuan: Acuan,
    /// The file brings unit kerja: each is checked among every stored unit.
    unit: bool,
    /// The file brings predikat organisasi: each is checked against every stored one of its
    /// unit and period, which may be under another id.
    predikat: bool,
}

impl Kebutuhan {
    pub fn dari<'a>(
        masuk: impl IntoIterator<Item = &'a Record>,
        id_ditolak: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let ringkas: Vec<Ringkas> = masuk.into_iter().map(Ringkas::dari).collect();
        Kebutuhan::dari_ringkas(&ringkas, id_ditolak)
    }

    /// Also reads the profile of `nip`: the receiver's own, whose pejabat penilai decides
    /// whether the file's sender is their leader (`otoritas`: the leader's SKP and matriks).
    pub fn dengan_nip(&mut self, nip: &str) {
        if !nip.trim().is_empty() {
            self.acuan.nip.insert(nip.trim().into());
        }
    }

    /// [`Kebutuhan::dari`], of the records' fields already taken.
    pub fn dari_ringkas<'a, 'b>(
        masuk: impl IntoIterator<Item = &'a Ringkas>,
        id_ditolak: impl IntoIterator<Item = &'b str>,
    ) -> Self {
        let mut k = Kebutuhan::default();
        for m in masuk {
            k.acuan.dari(m);
            k.id.insert(m.id.clone());
            k.unit |= m.jenis == JenisRecord::UnitKerja;
            k.predikat |= m.jenis == JenisRecord::PredikatOrganisasi;
        }
        k.id.extend(id_ditolak.into_iter().map(Teks::from));
        k
    }
}

/// Storage keys by one indexed value.
type Indeks = HashMap<Teks, Vec<Teks>>;

#[derive(Clone, Default)]
pub(crate) struct Pandangan {
    /// Storage key → the record's fields, in key order (the order storage lists records).
    rekaman: BTreeMap<Teks, Ringkas>,
    /// Record id → keys (one id may exist under two types).
    per_id: Indeks,
    /// `data.id` of SKP records.
    skp: Indeks,
    /// `data.pegawai_nip` of SKP records.
    skp_pegawai: Indeks,
    /// `data.id` of realisasi records.
    realisasi: Indeks,
    /// `data.nip` of profiles.
    profil: Indeks,
    /// `data.skp_id` of evaluations.
    evaluasi: Indeks,
}

impl Pandangan {
    /// Every stored record's fields, read once (unreadable records are quarantined by the
    /// read, as every full read does; kinds this app does not know are left out).
    pub fn muat(store: &dyn KvStore) -> Result<Self, StoreError> {
        let mut p = Pandangan::default();
        for (k, r) in rekaman::muat_berkunci(store, MIGRASI)?.0 {
            if let Some(r) = ke_record(&r) {
                p.simpan(k.into(), Ringkas::dari(&r));
            }
        }
        Ok(p)
    }

    #[cfg(test)]
    pub fn jumlah(&self) -> usize {
        self.rekaman.len()
    }

    fn indeks(&mut self, k: &Teks, r: &Ringkas, tambah: bool) {
        let mut ubah = |ix: fn(&mut Self) -> &mut Indeks, nilai: Option<&Teks>| {
            let Some(n) = nilai else { return };
            let v = ix(self).entry(n.clone()).or_default();
            if tambah {
                v.push(k.clone());
            } else {
                v.retain(|x| x != k);
            }
        };
        ubah(|p| &mut p.per_id, Some(&r.id));
        match r.jenis {
            JenisRecord::Skp => {
                ubah(|p| &mut p.skp, r.data_id.as_ref());
                ubah(|p| &mut p.skp_pegawai, r.pegawai_nip.as_ref());
            }
            JenisRecord::Realisasi => ubah(|p| &mut p.realisasi, r.data_id.as_ref()),
            JenisRecord::Pegawai => ubah(|p| &mut p.profil, r.nip.as_ref()),
            JenisRecord::Evaluasi => ubah(|p| &mut p.evaluasi, r.skp_id.as_ref()),
            _ => {}
        }
    }

    /// The record at key `k` is now the one `r` describes (a write of the import).
    pub fn simpan(&mut self, k: Teks, r: Ringkas) {
        if let Some(lama) = self.rekaman.remove(&k) {
            self.indeks(&k, &lama, false);
        }
        self.indeks(&k, &r, true);
        self.rekaman.insert(k, r);
    }

    /// The keys of the stored records a plan for a file that needs `k` reads, in storage
    /// order.
    pub fn relevan(&self, k: &Kebutuhan) -> Vec<Teks> {
        let mut kunci = BTreeSet::new();
        let ambil = |ix: &Indeks, n: &Teks, kunci: &mut BTreeSet<Teks>| {
            kunci.extend(ix.get(n).into_iter().flatten().cloned())
        };
        for id in &k.id {
            ambil(&self.per_id, id, &mut kunci);
        }
        // A merge judges fields of either side, so the stored versions' references count too.
        let mut acuan = k.acuan.clone();
        for x in &kunci {
            acuan.dari(&self.rekaman[x]);
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
        for n in &acuan.skp_pegawai {
            ambil(&self.skp_pegawai, n, &mut kunci);
        }
        // Each SKP's pegawai: their profile names the pejabat penilai.
        for x in &kunci {
            let r = &self.rekaman[x];
            if r.jenis == JenisRecord::Skp {
                acuan.nip.extend(r.pegawai_nip.iter().cloned());
            }
        }
        for n in &acuan.nip {
            ambil(&self.profil, n, &mut kunci);
        }
        let semua_jenis = |j: JenisRecord, kunci: &mut BTreeSet<Teks>| {
            let rekaman = self.rekaman.iter();
            kunci.extend(
                rekaman
                    .filter(|(_, r)| r.jenis == j)
                    .map(|(k, _)| k.clone()),
            );
        };
        if k.unit {
            semua_jenis(JenisRecord::UnitKerja, &mut kunci);
        }
        if k.predikat {
            semua_jenis(JenisRecord::PredikatOrganisasi, &mut kunci);
        }
        kunci.into_iter().collect()
    }
}

/// What a plan read: each key, and a fingerprint of its text (`None`: absent).
pub(crate) type Dibaca = Vec<(Teks, Option<u64>)>;

/// The stored records at `kunci`, read from `store`, and what each key held (a key that
/// holds no readable record is left out of the records).
pub(crate) fn baca_relevan(
    store: &dyn KvStore,
    kunci: &[Teks],
) -> Result<(Vec<Record>, Dibaca), StoreError> {
    let (mut lokal, mut dibaca) = (Vec::with_capacity(kunci.len()), Vec::new());
    for k in kunci {
        let teks = store.get(k)?;
        dibaca.push((k.clone(), teks.as_deref().map(sidik_teks)));
        if let Some(r) = teks.and_then(|t| rekaman::dari_teks_tersimpan(&t)) {
            lokal.extend(ke_record(&r));
        }
    }
    Ok((lokal, dibaca))
}
