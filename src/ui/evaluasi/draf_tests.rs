use super::*;
use crate::domain::evaluasi::JenisPeriode;
use crate::domain::skp::{Aspek, Iki, JenisRhk, JenisSkp, Pendekatan, Rhk};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn skp() -> Skp {
    let mut s = Skp::baru(
        "s1",
        "198609262015052001",
        JenisSkp::JaJf,
        Pendekatan::Kuantitatif,
        d(1, 1),
        d(12, 31),
    );
    for (i, jenis) in [JenisRhk::Utama, JenisRhk::Tambahan]
        .into_iter()
        .enumerate()
    {
        s.rhk.push(Rhk {
            id: format!("r{i}"),
            jenis,
            uraian: format!("RHK {i}"),
            rhk_atasan_id: None,
            rhk_atasan_uraian: String::new(),
            penugasan_dari: String::new(),
            perspektif: None,
            iki: vec![Iki {
                id: format!("i{i}"),
                aspek: Aspek::Kuantitas,
                indikator: "Jumlah dokumen".into(),
                target: Target::Angka {
                    nilai: 4.0,
                    satuan: "dokumen".into(),
                },
                akumulasi: Default::default(),
                akumulasi_dipilih: false,
            }],
        });
    }
    s
}

fn realisasi(tanggal: NaiveDate, nilai: f64) -> Realisasi {
    Realisasi {
        id: format!("x{tanggal}"),
        skp_id: "s1".into(),
        iki_id: "i0".into(),
        tanggal,
        nilai: Some(nilai),
        catatan: String::new(),
        bukti: vec![],
    }
}

const TW1: Periode = Periode {
    jenis: JenisPeriode::Triwulanan,
    tahun: 2026,
    ke: 1,
};

#[test]
fn a_new_form_is_prefilled_with_actuals_up_to_the_period_end() {
    let rb = Rulebook::bawaan();
    let e = [
        realisasi(d(2, 1), 1.0),
        realisasi(d(3, 30), 2.0),
        realisasi(d(5, 1), 1.0),
    ];
    let f = Draf::baru(rb, &skp(), &e, d(3, 31), d(4, 2), Bahasa::Id);
    assert_eq!(
        f.rhk["r0"].realisasi,
        "Jumlah dokumen: 3 dokumen / 4 dokumen (75 %)"
    );
    assert_eq!(f.rhk["r1"].realisasi, "", "no entries, nothing invented");
    assert_eq!(f.tanggal, d(4, 2));
}

#[test]
fn an_incomplete_form_names_everything_missing() {
    let rb = Rulebook::bawaan();
    let s = skp();
    let f = Draf::baru(rb, &s, &[], d(3, 31), d(4, 2), Bahasa::Id);
    let kurang = f
        .susun(rb, &s, TW1, "ev", "197501012000031001")
        .unwrap_err();
    assert!(kurang.contains(&Kurang::RatingHasil));
    assert!(kurang.contains(&Kurang::RatingPerilaku));
    let belum: Vec<_> = kurang
        .iter()
        .filter(|k| matches!(k, Kurang::Aturan(g) if g.kode == "rhk_belum_dinilai"))
        .collect();
    assert_eq!(belum.len(), 2, "both RHK unrated: {kurang:?}");
}

#[test]
fn a_choice_against_the_advice_needs_a_justification_and_round_trips() {
    let rb = Rulebook::bawaan();
    let s = skp();
    let mut f = Draf::baru(rb, &s, &[], d(3, 31), d(4, 2), Bahasa::Id);
    for r in f.rhk.values_mut() {
        r.rating = Some(Rating::SesuaiEkspektasi);
    }
    assert_eq!(f.saran(rb, &s).unwrap().nilai, Rating::SesuaiEkspektasi);
    f.hasil = Some(Rating::DiatasEkspektasi);
    f.rating_perilaku = Some(Rating::DiatasEkspektasi);
    let kurang = f.susun(rb, &s, TW1, "ev", "1").unwrap_err();
    assert!(matches!(&kurang[..], [Kurang::Aturan(g)] if g.kode == "justifikasi_wajib"));
    f.justifikasi = "Menyelesaikan tugas tambahan lintas unit".into();
    f.perilaku
        .insert("akuntabel".into(), "  Laporan selalu tepat waktu ".into());
    let e = f.susun(rb, &s, TW1, "ev", "1").unwrap();
    assert_eq!(e.rating_hasil.saran, Some(Rating::SesuaiEkspektasi));
    assert_eq!(e.perilaku.len(), rb.berakhlak.len());
    assert_eq!(e.predikat(rb).nilai, crate::domain::Predikat::SangatBaik);
    let kembali = Draf::dari(&e);
    assert_eq!(kembali.perilaku["akuntabel"], "Laporan selalu tepat waktu");
    assert_eq!(kembali.susun(rb, &s, TW1, "ev", "1").unwrap(), e);
}
