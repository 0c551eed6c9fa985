//! NIP PNS and NI PPPK, 18 digits (Perka BKN 22/2007 & 43/2007): tanggal lahir (8), TMT CPNS
//! year+month (6) or, for PPPK, year (4) + jumlah perjanjian (2), jenis kelamin (1), urut (3).
//! No checksum exists, so validation checks the parts; it never panics on any input.

use super::{Galat, Rulebook};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum JenisNip {
    Pns,
    /// Positions 13–14 are not a month: most likely an NI PPPK (never rejected for that alone).
    KemungkinanPppk,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum JenisKelamin {
    LakiLaki,
    Perempuan,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Nip {
    /// Digits only; formatting happens on display.
    pub digit: String,
    pub jenis: JenisNip,
    pub tanggal_lahir: NaiveDate,
    pub tahun_pengangkatan: i32,
    /// TMT CPNS month (PNS); `None` for PPPK.
    pub bulan_pengangkatan: Option<u32>,
    /// PPPK: number of work agreements.
    pub perjanjian_ke: Option<u32>,
    pub jenis_kelamin: JenisKelamin,
    pub nomor_urut: u32,
    /// Plausibility warnings that do not make the NIP invalid.
    pub peringatan: Vec<Galat>,
}

/// Removes the separators people type (spaces, dots, dashes).
pub fn bersihkan(input: &str) -> String {
    input
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-' | '\u{a0}' | '\t'))
        .collect()
}

/// `19860926 201505 1 001`.
pub fn format_nip(digit: &str) -> String {
    if digit.len() == 18 && digit.is_ascii() {
        format!(
            "{} {} {} {}",
            &digit[..8],
            &digit[8..14],
            &digit[14..15],
            &digit[15..]
        )
    } else {
        digit.to_string()
    }
}

fn angka(s: &str) -> u32 {
    // Only called on ASCII-digit slices, so parsing cannot fail; 0 keeps it total anyway.
    s.parse().unwrap_or(0)
}

pub fn parse_nip(rb: &Rulebook, input: &str, hari_ini: NaiveDate) -> Result<Nip, Galat> {
    let d = bersihkan(input);
    if d.is_empty() {
        return Err(Galat::baru("nip_kosong"));
    }
    if let Some((i, c)) = d.chars().enumerate().find(|(_, c)| !c.is_ascii_digit()) {
        return Err(Galat::baru("nip_bukan_angka")
            .dengan("posisi", i + 1)
            .dengan("nilai", c));
    }
    if d.len() != 18 {
        return Err(Galat::baru("nip_panjang").dengan("nilai", d.len()));
    }
    let aturan = &rb.nip;
    let (th, bl, tg) = (angka(&d[0..4]) as i32, angka(&d[4..6]), angka(&d[6..8]));
    let lahir = NaiveDate::from_ymd_opt(th, bl, tg).ok_or_else(|| {
        Galat::baru("nip_tanggal_lahir")
            .dengan("nilai", format!("{}-{}-{}", &d[0..4], &d[4..6], &d[6..8]))
    })?;
    let tahun_maks = hari_ini.year() - aturan.usia_min_saat_tmt + 1;
    if th < aturan.tahun_lahir_min || th > tahun_maks {
        return Err(Galat::baru("nip_tahun_lahir")
            .dengan("nilai", th)
            .dengan("min", aturan.tahun_lahir_min)
            .dengan("maks", tahun_maks));
    }
    let jenis_kelamin = match &d[14..15] {
        "1" => JenisKelamin::LakiLaki,
        "2" => JenisKelamin::Perempuan,
        x => return Err(Galat::baru("nip_jenis_kelamin").dengan("nilai", x)),
    };
    let nomor_urut = angka(&d[15..18]);
    if nomor_urut == 0 {
        return Err(Galat::baru("nip_nomor_urut"));
    }
    let tahun_pengangkatan = angka(&d[8..12]) as i32;
    let mm = angka(&d[12..14]);
    let mut peringatan = Vec::new();
    let (jenis, bulan, perjanjian) = if (1..=12).contains(&mm) {
        (JenisNip::Pns, Some(mm), None)
    } else {
        (JenisNip::KemungkinanPppk, None, Some(mm))
    };
    // Age at TMT in completed years: a PNS's TMT is the 1st of its month; a PPPK's NI carries
    // the year only, so the latest day of that year (the oldest the person can have been).
    let tmt = match bulan {
        Some(m) => NaiveDate::from_ymd_opt(tahun_pengangkatan, m, 1),
        None => NaiveDate::from_ymd_opt(tahun_pengangkatan, 12, 31),
    };
    let usia = tmt
        .and_then(|t| t.years_since(lahir))
        .map_or(-1, |u| u as i32);
    if usia < aturan.usia_min_mutlak_saat_tmt {
        return Err(Galat::baru("nip_tmt_tidak_wajar")
            .dengan("nilai", &d[8..14])
            .dengan("min", aturan.usia_min_mutlak_saat_tmt));
    }
    if perjanjian == Some(0) {
        peringatan.push(Galat::baru("nip_perjanjian_nol"));
    }
    let usia_min = if bulan.is_some() {
        aturan.usia_min_saat_tmt
    } else {
        aturan.usia_min_saat_tmt_pppk
    };
    if tahun_pengangkatan > hari_ini.year()
        || (tahun_pengangkatan == hari_ini.year() && bulan.is_some_and(|m| m > hari_ini.month()))
    {
        peringatan.push(Galat::baru("nip_tmt_masa_depan").dengan("nilai", tahun_pengangkatan));
    }
    if usia < usia_min {
        peringatan.push(
            Galat::baru("nip_tmt_terlalu_muda")
                .dengan("nilai", usia)
                .dengan("min", usia_min),
        );
    } else if usia > aturan.usia_maks_wajar_saat_tmt {
        peringatan.push(
            Galat::baru("nip_tmt_usia_tinggi")
                .dengan("nilai", usia)
                .dengan("maks", aturan.usia_maks_wajar_saat_tmt),
        );
    }
    Ok(Nip {
        digit: d,
        jenis,
        tanggal_lahir: lahir,
        tahun_pengangkatan,
        bulan_pengangkatan: bulan,
        perjanjian_ke: perjanjian,
        jenis_kelamin,
        nomor_urut,
        peringatan,
    })
}

impl Nip {
    /// Positions 13–14 of a PNS NIP are the TMT CPNS month, 01–12. A number whose 13–14 are
    /// not a month reads as an NI PPPK, which a PNS profile cannot carry.
    pub fn periksa_jenis_pegawai(&self, jenis_pegawai: &str) -> Option<Galat> {
        (jenis_pegawai == "pns" && self.jenis != JenisNip::Pns)
            .then(|| Galat::baru("nip_bulan_tmt").dengan("nilai", &self.digit[12..14]))
    }
}

#[cfg(test)]
#[path = "nip_tests.rs"]
mod tmt_tests;

#[cfg(test)]
mod tests {
    use super::*;

    fn hari() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn p(s: &str) -> Result<Nip, Galat> {
        parse_nip(Rulebook::aktif(), s, hari())
    }

    #[test]
    fn tempo_example() {
        let n = p("19860926 201505 1 001").unwrap();
        assert_eq!(n.digit, "198609262015051001");
        assert_eq!(
            n.tanggal_lahir,
            NaiveDate::from_ymd_opt(1986, 9, 26).unwrap()
        );
        assert_eq!(
            (n.tahun_pengangkatan, n.bulan_pengangkatan),
            (2015, Some(5))
        );
        assert_eq!(n.jenis, JenisNip::Pns);
        assert_eq!(n.jenis_kelamin, JenisKelamin::LakiLaki);
        assert_eq!(n.nomor_urut, 1);
        assert!(n.peringatan.is_empty());
        assert_eq!(format_nip(&n.digit), "19860926 201505 1 001");
        assert_eq!(p("19860926.201505.1.001").unwrap().digit, n.digit);
    }

    #[test]
    fn pppk_pattern_is_classified_not_rejected() {
        let n = p("199001012022212002").unwrap();
        assert_eq!(n.jenis, JenisNip::KemungkinanPppk);
        assert_eq!((n.tahun_pengangkatan, n.perjanjian_ke), (2022, Some(21)));
        assert_eq!(n.jenis_kelamin, JenisKelamin::Perempuan);
    }

    #[test]
    fn every_rejection_names_its_reason() {
        for (s, kode) in [
            ("", "nip_kosong"),
            ("19860926 20150x 1 001", "nip_bukan_angka"),
            ("1986092620150510", "nip_panjang"),
            ("198613262015051001", "nip_tanggal_lahir"),
            ("198602302015051001", "nip_tanggal_lahir"),
            ("183001012015051001", "nip_tahun_lahir"),
            ("202001012015051001", "nip_tahun_lahir"),
            ("198609262015053001", "nip_jenis_kelamin"),
            ("198609262015051000", "nip_nomor_urut"),
        ] {
            assert_eq!(p(s).unwrap_err().kode, kode, "{s}");
        }
        let g = p("19860926 20150x 1 001").unwrap_err();
        assert!(
            g.pesan(Rulebook::aktif(), crate::domain::Bahasa::Id)
                .contains("14"),
            "{g:?}"
        );
    }

    #[test]
    fn plausibility_warnings() {
        let kode = |s: &str| {
            p(s).unwrap()
                .peringatan
                .into_iter()
                .map(|g| g.kode)
                .collect::<Vec<_>>()
        };
        assert_eq!(kode("200001012015051001"), ["nip_tmt_terlalu_muda"]);
        assert_eq!(kode("197001012015051001"), ["nip_tmt_usia_tinggi"]);
        assert_eq!(kode("199001012027011001"), ["nip_tmt_masa_depan"]);
    }
}
