//! Merit: who the rulebook makes a candidate for an award in a year, with the evidence.
//! Satyalancana Karya Satya (PP 35/1994; rulebook `penghargaan.satyalancana_tahun`): a PNS who
//! completes 10, 20 or 30 years of service that year, counted from the TMT in their NIP.
//! Prestasi: Sangat Baik in the last consecutive annual evaluations (rulebook
//! `penghargaan.sangat_baik_berturut`, KinerjaKu's reading of "rewarding those who perform").

use super::nip::{JenisNip, Nip};
use super::{Explained, Galat, Penjelasan, Predikat, Rulebook};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// An award the admin kepegawaian records for a pegawai (only the admin writes it); it shows
/// on the pegawai's profile and travels in the files the admin sends back.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Penghargaan {
    pub id: String,
    pub pegawai_nip: String,
    /// `satyalancana`, `prestasi` or `lainnya`.
    pub jenis: String,
    pub nama: String,
    pub tanggal: NaiveDate,
    /// The decree's number (nomor keputusan), as written.
    #[serde(default)]
    pub nomor_keputusan: String,
    #[serde(default)]
    pub keterangan: String,
}

/// Satyalancana Karya Satya, the service award.
pub const JENIS_SATYALANCANA: &str = "satyalancana";
/// An award for work performance.
pub const JENIS_PRESTASI: &str = "prestasi";

/// The kinds of award an admin records.
pub const JENIS_PENGHARGAAN: [&str; 3] = [JENIS_SATYALANCANA, JENIS_PRESTASI, "lainnya"];

impl Penghargaan {
    pub fn periksa(&self) -> Vec<Galat> {
        let mut m = Vec::new();
        if self.pegawai_nip.trim().is_empty() {
            m.push(Galat::baru("nip_kosong"));
        }
        if self.nama.trim().is_empty() {
            m.push(Galat::baru("nama_penghargaan_kosong"));
        }
        if !JENIS_PENGHARGAAN.contains(&self.jenis.as_str()) {
            m.push(Galat::baru("jenis_penghargaan_tidak_dikenal").dengan("nilai", &self.jenis));
        }
        if !(1945..=9999).contains(&self.tanggal.year()) {
            m.push(Galat::baru("tahun_tidak_sah").dengan("nilai", self.tanggal.year()));
        }
        m
    }
}

/// The years of service `nip` completes in `tahun` when the rulebook awards that many; only
/// for a PNS, by the NIP's shape and by the profile's `jenis_pegawai` when it is known (a PPPK's
/// NI can have a month where its agreement count is, 01 to 12).
pub fn satyalancana(
    rb: &Rulebook,
    nip: &Nip,
    jenis_pegawai: Option<&str>,
    tahun: i32,
) -> Option<Explained<u32>> {
    if nip.jenis != JenisNip::Pns || jenis_pegawai.is_some_and(|j| j != "pns") {
        return None;
    }
    let masa = u32::try_from(tahun - nip.tahun_pengangkatan).ok()?;
    if !rb.penghargaan.satyalancana_tahun.contains(&masa) {
        return None;
    }
    let bulan = nip.bulan_pengangkatan.unwrap_or(1);
    Some(
        Penjelasan::baru(rb, "penghargaan_kandidat")
            .angka("butir.tahun_pengangkatan", nip.tahun_pengangkatan as f64)
            .angka("butir.bulan_pengangkatan", bulan as f64)
            .angka("butir.tahun", tahun as f64)
            .langkah("butir.masa_kerja", masa as f64)
            .jadi(masa),
    )
}

/// Whether the annual predikat of the years up to `tahun` are Sangat Baik as many years in a
/// row as the rulebook asks (a missing year breaks the run).
pub fn prestasi_berturut(rb: &Rulebook, tahunan: &BTreeMap<i32, Predikat>, tahun: i32) -> bool {
    let n = rb.penghargaan.sangat_baik_berturut;
    n > 0 && (0..n as i32).all(|i| tahunan.get(&(tahun - i)) == Some(&Predikat::SangatBaik))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::nip::parse_nip;
    use chrono::NaiveDate;

    fn nip(s: &str) -> Nip {
        let hari = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        parse_nip(Rulebook::aktif(), s, hari).unwrap()
    }

    #[test]
    fn ten_twenty_and_thirty_years_from_the_tmt_in_the_nip() {
        let rb = Rulebook::aktif();
        // TMT March 2016: ten years in 2026, not in 2025 or 2027.
        let n = nip("198609262016031001");
        assert_eq!(satyalancana(rb, &n, None, 2026).map(|e| e.nilai), Some(10));
        assert!(satyalancana(rb, &n, None, 2025).is_none());
        assert!(satyalancana(rb, &n, None, 2027).is_none());
        let n = nip("197001011996031002");
        assert_eq!(satyalancana(rb, &n, None, 2026).map(|e| e.nilai), Some(30));
        assert_eq!(satyalancana(rb, &n, None, 2016).map(|e| e.nilai), Some(20));
        // A PPPK (agreement digits, no TMT month) is not a candidate.
        let p = nip("198609262016211001");
        assert!(satyalancana(rb, &p, None, 2026).is_none());
        // Nor one whose NI reads like a TMT month: their profile says PPPK.
        let n = nip("198609262016031001");
        assert!(satyalancana(rb, &n, Some("pppk"), 2026).is_none());
        assert_eq!(
            satyalancana(rb, &n, Some("pns"), 2026).map(|e| e.nilai),
            Some(10)
        );
    }

    #[test]
    fn sangat_baik_in_consecutive_years() {
        let rb = Rulebook::aktif();
        let th = |v: &[(i32, Predikat)]| v.iter().copied().collect::<BTreeMap<_, _>>();
        use Predikat::*;
        assert!(prestasi_berturut(
            rb,
            &th(&[(2025, SangatBaik), (2026, SangatBaik)]),
            2026
        ));
        assert!(!prestasi_berturut(
            rb,
            &th(&[(2025, Baik), (2026, SangatBaik)]),
            2026
        ));
        assert!(!prestasi_berturut(
            rb,
            &th(&[(2024, SangatBaik), (2026, SangatBaik)]),
            2026
        ));
    }

    #[test]
    fn an_award_names_what_is_missing() {
        let mut a = Penghargaan {
            id: "p".into(),
            pegawai_nip: "198609262016031001".into(),
            jenis: "satyalancana".into(),
            nama: "Satyalancana Karya Satya X Tahun".into(),
            tanggal: NaiveDate::from_ymd_opt(2026, 8, 17).unwrap(),
            nomor_keputusan: "Keppres 1/TK/2026".into(),
            keterangan: String::new(),
        };
        assert!(a.periksa().is_empty());
        a.nama = " ".into();
        a.jenis = "bintang".into();
        a.pegawai_nip.clear();
        a.tanggal = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
        let kode: Vec<String> = a.periksa().into_iter().map(|g| g.kode).collect();
        assert_eq!(
            kode,
            [
                "nip_kosong",
                "nama_penghargaan_kosong",
                "jenis_penghargaan_tidak_dikenal",
                "tahun_tidak_sah"
            ]
        );
    }
}
