use super::*;
use crate::domain::skp::{Aspek, Target};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn iki(akumulasi: Akumulasi) -> Iki {
    Iki {
        id: "i1".into(),
        aspek: Aspek::Kuantitas,
        indikator: "Jumlah dokumen".into(),
        target: Target::Angka {
            nilai: 12.0,
            satuan: "dokumen".into(),
        },
        akumulasi,
        akumulasi_dipilih: false,
    }
}

fn entri(tanggal: NaiveDate, nilai: Option<f64>) -> Realisasi {
    Realisasi {
        id: format!("r{tanggal}"),
        skp_id: "s".into(),
        iki_id: "i1".into(),
        tanggal,
        nilai,
        catatan: String::new(),
        bukti: vec![],
    }
}

fn log() -> Vec<Realisasi> {
    vec![
        entri(d(3, 1), Some(4.0)),
        entri(d(1, 31), Some(2.0)),
        entri(d(2, 28), Some(3.0)),
        entri(d(2, 28), None),
    ]
}

#[test]
fn realisasi_adds_up_per_setting() {
    let l = log();
    assert_eq!(
        realisasi_sampai(&iki(Akumulasi::Jumlah), &l, d(12, 31)),
        Some(9.0)
    );
    assert_eq!(
        realisasi_sampai(&iki(Akumulasi::Jumlah), &l, d(2, 28)),
        Some(5.0)
    );
    assert_eq!(
        realisasi_sampai(&iki(Akumulasi::Terakhir), &l, d(12, 31)),
        Some(4.0)
    );
    assert_eq!(
        realisasi_sampai(&iki(Akumulasi::RataRata), &l, d(12, 31)),
        Some(3.0)
    );
    assert_eq!(realisasi_sampai(&iki(Akumulasi::Jumlah), &l, d(1, 1)), None);
}

#[test]
fn capaian_so_far_and_chart_series() {
    let rb = Rulebook::bawaan();
    let c = capaian_sampai(rb, &iki(Akumulasi::Jumlah), &log(), d(12, 31))
        .unwrap()
        .unwrap();
    assert_eq!(c.nilai, crate::domain::Pecahan::bulat(75));
    assert!(capaian_sampai(rb, &iki(Akumulasi::Jumlah), &log(), d(1, 1)).is_none());
    assert_eq!(
        deret_realisasi(&iki(Akumulasi::Jumlah), &log()),
        vec![(d(1, 31), 2.0), (d(2, 28), 5.0), (d(3, 1), 9.0)]
    );
}

#[test]
fn entry_problems_are_named() {
    let mut e = entri(d(1, 1), None);
    assert_eq!(e.periksa()[0].kode, "realisasi_kosong");
    e.nilai = Some(-1.0);
    e.bukti = vec![
        BuktiDukung::Tautan("javascript:alert(1)".into()),
        BuktiDukung::Berkas("notulen.pdf".into()),
    ];
    let kode: Vec<_> = e.periksa().into_iter().map(|g| g.kode).collect();
    assert_eq!(kode, ["realisasi_tidak_sah", "tautan_tidak_sah"]);
    e.nilai = Some(2.0);
    e.bukti = vec![BuktiDukung::Tautan("https://drive.example/x".into())];
    assert!(e.periksa().is_empty());
}

#[test]
fn skp_summary_averages_only_iki_with_numeric_actuals() {
    use crate::domain::skp::{JenisRhk, JenisSkp, Pendekatan, Rhk};
    let rb = Rulebook::bawaan();
    let mut kedua = iki(Akumulasi::Terakhir);
    kedua.id = "i2".into();
    kedua.target = Target::Angka {
        nilai: 100.0,
        satuan: "%".into(),
    };
    let mut ketiga = iki(Akumulasi::Jumlah);
    ketiga.id = "i3".into();
    let mut skp = Skp::baru(
        "s",
        "1",
        JenisSkp::JaJf,
        Pendekatan::Kuantitatif,
        d(1, 1),
        d(12, 31),
    );
    skp.rhk.push(Rhk {
        id: "r".into(),
        jenis: JenisRhk::Utama,
        uraian: "RHK".into(),
        rhk_atasan_id: None,
        rhk_atasan_uraian: String::new(),
        penugasan_dari: String::new(),
        perspektif: None,
        iki: vec![iki(Akumulasi::Jumlah), kedua, ketiga],
    });
    assert!(capaian_rata_rata(rb, &skp, &[], d(12, 31)).is_none());
    let mut e = log(); // i1: 9 of 12 = 75 %
    let mut x = entri(d(3, 2), Some(95.0));
    x.iki_id = "i2".into(); // 95 %
    e.push(x);
    let r = capaian_rata_rata(rb, &skp, &e, d(12, 31)).unwrap();
    assert_eq!(r.nilai, crate::domain::Pecahan::bulat(85));
    assert_eq!(r.penjelasan.aturan, "capaian_rata_rata");
    // Only entries up to the date count: by 31 January i1 is 2 of 12.
    let awal = capaian_rata_rata(rb, &skp, &e, d(1, 31)).unwrap();
    assert_eq!(awal.nilai, crate::domain::Pecahan::baru(50, 3).unwrap());
}

#[test]
fn feedback_and_dialog_problems_are_named() {
    let u = UmpanBalik {
        id: "u".into(),
        skp_id: "s".into(),
        rhk_id: "r".into(),
        tanggal: d(3, 1),
        dari_nip: "1".into(),
        isi: " ".into(),
    };
    assert_eq!(u.periksa()[0].kode, "umpan_balik_kosong");
    let mut dk = DialogKinerja {
        id: "d".into(),
        skp_id: "s".into(),
        tanggal: d(3, 10),
        peserta: vec![" ".into()],
        capaian: String::new(),
        kendala: String::new(),
        langkah_disepakati: String::new(),
        tindak_lanjut: Some(d(3, 1)),
    };
    let kode: Vec<String> = dk.periksa().into_iter().map(|g| g.kode).collect();
    assert_eq!(
        kode,
        [
            "peserta_kosong",
            "dialog_kosong",
            "tindak_lanjut_sebelum_dialog"
        ]
    );
    dk.peserta = vec!["Sari".into(), "Budi".into()];
    dk.kendala = "Data belum lengkap".into();
    dk.tindak_lanjut = Some(d(4, 10));
    assert!(dk.periksa().is_empty());
}

#[test]
fn only_http_and_https_links_may_be_opened() {
    let t = |s: &str| BuktiDukung::Tautan(s.into());
    for ok in ["https://contoh.go.id/a", "http://x.id", "HTTPS://X.ID/b"] {
        assert_eq!(t(ok).tautan_web(), Some(ok), "{ok}");
    }
    for tidak in [
        "javascript:alert(1)",
        "javascript://%0aalert(1)",
        "data:text/html,<b>x</b>",
        " https://spasi.id",
        "contoh.go.id",
    ] {
        assert_eq!(t(tidak).tautan_web(), None, "{tidak}");
    }
    assert_eq!(BuktiDukung::Berkas("a.pdf".into()).tautan_web(), None);
}
