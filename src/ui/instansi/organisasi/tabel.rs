//! The organisation's units as rows in tree order, and as the downloadable table: the same
//! columns the screen shows (the leader by name), with the leader's NIP beside it as text.

use super::teks::TeksOrganisasi;
use crate::domain::organisasi::{Organisasi, UnitKerja};
use crate::store::kinerja::{DataKinerja, Tersimpan};
use crate::ui::tabel::{Sel, Tabel};

/// One unit in tree order: the position's depth, the unit, its revision, and the pegawai
/// whose profile names it (by its name or another spelling).
pub(super) type BarisUnit = (usize, UnitKerja, u64, usize);

/// Units in tree order, each with the pegawai whose profile names it directly.
pub(super) fn pohon(unit: &[Tersimpan<UnitKerja>], unit_kerja: &[String]) -> Vec<BarisUnit> {
    let org = Organisasi::baru(unit.iter().map(|u| &u.isi));
    let mut jumlah = vec![0usize; org.urutan().len()];
    for uk in unit_kerja {
        if let Some(i) = org.posisi_nama(uk) {
            jumlah[i] += 1;
        }
    }
    org.urutan()
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let rev = unit
                .iter()
                .find(|x| x.isi.id == u.id)
                .map_or(0, |x| x.revisi);
            (org.kedalaman(i), (*u).clone(), rev, jumlah[i])
        })
        .collect()
}

/// The leader as the screen names them: the profile's name, else the NIP written 8-6-1-3;
/// nothing for a unit without one.
pub(super) fn nama_pimpinan(d: &DataKinerja, u: &UnitKerja) -> Option<String> {
    (!u.pimpinan_nip.trim().is_empty()).then(|| d.nama(u.pimpinan_nip.trim()))
}

/// The units as a table to download. The leader's NIP is its own text column, so a
/// spreadsheet keeps its 18 digits while the name column reads as the screen does.
pub(super) fn tabel_organisasi(tt: &TeksOrganisasi, baris: &[BarisUnit], d: &DataKinerja) -> Tabel {
    let mut x = Tabel::baru(&[
        tt.kolom_unit,
        tt.kolom_kode,
        tt.kolom_induk,
        tt.kolom_pimpinan,
        tt.kolom_pimpinan_nip,
        tt.kolom_alias,
        tt.kolom_pegawai,
    ]);
    for (_, u, _, n) in baris {
        let induk = u
            .induk
            .as_ref()
            .and_then(|i| baris.iter().find(|(_, x, _, _)| x.id == *i))
            .map(|(_, x, _, _)| x.nama.clone());
        x.tambah(
            vec![
                Sel::Teks(u.nama.clone()),
                Sel::Teks(u.kode.clone()),
                Sel::Teks(induk.unwrap_or_default()),
                Sel::Teks(nama_pimpinan(d, u).unwrap_or_default()),
                Sel::Teks(u.pimpinan_nip.trim().to_string()),
                Sel::Teks(u.alias.join("; ")),
                Sel::angka(*n),
            ],
            None,
        );
    }
    x
}

#[cfg(test)]
#[path = "tabel_tests.rs"]
mod tests;
