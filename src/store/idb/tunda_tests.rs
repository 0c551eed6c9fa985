use super::*;
use std::collections::BTreeMap;

fn k(s: &str) -> String {
    s.to_string()
}

fn kirim(t: &mut Tunda) -> Kiriman {
    match t.langkah() {
        Langkah::Kirim(k) => k,
        l => panic!("expected a transaction, got {l:?}"),
    }
}

fn mulai() -> Tunda {
    let mut t = Tunda::baru([(k("a"), k("1")), (k("b"), k("2"))], 7);
    t.bekerja = true;
    t
}

#[test]
fn one_step_of_writes_leaves_as_one_transaction_with_what_it_was_based_on() {
    let mut t = mulai();
    t.ubah("a", Some("9"));
    t.ubah("a", Some("10"));
    t.ubah("b", None);
    t.ubah("c", Some("3"));
    assert_eq!(t.peta.get("a").map(String::as_str), Some("10"));
    assert_eq!(t.jumlah_tertunda(), 3);
    let kiriman = kirim(&mut t);
    assert_eq!(
        kiriman,
        Kiriman {
            gen: 7,
            ubah: vec![
                (k("a"), Some(k("10"))),
                (k("b"), None),
                (k("c"), Some(k("3")))
            ],
            dasar: vec![Some(k("1")), Some(k("2")), None],
        }
    );
    // Still not durable while the transaction runs.
    assert_eq!(t.jumlah_tertunda(), 3);
    assert!(t.terkirim(8, Asing::Kunci(vec![]), kiriman).is_empty());
    assert_eq!(t.jumlah_tertunda(), 0);
    assert_eq!(t.gen, 8);
    assert_eq!(t.langkah(), Langkah::Selesai);
    assert!(!t.bekerja, "the writer stops once nothing is pending");
}

#[test]
fn a_change_put_back_as_it_was_sends_nothing() {
    let mut t = mulai();
    t.ubah("a", Some("9"));
    t.ubah("a", Some("1"));
    t.ubah("x", Some("new"));
    t.ubah("x", None);
    assert_eq!(t.jumlah_tertunda(), 0);
    assert_eq!(t.langkah(), Langkah::Selesai);
}

#[test]
fn a_failed_transaction_keeps_every_change_pending_under_newer_ones() {
    let mut t = mulai();
    t.ubah("a", Some("9"));
    t.ubah("c", Some("3"));
    let pertama = kirim(&mut t);
    // Written while the transaction runs.
    t.ubah("c", Some("4"));
    t.gagal(StoreError::QuotaFull, pertama.clone());
    assert_eq!(t.galat, Some(StoreError::QuotaFull));
    assert_eq!(t.jumlah_tertunda(), 2);
    assert_eq!(t.peta.get("c").map(String::as_str), Some("4"));
    let lagi = kirim(&mut t);
    assert_eq!(
        lagi.ubah,
        vec![(k("a"), Some(k("9"))), (k("c"), Some(k("4")))]
    );
    // Still based on what storage held before the first try.
    assert_eq!(lagi.dasar, pertama.dasar);
    t.terkirim(8, Asing::Kunci(vec![]), lagi);
    assert_eq!(t.galat, None);
    assert_eq!(t.jumlah_tertunda(), 0);
}

#[test]
fn a_key_changed_again_during_a_transaction_is_sent_again_based_on_what_landed() {
    let mut t = mulai();
    t.ubah("a", Some("9"));
    let pertama = kirim(&mut t);
    t.ubah("a", Some("1"));
    t.terkirim(8, Asing::Kunci(vec![]), pertama);
    assert_eq!(t.jumlah_tertunda(), 1);
    let lagi = kirim(&mut t);
    assert_eq!(lagi.ubah, vec![(k("a"), Some(k("1")))]);
    assert_eq!(lagi.dasar, vec![Some(k("9"))]);
}

#[test]
fn another_tabs_changes_are_read_in_where_this_tab_changed_nothing() {
    let mut t = mulai();
    let bentrok = t.tertarik(
        9,
        Asing::Kunci(vec![
            (k("a"), Some(k("lain"))),
            (k("b"), None),
            (k("z"), Some(k("z"))),
        ]),
    );
    assert!(bentrok.is_empty());
    assert_eq!(t.gen, 9);
    assert_eq!(
        t.peta,
        BTreeMap::from([(k("a"), k("lain")), (k("z"), k("z"))])
    );
    // Everything (the log did not reach back): keys gone there go here too.
    t.tertarik(12, Asing::Semua(BTreeMap::from([(k("q"), k("1"))])));
    assert_eq!(t.peta, BTreeMap::from([(k("q"), k("1"))]));
}

#[test]
fn a_key_both_tabs_changed_keeps_theirs_and_quarantines_ours() {
    let mut t = mulai();
    t.ubah("a", Some("kita"));
    t.ubah("b", None);
    t.ubah("c", Some("baru"));
    let kiriman = kirim(&mut t);
    // The transaction found "a" changed by the other tab and "b" too; it wrote nothing.
    let asing = Asing::Kunci(vec![(k("a"), Some(k("mereka"))), (k("b"), Some(k("2b")))]);
    assert!(super::super::gudang::ada_bentrok(&kiriman, &asing));
    let bentrok = t.bentrok(9, asing, kiriman);
    assert_eq!(
        bentrok,
        vec![(k("a"), k("kinerjaku.v1.quarantine.a.1"))],
        "our removal of b meets their change: theirs stays, nothing of ours to keep"
    );
    assert_eq!(t.peta.get("a").map(String::as_str), Some("mereka"));
    assert_eq!(t.peta.get("b").map(String::as_str), Some("2b"));
    assert_eq!(
        t.peta
            .get("kinerjaku.v1.quarantine.a.1")
            .map(String::as_str),
        Some("kita")
    );
    let lagi = kirim(&mut t);
    assert_eq!(lagi.gen, 9);
    assert_eq!(
        lagi.ubah,
        vec![
            (k("c"), Some(k("baru"))),
            (k("kinerjaku.v1.quarantine.a.1"), Some(k("kita"))),
        ]
    );
}

#[test]
fn a_derived_value_both_tabs_wrote_is_no_conflict_and_never_quarantined() {
    let turunan = "kinerjaku.v1.turunan.rekap_instansi";
    let mut t = mulai();
    t.ubah(turunan, Some("kita"));
    let kiriman = kirim(&mut t);
    let asing = Asing::Kunci(vec![(k(turunan), Some(k("mereka")))]);
    // Alone it lets the transaction land (ours replaces theirs: either is as good).
    assert!(!super::super::gudang::ada_bentrok(&kiriman, &asing));
    // Met beside a real conflict: theirs is taken, ours dropped, nothing quarantined.
    t.ubah("a", Some("kita"));
    let asing = Asing::Kunci(vec![
        (k(turunan), Some(k("mereka"))),
        (k("a"), Some(k("x"))),
    ]);
    let bentrok = t.bentrok(9, asing, kiriman);
    assert_eq!(bentrok, vec![(k("a"), k("kinerjaku.v1.quarantine.a.1"))]);
    assert_eq!(t.peta.get(turunan).map(String::as_str), Some("mereka"));
    assert!(t.peta.keys().all(|x| !x.contains("quarantine.turunan")));
}

#[test]
fn a_failed_transaction_drops_a_derived_value_and_keeps_the_records_pending() {
    let turunan = "kinerjaku.v1.turunan.rekap_instansi";
    let mut t = mulai();
    t.ubah("a", Some("baru"));
    t.ubah(turunan, Some("besar"));
    let kiriman = kirim(&mut t);
    t.gagal(StoreError::QuotaFull, kiriman);
    assert_eq!(
        t.jumlah_tertunda(),
        1,
        "the record waits, the derived value does not"
    );
    assert_eq!(t.peta.get(turunan), None, "memory holds what storage holds");
    assert_eq!(kirim(&mut t).ubah, vec![(k("a"), Some(k("baru")))]);
}

#[test]
fn a_change_made_during_a_transaction_meets_the_other_tabs_change_it_brings_back() {
    let mut t = mulai();
    t.ubah("c", Some("3"));
    let kiriman = kirim(&mut t);
    t.ubah("a", Some("kita"));
    // The transaction landed; before it, the other tab had changed "a".
    let bentrok = t.terkirim(9, Asing::Kunci(vec![(k("a"), Some(k("mereka")))]), kiriman);
    assert_eq!(bentrok, vec![(k("a"), k("kinerjaku.v1.quarantine.a.1"))]);
    assert_eq!(t.peta.get("a").map(String::as_str), Some("mereka"));
    // The other tab's echo of what this tab sent is no change.
    let mut t = mulai();
    t.ubah("a", Some("kita"));
    let kiriman = kirim(&mut t);
    assert!(t
        .terkirim(9, Asing::Kunci(vec![(k("a"), Some(k("kita")))]), kiriman)
        .is_empty());
    assert_eq!(t.peta.get("a").map(String::as_str), Some("kita"));
}

#[test]
fn a_pull_waits_behind_pending_writes_which_read_in_the_same() {
    let mut t = mulai();
    t.minta_tarik = true;
    t.ubah("a", Some("9"));
    let kiriman = kirim(&mut t);
    assert!(!t.minta_tarik);
    t.terkirim(8, Asing::Kunci(vec![]), kiriman);
    t.minta_tarik = true;
    assert_eq!(t.langkah(), Langkah::Tarik(8));
    assert_eq!(t.langkah(), Langkah::Selesai);
}

#[test]
fn a_key_both_tabs_wrote_to_the_same_value_is_no_conflict_when_another_key_is_one() {
    let mut t = mulai();
    t.ubah("a", Some("kita"));
    t.ubah("b", Some("sama"));
    let kiriman = kirim(&mut t);
    // "a" really conflicts; "b" the other tab wrote to the very same value.
    let asing = Asing::Kunci(vec![(k("a"), Some(k("lain"))), (k("b"), Some(k("sama")))]);
    assert!(super::super::gudang::ada_bentrok(&kiriman, &asing));
    let bentrok = t.bentrok(9, asing, kiriman);
    assert_eq!(
        bentrok,
        vec![(k("a"), k("kinerjaku.v1.quarantine.a.1"))],
        "b is no conflict"
    );
    assert_eq!(t.peta.get("b").map(String::as_str), Some("sama"));
}

#[test]
fn a_backup_failing_alone_is_dropped_but_one_made_while_it_was_in_flight_stays() {
    let cadangan = |id: &str| format!("{}{id}", crate::store::snapshot::AWALAN);
    let mut t = mulai();
    t.ubah(&cadangan("1"), Some("otomatis"));
    let pertama = kirim(&mut t);
    // Meanwhile a restore: the backup that undoes it, and a record.
    t.ubah(&cadangan("2"), Some("sebelum_pemulihan"));
    t.ubah("a", Some("9"));
    t.gagal(StoreError::QuotaFull, pertama);
    assert!(t.cadangan_dibuang);
    assert!(
        !t.peta.contains_key(&cadangan("1")),
        "the failed backup is dropped"
    );
    // The restore's backup still goes with its record.
    let lagi = kirim(&mut t);
    let kunci: Vec<&str> = lagi.ubah.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(kunci, ["a", cadangan("2").as_str()]);
}
