//! Survei Kepuasan Masyarakat (PermenPANRB 14/2017): NRR per unsur, IKM on the 1–4 scale, its
//! 25–100 konversi and the mutu pelayanan band. Unit-level, not individual.

use super::rulebook::BobotSkm;
use super::{Explained, Galat, Penjelasan, Rulebook};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One respondent's answers, unsur key → 1..4.
pub type Jawaban = BTreeMap<String, u8>;

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct HasilIkm {
    /// Nilai rata-rata per unsur, in the rulebook's unsur order.
    pub nrr: Vec<(String, f64)>,
    pub ikm: f64,
    pub konversi: f64,
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
        let nilai: Vec<f64> = responden
            .iter()
            .filter_map(|j| j.get(unsur))
            .map(|v| *v as f64)
            .collect();
        if nilai.is_empty() {
            return Err(Galat::baru("unsur_tanpa_jawaban").dengan("nilai", unsur));
        }
        nrr.push((
            unsur.clone(),
            nilai.iter().sum::<f64>() / nilai.len() as f64,
        ));
    }
    let bobot = match s.bobot {
        BobotSkm::Seragam => 1.0 / s.unsur.len() as f64,
        BobotSkm::Tetap(b) => b,
    };
    let mentah: f64 = nrr.iter().map(|(_, v)| v * bobot).sum();
    let (min, maks) = (s.jawaban_min as f64, s.jawaban_maks as f64);
    // A printed weight such as 0.11 × 9 = 0.99 can push IKM just outside 1–4; keep it on the scale.
    let ikm = mentah.clamp(min, maks);
    let konversi = ikm * s.faktor_konversi;
    let mutu = s
        .mutu
        .cari(ikm)
        .map(|p| p.label.clone())
        .ok_or_else(|| Galat::baru("di_luar_skala").dengan("nilai", ikm))?;
    let mut pj = Penjelasan::baru(rb, "skm_ikm")
        .angka("butir.jumlah_responden", responden.len() as f64)
        .angka("butir.bobot", bobot);
    for (u, v) in &nrr {
        pj = pj.langkah(&format!("unsur.{u}"), *v);
    }
    if ikm != mentah {
        pj = pj.catat("catatan.ikm_dibatasi");
    }
    let pj = pj
        .langkah("butir.ikm", ikm)
        .langkah("butir.ikm_konversi", konversi)
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

    #[test]
    fn every_mutu_row() {
        let rb = Rulebook::bawaan();
        // IKM 1–4 with the published interval bounds (konversi 25–100).
        for (jawaban, ikm, mutu) in [
            (1u8, 1.0, "mutu.d"),
            (2, 2.0, "mutu.d"),
            (3, 3.0, "mutu.c"),
            (4, 4.0, "mutu.a"),
        ] {
            let h = hitung_ikm(rb, &[semua(rb, jawaban)]).unwrap().nilai;
            assert!((h.ikm - ikm).abs() < 1e-12, "{jawaban}");
            assert_eq!(h.mutu, mutu, "{jawaban}");
            assert!((h.konversi - ikm * 25.0).abs() < 1e-9);
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
        let rb = Rulebook::bawaan();
        let mut a = semua(rb, 3);
        a.insert("biaya".into(), 4);
        let b = semua(rb, 4);
        let h = hitung_ikm(rb, &[a, b]).unwrap().nilai;
        let nrr: BTreeMap<_, _> = h.nrr.iter().cloned().collect();
        assert_eq!(nrr["biaya"], 4.0);
        assert_eq!(nrr["prosedur"], 3.5);
        let expect = (8.0 * 3.5 + 4.0) / 9.0;
        assert!((h.ikm - expect).abs() < 1e-12);
        assert_eq!(h.mutu, "mutu.a");
    }

    #[test]
    fn fixed_weight_is_clamped_onto_the_scale() {
        let mut rb = Rulebook::bawaan().clone();
        rb.skm.bobot = BobotSkm::Tetap(0.11);
        let h = hitung_ikm(&rb, &[semua(&rb, 1)]).unwrap();
        assert_eq!(h.nilai.ikm, 1.0);
        assert_eq!(h.nilai.konversi, 25.0);
        assert!(h
            .penjelasan
            .catatan
            .contains(&"catatan.ikm_dibatasi".to_string()));
        let h4 = hitung_ikm(&rb, &[semua(&rb, 4)]).unwrap().nilai;
        assert!((h4.ikm - 3.96).abs() < 1e-12);
    }

    #[test]
    fn rejections_name_the_problem() {
        let rb = Rulebook::bawaan();
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
