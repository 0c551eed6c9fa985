//! Angka kredit jabatan fungsional from the predikat (PermenPANRB 1/2023, Peraturan BKN 3/2023):
//! `AK = (bulan / 12) × persentase(predikat) × koefisien tahunan jenjang`.
//!
//! The value is exact; it is rounded to the rulebook's `desimal` only where it is printed. A
//! per-period rounding would drift: twelve months of Baik for Ahli Pertama are 12 × 1,04 = 12,48,
//! the year is 12,5; exact monthly values sum to the annual one.

use super::desimal::Pecahan;
use super::{Explained, Galat, Penjelasan, Predikat, Rulebook};

pub fn angka_kredit(
    rb: &Rulebook,
    jenjang: &str,
    predikat: Predikat,
    bulan: u32,
) -> Result<Explained<Pecahan>, Galat> {
    let ak = &rb.angka_kredit;
    let koefisien = *ak
        .koefisien
        .get(jenjang)
        .ok_or_else(|| Galat::baru("jenjang_tanpa_koefisien").dengan("nilai", jenjang))?;
    if bulan == 0 || bulan > ak.bulan_setahun {
        return Err(Galat::baru("bulan_tidak_sah")
            .dengan("nilai", bulan)
            .dengan("maks", ak.bulan_setahun));
    }
    let persen = ak.persen[&predikat];
    let hasil = Pecahan::bulat(bulan as i64)
        .bagi(Pecahan::bulat(ak.bulan_setahun as i64))?
        .kali(Pecahan::tepat(persen)?)?
        .bagi(Pecahan::bulat(100))?
        .kali(Pecahan::tepat(koefisien)?)?;
    Ok(Penjelasan::baru(rb, "angka_kredit")
        .label("butir.jenjang", format!("jenjang.{jenjang}"))
        .label("butir.predikat", predikat.label_key())
        .angka("butir.bulan", bulan as f64)
        .angka("butir.persen_predikat", persen)
        .angka("butir.koefisien", koefisien)
        .langkah("butir.angka_kredit_mentah", hasil.ke_f64())
        .langkah("butir.angka_kredit", hasil.bulatkan(ak.desimal)?.ke_f64())
        .jadi(hasil))
}

/// Angka kredit over several periods (e.g. monthly evaluations with their predikat): the exact
/// sum, rounded only in its explanation's printed step.
pub fn angka_kredit_kumulatif(
    rb: &Rulebook,
    jenjang: &str,
    periode: &[(Predikat, u32)],
) -> Result<Explained<Pecahan>, Galat> {
    let mut jumlah = Pecahan::NOL;
    for (p, bulan) in periode {
        jumlah = jumlah.tambah(angka_kredit(rb, jenjang, *p, *bulan)?.nilai)?;
    }
    Ok(Penjelasan::baru(rb, "angka_kredit")
        .label("butir.jenjang", format!("jenjang.{jenjang}"))
        .angka("butir.jumlah_periode", periode.len() as f64)
        .langkah("butir.angka_kredit_mentah", jumlah.ke_f64())
        .langkah(
            "butir.angka_kredit",
            jumlah.bulatkan(rb.angka_kredit.desimal)?.ke_f64(),
        )
        .jadi(jumlah))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ak(j: &str, p: Predikat, b: u32) -> f64 {
        let rb = Rulebook::aktif();
        let x = angka_kredit(rb, j, p, b).unwrap().nilai;
        x.bulatkan(rb.angka_kredit.desimal).unwrap().ke_f64()
    }

    #[test]
    fn worked_examples_from_bkn() {
        assert_eq!(ak("ahli_pertama", Predikat::SangatBaik, 12), 18.75);
        assert_eq!(ak("ahli_pertama", Predikat::Baik, 2), 2.08);
    }

    #[test]
    fn every_predikat_row() {
        for (p, persen) in [
            (Predikat::SangatBaik, 150.0),
            (Predikat::Baik, 100.0),
            (Predikat::ButuhPerbaikan, 75.0),
            (Predikat::KurangMisconduct, 50.0),
            (Predikat::SangatKurang, 25.0),
        ] {
            assert_eq!(
                ak("ahli_madya", p, 12),
                ((persen / 100.0 * 37.5) * 100.0_f64).round() / 100.0,
                "{p:?}"
            );
        }
    }

    #[test]
    fn every_koefisien_row() {
        for (j, k) in [
            ("pemula", 3.75),
            ("terampil", 5.0),
            ("mahir", 12.5),
            ("penyelia", 25.0),
            ("ahli_pertama", 12.5),
            ("ahli_muda", 25.0),
            ("ahli_madya", 37.5),
            ("ahli_utama", 50.0),
        ] {
            assert_eq!(ak(j, Predikat::Baik, 12), k, "{j}");
        }
    }

    #[test]
    fn refuses_structural_jenjang_and_bad_months() {
        let rb = Rulebook::aktif();
        assert_eq!(
            angka_kredit(rb, "pengawas", Predikat::Baik, 12)
                .unwrap_err()
                .kode,
            "jenjang_tanpa_koefisien"
        );
        assert_eq!(
            angka_kredit(rb, "ahli_muda", Predikat::Baik, 0)
                .unwrap_err()
                .kode,
            "bulan_tidak_sah"
        );
        assert_eq!(
            angka_kredit(rb, "ahli_muda", Predikat::Baik, 13)
                .unwrap_err()
                .kode,
            "bulan_tidak_sah"
        );
    }
}
