//! Merge by record id and revision, in two steps: [`rencanakan`] is a dry run that says what
//! would happen to every incoming record; [`terapkan`] carries it out with the person's choice
//! for each conflict and returns the state before, for undo. Nothing is dropped or overwritten
//! silently: an older incoming record is left alone and reported, a record changed on both
//! sides waits for an explicit choice and keeps the local version until then.

use super::format::Record;
use super::masalah::{KodeMasalah, Masalah};
use super::validasi::BundleTerbaca;
use std::collections::{BTreeMap, HashMap};

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
    /// Changed on both sides: the person chooses; both versions are kept for display.
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
}

/// The dry run for one file against the local records.
#[derive(Clone, Debug, PartialEq)]
pub struct Rencana {
    pub berkas: String,
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
                Tindakan::Tambah | Tindakan::Perbarui | Tindakan::Konflik
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

/// The dry run without base revisions.
pub fn rencanakan(lokal: &[Record], masuk: &BundleTerbaca) -> Rencana {
    rencanakan_dengan_basis(lokal, masuk, &Basis::new())
}

pub fn rencanakan_dengan_basis(lokal: &[Record], masuk: &BundleTerbaca, basis: &Basis) -> Rencana {
    let mut indeks: HashMap<&str, &Record> = HashMap::with_capacity(lokal.len());
    for r in lokal {
        indeks.entry(r.id.as_str()).or_insert(r);
    }
    let berkas = masuk.berkas.as_str();
    let mut langgar = super::aturan::pelanggaran(lokal, &masuk.bundle);
    let mut wewenang = super::otoritas::pelanggaran(lokal, &masuk.bundle);
    let mut entri = Vec::with_capacity(masuk.bundle.records.len() + masuk.ditolak.len());
    for m in &masuk.bundle.records {
        let l = indeks.get(m.id.as_str()).copied();
        let (tindakan, masalah) = match l {
            // Authority and the domain's rules: every reason is listed, not only the first.
            _ if wewenang.contains_key(&m.id) || langgar.contains_key(&m.id) => {
                let kode = wewenang
                    .remove(&m.id)
                    .map(|galat| KodeMasalah::TanpaWewenang { galat })
                    .into_iter()
                    .chain(
                        langgar
                            .remove(&m.id)
                            .unwrap_or_default()
                            .into_iter()
                            .map(|galat| KodeMasalah::AturanDilanggar { galat }),
                    );
                let ms = kode.map(|k| Masalah::baru(berkas, "data", k).di_record(Some(&m.id)));
                (Tindakan::Ditolak, ms.collect())
            }
            None => (Tindakan::Tambah, Vec::new()),
            Some(l) if l.jenis != m.jenis => {
                let kode = KodeMasalah::JenisBerbeda {
                    lokal: l.jenis.kode().into(),
                };
                let ms = Masalah::baru(berkas, "type", kode)
                    .di_record(Some(&m.id))
                    .dengan_teks(m.jenis.kode());
                (Tindakan::Ditolak, vec![ms])
            }
            // Nobody edits a record a million times between two exchanges: such a number is
            // forged or broken, and taking it would make every later copy look older.
            Some(l) if m.revisi > l.revisi.saturating_add(LOMPATAN_REVISI_MAKS) => {
                let kode = KodeMasalah::RevisiMelompat {
                    lokal: l.revisi,
                    masuk: m.revisi,
                };
                let ms = Masalah::baru(berkas, "revision", kode).di_record(Some(&m.id));
                (Tindakan::Ditolak, vec![ms])
            }
            Some(l) => (bandingkan(l, m, basis.get(&m.id).copied()), Vec::new()),
        };
        entri.push(EntriRencana {
            id: Some(m.id.clone()),
            jenis: Some(m.jenis.kode().into()),
            tindakan,
            lokal: l.cloned(),
            masuk: Some(m.clone()),
            masalah,
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
        });
    }
    Rencana {
        berkas: berkas.into(),
        sebelum: lokal.to_vec(),
        entri,
        peringatan: masuk.peringatan.clone(),
    }
}

/// The rule for one id present on both sides (same type).
pub fn bandingkan(lokal: &Record, masuk: &Record, basis: Option<u64>) -> Tindakan {
    let sama = lokal.data == masuk.data && lokal.dihapus == masuk.dihapus;
    let kedua_maju = basis.is_some_and(|b| lokal.revisi > b && masuk.revisi > b);
    if kedua_maju && !sama {
        return Tindakan::Konflik;
    }
    match masuk.revisi.cmp(&lokal.revisi) {
        std::cmp::Ordering::Greater => Tindakan::Perbarui,
        std::cmp::Ordering::Equal if sama => Tindakan::TidakBerubah,
        std::cmp::Ordering::Equal => Tindakan::Konflik,
        std::cmp::Ordering::Less => Tindakan::LebihLama,
    }
}

/// The result of applying a plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Penerapan {
    /// The new local record set.
    pub records: Vec<Record>,
    /// The record set before, to restore on undo.
    pub undo: Vec<Record>,
    pub ditambah: Vec<String>,
    pub diperbarui: Vec<String>,
    pub konflik_dipilih: Vec<(String, Pilihan)>,
    /// Conflicts without a choice: the local version stays.
    pub konflik_tertunda: Vec<String>,
}

/// Applies `rencana` with a choice per conflict id. A resolved conflict becomes a new revision
/// (one past both sides), so the other side sees the decision as newer on its next import.
pub fn terapkan(rencana: &Rencana, pilihan: &HashMap<String, Pilihan>) -> Penerapan {
    let mut records = rencana.sebelum.clone();
    let mut posisi: HashMap<String, usize> = HashMap::with_capacity(records.len());
    for (i, r) in records.iter().enumerate() {
        posisi.entry(r.id.clone()).or_insert(i);
    }
    let mut hasil = Penerapan {
        records: Vec::new(),
        undo: rencana.sebelum.clone(),
        ditambah: Vec::new(),
        diperbarui: Vec::new(),
        konflik_dipilih: Vec::new(),
        konflik_tertunda: Vec::new(),
    };
    for e in &rencana.entri {
        let Some(m) = &e.masuk else { continue };
        match e.tindakan {
            Tindakan::Tambah | Tindakan::Perbarui => {
                match posisi.get(&m.id) {
                    Some(&i) => records[i] = m.clone(),
                    None => {
                        posisi.insert(m.id.clone(), records.len());
                        records.push(m.clone());
                    }
                }
                if e.tindakan == Tindakan::Tambah {
                    hasil.ditambah.push(m.id.clone());
                } else {
                    hasil.diperbarui.push(m.id.clone());
                }
            }
            Tindakan::Konflik => {
                let (Some(&i), Some(&p)) = (posisi.get(&m.id), pilihan.get(&m.id)) else {
                    hasil.konflik_tertunda.push(m.id.clone());
                    continue;
                };
                let revisi = records[i].revisi.max(m.revisi).saturating_add(1);
                if p == Pilihan::Masuk {
                    records[i] = m.clone();
                }
                records[i].revisi = revisi;
                hasil.konflik_dipilih.push((m.id.clone(), p));
            }
            Tindakan::TidakBerubah | Tindakan::LebihLama | Tindakan::Ditolak => {}
        }
    }
    hasil.records = records;
    hasil
}

/// The store's per-record check: a write based on revision `basis` may go ahead only while the
/// stored record is not newer than that (another tab or an import may have moved it on).
pub fn boleh_tulis(basis: u64, tersimpan: u64) -> bool {
    tersimpan <= basis
}

#[cfg(test)]
#[path = "gabung_tests.rs"]
mod tests;
