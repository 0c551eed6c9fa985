use super::*;
use crate::store::MemoryStore;

pub(super) fn t(day: u32, h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .unwrap()
        .and_hms_opt(h, m, 0)
        .unwrap()
}

#[test]
fn retention_keeps_three_today_one_per_earlier_day_ten_in_all() {
    let mut semua = vec![t(22, 8, 0), t(22, 9, 0), t(22, 10, 0), t(22, 11, 0)];
    for day in 1..=21 {
        semua.push(t(day, 9, 0));
        semua.push(t(day, 17, 0));
    }
    let simpan = pilih_disimpan(&semua, t(22, 12, 0), Retensi::default());
    assert_eq!(simpan.len(), 10);
    assert_eq!(&simpan[..3], &[t(22, 11, 0), t(22, 10, 0), t(22, 9, 0)]);
    // Earlier days: the latest of each day, newest days first.
    assert_eq!(&simpan[3..5], &[t(21, 17, 0), t(20, 17, 0)]);
    assert_eq!(simpan[9], t(15, 17, 0));
}

pub(super) fn isi(store: &MemoryStore) {
    store
        .put("kinerjaku.v1.settings", "{\"bahasa\":\"id\"}")
        .unwrap();
    store.put("kinerjaku.v1.r.skp.1", "{\"rev\":1}").unwrap();
    store.put("other-app.key", "x").unwrap();
}

#[test]
fn snapshot_and_restore_bring_back_the_data_keys_only() {
    let s = MemoryStore::new();
    isi(&s);
    let r = Retensi::default();
    let info = ambil(&s, t(22, 9, 0), "sebelum_hapus", r).unwrap();
    assert_eq!(info.jumlah_kunci, 2);
    s.remove("kinerjaku.v1.r.skp.1").unwrap();
    s.put("kinerjaku.v1.r.skp.2", "{\"rev\":1}").unwrap();
    s.put("other-app.key", "y").unwrap();
    let undo = pulihkan(&s, &info.id, t(22, 9, 5), r).unwrap();
    assert_eq!(undo.alasan, "sebelum_pemulihan");
    assert_eq!(
        s.get("kinerjaku.v1.r.skp.1").unwrap().as_deref(),
        Some("{\"rev\":1}")
    );
    assert_eq!(s.get("kinerjaku.v1.r.skp.2").unwrap(), None);
    assert_eq!(s.get("other-app.key").unwrap().as_deref(), Some("y"));
    // The restore itself can be undone.
    pulihkan(&s, &undo.id, t(22, 9, 6), r).unwrap();
    assert!(s.get("kinerjaku.v1.r.skp.2").unwrap().is_some());
    assert_eq!(s.get("kinerjaku.v1.r.skp.1").unwrap(), None);
}

#[test]
fn old_snapshots_are_pruned_and_make_room_when_quota_is_full() {
    // Room for three snapshots of these keys, each with its info apart.
    const RUANG: usize = 4_000;
    let s = MemoryStore::with_capacity(RUANG);
    isi(&s);
    let r = Retensi::default();
    for h in 0..5 {
        ambil(&s, t(22, 8 + h, 0), "otomatis", r).unwrap();
    }
    let d = daftar(&s).unwrap();
    assert_eq!(d.len(), 3, "three from today");
    assert_eq!(d[0].waktu, t(22, 12, 0));
    // Fill the store so the next snapshot only fits after dropping the oldest.
    let dipakai = s.bytes_used().unwrap() + "other-app.key".len() * 2 + 2;
    let sisa = RUANG - dipakai;
    let pengisi = "x".repeat(sisa / 2 - 40);
    s.put("kinerjaku.v1.r.catatan.besar", &pengisi).unwrap();
    let info = ambil(&s, t(22, 13, 0), "otomatis", r);
    // Either it fitted after dropping old ones, or it reports QuotaFull: never a panic or loss.
    match info {
        Ok(i) => assert_eq!(daftar(&s).unwrap()[0].id, i.id),
        Err(e) => assert_eq!(e, StoreError::QuotaFull),
    }
    assert!(
        s.get("kinerjaku.v1.r.catatan.besar").unwrap().is_some(),
        "data is never dropped for a snapshot"
    );
}

#[test]
fn same_millisecond_snapshots_get_distinct_ids() {
    let s = MemoryStore::new();
    isi(&s);
    let a = ambil(&s, t(22, 9, 0), "otomatis", Retensi::default()).unwrap();
    let b = ambil(&s, t(22, 9, 0), "sebelum_impor", Retensi::default()).unwrap();
    assert_ne!(a.id, b.id);
    let ids: Vec<String> = daftar(&s).unwrap().into_iter().map(|i| i.id).collect();
    assert!(ids.contains(&a.id) && ids.contains(&b.id), "{ids:?}");
}

/// The list reads only each snapshot's info (skipping over its data), and still leaves out
/// one the full reader cannot read: a value that is not text, a snapshot cut short.
#[test]
fn the_list_reads_each_info_and_leaves_out_a_snapshot_that_cannot_be_read() {
    let s = MemoryStore::new();
    isi(&s);
    let info = ambil(&s, t(22, 9, 0), "otomatis", Retensi::default()).unwrap();
    let teks = s.get(&kunci_snapshot(&info.id)).unwrap().unwrap();
    let bukan_teks = teks.replacen("\"data\":{", "\"data\":{\"kinerjaku.v1.r.x.1\":7,", 1);
    let terpotong = teks[..teks.len() - 1].to_string();
    let tanpa_data = teks.replacen("\"data\":", "\"isi\":", 1);
    for (id, t) in [("a", &bukan_teks), ("b", &terpotong), ("c", &tanpa_data)] {
        assert!(dari_teks::<Isi>(t).is_err(), "the full reader refuses {id}");
        s.put(&kunci_snapshot(id), t).unwrap();
    }
    // The list reads each info alone: the one damaged inside its data is listed (cut short or
    // renamed, it is not), and restoring it is refused before anything changes.
    let daftar_kini = daftar(&s).unwrap();
    assert_eq!(daftar_kini.len(), 2, "{daftar_kini:?}");
    assert_eq!(daftar_kini[0], info);
    assert_eq!(daftar_kini[1].id, info.id, "a's info is the copied one");
    let sebelum = s.isi();
    assert!(pulihkan(&s, "a", t(22, 10, 0), Retensi::default()).is_err());
    assert_eq!(
        s.isi(),
        sebelum,
        "a refused restore changes nothing, takes no backup"
    );
}

/// The info read from the end of the text is the one the full reader reads, for empty and
/// full workspaces and for keys and texts with quotes and braces in them.
#[test]
fn the_info_read_alone_is_the_full_readers() {
    let s = MemoryStore::new();
    s.put("kinerjaku.v1.settings", "{}").unwrap();
    let kosong = ambil(&s, t(22, 8, 0), "manual", Retensi::default()).unwrap();
    isi(&s);
    s.put(
        "kinerjaku.v1.r.x.\"},\"info\":{",
        "\"},\"info\":{}}\\\n\u{1}é",
    )
    .unwrap();
    let penuh = ambil(&s, t(22, 9, 0), "otomatis", Retensi::default()).unwrap();
    for info in [kosong, penuh] {
        let teks = s.get(&kunci_snapshot(&info.id)).unwrap().unwrap();
        let lengkap = dari_teks::<Isi>(&teks).unwrap().info;
        assert_eq!(info_cepat(&teks), Some(lengkap.clone()));
        // Written by hand, exactly as through a `Value`.
        let isi: Isi = dari_teks(&teks).unwrap();
        assert_eq!(
            crate::store::rekaman::ke_value(&isi).unwrap().to_string(),
            teks
        );
        // The text's info is the one returned but for the stored size (in the info apart).
        assert!(info.ukuran_tersimpan.is_some());
        let tanpa_ukuran = InfoSnapshot {
            ukuran_tersimpan: None,
            ..info
        };
        assert_eq!(lengkap, tanpa_ukuran);
        assert!(tanpa_ukuran.sidik.is_some());
    }
}

/// The hourly backup is skipped while the data is the newest snapshot's, and taken once
/// anything changed; a snapshot of an earlier version (no fingerprint) never stops one.
#[test]
fn the_automatic_backup_waits_for_a_change() {
    let s = MemoryStore::new();
    isi(&s);
    assert_eq!(otomatis(&s, t(22, 8, 0)), Ok(true));
    assert_eq!(otomatis(&s, t(22, 10, 0)), Ok(false), "nothing changed");
    assert_eq!(
        otomatis(&s, t(23, 10, 0)),
        Ok(false),
        "nothing changed, a day later"
    );
    s.put("kinerjaku.v1.settings", "{\"bahasa\":\"en\"}")
        .unwrap();
    assert_eq!(otomatis(&s, t(23, 11, 0)), Ok(true), "settings changed");
    let k = s
        .keys()
        .unwrap()
        .into_iter()
        .find(|k| k.starts_with("kinerjaku.v1.r."))
        .unwrap();
    let v = s.get(&k).unwrap().unwrap();
    s.put(&k, &v.replacen('}', ",\"x\":1}", 1)).unwrap();
    assert_eq!(otomatis(&s, t(23, 12, 0)), Ok(true), "a record changed");
    assert_eq!(otomatis(&s, t(23, 13, 0)), Ok(false));
    // The newest snapshot as an earlier version wrote it: no fingerprint.
    let baru = daftar(&s).unwrap()[0].clone();
    let teks = s.get(&kunci_snapshot(&baru.id)).unwrap().unwrap();
    let mut isi_lama = dari_teks::<Isi>(&teks).unwrap();
    isi_lama.info.sidik = None;
    let lama = crate::store::rekaman::ke_value(&isi_lama)
        .unwrap()
        .to_string();
    assert!(!lama.contains("sidik"));
    s.put(&kunci_snapshot(&baru.id), &lama).unwrap();
    s.remove(&kunci_info(&kunci_snapshot(&baru.id)).unwrap())
        .unwrap();
    assert_eq!(otomatis(&s, t(23, 14, 0)), Ok(true));
    assert_eq!(
        sidik_kini(&s).unwrap(),
        daftar(&s).unwrap()[0].sidik.clone().unwrap()
    );
}

#[test]
fn the_size_read_from_an_info_text_is_its_parsed_size() {
    let s = MemoryStore::new();
    isi(&s);
    let info = ambil(&s, t(22, 9, 0), "manual", Retensi::default()).unwrap();
    let teks = s
        .get(&kunci_info(&kunci_snapshot(&info.id)).unwrap())
        .unwrap()
        .unwrap();
    assert!(info.ukuran_byte > 0);
    assert_eq!(ukuran_dari_info(&teks), info.ukuran_tersimpan);
    assert_eq!(ukuran_dari_info("{\"id\":\"x\"}"), None);
    // An earlier version's info apart has the data's size alone.
    let lama = crate::store::rekaman::ke_value(&InfoSnapshot {
        ukuran_tersimpan: None,
        ..info
    })
    .unwrap()
    .to_string();
    assert_eq!(ukuran_dari_info(&lama), Some(info.ukuran_byte));
}

/// The info apart gives what the backup's text takes in storage, escapes and all: records
/// full of quotes and non-ASCII text take more than the data's own size says.
#[test]
fn the_info_apart_gives_the_stored_size_of_the_backup_text() {
    let s = MemoryStore::new();
    let kutipan = "\"dikutip\" — «ÿ» ".repeat(200);
    s.put(
        "kinerjaku.v1.r.catatan.1",
        &format!("{{\"isi\":{kutipan:?}}}"),
    )
    .unwrap();
    let info = ambil(&s, t(22, 9, 0), "manual", Retensi::default()).unwrap();
    let teks = s.get(&kunci_snapshot(&info.id)).unwrap().unwrap();
    let utf16 = teks.encode_utf16().count() * 2;
    assert_eq!(info.ukuran_tersimpan, Some(utf16));
    assert!(
        utf16 > info.ukuran_byte + 1000,
        "{utf16} vs {}",
        info.ukuran_byte
    );
    let apart = s
        .get(&kunci_info(&kunci_snapshot(&info.id)).unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(ukuran_dari_info(&apart), Some(utf16));
    // The text itself does not carry it (it cannot know its own size).
    assert!(!teks.contains("ukuran_tersimpan"));
}

#[test]
fn the_data_keys_are_read_in_key_order_as_the_sorted_listing_filtered_gives_them() {
    let s = MemoryStore::new();
    let mut kunci = vec![
        "kinerjaku.v1.settings".to_string(),
        "kinerjaku.v1.settingsx".into(),
        "kinerjaku.v1.rx".into(),
        "kinerjaku.v1.r".into(),
        "kinerjaku.v1.quarantine.r.a".into(),
        "kinerjaku.v1.snapshot.1".into(),
        "kinerjaku.v1.snapshot-info.1".into(),
        "kinerjaku.v1.r.lampiran.foto".into(),
        "kinerjaku.v1.a".into(),
        "kinerjaku.v1.z".into(),
        "lain.r.a".into(),
    ];
    for j in ["skp", "evaluasi", "pegawai", "lampiran_x"] {
        for id in ["b", "a"] {
            kunci.push(crate::store::rekaman::kunci(j, id));
        }
    }
    for k in &kunci {
        s.put(k, &format!("isi \"{k}\"")).unwrap();
    }
    let mut harap: Vec<(String, String)> = s
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| dicadangkan(k))
        .map(|k| (k.clone(), s.get(&k).unwrap().unwrap()))
        .collect();
    harap.sort();
    assert!(harap.len() > 8 && harap.iter().any(|(k, _)| k.ends_with(".settings")));
    let mut dibaca = Vec::new();
    teks::baca_dicadangkan(&s, &mut |k, v| dibaca.push((k.to_string(), v.to_string()))).unwrap();
    assert_eq!(dibaca, harap);
    // Without settings stored: the records alone.
    s.remove("kinerjaku.v1.settings").unwrap();
    let mut dibaca = Vec::new();
    teks::baca_dicadangkan(&s, &mut |k, _| dibaca.push(k.to_string())).unwrap();
    assert_eq!(dibaca.len(), harap.len() - 1);
}
