//! Every stored performance record decoded into its domain type in one pass, with its
//! revision, so a screen reads storage once and finds what it needs by id or NIP.
//! Records whose `data` does not decode are counted, never silently dropped from view.

use super::kv::{KvStore, StoreError};
use super::rekaman::{self, JenisRecord, Rekaman};
use crate::domain::asesmen_potensi::AsesmenPotensi;
use crate::domain::evaluasi::{Evaluasi, Periode};
use crate::domain::kinerja_organisasi::PredikatUnit;
use crate::domain::kompetensi::PenilaianKompetensi;
use crate::domain::organisasi::UnitKerja;
use crate::domain::pegawai::Pegawai;
use crate::domain::pengembangan::KegiatanPengembangan;
use crate::domain::penghargaan::Penghargaan;
use crate::domain::progres::{DialogKinerja, Realisasi, UmpanBalik};
use crate::domain::rencana_pengembangan::RencanaPengembangan;
use crate::domain::skp::matriks::MatriksPeranHasil;
use crate::domain::skp::Skp;
use crate::jejak::{baca_sebagai, GalatData};
use chrono::Datelike;
use serde::de::DeserializeOwned;
use std::cell::Cell;

/// The record id of the evaluation of `skp_id` for `periode`: a name-based UUID of the natural
/// key, so every device gives the same period the same id and merges instead of duplicating.
pub fn id_evaluasi(skp_id: &str, periode: &crate::domain::evaluasi::Periode) -> String {
    rekaman::uuid_nama(
        JenisRecord::Evaluasi.kode(),
        &crate::domain::evaluasi::kunci_evaluasi(skp_id, periode),
    )
}

/// Undoes a delete: the tombstone (revision `basis`) still holds the data, which is written
/// back as the next revision, alive, so merges elsewhere see it return. Refused when storage
/// moved past the tombstone.
pub fn urungkan_hapus(
    store: &dyn KvStore,
    jenis: JenisRecord,
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
        None => Err(StoreError::TidakAda(format!("{} {id}", jenis.kode())).into()),
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
    /// Coaching records and matrices are decoded on first use (see [`Tertunda`]).
    pub umpan_balik: Tertunda<UmpanBalik>,
    pub dialog: Tertunda<DialogKinerja>,
    pub evaluasi: Vec<Tersimpan<Evaluasi>>,
    pub matriks: Tertunda<MatriksPeranHasil>,
    /// The agency's organisation (admin kepegawaian), decoded by its screens only.
    pub unit_kerja: Tertunda<UnitKerja>,
    pub predikat_unit: Tertunda<PredikatUnit>,
    /// Training logs (kegiatan pengembangan), decoded by the screens that count JP.
    pub kegiatan: Tertunda<KegiatanPengembangan>,
    /// Competency assessments (Format B.1.9), decoded by the competency screen.
    pub kompetensi: Tertunda<PenilaianKompetensi>,
    /// Development plans and awards, decoded by the screens that show them.
    pub rencana: Tertunda<RencanaPengembangan>,
    pub penghargaan: Tertunda<Penghargaan>,
    /// Potential assessments (asesmen potensi), decoded by the talent screen.
    pub asesmen: Tertunda<AsesmenPotensi>,
    /// Live records of an eagerly decoded type whose data did not match it (a count); the
    /// deferred kinds keep theirs in [`Tertunda::tak_terbaca`].
    pub tak_terbaca: usize,
    /// Which ones, and why: the field path below `data` and the reason.
    pub sebab_tak_terbaca: Vec<TakTerbaca>,
}

#[path = "kinerja_tertunda.rs"]
mod tertunda;
pub use tertunda::Tertunda;

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

/// The SKP list's order as a number, ascending: the newest period's start first (sorted
/// stably, in key order within one). A number, so one sort serves every list that keeps this
/// order ([`super::turunan`]'s rows too).
pub(crate) fn urutan_skp(mulai: chrono::NaiveDate) -> u128 {
    u128::MAX - (i128::from(mulai.num_days_from_ce()) + (1 << 32)) as u128
}

/// The evaluation list's order as a number, ascending: newest period first (year, kind,
/// number), sorted stably, in key order within one.
pub(crate) fn urutan_evaluasi(p: &Periode) -> u128 {
    let tahun = (i128::from(p.tahun) + (1 << 32)) as u128;
    u128::MAX - ((tahun << 64) | ((p.jenis as u128) << 32) | u128::from(p.ke))
}

/// Reads a record's text straight into [`DataKinerja`]; `false` when the full reader must.
pub type PembacaLurus = fn(&mut DataKinerja, JenisRecord, &str) -> bool;

thread_local! {
    /// The straight reader, once its chunk is here (see [`super::langsung`]).
    static PEMBACA_LURUS: Cell<Option<PembacaLurus>> = const { Cell::new(None) };
}

/// Installs the straight reader for every later [`DataKinerja::muat`].
pub fn pasang_pembaca_lurus(f: PembacaLurus) {
    PEMBACA_LURUS.with(|p| p.set(Some(f)));
}

/// Whether the straight reader is installed.
pub fn pembaca_lurus_terpasang() -> bool {
    PEMBACA_LURUS.with(|p| p.get().is_some())
}

/// The straight reader, when installed.
pub(crate) fn pembaca_lurus() -> Option<PembacaLurus> {
    PEMBACA_LURUS.with(Cell::get)
}

/// The kinds [`DataKinerja`] holds, the only keys it reads.
const DIBACA: [JenisRecord; 14] = [
    JenisRecord::Pegawai,
    JenisRecord::Skp,
    JenisRecord::Realisasi,
    JenisRecord::UmpanBalik,
    JenisRecord::DialogKinerja,
    JenisRecord::Evaluasi,
    JenisRecord::MatriksPeranHasil,
    JenisRecord::UnitKerja,
    JenisRecord::PredikatOrganisasi,
    JenisRecord::KegiatanPengembangan,
    JenisRecord::PenilaianKompetensi,
    JenisRecord::RencanaPengembangan,
    JenisRecord::Penghargaan,
    JenisRecord::AsesmenPotensi,
];

impl DataKinerja {
    pub fn muat(store: &dyn KvStore) -> Result<Self, StoreError> {
        Self::muat_dengan(store, pembaca_lurus())
    }

    /// [`Self::muat`] with `lurus` as the straight reader (or none): the same data either way.
    pub(crate) fn muat_dengan(
        store: &dyn KvStore,
        lurus: Option<PembacaLurus>,
    ) -> Result<Self, StoreError> {
        Self::muat_dari(store, &DIBACA, lurus)
    }

    /// Only the records of the kinds in `jenis` (the other lists stay empty), read and ordered
    /// as [`Self::muat`] reads them: for a screen that needs a few kinds of a large workspace.
    pub fn muat_jenis(store: &dyn KvStore, jenis: &[JenisRecord]) -> Result<Self, StoreError> {
        Self::muat_dari(store, jenis, pembaca_lurus())
    }

    fn muat_dari(
        store: &dyn KvStore,
        jenis: &[JenisRecord],
        lurus: Option<PembacaLurus>,
    ) -> Result<Self, StoreError> {
        // Read only: this runs on every data change; start-up quarantines bad records. Only
        // the kinds held here are read: others (an attachment's bytes above all) are left to
        // the code that shows them. With a straight reader installed, the records it can read
        // skip the full reader's `Value` tree ([`super::langsung`]).
        let mut d = DataKinerja::default();
        let mut gagal = Vec::new();
        rekaman::untuk_teks(store, jenis, |jenis, teks| {
            d.baca_satu(jenis, teks, lurus, &mut gagal)
        })?;
        d.tak_terbaca = gagal.len();
        d.sebab_tak_terbaca = gagal;
        d.skp.sort_by_key(|s| urutan_skp(s.isi.periode_mulai));
        d.evaluasi.sort_by_key(|e| urutan_evaluasi(&e.isi.periode));
        Ok(d)
    }

    /// One stored record's text (under a key of kind `jenis`) into its list, as [`Self::muat`]
    /// reads each: straight with `lurus` where it can, else the full way.
    pub(crate) fn baca_satu(
        &mut self,
        jenis: JenisRecord,
        teks: &str,
        lurus: Option<PembacaLurus>,
        gagal: &mut Vec<TakTerbaca>,
    ) {
        if !lurus.is_some_and(|baca| baca(self, jenis, teks)) {
            if let Some(r) = rekaman::dari_teks_tersimpan(teks) {
                self.tambah(r, gagal);
            }
        }
    }

    /// Loads, or an empty set when storage cannot be read (the banner reports that).
    pub fn muat_atau_kosong(store: &dyn KvStore) -> Self {
        Self::muat(store).unwrap_or_default()
    }

    /// One record read the full way, into the list of its kind (a tombstone into none).
    fn tambah(&mut self, r: Rekaman, gagal: &mut Vec<TakTerbaca>) {
        if r.dihapus {
            return;
        }
        match JenisRecord::dari_kode(&r.jenis) {
            Some(JenisRecord::Pegawai) => self.pegawai.extend(dekode(&r, gagal)),
            Some(JenisRecord::Skp) => self.skp.extend(dekode(&r, gagal)),
            Some(JenisRecord::Realisasi) => self.realisasi.extend(dekode(&r, gagal)),
            Some(JenisRecord::UmpanBalik) => self.umpan_balik.mentah.push(r),
            Some(JenisRecord::DialogKinerja) => self.dialog.mentah.push(r),
            Some(JenisRecord::Evaluasi) => self.evaluasi.extend(dekode(&r, gagal)),
            Some(JenisRecord::MatriksPeranHasil) => self.matriks.mentah.push(r),
            Some(JenisRecord::UnitKerja) => self.unit_kerja.mentah.push(r),
            Some(JenisRecord::PredikatOrganisasi) => self.predikat_unit.mentah.push(r),
            Some(JenisRecord::KegiatanPengembangan) => self.kegiatan.mentah.push(r),
            Some(JenisRecord::PenilaianKompetensi) => self.kompetensi.mentah.push(r),
            Some(JenisRecord::RencanaPengembangan) => self.rencana.mentah.push(r),
            Some(JenisRecord::Penghargaan) => self.penghargaan.mentah.push(r),
            Some(JenisRecord::AsesmenPotensi) => self.asesmen.mentah.push(r),
            _ => {}
        }
    }

    /// The agency dashboards' inputs from these records, in their order.
    pub fn masukan_rekap(&self) -> crate::domain::rekap_instansi::MasukanRekap {
        crate::domain::rekap_instansi::MasukanRekap::dari(
            self.pegawai.iter().map(|p| &p.isi),
            self.skp.iter().map(|s| &s.isi),
            self.evaluasi.iter().map(|e| &e.isi),
        )
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

    /// One live realisasi with its revision (a correction or a delete must name it).
    pub fn realisasi_id(&self, id: &str) -> Option<&Tersimpan<Realisasi>> {
        self.realisasi.iter().find(|r| r.isi.id == id)
    }

    /// Umpan balik on one SKP, oldest first, with revisions (a delete must name one).
    pub fn umpan_balik_skp(&self, skp_id: &str) -> Vec<&Tersimpan<UmpanBalik>> {
        let mut v: Vec<&Tersimpan<UmpanBalik>> = self
            .umpan_balik
            .semua()
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
            .semua()
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

    /// The evaluation of one SKP for one period (at most one: checked on import).
    pub fn evaluasi_periode(
        &self,
        skp_id: &str,
        periode: &crate::domain::evaluasi::Periode,
    ) -> Option<&Tersimpan<Evaluasi>> {
        self.evaluasi
            .iter()
            .find(|e| e.isi.skp_id == skp_id && e.isi.periode == *periode)
    }

    pub fn evaluasi_id(&self, id: &str) -> Option<&Tersimpan<Evaluasi>> {
        self.evaluasi.iter().find(|e| e.isi.id == id)
    }
}

#[path = "kinerja_orang.rs"]
mod orang;

#[cfg(test)]
#[path = "kinerja_tests.rs"]
mod tests;
