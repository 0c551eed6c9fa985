use super::*;
use crate::domain::angka_kredit_tahunan::NilaiPeriode;
use crate::domain::evaluasi::Periode;
use crate::domain::Predikat;

fn nilai(skp: &str, jenis: JenisPeriode, ke: u32, bulan: u32) -> NilaiPeriode {
    NilaiPeriode {
        skp: skp.into(),
        periode: Periode {
            jenis,
            tahun: 2026,
            ke,
        },
        predikat: Predikat::Baik,
        bulan,
    }
}

fn sumber(n: &[NilaiPeriode]) -> String {
    let rb = Rulebook::bawaan();
    let r = rekap_angka_kredit(rb, "ahli_pertama", n, Pecahan::NOL).unwrap();
    sumber_teks(&r.nilai.tahun[0], teks_angka_kredit(Bahasa::Id))
}

#[test]
fn tahun_sementara_menyebut_evaluasi_tahunan_satu_skp_di_samping_triwulanan_skp_lain() {
    use JenisPeriode::{Tahunan, Triwulanan};
    let q = [nilai("a", Triwulanan, 1, 3), nilai("a", Triwulanan, 2, 3)];
    assert_eq!(sumber(&q), "sementara, dari evaluasi triwulanan sejauh ini");
    // A move: the first SKP's annual evaluation, the second's third quarter.
    let pindah = [nilai("a", Tahunan, 1, 6), nilai("b", Triwulanan, 3, 3)];
    assert_eq!(
        sumber(&pindah),
        "sementara, dari evaluasi tahunan SKP yang sudah ada dan evaluasi triwulanan SKP lainnya sejauh ini"
    );
    let final_ = [nilai("a", Tahunan, 1, 6), nilai("b", Tahunan, 1, 6)];
    assert_eq!(sumber(&final_), "dari evaluasi tahunan");
}
