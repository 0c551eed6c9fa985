//! Survei Kepuasan Masyarakat (PermenPANRB 14/2017): NRR per unsur, IKM on the 1–4 scale, its
//! 25–100 konversi and the mutu pelayanan band. Unit-level, not individual.

use super::desimal::Pecahan;
use super::rulebook::BobotSkm;
use super::{Explained, Galat, Penjelasan, Rulebook};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One respondent's answers, unsur key → 1..4.
pub type Jawaban = BTreeMap<String, u8>;

/// Exact values; IKM rounded to `desimal_ikm` places (the regulation prints 2,6000), konversi to
/// `desimal_konversi` (65,00).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct HasilIkm {
    /// Nilai rata-rata per unsur, in the rulebook's unsur order.
    pub nrr: Vec<(String, Pecahan)>,
    pub ikm: Pecahan,
    pub konversi: Pecahan,
    /// Label key, e.g. `mutu.b`.
    pub mutu: String,
}

pub fn hitung_ikm(rb: &Rulebook, responden: &[Jawaban]) -> Result<Explained<HasilIkm>, Galat> {
    let s = &rb.skm;
    if responden.is_empty() {
        return Err(Galat::baru("tanpa_responden"));
    }
    for (i, j) in responden.iter().enumerate() {
        for (unsur, nilai) in j {
            if !s.unsur.contains(unsur) {
                return Err(Galat::baru("unsur_tidak_dikenal")
                    .dengan("nilai", unsur)
                    .dengan("lokasi", i + 1));
            }
            if *nilai < s.jawaban_min || *nilai > s.jawaban_maks {
                return Err(Galat::baru("jawaban_di_luar_skala")
                    .dengan("nilai", nilai)
                    .dengan("lokasi", format!("{} · {unsur}", i + 1)));
            }
        }
    }
    let mut nrr = Vec::new();
    for unsur in &s.unsur {
        let nilai: Vec<i64> = responden
            .iter()
            .filter_map(|j| j.get(unsur))
            .map(|v| *v as i64)
            .collect();
        if nilai.is_empty() {
            return Err(Galat::baru("unsur_tanpa_jawaban").dengan("nilai", unsur));
        }
        let jumlah = nilai.iter().sum::<i64>() as i128;
        let rata = Pecahan::baru(jumlah, nilai.len() as i128).unwrap_or(Pecahan::NOL);
        nrr.push((unsur.clone(), rata));
    }
    ikm_dari_nrr(rb, nrr, responden.len())
}

/// IKM = Σ NRR × bobot (exact), kept on the answer scale, rounded to `desimal_ikm`; konversi =
/// IKM × faktor, rounded to `desimal_konversi`; mutu from the rounded IKM.
pub fn ikm_dari_nrr(
    rb: &Rulebook,
    nrr: Vec<(String, Pecahan)>,
    jumlah_responden: usize,
) -> Result<Explained<HasilIkm>, Galat> {
    let s = &rb.skm;
    let bobot = match s.bobot {
        BobotSkm::Seragam => Pecahan::bulat(1).bagi(Pecahan::bulat(s.unsur.len() as i64))?,
        BobotSkm::Tetap(b) => Pecahan::tepat(b)?,
    };
    let mut mentah = Pecahan::NOL;
    for (_, v) in &nrr {
        mentah = mentah.tambah(v.kali(bobot)?)?;
    }
    let (min, maks) = (
        Pecahan::bulat(s.jawaban_min as i64),
        Pecahan::bulat(s.jawaban_maks as i64),
    );
    // A printed weight such as 0.11 × 9 = 0.99 can push IKM just outside 1–4; keep it on the scale.
    let dibatasi = mentah.max(min).min(maks);
    let ikm = dibatasi.bulatkan(s.desimal_ikm)?;
    let konversi = ikm
        .kali(Pecahan::tepat(s.faktor_konversi)?)?
        .bulatkan(s.desimal_konversi)?;
    let mutu = s
        .mutu
        .cari_tepat(ikm)
        .map(|p| p.label.clone())
        .ok_or_else(|| Galat::baru("di_luar_skala").dengan("nilai", ikm.ke_f64()))?;
    let mut pj = Penjelasan::baru(rb, "skm_ikm")
        .angka("butir.jumlah_responden", jumlah_responden as f64)
        .angka("butir.bobot", bobot.ke_f64());
    for (u, v) in &nrr {
        pj = pj.langkah(&format!("unsur.{u}"), v.ke_f64());
    }
    if dibatasi != mentah {
        pj = pj.catat("catatan.ikm_dibatasi");
    }
    let pj = pj
        .langkah("butir.ikm", ikm.ke_f64())
        .langkah("butir.ikm_konversi", konversi.ke_f64())
        .langkah_label("butir.mutu", mutu.clone());
    Ok(pj.jadi(HasilIkm {
        nrr,
        ikm,
        konversi,
        mutu,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn semua(rb: &Rulebook, v: u8) -> Jawaban {
        rb.skm.unsur.iter().map(|u| (u.clone(), v)).collect()
    }

    fn d(x: f64) -> Pecahan {
        Pecahan::dari_f64(x).unwrap()
    }

    /// Issue 10: every unsur with NRR 2,60 is IKM 2,6000, konversi 65,00, mutu C (floats gave
    /// 2.599999999999999 → D).
    #[test]
    fn nrr_2_60_everywhere_is_mutu_c() {
        let rb = Rulebook::aktif();
        // Five respondents answering 3, 3, 3, 2, 2 on every unsur: NRR 13/5 = 2,60.
        let responden: Vec<Jawaban> = [3, 3, 3, 2, 2].map(|v| semua(rb, v)).to_vec();
        let h = hitung_ikm(rb, &responden).unwrap().nilai;
        assert!(h.nrr.iter().all(|(_, v)| *v == d(2.6)));
        assert_eq!(h.ikm, d(2.6));
        assert_eq!(h.konversi, d(65.0));
        assert_eq!(h.mutu, "mutu.c");
    }

    #[test]
    fn every_mutu_row() {
        let rb = Rulebook::aktif();
        // IKM 1–4 with the published interval bounds (konversi 25–100).
        for (jawaban, ikm, mutu) in [
            (1u8, 1.0, "mutu.d"),
            (2, 2.0, "mutu.d"),
            (3, 3.0, "mutu.c"),
            (4, 4.0, "mutu.a"),
        ] {
            let h = hitung_ikm(rb, &[semua(rb, jawaban)]).unwrap().nilai;
            assert_eq!(h.ikm, d(ikm), "{jawaban}");
            assert_eq!(h.mutu, mutu, "{jawaban}");
            assert_eq!(h.konversi, d(ikm * 25.0));
        }
        let pita = |x: f64| rb.skm.mutu.cari(x).unwrap().label.clone();
        assert_eq!(pita(2.5996), "mutu.d");
        assert_eq!(pita(2.60), "mutu.c");
        assert_eq!(pita(3.0640), "mutu.c");
        assert_eq!(pita(3.0644), "mutu.b");
        assert_eq!(pita(3.5320), "mutu.b");
        assert_eq!(pita(3.5324), "mutu.a");
        assert_eq!(pita(4.0), "mutu.a");
    }

    #[test]
    fn nrr_is_mean_per_unsur() {
        let rb = Rulebook::aktif();
        let mut a = semua(rb, 3);
        a.insert("biaya".into(), 4);
        let b = semua(rb, 4);
        let h = hitung_ikm(rb, &[a, b]).unwrap().nilai;
        let nrr: BTreeMap<_, _> = h.nrr.iter().cloned().collect();
        assert_eq!(nrr["biaya"], d(4.0));
        assert_eq!(nrr["prosedur"], d(3.5));
        // (8 × 3,5 + 4) / 9 = 32/9 = 3,5555… → 3,5556; konversi 88,89.
        assert_eq!(h.ikm, d(3.5556));
        assert_eq!(h.konversi, d(88.89));
        assert_eq!(h.mutu, "mutu.a");
    }

    #[test]
    fn fixed_weight_is_clamped_onto_the_scale() {
        let mut rb = Rulebook::aktif().clone();
        rb.skm.bobot = BobotSkm::Tetap(0.11);
        let h = hitung_ikm(&rb, &[semua(&rb, 1)]).unwrap();
        assert_eq!(h.nilai.ikm, d(1.0));
        assert_eq!(h.nilai.konversi, d(25.0));
        assert!(h
            .penjelasan
            .catatan
            .contains(&"catatan.ikm_dibatasi".to_string()));
        let h4 = hitung_ikm(&rb, &[semua(&rb, 4)]).unwrap().nilai;
        assert_eq!(h4.ikm, d(3.96));
    }

    #[test]
    fn rejections_name_the_problem() {
        let rb = Rulebook::aktif();
        assert_eq!(hitung_ikm(rb, &[]).unwrap_err().kode, "tanpa_responden");
        let mut j = semua(rb, 3);
        j.insert("waktu".into(), 5);
        let g = hitung_ikm(rb, &[j]).unwrap_err();
        assert_eq!(g.kode, "jawaban_di_luar_skala");
        assert!(g.pesan(rb, crate::domain::Bahasa::Id).contains("waktu"));
        let mut j = semua(rb, 3);
        j.insert("maklumat".into(), 3);
        assert_eq!(
            hitung_ikm(rb, &[j]).unwrap_err().kode,
            "unsur_tidak_dikenal"
        );
        let mut j = semua(rb, 3);
        j.remove("sarpras");
        assert_eq!(
            hitung_ikm(rb, &[j]).unwrap_err().kode,
            "unsur_tanpa_jawaban"
        );
    }
}
