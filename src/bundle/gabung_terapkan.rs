//! Applying a merge plan ([`super::gabung::rencanakan`]): the dry run decides, this writes the
//! new local record set with the person's choices per conflict, and keeps the set before it
//! for undo.

use super::format::Record;
use super::gabung::{kunci_kolom, Gabungan, Pilihan, Rencana, Tindakan};
use super::gabung_kolom::{tandai_diterima, tandai_diterima_utuh};
use std::borrow::Cow;
use std::collections::HashMap;

/// The result of applying a plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Penerapan {
    /// The new local record set.
    pub records: Vec<Record>,
    /// The record set before, to restore on undo.
    pub undo: Vec<Record>,
    pub ditambah: Vec<String>,
    pub diperbarui: Vec<String>,
    /// Records merged field by field without a conflict.
    pub digabung: Vec<String>,
    pub konflik_dipilih: Vec<(String, Pilihan)>,
    /// Conflicts without a choice: the local version stays.
    pub konflik_tertunda: Vec<String>,
}

/// Applies `rencana` with a choice per conflict (per record id, or per field with
/// [`kunci_kolom`]). A merge or a resolved conflict becomes a new revision (one past both
/// sides), so the other side sees the decision as newer on its next import. Every record
/// written is marked as received: its base (`gabung_kolom`) becomes the file's version.
pub fn terapkan(rencana: &Rencana, pilihan: &HashMap<String, Pilihan>) -> Penerapan {
    let mut t = Terap::baru(
        rencana.sebelum.clone(),
        rencana.sebelum.clone(),
        &rencana.pengirim,
    );
    for e in &rencana.entri {
        if let Some(m) = &e.masuk {
            t.satu(e.tindakan, e.gabungan.as_ref(), Cow::Borrowed(m), pilihan);
        }
    }
    t.hasil
}

/// [`terapkan`] that takes the plan: its incoming records move into the result instead of
/// being copied (the batch import's dry run, where the plan is not needed after).
pub fn terapkan_milik(rencana: Rencana, pilihan: &HashMap<String, Pilihan>) -> Penerapan {
    let mut t = Terap::baru(rencana.sebelum.clone(), rencana.sebelum, &rencana.pengirim);
    for e in rencana.entri {
        if let Some(m) = e.masuk {
            t.satu(e.tindakan, e.gabungan.as_ref(), Cow::Owned(m), pilihan);
        }
    }
    t.hasil
}

/// The record set as the plan's entries land one by one.
struct Terap {
    /// Where each id is in `hasil.records`.
    posisi: HashMap<String, usize>,
    hasil: Penerapan,
    /// The file's exporter, stored with each base ([`Rencana::pengirim`]).
    pengirim: String,
}

impl Terap {
    fn baru(records: Vec<Record>, undo: Vec<Record>, pengirim: &str) -> Self {
        let mut posisi: HashMap<String, usize> = HashMap::with_capacity(records.len());
        for (i, r) in records.iter().enumerate() {
            posisi.entry(r.id.clone()).or_insert(i);
        }
        Terap {
            posisi,
            pengirim: pengirim.to_string(),
            hasil: Penerapan {
                records,
                undo,
                ditambah: Vec::new(),
                diperbarui: Vec::new(),
                digabung: Vec::new(),
                konflik_dipilih: Vec::new(),
                konflik_tertunda: Vec::new(),
            },
        }
    }

    fn satu(
        &mut self,
        tindakan: Tindakan,
        gabungan: Option<&Gabungan>,
        m: Cow<'_, Record>,
        pilihan: &HashMap<String, Pilihan>,
    ) {
        let hasil = &mut self.hasil;
        match tindakan {
            Tindakan::Tambah | Tindakan::Perbarui => {
                if tindakan == Tindakan::Tambah {
                    hasil.ditambah.push(m.id.clone());
                } else {
                    hasil.diperbarui.push(m.id.clone());
                }
                let mut baru = m.into_owned();
                tandai_diterima_utuh(&mut baru, &self.pengirim);
                match self.posisi.get(&baru.id) {
                    Some(&i) => hasil.records[i] = baru,
                    None => {
                        self.posisi.insert(baru.id.clone(), hasil.records.len());
                        hasil.records.push(baru);
                    }
                }
            }
            Tindakan::Gabung | Tindakan::Konflik => {
                let Some(&i) = self.posisi.get(&m.id) else {
                    hasil.konflik_tertunda.push(m.id.clone());
                    return;
                };
                let data = match (gabungan, pilihan.get(&m.id)) {
                    // Field by field: every conflicting field needs a choice (or one for the
                    // whole record); until then nothing of this record is written.
                    (Some(g), semua) => {
                        let pilih = |k: &str| pilihan.get(&kunci_kolom(&m.id, k)).or(semua);
                        if g.konflik.iter().any(|k| pilih(k).is_none()) {
                            hasil.konflik_tertunda.push(m.id.clone());
                            return;
                        }
                        Some(g.dengan_pilihan(&m.data, |k| pilih(k) == Some(&Pilihan::Masuk)))
                    }
                    (None, None) => {
                        hasil.konflik_tertunda.push(m.id.clone());
                        return;
                    }
                    (None, Some(Pilihan::Masuk)) => None,
                    (None, Some(Pilihan::Lokal)) => Some(hasil.records[i].data.clone()),
                };
                let r = &mut hasil.records[i];
                let revisi = r.revisi.max(m.revisi).saturating_add(1);
                match data {
                    Some(d) => r.data = d,
                    None => *r = m.as_ref().clone(),
                }
                r.revisi = revisi;
                tandai_diterima(r, &m, &self.pengirim);
                if tindakan == Tindakan::Gabung {
                    hasil.digabung.push(m.id.clone());
                } else {
                    let p = pilihan.get(&m.id).copied().unwrap_or(Pilihan::Lokal);
                    hasil.konflik_dipilih.push((m.id.clone(), p));
                }
            }
            Tindakan::TidakBerubah | Tindakan::LebihLama | Tindakan::Ditolak => {}
        }
    }
}
