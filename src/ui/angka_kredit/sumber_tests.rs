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
        dari_bulan: match jenis {
            JenisPeriode::Tahunan => 1,
            JenisPeriode::Triwulanan => 3 * ke - 2,
            _ => ke,
        },
        sebelum_awal: false,
    }
}

fn sumber(n: &[NilaiPeriode]) -> String {
    let rb = Rulebook::bawaan();
    let r = rekap_angka_kredit(rb, "ahli_pertama", n, Pecahan::NOL, None).unwrap();
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

#[test]
fn catatan_awal_menyebut_evaluasi_yang_sudah_termasuk_atau_tanggal_yang_belum_diisi() {
    let rb = Rulebook::bawaan();
    let t = teks_angka_kredit(Bahasa::Id);
    let q = [nilai("a", JenisPeriode::Triwulanan, 2, 3)];
    let catatan = |awal: f64, sejak, n: &[NilaiPeriode]| {
        let awal = Pecahan::tepat(awal).unwrap();
        let r = rekap_angka_kredit(rb, "ahli_pertama", n, awal, sejak).unwrap();
        catatan_awal(&r.nilai, t)
    };
    // A starting figure added to without its day: the risk of counting twice is said.
    assert_eq!(catatan(45.5, None, &q).as_deref(), Some(t.tanpa_sejak));
    // Nothing to say without a starting figure, or without evaluations.
    assert_eq!(catatan(0.0, None, &q), None);
    assert_eq!(catatan(45.5, None, &[]), None);
    let mut lama = nilai("a", JenisPeriode::Triwulanan, 1, 0);
    lama.sebelum_awal = true;
    let sejak = chrono::NaiveDate::from_ymd_opt(2026, 4, 1);
    assert_eq!(
        catatan(45.5, sejak, &[lama, q[0].clone()]).as_deref(),
        Some("Evaluasi dihitung sejak 01-04-2026: 1 evaluasi sebelumnya sudah termasuk angka kredit awal dan tidak ditambahkan lagi.")
    );
}
