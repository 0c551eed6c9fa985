//! The unit tree as an import leaves it. Each unit record is first checked among the stored
//! units and every unit of the file ([`super::aturan`]), as if all of the file landed; but a
//! file's unit the plan refuses (a code another unit has, no authority) or leaves as stored
//! (older, or a conflict decided for this device) does not land, and what was checked against
//! it may then break the tree: A under B and B under A, or a unit under one no longer there.
//! A deletion was not checked at all. Here the tree is rebuilt from what will land, and the
//! records that would break it are refused too, until what lands is whole.

use super::format::{Bundle, JenisRecord, Record};
use super::gabung::Tindakan;
use super::isi::{IsiRecord, IsiSekali};
use crate::domain::organisasi::UnitKerja;
use crate::domain::Galat;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// Adds to `langgar` the unit records of `efektif` whose landing would leave a unit under a
/// missing parent or in a loop, or delete a unit other units still lie under. `tindakan`:
/// what the plan decided for each record id before the rules. A conflict may land either way
/// (the person chooses at apply time), so the tree must hold both ways.
pub(super) fn pohon_utuh<'a>(
    lokal: &'a [Record],
    efektif: &'a Bundle,
    tindakan: &HashMap<&str, Tindakan>,
    wewenang: &HashMap<String, Galat>,
    langgar: &mut HashMap<String, Vec<Galat>>,
    ingat: &IsiSekali<'a>,
) {
    let masuk: Vec<&Record> = (efektif.records.iter())
        .filter(|r| r.jenis == JenisRecord::UnitKerja)
        .collect();
    if masuk.is_empty() {
        return;
    }
    let isi_lokal: Vec<(&str, Arc<Option<IsiRecord>>)> = (lokal.iter())
        .filter(|r| r.jenis == JenisRecord::UnitKerja && !r.dihapus)
        .map(|r| (r.id.as_str(), ingat.isi(r)))
        .collect();
    let tersimpan: HashMap<&str, &UnitKerja> = isi_lokal
        .iter()
        .filter_map(|(id, i)| match i.as_ref() {
            Some(IsiRecord::UnitKerja(u)) => Some((*id, u)),
            _ => None,
        })
        .collect();
    let isi_masuk: Vec<(&Record, Arc<Option<IsiRecord>>)> =
        masuk.iter().map(|r| (*r, ingat.isi(r))).collect();
    let ada_konflik = masuk
        .iter()
        .any(|r| tindakan.get(r.id.as_str()) == Some(&Tindakan::Konflik));
    // Each refusal changes what lands, so the tree is judged again until nothing changes.
    loop {
        let mut baru: Vec<(String, Galat)> = Vec::new();
        for konflik_masuk in [true, false].into_iter().take(1 + usize::from(ada_konflik)) {
            let mendarat = |r: &Record| mendarat(r, tindakan, wewenang, langgar, konflik_masuk);
            let mut akhir = tersimpan.clone();
            for (r, i) in &isi_masuk {
                if !mendarat(r) {
                    continue;
                }
                match i.as_ref() {
                    Some(IsiRecord::UnitKerja(u)) => {
                        akhir.insert(r.id.as_str(), u);
                    }
                    _ if r.dihapus => {
                        akhir.remove(r.id.as_str());
                    }
                    _ => {}
                }
            }
            for (r, i) in &isi_masuk {
                if !mendarat(r) {
                    continue;
                }
                let g = match i.as_ref() {
                    Some(IsiRecord::UnitKerja(u)) => induk_putus(u, &akhir),
                    _ if r.dihapus => masih_induk(&r.id, &tersimpan, &akhir),
                    _ => None,
                };
                baru.extend(g.map(|g| (r.id.clone(), g)));
            }
        }
        let mut berubah = false;
        for (id, g) in baru {
            let m = langgar.entry(id).or_default();
            if !m.contains(&g) {
                m.push(g);
            }
            berubah = true;
        }
        if !berubah {
            return;
        }
    }
}

/// Whether the file's record `r` lands as the plan stands: not refused, and added, updated,
/// merged, or (`konflik_masuk`: the person may choose the file's) a conflict.
pub(super) fn mendarat(
    r: &Record,
    tindakan: &HashMap<&str, Tindakan>,
    wewenang: &HashMap<String, Galat>,
    langgar: &HashMap<String, Vec<Galat>>,
    konflik_masuk: bool,
) -> bool {
    !wewenang.contains_key(&r.id)
        && !langgar.contains_key(&r.id)
        && match tindakan.get(r.id.as_str()) {
            Some(Tindakan::Tambah | Tindakan::Perbarui | Tindakan::Gabung) => true,
            Some(Tindakan::Konflik) => konflik_masuk,
            _ => false,
        }
}

/// `u`'s parent missing from `akhir`, or a walk up from it that comes back to `u`.
fn induk_putus(u: &UnitKerja, akhir: &HashMap<&str, &UnitKerja>) -> Option<Galat> {
    let induk = u.induk.as_deref()?;
    let mut kini = Some(induk);
    let mut dilewati = HashSet::new();
    while let Some(k) = kini {
        if k == u.id || !dilewati.insert(k) {
            return Some(Galat::baru("unit_siklus").dengan("nama", &u.nama));
        }
        let Some(x) = akhir.get(k) else {
            return Some(Galat::baru("unit_induk_tidak_dikenal").dengan("nilai", k));
        };
        kini = x.induk.as_deref();
    }
    None
}

/// A deletion of `id` while a unit that stays still lies under it.
fn masih_induk(
    id: &str,
    tersimpan: &HashMap<&str, &UnitKerja>,
    akhir: &HashMap<&str, &UnitKerja>,
) -> Option<Galat> {
    let anak = akhir.values().find(|u| u.induk.as_deref() == Some(id))?;
    let nama = tersimpan.get(id).map_or(id, |u| u.nama.as_str());
    Some(
        Galat::baru("unit_masih_punya_sub")
            .dengan("nama", nama)
            .dengan("sub", &anak.nama),
    )
}
