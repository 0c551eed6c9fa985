use super::*;
use crate::store::MemoryStore;
use serde_json::json;

const T1: &str = "2026-11-22T09:00:00+07:00";
const T2: &str = "2026-11-22T10:00:00+07:00";

#[test]
fn revisions_count_up_and_a_stale_write_is_refused() {
    let s = MemoryStore::new();
    let a = tulis(&s, JenisRecord::Skp, "s1", json!({"x": 1}), None, T1).unwrap();
    assert_eq!(a.revisi, 1);
    let b = tulis(&s, JenisRecord::Skp, "s1", json!({"x": 2}), Some(1), T2).unwrap();
    assert_eq!(b.revisi, 2);
    // A second tab still based on revision 1 must not overwrite revision 2.
    match tulis(&s, JenisRecord::Skp, "s1", json!({"x": 3}), Some(1), T2) {
        Err(GagalTulis::LebihBaru { tersimpan }) => assert_eq!(tersimpan.data, json!({"x": 2})),
        other => panic!("{other:?}"),
    }
    // "New" when it already exists is stale too.
    assert!(matches!(
        tulis(&s, JenisRecord::Skp, "s1", json!({}), None, T2),
        Err(GagalTulis::LebihBaru { .. })
    ));
    assert_eq!(
        baca(&s, JenisRecord::Skp, "s1").unwrap().unwrap().data,
        json!({"x": 2})
    );
}

#[test]
fn delete_is_a_tombstone_under_the_same_check() {
    let s = MemoryStore::new();
    tulis(
        &s,
        JenisRecord::Realisasi,
        "r1",
        json!({"nilai": 2}),
        None,
        T1,
    )
    .unwrap();
    assert!(hapus(&s, JenisRecord::Realisasi, "r1", 0, T2).is_err());
    let h = hapus(&s, JenisRecord::Realisasi, "r1", 1, T2).unwrap();
    assert!(h.dihapus);
    assert_eq!(h.revisi, 2);
    assert_eq!(
        h.data,
        json!({"nilai": 2}),
        "the content stays for undo and merge"
    );
}

#[test]
fn unknown_fields_survive_a_round_trip() {
    let s = MemoryStore::new();
    s.put(&kunci("skp", "s9"), r#"{"id":"s9","type":"skp","revision":4,"updated_at":"x","data":{},"schema_version":1,"dari_versi_baru":[1,2]}"#).unwrap();
    let r = tulis(&s, JenisRecord::Skp, "s9", json!({"y": 1}), Some(4), T1).unwrap();
    assert_eq!(r.lain.get("dari_versi_baru"), Some(&json!([1, 2])));
    assert!(s
        .get(&kunci("skp", "s9"))
        .unwrap()
        .unwrap()
        .contains("dari_versi_baru"));
}

#[test]
fn corrupt_records_are_quarantined_and_the_rest_loads() {
    let s = MemoryStore::new();
    tulis(&s, JenisRecord::Skp, "ok", json!({"a": 1}), None, T1).unwrap();
    s.put(&kunci("skp", "rusak"), "{\"id\": ").unwrap();
    s.put(&kunci("skp", "masa-depan"), r#"{"id":"masa-depan","type":"skp","revision":1,"updated_at":"x","data":{},"schema_version":9}"#).unwrap();
    let (baik, rusak) = muat_semua(&s).unwrap();
    assert_eq!(baik.len(), 1);
    assert_eq!(rusak.len(), 2);
    assert_eq!(
        rusak[0].karantina,
        "kinerjaku.v1.quarantine.r.skp.masa-depan.1"
    );
    assert!(rusak[0].alasan.contains("newer"));
    assert_eq!(
        s.get("kinerjaku.v1.quarantine.r.skp.rusak.1")
            .unwrap()
            .as_deref(),
        Some("{\"id\": ")
    );
    assert_eq!(s.get(&kunci("skp", "rusak")).unwrap(), None);
}

fn v1_ke_v2(mut v: serde_json::Value) -> Result<serde_json::Value, String> {
    // A fixture step: version 2 renamed data.nama → data.nama_lengkap.
    let data = v
        .get_mut("data")
        .and_then(|d| d.as_object_mut())
        .ok_or("no data")?;
    if let Some(n) = data.remove("nama") {
        data.insert("nama_lengkap".into(), n);
    }
    Ok(v)
}

fn v2_ke_v3(mut v: serde_json::Value) -> Result<serde_json::Value, String> {
    v["data"]["negara"] = json!("ID");
    Ok(v)
}

#[test]
fn migration_chain_runs_every_step_from_each_earlier_version() {
    let chain: &[Migrasi] = &[v1_ke_v2, v2_ke_v3];
    let v1 = json!({"id":"p","type":"pegawai","revision":1,"updated_at":"x","data":{"nama":"Sari"},"schema_version":1});
    let v2 = json!({"id":"p","type":"pegawai","revision":1,"updated_at":"x","data":{"nama_lengkap":"Sari"},"schema_version":2});
    let want = json!({"id":"p","type":"pegawai","revision":1,"updated_at":"x","data":{"nama_lengkap":"Sari","negara":"ID"},"schema_version":3});
    assert_eq!(migrasikan(v1, chain).unwrap(), want);
    assert_eq!(migrasikan(v2, chain).unwrap(), want);
    assert_eq!(migrasikan(want.clone(), chain).unwrap(), want);
    let s = MemoryStore::new();
    s.put(
        &kunci("pegawai", "p"),
        r#"{"id":"p","type":"pegawai","revision":1,"updated_at":"x","data":{"nama":"Sari"}}"#,
    )
    .unwrap();
    let (baik, rusak) = muat_dengan(&s, chain).unwrap();
    assert!(rusak.is_empty());
    assert_eq!(baik[0].data["nama_lengkap"], "Sari");
    assert_eq!(baik[0].schema_version, 3);
}

#[test]
fn a_record_of_schema_version_zero_or_past_u32_is_set_aside_not_a_panic() {
    let chain: &[Migrasi] = &[v1_ke_v2];
    let rekam = |v: &str| {
        format!(
            r#"{{"id":"p","type":"pegawai","revision":1,"updated_at":"x","data":{{"nama":"Sari"}},"schema_version":{v}}}"#
        )
    };
    for v in ["0", "4294967296", "4294967298"] {
        let s = MemoryStore::new();
        s.put(&kunci("pegawai", "p"), &rekam(v)).unwrap();
        let (baik, rusak) = muat_dengan(&s, chain).unwrap();
        assert!(baik.is_empty(), "{v}");
        assert_eq!(rusak.len(), 1, "{v}");
        let s = MemoryStore::new();
        s.put(&kunci("pegawai", "p"), &rekam(v)).unwrap();
        let (baik, rusak) = muat_dengan(&s, MIGRASI).unwrap();
        assert!(baik.is_empty() && rusak.len() == 1, "{v}, today's chain");
    }
}

#[test]
fn current_schema_fixture_loads_unchanged() {
    let s = MemoryStore::new();
    let fixture = r#"{"id":"s1","type":"skp","revision":3,"updated_at":"2026-01-05T08:00:00+07:00","deleted":false,"data":{"k":"v"},"schema_version":1}"#;
    s.put(&kunci("skp", "s1"), fixture).unwrap();
    let (baik, _) = muat_semua(&s).unwrap();
    assert_eq!(
        serde_json::to_value(&baik[0]).unwrap(),
        serde_json::from_str::<serde_json::Value>(fixture).unwrap()
    );
}

#[test]
fn writing_over_a_corrupt_record_keeps_the_corrupt_text() {
    let s = MemoryStore::new();
    s.put(&kunci("skp", "x"), "not json").unwrap();
    tulis(&s, JenisRecord::Skp, "x", json!({"baru": true}), None, T1).unwrap();
    assert_eq!(
        s.get("kinerjaku.v1.quarantine.r.skp.x.1")
            .unwrap()
            .as_deref(),
        Some("not json")
    );
}

#[test]
fn name_based_ids_are_stable_uuids() {
    let a = uuid_nama("pegawai", "198609262015051001");
    assert_eq!(a, uuid_nama("pegawai", "198609262015051001"));
    assert_ne!(a, uuid_nama("pegawai", "198609262015051002"));
    assert!(crate::bundle::format::apakah_uuid(&a));
    assert_eq!(&a[14..15], "8");
}

#[test]
fn a_bad_envelope_is_quarantined_with_the_field_that_is_wrong() {
    let s = MemoryStore::new();
    s.put(
        &kunci("skp", "x"),
        r#"{"id":"x","type":"skp","revision":"dua","updated_at":"t","data":{}}"#,
    )
    .unwrap();
    let (_, rusak) = muat_semua(&s).unwrap();
    assert_eq!(
        rusak[0].alasan,
        r#"revision: invalid type: string "dua", expected u64"#
    );
}

/// Serialises like nothing else: JSON has no place for it, so `to_value` fails.
struct TakTertulis;

impl Serialize for TakTertulis {
    fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("tidak dapat ditulis"))
    }
}

#[test]
fn a_value_that_cannot_be_serialised_is_reported_not_stored_as_null() {
    let s = MemoryStore::new();
    match tulis_isi(&s, JenisRecord::Skp, "s1", &TakTertulis, None, T1) {
        Err(GagalTulis::Penyimpanan(StoreError::Other(alasan))) => {
            assert!(alasan.contains("tidak dapat ditulis"), "{alasan}")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(s.get(&kunci("skp", "s1")).unwrap(), None);
    // Over an existing record, the stored revision stays as it was.
    tulis(&s, JenisRecord::Skp, "s1", json!({"x": 1}), None, T1).unwrap();
    assert!(tulis_isi(&s, JenisRecord::Skp, "s1", &TakTertulis, Some(1), T2).is_err());
    let r = baca(&s, JenisRecord::Skp, "s1").unwrap().unwrap();
    assert_eq!((r.revisi, r.data), (1, json!({"x": 1})));
    // A real domain object goes through the same route.
    let r = tulis_isi(&s, JenisRecord::Skp, "s2", &json!({"y": [1]}), None, T1).unwrap();
    assert_eq!(r.data, json!({"y": [1]}));
}

#[test]
fn reading_everything_writes_nothing_and_skips_what_it_cannot_read() {
    let s = MemoryStore::default();
    tulis(&s, JenisRecord::Skp, "ok", json!({"a": 1}), None, T1).unwrap();
    s.put(&kunci("skp", "rusak"), "{\"id\": ").unwrap();
    let isi = |s: &MemoryStore| {
        let mut v: Vec<(String, Option<String>)> = s
            .keys()
            .unwrap()
            .into_iter()
            .map(|k| (k.clone(), s.get(&k).unwrap()))
            .collect();
        v.sort();
        v
    };
    let sebelum = isi(&s);
    let semua = baca_jenis(&s, &[JenisRecord::Skp]).unwrap();
    assert_eq!(semua.len(), 1);
    assert_eq!(semua[0].id, "ok");
    assert_eq!(sebelum, isi(&s), "no quarantine, no write");
}

#[test]
fn reading_some_kinds_leaves_the_keys_of_others_unread() {
    let s = MemoryStore::default();
    tulis(&s, JenisRecord::Skp, "s", json!({"a": 1}), None, T1).unwrap();
    tulis(&s, JenisRecord::Realisasi, "r", json!({"b": 2}), None, T1).unwrap();
    // Unreadable text under kinds not asked for: read, it would at least be skipped; it is
    // not even read, which a kind whose name starts like another's must not change.
    s.put(&kunci("lampiran", "x"), "{ bukan json").unwrap();
    s.put(&kunci("skp_lain", "y"), "{ bukan json").unwrap();
    s.kunci_dibaca();
    let semua = baca_jenis(&s, &[JenisRecord::Skp, JenisRecord::Realisasi]).unwrap();
    let mut id: Vec<&str> = semua.iter().map(|r| r.id.as_str()).collect();
    id.sort();
    assert_eq!(id, ["r", "s"]);
    let dibaca = s.kunci_dibaca();
    assert_eq!(dibaca.len(), 2, "{dibaca:?}");
    assert!(dibaca
        .iter()
        .all(|k| !k.contains("lampiran") && !k.contains("skp_lain")));
}

#[test]
fn a_revision_at_the_top_of_u64_is_not_wrapped_to_zero() {
    let s = MemoryStore::new();
    let a = tulis(&s, JenisRecord::Skp, "s1", json!({"x": 1}), None, T1).unwrap();
    let mut rusak = a.clone();
    rusak.revisi = u64::MAX;
    simpan_apa_adanya(&s, &rusak).unwrap();
    let r = tulis(
        &s,
        JenisRecord::Skp,
        "s1",
        json!({"x": 2}),
        Some(u64::MAX),
        T2,
    );
    assert!(matches!(r, Err(GagalTulis::Penyimpanan(_))), "{r:?}");
    // What is stored stays as it was.
    assert_eq!(
        baca(&s, JenisRecord::Skp, "s1").unwrap().unwrap().revisi,
        u64::MAX
    );
}

#[test]
fn the_quick_envelope_reader_gives_what_the_field_naming_reader_gives() {
    use serde_json::json;
    let baik = [
        json!({"id":"a","type":"skp","revision":3,"updated_at":"t","data":{"x":[1,{"y":null}]}}),
        json!({"id":"a","type":"skp","revision":0,"updated_at":"t","deleted":true,"data":null,
               "schema_version":1,"basis":{"revisi":2},"baru":"dari versi lain"}),
        json!({"id":"a","type":"x","revision":u64::MAX,"updated_at":"","deleted":false,"data":7}),
    ];
    for v in baik {
        let lambat: Rekaman = dari_value(&v).unwrap();
        assert_eq!(amplop_cepat(v.clone()), Ok(lambat), "{v}");
    }
    // Anything else is handed back as it was, for the reader that names the field.
    for v in [
        json!({"id":"a","type":"skp","revision":"dua","updated_at":"t","data":{}}),
        json!({"id":"a","type":"skp","revision":1.0,"updated_at":"t","data":{}}),
        json!({"id":"a","type":"skp","revision":1,"updated_at":"t"}),
        json!({"id":"a","type":"skp","revision":1,"updated_at":"t","data":{},"deleted":null}),
        json!({"id":"a","type":"skp","revision":1,"updated_at":"t","data":{},"schema_version":-1}),
        json!({"id":7,"type":"skp","revision":1,"updated_at":"t","data":{}}),
        json!([1]),
    ] {
        assert_eq!(amplop_cepat(v.clone()), Err(v.clone()));
        assert!(dari_value::<Rekaman>(&v).is_err(), "{v}");
    }
}

#[test]
fn the_record_key_prefix_is_the_store_prefix_and_r() {
    assert_eq!(AWALAN_REKAMAN, format!("{}r.", crate::store::KEY_PREFIX));
    assert!(kunci_rekaman(&kunci("skp", "a")));
    assert!(!kunci_rekaman("kinerjaku.v1.settings"));
    assert!(!kunci_rekaman("kinerjaku.v1.snapshot.1"));
    assert!(!kunci_rekaman("lain.v1.r.skp.a"));
}

#[test]
fn a_save_over_a_record_gone_meanwhile_goes_on_from_the_revision_it_was_based_on() {
    let s = MemoryStore::new();
    tulis(&s, JenisRecord::Skp, "s1", json!({"x": 1}), None, T1).unwrap();
    tulis(&s, JenisRecord::Skp, "s1", json!({"x": 2}), Some(1), T1).unwrap();
    // The record goes away underneath (a restore to a backup from before it, another tab's
    // start-up check setting it aside) while a form based on revision 2 is open: devices
    // holding revision 2 must see the save as newer.
    s.remove(&kunci("skp", "s1")).unwrap();
    let r = tulis(&s, JenisRecord::Skp, "s1", json!({"x": 3}), Some(2), T2).unwrap();
    assert_eq!(r.revisi, 3);
}

#[test]
fn an_unreadable_record_that_cannot_be_set_aside_is_never_written_over() {
    const RUANG: usize = 3_000;
    let s = MemoryStore::with_capacity(RUANG);
    let k = kunci("skp", "a");
    let rusak = format!("{{\"id\":\"a\",\"broken{}", "y".repeat(600));
    s.put(&k, &rusak).unwrap();
    // Too little room left for a quarantine copy, enough to replace it with a small record.
    let sisa = RUANG - s.bytes_used().unwrap();
    s.put("kinerjaku.v1.r.catatan.isi", &"x".repeat(sisa / 2 - 40))
        .unwrap();
    let hasil = tulis(&s, JenisRecord::Skp, "a", json!({"x": 1}), None, T1);
    assert!(
        matches!(hasil, Err(GagalTulis::Penyimpanan(StoreError::QuotaFull))),
        "{hasil:?}"
    );
    assert_eq!(
        s.get(&k).unwrap().as_deref(),
        Some(rusak.as_str()),
        "still there"
    );
}
