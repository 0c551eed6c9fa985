//! Every stored performance record decoded into its domain type in one pass, with its
//! revision, so a screen reads storage once and finds what it needs by id or NIP.
//! Records whose `data` does not decode are counted, never silently dropped from view.

use super::kv::{KvStore, StoreError};
use super::rekaman::{self, Rekaman};
use crate::domain::evaluasi::Evaluasi;
use crate::domain::pegawai::Pegawai;
use crate::domain::progres::{DialogKinerja, Realisasi, UmpanBalik};
use crate::domain::skp::matriks::MatriksPeranHasil;
use crate::domain::skp::Skp;
use crate::jejak::{baca_sebagai, GalatData};
use serde::de::DeserializeOwned;

/// Record `type` names as stored (`docs/bundle.md`).
pub mod jenis {
    pub const PEGAWAI: &str = "pegawai";
    pub const SKP: &str = "skp";
    pub const REALISASI: &str = "realisasi";
    pub const UMPAN_BALIK: &str = "umpan_balik";
    pub const DIALOG: &str = "dialog_kinerja";
    pub const EVALUASI: &str = "evaluasi";
    pub const MATRIKS: &str = "matriks_peran_hasil";
}

/// The record id of the evaluation of `skp_id` for `periode`: a name-based UUID of the natural
/// key, so every device gives the same period the same id and merges instead of duplicating.
pub fn id_evaluasi(skp_id: &str, periode: &crate::domain::evaluasi::Periode) -> String {
    rekaman::uuid_nama(
        jenis::EVALUASI,
        &crate::domain::evaluasi::kunci_evaluasi(skp_id, periode),
    )
}

/// Undoes a delete: the tombstone (revision `basis`) still holds the data, which is written
/// back as the next revision, alive, so merges elsewhere see it return. Refused when storage
/// moved past the tombstone.
pub fn urungkan_hapus(
    store: &dyn KvStore,
    jenis: &str,
    id: &str,
    basis: u64,
    waktu: &str,
) -> Result<rekaman::Rekaman, rekaman::GagalTulis> {
    match rekaman::baca(store, jenis, id)? {
        Some(r) if r.dihapus && r.revisi == basis => {
            rekaman::tulis(store, jenis, id, r.data, Some(basis), waktu)
        }
        Some(r) => Err(rekaman::GagalTulis::LebihBaru {
            tersimpan: Box::new(r),
        }),
        None => Err(StoreError::Other(format!("{jenis} {id} not found")).into()),
    }
}

/// A decoded record and the revision a later write must name.
#[derive(Clone, Debug, PartialEq)]
pub struct Tersimpan<T> {
    pub isi: T,
    pub revisi: u64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataKinerja {
    pub pegawai: Vec<Tersimpan<Pegawai>>,
    /// Newest period first.
    pub skp: Vec<Tersimpan<Skp>>,
    pub realisasi: Vec<Tersimpan<Realisasi>>,
    pub umpan_balik: Vec<Tersimpan<UmpanBalik>>,
    pub dialog: Vec<Tersimpan<DialogKinerja>>,
    pub evaluasi: Vec<Tersimpan<Evaluasi>>,
    pub matriks: Vec<Tersimpan<MatriksPeranHasil>>,
    /// Live records of a known type whose data did not match it (shown as a count).
    pub tak_terbaca: usize,
    /// Which ones, and why: the field path below `data` and the reason.
    pub sebab_tak_terbaca: Vec<TakTerbaca>,
}

/// A live record whose `data` is not its type's shape.
#[derive(Clone, Debug, PartialEq)]
pub struct TakTerbaca {
    pub jenis: String,
    pub id: String,
    /// Names the field below `data` (e.g. `data.rhk[0].iki[1].target`) and what is wrong.
    pub galat: GalatData,
}

/// One record's `data` as its domain type, through the app's one reader ([`crate::jejak`]).
fn dekode<T: DeserializeOwned>(r: &Rekaman, gagal: &mut Vec<TakTerbaca>) -> Option<Tersimpan<T>> {
    match baca_sebagai(&r.data, "data") {
        Ok(isi) => Some(Tersimpan {
            isi,
            revisi: r.revisi,
        }),
        Err(galat) => {
            gagal.push(TakTerbaca {
                jenis: r.jenis.clone(),
                id: r.id.clone(),
                galat,
            });
            None
        }
    }
}

impl DataKinerja {
    pub fn muat(store: &dyn KvStore) -> Result<Self, StoreError> {
        let (semua, _) = rekaman::muat_semua(store)?;
        let mut d = DataKinerja::default();
        let mut gagal = Vec::new();
        for r in semua.iter().filter(|r| !r.dihapus) {
            match r.jenis.as_str() {
                jenis::PEGAWAI => d.pegawai.extend(dekode(r, &mut gagal)),
                jenis::SKP => d.skp.extend(dekode(r, &mut gagal)),
                jenis::REALISASI => d.realisasi.extend(dekode(r, &mut gagal)),
                jenis::UMPAN_BALIK => d.umpan_balik.extend(dekode(r, &mut gagal)),
                jenis::DIALOG => d.dialog.extend(dekode(r, &mut gagal)),
                jenis::EVALUASI => d.evaluasi.extend(dekode(r, &mut gagal)),
                jenis::MATRIKS => d.matriks.extend(dekode(r, &mut gagal)),
                _ => {}
            }
        }
        d.tak_terbaca = gagal.len();
        d.sebab_tak_terbaca = gagal;
        d.skp
            .sort_by_key(|s| std::cmp::Reverse(s.isi.periode_mulai));
        d.evaluasi.sort_by_key(|e| {
            std::cmp::Reverse((e.isi.periode.tahun, e.isi.periode.jenis, e.isi.periode.ke))
        });
        Ok(d)
    }

    /// Loads, or an empty set when storage cannot be read (the banner reports that).
    pub fn muat_atau_kosong(store: &dyn KvStore) -> Self {
        Self::muat(store).unwrap_or_default()
    }

    pub fn profil(&self, nip: &str) -> Option<&Pegawai> {
        self.pegawai.iter().map(|p| &p.isi).find(|p| p.nip == nip)
    }

    /// The name known for a NIP, else the NIP in its 8-6-1-3 display form.
    pub fn nama(&self, nip: &str) -> String {
        self.profil(nip)
            .map(|p| p.nama.clone())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| crate::domain::nip::format_nip(nip))
    }

    /// SKPs of one pegawai, newest period first.
    pub fn skp_milik<'a>(&'a self, nip: &'a str) -> impl Iterator<Item = &'a Tersimpan<Skp>> {
        self.skp.iter().filter(move |s| s.isi.pegawai_nip == nip)
    }

    /// Everyone else's SKPs (`saya` = the person's NIP): a pejabat penilai's bawahan.
    pub fn skp_lain<'a>(&'a self, saya: &'a str) -> impl Iterator<Item = &'a Tersimpan<Skp>> {
        self.skp.iter().filter(move |s| s.isi.pegawai_nip != saya)
    }

    pub fn skp_id(&self, id: &str) -> Option<&Tersimpan<Skp>> {
        self.skp.iter().find(|s| s.isi.id == id)
    }

    pub fn realisasi_skp(&self, skp_id: &str) -> Vec<Realisasi> {
        self.realisasi
            .iter()
            .filter(|r| r.isi.skp_id == skp_id)
            .map(|r| r.isi.clone())
            .collect()
    }

    /// Umpan balik on one SKP, oldest first, with revisions (a delete must name one).
    pub fn umpan_balik_skp(&self, skp_id: &str) -> Vec<&Tersimpan<UmpanBalik>> {
        let mut v: Vec<&Tersimpan<UmpanBalik>> = self
            .umpan_balik
            .iter()
            .filter(|u| u.isi.skp_id == skp_id)
            .collect();
        v.sort_by_key(|u| u.isi.tanggal);
        v
    }

    /// Dialog kinerja of one SKP, oldest first, with revisions.
    pub fn dialog_skp(&self, skp_id: &str) -> Vec<&Tersimpan<DialogKinerja>> {
        let mut v: Vec<&Tersimpan<DialogKinerja>> = self
            .dialog
            .iter()
            .filter(|d| d.isi.skp_id == skp_id)
            .collect();
        v.sort_by_key(|d| d.isi.tanggal);
        v
    }

    /// Evaluations of one SKP, newest period first.
    pub fn evaluasi_skp(&self, skp_id: &str) -> Vec<&Tersimpan<Evaluasi>> {
        self.evaluasi
            .iter()
            .filter(|e| e.isi.skp_id == skp_id)
            .collect()
    }

    pub fn evaluasi_id(&self, id: &str) -> Option<&Tersimpan<Evaluasi>> {
        self.evaluasi.iter().find(|e| e.isi.id == id)
    }
}

#[cfg(test)]
#[path = "kinerja_tests.rs"]
mod tests;
