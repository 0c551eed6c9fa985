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

#[test]
fn counts_and_lists_give_the_same_check_and_every_rule_reads_in_words() {
    let rb = Rulebook::bawaan();
    let org = PredikatOrganisasi::SangatKurang;
    let unit = [(SangatKurang, 6), (Baik, 3), (SangatBaik, 1)];
    let dari_daftar = periksa_distribusi(rb, org, &daftar(&unit)).unwrap();
    let dari_jumlah = periksa_sebaran(rb, org, &[6, 0, 0, 3, 1]).unwrap();
    assert_eq!(dari_daftar, dari_jumlah);
    let h = dari_jumlah.nilai;
    // Every rule of the row is listed, met or not, in the rulebook's order.
    let status: Vec<bool> = h.cek.iter().map(|c| c.terpenuhi).collect();
    assert_eq!(status, [true, false, false]);
    assert_eq!(h.pelanggaran.len(), 2);
    let kata: Vec<String> = h
        .cek
        .iter()
        .map(|c| c.uraian(rb, Bahasa::Id, h.jumlah_pegawai))
        .collect();
    assert_eq!(
        kata,
        [
            "Sangat Kurang paling sedikit 60 % pegawai (6 dari 10); ada 6.",
            "Kurang/Misconduct atau Butuh Perbaikan paling sedikit 10 % pegawai (1 dari 10); ada 0.",
            "Sangat Baik paling banyak 0 % pegawai (0 dari 10); ada 1."
        ]
    );
    assert_eq!(
        h.pelanggaran[1].uraian(rb, Bahasa::En, 10),
        "Very Good at most 0 % of employees (0 of 10); there are 1."
    );
    let baik = periksa_sebaran(rb, PredikatOrganisasi::Baik, &[0, 0, 0, 10, 0]).unwrap();
    let kata = baik.nilai.pelanggaran[1].uraian(rb, Bahasa::Id, 10);
    assert_eq!(
        kata,
        "Butuh Perbaikan atau Kurang/Misconduct paling sedikit 1 orang; ada 0."
    );
    assert_eq!(
        periksa_sebaran(rb, org, &[0; 5]).unwrap_err().kode,
        "tanpa_pegawai"
    );
}

#[test]
fn a_pattern_no_spread_of_so_few_can_meet_is_not_a_breach_yet() {
    let rb = Rulebook::bawaan();
    let hasil =
        |org, pairs: &[(Predikat, usize)]| periksa_distribusi(rb, org, &daftar(pairs)).unwrap();
    // One evaluated pegawai: at most 70 % Sangat Baik (0 of 1) and mostly Sangat Baik cannot
    // both hold, whatever her predikat.
    for p in [SangatBaik, Baik] {
        let h = hasil(PredikatOrganisasi::Istimewa, &[(p, 1)]);
        assert!(h.nilai.tak_dapat_dipenuhi, "{p:?}");
        assert!(h.nilai.pelanggaran.is_empty());
        assert!(h.nilai.cek.iter().any(|c| !c.terpenuhi));
        assert!(h
            .penjelasan
            .uraikan(rb, Bahasa::Id)
            .iter()
            .any(|x| x.contains("tidak dihitung sebagai pelanggaran")));
    }
    // A pattern the unit's size can meet still counts what it breaks.
    let h = hasil(PredikatOrganisasi::Istimewa, &[(SangatBaik, 8), (Baik, 2)]);
    assert!(!h.nilai.tak_dapat_dipenuhi);
    assert_eq!(h.nilai.pelanggaran.len(), 1);
    // Ten evaluated: the Istimewa pattern can be met again (6 Sangat Baik, 4 Baik).
    let h = hasil(PredikatOrganisasi::Istimewa, &[(Baik, 10)]);
    assert!(!h.nilai.tak_dapat_dipenuhi);
    assert!(!h.nilai.pelanggaran.is_empty());
}

#[test]
fn a_rule_outside_the_clash_of_a_small_unit_is_still_a_breach() {
    let rb = Rulebook::bawaan();
    // A Sangat Kurang unit with one pegawai, rated Sangat Baik. One person cannot fill both
    // minimums (60 % Sangat Kurang, 10 % Kurang or Butuh Perbaikan): those two are not met
    // yet. "No Sangat Baik at all" clashes with nothing and is broken: a breach.
    let h = periksa_distribusi(
        rb,
        PredikatOrganisasi::SangatKurang,
        &daftar(&[(SangatBaik, 1)]),
    )
    .unwrap();
    assert!(h.nilai.tak_dapat_dipenuhi);
    assert_eq!(h.nilai.cek.iter().filter(|c| c.belum_dapat).count(), 2);
    assert_eq!(h.nilai.pelanggaran.len(), 1, "{:?}", h.nilai.pelanggaran);
    assert!(matches!(
        h.nilai.pelanggaran[0].syarat,
        SyaratDistribusi::MaksPorsi { .. }
    ));
    // Rated Sangat Kurang instead: only the clash is unmet, so nothing is breached.
    let h = periksa_distribusi(
        rb,
        PredikatOrganisasi::SangatKurang,
        &daftar(&[(SangatKurang, 1)]),
    )
    .unwrap();
    assert!(h.nilai.tak_dapat_dipenuhi);
    assert!(h.nilai.pelanggaran.is_empty(), "{:?}", h.nilai.pelanggaran);
}
