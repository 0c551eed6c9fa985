use super::*;
use crate::bundle::contoh;
use crate::bundle::jejak::Bentuk;
use serde_json::json;

pub(crate) const B: &str = "kinerjaku-pegawai-198609262015051001-20260410.json";

pub(crate) fn baca_v(v: &Value) -> HasilBaca {
    baca_teks(B, &v.to_string(), &Batas::default())
}

pub(crate) fn terbaca(h: HasilBaca) -> BundleTerbaca {
    match h {
        HasilBaca::Terbaca(b) => *b,
        lain => panic!("not read: {lain:?}"),
    }
}

pub(crate) fn ditolak(h: HasilBaca) -> Vec<Masalah> {
    match h {
        HasilBaca::Ditolak { masalah, berkas } => {
            assert_eq!(berkas, B);
            assert!(!masalah.is_empty());
            masalah
        }
        lain => panic!("not refused: {lain:?}"),
    }
}

/// The one refused record's problems (every other record must pass).
pub(crate) fn satu_ditolak(v: &Value) -> RecordDitolak {
    let b = terbaca(baca_v(v));
    assert_eq!(b.ditolak.len(), 1, "{:?}", b.ditolak);
    assert_eq!(
        b.bundle.records.len(),
        v["records"].as_array().unwrap().len() - 1
    );
    b.ditolak.into_iter().next().unwrap()
}

pub(crate) fn punya(m: &[Masalah], jalur: &str, cocok: impl Fn(&KodeMasalah) -> bool) {
    assert!(
        m.iter().any(|x| x.jalur == jalur && cocok(&x.kode)),
        "no such problem at {jalur}: {m:#?}"
    );
}

#[test]
fn a_valid_bundle_reads_whole_with_a_matching_digest() {
    let asli = contoh::bundle_pegawai();
    let b = terbaca(baca_teks(B, &asli.to_json_pretty(), &Batas::default()));
    assert_eq!(b.digest, StatusDigest::Cocok);
    assert!(b.ditolak.is_empty() && b.peringatan.is_empty(), "{b:#?}");
    assert_eq!(b.dimigrasi_dari, None);
    assert_eq!(b.bundle, asli);
    assert_eq!(b.semua_masalah().count(), 0);
}

#[test]
fn a_byte_order_mark_is_not_content() {
    let mut byte = b"\xef\xbb\xbf".to_vec();
    byte.extend(contoh::bundle_pegawai().to_json_pretty().bytes());
    assert!(matches!(
        baca(B, &byte, &Batas::default()),
        HasilBaca::Terbaca(_)
    ));
}

#[test]
fn unknown_fields_and_script_tags_pass_through_unchanged() {
    let mut v = contoh::value_pegawai();
    v["baru"] = json!({"a": 1});
    v["exporter"]["unit"] = json!("<b>Biro</b>");
    v["records"][1]["perangkat"] = json!("hp");
    v["records"][1]["data"]["kolom_baru"] = json!([1]);
    let b = terbaca(baca_v(&v));
    assert!(matches!(b.digest, StatusDigest::TidakCocok { .. }));
    let keluar = b.bundle.ke_value();
    assert_eq!(keluar["baru"], json!({"a": 1}));
    assert_eq!(keluar["exporter"]["unit"], "<b>Biro</b>");
    assert_eq!(keluar["records"][1]["perangkat"], "hp");
    assert_eq!(keluar["records"][1]["data"]["kolom_baru"], json!([1]));
    assert_eq!(
        keluar["records"][0]["data"]["nama"],
        "Siti <script>alert(1)</script> Rahma"
    );
}

// ---- the file as a whole ----

#[test]
fn too_big_is_refused_before_reading() {
    let batas = Batas {
        ukuran_maks_byte: 10,
        ..Batas::default()
    };
    let m = ditolak(baca(B, b"{\"format\": \"kinerjaku-bundle\"}", &batas));
    assert_eq!(
        m[0].kode,
        KodeMasalah::TerlaluBesar {
            ukuran: 30,
            batas: 10
        }
    );
    assert_eq!(Batas::default().ukuran_maks_byte, 50 * 1024 * 1024);
}

#[test]
fn too_deep_is_refused_before_parsing_even_at_a_million_levels() {
    let mut s = "[".repeat(1_000_000);
    s.push_str(&"]".repeat(1_000_000));
    let m = ditolak(baca_teks(B, &s, &Batas::default()));
    assert_eq!(
        m[0].kode,
        KodeMasalah::TerlaluDalam {
            batas: 64,
            baris: 1,
            kolom: 65
        }
    );
    // Depth inside record data counts too.
    let mut v = contoh::value_pegawai();
    let mut dalam = json!(1);
    for _ in 0..70 {
        dalam = json!([dalam]);
    }
    v["records"][0]["data"]["x"] = dalam;
    let m = ditolak(baca_v(&v));
    assert!(matches!(m[0].kode, KodeMasalah::TerlaluDalam { .. }));
}

/// Nesting is judged before the text's encoding: a file both too deep and not UTF-8 is too
/// deep; within the limit, its first bad byte is named.
#[test]
fn too_deep_is_said_before_bad_utf8() {
    let mut b = b"{\"a\":\"\xff\",\"b\":".to_vec();
    b.extend_from_slice(&[b'['; 70]);
    b.extend_from_slice(&[b']'; 70]);
    b.push(b'}');
    let m = ditolak(crate::bundle::validasi::baca(B, &b, &Batas::default()));
    assert_eq!(
        m[0].kode,
        KodeMasalah::TerlaluDalam {
            batas: 64,
            baris: 1,
            kolom: 77
        }
    );
    let longgar = Batas {
        kedalaman_maks: 100,
        ..Batas::default()
    };
    let m = ditolak(crate::bundle::validasi::baca(B, &b, &longgar));
    assert!(matches!(
        m[0].kode,
        KodeMasalah::BukanJson {
            baris: 1,
            kolom: 7,
            ..
        }
    ));
}

#[test]
fn broken_and_truncated_json_are_told_apart() {
    let m = ditolak(baca_teks(B, "{\"format\": kinerjaku}", &Batas::default()));
    assert!(matches!(
        m[0].kode,
        KodeMasalah::BukanJson {
            baris: 1,
            terpotong: false,
            ..
        }
    ));
    let teks = contoh::bundle_pegawai().to_json_pretty();
    let m = ditolak(baca_teks(B, &teks[..teks.len() / 2], &Batas::default()));
    assert!(matches!(
        m[0].kode,
        KodeMasalah::BukanJson {
            terpotong: true,
            ..
        }
    ));
    let m = ditolak(baca(B, b"\xff\xfe{}", &Batas::default()));
    assert!(matches!(m[0].kode, KodeMasalah::BukanJson { .. }));
}

#[test]
fn bad_utf8_is_not_json_at_its_place() {
    let m = ditolak(baca(B, b"{\n  \"a\": \"\xff\"}", &Batas::default()));
    assert_eq!(
        m[0].kode,
        KodeMasalah::BukanJson {
            baris: 2,
            kolom: 9,
            terpotong: false
        }
    );
    // A file cut inside a character ended early.
    let m = ditolak(baca(
        B,
        "{\"a\": \"é".as_bytes().split_last().unwrap().1,
        &Batas::default(),
    ));
    assert!(matches!(
        m[0].kode,
        KodeMasalah::BukanJson {
            terpotong: true,
            ..
        }
    ));
}

#[test]
fn every_prefix_of_a_valid_file_is_refused_without_panicking() {
    let teks = contoh::bundle_pegawai().to_json_pretty();
    let byte = teks.as_bytes();
    for n in 0..byte.len() - 1 {
        match baca(B, &byte[..n], &Batas::default()) {
            HasilBaca::Ditolak { masalah, .. } => {
                assert!(
                    matches!(masalah[0].kode, KodeMasalah::BukanJson { .. }),
                    "{n}"
                )
            }
            lain => panic!("prefix {n} accepted: {lain:?}"),
        }
    }
}

#[test]
fn not_a_bundle_whatever_the_json() {
    for v in [
        json!([]),
        json!("x"),
        json!({}),
        json!({"format": "excalidraw"}),
        json!({"format": 1}),
    ] {
        let m = ditolak(baca_v(&v));
        assert_eq!(m[0].kode, KodeMasalah::BukanBundle, "{v}");
        assert_eq!(m[0].jalur, "format");
    }
    let m = ditolak(baca_v(&json!({"format": "excalidraw"})));
    assert_eq!(m[0].nilai, "excalidraw");
}

#[test]
fn envelope_problems_are_all_reported_together() {
    let mut v = contoh::value_pegawai();
    let o = v.as_object_mut().unwrap();
    o.remove("app_version");
    o.insert("kind".into(), json!("semua"));
    o.insert("exported_at".into(), json!("kemarin"));
    o.insert("exporter".into(), json!({"nip": 1, "peran": "raja"}));
    o.insert("signatures".into(), json!({}));
    let m = ditolak(baca_v(&v));
    punya(&m, "", |k| {
        *k == KodeMasalah::KolomHilang {
            kolom: "app_version".into(),
        }
    });
    punya(&m, "kind", |k| *k == KodeMasalah::JenisBundleTidakDikenal);
    punya(&m, "exported_at", |k| {
        matches!(k, KodeMasalah::TanggalTidakSah { .. })
    });
    punya(&m, "exporter.nip", |k| {
        matches!(k, KodeMasalah::TipeSalah { .. })
    });
    punya(&m, "exporter", |k| {
        *k == KodeMasalah::KolomHilang {
            kolom: "nama".into(),
        }
    });
    punya(&m, "exporter.peran", |k| {
        *k == KodeMasalah::PeranTidakDikenal
    });
    punya(&m, "signatures", |k| {
        matches!(k, KodeMasalah::TipeSalah { .. })
    });
    assert_eq!(m.len(), 7, "{m:#?}");
    assert!(m.iter().all(|x| x.record.is_none()));
}

#[test]
fn records_missing_wrong_or_too_many_refuse_the_file() {
    let mut v = contoh::value_pegawai();
    v["exporter"] = json!("Siti");
    v.as_object_mut().unwrap().remove("records");
    let m = ditolak(baca_v(&v));
    punya(&m, "", |k| {
        *k == KodeMasalah::KolomHilang {
            kolom: "records".into(),
        }
    });
    punya(&m, "exporter", |k| {
        matches!(
            k,
            KodeMasalah::TipeSalah {
                ada: Bentuk::Teks,
                ..
            }
        )
    });
    v["records"] = json!({});
    punya(&ditolak(baca_v(&v)), "records", |k| {
        matches!(k, KodeMasalah::TipeSalah { .. })
    });
    let v = contoh::value_pegawai();
    let batas = Batas {
        jumlah_record_maks: 7,
        ..Batas::default()
    };
    let m = ditolak(baca_teks(B, &v.to_string(), &batas));
    assert_eq!(
        m[0].kode,
        KodeMasalah::TerlaluBanyakRecord {
            jumlah: 11,
            batas: 7
        }
    );
}

/// The checks skip walking a record's `data` when the length of its canonical text (from the
/// digest check) rules long texts and lists out; what is outside `data`, and a `data` whose text
/// is long enough to hold one, is still walked.
#[test]
fn long_texts_and_lists_are_found_in_a_file_whose_digest_was_checked() {
    let batas = Batas {
        panjang_string_maks: 5_000,
        panjang_daftar_maks: 3,
        ..Batas::default()
    };
    let mut v = contoh::value_pegawai();
    v["records"][5]["catatan_pengirim"] = json!("z".repeat(6_000));
    v["records"][6]["data"]["peserta"] = json!([1, 2, 3, 4]);
    v["records"][7]["data"]["judul"] = json!("y".repeat(5_001));
    v["digest"]["value"] = json!(digest::hitung(&v));
    let b = terbaca(baca_teks(B, &v.to_string(), &batas));
    assert_eq!(b.digest, StatusDigest::Cocok);
    let semua: Vec<Masalah> = b.ditolak.iter().flat_map(|d| d.masalah.clone()).collect();
    punya(&semua, "records[5].catatan_pengirim", |k| {
        matches!(k, KodeMasalah::StringTerlaluPanjang { panjang: 6_000, .. })
    });
    punya(&semua, "records[6].data.peserta", |k| {
        matches!(k, KodeMasalah::DaftarTerlaluPanjang { panjang: 4, .. })
    });
    punya(&semua, "records[7].data.judul", |k| {
        matches!(k, KodeMasalah::StringTerlaluPanjang { panjang: 5_001, .. })
    });
}

#[test]
fn a_long_text_in_the_envelope_refuses_the_file_and_in_a_record_only_that_record() {
    let batas = Batas {
        panjang_string_maks: 100,
        ..Batas::default()
    };
    let mut v = contoh::value_pegawai();
    v["exporter"]["nama"] = json!("x".repeat(101));
    let m = ditolak(baca_teks(B, &v.to_string(), &batas));
    punya(&m, "exporter.nama", |k| {
        *k == KodeMasalah::StringTerlaluPanjang {
            panjang: 101,
            batas: 100,
        }
    });
    let mut v = contoh::value_pegawai();
    v["records"][5]["data"]["judul"] = json!("y".repeat(160));
    let b = terbaca(baca_teks(B, &v.to_string(), &batas));
    assert_eq!(b.ditolak.len(), 1);
    punya(&b.ditolak[0].masalah, "records[5].data.judul", |k| {
        matches!(k, KodeMasalah::StringTerlaluPanjang { panjang: 160, .. })
    });
}
