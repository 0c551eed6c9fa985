//! Issue 10: the TMT month of a PNS, the TMT's plausibility for the birth date, and PPPK
//! agreement number 00.

use super::*;

fn hari() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn p(s: &str) -> Result<Nip, Galat> {
    parse_nip(Rulebook::bawaan(), s, hari())
}

fn peringatan(s: &str) -> Vec<String> {
    p(s).unwrap()
        .peringatan
        .into_iter()
        .map(|g| g.kode)
        .collect()
}

#[test]
fn a_pns_nip_needs_a_tmt_month_01_to_12() {
    for (digit, bulan_sah) in [
        ("198609262015051001", true),
        ("198609262015011001", true),
        ("198609262015121001", true),
        ("198609262015001001", false),
        ("198609262015131001", false),
        ("198609262015211001", false),
    ] {
        let n = p(digit).unwrap();
        let g = n.periksa_jenis_pegawai("pns");
        assert_eq!(g.is_none(), bulan_sah, "{digit}");
        if let Some(g) = g {
            assert_eq!(g.kode, "nip_bulan_tmt");
            let pesan = g.pesan(Rulebook::bawaan(), crate::domain::Bahasa::Id);
            assert!(pesan.contains(&digit[12..14]), "{pesan}");
        }
        // The same digits are a valid NI PPPK shape.
        assert!(n.periksa_jenis_pegawai("pppk").is_none());
    }
}

#[test]
fn a_pns_profile_with_a_pppk_number_is_refused() {
    let rb = Rulebook::bawaan();
    let mut pg = crate::domain::pegawai::Pegawai {
        nip: "199001012022212002".into(),
        nama: "Sari".into(),
        jenis_pegawai: "pns".into(),
        golongan: "III/a".into(),
        jenjang: "ahli_pertama".into(),
        jabatan: "Analis".into(),
        unit_kerja: "Bagian Umum".into(),
        instansi: String::new(),
        pejabat_penilai: None,
        atasan_pejabat_penilai: None,
        angka_kredit_awal: None,
        angka_kredit_sejak: None,
    };
    let kode = |pg: &crate::domain::pegawai::Pegawai| {
        pg.periksa(rb, hari())
            .into_iter()
            .map(|g| g.kode)
            .collect::<Vec<_>>()
    };
    assert_eq!(kode(&pg), ["nip_bulan_tmt"]);
    pg.nip = "199001012022051002".into();
    assert!(kode(&pg).is_empty(), "{:?}", kode(&pg));
}

#[test]
fn a_tmt_before_working_age_is_refused_to_the_month() {
    let min = Rulebook::bawaan().nip.usia_min_mutlak_saat_tmt;
    assert_eq!(min, 15);
    // Born 2 May 2000, TMT 1 May 2015: one day short of 15.
    let g = p("200005022015051001").unwrap_err();
    assert_eq!(g.kode, "nip_tmt_tidak_wajar");
    assert!(g
        .pesan(Rulebook::bawaan(), crate::domain::Bahasa::En)
        .contains("201505"));
    // Born 1 May 2000: exactly 15 at TMT, plausible but unusually young (under 18).
    assert_eq!(peringatan("200005012015051001"), ["nip_tmt_terlalu_muda"]);
    // A TMT before the birth itself.
    assert_eq!(
        p("199001012985011001").map(|_| ()),
        Ok(()),
        "a far-future TMT is only a warning"
    );
    assert_eq!(
        p("199001011985011001").unwrap_err().kode,
        "nip_tmt_tidak_wajar"
    );
}

#[test]
fn pppk_ages_use_the_year_and_their_own_minimum() {
    // NI PPPK carries only the year: born mid-2000, appointed in 2015 is at most 15.
    assert_eq!(peringatan("200006152015212001"), ["nip_tmt_terlalu_muda"]);
    assert_eq!(
        p("200006152014212001").unwrap_err().kode,
        "nip_tmt_tidak_wajar"
    );
    // 19 by the end of the year: under PP 49/2018's 20, a warning naming 20.
    let n = p("200006152019212001").unwrap();
    assert_eq!(n.peringatan[0].kode, "nip_tmt_terlalu_muda");
    assert!(n.peringatan[0]
        .rincian
        .contains(&("min".into(), "20".into())));
    assert!(peringatan("200006152020212001").is_empty());
}

#[test]
fn pppk_agreement_00_is_warned() {
    let n = p("199001012022002002").unwrap();
    assert_eq!(n.jenis, JenisNip::KemungkinanPppk);
    assert_eq!(n.perjanjian_ke, Some(0));
    assert_eq!(peringatan("199001012022002002"), ["nip_perjanjian_nol"]);
    assert!(peringatan("199001012022012002").is_empty());
}

#[test]
fn the_rulebook_sets_the_ages() {
    let mut rb = Rulebook::bawaan().clone();
    rb.nip.usia_min_mutlak_saat_tmt = 18;
    assert_eq!(
        parse_nip(&rb, "200005012015051001", hari())
            .unwrap_err()
            .kode,
        "nip_tmt_tidak_wajar"
    );
    rb.nip.usia_min_saat_tmt_pppk = 15;
    rb.nip.usia_min_mutlak_saat_tmt = 15;
    assert!(parse_nip(&rb, "200006152015212001", hari())
        .unwrap()
        .peringatan
        .is_empty());
}
