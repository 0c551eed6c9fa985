use super::*;
use crate::domain::skp::{Akumulasi, Aspek, JenisRhk, JenisSkp, Pendekatan, Target};

fn contoh() -> Skp {
    let d = |m, h| chrono::NaiveDate::from_ymd_opt(2026, m, h).unwrap();
    let mut s = Skp::baru(
        "s",
        "1",
        JenisSkp::JaJf,
        Pendekatan::Kuantitatif,
        d(1, 1),
        d(12, 31),
    );
    s.lampiran.konsekuensi = vec!["Teguran".into()];
    for r in 0..2 {
        s.rhk.push(Rhk {
            id: format!("r{r}"),
            jenis: JenisRhk::Utama,
            uraian: format!("RHK {r}"),
            rhk_atasan_id: Some("a".into()),
            rhk_atasan_uraian: "Atasan".into(),
            penugasan_dari: String::new(),
            perspektif: None,
            iki: (0..2)
                .map(|i| Iki {
                    id: format!("r{r}i{i}"),
                    aspek: Aspek::Kualitas,
                    indikator: format!("IKI {i}"),
                    target: Target::Rentang {
                        bawah: 1.0,
                        atas: 2.0,
                        satuan: "%".into(),
                    },
                    akumulasi: Akumulasi::RataRata,
                    akumulasi_dipilih: false,
                })
                .collect(),
        });
    }
    s
}

#[test]
fn a_draft_gives_back_the_skp_it_was_built_from_and_its_edits() {
    let s = contoh();
    let d = Draf::dari(&s, Some(4));
    assert_eq!(d.skp(), s);
    assert_eq!(d.basis, Some(4));
    if let Some(i) = d.iki("r1", "r1i0") {
        i.update(|i| i.indikator = "Baru".into());
    }
    let mut harap = s;
    harap.rhk[1].iki[0].indikator = "Baru".into();
    assert_eq!(d.skp(), harap);
    assert!(
        d.iki("r0", "r1i0").is_none(),
        "an IKI is found under its own RHK only"
    );
}
