//! A backup that does not fit even once older ones are dropped leaves them all as they were.

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
