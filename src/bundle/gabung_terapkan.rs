//! Applying a merge plan ([`super::gabung::rencanakan`]): the dry run decides, this writes the
//! new local record set with the person's choices per conflict, and keeps the set before it
//! for undo.

use super::format::Record;
use super::gabung::{kunci_kolom, Pilihan, Rencana, Tindakan};
use super::gabung_kolom::{tandai_diterima, tandai_diterima_utuh};
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
        digabung: Vec::new(),
        konflik_dipilih: Vec::new(),
        konflik_tertunda: Vec::new(),
    };
    for e in &rencana.entri {
        let Some(m) = &e.masuk else { continue };
        match e.tindakan {
            Tindakan::Tambah | Tindakan::Perbarui => {
                let mut baru = m.clone();
                tandai_diterima_utuh(&mut baru);
                match posisi.get(&m.id) {
                    Some(&i) => records[i] = baru,
                    None => {
                        posisi.insert(m.id.clone(), records.len());
                        records.push(baru);
                    }
                }
                if e.tindakan == Tindakan::Tambah {
                    hasil.ditambah.push(m.id.clone());
                } else {
                    hasil.diperbarui.push(m.id.clone());
                }
            }
            Tindakan::Gabung | Tindakan::Konflik => {
                let Some(&i) = posisi.get(&m.id) else {
                    hasil.konflik_tertunda.push(m.id.clone());
                    continue;
                };
                let data = match (&e.gabungan, pilihan.get(&m.id)) {
                    // Field by field: every conflicting field needs a choice (or one for the
                    // whole record); until then nothing of this record is written.
                    (Some(g), semua) => {
                        let pilih = |k: &str| pilihan.get(&kunci_kolom(&m.id, k)).or(semua);
                        if g.konflik.iter().any(|k| pilih(k).is_none()) {
                            hasil.konflik_tertunda.push(m.id.clone());
                            continue;
                        }
                        Some(g.dengan_pilihan(&m.data, |k| pilih(k) == Some(&Pilihan::Masuk)))
                    }
                    (None, None) => {
                        hasil.konflik_tertunda.push(m.id.clone());
                        continue;
                    }
                    (None, Some(Pilihan::Masuk)) => None,
                    (None, Some(Pilihan::Lokal)) => Some(records[i].data.clone()),
                };
                let revisi = records[i].revisi.max(m.revisi).saturating_add(1);
                match data {
                    Some(d) => records[i].data = d,
                    None => records[i] = m.clone(),
                }
                records[i].revisi = revisi;
                tandai_diterima(&mut records[i], m);
                if e.tindakan == Tindakan::Gabung {
                    hasil.digabung.push(m.id.clone());
                } else {
                    let p = pilihan.get(&m.id).copied().unwrap_or(Pilihan::Lokal);
                    hasil.konflik_dipilih.push((m.id.clone(), p));
                }
            }
            Tindakan::TidakBerubah | Tindakan::LebihLama | Tindakan::Ditolak => {}
        }
    }
    hasil.records = records;
    hasil
}
