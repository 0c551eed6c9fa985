use super::*;

fn pejabat(nip: &str, jenjang: &str) -> Pejabat {
    Pejabat {
        nip: nip.into(),
        nama: "Budi".into(),
        jabatan: "Kepala Seksi".into(),
        jenjang: jenjang.into(),
        golongan: "III/d".into(),
        delegasi: true,
    }
}

fn tersimpan() -> Pegawai {
    Pegawai {
        nip: "198609262015052001".into(),
        nama: "Sari".into(),
        pejabat_penilai: Some(pejabat("197501012000031001", "pengawas")),
        atasan_pejabat_penilai: Some(pejabat("196801011990031001", "administrator")),
        angka_kredit_awal: crate::domain::desimal::Pecahan::baru(25, 2),
        ..Default::default()
    }
}

#[test]
fn a_save_keeps_what_the_form_does_not_edit_of_the_same_pejabat() {
    let lama = tersimpan();
    let mut isian = Isian::dari(Some(&lama));
    isian.set(Medan::Unit, "Bidang Mutasi".into());
    let p = isian.pegawai_atas(Some(&lama));
    assert_eq!(p.unit_kerja, "Bidang Mutasi");
    assert_eq!(p.pejabat_penilai, lama.pejabat_penilai);
    assert_eq!(p.atasan_pejabat_penilai, lama.atasan_pejabat_penilai);
    assert_eq!(p.angka_kredit_awal, lama.angka_kredit_awal);
    assert!(lama.angka_kredit_awal.is_some());
    // Without the stored profile the form alone speaks (golongan, delegation: not known).
    let p = isian.pegawai_atas(None);
    let pn = p.pejabat_penilai.unwrap();
    assert_eq!((pn.golongan.as_str(), pn.delegasi), ("", false));
}

#[test]
fn another_pejabat_takes_nothing_of_the_one_before() {
    let lama = tersimpan();
    let mut isian = Isian::dari(Some(&lama));
    isian.set(Medan::PnNip, "198001012005011002".into());
    isian.set(Medan::PnJenjang, "administrator".into());
    let p = isian.pegawai_atas(Some(&lama));
    let pn = p.pejabat_penilai.unwrap();
    assert_eq!(pn.nip, "198001012005011002");
    assert_eq!(
        (pn.golongan.as_str(), pn.delegasi, pn.jenjang.as_str()),
        ("", false, "administrator")
    );
    // The atasan stayed: theirs is kept.
    assert_eq!(p.atasan_pejabat_penilai, lama.atasan_pejabat_penilai);
}
