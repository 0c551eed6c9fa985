use super::*;
use crate::domain::{Bahasa, RULEBOOK_ID};

fn json() -> serde_json::Value {
    serde_json::from_str(BAWAAN_JSON).unwrap()
}

fn tolak(v: serde_json::Value) -> Galat {
    Rulebook::dari_json(&v.to_string()).unwrap_err()
}

#[test]
fn built_in_rulebook_loads_and_round_trips() {
    let rb = Rulebook::bawaan();
    assert_eq!(rb.id, RULEBOOK_ID);
    let again = Rulebook::dari_json(&serde_json::to_string(rb).unwrap()).unwrap();
    assert_eq!(&again, rb);
}

/// Every label key and error code written in the engine's source exists in the built-in rulebook,
/// so no message is ever shown as a bare key.
#[test]
fn every_key_the_engine_uses_has_a_label() {
    let rb = Rulebook::bawaan();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut files = vec![dir.clone()];
    let mut sources = Vec::new();
    while let Some(p) = files.pop() {
        for e in std::fs::read_dir(&p).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                files.push(path);
            } else if path.extension().is_some_and(|x| x == "rs")
                && !path.to_string_lossy().contains("test")
            {
                sources.push((path.clone(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    let mut missing = Vec::new();
    let mut checked = 0;
    for (path, src) in &sources {
        for (i, part) in src.split('"').enumerate() {
            // Odd parts are inside string literals (good enough for this code base).
            if i % 2 == 0 {
                continue;
            }
            let dotted = [
                "butir.",
                "catatan.",
                "umum.",
                "syarat.",
                "distribusi.",
                "aspek.",
            ]
            .iter()
            .any(|p| part.starts_with(p));
            if dotted
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_' || c == '.' || c.is_ascii_digit())
            {
                checked += 1;
                if !rb.ada_label(part) {
                    missing.push(format!("{}: {part}", path.display()));
                }
            }
        }
        for pola in ["Galat::baru(\"", "galat(\""] {
            for potong in src.split(pola).skip(1) {
                let kode = potong.split('"').next().unwrap_or("");
                checked += 1;
                if !rb.ada_label(&format!("galat.{kode}")) {
                    missing.push(format!("{}: galat.{kode}", path.display()));
                }
            }
        }
    }
    assert!(checked > 150, "scan found only {checked} keys");
    assert!(missing.is_empty(), "labels missing: {missing:#?}");
}

#[test]
fn unknown_key_shows_itself_not_blank() {
    assert_eq!(
        Rulebook::bawaan().teks("tidak.ada", Bahasa::En),
        "tidak.ada"
    );
    assert_eq!(Rulebook::bawaan().teks("predikat.baik", Bahasa::En), "Good");
}

#[test]
fn refuses_a_missing_kuadran_cell() {
    let mut v = json();
    v["kuadran"]["sesuai_ekspektasi"]
        .as_object_mut()
        .unwrap()
        .remove("diatas_ekspektasi");
    let g = tolak(v);
    assert_eq!(g.kode, "kuadran_sel_hilang");
    assert!(g
        .pesan(Rulebook::bawaan(), Bahasa::Id)
        .contains("sesuai_ekspektasi × diatas_ekspektasi"));
}

#[test]
fn refuses_a_kuadran_where_a_lower_rating_wins() {
    let mut v = json();
    v["kuadran"]["dibawah_ekspektasi"]["dibawah_ekspektasi"] = "sangat_baik".into();
    assert_eq!(tolak(v).kode, "kuadran_tidak_monoton");
}

#[test]
fn refuses_overlapping_and_gapped_bands() {
    let mut v = json();
    v["kompetensi"]["jpm"][1]["interval"] = "[77,90)".into();
    let g = tolak(v);
    assert_eq!(g.kode, "pita_tumpang_tindih");
    assert!(g
        .pesan(Rulebook::bawaan(), Bahasa::Id)
        .contains("kompetensi.jpm"));
    let mut v = json();
    v["skm"]["mutu"][1]["interval"] = "[2.7,3.0644)".into();
    assert_eq!(tolak(v).kode, "pita_celah");
}

#[test]
fn refuses_bad_interval_text_with_line_and_column() {
    let mut v = json();
    v["kompetensi"]["jpm"][0]["interval"] = "0 sampai 78".into();
    let g = tolak(v);
    assert_eq!(g.kode, "rulebook_json");
    assert!(g
        .pesan(Rulebook::bawaan(), Bahasa::Id)
        .contains("0 sampai 78"));
    let g = Rulebook::dari_json("{\n \"id\": 5").unwrap_err();
    assert!(
        g.rincian.iter().any(|(k, v)| k == "baris" && v == "2"),
        "{g:?}"
    );
}

#[test]
fn a_field_of_the_wrong_shape_is_named_by_its_path() {
    let mut v = json();
    v["kompetensi"]["jpm"][0]["interval"] = "0 sampai 78".into();
    let g = tolak(v);
    assert!(
        g.rincian
            .iter()
            .any(|(k, v)| k == "jalur" && v == "kompetensi.jpm[0].interval"),
        "{g:?}"
    );
    let pesan = g.pesan(Rulebook::bawaan(), Bahasa::En);
    assert!(pesan.contains("kompetensi.jpm[0].interval: "), "{pesan}");
    assert!(!pesan.contains('{'), "every placeholder is filled: {pesan}");
    let g = Rulebook::dari_json("{\n \"id\": 5").unwrap_err();
    assert!(!g.pesan(Rulebook::bawaan(), Bahasa::Id).contains('{'));
}

#[test]
fn refuses_weights_not_adding_to_one() {
    let mut v = json();
    v["pp_30_2019"]["bobot_dengan_360"]["skp"] = 0.7.into();
    assert_eq!(tolak(v).kode, "bobot_tidak_satu");
}

#[test]
fn refuses_incomplete_maps_and_dangling_references() {
    let mut v = json();
    v["angka_kredit"]["persen"]
        .as_object_mut()
        .unwrap()
        .remove("baik");
    assert_eq!(tolak(v).kode, "peta_tidak_lengkap");
    let mut v = json();
    v["angka_kredit"]["koefisien"]["ahli_super"] = 99.into();
    assert_eq!(tolak(v).kode, "rujukan_tidak_dikenal");
    let mut v = json();
    v["distribusi"]["syarat"]
        .as_object_mut()
        .unwrap()
        .remove("kurang");
    assert_eq!(tolak(v).kode, "peta_tidak_lengkap");
    let mut v = json();
    v["jabatan"][3]["penilai"] = serde_json::json!(["bupati"]);
    assert_eq!(tolak(v).kode, "rujukan_tidak_dikenal");
}

#[test]
fn refuses_missing_labels_rules_and_duplicate_codes() {
    let mut v = json();
    v["label"].as_object_mut().unwrap().remove("mutu.b");
    assert_eq!(tolak(v).kode, "label_hilang");
    let mut v = json();
    v["aturan"].as_object_mut().unwrap().remove("angka_kredit");
    assert_eq!(tolak(v).kode, "aturan_hilang");
    let mut v = json();
    v["skm"]["unsur"][1] = "persyaratan".into();
    assert_eq!(tolak(v).kode, "kode_ganda");
    let mut v = json();
    v["label"]["predikat.baik"]["en"] = "".into();
    assert_eq!(tolak(v).kode, "label_kosong");
}

#[test]
fn refuses_bad_talent_grid_shares_and_period() {
    let mut v = json();
    v["talenta"]["kotak"][0][0] = 9.into();
    assert_eq!(tolak(v).kode, "kotak_tidak_lengkap");
    let mut v = json();
    v["distribusi"]["syarat"]["baik"][1]["porsi"] = 70.into();
    assert_eq!(tolak(v).kode, "porsi_tidak_sah");
    let mut v = json();
    v["periode_evaluasi_default"] = "mingguan".into();
    assert_eq!(tolak(v).kode, "nilai_tidak_sah");
}

#[test]
fn an_agency_rulebook_changes_results_without_code() {
    let mut v = json();
    v["id"] = "instansi-x-2026".into();
    v["angka_kredit"]["persen"]["sangat_baik"] = 140.into();
    let rb = Rulebook::dari_json(&v.to_string()).unwrap();
    let ak = crate::domain::angka_kredit::angka_kredit(
        &rb,
        "ahli_pertama",
        crate::domain::Predikat::SangatBaik,
        12,
    )
    .unwrap();
    assert_eq!(ak.nilai, crate::domain::Pecahan::baru(35, 2).unwrap());
}

#[test]
fn berakhlak_has_seven_values_with_three_panduan_each() {
    let rb = Rulebook::bawaan();
    let kode: Vec<&str> = rb.berakhlak.iter().map(|b| b.kode.as_str()).collect();
    assert_eq!(
        kode,
        [
            "berorientasi_pelayanan",
            "akuntabel",
            "kompeten",
            "harmonis",
            "loyal",
            "adaptif",
            "kolaboratif"
        ]
    );
    for b in &rb.berakhlak {
        assert!(rb.ada_label(&format!("berakhlak.{}.definisi", b.kode)));
        for p in &b.panduan {
            assert!(rb.teks(p, Bahasa::Id).len() > 10, "{p}");
        }
    }
    assert_eq!(
        rb.teks("berakhlak.akuntabel.3", Bahasa::Id),
        "Tidak menyalahgunakan kewenangan jabatan"
    );
    assert_eq!(
        rb.teks("berakhlak.kompeten.2", Bahasa::Id),
        "Membantu orang lain belajar"
    );
}

#[test]
fn skm_unsur_and_competencies_follow_the_regulations() {
    let rb = Rulebook::bawaan();
    assert_eq!(
        rb.skm.unsur,
        [
            "persyaratan",
            "prosedur",
            "waktu",
            "biaya",
            "produk",
            "kompetensi",
            "perilaku",
            "pengaduan",
            "sarpras"
        ]
    );
    assert_eq!(rb.kompetensi.manajerial.len(), 8);
    assert_eq!(rb.kompetensi.sosial_kultural, ["perekat_bangsa"]);
    assert_eq!(rb.pengembangan.jp_minimum["pns"], 20.0);
    assert_eq!(rb.pengembangan.menit_per_jp, 45.0);
}

#[test]
fn the_default_period_kind_read_alone_is_the_rulebooks_own() {
    let rb = Rulebook::bawaan();
    assert_eq!(
        Some(Rulebook::periode_evaluasi_bawaan()),
        crate::domain::evaluasi::JenisPeriode::dari_kode(&rb.periode_evaluasi_default)
    );
}

/// The built-in rulebook speaks English everywhere: each rule's source and formula have an
/// English text, and an explanation in English uses them.
#[test]
fn every_rule_has_its_source_and_formula_in_english() {
    use crate::domain::explain::Penjelasan;
    use crate::domain::Bahasa;
    let rb = Rulebook::bawaan();
    for (kode, a) in &rb.aturan {
        assert!(
            a.sumber_en.as_deref().is_some_and(|s| !s.is_empty()),
            "{kode}"
        );
        assert_eq!(a.rumus.is_empty(), a.rumus_en.is_none(), "{kode}");
    }
    let en = Penjelasan::baru(rb, "capaian_iki")
        .uraikan(rb, Bahasa::En)
        .join("\n");
    assert!(en.contains("achievement = actual / target"), "{en}");
    assert!(en.contains("(IKI achievement formula)"), "{en}");
    let id = Penjelasan::baru(rb, "capaian_iki")
        .uraikan(rb, Bahasa::Id)
        .join("\n");
    assert!(id.contains("capaian = realisasi / target"), "{id}");
}

/// The unit words deciding an IKI's default accumulation are data: an inconsistent list is
/// refused by name, a rulebook without the section takes the built-in one, and an agency
/// may change a kind's way without code.
#[test]
fn the_accumulation_words_are_checked_and_an_agency_may_change_them() {
    use crate::domain::skp::{Akumulasi, Target};
    let tulis = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v = json();
        f(&mut v);
        v
    };
    let g = tolak(tulis(&|v| {
        v["akumulasi"]["jenis_satuan"][1]["kata"][0] = "Persen".into()
    }));
    assert_eq!(
        (g.kode.as_str(), g.rincian[1].1.as_str()),
        ("nilai_tidak_sah", "Persen")
    );
    let g = tolak(tulis(&|v| {
        v["akumulasi"]["jenis_satuan"][1]["kata"][0] = " % ".into()
    }));
    assert_eq!(g.kode, "nilai_tidak_sah");
    let g = tolak(tulis(&|v| {
        v["akumulasi"]["jenis_satuan"][5]["kata"]
            .as_array_mut()
            .unwrap()
            .push("jam".into())
    }));
    assert_eq!(
        (g.kode.as_str(), g.rincian[1].1.as_str()),
        ("kode_ganda", "jam")
    );
    let g = tolak(tulis(&|v| v["akumulasi"]["tanpa_jumlah"] = "jumlah".into()));
    assert_eq!(g.kode, "nilai_tidak_sah");
    let g = tolak(tulis(&|v| {
        v["akumulasi"]["jenis_satuan"][0]["kode"] = "baru".into()
    }));
    assert_eq!(g.kode, "label_hilang");

    let tanpa = tulis(&|v| {
        v.as_object_mut().unwrap().remove("akumulasi");
    });
    let rb = Rulebook::dari_json(&tanpa.to_string()).unwrap();
    assert_eq!(rb.akumulasi, Rulebook::bawaan().akumulasi);

    let persen = Target::Angka {
        nilai: 99.5,
        satuan: "%".into(),
    };
    let lain = tulis(&|v| v["akumulasi"]["jenis_satuan"][1]["akumulasi"] = "terakhir".into());
    let rb = Rulebook::dari_json(&lain.to_string()).unwrap();
    assert_eq!(
        Akumulasi::bawaan_untuk(&persen, &rb).nilai,
        Akumulasi::Terakhir
    );
    assert_eq!(
        Akumulasi::bawaan_untuk(&persen, Rulebook::bawaan()).nilai,
        Akumulasi::RataRata
    );
}
