use super::*;
use crate::bundle::format::JenisBundle;
use crate::domain::Galat;

fn semua_kode() -> Vec<KodeMasalah> {
    use KodeMasalah as K;
    vec![
        K::TerlaluBesar {
            ukuran: 60 * 1024 * 1024,
            batas: 50 * 1024 * 1024,
        },
        K::TerlaluDalam {
            batas: 64,
            baris: 3,
            kolom: 7,
        },
        K::BukanJson {
            baris: 2,
            kolom: 5,
            terpotong: true,
        },
        K::BukanJson {
            baris: 2,
            kolom: 5,
            terpotong: false,
        },
        K::BukanBundle,
        K::SkemaLebihBaru {
            versi: 2,
            didukung: 1,
        },
        K::SkemaTidakDidukung {
            versi: 0,
            tertua: 1,
        },
        K::MigrasiGagal {
            dari: 0,
            alasan: "x".into(),
        },
        K::TerlaluBanyakRecord {
            jumlah: 9,
            batas: 8,
        },
        K::JenisBundleTidakDikenal,
        K::PeranTidakDikenal,
        K::KolomHilang {
            kolom: "nip".into(),
        },
        K::TipeSalah {
            ada: Bentuk::Teks,
            harap: "a boolean".into(),
        },
        K::NilaiTidakDikenal {
            pilihan: vec!["a".into(), "b".into()],
        },
        K::TanggalTidakSah {
            alasan: "input is out of range".into(),
        },
        K::StringTerlaluPanjang {
            panjang: 200_000,
            batas: 100_000,
        },
        K::IdTidakSah,
        K::IdGanda { kali: 2 },
        K::JenisRecordTidakDikenal,
        K::JenisRecordTidakCocok {
            bundle: JenisBundle::Rulebook,
        },
        K::DataTidakSesuai { alasan: "x".into() },
        K::RulebookTidakKonsisten {
            galat: Galat::baru("kuadran_sel_hilang").dengan("nilai", "diatas/diatas"),
        },
        K::JenisBerbeda {
            lokal: "skp".into(),
        },
        K::DigestTidakCocok,
        K::DigestTidakAda,
        K::AlgoritmaDigestTidakDikenal,
        K::NilaiTurunanDibuang,
        K::Dimigrasi { dari: 0, ke: 1 },
    ]
}

#[test]
fn every_problem_reads_in_both_languages_and_they_differ() {
    for k in semua_kode() {
        let id = uraian(&k, "v", Bahasa::Id);
        let en = uraian(&k, "v", Bahasa::En);
        assert!(id.len() > 15 && en.len() > 15, "{k:?}");
        assert_ne!(id, en, "{k:?}");
        assert!(
            !id.contains('{') && !en.contains('{'),
            "unfilled placeholder: {id} / {en}"
        );
    }
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
