//! Asesmen potensi (PermenPANRB 3/2020, manajemen talenta): the potensial level a potential
//! assessment gave a pegawai (an assessment centre, the agency's talent committee), recorded by
//! the admin kepegawaian. Where one is recorded it is the talent box's potensial axis; a
//! competency assessment's JPM band stands in only where none is (`talenta::posisi_talenta`).

use super::talenta::Potensial;
use super::Galat;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// One potential assessment's result for one pegawai (only the admin writes it; it travels in
/// the admin's files alone).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AsesmenPotensi {
    pub id: String,
    pub pegawai_nip: String,
    /// The day the result was given (its report's date).
    pub tanggal: NaiveDate,
    pub potensial: Potensial,
    /// Who assessed (an assessment centre, a lembaga, the talent committee), as written.
    pub penyelenggara: String,
    /// The method, the report's number, anything the admin notes.
    #[serde(default)]
    pub keterangan: String,
}

impl AsesmenPotensi {
    pub fn periksa(&self) -> Vec<Galat> {
        let mut m = Vec::new();
        if self.pegawai_nip.trim().is_empty() {
            m.push(Galat::baru("nip_kosong"));
        }
        if self.penyelenggara.trim().is_empty() {
            m.push(Galat::baru("penyelenggara_asesmen_kosong"));
        }
        if !(1945..=9999).contains(&self.tanggal.year()) {
            m.push(Galat::baru("tahun_tidak_sah").dengan("nilai", self.tanggal.year()));
        }
        m
    }
}

/// The result that places a pegawai in the talent box of `tahun`: the latest dated in that
/// year or before (an assessment given later does not rewrite an earlier year's box); of two
/// on one day, the greater id, so every device picks the same one.
pub fn berlaku<'a>(
    hasil: impl IntoIterator<Item = &'a AsesmenPotensi>,
    tahun: i32,
) -> Option<&'a AsesmenPotensi> {
    hasil
        .into_iter()
        .filter(|a| a.tanggal.year() <= tahun)
        .max_by(|a, b| a.tanggal.cmp(&b.tanggal).then_with(|| a.id.cmp(&b.id)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asesmen(id: &str, tanggal: (i32, u32, u32), p: Potensial) -> AsesmenPotensi {
        AsesmenPotensi {
            id: id.into(),
            pegawai_nip: "198609262016031001".into(),
            tanggal: NaiveDate::from_ymd_opt(tanggal.0, tanggal.1, tanggal.2).unwrap(),
            potensial: p,
            penyelenggara: "UPT Penilaian Kompetensi".into(),
            keterangan: String::new(),
        }
    }

    #[test]
    fn the_latest_result_up_to_the_year_counts() {
        let v = [
            asesmen("a", (2024, 5, 2), Potensial::Menengah),
            asesmen("b", (2026, 3, 9), Potensial::Tinggi),
            asesmen("c", (2027, 1, 4), Potensial::Rendah),
        ];
        assert_eq!(berlaku(&v, 2026).map(|a| a.id.as_str()), Some("b"));
        assert_eq!(berlaku(&v, 2025).map(|a| a.id.as_str()), Some("a"));
        assert_eq!(berlaku(&v, 2027).map(|a| a.id.as_str()), Some("c"));
        assert!(berlaku(&v, 2023).is_none());
        // Two on one day: the same one whatever the order they were read in.
        let w = [
            asesmen("y", (2026, 3, 9), Potensial::Rendah),
            asesmen("x", (2026, 3, 9), Potensial::Tinggi),
        ];
        let dibalik = [w[1].clone(), w[0].clone()];
        assert_eq!(berlaku(&w, 2026).map(|a| a.id.as_str()), Some("y"));
        assert_eq!(berlaku(&dibalik, 2026).map(|a| a.id.as_str()), Some("y"));
    }

    #[test]
    fn a_result_names_what_is_missing() {
        let mut a = asesmen("a", (2026, 3, 9), Potensial::Tinggi);
        assert!(a.periksa().is_empty());
        a.pegawai_nip = " ".into();
        a.penyelenggara.clear();
        a.tanggal = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
        let kode: Vec<String> = a.periksa().into_iter().map(|g| g.kode).collect();
        assert_eq!(
            kode,
            [
                "nip_kosong",
                "penyelenggara_asesmen_kosong",
                "tahun_tidak_sah"
            ]
        );
    }
}
