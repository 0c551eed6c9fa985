//! Kuadran kinerja pegawai → predikat (PermenPANRB 6/2022 Pasal 1 angka 8, §1.4.3), the
//! advisory rating hasil kerja from per-RHK ratings (§1.4.2), and the assessor's final choice.

use super::{Explained, Galat, Penjelasan, Predikat, PredikatOrganisasi, Rating, Rulebook};
use serde::{Deserialize, Serialize};

/// Predikat kinerja pegawai from rating hasil kerja and rating perilaku kerja.
pub fn predikat(rb: &Rulebook, hasil: Rating, perilaku: Rating) -> Explained<Predikat> {
    // The rulebook check guarantees all nine cells exist.
    let p = rb.kuadran[&hasil][&perilaku];
    Penjelasan::baru(rb, "kuadran")
        .label("butir.rating_hasil_kerja", hasil.label_key())
        .label("butir.rating_perilaku_kerja", perilaku.label_key())
        .langkah_label("butir.predikat", p.label_key())
        .jadi(p)
}

/// One RHK's rating, as the input of the advisory suggestion.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct RatingRhkRingkas {
    pub utama: bool,
    pub rating: Rating,
}

/// Advisory rating hasil kerja (§1.4.2): "di atas" when most RHK are above and no RHK utama is
/// below; "di bawah" when most are below or too many RHK utama are below; otherwise "sesuai".
pub fn saran_rating_hasil(
    rb: &Rulebook,
    rhk: &[RatingRhkRingkas],
) -> Result<Explained<Rating>, Galat> {
    if rhk.is_empty() {
        return Err(Galat::baru("tanpa_rating_rhk"));
    }
    let s = &rb.saran_rating_hasil;
    let n = rhk.len() as f64;
    let hitung = |r: Rating| rhk.iter().filter(|x| x.rating == r).count() as f64;
    let (atas, bawah) = (
        hitung(Rating::DiatasEkspektasi),
        hitung(Rating::DibawahEkspektasi),
    );
    let utama = rhk.iter().filter(|x| x.utama).count() as f64;
    let utama_bawah = rhk
        .iter()
        .filter(|x| x.utama && x.rating == Rating::DibawahEkspektasi)
        .count() as f64;
    let porsi_utama_bawah = if utama > 0.0 {
        utama_bawah / utama
    } else {
        0.0
    };
    let veto = s.atas_tanpa_utama_dibawah && utama_bawah > 0.0;
    let hasil = if bawah / n > s.ambang_sebagian_besar
        || porsi_utama_bawah > s.sesuai_maks_porsi_utama_dibawah
    {
        Rating::DibawahEkspektasi
    } else if atas / n > s.ambang_sebagian_besar && !veto {
        Rating::DiatasEkspektasi
    } else {
        Rating::SesuaiEkspektasi
    };
    let mut pj = Penjelasan::baru(rb, "saran_rating_hasil")
        .angka("butir.jumlah_rhk", n)
        .angka("butir.rhk_diatas", atas)
        .angka("butir.rhk_sesuai", hitung(Rating::SesuaiEkspektasi))
        .angka("butir.rhk_dibawah", bawah)
        .angka("butir.rhk_utama_dibawah", utama_bawah)
        .langkah("butir.porsi_diatas", atas / n * 100.0)
        .langkah("butir.porsi_dibawah", bawah / n * 100.0)
        .langkah("butir.porsi_utama_dibawah", porsi_utama_bawah * 100.0)
        .langkah_label("butir.saran", hasil.label_key());
    if veto && atas / n > s.ambang_sebagian_besar {
        pj = pj.catat("catatan.veto_utama_dibawah");
    }
    Ok(pj.jadi(hasil))
}

/// SE 3/2023: the leader of a unit takes the unit's capaian as rating hasil kerja.
pub fn rating_pimpinan_unit(rb: &Rulebook, organisasi: PredikatOrganisasi) -> Explained<Rating> {
    let r = rb.rating_pimpinan_unit[&organisasi];
    Penjelasan::baru(rb, "rating_pimpinan_unit")
        .label("butir.predikat_organisasi", organisasi.label_key())
        .langkah_label("butir.rating_hasil_kerja", r.label_key())
        .jadi(r)
}

/// The assessor's rating: their own choice always wins; differing from the advice needs a reason.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct RatingDitetapkan {
    pub rating: Rating,
    /// The engine's advice at the time of the decision, if there was one.
    #[serde(default)]
    pub saran: Option<Rating>,
    #[serde(default)]
    pub justifikasi: String,
}

impl RatingDitetapkan {
    /// Records the choice; refuses a choice that differs from the advice without justification.
    pub fn tetapkan(
        pilihan: Rating,
        saran: Option<Rating>,
        justifikasi: &str,
    ) -> Result<Self, Galat> {
        let justifikasi = justifikasi.trim();
        if saran.is_some_and(|s| s != pilihan) && justifikasi.is_empty() {
            return Err(Galat::baru("justifikasi_wajib"));
        }
        Ok(Self {
            rating: pilihan,
            saran,
            justifikasi: justifikasi.to_string(),
        })
    }

    pub fn berbeda_dari_saran(&self) -> bool {
        self.saran.is_some_and(|s| s != self.rating)
    }
}

#[cfg(test)]
#[path = "kuadran_tests.rs"]
mod tests;
