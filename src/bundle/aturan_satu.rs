//! One evaluation per SKP and period, one predikat organisasi per unit and period, as an import
//! leaves them. [`super::aturan`] checks each incoming record as if all of the file landed: a
//! stored record the file deletes or moves (a later revision of it) no longer holds its key.
//! But a deletion or move the plan refuses (no authority, a rule) or leaves as stored (older,
//! or a conflict decided for this device) keeps the stored record where it was, and a new one
//! checked against its absence would land as a second record for the same key. Here the keys
//! are rebuilt from what will land, and the records that would share one are refused too,
//! until nothing changes.

use super::aturan_pohon::mendarat;
use super::format::{Bundle, JenisRecord, Record};
use super::gabung::Tindakan;
use super::isi::{IsiRecord, IsiSekali};
use crate::domain::evaluasi::kunci_evaluasi;
use crate::domain::kinerja_organisasi::kunci_predikat_unit;
use crate::domain::Galat;
use std::collections::HashMap;

/// Whether records of `jenis` hold a key no other record of it may hold.
fn berkunci(jenis: JenisRecord) -> bool {
    matches!(
        jenis,
        JenisRecord::Evaluasi | JenisRecord::PredikatOrganisasi
    )
}

/// The key `isi` must hold alone (each type's key has its own prefix, so they never meet).
pub(super) fn kunci_satu(isi: &IsiRecord) -> Option<String> {
    match isi {
        IsiRecord::Evaluasi(e) => Some(kunci_evaluasi(&e.skp_id, &e.periode)),
        IsiRecord::PredikatOrganisasi(p) => Some(kunci_predikat_unit(&p.unit_id, &p.periode)),
        _ => None,
    }
}

/// The refusal of `isi` as a second record for its key, naming the period.
pub(super) fn galat_ganda(isi: &IsiRecord) -> Option<Galat> {
    let (kode, p) = match isi {
        IsiRecord::Evaluasi(e) => ("evaluasi_ganda", &e.periode),
        IsiRecord::PredikatOrganisasi(p) => ("predikat_organisasi_ganda", &p.periode),
        _ => return None,
    };
    let nama = format!("{} {} {}", p.jenis.kode(), p.ke, p.tahun);
    Some(Galat::baru(kode).dengan("nilai", nama))
}

/// Which record ids hold each key if all of the file lands: a stored live record under its
/// key unless the file brings a later revision of it (under that one's key, or none when the
/// file deletes it); then the file's live records.
pub(super) fn pemegang_kunci<'a>(
    lokal: &'a [Record],
    masuk: &'a Bundle,
    isi: &[(&'a Record, &IsiRecord)],
    ingat: &IsiSekali<'a>,
) -> HashMap<String, Vec<&'a str>> {
    let diganti: HashMap<&str, &Record> = (masuk.records.iter())
        .filter(|r| berkunci(r.jenis))
        .map(|r| (r.id.as_str(), r))
        .collect();
    let mut v: HashMap<String, Vec<&str>> = HashMap::new();
    for r in lokal.iter().filter(|r| berkunci(r.jenis) && !r.dihapus) {
        let lebih_baru = diganti.get(r.id.as_str());
        if lebih_baru.is_some_and(|m| m.jenis == r.jenis && m.revisi > r.revisi) {
            continue;
        }
        if let Some(k) = ingat.isi(r).as_ref().as_ref().and_then(kunci_satu) {
            v.entry(k).or_default().push(&r.id);
        }
    }
    for (r, i) in isi {
        if let Some(k) = kunci_satu(i) {
            let ids = v.entry(k).or_default();
            if !ids.contains(&r.id.as_str()) {
                ids.push(&r.id);
            }
        }
    }
    v
}

/// Adds to `langgar` each keyed record of `efektif` that lands while its key, as the plan
/// leaves the records, is held by another id too. `tindakan`: what the plan decided for each
/// record id before the rules. A conflict may land either way (the person chooses at apply
/// time), so one record per key must hold both ways.
pub(super) fn satu_per_kunci<'a>(
    lokal: &'a [Record],
    efektif: &'a Bundle,
    tindakan: &HashMap<&str, Tindakan>,
    wewenang: &HashMap<String, Galat>,
    langgar: &mut HashMap<String, Vec<Galat>>,
    ingat: &IsiSekali<'a>,
) {
    // Each incoming keyed record with its key and refusal (none for a tombstone).
    let masuk: Vec<(&Record, Option<(String, Galat)>)> = (efektif.records.iter())
        .filter(|r| berkunci(r.jenis))
        .map(|r| {
            let isi = ingat.isi(r);
            let i = isi.as_ref().as_ref();
            (r, i.and_then(|i| Some((kunci_satu(i)?, galat_ganda(i)?))))
        })
        .collect();
    if masuk.is_empty() {
        return;
    }
    let tersimpan: HashMap<&str, String> = (lokal.iter())
        .filter(|r| berkunci(r.jenis) && !r.dihapus)
        .filter_map(|r| Some((r.id.as_str(), kunci_satu(ingat.isi(r).as_ref().as_ref()?)?)))
        .collect();
    let ada_konflik = masuk
        .iter()
        .any(|(r, _)| tindakan.get(r.id.as_str()) == Some(&Tindakan::Konflik));
    // A refused record leaves its id under the stored key, which may clash anew: again until
    // nothing changes.
    loop {
        let mut baru: Vec<(String, Galat)> = Vec::new();
        for konflik_masuk in [true, false].into_iter().take(1 + usize::from(ada_konflik)) {
            let mendarat = |r: &Record| mendarat(r, tindakan, wewenang, langgar, konflik_masuk);
            let mut akhir: HashMap<&str, &str> = (tersimpan.iter())
                .map(|(id, k)| (*id, k.as_str()))
                .collect();
            for (r, kg) in masuk.iter().filter(|(r, _)| mendarat(r)) {
                match kg {
                    Some((k, _)) => {
                        akhir.insert(r.id.as_str(), k.as_str());
                    }
                    None if r.dihapus => {
                        akhir.remove(r.id.as_str());
                    }
                    None => {}
                }
            }
            let mut jumlah: HashMap<&str, usize> = HashMap::new();
            for k in akhir.values() {
                *jumlah.entry(k).or_default() += 1;
            }
            for (r, kg) in masuk.iter().filter(|(r, _)| mendarat(r)) {
                match kg {
                    Some((k, g)) if jumlah[k.as_str()] > 1 => baru.push((r.id.clone(), g.clone())),
                    _ => {}
                }
            }
        }
        if baru.is_empty() {
            return;
        }
        for (id, g) in baru {
            let m = langgar.entry(id).or_default();
            if !m.contains(&g) {
                m.push(g);
            }
        }
    }
}

#[cfg(test)]
#[path = "aturan_satu_tests.rs"]
mod tests;
