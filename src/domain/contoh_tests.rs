//! Test fixtures for the agency's computations (organisation, rekap, low performers): small
//! constructors of valid domain objects, so tests read as the worked example they check.

use super::evaluasi::{Evaluasi, JenisPeriode, Periode, RatingRhk};
use super::kuadran::RatingDitetapkan;
use super::pegawai::{Pegawai, Pejabat};
use super::progres::DialogKinerja;
use super::skp::{Aspek, Iki, JenisRhk, JenisSkp, Pendekatan, Rhk, Skp, StatusSkp, Target};
use super::{Predikat, Rating};
use chrono::NaiveDate;

pub fn d(y: i32, m: u32, h: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, h).unwrap()
}

pub fn tw(tahun: i32, ke: u32) -> Periode {
    Periode {
        jenis: JenisPeriode::Triwulanan,
        tahun,
        ke,
    }
}

/// A valid NIP per number: born 1980-01-01 + `i` days (wrapping the month), TMT 2010-03.
pub fn nip(i: usize) -> String {
    let bulan = 1 + (i / 28) % 12;
    let hari = 1 + i % 28;
    format!(
        "1980{bulan:02}{hari:02}201003{}{:03}",
        1 + i % 2,
        1 + i % 999
    )
}

pub fn pegawai(nip: &str, nama: &str, unit_kerja: &str, jenjang: &str) -> Pegawai {
    Pegawai {
        nip: nip.into(),
        nama: nama.into(),
        jenis_pegawai: "pns".into(),
        golongan: "III/a".into(),
        jenjang: jenjang.into(),
        jabatan: format!("Jabatan {nama}"),
        unit_kerja: unit_kerja.into(),
        instansi: "Pemerintah Kota Contoh".into(),
        pejabat_penilai: Some(Pejabat {
            nip: "197001012000031001".into(),
            nama: "Budi".into(),
            jenjang: "pengawas".into(),
            ..Default::default()
        }),
        atasan_pejabat_penilai: None,
        angka_kredit_awal: None,
        angka_kredit_sejak: None,
    }
}

/// A one-RHK SKP for 2026 in the given status.
pub fn skp(id: &str, nip: &str, status: StatusSkp) -> Skp {
    let mut s = Skp::baru(
        id,
        nip,
        JenisSkp::JaJf,
        Pendekatan::Kuantitatif,
        d(2026, 1, 1),
        d(2026, 12, 31),
    );
    s.rhk.push(Rhk {
        id: "rhk-1".into(),
        jenis: JenisRhk::Utama,
        uraian: "Laporan".into(),
        rhk_atasan_id: None,
        rhk_atasan_uraian: String::new(),
        penugasan_dari: String::new(),
        perspektif: None,
        iki: vec![Iki {
            id: "iki-1".into(),
            aspek: Aspek::Kuantitas,
            indikator: "Jumlah laporan".into(),
            target: Target::Angka {
                nilai: 4.0,
                satuan: "dokumen".into(),
            },
            akumulasi: Default::default(),
            akumulasi_dipilih: false,
        }],
    });
    s.status = status;
    s
}

pub fn disetujui() -> StatusSkp {
    StatusSkp::Disetujui {
        pada: d(2026, 1, 10),
    }
}

/// The ratings that give `p` in the built-in kuadran.
pub fn rating_untuk(p: Predikat) -> (Rating, Rating) {
    use Rating::*;
    match p {
        Predikat::SangatBaik => (DiatasEkspektasi, DiatasEkspektasi),
        Predikat::Baik => (SesuaiEkspektasi, SesuaiEkspektasi),
        Predikat::ButuhPerbaikan => (DibawahEkspektasi, SesuaiEkspektasi),
        Predikat::KurangMisconduct => (SesuaiEkspektasi, DibawahEkspektasi),
        Predikat::SangatKurang => (DibawahEkspektasi, DibawahEkspektasi),
    }
}

/// The evaluation of `skp_id` (of `nip`) for `periode` whose kuadran gives `p`.
pub fn evaluasi(nip: &str, skp_id: &str, periode: Periode, p: Predikat) -> Evaluasi {
    let (hasil, perilaku) = rating_untuk(p);
    let selesai = periode.rentang().map(|(_, b)| b).unwrap_or(d(2026, 12, 31));
    Evaluasi {
        id: format!("ev-{skp_id}-{}-{}", periode.tahun, periode.ke),
        skp_id: skp_id.into(),
        pegawai_nip: nip.into(),
        penilai_nip: "197001012000031001".into(),
        periode,
        tanggal: selesai,
        rating_rhk: vec![RatingRhk {
            rhk_id: "rhk-1".into(),
            rating: hasil,
            realisasi: String::new(),
            umpan_balik: String::new(),
        }],
        rating_hasil: RatingDitetapkan {
            rating: hasil,
            saran: Some(hasil),
            justifikasi: String::new(),
        },
        perilaku: Vec::new(),
        rating_perilaku: perilaku,
        capaian_organisasi: None,
        pimpinan_unit: false,
        tanggapan: None,
    }
}

pub fn dialog(id: &str, skp_id: &str, tanggal: NaiveDate, kendala: &str) -> DialogKinerja {
    DialogKinerja {
        id: id.into(),
        skp_id: skp_id.into(),
        tanggal,
        peserta: vec!["a".into(), "b".into()],
        capaian: String::new(),
        kendala: kendala.into(),
        langkah_disepakati: "Dilengkapi bulan depan".into(),
        tindak_lanjut: None,
    }
}
