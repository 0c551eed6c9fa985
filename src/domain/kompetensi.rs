//! Kompetensi (PermenPANRB 38/2017): gap per competency against the standar kompetensi jabatan
//! and the Job-Person Match, `JPM = Σ level / Σ standar × 100 %`, banded per the rulebook.

use super::{Explained, Galat, Penjelasan, Rulebook};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Required or assessed level per competency key (manajerial, sosial kultural, or teknis).
pub type Level = BTreeMap<String, u8>;

/// A teknis competency's key is this prefix and its name as the assessor writes it: the
/// standar kompetensi teknis is each position's own (the agency's), not a rulebook list.
pub const AWALAN_TEKNIS: &str = "teknis:";

/// A competency as people read it: a rulebook competency's label, a teknis one's own name.
pub fn nama_kompetensi(rb: &Rulebook, kode: &str, b: super::Bahasa) -> String {
    match kode.strip_prefix(AWALAN_TEKNIS) {
        Some(nama) => nama.to_string(),
        None => rb.teks(&format!("kompetensi.{kode}"), b).to_string(),
    }
}

/// One competency assessment of a pegawai: the pejabat penilai's evaluasi kompetensi after
/// coaching (Format B.1.9: per competency a level on the rulebook's scale and its reason), or an
/// assessment result the admin enters. It travels in the penilaian file to the pegawai.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct PenilaianKompetensi {
    pub id: String,
    pub pegawai_nip: String,
    /// Who assessed: the pegawai's pejabat penilai (only they, or the admin, write it).
    pub penilai_nip: String,
    pub tanggal: chrono::NaiveDate,
    /// Who assessed, in words (a name, an assessment centre).
    #[serde(default)]
    pub penilai: String,
    /// The standard of the competencies assessed: the agency's standar kompetensi jabatan, or
    /// the rulebook default for the pegawai's jenjang.
    pub standar: Level,
    pub level: Level,
    /// Why each level (Format B.1.9).
    #[serde(default)]
    pub alasan: BTreeMap<String, String>,
    #[serde(default)]
    pub saran_pengembangan: Vec<String>,
}

impl PenilaianKompetensi {
    /// Every problem, each naming the competency: a level for each standard and no other, on
    /// the scale, each with its reason.
    pub fn periksa(&self, rb: &Rulebook) -> Vec<Galat> {
        let mut m = Vec::new();
        if self.pegawai_nip.trim().is_empty() {
            m.push(Galat::baru("nip_kosong"));
        }
        if self.penilai_nip.trim().is_empty() {
            m.push(Galat::baru("penilai_nip_kosong"));
        }
        if self.standar.is_empty() {
            m.push(Galat::baru("standar_kosong"));
        }
        let k = &rb.kompetensi;
        let semua: std::collections::BTreeSet<&String> =
            self.standar.keys().chain(self.level.keys()).collect();
        for kode in semua {
            let di_luar = |l: Option<&u8>| l.is_some_and(|l| *l < k.level_min || *l > k.level_maks);
            let (s, l) = (self.standar.get(kode), self.level.get(kode));
            if di_luar(s) || di_luar(l) {
                let nilai = if di_luar(s) { s } else { l };
                m.push(
                    Galat::baru("level_di_luar_skala")
                        .dengan("nilai", nilai.copied().unwrap_or_default())
                        .dengan("lokasi", kode),
                );
            }
        }
        for kode in self.standar.keys() {
            if !self.level.contains_key(kode) {
                m.push(Galat::baru("level_belum_dinilai").dengan("lokasi", kode));
            } else if self.alasan.get(kode).is_none_or(|a| a.trim().is_empty()) {
                m.push(Galat::baru("alasan_kompetensi_kosong").dengan("lokasi", kode));
            }
        }
        for kode in self.standar.keys() {
            if kode
                .strip_prefix(AWALAN_TEKNIS)
                .is_some_and(|n| n.trim().is_empty())
            {
                m.push(Galat::baru("nama_kompetensi_teknis_kosong"));
            }
        }
        for kode in self.level.keys() {
            if !self.standar.contains_key(kode) {
                m.push(Galat::baru("kompetensi_tanpa_standar").dengan("lokasi", kode));
            }
        }
        m
    }

    /// Gap, JPM and its band against the assessment's own standard.
    pub fn hasil(&self, rb: &Rulebook) -> Result<Explained<HasilKompetensi>, Galat> {
        jpm(rb, &self.standar, &self.level)
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct HasilKompetensi {
    /// `level − standar` per competency of the standard (negative = development need).
    pub gap: Vec<(String, i32)>,
    pub jpm: f64,
    /// Label key of the JPM band.
    pub kategori: String,
}

/// The agency's standard for a jenjang, or the rulebook's default level for every manajerial and
/// sosial kultural competency.
pub fn standar_default(rb: &Rulebook, jenjang: &str) -> Option<Level> {
    let level = *rb.kompetensi.standar_default.get(jenjang)?;
    let k = &rb.kompetensi;
    Some(
        k.manajerial
            .iter()
            .chain(&k.sosial_kultural)
            .map(|kode| (kode.clone(), level))
            .collect(),
    )
}

pub fn jpm(
    rb: &Rulebook,
    standar: &Level,
    dinilai: &Level,
) -> Result<Explained<HasilKompetensi>, Galat> {
    let k = &rb.kompetensi;
    if standar.is_empty() {
        return Err(Galat::baru("standar_kosong"));
    }
    for (kode, l) in standar.iter().chain(dinilai) {
        if *l < k.level_min || *l > k.level_maks {
            return Err(Galat::baru("level_di_luar_skala")
                .dengan("nilai", l)
                .dengan("lokasi", kode));
        }
    }
    let mut gap = Vec::new();
    let (mut jumlah, mut jumlah_standar) = (0u32, 0u32);
    let mut pj = Penjelasan::baru(rb, "kompetensi_jpm");
    for (kode, s) in standar {
        let l = *dinilai
            .get(kode)
            .ok_or_else(|| Galat::baru("level_belum_dinilai").dengan("lokasi", kode))?;
        gap.push((kode.clone(), l as i32 - *s as i32));
        jumlah += if k.batasi_pada_standar { l.min(*s) } else { l } as u32;
        jumlah_standar += *s as u32;
        // A teknis competency has no label: its name goes with the levels.
        pj = match kode.strip_prefix(AWALAN_TEKNIS) {
            Some(nama) => pj.masukan(
                "butir.kompetensi_teknis",
                super::Isi::Teks(format!("{nama}: {l} / {s}")),
            ),
            None => pj.masukan(
                &format!("kompetensi.{kode}"),
                super::Isi::Teks(format!("{l} / {s}")),
            ),
        };
    }
    let nilai = jumlah as f64 / jumlah_standar as f64 * 100.0;
    let kategori = k
        .jpm
        .cari(nilai)
        .map(|p| p.label.clone())
        .ok_or_else(|| Galat::baru("di_luar_skala").dengan("nilai", nilai))?;
    if k.batasi_pada_standar {
        pj = pj.catat("catatan.jpm_dibatasi");
    }
    let pj = pj
        .langkah("butir.jumlah_level", jumlah as f64)
        .langkah("butir.jumlah_standar", jumlah_standar as f64)
        .langkah("butir.jpm", nilai)
        .langkah_label("butir.kategori", kategori.clone());
    Ok(pj.jadi(HasilKompetensi {
        gap,
        jpm: nilai,
        kategori,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lv(pairs: &[(&str, u8)]) -> Level {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn every_jpm_band_row() {
        let rb = Rulebook::aktif();
        let standar = lv(&[("a", 5), ("b", 5)]);
        // 9/10 = 90 % Optimal; 8/10 = 80 % Cukup Optimal; 7/10 = 70 % Kurang Optimal.
        for (a, b, kategori) in [
            (5, 4, "jpm.optimal"),
            (4, 4, "jpm.cukup_optimal"),
            (4, 3, "jpm.kurang_optimal"),
        ] {
            let h = jpm(rb, &standar, &lv(&[("a", a), ("b", b)])).unwrap().nilai;
            assert_eq!(h.kategori, kategori, "{a}+{b}");
        }
        let pita = |x: f64| rb.kompetensi.jpm.cari(x).unwrap().label.clone();
        assert_eq!(pita(78.0), "jpm.cukup_optimal");
        assert_eq!(pita(77.99), "jpm.kurang_optimal");
        assert_eq!(pita(90.0), "jpm.optimal");
        assert_eq!(pita(125.0), "jpm.optimal");
    }

    #[test]
    fn gap_and_optional_cap() {
        let mut rb = Rulebook::aktif().clone();
        let standar = lv(&[("integritas", 3), ("komunikasi", 3)]);
        let dinilai = lv(&[("integritas", 5), ("komunikasi", 2), ("teknis_x", 4)]);
        let h = jpm(&rb, &standar, &dinilai).unwrap().nilai;
        assert_eq!(
            h.gap,
            vec![("integritas".into(), 2), ("komunikasi".into(), -1)]
        );
        assert!((h.jpm - 7.0 / 6.0 * 100.0).abs() < 1e-9);
        rb.kompetensi.batasi_pada_standar = true;
        let h = jpm(&rb, &standar, &dinilai).unwrap().nilai;
        assert!((h.jpm - 5.0 / 6.0 * 100.0).abs() < 1e-9);
    }

    #[test]
    fn default_standard_covers_nine_competencies() {
        let rb = Rulebook::aktif();
        let s = standar_default(rb, "administrator").unwrap();
        assert_eq!(s.len(), 9);
        assert!(s.values().all(|l| *l == 3));
        assert!(s.contains_key("perekat_bangsa"));
    }

    fn penilaian() -> PenilaianKompetensi {
        let kode = [
            "integritas",
            "kerja_sama",
            "komunikasi",
            "orientasi_hasil",
            "perekat_bangsa",
        ];
        PenilaianKompetensi {
            id: "k1".into(),
            pegawai_nip: "198609262015052001".into(),
            penilai_nip: "197501012000031001".into(),
            tanggal: chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap(),
            penilai: "Budi Santoso".into(),
            standar: kode.iter().map(|k| (k.to_string(), 2)).collect(),
            level: lv(&[
                ("integritas", 3),
                ("kerja_sama", 2),
                ("komunikasi", 1),
                ("orientasi_hasil", 2),
                ("perekat_bangsa", 1),
            ]),
            alasan: kode
                .iter()
                .map(|k| (k.to_string(), "Teramati".into()))
                .collect(),
            saran_pengembangan: Vec::new(),
        }
    }

    #[test]
    fn five_competencies_assessed_give_gaps_jpm_and_band() {
        let rb = Rulebook::aktif();
        let p = penilaian();
        assert!(p.periksa(rb).is_empty());
        let h = p.hasil(rb).unwrap().nilai;
        // 9 of 10: 90 % is Optimal (the band's lower edge).
        assert_eq!(h.jpm, 90.0);
        assert_eq!(h.kategori, "jpm.optimal");
        let kurang: Vec<_> = h
            .gap
            .iter()
            .filter(|(_, g)| *g < 0)
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(kurang, ["komunikasi", "perekat_bangsa"]);
    }

    #[test]
    fn an_assessment_names_each_missing_or_stray_level_and_reason() {
        let rb = Rulebook::aktif();
        let mut p = penilaian();
        p.level.remove("komunikasi");
        p.level.insert("teknis_x".into(), 4);
        p.level.insert("integritas".into(), 7);
        p.alasan.insert("kerja_sama".into(), " ".into());
        p.penilai_nip.clear();
        let m: Vec<(String, String)> = p
            .periksa(rb)
            .into_iter()
            .map(|g| {
                let lokasi = g
                    .rincian
                    .iter()
                    .find(|(k, _)| k == "lokasi")
                    .map(|(_, v)| v.clone());
                (g.kode, lokasi.unwrap_or_default())
            })
            .collect();
        let m: Vec<(&str, &str)> = m.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            m,
            [
                ("penilai_nip_kosong", ""),
                ("level_di_luar_skala", "integritas"),
                ("alasan_kompetensi_kosong", "kerja_sama"),
                ("level_belum_dinilai", "komunikasi"),
                ("kompetensi_tanpa_standar", "teknis_x"),
            ]
        );
    }

    #[test]
    fn rejections() {
        let rb = Rulebook::aktif();
        let s = lv(&[("integritas", 3)]);
        assert_eq!(
            jpm(rb, &Level::new(), &s).unwrap_err().kode,
            "standar_kosong"
        );
        assert_eq!(
            jpm(rb, &s, &Level::new()).unwrap_err().kode,
            "level_belum_dinilai"
        );
        assert_eq!(
            jpm(rb, &s, &lv(&[("integritas", 6)])).unwrap_err().kode,
            "level_di_luar_skala"
        );
    }

    #[test]
    fn a_teknis_competency_counts_in_the_jpm_under_its_own_name() {
        let rb = Rulebook::aktif();
        let mut standar = lv(&[("integritas", 2), ("kerja_sama", 2)]);
        standar.insert("teknis:Analisis kebijakan".into(), 3);
        let mut level = lv(&[("integritas", 2), ("kerja_sama", 2)]);
        level.insert("teknis:Analisis kebijakan".into(), 2);
        let h = jpm(rb, &standar, &level).unwrap();
        // 6 of 7.
        assert!((h.nilai.jpm - 6.0 / 7.0 * 100.0).abs() < 1e-9);
        assert!(h
            .nilai
            .gap
            .contains(&("teknis:Analisis kebijakan".into(), -1)));
        let teks = h
            .penjelasan
            .uraikan(rb, crate::domain::Bahasa::Id)
            .join("\n");
        assert!(teks.contains("Analisis kebijakan: 2 / 3"), "{teks}");
        assert_eq!(
            nama_kompetensi(rb, "teknis:Analisis kebijakan", crate::domain::Bahasa::Id),
            "Analisis kebijakan"
        );
        assert_eq!(
            nama_kompetensi(rb, "integritas", crate::domain::Bahasa::Id),
            "Integritas"
        );
        // A teknis competency without a name is named as such.
        let kosong = "teknis: ".to_string();
        let p = PenilaianKompetensi {
            id: "k".into(),
            pegawai_nip: "198609262015052001".into(),
            penilai_nip: "197501012000031001".into(),
            tanggal: chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap(),
            penilai: String::new(),
            standar: [(kosong.clone(), 2)].into(),
            level: [(kosong.clone(), 2)].into(),
            alasan: [(kosong, "Teramati".to_string())].into(),
            saran_pengembangan: Vec::new(),
        };
        let kode: Vec<String> = p.periksa(rb).into_iter().map(|g| g.kode).collect();
        assert_eq!(kode, ["nama_kompetensi_teknis_kosong"]);
    }
}
