//! Merging two unit kerja that are one (two spellings of one unit): what the merge writes.

use super::{kunci_nama, UnitKerja};
use crate::domain::Galat;

/// What merging unit `lepas` into unit `simpan` writes: the kept unit with the other's names
/// as aliases (and its code or leader where the kept one has none), the sub-units moved under
/// the kept unit, and the merged unit to delete.
#[derive(Clone, Debug, PartialEq)]
pub struct RencanaGabung {
    pub simpan: UnitKerja,
    pub pindah_induk: Vec<UnitKerja>,
    pub hapus: UnitKerja,
    /// The merged unit's code, where the kept unit has another: it goes with the merged unit,
    /// so the screen says so before the merge lands.
    pub kode_ditinggal: Option<String>,
    /// The merged unit's leader's NIP, where the kept unit has another leader (same reason).
    pub pimpinan_ditinggal: Option<String>,
}

pub fn rencana_gabung(
    simpan: &UnitKerja,
    lepas: &UnitKerja,
    semua: &[&UnitKerja],
) -> Result<RencanaGabung, Galat> {
    if simpan.id == lepas.id {
        return Err(Galat::baru("unit_gabung_sama").dengan("nama", &simpan.nama));
    }
    let mut baru = simpan.clone();
    let mut ada: Vec<String> = baru.semua_kunci().collect();
    for nama in std::iter::once(&lepas.nama).chain(&lepas.alias) {
        let k = kunci_nama(nama);
        if !k.is_empty() && !ada.contains(&k) {
            baru.alias.push(nama.trim().to_string());
            ada.push(k);
        }
    }
    let kode_ditinggal = ambil_atau_tinggal(&mut baru.kode, &lepas.kode);
    let pimpinan_ditinggal = ambil_atau_tinggal(&mut baru.pimpinan_nip, &lepas.pimpinan_nip);
    // The kept unit sat below the merged one (at any depth): it takes that unit's place, so
    // the merged unit's sub-units moving under it make no loop.
    if di_bawah(simpan, &lepas.id, semua) {
        baru.induk = lepas.induk.clone();
    }
    let pindah_induk = semua
        .iter()
        .filter(|u| u.id != simpan.id && u.induk.as_deref() == Some(lepas.id.as_str()))
        .map(|u| UnitKerja {
            induk: Some(simpan.id.clone()),
            ..(*u).clone()
        })
        .collect();
    Ok(RencanaGabung {
        simpan: baru,
        pindah_induk,
        hapus: lepas.clone(),
        kode_ditinggal,
        pimpinan_ditinggal,
    })
}

/// The merged unit's value taken where the kept one is empty; else the merged unit's value
/// when it is another, which the merge drops.
fn ambil_atau_tinggal(simpan: &mut String, lepas: &str) -> Option<String> {
    if simpan.trim().is_empty() {
        *simpan = lepas.to_string();
        None
    } else {
        let l = lepas.trim();
        (!l.is_empty() && l != simpan.trim()).then(|| l.to_string())
    }
}

/// Whether `unit` lies below the unit `atas` (walking up its parents in `semua`).
fn di_bawah(unit: &UnitKerja, atas: &str, semua: &[&UnitKerja]) -> bool {
    let induk = |id: &str| semua.iter().find(|u| u.id == id)?.induk.as_deref();
    let mut kini = unit.induk.as_deref();
    // Bounded: a loop already stored must not hang the merge.
    for _ in 0..=semua.len() {
        match kini {
            Some(k) if k == atas => return true,
            Some(k) => kini = induk(k),
            None => return false,
        }
    }
    false
}
