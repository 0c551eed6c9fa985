//! What the agency screens show, derived from the stored records for one period: the units in
//! tree order (owned, so a memo can hold them) and the domain's rekap. Pure over
//! the dashboards' inputs and the organisation, so the whole path from storage to figures is
//! tested natively.

use crate::domain::evaluasi::{JenisPeriode, Periode};
use crate::domain::kinerja_organisasi::PredikatUnit;
use crate::domain::organisasi::{Organisasi, UnitKerja};
use crate::domain::rekap_instansi::{
    periode_tercatat, rekap_dari, BarisPegawai, MasukanRekap, RekapInstansi,
};
use crate::domain::Rulebook;
use crate::store::kinerja::DataKinerja;
use crate::store::organisasi::{predikat_periode, PredikatTersimpan};
use chrono::NaiveDate;
use std::ops::Range;

#[derive(Clone, Debug, PartialEq)]
pub struct Papan {
    /// Units in tree order (top units, each followed by the units below it).
    pub unit: Vec<UnitKerja>,
    pub kedalaman: Vec<usize>,
    /// Each unit's sub-tree as positions in `unit`.
    pub sub: Vec<Range<usize>>,
    /// "Dinas › Bidang A": the unit's place, for tables and files.
    pub jalur: Vec<String>,
    pub rekap: RekapInstansi,
    /// Unit or predikat records whose data could not be read (said on screen).
    pub tak_terbaca: usize,
}

impl Papan {
    /// The figures of `periode` from the dashboards' inputs `m` and the organisation `o` (its
    /// units and their predikat; other lists unread).
    pub fn hitung(
        m: &MasukanRekap,
        o: &DataKinerja,
        periode: Periode,
        hari_ini: NaiveDate,
    ) -> Papan {
        let rb = Rulebook::aktif();
        let org = Organisasi::baru(o.unit_kerja.semua().iter().map(|u| &u.isi));
        // One per unit, the same one the organisation screen shows (`predikat_periode`).
        let predikat: Vec<&PredikatUnit> = predikat_periode(o, &periode)
            .into_values()
            .map(|p| p.isi)
            .collect();
        let rekap = rekap_dari(rb, &org, m, &predikat, periode, hari_ini);
        let n = org.urutan().len();
        Papan {
            unit: org.urutan().iter().map(|u| (*u).clone()).collect(),
            kedalaman: (0..n).map(|i| org.kedalaman(i)).collect(),
            sub: (0..n).map(|i| org.sub_pohon(i)).collect(),
            jalur: (0..n)
                .map(|i| {
                    org.jalur(i)
                        .iter()
                        .map(|u| u.nama.as_str())
                        .collect::<Vec<_>>()
                        .join(" › ")
                })
                .collect(),
            rekap,
            tak_terbaca: o.unit_kerja.tak_terbaca().len() + o.predikat_unit.tak_terbaca().len(),
        }
    }

    /// [`Self::hitung`] over every record decoded (tests).
    #[cfg(test)]
    pub fn dari_kinerja(d: &DataKinerja, periode: Periode, hari_ini: NaiveDate) -> Papan {
        let m = d.masukan_rekap();
        Self::hitung(&m, d, periode, hari_ini)
    }

    pub fn posisi(&self, id: &str) -> Option<usize> {
        self.unit.iter().position(|u| u.id == id)
    }

    /// The pegawai of unit `i` and the units below it.
    pub fn pegawai_unit(&self, i: usize) -> &[BarisPegawai] {
        self.rekap.pegawai_dalam(self.sub[i].clone())
    }

    /// The unit a pegawai belongs to, by position.
    pub fn nama_unit(&self, b: &BarisPegawai) -> Option<&str> {
        b.unit
            .and_then(|i| self.unit.get(i))
            .map(|u| u.nama.as_str())
    }
}

/// The period a screen opens with: the newest one with stored evaluations (`periode`, each
/// evaluation's), else the one of the rulebook's default kind that holds today.
pub fn periode_awal(periode: impl IntoIterator<Item = Periode>, hari_ini: NaiveDate) -> Periode {
    periode_tercatat(periode)
        .first()
        .copied()
        .unwrap_or_else(|| Periode::memuat(Rulebook::periode_evaluasi_bawaan(), hari_ini))
}

/// The periods offered for a year: those with stored evaluations, every period of the
/// rulebook's default kind, and the year itself (tahunan), in calendar order.
pub fn daftar_periode(tahun: i32, tercatat: &[Periode], bawaan: JenisPeriode) -> Vec<Periode> {
    let mut v: Vec<Periode> = tercatat
        .iter()
        .filter(|p| p.tahun == tahun)
        .copied()
        .chain(Periode::semua(bawaan, tahun))
        .chain(Periode::semua(JenisPeriode::Tahunan, tahun))
        .collect();
    v.sort_by_key(|p| (p.rentang().map(|(_, b)| b), p.jenis));
    v.dedup();
    v
}

/// The years offered: those with stored evaluations, this year and the chosen one, newest first.
pub fn daftar_tahun(tercatat: &[Periode], kini: i32, dipilih: i32) -> Vec<i32> {
    let mut v: Vec<i32> = tercatat.iter().map(|p| p.tahun).collect();
    v.extend([kini, dipilih]);
    v.sort_unstable_by(|a, b| b.cmp(a));
    v.dedup();
    v
}

/// The predikat of a unit for a period with its record's id and revision, if stored: the one
/// the dashboard counts, and the record the screen's save and clear then write.
pub fn predikat_tersimpan<'a>(
    d: &'a DataKinerja,
    unit_id: &str,
    periode: &Periode,
) -> Option<PredikatTersimpan<'a>> {
    predikat_periode(d, periode).remove(unit_id)
}

#[cfg(test)]
#[path = "papan_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "skala_tests.rs"]
mod skala;
