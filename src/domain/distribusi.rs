//! SE MenPANRB 3/2023: a unit's predikat distribution checked against the pola distribusi that
//! follows from the organisation's capaian. Advisory ("pertimbangan"), so the result lists each
//! breached rule rather than refusing anything.

use super::rulebook::{Pembulatan, SyaratDistribusi};
use super::{Explained, Galat, Penjelasan, Predikat, PredikatOrganisasi, Rulebook};
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
    let n = predikat_pegawai.len();
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
    let hitung = |grup: &[Predikat]| predikat_pegawai.iter().filter(|p| grup.contains(p)).count();
    let mut pelanggaran = Vec::new();
    for s in d
        .syarat
        .get(&organisasi)
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        let (jumlah, batas, langgar) = match s {
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
                let terbesar = Predikat::SEMUA
                    .iter()
                    .map(|p| hitung(&[*p]))
                    .max()
                    .unwrap_or(0);
                (j, terbesar, j < terbesar)
            }
        };
        if langgar {
            pelanggaran.push(Pelanggaran {
                syarat: s.clone(),
                jumlah,
                batas,
            });
        }
    }
    let sebaran: Vec<(Predikat, usize)> = Predikat::SEMUA
        .iter()
        .map(|p| (*p, hitung(&[*p])))
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
    let pj = pj.langkah("butir.jumlah_pelanggaran", pelanggaran.len() as f64);
    Ok(pj.jadi(HasilDistribusi {
        jumlah_pegawai: n,
        sebaran,
        pelanggaran,
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

#[cfg(test)]
#[path = "distribusi_tests.rs"]
mod tests;
