//! The agency's organisation records: writes that touch several records land whole (a merge
//! rewrites the kept unit, moves sub-units and deletes the merged one; taking units from the
//! profiles adds many), each under its revision check, through [`super::atomik`].

use super::atomik::{atomik, Gagal};
use super::kinerja::DataKinerja;
use super::kv::{KvStore, StoreError};
use super::rekaman::{self, GagalTulis, JenisRecord};
use crate::domain::evaluasi::Periode;
use crate::domain::kinerja_organisasi::{kunci_predikat_unit, PredikatUnit};
use crate::domain::organisasi::{RencanaGabung, UnitKerja};
use serde::Serialize;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// The record id of a unit's predikat for a period: the same on every device.
pub fn id_predikat_unit(unit_id: &str, periode: &Periode) -> String {
    rekaman::uuid_nama(
        JenisRecord::PredikatOrganisasi.kode(),
        &kunci_predikat_unit(unit_id, periode),
    )
}

/// A stored predikat organisasi with the id of the record that holds it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PredikatTersimpan<'a> {
    pub id: &'a str,
    pub isi: &'a PredikatUnit,
    pub revisi: u64,
}

impl<'a> PredikatTersimpan<'a> {
    /// Which of two records for one unit and period stands, lowest first: the one at the id
    /// every device gives it, else the first in id order. An import may have stored a second
    /// one (another device's, under another id); every screen must show the same one.
    fn peringkat(&self) -> (bool, &'a str) {
        let kanonik = id_predikat_unit(&self.isi.unit_id, &self.isi.periode);
        (self.id != kanonik, self.id)
    }
}

/// Every stored predikat organisasi with its record id, in key order.
pub fn predikat_semua(d: &DataKinerja) -> impl Iterator<Item = PredikatTersimpan<'_>> {
    d.predikat_unit
        .semua_berid()
        .map(|(id, p)| PredikatTersimpan {
            id,
            isi: &p.isi,
            revisi: p.revisi,
        })
}

/// The predikat of each unit for `periode`, by unit id: one per unit, the one that stands
/// where two records hold the same unit and period. The dashboard and the organisation
/// screen both read it here, so they never disagree.
pub fn predikat_periode<'a>(
    d: &'a DataKinerja,
    periode: &Periode,
) -> HashMap<&'a str, PredikatTersimpan<'a>> {
    let mut v: HashMap<&str, PredikatTersimpan> = HashMap::new();
    for p in predikat_semua(d).filter(|p| p.isi.periode == *periode) {
        match v.get(p.isi.unit_id.as_str()) {
            Some(ada) if ada.peringkat() <= p.peringkat() => {}
            _ => {
                v.insert(&p.isi.unit_id, p);
            }
        }
    }
    v
}

/// Where the screen writes a unit's predikat for a period and the revision it names: the
/// record it shows (`tampil`: id and revision), which an import may hold under another id
/// than this device would give it, else the id every device gives a new one (after its
/// tombstone, if it was cleared).
pub fn tujuan_predikat(
    store: &dyn KvStore,
    tampil: Option<(&str, u64)>,
    unit_id: &str,
    periode: &Periode,
) -> (String, Option<u64>) {
    match tampil {
        Some((id, revisi)) => (id.to_string(), Some(revisi)),
        None => {
            let id = id_predikat_unit(unit_id, periode);
            let basis = basis_tulis(store, JenisRecord::PredikatOrganisasi, &id, None);
            (id, basis)
        }
    }
}

/// One record change of a multi-record write.
#[derive(Clone, Debug, PartialEq)]
pub enum Ubah {
    /// Write `data` as the revision after `basis` (`None` = new).
    Tulis {
        jenis: JenisRecord,
        id: String,
        data: Value,
        basis: Option<u64>,
    },
    /// A tombstone after revision `basis`.
    Hapus {
        jenis: JenisRecord,
        id: String,
        basis: u64,
    },
}

impl Ubah {
    pub fn tulis<T: Serialize>(
        jenis: JenisRecord,
        id: &str,
        isi: &T,
        basis: Option<u64>,
    ) -> Result<Ubah, StoreError> {
        Ok(Ubah::Tulis {
            jenis,
            id: id.into(),
            data: rekaman::ke_value(isi)?,
            basis,
        })
    }

    fn kunci(&self) -> String {
        match self {
            Ubah::Tulis { jenis, id, .. } | Ubah::Hapus { jenis, id, .. } => {
                rekaman::kunci(jenis.kode(), id)
            }
        }
    }
}

/// Applies every change or none: a refused revision or a full storage puts every key back.
pub fn terapkan(
    store: &dyn KvStore,
    ubah: &[Ubah],
    waktu: &str,
) -> Result<usize, Gagal<GagalTulis>> {
    let kunci: Vec<String> = ubah.iter().map(Ubah::kunci).collect();
    atomik(store, &kunci, || -> Result<usize, GagalTulis> {
        for u in ubah {
            match u {
                Ubah::Tulis {
                    jenis,
                    id,
                    data,
                    basis,
                } => rekaman::tulis(store, *jenis, id, data.clone(), *basis, waktu)?,
                Ubah::Hapus { jenis, id, basis } => {
                    rekaman::hapus(store, *jenis, id, *basis, waktu)?
                }
            };
        }
        Ok(ubah.len())
    })
}

pub use super::rekaman::basis_tulis;

/// The changes of a merge, against what is stored (`d`): the kept unit with the other's names,
/// the moved sub-units, the merged unit deleted, and the merged unit's predikat moved to the
/// kept unit for periods it has none (where it has one, the kept unit's stands and the other
/// is deleted: [`predikat_bentrok`] lists them so the screen says so first).
pub fn ubah_gabung(
    store: &dyn KvStore,
    d: &DataKinerja,
    r: &RencanaGabung,
) -> Result<Vec<Ubah>, StoreError> {
    let unit = d.unit_kerja.semua();
    let revisi = |id: &str| {
        unit.iter()
            .find(|u| u.isi.id == id)
            .map(|u| u.revisi)
            .ok_or_else(|| StoreError::TidakAda(format!("unit_kerja {id}")))
    };
    let mut v = vec![Ubah::tulis(
        JenisRecord::UnitKerja,
        &r.simpan.id,
        &r.simpan,
        Some(revisi(&r.simpan.id)?),
    )?];
    for u in &r.pindah_induk {
        v.push(Ubah::tulis(
            JenisRecord::UnitKerja,
            &u.id,
            u,
            Some(revisi(&u.id)?),
        )?);
    }
    v.push(Ubah::Hapus {
        jenis: JenisRecord::UnitKerja,
        id: r.hapus.id.clone(),
        basis: revisi(&r.hapus.id)?,
    });
    let mut ada: HashSet<Periode> = d
        .predikat_unit
        .semua()
        .iter()
        .filter(|p| p.isi.unit_id == r.simpan.id)
        .map(|p| p.isi.periode)
        .collect();
    // Each of the merged unit's records is deleted by its own id (an import may have stored
    // it under another than this device gives it); of two for one period, the one that
    // stands moves and the other is only deleted.
    let mut milik: Vec<PredikatTersimpan> = predikat_semua(d)
        .filter(|p| p.isi.unit_id == r.hapus.id)
        .collect();
    milik.sort_by_cached_key(|p| (p.isi.periode, p.peringkat()));
    for p in milik {
        if ada.insert(p.isi.periode) {
            let pindah = PredikatUnit {
                unit_id: r.simpan.id.clone(),
                ..p.isi.clone()
            };
            let id = id_predikat_unit(&r.simpan.id, &p.isi.periode);
            let basis = basis_tulis(store, JenisRecord::PredikatOrganisasi, &id, None);
            v.push(Ubah::tulis(
                JenisRecord::PredikatOrganisasi,
                &id,
                &pindah,
                basis,
            )?);
        }
        v.push(Ubah::Hapus {
            jenis: JenisRecord::PredikatOrganisasi,
            id: p.id.to_string(),
            basis: p.revisi,
        });
    }
    Ok(v)
}

/// Periods where both merged units have a predikat: the kept unit's stands.
pub fn predikat_bentrok(d: &DataKinerja, r: &RencanaGabung) -> Vec<Periode> {
    let milik = |id: &str| -> HashSet<Periode> {
        d.predikat_unit
            .semua()
            .iter()
            .filter(|p| p.isi.unit_id == id)
            .map(|p| p.isi.periode)
            .collect()
    };
    let simpan = milik(&r.simpan.id);
    let mut v: Vec<Periode> = milik(&r.hapus.id).intersection(&simpan).copied().collect();
    v.sort();
    v
}

/// New units, all or none (the units proposed from profiles, taken at once).
pub fn ubah_tambah(unit: &[UnitKerja]) -> Result<Vec<Ubah>, StoreError> {
    unit.iter()
        .map(|u| Ubah::tulis(JenisRecord::UnitKerja, &u.id, u, None))
        .collect()
}

#[cfg(test)]
#[path = "organisasi_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "instansi_e2e_tests.rs"]
pub(crate) mod e2e;

#[cfg(test)]
#[path = "instansi_e2e_tim.rs"]
pub(crate) mod tim;
