//! Storage full: a backup that does not fit even once older ones are dropped leaves them all
//! as they were, and a restore that fails halfway leaves the data as it was.

use super::tests::{isi, t};
use super::*;
use crate::store::MemoryStore;

#[test]
fn a_backup_that_cannot_fit_drops_no_older_backup() {
    const RUANG: usize = 6_000;
    let s = MemoryStore::with_capacity(RUANG);
    isi(&s);
    let r = Retensi::default();
    let a = ambil(&s, t(22, 8, 0), "otomatis", r).unwrap();
    let b = ambil(&s, t(22, 9, 0), "otomatis", r).unwrap();
    // A record fills the rest: a backup now holds it too, larger than the two older ones.
    let dipakai = s.bytes_used().unwrap() + "other-app.key".len() * 2 + 2;
    let pengisi = "x".repeat((RUANG - dipakai) / 2 - 40);
    s.put("kinerjaku.v1.r.catatan.besar", &pengisi).unwrap();
    assert_eq!(
        ambil(&s, t(22, 10, 0), "otomatis", r),
        Err(StoreError::QuotaFull)
    );
    let ids: Vec<String> = daftar(&s).unwrap().into_iter().map(|i| i.id).collect();
    assert_eq!(
        ids,
        [b.id.clone(), a.id.clone()],
        "both older backups are still there"
    );
    for id in [&a.id, &b.id] {
        assert!(s.get(&kunci_snapshot(id)).unwrap().is_some());
        assert!(s.get(&format!("{AWALAN_INFO}{id}")).unwrap().is_some());
    }
}

#[test]
fn a_restore_that_fails_halfway_leaves_the_data_as_it_was() {
    let data = |s: &MemoryStore| -> Vec<(String, Option<String>)> {
        let mut k: Vec<String> = s
            .keys()
            .unwrap()
            .into_iter()
            .filter(|k| dicadangkan(k))
            .collect();
        k.sort();
        k.into_iter()
            .map(|k| (k.clone(), s.get(&k).unwrap()))
            .collect()
    };
    let r = Retensi::default();
    let (mut gagal, mut jadi) = (0, 0);
    // The n-th write of the restore is refused once (its rollback frees the room): at the
    // backup before it, at its info, or at any of the restored records.
    for n in 0..8 {
        let s = MemoryStore::new();
        isi(&s);
        s.put("kinerjaku.v1.r.skp.3", "{\"rev\":1}").unwrap();
        let info = ambil(&s, t(22, 9, 0), "sebelum_hapus", r).unwrap();
        let dicadang = data(&s);
        s.remove("kinerjaku.v1.r.skp.1").unwrap();
        s.put("kinerjaku.v1.r.skp.2", "{\"rev\":1}").unwrap();
        s.put("kinerjaku.v1.r.skp.3", "{\"rev\":2}").unwrap();
        s.put("kinerjaku.v1.settings", "{\"bahasa\":\"en\"}")
            .unwrap();
        let sebelum = data(&s);
        s.gagal_sekali_setelah(n);
        match pulihkan(&s, &info.id, t(22, 9, 5), r) {
            Ok(_) => {
                jadi += 1;
                assert_eq!(data(&s), dicadang, "n = {n}");
            }
            Err(e) => {
                gagal += 1;
                assert_eq!(e, StoreError::QuotaFull.into(), "put back whole");
                assert_eq!(data(&s), sebelum, "n = {n}: a mix of the two");
            }
        }
    }
    assert!(gagal >= 3 && jadi >= 1, "{gagal} failed, {jadi} landed");
}

#[test]
fn a_restore_on_a_full_storage_never_loses_the_backup_it_restores() {
    // The backup taken before a restore fits only where an older backup was, and the only
    // older one is the backup being restored: it is dropped for room, and must come back if
    // the restore then fails.
    let r = Retensi::default();
    let semua = |s: &MemoryStore| -> Vec<(String, Option<String>)> {
        let mut k = s.keys().unwrap();
        k.sort();
        k.into_iter()
            .map(|k| (k.clone(), s.get(&k).unwrap()))
            .collect()
    };
    let (mut gagal, mut jadi) = (0, 0);
    for n in 0..8 {
        let s = MemoryStore::new();
        isi(&s);
        s.put("kinerjaku.v1.r.catatan.besar", &"x".repeat(2_000))
            .unwrap();
        let a = ambil(&s, t(22, 8, 0), "manual", r).unwrap();
        let data_a: Vec<_> = semua(&s)
            .into_iter()
            .filter(|(k, _)| dicadangkan(k))
            .collect();
        s.remove("kinerjaku.v1.r.catatan.besar").unwrap();
        s.put("kinerjaku.v1.r.catatan.sedang", &"y".repeat(400))
            .unwrap();
        // Room for the data, backup A (large) and a bit: not for a second backup beside A.
        let penuh = MemoryStore::with_capacity(s.bytes_used().unwrap() + 400);
        for (k, v) in semua(&s) {
            penuh.put(&k, &v.unwrap()).unwrap();
        }
        let sebelum = semua(&penuh);
        penuh.gagal_sekali_setelah(n);
        match pulihkan(&penuh, &a.id, t(22, 9, 0), r) {
            Ok(_) => {
                jadi += 1;
                let data: Vec<_> = (semua(&penuh).into_iter())
                    .filter(|(k, _)| dicadangkan(k))
                    .collect();
                assert_eq!(data, data_a, "n = {n}: restored");
            }
            Err(e) => {
                gagal += 1;
                assert_eq!(e, StoreError::QuotaFull.into(), "put back whole");
                assert_eq!(
                    semua(&penuh),
                    sebelum,
                    "n = {n}: backups and data as they were"
                );
            }
        }
    }
    assert!(gagal >= 2 && jadi >= 1, "{gagal} failed, {jadi} landed");
}
