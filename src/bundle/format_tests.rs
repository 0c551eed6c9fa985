use super::*;
use crate::bundle::contoh::{self, waktu};
use crate::bundle::digest;
use crate::bundle::isi::IsiRecord;
use serde_json::json;

#[test]
fn a_new_bundle_carries_every_envelope_field_and_a_matching_digest() {
    let b = contoh::bundle_pegawai();
    let v = b.ke_value();
    for k in KOLOM_BUNDLE {
        assert!(v.get(k).is_some(), "missing {k}");
    }
    assert_eq!(v["format"], FORMAT);
    assert_eq!(v["schema_version"], SCHEMA_VERSION);
    assert_eq!(v["kind"], "pegawai");
    assert_eq!(v["exported_at"], "2026-04-10T09:30:00+07:00");
    assert_eq!(v["app_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(v["exporter"]["peran"], "pegawai");
    assert_eq!(v["digest"]["algorithm"], "sha-256");
    assert_eq!(v["signatures"], json!([]));
    assert_eq!(b.digest.value.len(), 64);
    assert_eq!(digest::verify(&v), digest::StatusDigest::Cocok);
    for r in v["records"].as_array().unwrap() {
        for k in KOLOM_RECORD {
            assert!(r.get(k).is_some(), "record missing {k}");
        }
    }
}

#[test]
fn the_pretty_text_parses_back_into_the_same_bundle() {
    let b = contoh::bundle_pegawai();
    let teks = b.to_json_pretty();
    assert!(teks.contains("\n  \"records\""), "indented for people");
    assert!(teks.ends_with('\n'));
    let kembali: Bundle = serde_json::from_str(&teks).unwrap();
    assert_eq!(kembali, b);
}

#[test]
fn unknown_fields_at_every_level_survive_a_round_trip() {
    let mut v = contoh::value_pegawai();
    v["dari_masa_depan"] = json!({"x": [1, 2]});
    v["exporter"]["unit"] = json!("Biro");
    v["digest"]["catatan"] = json!("n");
    v["records"][0]["asal_perangkat"] = json!("hp-1");
    v["records"][0]["data"]["kolom_baru"] = json!(true);
    let b: Bundle = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(b.lain["dari_masa_depan"], json!({"x": [1, 2]}));
    assert_eq!(b.records[0].lain["asal_perangkat"], "hp-1");
    assert_eq!(b.ke_value(), v);
}

#[test]
fn a_kept_unknown_field_never_shadows_a_known_one() {
    let mut r = contoh::record(1, JenisRecord::Catatan, 3);
    r.lain.insert("revision".into(), json!(99));
    r.lain.insert("x".into(), json!(1));
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["revision"], 3);
    assert_eq!(v["x"], 1);
    let teks = serde_json::to_string(&r).unwrap();
    assert_eq!(teks.matches("\"revision\"").count(), 1);
}

#[test]
fn derived_values_are_not_in_an_exported_evaluasi() {
    let r = contoh::record(1, JenisRecord::Evaluasi, 1);
    assert!(r.data.get("predikat").is_none());
    let r = contoh::record(2, JenisRecord::Realisasi, 1);
    assert!(r.data.get("capaian").is_none());
}

#[test]
fn typed_access_reads_each_record_type_into_its_domain_object() {
    for (i, j) in JenisRecord::SEMUA.into_iter().enumerate() {
        let r = contoh::record(i as u8, j, 1);
        let isi = r.isi().unwrap_or_else(|e| panic!("{j:?}: {e:?}"));
        let cocok = matches!(
            (j, &isi),
            (JenisRecord::Pegawai, IsiRecord::Pegawai(_))
                | (JenisRecord::Skp, IsiRecord::Skp(_))
                | (JenisRecord::Realisasi, IsiRecord::Realisasi(_))
                | (JenisRecord::UmpanBalik, IsiRecord::UmpanBalik(_))
                | (JenisRecord::DialogKinerja, IsiRecord::DialogKinerja(_))
                | (JenisRecord::Evaluasi, IsiRecord::Evaluasi(_))
                | (
                    JenisRecord::KegiatanPengembangan,
                    IsiRecord::KegiatanPengembangan(_)
                )
                | (JenisRecord::Catatan, IsiRecord::Catatan(_))
                | (
                    JenisRecord::MatriksPeranHasil,
                    IsiRecord::MatriksPeranHasil(_)
                )
                | (JenisRecord::Rulebook, IsiRecord::Rulebook(_))
                | (JenisRecord::Lampiran, IsiRecord::Lampiran(_))
                | (JenisRecord::UnitKerja, IsiRecord::UnitKerja(_))
                | (
                    JenisRecord::PredikatOrganisasi,
                    IsiRecord::PredikatOrganisasi(_)
                )
                | (
                    JenisRecord::PenilaianKompetensi,
                    IsiRecord::PenilaianKompetensi(_)
                )
                | (
                    JenisRecord::RencanaPengembangan,
                    IsiRecord::RencanaPengembangan(_)
                )
                | (JenisRecord::Penghargaan, IsiRecord::Penghargaan(_))
                | (JenisRecord::AsesmenPotensi, IsiRecord::AsesmenPotensi(_))
        );
        assert!(cocok, "{j:?}");
    }
    let p: crate::domain::pegawai::Pegawai = contoh::record(1, JenisRecord::Pegawai, 1)
        .data_sebagai()
        .unwrap();
    assert_eq!(p, contoh::pegawai());
}

#[test]
fn typed_access_reports_the_failing_field() {
    let mut r = contoh::record(1, JenisRecord::Skp, 1);
    r.data["rhk"][0]["iki"][0]["aspek"] = json!("keindahan");
    let e = r.isi().unwrap_err();
    let crate::bundle::isi::GalatIsi::Bentuk(g) = e else {
        panic!("{e:?}")
    };
    assert_eq!(g.jalur, "data.rhk[0].iki[0].aspek");
}

#[test]
fn a_script_tag_in_a_name_round_trips_as_plain_text() {
    let b = contoh::bundle_pegawai();
    let teks = b.to_json_pretty();
    let kembali: Bundle = serde_json::from_str(&teks).unwrap();
    let p: crate::domain::pegawai::Pegawai = kembali.records[0].data_sebagai().unwrap();
    assert_eq!(p.nama, "Siti <script>alert(1)</script> Rahma");
}

#[test]
fn file_names_follow_the_pattern_and_cannot_carry_a_path() {
    let t = contoh::d(2026, 4, 10);
    assert_eq!(
        nama_berkas(JenisBundle::Penilaian, "198609262015051001", t),
        "kinerjaku-penilaian-198609262015051001-20260410.json"
    );
    assert_eq!(
        nama_berkas(JenisBundle::Pegawai, "../../etc/passwd", t),
        "kinerjaku-pegawai-etcpasswd-20260410.json"
    );
    assert_eq!(
        nama_berkas(JenisBundle::Rulebook, "", t),
        "kinerjaku-rulebook-tanpa-nip-20260410.json"
    );
    assert_eq!(
        nama_berkas(JenisBundle::Rekap, "196801011990031001", t),
        "kinerjaku-rekap-196801011990031001-20260410.json"
    );
    assert_eq!(
        contoh::bundle_pegawai().nama_berkas(),
        "kinerjaku-pegawai-198609262015051001-20260410.json"
    );
}

#[test]
fn the_file_date_is_the_exporters_local_date() {
    // 05:00 in Jakarta on the 10th is still the 9th in UTC; the person's own date wins.
    let mut b = contoh::bundle_pegawai();
    b.diekspor = "2026-04-10T05:00:00+07:00".into();
    assert!(b.nama_berkas().ends_with("-20260410.json"));
}

#[test]
fn uuid_v4_sets_version_and_variant_bits() {
    let u = uuid_v4_dari_byte([0xff; 16]);
    assert_eq!(u, "ffffffff-ffff-4fff-bfff-ffffffffffff");
    let u = uuid_v4_dari_byte([0; 16]);
    assert_eq!(u, "00000000-0000-4000-8000-000000000000");
    assert!(apakah_uuid(&u));
    let acak = uuid_v4_dari_byte([
        0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 0x0f, 0xed, 0xcb, 0xa9, 0x87, 0x65, 0x43,
        0x21,
    ]);
    assert_eq!(acak, "12345678-9abc-4ef0-8fed-cba987654321");
}

#[test]
fn uuid_text_check_accepts_any_version_and_case_only() {
    assert!(apakah_uuid("3F2B8C1E-9A4D-7E7B-8C2A-1B2C3D4E5F60"));
    for salah in [
        "",
        "3f2b8c1e9a4d4e7b8c2a1b2c3d4e5f60",
        "3f2b8c1e-9a4d-4e7b-8c2a-1b2c3d4e5f6g",
        "3f2b8c1e-9a4d-4e7b-8c2a-1b2c3d4e5f600",
        "3f2b8c1e_9a4d-4e7b-8c2a-1b2c3d4e5f60",
        "3f2b8c1e-9a4d-4e7b-8c2a-1b2c3d4e5fé",
    ] {
        assert!(!apakah_uuid(salah), "{salah}");
    }
}

#[test]
fn kinds_and_types_name_themselves_and_say_what_they_may_hold() {
    for j in JenisBundle::SEMUA {
        assert_eq!(JenisBundle::dari_kode(j.kode()), Some(j));
        assert_eq!(serde_json::to_value(j).unwrap(), j.kode());
    }
    for j in JenisRecord::SEMUA {
        assert_eq!(JenisRecord::dari_kode(j.kode()), Some(j));
        assert_eq!(serde_json::to_value(j).unwrap(), j.kode());
    }
    assert_eq!(JenisRecord::dari_kode("predikat"), None);
    assert!(JenisBundle::Rulebook.boleh_memuat(JenisRecord::Rulebook));
    assert!(!JenisBundle::Rulebook.boleh_memuat(JenisRecord::Pegawai));
    assert!(!JenisBundle::Pegawai.boleh_memuat(JenisRecord::Rulebook));
    assert!(JenisBundle::Pegawai.boleh_memuat(JenisRecord::Catatan));
    assert!(JenisBundle::Penilaian.boleh_memuat(JenisRecord::Evaluasi));
    assert!(!JenisBundle::Penilaian.boleh_memuat(JenisRecord::Catatan));
    assert!(JenisBundle::Penilaian.boleh_memuat(JenisRecord::MatriksPeranHasil));
    assert!(JenisBundle::Pegawai.boleh_memuat(JenisRecord::MatriksPeranHasil));
    assert!(!JenisBundle::Rulebook.boleh_memuat(JenisRecord::MatriksPeranHasil));
    assert_eq!(JenisRecord::MatriksPeranHasil.kode(), "matriks_peran_hasil");
    // The organisation is the admin's own: only the agency's rekap carries it.
    for j in [JenisRecord::UnitKerja, JenisRecord::PredikatOrganisasi] {
        let k: Vec<_> = JenisBundle::SEMUA
            .into_iter()
            .filter(|k| k.boleh_memuat(j))
            .collect();
        assert_eq!(k, [JenisBundle::Rekap], "{j:?}");
    }
    // A rekap carries every type but the rulebook, which replaces the receiver's rules.
    for j in JenisRecord::SEMUA {
        assert_eq!(
            JenisBundle::Rekap.boleh_memuat(j),
            j != JenisRecord::Rulebook,
            "{j:?}"
        );
    }
    assert_eq!(JenisBundle::dari_kode("rekap"), Some(JenisBundle::Rekap));
    assert_eq!(JenisRecord::UnitKerja.kode(), "unit_kerja");
    assert_eq!(
        JenisRecord::PredikatOrganisasi.kode(),
        "predikat_organisasi"
    );
}

#[test]
fn time_stamps_keep_the_offset_and_use_z_for_utc() {
    assert_eq!(
        waktu_rfc3339(waktu("2026-01-02T03:04:05.678+08:00")),
        "2026-01-02T03:04:05+08:00"
    );
    assert_eq!(
        waktu_rfc3339(waktu("2026-01-02T03:04:05+00:00")),
        "2026-01-02T03:04:05Z"
    );
}
