//! Capaian IKI (realisasi against target) and, as an opt-in legacy mode, the nilai capaian IKI
//! table of PermenPANRB 8/2021 (§3.3).

use super::desimal::Pecahan;
use super::skp::Target;
use super::{Explained, Galat, Penjelasan, Rulebook};
use serde::{Deserialize, Serialize};

/// Capaian in percent, exact. Normal targets: `R / T × 100`; lower-is-better:
/// `(1 + (1 − R / T)) × 100`; ranges: above the range against its upper bound, below it against
/// its lower bound, inside = 100. `realisasi` is read as the decimal it prints as.
pub fn capaian_iki(
    rb: &Rulebook,
    target: &Target,
    realisasi: f64,
) -> Result<Explained<Pecahan>, Galat> {
    match Pecahan::dari_f64(realisasi) {
        Some(r) => capaian_iki_tepat(rb, target, r),
        None => Err(Galat::baru("realisasi_tidak_sah").dengan("nilai", realisasi)),
    }
}

/// [`capaian_iki`] of an exact realisasi (e.g. a sum of entries, [`super::progres`]).
pub fn capaian_iki_tepat(
    rb: &Rulebook,
    target: &Target,
    realisasi: Pecahan,
) -> Result<Explained<Pecahan>, Galat> {
    if realisasi < Pecahan::NOL {
        return Err(Galat::baru("realisasi_tidak_sah").dengan("nilai", realisasi.ke_f64()));
    }
    let positif = |t: f64| match Pecahan::dari_f64(t) {
        Some(x) if x > Pecahan::NOL => Ok(x),
        _ => Err(Galat::baru("target_tidak_positif").dengan("nilai", t)),
    };
    let seratus = Pecahan::bulat(100);
    let r = realisasi.ke_f64();
    match target {
        Target::Angka { nilai, .. } => {
            let c = realisasi.bagi(positif(*nilai)?)?.kali(seratus)?;
            Ok(Penjelasan::baru(rb, "capaian_iki")
                .angka("butir.target", *nilai)
                .angka("butir.realisasi", r)
                .langkah("butir.capaian_persen", c.ke_f64())
                .jadi(c))
        }
        Target::MakinKecil { nilai, .. } => {
            let rasio = realisasi.bagi(positif(*nilai)?)?;
            let c = Pecahan::bulat(2).kurang(rasio)?.kali(seratus)?;
            Ok(Penjelasan::baru(rb, "capaian_iki_makin_kecil")
                .angka("butir.target", *nilai)
                .angka("butir.realisasi", r)
                .langkah("butir.rasio", rasio.ke_f64())
                .langkah("butir.capaian_persen", c.ke_f64())
                .jadi(c))
        }
        Target::Rentang { bawah, atas, .. } => {
            let a = positif(*atas)?;
            let b = Pecahan::dari_f64(*bawah)
                .filter(|b| *b >= Pecahan::NOL && *b <= a)
                .ok_or_else(|| {
                    Galat::baru("rentang_tidak_sah")
                        .dengan("bawah", bawah)
                        .dengan("atas", atas)
                })?;
            let pj = Penjelasan::baru(rb, "capaian_iki_rentang")
                .angka("butir.target_bawah", *bawah)
                .angka("butir.target_atas", *atas)
                .angka("butir.realisasi", r);
            // A lower bound of 0 is only reached from inside the range, so never divides.
            let (acuan, c) = if realisasi > a {
                (a, realisasi.bagi(a)?.kali(seratus)?)
            } else if realisasi < b {
                (b, realisasi.bagi(b)?.kali(seratus)?)
            } else {
                (realisasi, seratus)
            };
            Ok(pj
                .langkah("butir.acuan", acuan.ke_f64())
                .langkah("butir.capaian_persen", c.ke_f64())
                .jadi(c))
        }
        Target::Naratif { .. } => Err(Galat::baru("target_naratif")),
    }
}

/// Nilai capaian IKI with its category (band label).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct NilaiIki {
    /// Exact, rounded to the rulebook's `desimal`.
    pub nilai: Pecahan,
    pub kategori: String,
}

/// PermenPANRB 8/2021 nilai capaian IKI from capaian (%). `target_maksimal`: the target is the
/// most attainable (e.g. 100% bebas temuan), so exactly meeting it scores the top value.
/// Capaian is rounded to the printed precision first: 99,999 % is printed, and scored, as 100.
pub fn nilai_capaian_iki_2021(
    rb: &Rulebook,
    capaian: Pecahan,
    target_maksimal: bool,
) -> Result<Explained<NilaiIki>, Galat> {
    let t = &rb.nilai_capaian_iki_2021;
    let c = capaian.bulatkan(t.desimal)?;
    let pj =
        Penjelasan::baru(rb, "nilai_capaian_iki_2021").angka("butir.capaian_persen", c.ke_f64());
    if target_maksimal && c == Pecahan::tepat(t.capaian_target_maksimal)? {
        let hasil = NilaiIki {
            nilai: Pecahan::tepat(t.nilai_target_maksimal)?,
            kategori: t.label_target_maksimal.clone(),
        };
        return Ok(pj
            .catat("catatan.target_maksimal")
            .langkah("butir.nilai", hasil.nilai.ke_f64())
            .langkah_label("butir.kategori", hasil.kategori.clone())
            .jadi(hasil));
    }
    let pita = t
        .skala
        .cari_tepat(c)
        .ok_or_else(|| Galat::baru("di_luar_skala").dengan("nilai", c.ke_f64()))?;
    let nilai = match pita.rumus {
        Some(r) => r.hitung_tepat(c)?.bulatkan(t.desimal)?,
        None => c,
    };
    Ok(pj
        .masukan("butir.pita", super::Isi::Teks(String::from(pita.interval)))
        .langkah("butir.nilai", nilai.ke_f64())
        .langkah_label("butir.kategori", pita.label.clone())
        .jadi(NilaiIki {
            nilai,
            kategori: pita.label.clone(),
        }))
}

#[cfg(test)]
#[path = "capaian_tests.rs"]
mod tests;
