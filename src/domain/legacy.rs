//! Legacy numeric scoring, opt-in for history and agencies that still show a "nilai":
//! PP 30/2019 nilai kinerja (§3.2) and Perka BKN 1/2013 SKP formulas (§3.1).

use super::desimal::Pecahan;
use super::rulebook::{Bobot, Rulebook};
use super::skala::Skala;
use super::{Explained, Galat, Penjelasan};
use serde::{Deserialize, Serialize};

/// A number with its band.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct NilaiBerpredikat {
    /// Exact, rounded to the rulebook's `desimal` (the precision the regulation prints).
    pub nilai: Pecahan,
    /// Label key of the band.
    pub predikat: String,
}

/// Rounds `x` to `desimal` places, then finds its band: a value exactly on an edge after the
/// printed rounding (90,00) is in the band that edge opens.
fn pita(
    skala: &Skala,
    x: Pecahan,
    desimal: u32,
    syarat_terpenuhi: bool,
    pj: Penjelasan,
) -> Result<Explained<NilaiBerpredikat>, Galat> {
    let x = x.bulatkan(desimal)?;
    let p = skala
        .cari_tepat(x)
        .ok_or_else(|| Galat::baru("di_luar_skala").dengan("nilai", x.ke_f64()))?;
    let mut pj = pj.langkah("butir.nilai", x.ke_f64());
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

/// `bobot.skp × skp + bobot.perilaku × perilaku`, exactly (weights read as the decimals written).
fn tertimbang(b: Bobot, skp: Pecahan, perilaku: Pecahan) -> Result<Pecahan, Galat> {
    Pecahan::tepat(b.skp)?
        .kali(skp)?
        .tambah(Pecahan::tepat(b.perilaku)?.kali(perilaku)?)
}

/// A score typed as a number; NaN and infinities are outside every scale.
fn skor(x: f64) -> Result<Pecahan, Galat> {
    Pecahan::dari_f64(x).ok_or_else(|| Galat::baru("di_luar_skala").dengan("nilai", x))
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
    let x = tertimbang(b, skor(nilai_skp)?, skor(nilai_perilaku)?)?;
    let pj = Penjelasan::baru(rb, "pp30_nilai_kinerja")
        .angka("butir.nilai_skp", nilai_skp)
        .angka("butir.nilai_perilaku", nilai_perilaku)
        .angka("butir.bobot_skp", b.skp)
        .angka("butir.bobot_perilaku", b.perilaku)
        .label(
            "butir.inovasi",
            if inovasi { "umum.ya" } else { "umum.tidak" },
        );
    pita(&t.predikat, x, t.desimal, inovasi, pj)
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

/// Each aspect exactly; the regulation rounds only the nilai it prints with a predikat.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct NilaiKegiatan {
    pub kuantitas: Pecahan,
    pub kualitas: Pecahan,
    pub waktu: Pecahan,
    pub biaya: Option<Pecahan>,
    pub perhitungan: Pecahan,
    pub nilai_capaian: Pecahan,
}

/// The 1.76 rule for waktu and biaya, canonical form `((1.76 × T − R) / T) × 100`.
fn efisiensi(rb: &Rulebook, t: Pecahan, r: Pecahan) -> Result<Pecahan, Galat> {
    let p = &rb.perka_bkn_1_2013;
    let seratus = Pecahan::bulat(100);
    let persen = seratus.kurang(r.bagi(t)?.kali(seratus)?)?;
    let dasar = Pecahan::tepat(p.faktor)?
        .kali(t)?
        .kurang(r)?
        .bagi(t)?
        .kali(seratus)?;
    if persen <= Pecahan::tepat(p.batas_efisiensi)? {
        Ok(dasar)
    } else {
        Pecahan::tepat(p.dasar_efisiensi_tinggi)?.kurang(dasar.kurang(seratus)?)
    }
}

pub fn nilai_kegiatan_perka2013(
    rb: &Rulebook,
    k: &KegiatanPerka2013,
) -> Result<Explained<NilaiKegiatan>, Galat> {
    let positif = |nama: &str, t: f64| match Pecahan::dari_f64(t) {
        Some(x) if x > Pecahan::NOL => Ok(x),
        _ => Err(Galat::baru("target_tidak_positif")
            .dengan("nilai", t)
            .dengan("lokasi", nama)),
    };
    let to = positif("kuantitas", k.target_kuantitas)?;
    let tk = positif("kualitas", k.target_kualitas)?;
    let tw = positif("waktu", k.target_waktu)?;
    let seratus = Pecahan::bulat(100);
    let kuantitas = Pecahan::tepat(k.realisasi_kuantitas)?
        .bagi(to)?
        .kali(seratus)?;
    let kualitas = Pecahan::tepat(k.realisasi_kualitas)?
        .bagi(tk)?
        .kali(seratus)?;
    let waktu = efisiensi(rb, tw, Pecahan::tepat(k.realisasi_waktu)?)?;
    let biaya = match k.biaya {
        Some((tb, rbiaya)) if tb > 0.0 => {
            Some(efisiensi(rb, Pecahan::tepat(tb)?, Pecahan::tepat(rbiaya)?)?)
        }
        _ => None,
    };
    let mut perhitungan = kuantitas.tambah(kualitas)?.tambah(waktu)?;
    if let Some(b) = biaya {
        perhitungan = perhitungan.tambah(b)?;
    }
    let aspek = Pecahan::bulat(if biaya.is_some() { 4 } else { 3 });
    let nilai_capaian = perhitungan.bagi(aspek)?;
    let mut pj = Penjelasan::baru(rb, "perka2013_kegiatan")
        .angka("butir.target_kuantitas", k.target_kuantitas)
        .angka("butir.realisasi_kuantitas", k.realisasi_kuantitas)
        .angka("butir.target_kualitas", k.target_kualitas)
        .angka("butir.realisasi_kualitas", k.realisasi_kualitas)
        .angka("butir.target_waktu", k.target_waktu)
        .angka("butir.realisasi_waktu", k.realisasi_waktu)
        .langkah("aspek.kuantitas", kuantitas.ke_f64())
        .langkah("aspek.kualitas", kualitas.ke_f64())
        .langkah("aspek.waktu", waktu.ke_f64());
    if let Some(b) = biaya {
        pj = pj.langkah("aspek.biaya", b.ke_f64());
    }
    Ok(pj
        .langkah("butir.perhitungan", perhitungan.ke_f64())
        .langkah("butir.nilai", nilai_capaian.ke_f64())
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
    let mut total = Pecahan::NOL;
    for k in kegiatan {
        total = total.tambah(nilai_kegiatan_perka2013(rb, k)?.nilai.nilai_capaian)?;
    }
    let x = total.bagi(Pecahan::bulat(kegiatan.len() as i64))?;
    let pj =
        Penjelasan::baru(rb, "perka2013_skp").angka("butir.jumlah_kegiatan", kegiatan.len() as f64);
    let p = &rb.perka_bkn_1_2013;
    pita(&p.predikat, x, p.desimal, true, pj)
}

/// Nilai prestasi kerja = 60% SKP + 40% perilaku (weights from the rulebook).
pub fn prestasi_kerja_perka2013(
    rb: &Rulebook,
    nilai_skp: f64,
    nilai_perilaku: f64,
) -> Result<Explained<NilaiBerpredikat>, Galat> {
    let p = &rb.perka_bkn_1_2013;
    let x = tertimbang(p.bobot_prestasi, skor(nilai_skp)?, skor(nilai_perilaku)?)?;
    let pj = Penjelasan::baru(rb, "perka2013_prestasi")
        .angka("butir.nilai_skp", nilai_skp)
        .angka("butir.nilai_perilaku", nilai_perilaku)
        .angka("butir.bobot_skp", p.bobot_prestasi.skp)
        .angka("butir.bobot_perilaku", p.bobot_prestasi.perilaku);
    pita(&p.predikat, x, p.desimal, true, pj)
}

#[cfg(test)]
#[path = "legacy_tests.rs"]
mod tests;
