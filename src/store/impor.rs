//! Export and import of bundles against the stored records: the dry run per file, applying
//! it with the person's choice per conflict (whole or not at all, through [`super::jurnal`]),
//! undoing exactly that import, and building an export bundle. Pure over [`KvStore`], so it
//! is tested natively.

use super::impor_kumpulan::rencanakan_dari;
pub use super::impor_kumpulan::{BerkasKumpulan, EntriRingkas, Kumpulan, Laporan, RingkasRencana};
use super::jurnal::{self, EntriJurnal, GagalUbah, GagalUrung};
use super::kv::{KvStore, StoreError};
use super::pandangan::Pandangan;
use super::rekaman::{self, Rekaman, SKEMA_REKAMAN};
use crate::bundle::format::{
    Bundle, JenisBundle, JenisRecord, Pengekspor, Record, KOLOM_RECORD, PERAN_ADMIN,
};
use crate::bundle::gabung::{Penerima, Pilihan, Rencana};
use crate::bundle::gabung_kolom::basis_penuh;
use crate::bundle::masalah::{KodeMasalah, Masalah};
use crate::bundle::validasi::{baca_teks, Batas, HasilBaca};
use chrono::{DateTime, FixedOffset, NaiveDateTime};
use std::collections::HashMap;

/// A stored record as it travels in a bundle; `None` for a type this app does not know.
/// Field by field: the two envelopes share their names, only `schema_version` is the store's.
/// A base kept as "the record's own data" is written out as digests here, as files carry it.
pub fn ke_record(r: &Rekaman) -> Option<Record> {
    let mut lain = r.lain.clone();
    basis_penuh(&mut lain, r.revisi, r.dihapus, &r.data);
    Some(Record {
        id: r.id.clone(),
        jenis: JenisRecord::dari_kode(&r.jenis)?,
        revisi: r.revisi,
        diperbarui: r.diperbarui.clone(),
        dihapus: r.dihapus,
        data: r.data.clone(),
        lain,
    })
}

/// A bundle record as stored (the current record schema). Unknown fields that would shadow
/// an envelope field are dropped, as a serialised record never writes them.
pub fn dari_record(r: &Record) -> Rekaman {
    let lain = r
        .lain
        .iter()
        .filter(|(k, _)| !KOLOM_RECORD.contains(&k.as_str()) && *k != "schema_version")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    Rekaman {
        id: r.id.clone(),
        jenis: r.jenis.kode().into(),
        revisi: r.revisi,
        diperbarui: r.diperbarui.clone(),
        dihapus: r.dihapus,
        data: r.data.clone(),
        schema_version: SKEMA_REKAMAN,
        lain,
    }
}

/// Every stored record in bundle form (unreadable ones are quarantined by the load).
pub fn record_lokal(store: &dyn KvStore) -> Result<Vec<Record>, StoreError> {
    let (semua, _) = rekaman::muat_semua(store)?;
    Ok(semua.iter().filter_map(ke_record).collect())
}

/// The export bundle of `jenis`: every stored record that kind may carry, tombstones
/// included so deletions travel too. A `rekap` (the admin's whole workspace) lists them in the
/// flow's order, kind by kind (organisation, profiles, SKPs, then what refers to them), so
/// the file reads as the agency's records do; an import judges them in that order anyway.
pub fn ekspor(
    store: &dyn KvStore,
    jenis: JenisBundle,
    pengekspor: Pengekspor,
    sekarang: DateTime<FixedOffset>,
) -> Result<Bundle, StoreError> {
    let mut semua = record_lokal(store)?;
    if jenis == JenisBundle::Rekap {
        semua.sort_by_key(|r| urutan_rekap(r.jenis));
    }
    // An award and a potential assessment are the admin's word: they travel in the admin's
    // files, never forwarded in a pegawai's or pejabat penilai's (whose receiver would rightly
    // refuse them).
    let admin = pengekspor.peran == PERAN_ADMIN;
    let records = semua
        .into_iter()
        .filter(|r| jenis.boleh_memuat(r.jenis))
        .filter(|r| {
            admin
                || !matches!(
                    r.jenis,
                    JenisRecord::Penghargaan | JenisRecord::AsesmenPotensi
                )
        })
        .map(|mut r| {
            // A deleted attachment's bytes stay here for an undo; the deletion travels alone.
            if r.dihapus && r.jenis == JenisRecord::Lampiran {
                r.data = serde_json::Value::Null;
            }
            r
        })
        .collect();
    Ok(Bundle::baru(jenis, pengekspor, records, sekarang))
}

/// A record type's place in a rekap (stable sort: ids keep the store's order within one).
fn urutan_rekap(j: JenisRecord) -> usize {
    use JenisRecord as R;
    const URUTAN: [JenisRecord; 17] = [
        R::UnitKerja,
        R::PredikatOrganisasi,
        R::Pegawai,
        R::Skp,
        R::MatriksPeranHasil,
        R::Realisasi,
        R::Lampiran,
        R::UmpanBalik,
        R::DialogKinerja,
        R::Evaluasi,
        R::KegiatanPengembangan,
        R::PenilaianKompetensi,
        R::RencanaPengembangan,
        R::Penghargaan,
        R::AsesmenPotensi,
        R::Catatan,
        R::Rulebook,
    ];
    URUTAN.iter().position(|x| *x == j).unwrap_or(URUTAN.len())
}

/// What the dry run found in one file.
#[derive(Clone, Debug, PartialEq)]
pub enum LaporanBerkas {
    Rencana(Box<Rencana>),
    /// Made by a newer app: nothing from it is imported.
    PerbaruiAplikasi(HasilBaca),
    Ditolak(HasilBaca),
}

/// The dry run of one file against what is stored now, with every entry whole. Changes
/// nothing. (Many files: a [`Kumpulan`], which reads storage once and keeps less.)
pub fn rencanakan_berkas(
    store: &dyn KvStore,
    nama: &str,
    teks: &str,
    batas: &Batas,
) -> Result<LaporanBerkas, StoreError> {
    let penerima = PenerimaDi::baca(store);
    Ok(
        match tolak_rekap_bukan_admin(&penerima, baca_teks(nama, teks, batas)) {
            HasilBaca::Terbaca(b) => {
                let p = Pandangan::muat(store)?;
                let (r, _, _) = rencanakan_dari(store, &p, b, &penerima)?;
                LaporanBerkas::Rencana(Box::new(r))
            }
            h @ HasilBaca::PerbaruiAplikasi { .. } => LaporanBerkas::PerbaruiAplikasi(h),
            h @ HasilBaca::Ditolak { .. } => LaporanBerkas::Ditolak(h),
        },
    )
}

/// A rekap carries every pegawai's records of an agency: only an admin kepegawaian's device
/// takes one. Elsewhere the whole file is refused, naming this device's role.
pub(crate) fn tolak_rekap_bukan_admin(penerima: &PenerimaDi, hasil: HasilBaca) -> HasilBaca {
    let HasilBaca::Terbaca(b) = &hasil else {
        return hasil;
    };
    if b.bundle.jenis != JenisBundle::Rekap || penerima.peran == PERAN_ADMIN {
        return hasil;
    }
    let kode = KodeMasalah::RekapHanyaAdmin {
        peran: penerima.peran.clone(),
    };
    HasilBaca::Ditolak {
        berkas: b.berkas.clone(),
        masalah: vec![Masalah::baru(&b.berkas, "kind", kode).dengan_teks(JenisBundle::Rekap.kode())],
    }
}

/// The person on this device (settings), read only (a damaged settings value is quarantined
/// by the app's own load, not by a dry run): their NIP (a file from their own other device
/// merges with nothing taken as the sender's alone; empty when unknown), their role, and
/// whether the device is the agency admin's archive.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PenerimaDi {
    nip: String,
    peran: String,
    arsip: bool,
}

impl PenerimaDi {
    pub(crate) fn baca(store: &dyn KvStore) -> Self {
        let teks = store
            .get(&super::settings::settings_key())
            .ok()
            .flatten()
            .unwrap_or_default();
        let v = crate::jejak::value_dari_teks(&teks).ok();
        let kolom = |k: &str| {
            v.as_ref()
                .and_then(|v| v.get(k))
                .and_then(|n| n.as_str())
                .unwrap_or_default()
                .to_string()
        };
        let peran = kolom("peran");
        PenerimaDi {
            nip: kolom("nip"),
            arsip: peran == PERAN_ADMIN,
            peran,
        }
    }

    pub(crate) fn sebagai(&self) -> Penerima<'_> {
        Penerima {
            nip: &self.nip,
            arsip: self.arsip,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct RingkasanImpor {
    pub ditambah: usize,
    pub diperbarui: usize,
    /// Records merged field by field (both sides' changes kept).
    pub digabung: usize,
    pub konflik_dipilih: usize,
    pub konflik_tertunda: usize,
    /// What this import changed, to undo it ([`urungkan`]); `None` when nothing changed.
    pub undo: Option<UndoImpor>,
}

/// An import's own undo record: every key it touched, what the key held before and a digest
/// of what the import wrote. Undo needs no whole-store snapshot, so it never touches records
/// the import did not write (a realisasi saved later in another tab stays).
#[derive(Clone, Debug, PartialEq)]
pub struct UndoImpor {
    pub entri: Vec<EntriJurnal>,
}

/// Applies every planned file in order, whole or not at all: the files whose dry run read
/// (`laporan` is a plan) are taken again as one [`Kumpulan`] and applied, each against the
/// stored records as the files before it left them. `pilihan` holds the person's choice per
/// conflicting record id; without one the local version stays.
pub fn terapkan_semua(
    store: &dyn KvStore,
    laporan: &[LaporanBerkas],
    teks: &[(String, String)],
    pilihan: &HashMap<String, Pilihan>,
    waktu: NaiveDateTime,
    batas: &Batas,
) -> Result<RingkasanImpor, GagalUbah> {
    let mut k = Kumpulan::baru(store, batas.clone()).map_err(GagalUbah::TidakDimulai)?;
    for (lap, (nama, isi)) in laporan.iter().zip(teks) {
        if matches!(lap, LaporanBerkas::Rencana(_)) {
            k.tambah(store, nama.clone(), isi.clone())
                .map_err(GagalUbah::TidakDimulai)?;
        }
    }
    k.terapkan(store, pilihan, waktu)
}

/// A record the import wrote that was changed after it, named for the refusal.
#[derive(Clone, Debug, PartialEq)]
pub struct BerubahSesudah {
    pub kunci: String,
    /// The record as stored now (`None` when it was removed or cannot be read).
    pub sekarang: Option<Record>,
}

/// Why an import's undo did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum GagalUrungImpor {
    /// Records changed after the import; nothing was undone (see [`jurnal::urungkan`]).
    Berubah(Vec<BerubahSesudah>),
    Ubah(GagalUbah),
}

/// Undoes one import: each key it wrote goes back to what it held before, under a journal
/// (whole or not at all). Returns how many records went back.
pub fn urungkan(
    store: &dyn KvStore,
    undo: &UndoImpor,
    waktu: NaiveDateTime,
) -> Result<usize, GagalUrungImpor> {
    jurnal::urungkan(store, &undo.entri, waktu).map_err(|g| match g {
        GagalUrung::Berubah(kunci) => GagalUrungImpor::Berubah(
            kunci
                .into_iter()
                .map(|k| BerubahSesudah {
                    sekarang: baca_mentah(store, &k),
                    kunci: k,
                })
                .collect(),
        ),
        GagalUrung::Ubah(u) => GagalUrungImpor::Ubah(u),
    })
}

/// A stored record by key, for naming it; never quarantines (read only).
fn baca_mentah(store: &dyn KvStore, kunci: &str) -> Option<Record> {
    let teks = store.get(kunci).ok()??;
    let r: Rekaman = crate::jejak::dari_teks(&teks).ok()?;
    ke_record(&r)
}

/// Counts of stored records per bundle kind, for the export screen: by their keys, none read
/// (a workspace of 70,000 records would be parsed again on every data change). A record that
/// cannot be read is counted until start-up moves it to quarantine.
pub fn jumlah_per_jenis(store: &dyn KvStore) -> Result<Vec<(JenisBundle, usize)>, StoreError> {
    let awalan = format!("{}r.", super::kv::KEY_PREFIX);
    let mut per_jenis: HashMap<JenisRecord, usize> = HashMap::new();
    for k in store.keys()? {
        let jenis = k
            .strip_prefix(&awalan)
            .and_then(|sisa| sisa.split_once('.'))
            .and_then(|(j, _)| JenisRecord::dari_kode(j));
        if let Some(j) = jenis {
            *per_jenis.entry(j).or_default() += 1;
        }
    }
    Ok(JenisBundle::SEMUA
        .iter()
        .map(|j| {
            let n = per_jenis
                .iter()
                .filter(|(r, _)| j.boleh_memuat(**r))
                .map(|(_, n)| n)
                .sum();
            (*j, n)
        })
        .collect())
}

/// Whether a record type belongs to this app's known set (unknown ones are kept, not exported).
pub fn dikenal(jenis: &str) -> bool {
    JenisRecord::dari_kode(jenis).is_some()
}

#[cfg(test)]
#[path = "impor_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "impor_utuh_tests.rs"]
mod tests_utuh;

#[cfg(test)]
#[path = "impor_realisasi_tests.rs"]
mod tests_realisasi;

#[cfg(test)]
#[path = "impor_batch_tests.rs"]
pub(crate) mod batch_tests;

#[cfg(test)]
#[path = "impor_skala_tests.rs"]
mod skala_tests;

#[cfg(test)]
#[path = "impor_lampiran_tests.rs"]
mod lampiran_tests;

#[cfg(test)]
#[path = "impor_rekap_contoh.rs"]
mod rekap_contoh;

#[cfg(test)]
#[path = "impor_rekap_tests.rs"]
mod rekap_tests;

#[cfg(test)]
#[path = "impor_rekap_pohon_tests.rs"]
mod rekap_pohon_tests;
