//! The talent pool's tables from records as the app stores them: the potensial axis from a
//! recorded potential assessment over the JPM band, year by year; the succession candidates for
//! a position, its holders left out, fitted over the competencies assessed.

use super::*;
use crate::domain::asesmen_potensi::AsesmenPotensi;
use crate::domain::contoh_tests::{d, disetujui, evaluasi, nip, pegawai, skp};
use crate::domain::evaluasi::{JenisPeriode, Periode};
use crate::domain::kompetensi::PenilaianKompetensi;
use crate::domain::talenta::Potensial;
use crate::domain::Predikat;
use crate::store::rekaman::{tulis_isi, JenisRecord};
use crate::store::MemoryStore;
use crate::ui::instansi::papan::Papan;

const W: &str = "2026-11-20T09:00:00+07:00";

const KATA: KataTalenta = KataTalenta {
    nama: "Nama",
    nip: "NIP",
    unit: "Unit",
    jenjang: "Jenjang",
    kotak: "Kotak",
    kinerja: "Kinerja",
    potensial: "Potensial",
    dasar: "Dasar",
    tindak_lanjut: "Tindak lanjut",
    alasan: "Alasan",
    kecocokan: "Kecocokan",
    kategori: "Kategori",
    tanpa_unit: "Tanpa unit",
    dari_jpm: "JPM {jpm}% ({kategori})",
    dari_asesmen: "Asesmen {tanggal} ({oleh})",
    belum_dinilai: "Belum dinilai",
    dinilai: "Dinilai",
    n_dari: "{n} dari {dari}",
};

fn tahunan(tahun: i32) -> Periode {
    Periode {
        jenis: JenisPeriode::Tahunan,
        tahun,
        ke: 1,
    }
}

/// The five competencies of `contoh::kompetensi` (standard 2), each at `level`.
fn kompetensi(i: usize, level: u8) -> PenilaianKompetensi {
    let k = crate::bundle::contoh::kompetensi();
    PenilaianKompetensi {
        id: format!("k{i}"),
        pegawai_nip: nip(i),
        level: k.level.keys().map(|kode| (kode.clone(), level)).collect(),
        ..k
    }
}

fn asesmen(id: &str, i: usize, tanggal: chrono::NaiveDate, p: Potensial) -> AsesmenPotensi {
    AsesmenPotensi {
        id: id.into(),
        pegawai_nip: nip(i),
        tanggal,
        potensial: p,
        penyelenggara: "UPT Penilaian Kompetensi".into(),
        keterangan: String::new(),
    }
}

/// Ayu (ahli pertama, Baik in 2026, all five at 3: Optimal), Bayu (ahli pertama, Sangat Baik,
/// never assessed), Cici (pengawas, "Kepala Subbagian Kepegawaian", Sangat Baik, assessed).
fn simpanan() -> MemoryStore {
    let s = MemoryStore::new();
    let orang = [
        (
            1,
            "Ayu",
            "ahli_pertama",
            "Analis SDM Aparatur",
            Predikat::Baik,
        ),
        (
            2,
            "Bayu",
            "ahli_pertama",
            "Analis SDM Aparatur",
            Predikat::SangatBaik,
        ),
        (
            3,
            "Cici",
            "pengawas",
            "Kepala Subbagian Kepegawaian",
            Predikat::SangatBaik,
        ),
    ];
    for (i, nama, jenjang, jabatan, p) in orang {
        let n = nip(i);
        let mut pg = pegawai(&n, nama, "Bidang Mutasi", jenjang);
        pg.jabatan = jabatan.into();
        tulis_isi(&s, JenisRecord::Pegawai, &format!("p{i}"), &pg, None, W).unwrap();
        let sk = skp(&format!("s{i}"), &n, disetujui());
        tulis_isi(&s, JenisRecord::Skp, &sk.id.clone(), &sk, None, W).unwrap();
        let ev = evaluasi(&n, &sk.id, tahunan(2026), p);
        tulis_isi(&s, JenisRecord::Evaluasi, &ev.id.clone(), &ev, None, W).unwrap();
    }
    for i in [1, 3] {
        simpan_kompetensi(&s, &kompetensi(i, 3));
    }
    s
}

fn simpan_kompetensi(s: &MemoryStore, k: &PenilaianKompetensi) {
    tulis_isi(s, JenisRecord::PenilaianKompetensi, &k.id, k, None, W).unwrap();
}

fn posisi(s: &MemoryStore, tahun: i32) -> Vec<Posisi> {
    let rb = Rulebook::bawaan();
    let data = DataKinerja::muat(s).unwrap();
    let papan = Papan::dari_kinerja(&data, tahunan(tahun), d(tahun, 12, 1));
    posisi_semua(rb, &data, &papan.rekap.pegawai, tahun)
}

fn dari(p: &[Posisi], i: usize) -> &Posisi {
    p.iter().find(|x| x.baris.nip == nip(i)).unwrap()
}

fn nomor(p: &Posisi) -> Option<u8> {
    p.hasil.as_ref().ok().map(|k| k.nilai.nomor)
}

#[test]
fn a_potential_assessment_places_from_its_year_over_the_jpm() {
    let rb = Rulebook::bawaan();
    let s = simpanan();
    // Without one: Ayu's JPM band (Optimal: Tinggi) × Sesuai = box 8; Bayu has no potensial.
    let p = posisi(&s, 2026);
    assert_eq!(nomor(dari(&p, 1)), Some(8));
    assert_eq!(
        dari(&p, 2).hasil.as_ref().unwrap_err().kode,
        "tanpa_potensial"
    );
    // Bayu is given Menengah in 2026, Ayu Rendah only in 2027: Bayu moves to box 7 (Menengah ×
    // Di Atas) and says why; Ayu's 2026 box stays on her JPM.
    for a in [
        asesmen("a1", 2, d(2026, 5, 2), Potensial::Menengah),
        asesmen("a2", 1, d(2027, 1, 15), Potensial::Rendah),
    ] {
        tulis_isi(&s, JenisRecord::AsesmenPotensi, &a.id.clone(), &a, None, W).unwrap();
    }
    let p = posisi(&s, 2026);
    assert_eq!(nomor(dari(&p, 2)), Some(7));
    assert_eq!(nomor(dari(&p, 1)), Some(8));
    let t = tabel_talenta(rb, &p, &[], &KATA, Bahasa::Id);
    let dasar = |nama: &str| {
        let b = t
            .baris
            .iter()
            .find(|b| b[0] == Sel::teks(nama.to_string()))
            .unwrap();
        b[7].clone()
    };
    assert_eq!(
        dasar("Bayu"),
        Sel::teks("Asesmen 02-05-2026 (UPT Penilaian Kompetensi)".to_string())
    );
    assert_eq!(dasar("Ayu"), Sel::teks("JPM 150% (Optimal)".to_string()));
    // In 2027 (her 2026 predikat still read, the rulebook's two years) Ayu's own result rules:
    // Rendah × Sesuai = box 2.
    assert_eq!(nomor(dari(&posisi(&s, 2027), 1)), Some(2));
}

#[test]
fn a_later_competency_assessment_leaves_an_earlier_years_box() {
    let s = simpanan();
    // Ayu assessed again in 2027, every level at 1 (JPM 50 %: Kurang Optimal, Rendah).
    let mut k = kompetensi(1, 1);
    k.id = "k1-2027".into();
    k.tanggal = d(2027, 3, 1);
    simpan_kompetensi(&s, &k);
    // 2026 stays on her 2026 result (box 2 before), with its JPM; 2027 reads the new one.
    let p = posisi(&s, 2026);
    assert_eq!(nomor(dari(&p, 1)), Some(8));
    assert_eq!(dari(&p, 1).jpm.as_ref().map(|j| j.0), Some(150.0));
    assert_eq!(nomor(dari(&posisi(&s, 2027), 1)), Some(2));
}

#[test]
fn succession_for_a_position_leaves_its_holder_out_and_fits_what_was_assessed() {
    let rb = Rulebook::bawaan();
    let s = simpanan();
    let a = asesmen("a1", 2, d(2026, 5, 2), Potensial::Tinggi);
    tulis_isi(&s, JenisRecord::AsesmenPotensi, &a.id.clone(), &a, None, W).unwrap();
    let p = posisi(&s, 2026);
    let jabatan = jabatan_instansi(&p.iter().map(|x| x.baris.clone()).collect::<Vec<_>>());
    assert_eq!(
        jabatan,
        [
            (
                "Analis SDM Aparatur".to_string(),
                "ahli_pertama".to_string()
            ),
            (
                "Kepala Subbagian Kepegawaian".to_string(),
                "pengawas".to_string()
            ),
        ]
    );
    let nama = |t: &Tabel| -> Vec<String> {
        t.baris
            .iter()
            .map(|b| match &b[0] {
                Sel::Teks(s) => s.clone(),
                x => panic!("{x:?}"),
            })
            .collect()
    };
    // The jenjang: Cici (pengawas, box 9) and Ayu (ahli pertama, box 8) fit alike, the higher
    // box first; Bayu (box 9 by his potential assessment, never assessed on competencies) has no
    // fit, so comes last.
    let jenjang = Sasaran::Jenjang("pengawas".into());
    let t = tabel_suksesi(rb, &p, &[], &jenjang, &KATA, Bahasa::Id);
    assert_eq!(nama(&t), ["Cici", "Ayu", "Bayu"]);
    // Cici's five of the pengawas standard's nine, each at 3 against 2 (the rulebook does not
    // cap a level at the standard): 150 %.
    assert_eq!(t.baris[0][5], Sel::Angka(150.0));
    assert_eq!(t.baris[0][7], Sel::teks("5 dari 9".to_string()));
    assert_eq!(t.baris[2][5], Sel::teks("Belum dinilai".to_string()));
    // Her own position: she is its holder, not its successor.
    let posisi_cici = Sasaran::Jabatan {
        nama: "Kepala Subbagian Kepegawaian".into(),
        jenjang: "pengawas".into(),
    };
    let t = tabel_suksesi(rb, &p, &[], &posisi_cici, &KATA, Bahasa::Id);
    assert_eq!(nama(&t), ["Ayu", "Bayu"]);
    // The select's values read back as what they name.
    for x in [jenjang, posisi_cici] {
        assert_eq!(Sasaran::dari_kode(&x.kode()), Some(x));
    }
    assert_eq!(
        Sasaran::dari_kode("p:pengawas:Kepala: Umum"),
        Some(Sasaran::Jabatan {
            nama: "Kepala: Umum".into(),
            jenjang: "pengawas".into()
        })
    );
    assert_eq!(Sasaran::dari_kode("x"), None);
}
