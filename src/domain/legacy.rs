//! Legacy numeric scoring, opt-in for history and agencies that still show a "nilai":
//! PP 30/2019 nilai kinerja (§3.2) and Perka BKN 1/2013 SKP formulas (§3.1).

use super::rulebook::{Bobot, Rulebook};
use super::skala::Skala;
use super::{Explained, Galat, Penjelasan};
use serde::{Deserialize, Serialize};

/// A number with its band.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct NilaiBerpredikat {
    pub nilai: f64,
    /// Label key of the band.
    pub predikat: String,
}

fn pita(
    skala: &Skala,
    x: f64,
    syarat_terpenuhi: bool,
    pj: Penjelasan,
) -> Result<Explained<NilaiBerpredikat>, Galat> {
    let p = skala
        .cari(x)
        .ok_or_else(|| Galat::baru("di_luar_skala").dengan("nilai", x))?;
    let mut pj = pj.langkah("butir.nilai", x);
    let label = match (&p.syarat, &p.jika_tidak) {
        (Some(s), Some(lain)) if !syarat_terpenuhi => {
            pj = pj.catat(s);
            lain.clone()
        }
        _ => p.label.clone(),
    };
    Ok(pj
        .langkah_label("butir.predikat", label.clone())
        .jadi(NilaiBerpredikat {
            nilai: x,
            predikat: label,
        }))
}

fn tertimbang(b: Bobot, skp: f64, perilaku: f64) -> f64 {
    b.skp * skp + b.perilaku * perilaku
}

/// PP 30/2019 Pasal 41: nilai kinerja = bobot × nilai SKP + bobot × nilai perilaku (70/30, or
/// 60/40 where 360° perilaku assessment is applied); "Sangat Baik" also needs an innovation.
pub fn nilai_kinerja_pp30(
    rb: &Rulebook,
    nilai_skp: f64,
    nilai_perilaku: f64,
    dengan_360: bool,
    inovasi: bool,
) -> Result<Explained<NilaiBerpredikat>, Galat> {
    let t = &rb.pp_30_2019;
    let b = if dengan_360 {
        t.bobot_dengan_360
    } else {
        t.bobot_tanpa_360
    };
    let x = tertimbang(b, nilai_skp, nilai_perilaku);
    let pj = Penjelasan::baru(rb, "pp30_nilai_kinerja")
        .angka("butir.nilai_skp", nilai_skp)
        .angka("butir.nilai_perilaku", nilai_perilaku)
        .angka("butir.bobot_skp", b.skp)
        .angka("butir.bobot_perilaku", b.perilaku)
        .label(
            "butir.inovasi",
            if inovasi { "umum.ya" } else { "umum.tidak" },
        );
    pita(&t.predikat, x, inovasi, pj)
}

/// One kegiatan tugas jabatan under Perka BKN 1/2013: targets (T) and realisations (R).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct KegiatanPerka2013 {
    pub target_kuantitas: f64,
    pub realisasi_kuantitas: f64,
    pub target_kualitas: f64,
    pub realisasi_kualitas: f64,
    pub target_waktu: f64,
    pub realisasi_waktu: f64,
    /// Only when the kegiatan has a budget target.
    #[serde(default)]
    pub biaya: Option<(f64, f64)>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct NilaiKegiatan {
    pub kuantitas: f64,
    pub kualitas: f64,
    pub waktu: f64,
    pub biaya: Option<f64>,
    pub perhitungan: f64,
    pub nilai_capaian: f64,
}

/// The 1.76 rule for waktu and biaya, canonical form `((1.76 × T − R) / T) × 100`.
fn efisiensi(rb: &Rulebook, t: f64, r: f64) -> f64 {
    let p = &rb.perka_bkn_1_2013;
    let persen = 100.0 - (r / t * 100.0);
    let dasar = (p.faktor * t - r) / t * 100.0;
    if persen <= p.batas_efisiensi {
        dasar
    } else {
        p.dasar_efisiensi_tinggi - (dasar - 100.0)
    }
}

pub fn nilai_kegiatan_perka2013(
    rb: &Rulebook,
    k: &KegiatanPerka2013,
) -> Result<Explained<NilaiKegiatan>, Galat> {
    let positif = |nama: &str, t: f64| {
        if t.is_finite() && t > 0.0 {
            Ok(t)
        } else {
            Err(Galat::baru("target_tidak_positif")
                .dengan("nilai", t)
                .dengan("lokasi", nama))
        }
    };
    let to = positif("kuantitas", k.target_kuantitas)?;
    let tk = positif("kualitas", k.target_kualitas)?;
    let tw = positif("waktu", k.target_waktu)?;
    let kuantitas = k.realisasi_kuantitas / to * 100.0;
    let kualitas = k.realisasi_kualitas / tk * 100.0;
    let waktu = efisiensi(rb, tw, k.realisasi_waktu);
    let biaya = match k.biaya {
        Some((tb, rbiaya)) if tb > 0.0 => Some(efisiensi(rb, tb, rbiaya)),
        _ => None,
    };
    let perhitungan = kuantitas + kualitas + waktu + biaya.unwrap_or(0.0);
    let aspek = if biaya.is_some() { 4.0 } else { 3.0 };
    let nilai_capaian = perhitungan / aspek;
    let mut pj = Penjelasan::baru(rb, "perka2013_kegiatan")
        .angka("butir.target_kuantitas", to)
        .angka("butir.realisasi_kuantitas", k.realisasi_kuantitas)
        .angka("butir.target_kualitas", tk)
        .angka("butir.realisasi_kualitas", k.realisasi_kualitas)
        .angka("butir.target_waktu", tw)
        .angka("butir.realisasi_waktu", k.realisasi_waktu)
        .langkah("aspek.kuantitas", kuantitas)
        .langkah("aspek.kualitas", kualitas)
        .langkah("aspek.waktu", waktu);
    if let Some(b) = biaya {
        pj = pj.langkah("aspek.biaya", b);
    }
    Ok(pj
        .langkah("butir.perhitungan", perhitungan)
        .langkah("butir.nilai", nilai_capaian)
        .jadi(NilaiKegiatan {
            kuantitas,
            kualitas,
            waktu,
            biaya,
            perhitungan,
            nilai_capaian,
        }))
}

/// Nilai capaian SKP = mean over kegiatan, with its predikat band.
pub fn nilai_skp_perka2013(
    rb: &Rulebook,
    kegiatan: &[KegiatanPerka2013],
) -> Result<Explained<NilaiBerpredikat>, Galat> {
    if kegiatan.is_empty() {
        return Err(Galat::baru("tanpa_kegiatan"));
    }
    let mut total = 0.0;
    for k in kegiatan {
        total += nilai_kegiatan_perka2013(rb, k)?.nilai.nilai_capaian;
    }
    let x = total / kegiatan.len() as f64;
    let pj =
        Penjelasan::baru(rb, "perka2013_skp").angka("butir.jumlah_kegiatan", kegiatan.len() as f64);
    pita(&rb.perka_bkn_1_2013.predikat, x, true, pj)
}

/// Nilai prestasi kerja = 60% SKP + 40% perilaku (weights from the rulebook).
pub fn prestasi_kerja_perka2013(
    rb: &Rulebook,
    nilai_skp: f64,
    nilai_perilaku: f64,
) -> Result<Explained<NilaiBerpredikat>, Galat> {
    let p = &rb.perka_bkn_1_2013;
    let x = tertimbang(p.bobot_prestasi, nilai_skp, nilai_perilaku);
    let pj = Penjelasan::baru(rb, "perka2013_prestasi")
        .angka("butir.nilai_skp", nilai_skp)
        .angka("butir.nilai_perilaku", nilai_perilaku)
        .angka("butir.bobot_skp", p.bobot_prestasi.skp)
        .angka("butir.bobot_perilaku", p.bobot_prestasi.perilaku);
    pita(&p.predikat, x, true, pj)
}

#[cfg(test)]
#[path = "legacy_tests.rs"]
mod tests;
