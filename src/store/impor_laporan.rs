//! The dry run's report of one file of a batch, kept small: counts, warnings, and a line per
//! record (its action, kind, id and name), whole only where the screen shows more than a line
//! (fields that change, a merge, a conflict, problems). Hundreds of files of a hundred records
//! each would otherwise keep every record twice in memory until the apply.

use crate::bundle::gabung::{EntriRencana, Rencana, Tindakan};
use crate::bundle::masalah::Masalah;
use crate::bundle::validasi::HasilBaca;

/// What the dry run found in one file of a batch.
#[derive(Clone, Debug, PartialEq)]
pub enum Laporan {
    Rencana(Box<RingkasRencana>),
    /// Made by a newer app: nothing from it is imported.
    PerbaruiAplikasi(HasilBaca),
    Ditolak(HasilBaca),
    /// The same content as an earlier file of this batch (by its verified digest): nothing
    /// more to do.
    Ganda {
        sama_dengan: String,
    },
    /// Not read at all: too large (the problem says so), or the browser could not read it
    /// (a folder dropped as a file; `None`).
    TakTerbaca(Option<Masalah>),
}

impl Laporan {
    /// Whether the person should look at this file first: refused, from a newer app, records
    /// refused or in conflict, or warnings.
    pub fn ada_masalah(&self) -> bool {
        match self {
            Laporan::Rencana(r) => {
                r.jumlah(Tindakan::Ditolak) + r.jumlah(Tindakan::Konflik) > 0
                    || !r.peringatan.is_empty()
            }
            Laporan::PerbaruiAplikasi(_) | Laporan::Ditolak(_) | Laporan::TakTerbaca(_) => true,
            Laporan::Ganda { .. } => false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RingkasRencana {
    /// Per [`Tindakan`], in [`URUTAN`] order.
    jumlah: [usize; 7],
    /// Of the updates, how many delete a record.
    pub hapus: usize,
    /// File-level warnings (digest, migration, dropped derived values).
    pub peringatan: Vec<Masalah>,
    pub entri: Vec<EntriRingkas>,
}

/// One record's line.
#[derive(Clone, Debug, PartialEq)]
pub struct EntriRingkas {
    pub tindakan: Tindakan,
    pub jenis: Option<String>,
    pub id: Option<String>,
    /// The record's name, title or description (its first 60 characters), if it has one.
    pub nama: Option<String>,
    /// The entry carries the record (refused ones that could not be read carry only an id).
    pub ada_rekaman: bool,
    /// An update that deletes the record.
    pub hapus: bool,
    /// The whole entry where the screen shows more than its line.
    pub rinci: Option<Box<EntriRencana>>,
}

const URUTAN: [Tindakan; 7] = [
    Tindakan::Tambah,
    Tindakan::Perbarui,
    Tindakan::TidakBerubah,
    Tindakan::LebihLama,
    Tindakan::Gabung,
    Tindakan::Konflik,
    Tindakan::Ditolak,
];

impl RingkasRencana {
    pub fn dari(r: &Rencana) -> Self {
        let mut jumlah = [0; 7];
        let entri: Vec<EntriRingkas> = r
            .entri
            .iter()
            .map(|e| {
                if let Some(i) = URUTAN.iter().position(|t| *t == e.tindakan) {
                    jumlah[i] += 1;
                }
                let rekaman = e.masuk.as_ref().or(e.lokal.as_ref());
                let nama = rekaman.and_then(|x| {
                    ["nama", "judul", "uraian", "indikator"]
                        .iter()
                        .find_map(|k| {
                            let n = x.data.get(*k)?.as_str()?;
                            Some(n.chars().take(60).collect::<String>())
                        })
                });
                let berubah = matches!(
                    e.tindakan,
                    Tindakan::Perbarui | Tindakan::Konflik | Tindakan::Gabung
                );
                let rinci = berubah
                    || e.tindakan == Tindakan::Ditolak
                    || e.gabungan.is_some()
                    || !e.masalah.is_empty();
                EntriRingkas {
                    tindakan: e.tindakan,
                    jenis: rekaman
                        .map(|x| x.jenis.kode().to_string())
                        .or(e.jenis.clone()),
                    id: e.id.clone(),
                    nama,
                    ada_rekaman: rekaman.is_some(),
                    hapus: berubah && e.masuk.as_ref().is_some_and(|m| m.dihapus),
                    rinci: rinci.then(|| Box::new(e.clone())),
                }
            })
            .collect();
        RingkasRencana {
            jumlah,
            hapus: entri
                .iter()
                .filter(|e| e.hapus && e.tindakan == Tindakan::Perbarui)
                .count(),
            peringatan: r.peringatan.clone(),
            entri,
        }
    }

    pub fn jumlah(&self, t: Tindakan) -> usize {
        URUTAN
            .iter()
            .position(|x| *x == t)
            .map_or(0, |i| self.jumlah[i])
    }

    /// Whether applying would change anything (a conflict may, once chosen).
    pub fn ada_perubahan(&self) -> bool {
        [
            Tindakan::Tambah,
            Tindakan::Perbarui,
            Tindakan::Gabung,
            Tindakan::Konflik,
        ]
        .into_iter()
        .any(|t| self.jumlah(t) > 0)
    }
}
