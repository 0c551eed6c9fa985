//! SE MenPANRB 3/2023: a unit's predikat distribution checked against the pola distribusi that
//! follows from the organisation's capaian. Advisory ("pertimbangan"), so the result lists each
//! breached rule rather than refusing anything.

use super::explain::format_angka;
use super::rulebook::{Pembulatan, SyaratDistribusi};
use super::{Bahasa, Explained, Galat, Penjelasan, Predikat, PredikatOrganisasi, Rulebook};
use serde::{Deserialize, Serialize};

/// One rule of the pola distribusi that the unit does not meet.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Pelanggaran {
    pub syarat: SyaratDistribusi,
    /// People in the rule's predikat group.
    pub jumlah: usize,
    /// The whole-person limit the rule allows or requires for this unit size.
    pub batas: usize,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct HasilDistribusi {
    pub jumlah_pegawai: usize,
    /// Count per predikat, worst first.
    pub sebaran: Vec<(Predikat, usize)>,
    pub pelanggaran: Vec<Pelanggaran>,
    /// Every rule of the pattern, met or not, in the rulebook's order.
    pub cek: Vec<CekSyarat>,
    /// No spread of this many people meets every rule at once (one evaluated pegawai cannot be
    /// both at most 70 % Sangat Baik and mostly Sangat Baik): the rules unmet are not counted
    /// as breaches until more are evaluated.
    #[serde(default)]
    pub tak_dapat_dipenuhi: bool,
}

/// Units up to this size are searched for a spread meeting the whole pattern (at 20, 10,626
/// spreads); larger ones always have one under the built-in patterns.
const CARI_SEBARAN_SAMPAI: usize = 20;

/// A rule applied to counts per predikat: the people in its group, its limit, and whether the
/// counts break it.
fn nilai_syarat(
    s: &SyaratDistribusi,
    jumlah_per_predikat: &[usize; 5],
    n: usize,
    pembulatan: Pembulatan,
) -> (usize, usize, bool) {
    let hitung = |grup: &[Predikat]| {
        Predikat::SEMUA
            .iter()
            .zip(jumlah_per_predikat)
            .filter(|(p, _)| grup.contains(p))
            .map(|(_, j)| j)
            .sum::<usize>()
    };
    match s {
        SyaratDistribusi::MinPorsi { predikat, porsi } => {
            let (j, b) = (hitung(predikat), batas_minimum(*porsi, n, pembulatan));
            (j, b, j < b)
        }
        SyaratDistribusi::MaksPorsi { predikat, porsi } => {
            let (j, b) = (hitung(predikat), batas_maksimum(*porsi, n, pembulatan));
            (j, b, j > b)
        }
        SyaratDistribusi::MinJumlah { predikat, jumlah } => {
            let j = hitung(predikat);
            (j, *jumlah, j < *jumlah)
        }
        SyaratDistribusi::Terbanyak { predikat } => {
            let j = hitung(&[*predikat]);
            let terbesar = jumlah_per_predikat.iter().copied().max().unwrap_or(0);
            (j, terbesar, j < terbesar)
        }
    }
}

/// Whether some spread of `n` people over the five predikat meets every rule of `syarat`.
fn dapat_dipenuhi(syarat: &[SyaratDistribusi], n: usize, pembulatan: Pembulatan) -> bool {
    if n > CARI_SEBARAN_SAMPAI {
        return true;
    }
    let mut x = [0usize; 5];
    for a in 0..=n {
        for b in 0..=n - a {
            for c in 0..=n - a - b {
                for d in 0..=n - a - b - c {
                    x[..4].copy_from_slice(&[a, b, c, d]);
                    x[4] = n - a - b - c - d;
                    if syarat.iter().all(|s| !nilai_syarat(s, &x, n, pembulatan).2) {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// Whether rule `i` of `syarat` is part of a clash no spread of `n` can settle: some set of
/// the rules with it cannot be met at once, and can without it. A rule outside every clash
/// (no Sangat Baik at all, beside two minimums two people cannot both fill) stays a breach.
fn bertentangan(syarat: &[SyaratDistribusi], i: usize, n: usize, p: Pembulatan) -> bool {
    let pilih = |m: u32| -> Vec<SyaratDistribusi> {
        (syarat.iter().enumerate())
            .filter(|(j, _)| m & (1 << j) != 0)
            .map(|(_, s)| s.clone())
            .collect()
    };
    (0..1u32 << syarat.len().min(16))
        .filter(|m| m & (1 << i) != 0)
        .any(|m| !dapat_dipenuhi(&pilih(m), n, p) && dapat_dipenuhi(&pilih(m & !(1 << i)), n, p))
}

/// One rule of the pattern applied to the unit: the people in its group, its whole-person
/// limit for this unit size, and whether the unit meets it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct CekSyarat {
    pub syarat: SyaratDistribusi,
    pub jumlah: usize,
    pub batas: usize,
    pub terpenuhi: bool,
    /// Not met, and part of what no spread of this many can meet at once ([`bertentangan`]):
    /// not met yet rather than breached.
    #[serde(default)]
    pub belum_dapat: bool,
}

// Shares such as 0.6 × 5 are not exact in binary; a tiny tolerance keeps 3.0000000000000004 at 3.
const TOLERANSI: f64 = 1e-9;

fn batas_minimum(porsi: f64, n: usize, pembulatan: Pembulatan) -> usize {
    let x = porsi * n as f64;
    match pembulatan {
        Pembulatan::Ketat => (x - TOLERANSI).ceil().max(0.0) as usize,
        Pembulatan::Terdekat => {
            let r = (x + 0.5 + TOLERANSI).floor().max(0.0) as usize;
            if porsi > 0.0 {
                r.max(1)
            } else {
                r
            }
        }
    }
}

fn batas_maksimum(porsi: f64, n: usize, pembulatan: Pembulatan) -> usize {
    let x = porsi * n as f64;
    match pembulatan {
        Pembulatan::Ketat => (x + TOLERANSI).floor().max(0.0) as usize,
        Pembulatan::Terdekat => (x + 0.5 + TOLERANSI).floor().max(0.0) as usize,
    }
}

pub fn periksa_distribusi(
    rb: &Rulebook,
    organisasi: PredikatOrganisasi,
    predikat_pegawai: &[Predikat],
) -> Result<Explained<HasilDistribusi>, Galat> {
    let mut jumlah = [0usize; 5];
    for p in predikat_pegawai {
        jumlah[indeks(*p)] += 1;
    }
    periksa_sebaran(rb, organisasi, &jumlah)
}

/// Position of a predikat in [`Predikat::SEMUA`] (worst first).
pub fn indeks(p: Predikat) -> usize {
    Predikat::SEMUA.iter().position(|x| *x == p).unwrap_or(0)
}

/// The same check from counts per predikat ([`Predikat::SEMUA`] order), so a unit of any size
/// costs the same: the dashboards count once and check every unit from its counts.
pub fn periksa_sebaran(
    rb: &Rulebook,
    organisasi: PredikatOrganisasi,
    jumlah_per_predikat: &[usize; 5],
) -> Result<Explained<HasilDistribusi>, Galat> {
    let n: usize = jumlah_per_predikat.iter().sum();
    if n == 0 {
        return Err(Galat::baru("tanpa_pegawai"));
    }
    let d = &rb.distribusi;
    // Exact shares for normal units; the agency's rounding for small ones.
    let pembulatan = if n < d.batas_unit_kecil {
        d.pembulatan_unit_kecil
    } else {
        Pembulatan::Ketat
    };
    let syarat = d
        .syarat
        .get(&organisasi)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let mut cek = Vec::new();
    for s in syarat {
        let (jumlah, batas, langgar) = nilai_syarat(s, jumlah_per_predikat, n, pembulatan);
        cek.push(CekSyarat {
            syarat: s.clone(),
            jumlah,
            batas,
            terpenuhi: !langgar,
            belum_dapat: false,
        });
    }
    let tak_dapat_dipenuhi =
        cek.iter().any(|c| !c.terpenuhi) && !dapat_dipenuhi(syarat, n, pembulatan);
    if tak_dapat_dipenuhi {
        for (i, c) in cek.iter_mut().enumerate() {
            c.belum_dapat = !c.terpenuhi && bertentangan(syarat, i, n, pembulatan);
        }
    }
    let pelanggaran = cek
        .iter()
        .filter(|c| !c.terpenuhi && !c.belum_dapat)
        .map(|c| Pelanggaran {
            syarat: c.syarat.clone(),
            jumlah: c.jumlah,
            batas: c.batas,
        })
        .collect::<Vec<_>>();
    let sebaran: Vec<(Predikat, usize)> = Predikat::SEMUA
        .iter()
        .copied()
        .zip(jumlah_per_predikat.iter().copied())
        .collect();
    let mut pj = Penjelasan::baru(rb, "distribusi_se3_2023")
        .label("butir.predikat_organisasi", organisasi.label_key())
        .angka("butir.jumlah_pegawai", n as f64);
    for (p, j) in &sebaran {
        pj = pj.angka(&p.label_key(), *j as f64);
    }
    if n < d.batas_unit_kecil {
        pj = pj.catat(match pembulatan {
            Pembulatan::Ketat => "catatan.unit_kecil_ketat",
            Pembulatan::Terdekat => "catatan.unit_kecil_terdekat",
        });
    }
    if tak_dapat_dipenuhi {
        pj = pj.catat("catatan.pola_tak_dapat_dipenuhi");
    }
    let pj = pj.langkah("butir.jumlah_pelanggaran", pelanggaran.len() as f64);
    Ok(pj.jadi(HasilDistribusi {
        jumlah_pegawai: n,
        sebaran,
        pelanggaran,
        cek,
        tak_dapat_dipenuhi,
    }))
}

impl SyaratDistribusi {
    /// Label key describing the rule kind, e.g. `distribusi.min_porsi`.
    pub fn label_key(&self) -> &'static str {
        match self {
            SyaratDistribusi::MinPorsi { .. } => "distribusi.min_porsi",
            SyaratDistribusi::MaksPorsi { .. } => "distribusi.maks_porsi",
            SyaratDistribusi::MinJumlah { .. } => "distribusi.min_jumlah",
            SyaratDistribusi::Terbanyak { .. } => "distribusi.terbanyak",
        }
    }
}

impl CekSyarat {
    /// The rule in words for a unit of `n` people, with what the unit has, e.g.
    /// "Butuh Perbaikan paling sedikit 60 % pegawai (6 dari 10); ada 5."
    pub fn uraian(&self, rb: &Rulebook, bahasa: Bahasa, n: usize) -> String {
        uraian_syarat(rb, bahasa, &self.syarat, self.jumlah, self.batas, n)
    }
}

impl Pelanggaran {
    /// The breached rule in words (see [`CekSyarat::uraian`]).
    pub fn uraian(&self, rb: &Rulebook, bahasa: Bahasa, n: usize) -> String {
        uraian_syarat(rb, bahasa, &self.syarat, self.jumlah, self.batas, n)
    }
}

fn uraian_syarat(
    rb: &Rulebook,
    b: Bahasa,
    s: &SyaratDistribusi,
    jumlah: usize,
    batas: usize,
    n: usize,
) -> String {
    let (kunci, predikat, porsi) = match s {
        SyaratDistribusi::MinPorsi { predikat, porsi } => {
            ("distribusi.kalimat.min_porsi", predikat.as_slice(), *porsi)
        }
        SyaratDistribusi::MaksPorsi { predikat, porsi } => {
            ("distribusi.kalimat.maks_porsi", predikat.as_slice(), *porsi)
        }
        SyaratDistribusi::MinJumlah { predikat, .. } => {
            ("distribusi.kalimat.min_jumlah", predikat.as_slice(), 0.0)
        }
        SyaratDistribusi::Terbanyak { predikat } => (
            "distribusi.kalimat.terbanyak",
            std::slice::from_ref(predikat),
            0.0,
        ),
    };
    let nama = predikat
        .iter()
        .map(|p| rb.teks(&p.label_key(), b).to_string())
        .collect::<Vec<_>>()
        .join(rb.teks("distribusi.atau", b));
    rb.teks(kunci, b)
        .replace("{predikat}", &nama)
        .replace("{porsi}", &format_angka(porsi * 100.0, b))
        .replace("{batas}", &batas.to_string())
        .replace("{jumlah}", &jumlah.to_string())
        .replace("{n}", &n.to_string())
}

#[cfg(test)]
#[path = "distribusi_tests.rs"]
mod tests;
