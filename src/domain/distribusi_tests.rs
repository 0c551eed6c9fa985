use super::*;
use Predikat::*;

fn daftar(pairs: &[(Predikat, usize)]) -> Vec<Predikat> {
    pairs
        .iter()
        .flat_map(|(p, n)| std::iter::repeat_n(*p, *n))
        .collect()
}

fn langgar(org: PredikatOrganisasi, pairs: &[(Predikat, usize)]) -> Vec<&'static str> {
    periksa_distribusi(Rulebook::bawaan(), org, &daftar(pairs))
        .unwrap()
        .nilai
        .pelanggaran
        .iter()
        .map(|p| p.syarat.label_key())
        .collect()
}

#[test]
fn istimewa_row() {
    let org = PredikatOrganisasi::Istimewa;
    assert!(langgar(org, &[(SangatBaik, 6), (Baik, 4)]).is_empty());
    assert_eq!(
        langgar(org, &[(SangatBaik, 8), (Baik, 2)]),
        ["distribusi.maks_porsi"]
    );
    assert_eq!(
        langgar(org, &[(SangatBaik, 3), (Baik, 7)]),
        ["distribusi.terbanyak"]
    );
}

#[test]
fn baik_row() {
    let org = PredikatOrganisasi::Baik;
    assert!(langgar(org, &[(SangatBaik, 2), (Baik, 7), (ButuhPerbaikan, 1)]).is_empty());
    assert_eq!(
        langgar(org, &[(SangatBaik, 2), (Baik, 8)]),
        ["distribusi.maks_porsi", "distribusi.min_jumlah"]
    );
    assert_eq!(
        langgar(org, &[(Baik, 8), (KurangMisconduct, 2)]),
        ["distribusi.maks_porsi"]
    );
    assert_eq!(
        langgar(org, &[(SangatBaik, 5), (Baik, 4), (ButuhPerbaikan, 1)]),
        ["distribusi.terbanyak"]
    );
}

#[test]
fn butuh_perbaikan_row() {
    let org = PredikatOrganisasi::ButuhPerbaikan;
    assert!(langgar(org, &[(ButuhPerbaikan, 6), (Baik, 3), (SangatBaik, 1)]).is_empty());
    assert_eq!(
        langgar(org, &[(ButuhPerbaikan, 5), (Baik, 3), (SangatBaik, 2)]),
        ["distribusi.min_porsi", "distribusi.maks_porsi"]
    );
}

#[test]
fn kurang_row() {
    let org = PredikatOrganisasi::Kurang;
    assert!(langgar(
        org,
        &[
            (KurangMisconduct, 6),
            (ButuhPerbaikan, 1),
            (Baik, 2),
            (SangatBaik, 1)
        ]
    )
    .is_empty());
    assert_eq!(
        langgar(org, &[(KurangMisconduct, 6), (Baik, 2), (SangatBaik, 2)]),
        ["distribusi.min_porsi", "distribusi.maks_porsi"]
    );
}

#[test]
fn sangat_kurang_row() {
    let org = PredikatOrganisasi::SangatKurang;
    assert!(langgar(org, &[(SangatKurang, 6), (KurangMisconduct, 1), (Baik, 3)]).is_empty());
    assert_eq!(
        langgar(org, &[(SangatKurang, 6), (Baik, 3), (SangatBaik, 1)]),
        ["distribusi.min_porsi", "distribusi.maks_porsi"]
    );
}

#[test]
fn small_units_follow_the_rounding_setting() {
    let org = PredikatOrganisasi::ButuhPerbaikan;
    // n = 5: 60 % = 3 people exactly; "SB ≤ 10 %" allows 0 when strict, 1 when rounding to nearest.
    let unit = [(ButuhPerbaikan, 3), (Baik, 1), (SangatBaik, 1)];
    assert_eq!(langgar(org, &unit), ["distribusi.maks_porsi"]);
    let mut rb = Rulebook::bawaan().clone();
    rb.distribusi.pembulatan_unit_kecil = Pembulatan::Terdekat;
    let h = periksa_distribusi(&rb, org, &daftar(&unit)).unwrap();
    assert!(h.nilai.pelanggaran.is_empty(), "{:?}", h.nilai.pelanggaran);
    assert!(h
        .penjelasan
        .catatan
        .contains(&"catatan.unit_kecil_terdekat".to_string()));
    // Floating point: 0,6 × 5 is 3.0000000000000004 but three people meet it.
    assert_eq!(batas_minimum(0.6, 5, Pembulatan::Ketat), 3);
    assert_eq!(batas_maksimum(0.7, 10, Pembulatan::Ketat), 7);
    assert_eq!(batas_minimum(0.1, 3, Pembulatan::Terdekat), 1);
}

#[test]
fn reports_counts_and_refuses_empty_units() {
    let h = periksa_distribusi(
        Rulebook::bawaan(),
        PredikatOrganisasi::Baik,
        &daftar(&[(Baik, 9), (ButuhPerbaikan, 1)]),
    )
    .unwrap();
    let p = &h.nilai.pelanggaran[0];
    assert_eq!((p.jumlah, p.batas), (9, 7));
    assert_eq!(
        h.nilai.sebaran.iter().find(|(x, _)| *x == Baik).unwrap().1,
        9
    );
    assert_eq!(
        periksa_distribusi(Rulebook::bawaan(), PredikatOrganisasi::Baik, &[])
            .unwrap_err()
            .kode,
        "tanpa_pegawai"
    );
}
