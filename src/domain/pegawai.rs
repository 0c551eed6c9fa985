//! Pegawai ASN: identity, golongan/pangkat, jabatan, unit kerja, and who evaluates them
//! (pejabat penilai and atasan pejabat penilai, PermenPANRB 6/2022 Pasal 1 angka 9, §1.2).

use super::nip::parse_nip;
use super::rulebook::{Golongan, Jenjang};
use super::{Explained, Galat, Penjelasan, Rulebook};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Enough of another official to print them on a document.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
pub struct Pejabat {
    pub nip: String,
    pub nama: String,
    #[serde(default)]
    pub jabatan: String,
    /// Jenjang key (rulebook `jabatan`), if known.
    #[serde(default)]
    pub jenjang: String,
    #[serde(default)]
    pub golongan: String,
    /// Authority delegated to act as pejabat penilai although below pengawas.
    #[serde(default)]
    pub delegasi: bool,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
pub struct Pegawai {
    /// 18 digits, no separators.
    pub nip: String,
    pub nama: String,
    /// `pns`, `pppk`, ... (rulebook `pengembangan.jp_minimum` keys).
    pub jenis_pegawai: String,
    /// Golongan ruang code, e.g. `III/a` or PPPK `IX`.
    pub golongan: String,
    /// Jenjang key, e.g. `ahli_pertama`, `pengawas`.
    pub jenjang: String,
    /// Name of the position, e.g. "Analis Kebijakan Ahli Pertama".
    pub jabatan: String,
    pub unit_kerja: String,
    #[serde(default)]
    pub instansi: String,
    #[serde(default)]
    pub pejabat_penilai: Option<Pejabat>,
    #[serde(default)]
    pub atasan_pejabat_penilai: Option<Pejabat>,
    /// A jabatan fungsional's angka kredit before the evaluations this app holds (at the last
    /// promotion, or the integration): where the running total starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub angka_kredit_awal: Option<crate::domain::desimal::Pecahan>,
    /// The first day whose evaluations add to `angka_kredit_awal` (the TMT of that promotion):
    /// those ending before it are already in it. None: every evaluation held adds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub angka_kredit_sejak: Option<NaiveDate>,
}

/// The golongan scale a kind of ASN is graded on (the rulebook's `golongan[].jenis`): every
/// kind of PPPK, part-time ones included, the PPPK scale (I–XVII); the others the PNS one.
pub fn jenis_golongan(jenis_pegawai: &str) -> &'static str {
    match jenis_pegawai.starts_with("pppk") {
        true => "pppk",
        false => "pns",
    }
}

pub fn golongan<'a>(rb: &'a Rulebook, kode: &str) -> Option<&'a Golongan> {
    rb.golongan.iter().find(|g| g.kode == kode)
}

pub fn jenjang<'a>(rb: &'a Rulebook, kode: &str) -> Option<&'a Jenjang> {
    rb.jabatan.iter().find(|j| j.kode == kode)
}

impl Pegawai {
    /// Every problem of the profile, each naming the field.
    pub fn periksa(&self, rb: &Rulebook, hari_ini: NaiveDate) -> Vec<Galat> {
        let mut m = Vec::new();
        if self.nama.trim().is_empty() {
            m.push(Galat::baru("nama_kosong"));
        }
        match parse_nip(rb, &self.nip, hari_ini) {
            Err(g) => m.push(g),
            Ok(n) => m.extend(n.periksa_jenis_pegawai(&self.jenis_pegawai)),
        }
        if !rb.pengembangan.jp_minimum.contains_key(&self.jenis_pegawai) {
            m.push(Galat::baru("jenis_pegawai_tidak_dikenal").dengan("nilai", &self.jenis_pegawai));
        }
        match golongan(rb, &self.golongan) {
            None => m.push(Galat::baru("golongan_tidak_dikenal").dengan("nilai", &self.golongan)),
            Some(g) if g.jenis != jenis_golongan(&self.jenis_pegawai) => {
                m.push(Galat::baru("golongan_tidak_cocok").dengan("nilai", &self.golongan))
            }
            _ => {}
        }
        if jenjang(rb, &self.jenjang).is_none() {
            m.push(Galat::baru("jenjang_tidak_dikenal").dengan("nilai", &self.jenjang));
        }
        if let Some(p) = &self.pejabat_penilai {
            if p.nip == self.nip {
                m.push(Galat::baru("menilai_diri_sendiri"));
            }
        }
        if let Some(ak) = self.angka_kredit_awal {
            if ak < crate::domain::desimal::Pecahan::NOL {
                m.push(Galat::baru("angka_kredit_awal_negatif").dengan("nilai", ak.ke_f64()));
            }
        }
        m
    }
}

/// Label key of the pangkat for a golongan (PNS), e.g. `pangkat.penata_muda`.
pub fn pangkat(rb: &Rulebook, kode_golongan: &str) -> Option<String> {
    golongan(rb, kode_golongan).and_then(|g| g.pangkat.clone())
}

/// Whether `penilai` may evaluate a pegawai of jenjang `dinilai`: either their jenjang is one the
/// rulebook's matrix names for it, or they are at least pengawas / delegated (Pasal 1 angka 9).
pub fn periksa_pejabat_penilai(
    rb: &Rulebook,
    dinilai: &str,
    penilai: &Pejabat,
) -> Result<Explained<bool>, Galat> {
    let j = jenjang(rb, dinilai)
        .ok_or_else(|| Galat::baru("jenjang_tidak_dikenal").dengan("nilai", dinilai))?;
    let jp = jenjang(rb, &penilai.jenjang);
    let sesuai_matriks = j.penilai.contains(&penilai.jenjang);
    let berwenang = jp.is_some_and(|x| x.boleh_menilai) || penilai.delegasi;
    let boleh = sesuai_matriks || berwenang;
    let mut pj = Penjelasan::baru(rb, "pejabat_penilai")
        .label("butir.jenjang_dinilai", format!("jenjang.{dinilai}"))
        .label(
            "butir.jenjang_penilai",
            format!("jenjang.{}", penilai.jenjang),
        )
        .label(
            "butir.delegasi",
            if penilai.delegasi {
                "umum.ya"
            } else {
                "umum.tidak"
            },
        )
        .langkah_label(
            "butir.sesuai_matriks",
            if sesuai_matriks {
                "umum.ya"
            } else {
                "umum.tidak"
            },
        )
        .langkah_label("butir.hasil", if boleh { "umum.ya" } else { "umum.tidak" });
    if boleh && !sesuai_matriks {
        pj = pj.catat("catatan.penilai_di_luar_matriks");
    }
    Ok(pj.jadi(boleh))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pejabat(jenjang: &str, delegasi: bool) -> Pejabat {
        Pejabat {
            nip: "197001012000031001".into(),
            nama: "A".into(),
            jenjang: jenjang.into(),
            delegasi,
            ..Default::default()
        }
    }

    #[test]
    fn every_golongan_has_its_pangkat() {
        let rb = Rulebook::aktif();
        let pns: Vec<_> = rb.golongan.iter().filter(|g| g.jenis == "pns").collect();
        assert_eq!(pns.len(), 17);
        assert!(pns
            .iter()
            .all(|g| g.pangkat.as_deref().is_some_and(|k| rb.ada_label(k))));
        assert_eq!(
            rb.teks(&pangkat(rb, "III/a").unwrap(), crate::domain::Bahasa::Id),
            "Penata Muda"
        );
        assert_eq!(
            rb.teks(&pangkat(rb, "IV/e").unwrap(), crate::domain::Bahasa::Id),
            "Pembina Utama"
        );
        assert_eq!(
            rb.teks(&pangkat(rb, "II/d").unwrap(), crate::domain::Bahasa::Id),
            "Pengatur Tingkat I"
        );
        assert_eq!(rb.golongan.iter().filter(|g| g.jenis == "pppk").count(), 17);
        assert!(pangkat(rb, "XVII").is_none());
    }

    #[test]
    fn every_row_of_the_golongan_table() {
        let rb = Rulebook::aktif();
        let tabel = [
            ("I/a", "Juru Muda"),
            ("I/b", "Juru Muda Tingkat I"),
            ("I/c", "Juru"),
            ("I/d", "Juru Tingkat I"),
            ("II/a", "Pengatur Muda"),
            ("II/b", "Pengatur Muda Tingkat I"),
            ("II/c", "Pengatur"),
            ("II/d", "Pengatur Tingkat I"),
            ("III/a", "Penata Muda"),
            ("III/b", "Penata Muda Tingkat I"),
            ("III/c", "Penata"),
            ("III/d", "Penata Tingkat I"),
            ("IV/a", "Pembina"),
            ("IV/b", "Pembina Tingkat I"),
            ("IV/c", "Pembina Utama Muda"),
            ("IV/d", "Pembina Utama Madya"),
            ("IV/e", "Pembina Utama"),
        ];
        for (i, (gol, nama)) in tabel.iter().enumerate() {
            assert_eq!(
                rb.teks(&pangkat(rb, gol).unwrap(), crate::domain::Bahasa::Id),
                *nama,
                "{gol}"
            );
            // Sort key I/a = 11 … IV/e = 45 keeps golongan in rank order.
            let g = golongan(rb, gol).unwrap();
            assert!(tabel[..i]
                .iter()
                .all(|(lain, _)| golongan(rb, lain).unwrap().urut < g.urut));
        }
        assert_eq!(golongan(rb, "I/a").unwrap().urut, 11);
        assert_eq!(golongan(rb, "IV/e").unwrap().urut, 45);
    }

    #[test]
    fn every_row_of_the_pejabat_penilai_matrix() {
        let rb = Rulebook::aktif();
        let tabel: [(&str, &[&str], &[&str]); 10] = [
            ("administrator", &["jpt_pratama"], &[]),
            ("pengawas", &["administrator"], &["jpt_pratama"]),
            ("pelaksana", &["pengawas"], &["administrator"]),
            ("ahli_utama", &["jpt_madya"], &[]),
            (
                "ahli_madya",
                &["jpt_pratama"],
                &["jpt_pratama", "jpt_madya"],
            ),
            (
                "ahli_muda",
                &["administrator", "jpt_pratama"],
                &["jpt_pratama", "jpt_madya"],
            ),
            (
                "ahli_pertama",
                &["pengawas", "administrator", "jpt_pratama"],
                &["administrator", "jpt_pratama", "jpt_madya"],
            ),
            (
                "penyelia",
                &["pengawas", "administrator", "jpt_pratama"],
                &["administrator", "jpt_pratama"],
            ),
            (
                "terampil",
                &["pengawas", "administrator", "jpt_pratama"],
                &["administrator", "jpt_pratama"],
            ),
            (
                "pemula",
                &["pengawas", "administrator", "jpt_pratama"],
                &["administrator", "jpt_pratama"],
            ),
        ];
        for (dinilai, penilai, atasan) in tabel {
            let j = jenjang(rb, dinilai).unwrap();
            assert_eq!(j.penilai, penilai, "{dinilai}");
            assert_eq!(j.atasan_penilai, atasan, "{dinilai}");
        }
        // JPT are evaluated by the political leadership (PPK), outside the jenjang list.
        assert!(jenjang(rb, "jpt_pratama").unwrap().penilai.is_empty());
    }

    #[test]
    fn pejabat_penilai_matrix_rows() {
        let rb = Rulebook::aktif();
        let ok = |d: &str, p: &str, del: bool| {
            periksa_pejabat_penilai(rb, d, &pejabat(p, del))
                .unwrap()
                .nilai
        };
        assert!(ok("pelaksana", "pengawas", false));
        assert!(ok("pengawas", "administrator", false));
        assert!(ok("administrator", "jpt_pratama", false));
        assert!(ok("ahli_pertama", "pengawas", false));
        assert!(ok("ahli_madya", "jpt_pratama", false));
        // A JF ketua tim is not pejabat penilai unless delegated.
        assert!(!ok("pelaksana", "ahli_muda", false));
        assert!(ok("pelaksana", "ahli_muda", true));
        assert!(periksa_pejabat_penilai(rb, "x", &pejabat("pengawas", false)).is_err());
    }

    #[test]
    fn profile_problems_are_listed() {
        let rb = Rulebook::aktif();
        let hari = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let mut p = Pegawai {
            nip: "198609262015051001".into(),
            nama: "Sari".into(),
            jenis_pegawai: "pns".into(),
            golongan: "III/a".into(),
            jenjang: "ahli_pertama".into(),
            jabatan: "Analis".into(),
            unit_kerja: "Bagian Umum".into(),
            ..Default::default()
        };
        assert!(p.periksa(rb, hari).is_empty());
        p.golongan = "IX".into();
        p.nama = " ".into();
        let kode: Vec<_> = p.periksa(rb, hari).into_iter().map(|g| g.kode).collect();
        assert_eq!(kode, ["nama_kosong", "golongan_tidak_cocok"]);
        p.angka_kredit_awal = crate::domain::desimal::Pecahan::baru(-1, 2);
        let kode: Vec<_> = p.periksa(rb, hari).into_iter().map(|g| g.kode).collect();
        assert_eq!(
            kode.last().map(String::as_str),
            Some("angka_kredit_awal_negatif")
        );
    }

    #[test]
    fn a_part_time_pppk_is_graded_on_the_pppk_scale() {
        // The profile screen offers every PPPK the PPPK scale; a part-time PPPK's save was
        // refused whatever they chose.
        let rb = Rulebook::aktif();
        let hari = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let mut p = Pegawai {
            nip: "199001012022212002".into(),
            nama: "Sari".into(),
            jenis_pegawai: "pppk_paruh_waktu".into(),
            golongan: "V".into(),
            jenjang: "ahli_pertama".into(),
            jabatan: "Analis".into(),
            unit_kerja: "Bagian Umum".into(),
            ..Default::default()
        };
        assert_eq!(p.periksa(rb, hari), []);
        p.golongan = "III/a".into();
        let kode: Vec<_> = p.periksa(rb, hari).into_iter().map(|g| g.kode).collect();
        assert_eq!(kode, ["golongan_tidak_cocok"]);
        assert_eq!(jenis_golongan("pppk"), "pppk");
        assert_eq!(jenis_golongan("pns"), "pns");
    }
}
