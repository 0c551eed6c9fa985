//! Merge by record id and revision, in two steps: [`rencanakan`] is a dry run that says what
//! would happen to every incoming record; [`terapkan`] carries it out with the person's choice
//! for each conflict and returns the state before, for undo. Nothing is dropped or overwritten
//! silently: an older incoming record is left alone and reported, a record changed on both
//! sides waits for an explicit choice and keeps the local version until then.

use super::format::{JenisBundle, JenisRecord, Record};
pub use super::gabung_kolom::{Gabungan, SebabLokal};
use super::isi::IsiSekali;
use super::masalah::{KodeMasalah, Masalah};
use super::validasi::BundleTerbaca;
use std::collections::{BTreeMap, HashMap, HashSet};

/// What happens to one incoming record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tindakan {
    /// New id: added.
    Tambah,
    /// A later revision of the local record: replaces it.
    Perbarui,
    /// Same revision and content: nothing to do.
    TidakBerubah,
    /// An earlier revision than the local one: left alone, reported.
    LebihLama,
    /// Changed on both sides in different fields: each side's changes are kept, as a new
    /// revision above both.
    Gabung,
    /// Changed on both sides: the person chooses (per field when the record merges, see
    /// `EntriRencana::gabungan`); both versions are kept for display.
    Konflik,
    /// Invalid, or clashes with a local record of another type: not imported.
    Ditolak,
}

/// The person's choice for one conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pilihan {
    Lokal,
    Masuk,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EntriRencana {
    pub id: Option<String>,
    pub jenis: Option<String>,
    pub tindakan: Tindakan,
    /// The local version, when there is one (shown side by side with `masuk`).
    pub lokal: Option<Record>,
    pub masuk: Option<Record>,
    pub masalah: Vec<Masalah>,
    /// The field-level merge, when both sides changed the record (`Gabung`, `Konflik` by
    /// field, or `LebihLama` with the fields kept here and why).
    pub gabungan: Option<Gabungan>,
}

/// The dry run for one file against the local records.
#[derive(Clone, Debug, PartialEq)]
pub struct Rencana {
    pub berkas: String,
    /// The file's exporter (NIP): the sender of every base the apply stores.
    pub pengirim: String,
    /// The local records the plan was made against; also the undo snapshot.
    pub sebelum: Vec<Record>,
    pub entri: Vec<EntriRencana>,
    /// File-level warnings (digest, migration, dropped derived values).
    pub peringatan: Vec<Masalah>,
}

impl Rencana {
    pub fn jumlah(&self, t: Tindakan) -> usize {
        self.entri.iter().filter(|e| e.tindakan == t).count()
    }

    pub fn konflik(&self) -> impl Iterator<Item = &EntriRencana> {
        self.entri
            .iter()
            .filter(|e| e.tindakan == Tindakan::Konflik)
    }

    /// Whether applying would change anything.
    pub fn ada_perubahan(&self) -> bool {
        self.entri.iter().any(|e| {
            matches!(
                e.tindakan,
                Tindakan::Tambah | Tindakan::Perbarui | Tindakan::Gabung | Tindakan::Konflik
            )
        })
    }
}

/// For each record id, the revision both sides last agreed on (the last import or export),
/// when the caller keeps it. With a base, "both sides advanced" is a conflict even when the
/// incoming revision is higher; without one, a higher incoming revision is taken as a
/// descendant of the local one.
pub type Basis = BTreeMap<String, u64>;

/// How far an incoming revision may run ahead of the stored one.
pub const LOMPATAN_REVISI_MAKS: u64 = 1_000_000;

/// Who receives a file: the NIP of the person on this device (a file of their own, from
/// another device, has no field that is its sender's alone: see `gabung_kolom`), and whether
/// the device is the agency admin's archive (`otoritas`: a record it never held may come from
/// the pejabat penilai it names).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Penerima<'a> {
    pub nip: &'a str,
    pub arsip: bool,
}

/// The dry run without base revisions.
pub fn rencanakan(lokal: &[Record], masuk: &BundleTerbaca) -> Rencana {
    rencanakan_untuk(lokal, masuk, &Basis::new(), Penerima::default())
}

pub fn rencanakan_dengan_basis(lokal: &[Record], masuk: &BundleTerbaca, basis: &Basis) -> Rencana {
    rencanakan_untuk(lokal, masuk, basis, Penerima::default())
}

/// The dry run for the person `penerima` on this device.
pub fn rencanakan_untuk(
    lokal: &[Record],
    masuk: &BundleTerbaca,
    basis: &Basis,
    penerima: Penerima,
) -> Rencana {
    let (putusan, indeks) = putuskan(lokal, masuk, basis, penerima);
    let records = masuk.bundle.records.iter().cloned();
    susun(lokal, masuk, &indeks, records.zip(putusan))
}

/// [`rencanakan_untuk`] that takes the file: its records move into the plan instead of being
/// copied (a batch of 500 team files copied and dropped 72,903 records for nothing).
pub fn rencanakan_milik(
    lokal: &[Record],
    mut masuk: BundleTerbaca,
    basis: &Basis,
    penerima: Penerima,
) -> Rencana {
    let (putusan, indeks) = putuskan(lokal, &masuk, basis, penerima);
    let records = std::mem::take(&mut masuk.bundle.records);
    susun(lokal, &masuk, &indeks, records.into_iter().zip(putusan))
}

/// What the plan decides for each of the file's records, in order: the action, the problems
/// and the field-level merge.
type Putusan = (Tindakan, Vec<Masalah>, Option<Gabungan>);

/// The local records by id (the first of an id wins).
type Indeks<'a> = HashMap<&'a str, &'a Record>;

/// Every record of the file judged: the record-level rule, the field-level merge, the
/// domain's rules and the authority.
fn putuskan<'a>(
    lokal: &'a [Record],
    masuk: &BundleTerbaca,
    basis: &Basis,
    penerima: Penerima,
) -> (Vec<Putusan>, Indeks<'a>) {
    let mut indeks: HashMap<&str, &Record> = HashMap::with_capacity(lokal.len());
    for r in lokal {
        indeks.entry(r.id.as_str()).or_insert(r);
    }
    let berkas = masuk.berkas.as_str();
    let ingat = IsiSekali::dari_pemeriksaan(&masuk.bundle.records, &masuk.isi);
    // First the record-level rule and, where both sides changed, the field-level merge; then
    // the domain's rules and the authority judge what would actually land (the merged record).
    let hak = super::otoritas::hak_kolom(lokal, &masuk.bundle, penerima.nip, &ingat);
    let mut awal = Vec::with_capacity(masuk.bundle.records.len());
    // The merged data to judge instead of the file's, by record index.
    let mut ganti = Vec::new();
    // Which records a field-level merge changed before judging.
    let mut digabung = Vec::with_capacity(masuk.bundle.records.len());
    for (i, m) in masuk.bundle.records.iter().enumerate() {
        let l = indeks.get(m.id.as_str()).copied();
        let pengirim = masuk.bundle.pengekspor.nip.as_str();
        let mut a = awal_satu(berkas, l, m, basis, hak.get(&m.id).copied(), pengirim);
        digabung.push(a.data_diperiksa.is_some());
        if let Some(d) = a.data_diperiksa.take() {
            ganti.push((i, d));
        }
        awal.push(a);
    }
    let rekap = masuk.bundle.jenis == JenisBundle::Rekap;
    // A rekap's older copy that leaves the record as it is here changes nothing, so it is
    // not judged: it stays "older, left alone", as a stale copy is no forgery.
    let dibiarkan: HashSet<&str> = awal
        .iter()
        .zip(&masuk.bundle.records)
        .zip(&digabung)
        .filter(|((a, _), g)| rekap && matches!(a.tindakan, Ok(Tindakan::LebihLama)) && !**g)
        .map(|((_, m), _)| m.id.as_str())
        .collect();
    // The file as judged: a copy only where a merge changes what is judged.
    let efektif_milik = (!ganti.is_empty() || !dibiarkan.is_empty()).then(|| {
        let mut b = masuk.bundle.clone();
        for (i, d) in ganti {
            b.records[i].data = d;
        }
        b.records.retain(|r| !dibiarkan.contains(r.id.as_str()));
        b
    });
    let efektif = efektif_milik.as_ref().unwrap_or(&masuk.bundle);
    let mut langgar = super::aturan::pelanggaran_dengan(lokal, efektif, &ingat);
    let mut wewenang = super::otoritas::pelanggaran_dengan(lokal, efektif, penerima, &ingat);
    // A merge that takes nothing from the file leaves the record as it is here; if the file's
    // own version breaks the authority, that is still said (a forged or stale copy).
    if awal.iter().any(|a| a.tanpa_ambil) {
        let mentah = super::otoritas::pelanggaran_dengan(lokal, &masuk.bundle, penerima, &ingat);
        for (a, m) in awal.iter().zip(&masuk.bundle.records) {
            if let Some(g) = mentah.get(&m.id).filter(|_| a.tanpa_ambil) {
                wewenang.insert(m.id.clone(), g.clone());
            }
        }
    }
    ikut_ditolak(efektif, &indeks, &wewenang, &mut langgar, &ingat);
    let tindakan: HashMap<&str, Tindakan> = (masuk.bundle.records.iter().zip(&awal))
        .filter_map(|(m, a)| Some((m.id.as_str(), *a.tindakan.as_ref().ok()?)))
        .collect();
    super::aturan_pohon::pohon_utuh(lokal, efektif, &tindakan, &wewenang, &mut langgar, &ingat);
    super::aturan_satu::satu_per_kunci(lokal, efektif, &tindakan, &wewenang, &mut langgar, &ingat);
    let putusan = masuk.bundle.records.iter().zip(awal).map(|(m, a)| {
        if wewenang.contains_key(&m.id) || langgar.contains_key(&m.id) {
            // Authority and the domain's rules: every reason is listed, not only the first.
            let kode = wewenang
                .remove(&m.id)
                .map(|galat| match rekap {
                    true => KodeMasalah::SalinanRekap { galat },
                    false => KodeMasalah::TanpaWewenang { galat },
                })
                .into_iter()
                .chain(
                    langgar
                        .remove(&m.id)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|galat| KodeMasalah::AturanDilanggar { galat }),
                );
            let ms = kode.map(|k| Masalah::baru(berkas, "data", k).di_record(Some(&m.id)));
            (Tindakan::Ditolak, ms.collect(), None)
        } else {
            match a.tindakan {
                Ok(t) => (t, Vec::new(), a.gabungan),
                Err(ms) => (Tindakan::Ditolak, ms, None),
            }
        }
    });
    (putusan.collect(), indeks)
}

/// A record of an SKP that only this file brings, and that the plan refuses, is refused with
/// it: no SKP here would hold it, and a forged SKP must not carry its own evaluation in.
fn ikut_ditolak<'a>(
    efektif: &'a super::format::Bundle,
    indeks: &Indeks,
    wewenang: &HashMap<String, crate::domain::Galat>,
    langgar: &mut HashMap<String, Vec<crate::domain::Galat>>,
    ingat: &IsiSekali<'a>,
) {
    let ada = |id: &str| {
        indeks
            .get(id)
            .is_some_and(|l| l.jenis == JenisRecord::Skp && !l.dihapus)
    };
    let ditolak: HashSet<&str> = (efektif.records.iter())
        .filter(|r| r.jenis == JenisRecord::Skp && !ada(&r.id))
        .filter(|r| wewenang.contains_key(&r.id) || langgar.contains_key(&r.id))
        .map(|r| r.id.as_str())
        .collect();
    if ditolak.is_empty() {
        return;
    }
    for r in &efektif.records {
        let isi = ingat.isi(r);
        if let Some(skp) = isi.as_ref().as_ref().and_then(|i| i.skp_id()) {
            if ditolak.contains(skp) {
                let g = crate::domain::Galat::baru("skp_ikut_ditolak").dengan("nilai", skp);
                langgar.entry(r.id.clone()).or_default().push(g);
            }
        }
    }
}

/// The plan: each record with what was decided for it, then the records refused on their own.
fn susun(
    lokal: &[Record],
    masuk: &BundleTerbaca,
    indeks: &Indeks,
    records: impl ExactSizeIterator<Item = (Record, Putusan)>,
) -> Rencana {
    let mut entri = Vec::with_capacity(records.len() + masuk.ditolak.len());
    for (m, (tindakan, masalah, gabungan)) in records {
        entri.push(EntriRencana {
            id: Some(m.id.clone()),
            jenis: Some(m.jenis.kode().into()),
            tindakan,
            lokal: indeks.get(m.id.as_str()).map(|l| (*l).clone()),
            masuk: Some(m),
            masalah,
            gabungan,
        });
    }
    for d in &masuk.ditolak {
        entri.push(EntriRencana {
            id: d.id.clone(),
            jenis: d.jenis.clone(),
            tindakan: Tindakan::Ditolak,
            lokal: d
                .id
                .as_deref()
                .and_then(|id| indeks.get(id))
                .map(|r| (*r).clone()),
            masuk: None,
            masalah: d.masalah.clone(),
            gabungan: None,
        });
    }
    Rencana {
        berkas: masuk.berkas.clone(),
        pengirim: masuk.bundle.pengekspor.nip.clone(),
        sebelum: lokal.to_vec(),
        entri,
        peringatan: masuk.peringatan.clone(),
    }
}

/// The key of the person's choice for one conflicting field (the record id alone chooses for
/// the whole record).
pub fn kunci_kolom(id: &str, kolom: &str) -> String {
    format!("{id}#{kolom}")
}

/// The store's per-record check: a write based on revision `basis` may go ahead only while the
/// stored record is not newer than that (another tab or an import may have moved it on).
pub fn boleh_tulis(basis: u64, tersimpan: u64) -> bool {
    tersimpan <= basis
}

use super::gabung_awal::awal_satu;
pub use super::gabung_awal::bandingkan;
pub use super::gabung_terapkan::{terapkan, terapkan_milik, Penerapan};

#[cfg(test)]
#[path = "gabung_tests.rs"]
mod tests;
