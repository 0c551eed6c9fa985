use super::*;
use crate::domain::pegawai::{Pegawai, Pejabat};
use crate::store::kinerja::Tersimpan;

const PEGAWAI: &str = "199001012015031001";
const LAMA: &str = "197501012000031001";
const BARU: &str = "198001012005011002";

fn pejabat(nip: &str, nama: &str) -> Option<Pejabat> {
    Some(Pejabat {
        nip: nip.into(),
        nama: nama.into(),
        ..Default::default()
    })
}

fn profil(nip: &str, penilai: Option<Pejabat>, atasan: Option<Pejabat>) -> Tersimpan<Pegawai> {
    Tersimpan {
        isi: Pegawai {
            nip: nip.into(),
            pejabat_penilai: penilai,
            atasan_pejabat_penilai: atasan,
            ..Default::default()
        },
        revisi: 1,
    }
}

#[test]
fn the_atasan_printed_is_the_superior_of_the_evaluation_s_own_pejabat_penilai() {
    let rb = Rulebook::bawaan();
    // She moved: her profile now names the new pejabat penilai and their superior.
    let d = DataKinerja {
        pegawai: vec![
            profil(
                PEGAWAI,
                pejabat(BARU, "Baru"),
                pejabat("196001011985031001", "Atasan Baru"),
            ),
            profil(LAMA, pejabat("196501011990031001", "Atasan Lama"), None),
        ],
        ..Default::default()
    };
    let nama = |penilai| atasan_penilai(&d, PEGAWAI, penilai, rb, Bahasa::Id).map(|i| i.nama);
    // The evaluation the former pejabat penilai made: their own superior.
    assert_eq!(nama(LAMA).as_deref(), Some("Atasan Lama"));
    // One by the pejabat penilai her profile names: the superior it names.
    assert_eq!(nama(BARU).as_deref(), Some("Atasan Baru"));
}

/// A unit leader's print says their unit's result was applied only when it was: a pejabat
/// penilai who set another rating (with its justification) is not hidden behind that line.
#[test]
fn a_unit_leader_s_print_says_the_unit_s_result_was_applied_only_when_it_was() {
    use crate::domain::contoh_tests::evaluasi;
    use crate::domain::evaluasi::{JenisPeriode, Periode};
    use crate::domain::{Predikat, Rating};
    let t = teks_cetak(Bahasa::Id);
    let periode = Periode {
        jenis: JenisPeriode::Tahunan,
        tahun: 2026,
        ke: 1,
    };
    let mut e = evaluasi(PEGAWAI, "skp-1", periode, Predikat::Baik);
    assert_eq!(super::evaluasi::catatan_pimpinan(t, &e), None);
    e.pimpinan_unit = true;
    assert_eq!(
        super::evaluasi::catatan_pimpinan(t, &e),
        Some(t.pimpinan_unit)
    );
    e.rating_hasil.rating = Rating::DiatasEkspektasi;
    e.rating_hasil.justifikasi = "Capaian unit belum mencerminkan kinerja".into();
    assert_eq!(
        super::evaluasi::catatan_pimpinan(t, &e),
        Some(t.pimpinan_unit_diganti)
    );
}
