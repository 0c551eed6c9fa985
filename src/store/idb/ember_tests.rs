use super::*;

fn r(id: &str) -> String {
    format!("{AWALAN_REKAMAN}skp.{id}")
}

#[test]
fn only_records_go_to_buckets_and_a_key_always_lands_in_the_same_one() {
    assert!(di_ember(&r("a")));
    for k in [
        "kinerjaku.v1.snapshot.1",
        "kinerjaku.v1.quarantine.r.skp.a.1",
        "kinerjaku.v1.jurnal",
        "kinerjaku.v1.settings",
    ] {
        assert!(!di_ember(k), "{k}");
    }
    // Pinned (computed apart from this code): the layout a stored database depends on
    // cannot drift.
    assert_eq!(nomor(""), 11);
    assert_eq!(nomor("a"), 435);
    assert_eq!(nomor("kinerjaku.v1.r.skp.p0"), 598);
    // Spread: 10,000 keys over 1,024 buckets (~10 each), none over 40, nearly none empty.
    let mut hitung = vec![0u32; JUMLAH as usize];
    for i in 0..10_000 {
        hitung[nomor(&r(&format!("{i:08x}-uuid"))) as usize] += 1;
    }
    assert!(hitung.iter().all(|&n| n < 40), "{:?}", hitung.iter().max());
    assert!(hitung.iter().filter(|&&n| n == 0).count() < 20);
}

#[test]
fn a_bucket_reads_back_exactly_what_was_written_whatever_the_text_holds() {
    let nilai = [
        (r("a"), String::new()),
        (r("b:c"), "12:not a length".to_string()),
        (
            r("ü"),
            "{\"nama\":\"Sri Wahyuni 🌾\",\"x\":\"1:2\"}".to_string(),
        ),
        (r("d"), "x".repeat(100_000)),
    ];
    let teks = tulis(nilai.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let isi = baca(&teks);
    assert!(!isi.rusak);
    let balik: Vec<(String, String)> = isi
        .entri
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!(balik, nilai.to_vec());
    assert_eq!(
        baca(&tulis([])),
        Isi {
            entri: vec![],
            rusak: false
        }
    );
}

#[test]
fn a_broken_bucket_is_read_up_to_the_break_and_said_so() {
    let teks = tulis([("k1", "v1"), ("k2", "v2")]);
    let potong = &teks[..teks.len() - 1];
    let isi = baca(potong);
    assert!(isi.rusak);
    assert_eq!(isi.entri, vec![("k1", "v1")]);
    for rusak in [
        "",
        "E2 2:k12:v1",
        "E1x:k",
        "E1-1:k",
        "E199999999999999:k",
        "E12:k1",
    ] {
        assert!(baca(rusak).rusak, "{rusak:?}");
    }
    // A length that ends inside a character: broken, not a panic.
    assert!(baca("E11:é1:v").rusak);
    // How `web::teks` marks stored bytes that are not UTF-8: whole entries before it are read,
    // and the bucket is broken (so kept aside before it is written over).
    let tanda = tulis([("k1", "v1"), ("k2", "v\u{fffd}2")]) + "\u{fffd}";
    let isi = baca(&tanda);
    assert!(isi.rusak);
    assert_eq!(isi.entri, vec![("k1", "v1"), ("k2", "v\u{fffd}2")]);
}

#[test]
fn a_write_changes_only_its_keys_and_an_emptied_bucket_goes() {
    let lama = tulis([("a", "1"), ("b", "2")]);
    let g = gabung(
        Some(&lama),
        &[("b", None), ("c", Some("3")), ("a", Some("1b"))],
    );
    assert!(!g.rusak);
    assert_eq!(g.teks, Some(tulis([("a", "1b"), ("c", "3")])));
    let g = gabung(Some(&tulis([("a", "1")])), &[("a", None)]);
    assert_eq!(g.teks, None);
    assert_eq!(gabung(None, &[("x", None)]).teks, None);
    // Over a broken text: what could be read stays, and the caller is told to keep the text.
    let g = gabung(Some("E11:a1:19"), &[("b", Some("2"))]);
    assert!(g.rusak);
    assert_eq!(g.teks, Some(tulis([("a", "1"), ("b", "2")])));
}

#[test]
fn changes_are_grouped_by_bucket_and_other_keys_left_out() {
    let a = r("a");
    let b = r("b");
    let kel = per_ember([
        (a.as_str(), Some("1")),
        ("kinerjaku.v1.snapshot.1", Some("s")),
        (b.as_str(), None),
    ]);
    let semua: Vec<&str> = kel.values().flatten().map(|(k, _)| *k).collect();
    assert_eq!(semua.len(), 2);
    assert!(kel[&nomor(&a)].contains(&(a.as_str(), Some("1"))));
    assert!(kel[&nomor(&b)].contains(&(b.as_str(), None)));
}

#[test]
fn reading_everything_puts_a_buckets_entry_over_a_layout_1_value() {
    let a = r("a");
    let tunggal = [
        (a.clone(), "lama".to_string()),
        ("kinerjaku.v1.snapshot.1".to_string(), "s".to_string()),
    ];
    let ember = [
        (nomor(&a), tulis([(a.as_str(), "baru")])),
        (7, "E1rusak".to_string()),
    ];
    let (peta, rusak) = satukan(tunggal.clone(), ember.clone());
    assert_eq!(peta[&a], "baru");
    assert_eq!(peta["kinerjaku.v1.snapshot.1"], "s");
    assert_eq!(rusak, vec![7]);
    // A key met twice in the buckets: the later entry, as inserting each in turn gives.
    let b = r("b");
    let lagi = (8, tulis([(a.as_str(), "lagi"), (b.as_str(), "b")]));
    let (peta, _) = satukan(tunggal, ember.into_iter().chain([lagi]));
    assert_eq!(peta[&a], "lagi");
    assert_eq!((peta.len(), peta[&b].as_str()), (3, "b"));
}

#[test]
fn the_move_of_layout_1_records_keeps_every_value_and_a_buckets_own_entry() {
    let lawas: Vec<(String, String)> = (0..500)
        .map(|i| (r(&format!("{i}")), format!("v{i}")))
        .collect();
    // One record already in its bucket (written by this version): it stays as it is.
    let k0 = &lawas[0].0;
    let tersimpan = BTreeMap::from([(nomor(k0), tulis([(k0.as_str(), "lebih baru")]))]);
    let baru = pindahan(&lawas, |n| tersimpan.get(&n).map(String::as_str));
    let (peta, rusak) = satukan(
        Vec::new(),
        baru.into_iter().map(|(n, g)| (n, g.teks.unwrap())),
    );
    assert!(rusak.is_empty());
    assert_eq!(peta.len(), 500);
    assert_eq!(peta[k0], "lebih baru");
    for (k, v) in &lawas[1..] {
        assert_eq!(&peta[k], v);
    }
}
