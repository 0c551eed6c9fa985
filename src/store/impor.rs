//! Export and import of bundles against the stored records: the dry run per file, applying
//! it with the person's choice per conflict (whole or not at all, through [`super::jurnal`]),
//! undoing exactly that import, and building an export bundle. Pure over [`KvStore`], so it
//! is tested natively.

use super::jurnal::{self, EntriJurnal, GagalUbah, GagalUrung, JenisUbah};
use super::kv::{KvStore, StoreError};
use super::lapisan::Lapisan;
use super::rekaman::{self, Rekaman, SKEMA_REKAMAN};
use crate::bundle::format::{
    Bundle, JenisBundle, JenisRecord, Pengekspor, Record, KOLOM_RECORD, PERAN_ADMIN,
};
use crate::bundle::gabung::{rencanakan_untuk, terapkan, Basis, Pilihan, Rencana};
use crate::bundle::masalah::{KodeMasalah, Masalah};
use crate::bundle::validasi::{baca_teks, Batas, HasilBaca};
use chrono::{DateTime, FixedOffset, NaiveDateTime};
use std::collections::HashMap;

/// A stored record as it travels in a bundle; `None` for a type this app does not know.
/// Field by field: the two envelopes share their names, only `schema_version` is the store's.
pub fn ke_record(r: &Rekaman) -> Option<Record> {
    Some(Record {
        id: r.id.clone(),
        jenis: JenisRecord::dari_kode(&r.jenis)?,
        revisi: r.revisi,
        diperbarui: r.diperbarui.clone(),
        dihapus: r.dihapus,
        data: r.data.clone(),
        lain: r.lain.clone(),
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
    let records = semua
        .into_iter()
        .filter(|r| jenis.boleh_memuat(r.jenis))
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
    const URUTAN: [JenisRecord; 13] = [
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

/// The dry run of one file against what is stored now. Changes nothing.
pub fn rencanakan_berkas(
    store: &dyn KvStore,
    nama: &str,
    teks: &str,
    batas: &Batas,
) -> Result<LaporanBerkas, StoreError> {
    let hasil = tolak_rekap_bukan_admin(store, baca_teks(nama, teks, batas));
    Ok(match hasil {
        HasilBaca::Terbaca(b) => LaporanBerkas::Rencana(Box::new(rencanakan_untuk(
            &record_lokal(store)?,
            &b,
            &Basis::new(),
            &nip_saya(store),
        ))),
        h @ HasilBaca::PerbaruiAplikasi { .. } => LaporanBerkas::PerbaruiAplikasi(h),
        h @ HasilBaca::Ditolak { .. } => LaporanBerkas::Ditolak(h),
    })
}

/// A rekap carries every pegawai's records of an agency: only an admin kepegawaian's device
/// takes one. Elsewhere the whole file is refused, naming this device's role.
fn tolak_rekap_bukan_admin(store: &dyn KvStore, hasil: HasilBaca) -> HasilBaca {
    let HasilBaca::Terbaca(b) = &hasil else {
        return hasil;
    };
    let peran = pengaturan_saya(store, "peran");
    if b.bundle.jenis != JenisBundle::Rekap || peran == PERAN_ADMIN {
        return hasil;
    }
    let kode = KodeMasalah::RekapHanyaAdmin { peran };
    HasilBaca::Ditolak {
        berkas: b.berkas.clone(),
        masalah: vec![Masalah::baru(&b.berkas, "kind", kode).dengan_teks(JenisBundle::Rekap.kode())],
    }
}

/// The NIP of the person on this device (settings), read only: a file from their own other
/// device merges with nothing taken as the sender's alone. Empty when unknown.
fn nip_saya(store: &dyn KvStore) -> String {
    pengaturan_saya(store, "nip")
}

/// One text field of this device's settings, read without writing (a damaged settings value
/// is quarantined by the app's own load, not by a dry run). Empty when unknown.
fn pengaturan_saya(store: &dyn KvStore, kolom: &str) -> String {
    let teks = store
        .get(&super::settings::settings_key())
        .ok()
        .flatten()
        .unwrap_or_default();
    crate::jejak::value_dari_teks(&teks)
        .ok()
        .and_then(|v| v.get(kolom).and_then(|n| n.as_str()).map(str::to_string))
        .unwrap_or_default()
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

/// Applies every planned file in order, whole or not at all. The files are first worked out on
/// a [`Lapisan`] over the store (each re-planned against the result of the previous, so two
/// files that touch the same record never overwrite each other blindly); only then is the
/// complete change written, under a journal. `pilihan` holds the person's choice per
/// conflicting record id; without one the local version stays.
pub fn terapkan_semua(
    store: &dyn KvStore,
    laporan: &[LaporanBerkas],
    teks: &[(String, String)],
    pilihan: &HashMap<String, Pilihan>,
    waktu: NaiveDateTime,
    batas: &Batas,
) -> Result<RingkasanImpor, GagalUbah> {
    let lapisan = Lapisan::baru(store);
    let ringkas = rencanakan_semua(&lapisan, laporan, teks, pilihan, batas)
        .map_err(GagalUbah::TidakDimulai)?;
    let perubahan = lapisan.perubahan().map_err(GagalUbah::TidakDimulai)?;
    let entri = jurnal::terapkan(store, JenisUbah::Impor, waktu, &perubahan)?;
    Ok(RingkasanImpor {
        undo: (!entri.is_empty()).then_some(UndoImpor { entri }),
        ..ringkas
    })
}

/// The files' writes, on `store` (the layer), and their counts.
fn rencanakan_semua(
    store: &dyn KvStore,
    laporan: &[LaporanBerkas],
    teks: &[(String, String)],
    pilihan: &HashMap<String, Pilihan>,
    batas: &Batas,
) -> Result<RingkasanImpor, StoreError> {
    let mut ringkas = RingkasanImpor::default();
    for (lap, (nama, isi)) in laporan.iter().zip(teks) {
        if !matches!(lap, LaporanBerkas::Rencana(_)) {
            continue;
        }
        let LaporanBerkas::Rencana(rencana) = rencanakan_berkas(store, nama, isi, batas)? else {
            continue;
        };
        let p = terapkan(&rencana, pilihan);
        let berubah: Vec<&String> = p
            .ditambah
            .iter()
            .chain(&p.diperbarui)
            .chain(&p.digabung)
            .chain(p.konflik_dipilih.iter().map(|(id, _)| id))
            .collect();
        for r in p.records.iter().filter(|r| berubah.contains(&&r.id)) {
            rekaman::simpan_apa_adanya(store, &dari_record(r))?;
        }
        ringkas.ditambah += p.ditambah.len();
        ringkas.diperbarui += p.diperbarui.len();
        ringkas.digabung += p.digabung.len();
        ringkas.konflik_dipilih += p.konflik_dipilih.len();
        ringkas.konflik_tertunda += p.konflik_tertunda.len();
    }
    Ok(ringkas)
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

/// Counts of stored records per bundle kind, for the export screen.
pub fn jumlah_per_jenis(store: &dyn KvStore) -> Result<Vec<(JenisBundle, usize)>, StoreError> {
    let semua = record_lokal(store)?;
    Ok(JenisBundle::SEMUA
        .iter()
        .map(|j| (*j, semua.iter().filter(|r| j.boleh_memuat(r.jenis)).count()))
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
#[path = "impor_lampiran_tests.rs"]
mod lampiran_tests;

#[cfg(test)]
#[path = "impor_rekap_contoh.rs"]
mod rekap_contoh;

#[cfg(test)]
#[path = "impor_rekap_tests.rs"]
mod rekap_tests;
