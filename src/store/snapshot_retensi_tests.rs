//! Retention and the automatic backup: which backups are kept (three today, one per earlier
//! day, the person's own newest apart), when the automatic one is taken, and what a clock
//! that ran ahead must not change.

use super::tests::{isi, t};
use super::*;
use crate::store::MemoryStore;

#[test]
fn the_automatic_backup_needs_data_and_waits_an_hour() {
    let s = MemoryStore::default();
    assert_eq!(otomatis(&s, t(22, 8, 0)), Ok(false), "no data, no backup");
    s.put("kinerjaku.v1.settings", "{\"bahasa\":\"id\"}")
        .unwrap();
    assert_eq!(
        otomatis(&s, t(22, 8, 0)),
        Ok(false),
        "settings alone (a first visit with a role chosen) are no reason for a backup"
    );
    assert!(!crate::store::rekaman::ada(&s));
    isi(&s);
    assert!(crate::store::rekaman::ada(&s));
    assert_eq!(otomatis(&s, t(22, 8, 0)), Ok(true));
    assert_eq!(
        otomatis(&s, t(22, 8, 59)),
        Ok(false),
        "one within the hour is enough"
    );
    s.put("kinerjaku.v1.settings", "{\"bahasa\":\"en\"}")
        .unwrap();
    assert_eq!(otomatis(&s, t(22, 9, 0)), Ok(true));
    assert_eq!(daftar(&s).unwrap().len(), 2);
}

#[test]
fn the_snapshot_just_taken_survives_backups_dated_in_the_future() {
    let s = MemoryStore::new();
    isi(&s);
    let r = Retensi::default();
    // A clock that ran a year ahead left three backups "from the future".
    for h in 0..3 {
        let masa_depan = NaiveDate::from_ymd_opt(2027, 11, 22)
            .unwrap()
            .and_hms_opt(8 + h, 0, 0)
            .unwrap();
        ambil(&s, masa_depan, "otomatis", r).unwrap();
    }
    let info = ambil(&s, t(22, 9, 0), "sebelum_pemulihan", r).unwrap();
    let ids: Vec<String> = daftar(&s).unwrap().into_iter().map(|i| i.id).collect();
    assert!(ids.contains(&info.id), "{ids:?}");
    assert_eq!(
        ids.len(),
        3,
        "still three for today: the oldest future one went"
    );
    // And it can be restored (the undo of a restore depends on it).
    pulihkan(&s, &info.id, t(22, 9, 1), r).unwrap();
}

#[test]
fn pruning_never_removes_the_newest_snapshot() {
    let s = MemoryStore::new();
    isi(&s);
    let r = Retensi {
        maks_hari_ini: 1,
        maks_total: 1,
    };
    let a = ambil(&s, t(22, 9, 0), "otomatis", r).unwrap();
    // The clock went back a day: the new one is older by time, yet it is the one kept.
    let b = ambil(&s, t(21, 9, 0), "manual", r).unwrap();
    let ids: Vec<String> = daftar(&s).unwrap().into_iter().map(|i| i.id).collect();
    assert_eq!(ids, std::slice::from_ref(&b.id));
    assert_ne!(a.id, ids[0]);
    // Pruning without one to keep keeps the newest by time.
    ambil(&s, t(23, 9, 0), "otomatis", Retensi::default()).unwrap();
    pangkas(&s, t(21, 9, 0), r, None).unwrap();
    assert_eq!(daftar(&s).unwrap()[0].waktu, t(23, 9, 0));
    // Beside it only the person's own newest backup, which the count leaves alone.
    let ids: Vec<String> = daftar(&s).unwrap().into_iter().map(|i| i.id).collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(ids[1], b.id);
}

/// The backup the person made before a risky change is not pushed out by the automatic ones
/// each start takes (three a day), nor by a restore's; an older one of theirs may go.
#[test]
fn the_newest_backup_made_by_hand_outlives_the_automatic_ones() {
    let s = MemoryStore::new();
    isi(&s);
    let r = Retensi::default();
    let lama = ambil(&s, t(22, 8, 0), ALASAN_SENDIRI, r).unwrap();
    let sendiri = ambil(&s, t(22, 9, 0), ALASAN_SENDIRI, r).unwrap();
    for h in 10..=14 {
        ambil(&s, t(22, h, 30), "otomatis", r).unwrap();
    }
    let ids: Vec<String> = daftar(&s).unwrap().into_iter().map(|i| i.id).collect();
    assert!(ids.contains(&sendiri.id), "{ids:?}");
    assert!(!ids.contains(&lama.id), "{ids:?}");
    assert_eq!(ids.len(), r.maks_hari_ini + 1);
}

/// A backup dated ahead of now (the clock ran ahead once) does not stop the automatic backup
/// until that day comes.
#[test]
fn a_backup_dated_in_the_future_does_not_stop_the_automatic_one() {
    let s = MemoryStore::new();
    isi(&s);
    let r = Retensi::default();
    ambil(&s, t(23, 9, 0), "otomatis", r).unwrap();
    assert_eq!(
        otomatis(&s, t(22, 9, 0)),
        Ok(false),
        "nothing changed since"
    );
    s.put(&format!("{KEY_PREFIX}r.skp.lain"), "{}").unwrap();
    assert_eq!(otomatis(&s, t(22, 9, 0)), Ok(true));
}

#[test]
fn deleting_old_backups_keeps_the_newest_and_the_data() {
    let s = MemoryStore::new();
    s.put(&format!("{KEY_PREFIX}settings"), "{}").unwrap();
    for h in 1..=3 {
        ambil(&s, t(20, h, 0), "manual", Retensi::default()).unwrap();
    }
    let terbaru = daftar(&s).unwrap()[0].clone();
    assert_eq!(hapus_lama(&s).unwrap(), 2);
    assert_eq!(daftar(&s).unwrap(), vec![terbaru]);
    assert_eq!(
        s.get(&format!("{KEY_PREFIX}settings")).unwrap().as_deref(),
        Some("{}")
    );
    assert_eq!(hapus_lama(&s).unwrap(), 0);
}
