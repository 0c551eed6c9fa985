//! Capaian IKI (realisasi against target) and, as an opt-in legacy mode, the nilai capaian IKI
//! table of PermenPANRB 8/2021 (§3.3).

use super::skp::Target;
use super::{Explained, Galat, Penjelasan, Rulebook};
use serde::{Deserialize, Serialize};

/// Capaian in percent. Normal targets: `R / T × 100`; lower-is-better: `(1 + (1 − R / T)) × 100`;
/// ranges: above the range against its upper bound, below it against its lower bound, inside = 100.
pub fn capaian_iki(
    rb: &Rulebook,
    target: &Target,
    realisasi: f64,
) -> Result<Explained<f64>, Galat> {
    if !realisasi.is_finite() || realisasi < 0.0 {
        return Err(Galat::baru("realisasi_tidak_sah").dengan("nilai", realisasi));
    }
    let positif = |t: f64| {
        if t.is_finite() && t > 0.0 {
            Ok(t)
        } else {
            Err(Galat::baru("target_tidak_positif").dengan("nilai", t))
        }
    };
    match target {
        Target::Angka { nilai, .. } => {
            let t = positif(*nilai)?;
            let c = realisasi / t * 100.0;
            Ok(Penjelasan::baru(rb, "capaian_iki")
                .angka("butir.target", t)
                .angka("butir.realisasi", realisasi)
                .langkah("butir.capaian_persen", c)
                .jadi(c))
        }
        Target::MakinKecil { nilai, .. } => {
            let t = positif(*nilai)?;
            let rasio = realisasi / t;
            let c = (1.0 + (1.0 - rasio)) * 100.0;
            Ok(Penjelasan::baru(rb, "capaian_iki_makin_kecil")
                .angka("butir.target", t)
                .angka("butir.realisasi", realisasi)
                .langkah("butir.rasio", rasio)
                .langkah("butir.capaian_persen", c)
                .jadi(c))
        }
        Target::Rentang { bawah, atas, .. } => {
            let (b, a) = (*bawah, positif(*atas)?);
            if !b.is_finite() || b < 0.0 || b > a {
                return Err(Galat::baru("rentang_tidak_sah")
                    .dengan("bawah", b)
                    .dengan("atas", a));
            }
            let pj = Penjelasan::baru(rb, "capaian_iki_rentang")
                .angka("butir.target_bawah", b)
                .angka("butir.target_atas", a)
                .angka("butir.realisasi", realisasi);
            let (acuan, c) = if realisasi > a {
                (a, realisasi / a * 100.0)
            } else if realisasi < b {
                (b, realisasi / b * 100.0)
            } else {
                (realisasi, 100.0)
            };
            Ok(pj
                .langkah("butir.acuan", acuan)
                .langkah("butir.capaian_persen", c)
                .jadi(c))
        }
        Target::Naratif { .. } => Err(Galat::baru("target_naratif")),
    }
}

/// Nilai capaian IKI with its category (band label).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct NilaiIki {
    pub nilai: f64,
    pub kategori: String,
}

/// PermenPANRB 8/2021 nilai capaian IKI from capaian (%). `target_maksimal`: the target is the
/// most attainable (e.g. 100% bebas temuan), so exactly meeting it scores the top value.
pub fn nilai_capaian_iki_2021(
    rb: &Rulebook,
    capaian: f64,
    target_maksimal: bool,
) -> Result<Explained<NilaiIki>, Galat> {
    let t = &rb.nilai_capaian_iki_2021;
    let pj = Penjelasan::baru(rb, "nilai_capaian_iki_2021").angka("butir.capaian_persen", capaian);
    if target_maksimal && capaian == t.capaian_target_maksimal {
        let hasil = NilaiIki {
            nilai: t.nilai_target_maksimal,
            kategori: t.label_target_maksimal.clone(),
        };
        return Ok(pj
            .catat("catatan.target_maksimal")
            .langkah("butir.nilai", hasil.nilai)
            .langkah_label("butir.kategori", hasil.kategori.clone())
            .jadi(hasil));
    }
    let pita = t
        .skala
        .cari(capaian)
        .ok_or_else(|| Galat::baru("di_luar_skala").dengan("nilai", capaian))?;
    let nilai = pita.rumus.map(|r| r.hitung(capaian)).unwrap_or(capaian);
    Ok(pj
        .masukan("butir.pita", super::Isi::Teks(String::from(pita.interval)))
        .langkah("butir.nilai", nilai)
        .langkah_label("butir.kategori", pita.label.clone())
        .jadi(NilaiIki {
            nilai,
            kategori: pita.label.clone(),
        }))
}

#[cfg(test)]
#[path = "capaian_tests.rs"]
mod tests;
