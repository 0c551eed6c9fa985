use super::*;
use crate::domain::contoh_tests::{d, nip};

fn unit(id: &str, nama: &str, induk: Option<&str>) -> UnitKerja {
    UnitKerja {
        id: id.into(),
        nama: nama.into(),
        kode: String::new(),
        induk: induk.map(str::to_string),
        pimpinan_nip: String::new(),
        alias: Vec::new(),
    }
}

fn kode(g: &[Galat]) -> Vec<&str> {
    g.iter().map(|g| g.kode.as_str()).collect()
}

#[test]
fn names_compare_without_case_or_extra_spaces_and_look_alike_without_punctuation() {
    assert_eq!(kunci_nama("  Bidang   Mutasi "), "bidang mutasi");
    assert_eq!(kunci_nama("BIDANG MUTASI"), kunci_nama("bidang mutasi"));
    assert_ne!(kunci_nama("Bidang Mutasi."), kunci_nama("Bidang Mutasi"));
    assert_eq!(
        kunci_ringkas("Bidang Mutasi."),
        kunci_ringkas("bidang-mutasi")
    );
}

#[test]
fn the_tree_is_in_order_with_sub_trees_contiguous_and_a_loop_still_shown() {
    let semua = [
        unit("b2", "Bidang B", Some("dinas")),
        unit("sek", "Sekretariat", None),
        unit("b1", "Bidang A", Some("dinas")),
        unit("sub", "Subbag Umum", Some("sek")),
        unit("dinas", "Dinas", None),
        unit("x", "X", Some("y")),
        unit("y", "Y", Some("x")),
        unit("yatim", "Yatim", Some("tidak-ada")),
    ];
    let org = Organisasi::baru(&semua);
    let nama: Vec<(&str, usize)> = org
        .urutan()
        .iter()
        .enumerate()
        .map(|(i, u)| (u.nama.as_str(), org.kedalaman(i)))
        .collect();
    assert_eq!(
        nama,
        [
            ("Dinas", 0),
            ("Bidang A", 1),
            ("Bidang B", 1),
            ("Sekretariat", 0),
            ("Subbag Umum", 1),
            ("Yatim", 0),
            ("X", 0),
            ("Y", 1)
        ]
    );
    let dinas = org.posisi("dinas").unwrap();
    assert_eq!(org.sub_pohon(dinas), 0..3);
    assert_eq!(org.induk(org.posisi("b2").unwrap()), Some(dinas));
    let jalur: Vec<&str> = org
        .jalur(org.posisi("sub").unwrap())
        .iter()
        .map(|u| u.nama.as_str())
        .collect();
    assert_eq!(jalur, ["Sekretariat", "Subbag Umum"]);
}

#[test]
fn a_profile_finds_its_unit_by_name_or_alias_and_a_name_beats_an_alias() {
    let mut a = unit("a", "Bidang Mutasi", None);
    a.alias = vec!["Bid. Mutasi".into(), "Bidang Umum".into()];
    let b = unit("b", "Bidang Umum", None);
    let semua = [a, b];
    let org = Organisasi::baru(&semua);
    let id = |n: &str| org.posisi_nama(n).map(|i| org.urutan()[i].id.as_str());
    assert_eq!(id("bid.  mutasi"), Some("a"));
    assert_eq!(id("BIDANG MUTASI"), Some("a"));
    assert_eq!(id("Bidang Umum"), Some("b"));
    assert_eq!(id("Gudang"), None);
}

#[test]
fn a_unit_is_refused_for_a_loop_an_unknown_parent_a_taken_code_or_name() {
    let rb = Rulebook::bawaan();
    let hari = d(2026, 5, 1);
    let dinas = UnitKerja {
        kode: "01".into(),
        ..unit("dinas", "Dinas", None)
    };
    let bidang = unit("b1", "Bidang A", Some("dinas"));
    let semua = [&dinas, &bidang];
    // The Dinas under its own Bidang would make a loop.
    let mut ubah = dinas.clone();
    ubah.induk = Some("b1".into());
    assert_eq!(
        kode(&periksa_dalam(rb, hari, &ubah, &semua)),
        ["unit_siklus"]
    );
    ubah.induk = Some("dinas".into());
    assert_eq!(
        kode(&periksa_dalam(rb, hari, &ubah, &semua)),
        ["unit_induk_diri"]
    );
    let mut baru = unit("b2", " ", Some("hilang"));
    baru.kode = "01".into();
    baru.alias = vec!["bidang a".into()];
    baru.pimpinan_nip = "12345".into();
    assert_eq!(
        kode(&periksa_dalam(rb, hari, &baru, &semua)),
        [
            "unit_nama_kosong",
            "nip_panjang",
            "unit_induk_tidak_dikenal",
            "unit_kode_ganda",
            "unit_nama_ganda"
        ]
    );
    // Saving a unit unchanged is not a clash with itself.
    assert!(periksa_dalam(rb, hari, &bidang, &semua).is_empty());
    let mut pimpinan = bidang.clone();
    pimpinan.pimpinan_nip = nip(3);
    assert!(periksa_dalam(rb, hari, &pimpinan, &semua).is_empty());
    assert_eq!(
        boleh_hapus(&dinas, &semua).unwrap_err().kode,
        "unit_masih_punya_sub"
    );
    assert!(boleh_hapus(&bidang, &semua).is_ok());
}

#[test]
fn profiles_propose_the_units_no_unit_has_yet_with_their_common_spelling() {
    let mut a = unit("a", "Bidang Mutasi", None);
    a.alias = vec!["Bid. Mutasi".into()];
    let semua = [a];
    let org = Organisasi::baru(&semua);
    let profil = [
        "Bidang Mutasi",
        "bid. mutasi",
        "Sekretariat",
        "sekretariat",
        "Sekretariat",
        "",
        "Bidang Mutasi.",
        "  ",
    ];
    let u = usulan_dari_profil(&org, profil);
    assert_eq!(
        u,
        [
            Usulan {
                nama: "Bidang Mutasi.".into(),
                jumlah_pegawai: 1,
                ejaan_lain: vec![],
                mirip: Some("a".into()),
            },
            Usulan {
                nama: "Sekretariat".into(),
                jumlah_pegawai: 3,
                ejaan_lain: vec!["sekretariat".into()],
                mirip: None,
            },
        ]
    );
}

#[test]
fn merging_keeps_one_unit_with_the_others_names_and_moves_its_sub_units() {
    let mut simpan = unit("a", "Bidang Mutasi", Some("dinas"));
    simpan.alias = vec!["Mutasi".into()];
    let mut lepas = unit("b", "Bid. Mutasi", Some("dinas"));
    lepas.alias = vec!["mutasi".into(), "Bidang Mutasi Pegawai".into()];
    lepas.kode = "03".into();
    lepas.pimpinan_nip = nip(7);
    let sub = unit("s", "Seksi Mutasi", Some("b"));
    let dinas = unit("dinas", "Dinas", None);
    let semua = [&simpan, &lepas, &sub, &dinas];
    let r = rencana_gabung(&simpan, &lepas, &semua).unwrap();
    assert_eq!(
        r.simpan.alias,
        ["Mutasi", "Bid. Mutasi", "Bidang Mutasi Pegawai"],
        "each other name once"
    );
    assert_eq!(
        (r.simpan.kode.as_str(), r.simpan.pimpinan_nip.as_str()),
        ("03", nip(7).as_str())
    );
    assert_eq!((r.kode_ditinggal, r.pimpinan_ditinggal), (None, None));
    assert_eq!(r.pindah_induk.len(), 1);
    assert_eq!(r.pindah_induk[0].induk.as_deref(), Some("a"));
    assert_eq!(r.hapus.id, "b");
    // Afterwards every profile spelling finds the kept unit.
    let sesudah = [r.simpan.clone(), r.pindah_induk[0].clone(), dinas.clone()];
    let org = Organisasi::baru(&sesudah);
    for n in ["Bid. Mutasi", "bidang mutasi pegawai", "Bidang Mutasi"] {
        assert_eq!(org.posisi_nama(n), org.posisi("a"), "{n}");
    }
    assert_eq!(
        rencana_gabung(&simpan, &simpan, &semua).unwrap_err().kode,
        "unit_gabung_sama"
    );
    // A kept unit that sat under the merged one takes its place in the tree.
    let r = rencana_gabung(&sub, &lepas, &semua).unwrap();
    assert_eq!(r.simpan.induk.as_deref(), Some("dinas"));
    assert!(r.pindah_induk.is_empty());
}

#[test]
fn merging_names_the_merged_units_code_and_leader_it_drops() {
    let mut simpan = unit("a", "Bidang Mutasi", None);
    simpan.kode = "01".into();
    simpan.pimpinan_nip = nip(3);
    let mut lepas = unit("b", "Bid. Mutasi", None);
    lepas.kode = " 03 ".into();
    lepas.pimpinan_nip = nip(7);
    let semua = [&simpan, &lepas];
    let r = rencana_gabung(&simpan, &lepas, &semua).unwrap();
    assert_eq!(
        (r.simpan.kode.as_str(), r.simpan.pimpinan_nip.as_str()),
        ("01", nip(3).as_str()),
        "the kept unit's own stay"
    );
    assert_eq!(r.kode_ditinggal.as_deref(), Some("03"));
    assert_eq!(r.pimpinan_ditinggal, Some(nip(7)));
    // The same values, or none on the merged unit, drop nothing.
    lepas.kode = "01".into();
    lepas.pimpinan_nip = String::new();
    let r = rencana_gabung(&simpan, &lepas, &[&simpan, &lepas]).unwrap();
    assert_eq!((r.kode_ditinggal, r.pimpinan_ditinggal), (None, None));
}

#[test]
fn merging_a_unit_into_one_below_it_at_any_depth_makes_no_loop() {
    // Dinas › Bidang Mutasi › Subbidang Data › "Bid. Mutasi": one unit, two spellings.
    let dinas = unit("d", "Dinas", None);
    let lepas = unit("b", "Bidang Mutasi", Some("d"));
    let antara = unit("c", "Subbidang Data", Some("b"));
    let simpan = unit("a", "Bid. Mutasi", Some("c"));
    let semua = [&dinas, &lepas, &antara, &simpan];
    let r = rencana_gabung(&simpan, &lepas, &semua).unwrap();
    assert_eq!(
        r.simpan.induk.as_deref(),
        Some("d"),
        "takes the merged unit's place"
    );
    let mut sesudah = vec![dinas.clone(), r.simpan.clone()];
    sesudah.extend(r.pindah_induk.clone());
    let refs: Vec<&UnitKerja> = sesudah.iter().collect();
    let hari = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
    for u in &sesudah {
        assert!(
            periksa_dalam(Rulebook::bawaan(), hari, u, &refs).is_empty(),
            "{}",
            u.nama
        );
    }
    // Everything stays under the Dinas.
    let org = Organisasi::baru(&sesudah);
    assert_eq!(org.sub_pohon(org.posisi("d").unwrap()).len(), 3);
}
