//! The agency's organisation: unit kerja as a tree (name, code, parent, the unit leader's NIP),
//! kept by the admin kepegawaian. A pegawai belongs to the unit whose name, or one of whose
//! other spellings (`alias`), matches the `unit_kerja` of their profile; the admin cannot change
//! pegawai's profiles, so two spellings of one unit are merged by giving the kept unit the
//! other's names as aliases, never by rewriting profiles.

use super::nip::parse_nip;
use super::{Galat, Rulebook};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
pub struct UnitKerja {
    /// The record id; other units name it as their `induk`.
    pub id: String,
    pub nama: String,
    #[serde(default)]
    pub kode: String,
    /// The unit above this one; `None` for a top unit.
    #[serde(default)]
    pub induk: Option<String>,
    /// NIP of the unit leader (pimpinan unit kerja), whose evaluation carries the unit's
    /// capaian (SE 3/2023); empty while not known.
    #[serde(default)]
    pub pimpinan_nip: String,
    /// Other spellings of the name found in profiles, mapped to this unit.
    #[serde(default)]
    pub alias: Vec<String>,
}

/// A unit name as it is compared: lower case, single spaces, no spaces at the ends, so
/// "Bidang  Mutasi " and "bidang mutasi" are one name.
pub fn kunci_nama(nama: &str) -> String {
    nama.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Letters and digits only: "Bidang Mutasi." and "bidang-mutasi" look alike, so the admin is
/// told they may be one unit (never merged without asking).
pub fn kunci_ringkas(nama: &str) -> String {
    nama.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl UnitKerja {
    /// Problems of the unit on its own, each naming the field.
    pub fn periksa(&self, rb: &Rulebook, hari_ini: NaiveDate) -> Vec<Galat> {
        let mut m = Vec::new();
        if self.nama.trim().is_empty() {
            m.push(Galat::baru("unit_nama_kosong"));
        }
        if self.induk.as_deref() == Some(self.id.as_str()) {
            m.push(Galat::baru("unit_induk_diri").dengan("nama", &self.nama));
        }
        if !self.pimpinan_nip.trim().is_empty() {
            if let Err(g) = parse_nip(rb, self.pimpinan_nip.trim(), hari_ini) {
                m.push(g);
            }
        }
        m
    }

    /// Every name that maps to this unit, compared form.
    pub fn semua_kunci(&self) -> impl Iterator<Item = String> + '_ {
        std::iter::once(&self.nama)
            .chain(&self.alias)
            .map(|n| kunci_nama(n))
            .filter(|k| !k.is_empty())
    }
}

/// Problems of `unit` among the others (`semua` may hold its old version, which is ignored):
/// its own checks, then a parent that does not exist or lies below it, a code or a name (or
/// alias) another unit already has.
pub fn periksa_dalam(
    rb: &Rulebook,
    hari_ini: NaiveDate,
    unit: &UnitKerja,
    semua: &[&UnitKerja],
) -> Vec<Galat> {
    let mut m = unit.periksa(rb, hari_ini);
    let lain: Vec<&UnitKerja> = semua.iter().copied().filter(|u| u.id != unit.id).collect();
    if let Some(induk) = unit.induk.as_deref().filter(|i| *i != unit.id) {
        let induk_dari: HashMap<&str, Option<&str>> = lain
            .iter()
            .map(|u| (u.id.as_str(), u.induk.as_deref()))
            .collect();
        if !induk_dari.contains_key(induk) {
            m.push(Galat::baru("unit_induk_tidak_dikenal").dengan("nilai", induk));
        } else {
            // Walking up from the new parent must never reach the unit itself.
            let mut kini = Some(induk);
            let mut langkah = 0;
            while let Some(k) = kini {
                if k == unit.id || langkah > lain.len() {
                    m.push(Galat::baru("unit_siklus").dengan("nama", &unit.nama));
                    break;
                }
                kini = induk_dari.get(k).copied().flatten();
                langkah += 1;
            }
        }
    }
    let kode = unit.kode.trim();
    if let Some(u) = lain
        .iter()
        .find(|u| !kode.is_empty() && u.kode.trim() == kode)
    {
        m.push(
            Galat::baru("unit_kode_ganda")
                .dengan("nilai", kode)
                .dengan("nama", &u.nama),
        );
    }
    for k in unit.semua_kunci() {
        if let Some(u) = lain.iter().find(|u| u.semua_kunci().any(|x| x == k)) {
            m.push(
                Galat::baru("unit_nama_ganda")
                    .dengan("nilai", &k)
                    .dengan("nama", &u.nama),
            );
        }
    }
    m
}

/// A unit may be deleted once no unit lies under it (their place in the tree would be lost).
pub fn boleh_hapus(unit: &UnitKerja, semua: &[&UnitKerja]) -> Result<(), Galat> {
    match semua
        .iter()
        .find(|u| u.induk.as_deref() == Some(unit.id.as_str()))
    {
        Some(anak) => Err(Galat::baru("unit_masih_punya_sub")
            .dengan("nama", &unit.nama)
            .dengan("sub", &anak.nama)),
        None => Ok(()),
    }
}

/// The units as a tree, indexed once: lookups by id and by name are O(1), each unit's
/// sub-tree is the contiguous run `[i, i + ukuran(i))` of [`Organisasi::urutan`].
#[derive(Clone, Debug, Default)]
pub struct Organisasi<'a> {
    urutan: Vec<&'a UnitKerja>,
    kedalaman: Vec<usize>,
    ukuran: Vec<usize>,
    induk: Vec<Option<usize>>,
    indeks: HashMap<&'a str, usize>,
    nama: HashMap<String, usize>,
}

impl<'a> Organisasi<'a> {
    /// Top units first by code then name, each followed by its sub-units depth first. A unit
    /// whose parent is unknown, or that sits in a loop of parents, shows at the top.
    pub fn baru(unit: impl IntoIterator<Item = &'a UnitKerja>) -> Self {
        let mut semua: Vec<&UnitKerja> = unit.into_iter().collect();
        semua.sort_by(|a, b| (&a.kode, &a.nama, &a.id).cmp(&(&b.kode, &b.nama, &b.id)));
        let ada: HashMap<&str, usize> = semua
            .iter()
            .enumerate()
            .map(|(i, u)| (u.id.as_str(), i))
            .collect();
        let mut anak: Vec<Vec<usize>> = vec![Vec::new(); semua.len()];
        let mut akar = Vec::new();
        for (i, u) in semua.iter().enumerate() {
            match u.induk.as_deref().and_then(|p| ada.get(p)) {
                Some(&p) if p != i => anak[p].push(i),
                _ => akar.push(i),
            }
        }
        let mut o = Organisasi::default();
        let mut dikunjungi = vec![false; semua.len()];
        let mut tumpukan: Vec<(usize, usize)> = akar.iter().rev().map(|&i| (i, 0)).collect();
        loop {
            while let Some((i, d)) = tumpukan.pop() {
                if dikunjungi[i] {
                    continue;
                }
                dikunjungi[i] = true;
                o.urutan.push(semua[i]);
                o.kedalaman.push(d);
                tumpukan.extend(anak[i].iter().rev().map(|&c| (c, d + 1)));
            }
            // Units in a loop of parents were never reached: the first of them becomes a top.
            match dikunjungi.iter().position(|v| !v) {
                Some(i) => tumpukan.push((i, 0)),
                None => break,
            }
        }
        let n = o.urutan.len();
        o.indeks = o
            .urutan
            .iter()
            .enumerate()
            .map(|(i, u)| (u.id.as_str(), i))
            .collect();
        o.induk = vec![None; n];
        o.ukuran = vec![1; n];
        // Preorder: the parent of i is the nearest earlier unit one level up.
        let mut jalur: Vec<usize> = Vec::new();
        for i in 0..n {
            jalur.truncate(o.kedalaman[i]);
            o.induk[i] = jalur.last().copied();
            jalur.push(i);
        }
        for i in (0..n).rev() {
            if let Some(p) = o.induk[i] {
                o.ukuran[p] += o.ukuran[i];
            }
        }
        // A unit's own name wins over another unit's alias.
        for (i, u) in o.urutan.iter().enumerate() {
            for k in u.alias.iter().map(|a| kunci_nama(a)) {
                o.nama.entry(k).or_insert(i);
            }
        }
        for (i, u) in o.urutan.iter().enumerate() {
            o.nama.insert(kunci_nama(&u.nama), i);
        }
        o
    }

    pub fn urutan(&self) -> &[&'a UnitKerja] {
        &self.urutan
    }

    pub fn kedalaman(&self, i: usize) -> usize {
        self.kedalaman[i]
    }

    /// The positions of the unit's own sub-tree, itself first.
    pub fn sub_pohon(&self, i: usize) -> std::ops::Range<usize> {
        i..i + self.ukuran[i]
    }

    pub fn induk(&self, i: usize) -> Option<usize> {
        self.induk[i]
    }

    pub fn posisi(&self, id: &str) -> Option<usize> {
        self.indeks.get(id).copied()
    }

    pub fn unit(&self, id: &str) -> Option<&'a UnitKerja> {
        self.posisi(id).map(|i| self.urutan[i])
    }

    /// The unit a profile's `unit_kerja` names (its name or an alias), if any.
    pub fn posisi_nama(&self, unit_kerja: &str) -> Option<usize> {
        self.nama.get(&kunci_nama(unit_kerja)).copied()
    }

    /// The path from the top, e.g. "Dinas › Bidang Mutasi".
    pub fn jalur(&self, i: usize) -> Vec<&'a UnitKerja> {
        let mut v = vec![self.urutan[i]];
        let mut kini = self.induk[i];
        while let Some(p) = kini {
            v.push(self.urutan[p]);
            kini = self.induk[p];
        }
        v.reverse();
        v
    }
}

/// A unit the profiles name that no unit has yet, with the spelling most of them use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Usulan {
    pub nama: String,
    pub jumlah_pegawai: usize,
    /// Other spellings of the same compared name found in profiles.
    pub ejaan_lain: Vec<String>,
    /// An existing unit whose name looks alike (letters and digits equal): maybe one unit.
    pub mirip: Option<String>,
}

/// The units proposed from the `unit_kerja` of stored profiles: every name no unit (or alias)
/// matches, counted, in name order. One pass over the profiles.
pub fn usulan_dari_profil<'b>(
    org: &Organisasi,
    unit_kerja: impl IntoIterator<Item = &'b str>,
) -> Vec<Usulan> {
    // compared name → (spelling → count, in first-seen order)
    let mut grup: HashMap<String, Vec<(&'b str, usize)>> = HashMap::new();
    for nama in unit_kerja {
        let nama = nama.trim();
        let k = kunci_nama(nama);
        if k.is_empty() || org.nama.contains_key(&k) {
            continue;
        }
        let ejaan = grup.entry(k).or_default();
        match ejaan.iter_mut().find(|(e, _)| *e == nama) {
            Some((_, n)) => *n += 1,
            None => ejaan.push((nama, 1)),
        }
    }
    let ringkas: HashMap<String, &str> = org
        .urutan
        .iter()
        .flat_map(|u| {
            std::iter::once(&u.nama)
                .chain(&u.alias)
                .map(move |n| (kunci_ringkas(n), u.id.as_str()))
        })
        .collect();
    let mut v: Vec<Usulan> = grup
        .into_values()
        .map(|ejaan| {
            let (utama, _) = ejaan
                .iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
                .copied()
                .unwrap_or(("", 0));
            Usulan {
                nama: utama.to_string(),
                jumlah_pegawai: ejaan.iter().map(|(_, n)| n).sum(),
                ejaan_lain: ejaan
                    .iter()
                    .filter(|(e, _)| *e != utama)
                    .map(|(e, _)| e.to_string())
                    .collect(),
                mirip: ringkas.get(&kunci_ringkas(utama)).map(|s| s.to_string()),
            }
        })
        .collect();
    v.sort_by_key(|u| kunci_nama(&u.nama));
    v
}

#[path = "organisasi_gabung.rs"]
mod gabung;
pub use gabung::{rencana_gabung, RencanaGabung};

#[cfg(test)]
#[path = "organisasi_tests.rs"]
mod tests;
