use super::*;
use crate::bundle::format::JenisBundle;
use crate::domain::Galat;

/// Every problem, with the data its message must show in both languages. The match in
/// [`isi_wajib`] has no catch-all, so a new problem cannot be added without saying what it shows.
fn semua_kode() -> Vec<KodeMasalah> {
    use KodeMasalah as K;
    vec![
        K::TerlaluBesar {
            ukuran: 61 * 1024 * 1024,
            batas: 47 * 1024 * 1024,
        },
        K::TerlaluDalam {
            batas: 64,
            baris: 33,
            kolom: 71,
        },
        K::BukanJson {
            baris: 22,
            kolom: 57,
            terpotong: true,
        },
        K::BukanJson {
            baris: 23,
            kolom: 58,
            terpotong: false,
        },
        K::BukanBundle,
        K::SkemaLebihBaru {
            versi: 29,
            didukung: 17,
        },
        K::SkemaTidakDidukung {
            versi: 13,
            tertua: 19,
        },
        K::MigrasiGagal {
            dari: 11,
            alasan: "langkah-rusak".into(),
        },
        K::TerlaluBanyakRecord {
            jumlah: 9001,
            batas: 8002,
        },
        K::JenisBundleTidakDikenal,
        K::PeranTidakDikenal,
        K::RekapBukanDariAdmin,
        K::RekapHanyaAdmin {
            peran: "pejabat_penilai".into(),
        },
        K::KolomHilang {
            kolom: "nip".into(),
        },
        K::TipeSalah {
            ada: Bentuk::Teks,
            harap: "a boolean".into(),
        },
        K::NilaiTidakDikenal {
            pilihan: vec!["alfa".into(), "beta".into()],
        },
        K::TanggalTidakSah {
            alasan: "input is out of range".into(),
        },
        K::StringTerlaluPanjang {
            panjang: 200_003,
            batas: 100_004,
        },
        K::IdTidakSah,
        K::IdTidakCocok,
        K::DaftarTerlaluPanjang {
            panjang: 1_000_007,
            batas: 10_009,
        },
        K::RevisiTerlaluBesar { batas: 9_007_199 },
        K::RevisiMelompat {
            lokal: 71,
            masuk: 5_000_073,
        },
        K::IdGanda { kali: 43 },
        K::JenisRecordTidakDikenal,
        K::JenisRecordTidakCocok {
            bundle: JenisBundle::Rulebook,
        },
        K::DiLuarJangkauan { harap: "u8".into() },
        K::PanjangSalah {
            panjang: 7,
            harap: "an array of length 3".into(),
        },
        K::DataTidakSesuai {
            alasan: "sebab-khusus".into(),
        },
        K::RulebookTidakKonsisten {
            galat: Galat::baru("kuadran_sel_hilang").dengan("nilai", "diatas/diatas"),
        },
        K::AturanDilanggar {
            galat: Galat::baru("iki_tidak_dikenal").dengan("nilai", "iki-khusus"),
        },
        K::TanpaWewenang {
            galat: Galat::baru("otoritas_profil").dengan("nip", "nip-khusus"),
        },
        K::SalinanRekap {
            galat: Galat::baru("otoritas_skp_terkunci").dengan("nip", "nip-rekap"),
        },
        K::JenisBerbeda {
            lokal: "skp".into(),
        },
        K::DigestTidakCocok,
        K::DigestTidakAda,
        K::AlgoritmaDigestTidakDikenal,
        K::NilaiTurunanDibuang,
        K::Dimigrasi { dari: 37, ke: 41 },
    ]
}

/// What the message of `k` (with value `"md5-x"`) must contain in both languages.
fn isi_wajib(k: &KodeMasalah) -> Vec<&'static str> {
    use KodeMasalah as K;
    match k {
        K::TerlaluBesar { .. } => vec!["61", "47", "MB"],
        K::TerlaluDalam { .. } => vec!["64", "33", "71"],
        K::BukanJson {
            terpotong: true, ..
        } => vec!["22", "57"],
        K::BukanJson { .. } => vec!["23", "58", "JSON"],
        K::BukanBundle => vec!["«format»", "\"kinerjaku-bundle\""],
        K::SkemaLebihBaru { .. } => vec!["29", "17"],
        K::SkemaTidakDidukung { .. } => vec!["13", "19"],
        K::MigrasiGagal { .. } => vec!["11", "(langkah-rusak)"],
        K::TerlaluBanyakRecord { .. } => vec!["9001", "8002"],
        K::JenisBundleTidakDikenal => vec!["pegawai, penilaian, rulebook, rekap"],
        K::PeranTidakDikenal => vec!["pegawai, pejabat_penilai, admin_kepegawaian"],
        K::RekapBukanDariAdmin => vec!["rekap", "admin kepegawaian"],
        K::RekapHanyaAdmin { .. } => vec!["rekap", "admin kepegawaian", "Pejabat Penilai"],
        K::KolomHilang { .. } => vec!["«nip»"],
        K::TipeSalah { .. } => vec![],
        K::NilaiTidakDikenal { .. } => vec!["alfa, beta"],
        K::TanggalTidakSah { .. } => vec!["2026-01-31", "2026-01-31T08:00:00+07:00"],
        K::StringTerlaluPanjang { .. } => vec!["200003", "100004"],
        K::IdTidakSah => vec!["UUID", "3f2b8c1e-9a4d-4e7b-8c2a-1b2c3d4e5f60"],
        K::IdTidakCocok => vec![],
        K::DaftarTerlaluPanjang { .. } => vec!["1000007", "10009"],
        K::RevisiTerlaluBesar { .. } => vec!["9007199"],
        K::RevisiMelompat { .. } => vec!["71", "5000073"],
        K::IdGanda { .. } => vec!["43"],
        K::JenisRecordTidakDikenal => vec![],
        K::JenisRecordTidakCocok { .. } => vec!["«rulebook»"],
        K::DiLuarJangkauan { .. } => vec![],
        K::PanjangSalah { .. } => vec!["7", "3"],
        K::DataTidakSesuai { .. } => vec![],
        K::RulebookTidakKonsisten { .. } => vec!["diatas/diatas"],
        K::AturanDilanggar { .. } => vec!["iki-khusus"],
        K::TanpaWewenang { .. } => vec!["nip-khusus"],
        K::SalinanRekap { .. } => vec!["rekap", "nip-rekap"],
        K::JenisBerbeda { .. } => vec!["«skp»"],
        K::DigestTidakCocok | K::DigestTidakAda => vec!["SHA-256"],
        K::AlgoritmaDigestTidakDikenal => vec!["«md5-x»"],
        K::NilaiTurunanDibuang => vec![],
        K::Dimigrasi { .. } => vec!["37", "41"],
    }
}

#[test]
fn every_problem_shows_its_data_in_both_languages() {
    let kode = semua_kode();
    let mut dilihat: Vec<(String, String)> = Vec::new();
    for k in &kode {
        let id = uraian(k, "md5-x", Bahasa::Id);
        let en = uraian(k, "md5-x", Bahasa::En);
        for isi in isi_wajib(k) {
            assert!(id.contains(isi), "{k:?}: «{isi}» missing from {id}");
            assert!(en.contains(isi), "{k:?}: «{isi}» missing from {en}");
        }
        assert!(
            !id.contains('{') && !en.contains('{'),
            "unfilled placeholder: {id} / {en}"
        );
        // The Indonesian text is Indonesian and the English one English.
        assert_ne!(id, en, "{k:?}");
        // No two problems share a message: each says what is specifically wrong.
        for (lain_id, lain_en) in &dilihat {
            assert!(
                id != *lain_id && en != *lain_en,
                "{k:?} reads like another: {id}"
            );
        }
        dilihat.push((id, en));
    }
    assert_eq!(dilihat.len(), kode.len());
}

#[test]
fn a_message_says_which_file_record_field_and_value() {
    let m = Masalah::baru(
        "a.json",
        "records[3].data.nip",
        KodeMasalah::KolomHilang {
            kolom: "nip".into(),
        },
    )
    .di_record(Some("3f2b8c1e-9a4d-4e7b-8c2a-1b2c3d4e5f60"))
    .dengan_teks("<script>alert(1)</script>");
    let id = m.pesan(Bahasa::Id);
    assert_eq!(
        id,
        "Berkas «a.json», record 3f2b8c1e-9a4d-4e7b-8c2a-1b2c3d4e5f60, kolom records[3].data.nip: \
         kolom wajib «nip» tidak ada. Nilai di berkas: «<script>alert(1)</script>»."
    );
    let en = m.pesan(Bahasa::En);
    assert!(en.starts_with("File «a.json», record 3f2b8c1e"));
    assert!(en.contains("field records[3].data.nip"));
    assert!(en.contains("the required field «nip» is missing."));
    let file = Masalah::baru("a.json", "", KodeMasalah::BukanBundle);
    assert!(file
        .pesan(Bahasa::Id)
        .starts_with("Berkas «a.json»: ini bukan bundle KinerjaKu"));
}

#[test]
fn the_two_messages_the_issue_names_use_its_words() {
    let baru = KodeMasalah::SkemaLebihBaru {
        versi: 3,
        didukung: 1,
    };
    assert!(uraian(&baru, "", Bahasa::Id).contains("Perbarui aplikasi"));
    assert!(uraian(&baru, "", Bahasa::En).contains("Update the app"));
    assert!(uraian(&baru, "", Bahasa::Id).contains("Tidak ada yang diimpor"));
    let rusak = uraian(&KodeMasalah::DigestTidakCocok, "", Bahasa::Id);
    assert!(rusak.starts_with("berkas telah diubah atau rusak"));
    assert!(uraian(&KodeMasalah::DigestTidakCocok, "", Bahasa::En).contains("changed or damaged"));
}

#[test]
fn sizes_types_and_rulebook_reasons_are_in_plain_words() {
    let besar = KodeMasalah::TerlaluBesar {
        ukuran: 63_963_136,
        batas: 50 * 1024 * 1024,
    };
    assert!(uraian(&besar, "", Bahasa::Id).contains("61 MB, melebihi batas 50 MB"));
    let tipe = KodeMasalah::TipeSalah {
        ada: Bentuk::Teks,
        harap: "a boolean".into(),
    };
    assert_eq!(
        uraian(&tipe, "", Bahasa::Id),
        "isinya teks, padahal seharusnya ya/tidak (boolean)."
    );
    assert_eq!(
        uraian(&tipe, "", Bahasa::En),
        "it holds text where true/false is expected."
    );
    let aneh = KodeMasalah::TipeSalah {
        ada: Bentuk::Objek,
        harap: "sesuatu".into(),
    };
    assert!(uraian(&aneh, "", Bahasa::En).contains("«sesuatu»"));
    let tanggal = KodeMasalah::TipeSalah {
        ada: Bentuk::Bilangan,
        harap: "a formatted date string".into(),
    };
    assert!(uraian(&tanggal, "", Bahasa::Id).contains("seharusnya tanggal"));
    let rb = KodeMasalah::RulebookTidakKonsisten {
        galat: Galat::baru("kuadran_sel_hilang"),
    };
    let teks = uraian(&rb, "", Bahasa::Id);
    assert!(
        !teks.contains("galat.kuadran_sel_hilang"),
        "rulebook has words for it: {teks}"
    );
}

#[test]
fn merge_actions_have_labels_in_both_languages() {
    use Tindakan as T;
    for t in [
        T::Tambah,
        T::Perbarui,
        T::TidakBerubah,
        T::LebihLama,
        T::Konflik,
        T::Ditolak,
    ] {
        assert_ne!(t.label(Bahasa::Id), t.label(Bahasa::En));
    }
    assert_eq!(T::Tambah.label(Bahasa::Id), "ditambahkan");
}

#[test]
fn a_size_just_over_the_limit_and_a_wrong_number_say_what_differs() {
    use crate::bundle::jejak::Bentuk;
    use KodeMasalah as K;
    let batas = 50 * 1024 * 1024;
    let k = K::TerlaluBesar {
        ukuran: batas + 3_000,
        batas,
    };
    let id = uraian(&k, "", Bahasa::Id);
    assert!(
        id.contains("52431800 byte") && id.contains("52428800 byte"),
        "{id}"
    );
    let k = K::TipeSalah {
        ada: Bentuk::Bilangan,
        harap: "u64".into(),
    };
    assert_eq!(
        uraian(&k, "", Bahasa::Id),
        "isinya bilangan, padahal seharusnya bilangan bulat 0 atau lebih."
    );
    assert_eq!(
        uraian(&k, "", Bahasa::En),
        "it holds a number where a whole number of 0 or more is expected."
    );
}

/// Failures of real typed reads put into words: never serde's own ("invalid value",
/// "expected u8", "an array of length 3"), and the value found is shown.
#[test]
fn typed_read_failures_never_show_parser_words() {
    use crate::bundle::jejak::baca_sebagai;
    use crate::domain::desimal::Pecahan;
    use serde_json::json;
    let kasus: Vec<(Masalah, &str)> = vec![
        (
            Masalah::dari_data(
                "a.json",
                baca_sebagai::<Vec<u8>>(&json!([1, 300]), "data").unwrap_err(),
                &json!([1, 300]),
                "data",
            ),
            "300",
        ),
        (
            Masalah::dari_data(
                "a.json",
                baca_sebagai::<Vec<u64>>(&json!([-4]), "data").unwrap_err(),
                &json!([-4]),
                "data",
            ),
            "-4",
        ),
        (
            Masalah::dari_data(
                "a.json",
                baca_sebagai::<[u8; 3]>(&json!([1, 2, 3, 4, 5, 6, 7]), "data").unwrap_err(),
                &json!([1, 2, 3, 4, 5, 6, 7]),
                "data",
            ),
            "7",
        ),
        (
            Masalah::dari_data(
                "a.json",
                baca_sebagai::<Pecahan>(&json!(1e300), "data").unwrap_err(),
                &json!(1e300),
                "data",
            ),
            "",
        ),
    ];
    for (m, harus) in kasus {
        assert!(
            !matches!(m.kode, KodeMasalah::DataTidakSesuai { .. }),
            "a structured cause is expected: {m:?}"
        );
        for b in [Bahasa::Id, Bahasa::En] {
            let p = m.pesan(b);
            for kata in [
                "invalid",
                "expected u",
                "expected a",
                "u8",
                "u64",
                "array of",
                "angka_di_luar",
            ] {
                assert!(!p.contains(kata), "{kata:?} in {p:?}");
            }
            assert!(p.contains(harus), "{harus:?} missing from {p:?}");
        }
    }
}
