//! Typed access to a record's `data`: each record type reads into its domain object, and a
//! failure names the field path and the reason ([`GalatData`]).

use super::format::{JenisRecord, Record};
use super::jejak::{baca_sebagai, GalatData};
use crate::domain::asesmen_potensi::AsesmenPotensi;
use crate::domain::evaluasi::Evaluasi;
use crate::domain::kinerja_organisasi::PredikatUnit;
use crate::domain::kompetensi::PenilaianKompetensi;
use crate::domain::lampiran::Lampiran;
use crate::domain::organisasi::UnitKerja;
use crate::domain::pegawai::Pegawai;
use crate::domain::pengembangan::KegiatanPengembangan;
use crate::domain::penghargaan::Penghargaan;
use crate::domain::progres::{DialogKinerja, Realisasi, UmpanBalik};
use crate::domain::rencana_pengembangan::RencanaPengembangan;
use crate::domain::skp::matriks::MatriksPeranHasil;
use crate::domain::skp::Skp;
use crate::domain::{Galat, Rulebook};
use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::marker::PhantomData;
use std::sync::Arc;

/// A pegawai's own note. The domain has no notes type yet; it lives here until one exists.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Catatan {
    pub id: String,
    pub tanggal: NaiveDate,
    #[serde(default)]
    pub judul: String,
    pub isi: String,
    /// The SKP the note belongs to, if any.
    #[serde(default)]
    pub skp_id: Option<String>,
}

/// A record's `data` as its domain object.
// Decoded a file's worth at a time and dropped after judging: boxing the profile would
// allocate for every record to save stack space nobody keeps.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum IsiRecord {
    Pegawai(Pegawai),
    Skp(Skp),
    Realisasi(Realisasi),
    UmpanBalik(UmpanBalik),
    DialogKinerja(DialogKinerja),
    Evaluasi(Evaluasi),
    KegiatanPengembangan(KegiatanPengembangan),
    Catatan(Catatan),
    MatriksPeranHasil(MatriksPeranHasil),
    Rulebook(Box<Rulebook>),
    Lampiran(Lampiran),
    UnitKerja(UnitKerja),
    PredikatOrganisasi(PredikatUnit),
    PenilaianKompetensi(PenilaianKompetensi),
    RencanaPengembangan(RencanaPengembangan),
    Penghargaan(Penghargaan),
    AsesmenPotensi(AsesmenPotensi),
}

impl IsiRecord {
    /// The SKP the record belongs to, for the records that belong to one (a matrix: the
    /// atasan's SKP whose RHK it divides).
    pub fn skp_id(&self) -> Option<&str> {
        match self {
            IsiRecord::Realisasi(x) => Some(&x.skp_id),
            IsiRecord::UmpanBalik(x) => Some(&x.skp_id),
            IsiRecord::DialogKinerja(x) => Some(&x.skp_id),
            IsiRecord::Evaluasi(x) => Some(&x.skp_id),
            IsiRecord::Lampiran(x) => Some(&x.skp_id),
            IsiRecord::MatriksPeranHasil(x) => Some(&x.skp_atasan_id),
            IsiRecord::Catatan(x) => x.skp_id.as_deref(),
            _ => None,
        }
    }
}

/// Why `data` is not a usable domain object.
#[derive(Clone, Debug, PartialEq)]
pub enum GalatIsi {
    /// It does not have the type's shape: path and reason.
    Bentuk(GalatData),
    /// A rulebook with the right shape whose rules contradict each other.
    Rulebook(Galat),
}

/// Fields the app computes and never stores (ARCHITECTURE: predikat recomputed, never stored);
/// found in a file they are dropped with a warning rather than trusted.
pub fn kolom_turunan(jenis: JenisRecord) -> &'static [&'static str] {
    match jenis {
        JenisRecord::Evaluasi => &["predikat", "nilai_kinerja"],
        JenisRecord::Realisasi => &["capaian"],
        JenisRecord::Pegawai => &["pangkat"],
        JenisRecord::KegiatanPengembangan => &["jalur"],
        _ => &[],
    }
}

impl Record {
    /// `data` read as `T`; errors name paths below `data`.
    pub fn data_sebagai<T: DeserializeOwned>(&self) -> Result<T, GalatData> {
        baca_sebagai(&self.data, "data")
    }

    /// `data` as the domain object its `type` names.
    pub fn isi(&self) -> Result<IsiRecord, GalatIsi> {
        baca_isi(self.jenis, &self.data, "data")
    }
}

/// Each record's live content decoded once while one file is judged: its rights per field,
/// the domain's rules and the authority each read every record (an SKP twice more for the
/// relations), and decoding was a sixth of an agency's import. Keyed by the address of the
/// record's `data`: the borrow `'a` keeps every record it saw alive and unchanged meanwhile.
pub(crate) struct IsiSekali<'a> {
    peta: RefCell<HashMap<*const Value, Arc<Option<IsiRecord>>>>,
    _dipinjam: PhantomData<&'a Record>,
}

impl<'a> IsiSekali<'a> {
    pub(crate) fn baru() -> Self {
        IsiSekali {
            peta: RefCell::new(HashMap::new()),
            _dipinjam: PhantomData,
        }
    }

    /// Starts with what the checks decoded ([`IsiTerbaca`]), each taken only where the
    /// record at its place still has its id (the decode was a tenth of an agency's import).
    pub(crate) fn dari_pemeriksaan(records: &'a [Record], isi: &IsiTerbaca) -> Self {
        let s = Self::baru();
        {
            let mut peta = s.peta.borrow_mut();
            for (r, (id, x)) in records.iter().zip(&isi.0) {
                if r.id == *id {
                    peta.insert(&r.data as *const Value, Arc::clone(x));
                }
            }
        }
        s
    }

    /// `r`'s content; `None` for a tombstone or data that does not decode.
    pub(crate) fn isi(&self, r: &'a Record) -> Arc<Option<IsiRecord>> {
        let k: *const Value = &r.data;
        if let Some(x) = self.peta.borrow().get(&k) {
            return Arc::clone(x);
        }
        let x = Arc::new(
            (!r.dihapus)
                .then(|| baca_isi(r.jenis, &r.data, "data").ok())
                .flatten(),
        );
        self.peta.borrow_mut().insert(k, Arc::clone(&x));
        x
    }
}

/// The checks' decode of each accepted record's content, by place in the file's `records`
/// with the record's id (`None`: a tombstone, as [`IsiSekali::isi`] gives it), so the plan
/// does not decode the file a second time. Code that changes a read file's records before
/// planning keeps this in step or empties it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IsiTerbaca(pub(crate) Vec<(String, Arc<Option<IsiRecord>>)>);

/// Reads `data` as the domain object of `jenis`; paths in errors start at `akar`.
pub fn baca_isi(jenis: JenisRecord, data: &Value, akar: &str) -> Result<IsiRecord, GalatIsi> {
    fn baca<T: DeserializeOwned>(data: &Value, akar: &str) -> Result<T, GalatIsi> {
        baca_sebagai(data, akar).map_err(GalatIsi::Bentuk)
    }
    Ok(match jenis {
        JenisRecord::Pegawai => IsiRecord::Pegawai(baca(data, akar)?),
        JenisRecord::Skp => IsiRecord::Skp(baca(data, akar)?),
        JenisRecord::Realisasi => IsiRecord::Realisasi(baca(data, akar)?),
        JenisRecord::UmpanBalik => IsiRecord::UmpanBalik(baca(data, akar)?),
        JenisRecord::DialogKinerja => IsiRecord::DialogKinerja(baca(data, akar)?),
        JenisRecord::Evaluasi => IsiRecord::Evaluasi(baca(data, akar)?),
        JenisRecord::KegiatanPengembangan => IsiRecord::KegiatanPengembangan(baca(data, akar)?),
        JenisRecord::Catatan => IsiRecord::Catatan(baca(data, akar)?),
        JenisRecord::MatriksPeranHasil => IsiRecord::MatriksPeranHasil(baca(data, akar)?),
        JenisRecord::Lampiran => IsiRecord::Lampiran(baca(data, akar)?),
        JenisRecord::UnitKerja => IsiRecord::UnitKerja(baca(data, akar)?),
        JenisRecord::PredikatOrganisasi => IsiRecord::PredikatOrganisasi(baca(data, akar)?),
        JenisRecord::PenilaianKompetensi => IsiRecord::PenilaianKompetensi(baca(data, akar)?),
        JenisRecord::RencanaPengembangan => IsiRecord::RencanaPengembangan(baca(data, akar)?),
        JenisRecord::Penghargaan => IsiRecord::Penghargaan(baca(data, akar)?),
        JenisRecord::AsesmenPotensi => IsiRecord::AsesmenPotensi(baca(data, akar)?),
        JenisRecord::Rulebook => {
            let rb: Rulebook = baca(data, akar)?;
            rb.periksa().map_err(GalatIsi::Rulebook)?;
            IsiRecord::Rulebook(Box::new(rb))
        }
    })
}

#[cfg(test)]
#[path = "isi_tests.rs"]
mod tests;
