use super::*;
use crate::store::rekaman::{kunci, muat_semua, tulis, urai, JenisRecord};
use crate::store::{turunan, MemoryStore};
use serde_json::json;

const T1: &str = "2026-11-22T09:00:00+07:00";

/// An envelope with `ubah` applied to its text (a field replaced, removed or added).
fn amplop(ubah: &[(&str, Option<&str>)]) -> String {
    let mut medan: Vec<(String, String)> = [
        ("id", r#""s1""#),
        ("type", r#""skp""#),
        ("revision", "3"),
        ("updated_at", r#""2026-11-22T09:00:00+07:00""#),
        (
            "data",
            r#"{"rhk":[{"id":"r1","iki":[]}],"catatan":"a \"b\" \u00e9"}"#,
        ),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    for (k, v) in ubah {
        medan.retain(|(x, _)| x != k);
        if let Some(v) = v {
            medan.push((k.to_string(), v.to_string()));
        }
    }
    let isi: Vec<String> = medan.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
    format!("{{{}}}", isi.join(","))
}

/// Every one-character damage to a record (a character lost, or one of several put in at
/// any place): whatever the fast check still passes, the full reader reads too.
#[test]
fn a_damaged_record_passes_the_fast_check_only_when_it_is_still_readable() {
    let satu = amplop(&[("deleted", Some("false")), ("schema_version", Some("1"))]);
    let mut kasus = Vec::new();
    for (i, _) in satu.char_indices() {
        let mut t = satu.clone();
        t.remove(i);
        kasus.push(t);
        for c in ['"', '{', '}', '[', ']', ',', ':', '\\', '-', '0', 'x', ' '] {
            let mut t = satu.clone();
            t.insert(i, c);
            kasus.push(t);
        }
    }
    let mut lolos = 0;
    for teks in &kasus {
        if terbaca_cepat(teks) {
            lolos += 1;
            assert!(urai(teks, MIGRASI).is_ok(), "{teks}");
        }
    }
    assert!(
        lolos > 0,
        "some damage leaves a readable record (a space, a digit)"
    );
}

/// What the fast check says is readable, the full reader reads: never the other way round.
#[test]
fn what_the_fast_check_passes_the_full_reader_reads() {
    let mut kasus: Vec<String> = vec![
        amplop(&[]),
        amplop(&[("deleted", Some("true"))]),
        amplop(&[("deleted", Some("null"))]),
        amplop(&[("deleted", Some("\"ya\""))]),
        amplop(&[("schema_version", Some("1"))]),
        amplop(&[("schema_version", Some("2"))]),
        amplop(&[("schema_version", Some("null"))]),
        amplop(&[("schema_version", Some("4294967297"))]),
        amplop(&[("revision", Some("\"3\""))]),
        amplop(&[("revision", Some("3.0"))]),
        amplop(&[("revision", Some("-3"))]),
        amplop(&[("revision", Some("1e2"))]),
        amplop(&[("revision", None)]),
        amplop(&[("data", None)]),
        amplop(&[("data", Some("null"))]),
        amplop(&[("data", Some("[1,2,{\"x\":[]}]"))]),
        amplop(&[("id", Some("null"))]),
        amplop(&[("id", Some("7"))]),
        amplop(&[("id", Some(r#""s\u0031""#))]),
        amplop(&[("type", None)]),
        amplop(&[("updated_at", Some("{}"))]),
        amplop(&[("basis", Some(r#"{"revisi":2,"kolom":{"a":"00ff"}}"#))]),
        amplop(&[("lain", Some("[true,false,null]"))]),
        "[]".into(),
        "null".into(),
        "".into(),
        "{".into(),
    ];
    // A key twice (JSON keeps the last), text after the object, a cut-off record.
    let satu = amplop(&[]);
    kasus.push(satu.replacen("\"revision\":3", "\"revision\":3,\"revision\":\"x\"", 1));
    kasus.push(satu.replacen("\"revision\":3", "\"revision\":\"x\",\"revision\":3", 1));
    kasus.push(format!("{satu} x"));
    kasus.push(satu[..satu.len() - 1].to_string());
    kasus.push(satu.replacen("\"rhk\":[", "\"rhk\":[,", 1));
    let mut lolos = 0;
    for teks in &kasus {
        let cepat = terbaca_cepat(teks);
        let penuh = urai(teks, MIGRASI);
        assert!(
            !cepat || penuh.is_ok(),
            "the fast check passed what the reader refuses: {teks} ({penuh:?})"
        );
        lolos += usize::from(cepat);
    }
    // The ordinary shapes take the fast way (else it would save nothing).
    for teks in [
        &kasus[0], &kasus[1], &kasus[4], &kasus[14], &kasus[15], &kasus[18], &kasus[21],
    ] {
        assert!(terbaca_cepat(teks), "{teks}");
    }
    assert_eq!(
        lolos, 8,
        "every shape that is certainly readable, and no other"
    );
}

#[test]
fn what_the_app_writes_takes_the_fast_way() {
    let s = MemoryStore::new();
    tulis(
        &s,
        JenisRecord::Skp,
        "a",
        json!({"x": [1, {"y": "é\n"}]}),
        None,
        T1,
    )
    .unwrap();
    tulis(&s, JenisRecord::Skp, "a", json!({"x": 2}), Some(1), T1).unwrap();
    crate::store::rekaman::hapus(&s, JenisRecord::Skp, "a", 2, T1).unwrap();
    tulis(
        &s,
        JenisRecord::Pegawai,
        "p",
        json!({"nama": "Sari"}),
        None,
        T1,
    )
    .unwrap();
    for k in [kunci("skp", "a"), kunci("pegawai", "p")] {
        let teks = s.get(&k).unwrap().unwrap();
        assert!(terbaca_cepat(&teks), "{teks}");
    }
}

/// Start-up's check sets aside exactly what reading every record would, and says why.
#[test]
fn the_check_quarantines_what_the_full_read_would() {
    let isi = |s: &MemoryStore| {
        tulis(s, JenisRecord::Skp, "ok", json!({"a": 1}), None, T1).unwrap();
        s.put(&kunci("skp", "rusak"), "{\"id\": ").unwrap();
        s.put(&kunci("skp", "masa-depan"), r#"{"id":"masa-depan","type":"skp","revision":1,"updated_at":"x","data":{},"schema_version":9}"#).unwrap();
        s.put(
            &kunci("realisasi", "tanpa-data"),
            r#"{"id":"tanpa-data","type":"realisasi","revision":1,"updated_at":"x"}"#,
        )
        .unwrap();
        s.put(
            &kunci("realisasi", "dua-kali"),
            r#"{"id":"dua-kali","type":"realisasi","revision":1,"updated_at":"x","data":{},"revision":2}"#,
        )
        .unwrap();
    };
    let (a, b) = (MemoryStore::new(), MemoryStore::new());
    isi(&a);
    isi(&b);
    let cepat = periksa_semua(&a).unwrap();
    let (_, penuh) = muat_semua(&b).unwrap();
    let ringkas = |r: &[RekamanRusak]| {
        r.iter()
            .map(|x| (x.kunci.clone(), x.karantina.clone(), x.alasan.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(ringkas(&cepat), ringkas(&penuh));
    assert_eq!(cepat.len(), 3);
    assert_eq!(a.keys().unwrap(), b.keys().unwrap());
    // The record with a key twice is readable (the last one counts): the full way said so.
    assert_eq!(
        urai(
            &a.get(&kunci("realisasi", "dua-kali")).unwrap().unwrap(),
            MIGRASI
        )
        .unwrap()
        .revisi,
        2
    );
}

/// A large workspace's check is kept by the fingerprint of what it found readable, and made
/// again as soon as any record's text is another.
#[test]
fn a_check_is_made_again_only_when_the_records_texts_changed() {
    let s = MemoryStore::transaksional();
    for id in ["a", "b", "c"] {
        tulis(&s, JenisRecord::Skp, id, json!({"n": 1}), None, T1).unwrap();
    }
    let tanda = format!("{}{NAMA_TERPERIKSA}", turunan::AWALAN_TURUNAN);
    assert!(periksa_bila_berubah(&s, 2).unwrap().is_empty());
    let kiri = s.get(&tanda).unwrap().expect("the check is kept");
    assert!(periksa_bila_berubah(&s, 2).unwrap().is_empty());
    assert_eq!(s.get(&tanda).unwrap().as_ref(), Some(&kiri));
    // A record damaged since: its text is another, so the check runs and sets it aside; what
    // is kept then is the fingerprint of the records that stayed.
    s.put(&kunci("skp", "rusak"), "{\"id\": ").unwrap();
    let rusak = periksa_bila_berubah(&s, 2).unwrap();
    assert_eq!(rusak.len(), 1);
    assert_eq!(s.get(&kunci("skp", "rusak")).unwrap(), None);
    let (sidik, n) = turunan::sidik_semua(&s).unwrap();
    assert_eq!(n, 3);
    assert_eq!(
        turunan::baca::<bool>(&s, NAMA_TERPERIKSA, sidik),
        Some(true)
    );
    // The kept check is what is trusted: planted for texts it never read, they are not read.
    s.put(&kunci("skp", "rusak"), "{\"id\": ").unwrap();
    let (sidik, _) = turunan::sidik_semua(&s).unwrap();
    turunan::tulis(&s, NAMA_TERPERIKSA, sidik, &true).unwrap();
    assert!(periksa_bila_berubah(&s, 2).unwrap().is_empty());
    assert!(s.get(&kunci("skp", "rusak")).unwrap().is_some());
}

/// A small workspace, or a store whose writes may land in part (localStorage), keeps nothing
/// and is checked at every start.
#[test]
fn a_small_workspace_or_a_store_without_whole_writes_is_checked_every_time() {
    let tanda = format!("{}{NAMA_TERPERIKSA}", turunan::AWALAN_TURUNAN);
    for (s, ambang) in [(MemoryStore::transaksional(), 5), (MemoryStore::new(), 0)] {
        tulis(&s, JenisRecord::Skp, "a", json!({"n": 1}), None, T1).unwrap();
        assert!(periksa_bila_berubah(&s, ambang).unwrap().is_empty());
        assert_eq!(s.get(&tanda).unwrap(), None);
        s.put(&kunci("skp", "rusak"), "{\"id\": ").unwrap();
        assert_eq!(periksa_bila_berubah(&s, ambang).unwrap().len(), 1);
    }
}
