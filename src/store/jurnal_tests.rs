use super::*;
use crate::store::MemoryStore;

fn jam(h: u32) -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
        .unwrap()
        .and_hms_opt(h, 0, 0)
        .unwrap()
}

fn awal() -> MemoryStore {
    let s = MemoryStore::new();
    s.put("kinerjaku.v1.r.catatan.a", "lama-a").unwrap();
    s.put("kinerjaku.v1.r.catatan.hapus", "akan-dihapus")
        .unwrap();
    s.put("aplikasi-lain", "x").unwrap();
    s
}

fn ubah() -> Vec<(String, Option<String>)> {
    let mut v = vec![
        (
            "kinerjaku.v1.r.catatan.a".to_string(),
            Some("baru-a".to_string()),
        ),
        ("kinerjaku.v1.r.catatan.hapus".to_string(), None),
    ];
    for i in 0..8 {
        v.push((
            format!("kinerjaku.v1.r.catatan.n{i}"),
            Some(format!("baru-{i}")),
        ));
    }
    v
}

#[test]
fn a_change_lands_whole_and_leaves_no_journal() {
    let s = awal();
    let entri = terapkan(&s, JenisUbah::Impor, jam(9), &ubah()).unwrap();
    assert_eq!(entri.len(), 10);
    assert_eq!(s.get(KUNCI_JURNAL).unwrap(), None);
    assert_eq!(
        s.get("kinerjaku.v1.r.catatan.a").unwrap().as_deref(),
        Some("baru-a")
    );
    assert_eq!(s.get("kinerjaku.v1.r.catatan.hapus").unwrap(), None);
    assert_eq!(
        s.get("kinerjaku.v1.r.catatan.n7").unwrap().as_deref(),
        Some("baru-7")
    );
    assert_eq!(entri[0].sebelum.as_deref(), Some("lama-a"));
    assert_eq!(entri[0].sesudah, Some(sidik("baru-a")));
}

#[test]
fn quota_after_any_number_of_writes_leaves_storage_exactly_as_before() {
    // Write 0 is the journal; every later point of failure is tried.
    for n in 0..10 {
        let s = awal();
        let sebelum = s.isi();
        s.gagal_sekali_setelah(n);
        let g = terapkan(&s, JenisUbah::Impor, jam(9), &ubah()).unwrap_err();
        assert_eq!(s.isi(), sebelum, "failure after {n} writes");
        match g {
            GagalUbah::TidakDimulai(e) => {
                assert_eq!(n, 0, "only the journal write fails before anything");
                assert_eq!(e, StoreError::QuotaFull);
            }
            GagalUbah::Dikembalikan {
                sebab,
                ditulis,
                total,
            } => {
                assert_eq!(sebab, StoreError::QuotaFull);
                assert_eq!(total, 10);
                // The removal does not count against the write limit.
                assert_eq!(ditulis, n, "{n}");
            }
            g => panic!("{g:?}"),
        }
    }
}

#[test]
fn a_failed_rollback_keeps_the_journal_and_the_next_start_finishes_it() {
    let s = awal();
    let sebelum = s.isi();
    // Every write after the journal and two records fails, the rollback's too.
    s.gagal_setelah(Some(3));
    let g = terapkan(&s, JenisUbah::Impor, jam(9), &ubah()).unwrap_err();
    assert!(matches!(g, GagalUbah::Tertunda { .. }), "{g:?}");
    assert!(s.get(KUNCI_JURNAL).unwrap().is_some());
    s.gagal_setelah(None);
    assert!(matches!(
        pulihkan_saat_mulai(&s).unwrap(),
        Mulai::Dipulihkan(_)
    ));
    assert_eq!(s.isi(), sebelum);
}

#[test]
fn a_real_byte_quota_halfway_rolls_back() {
    let s = MemoryStore::with_capacity(2_600);
    s.put("kinerjaku.v1.r.catatan.a", "lama-a").unwrap();
    let sebelum = s.isi();
    let besar: Vec<(String, Option<String>)> = (0..6)
        .map(|i| (format!("kinerjaku.v1.r.catatan.b{i}"), Some("y".repeat(90))))
        .collect();
    let g = terapkan(&s, JenisUbah::Impor, jam(9), &besar).unwrap_err();
    assert!(
        matches!(g, GagalUbah::Dikembalikan { ditulis, .. } if ditulis > 0 && ditulis < 6),
        "{g:?}"
    );
    assert_eq!(s.isi(), sebelum);
}

/// The state a tab closed mid-apply leaves: the journal and some of the writes.
fn terputus(s: &MemoryStore, jenis: JenisUbah, sampai: usize) {
    let u = ubah();
    let jurnal = Jurnal {
        versi: VERSI_JURNAL,
        jenis,
        mulai: jam(9),
        entri: u
            .iter()
            .map(|(k, v)| EntriJurnal {
                kunci: k.clone(),
                sebelum: s.get(k).unwrap(),
                sesudah: v.as_deref().map(sidik),
            })
            .collect(),
    };
    s.put(
        KUNCI_JURNAL,
        &crate::store::rekaman::ke_value(&jurnal)
            .unwrap()
            .to_string(),
    )
    .unwrap();
    for (k, v) in u.iter().take(sampai) {
        match v {
            Some(v) => s.put(k, v).unwrap(),
            None => s.remove(k).unwrap(),
        }
    }
}

#[test]
fn a_journal_left_by_a_closed_tab_is_rolled_back_at_start_up() {
    for sampai in [0, 1, 2, 6, 10] {
        let s = awal();
        let sebelum = s.isi();
        terputus(&s, JenisUbah::Impor, sampai);
        let m = pulihkan_saat_mulai(&s).unwrap();
        assert_eq!(s.isi(), sebelum, "cut after {sampai} writes");
        assert_eq!(
            m,
            Mulai::Dipulihkan(Pemulihan {
                jenis: JenisUbah::Impor,
                dikembalikan: sampai,
                dibiarkan: vec![],
            })
        );
        // Told once: the next start finds nothing.
        assert_eq!(pulihkan_saat_mulai(&s).unwrap(), Mulai::Bersih);
    }
}

#[test]
fn start_up_rollback_leaves_a_key_another_tab_saved_since() {
    let s = awal();
    terputus(&s, JenisUbah::Urungkan, 4);
    s.put("kinerjaku.v1.r.catatan.n0", "disimpan-tab-lain")
        .unwrap();
    let Mulai::Dipulihkan(p) = pulihkan_saat_mulai(&s).unwrap() else {
        panic!()
    };
    assert_eq!(p.jenis, JenisUbah::Urungkan);
    assert_eq!(p.dikembalikan, 3);
    assert_eq!(p.dibiarkan, ["kinerjaku.v1.r.catatan.n0"]);
    assert_eq!(
        s.get("kinerjaku.v1.r.catatan.n0").unwrap().as_deref(),
        Some("disimpan-tab-lain")
    );
    assert_eq!(
        s.get("kinerjaku.v1.r.catatan.a").unwrap().as_deref(),
        Some("lama-a")
    );
}

#[test]
fn a_corrupt_journal_is_set_aside_and_nothing_else_changes() {
    let s = awal();
    let sebelum = s.isi();
    s.put(KUNCI_JURNAL, "{\"versi\":").unwrap();
    let Mulai::JurnalRusak { karantina, .. } = pulihkan_saat_mulai(&s).unwrap() else {
        panic!()
    };
    assert_eq!(s.get(&karantina).unwrap().as_deref(), Some("{\"versi\":"));
    s.remove(&karantina).unwrap();
    assert_eq!(s.isi(), sebelum);
}

#[test]
fn a_pending_journal_blocks_a_new_change() {
    let s = awal();
    terputus(&s, JenisUbah::Impor, 0);
    let sebelum = s.isi();
    assert_eq!(
        terapkan(&s, JenisUbah::Impor, jam(9), &ubah()),
        Err(GagalUbah::JurnalLain)
    );
    assert_eq!(s.isi(), sebelum);
}

#[test]
fn undo_reverts_only_the_changed_keys_and_refuses_when_one_changed_since() {
    let s = awal();
    let sebelum = s.isi();
    let entri = terapkan(&s, JenisUbah::Impor, jam(9), &ubah()).unwrap();
    // A key the change never touched, written afterwards, survives the undo.
    s.put("kinerjaku.v1.r.realisasi.kemudian", "baru").unwrap();
    assert_eq!(urungkan(&s, &entri, jam(10)), Ok(10));
    let mut harap = sebelum.clone();
    harap.insert("kinerjaku.v1.r.realisasi.kemudian".into(), "baru".into());
    assert_eq!(s.isi(), harap);

    let s = awal();
    let entri = terapkan(&s, JenisUbah::Impor, jam(9), &ubah()).unwrap();
    s.put("kinerjaku.v1.r.catatan.n3", "diubah-sesudah")
        .unwrap();
    let sesudah = s.isi();
    assert_eq!(
        urungkan(&s, &entri, jam(10)),
        Err(GagalUrung::Berubah(
            vec!["kinerjaku.v1.r.catatan.n3".into()]
        ))
    );
    assert_eq!(s.isi(), sesudah, "refused whole: nothing undone");
}

#[test]
fn an_undo_that_hits_the_quota_undoes_nothing() {
    let s = awal();
    let entri = terapkan(&s, JenisUbah::Impor, jam(9), &ubah()).unwrap();
    let sesudah = s.isi();
    // The journal fits, then the first restore (a write) fails.
    s.gagal_sekali_setelah(1);
    let g = urungkan(&s, &entri, jam(10)).unwrap_err();
    assert!(
        matches!(g, GagalUrung::Ubah(GagalUbah::Dikembalikan { .. })),
        "{g:?}"
    );
    assert_eq!(s.isi(), sesudah);
}

type Ubah = Vec<(String, Option<String>)>;

/// A store whose batches are transactions, counting what reaches it: the journal's keys
/// never do, and the change arrives as one batch.
struct Hitung {
    dasar: MemoryStore,
    batch: std::sync::Mutex<Vec<Ubah>>,
}

impl KvStore for Hitung {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.dasar.get(key)
    }
    fn set_raw(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.tulis_banyak(&[(key.to_string(), Some(value.to_string()))])
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.tulis_banyak(&[(key.to_string(), None)])
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.dasar.keys()
    }
    fn tulis_banyak(&self, ubah: &[(String, Option<String>)]) -> Result<(), StoreError> {
        self.batch.lock().unwrap().push(ubah.to_vec());
        self.dasar.tulis_banyak(ubah)
    }
    fn utuh(&self) -> bool {
        true
    }
}

#[test]
fn on_a_transactional_store_the_change_is_one_batch_and_writes_no_journal() {
    let s = Hitung {
        dasar: awal(),
        batch: Default::default(),
    };
    let entri = terapkan(&s, JenisUbah::Impor, jam(9), &ubah()).unwrap();
    assert_eq!(entri.len(), 10);
    let batch = s.batch.lock().unwrap().clone();
    assert_eq!(
        batch,
        vec![ubah()],
        "one batch, the change itself, no journal"
    );
    assert_eq!(
        s.get("kinerjaku.v1.r.catatan.n7").unwrap().as_deref(),
        Some("baru-7")
    );
    // Refused whole: nothing lands, the caller is told nothing was written.
    let s = Hitung {
        dasar: awal(),
        batch: Default::default(),
    };
    let sebelum = s.dasar.isi();
    s.dasar.gagal_setelah(Some(3));
    let g = terapkan(&s, JenisUbah::Impor, jam(9), &ubah()).unwrap_err();
    assert_eq!(
        g,
        GagalUbah::Dikembalikan {
            sebab: StoreError::QuotaFull,
            ditulis: 0,
            total: 10
        }
    );
    assert_eq!(s.dasar.isi(), sebelum);
    // And the undo of a landed change is one batch too.
    let s = Hitung {
        dasar: awal(),
        batch: Default::default(),
    };
    let entri = terapkan(&s, JenisUbah::Impor, jam(9), &ubah()).unwrap();
    assert_eq!(urungkan(&s, &entri, jam(10)), Ok(10));
    assert_eq!(s.dasar.isi(), awal().isi());
    assert_eq!(s.batch.lock().unwrap().len(), 2);
    // The undo record never leaves memory: a short fingerprint of each value is enough, and
    // still tells a value changed since.
    let entri = terapkan(&s, JenisUbah::Impor, jam(11), &ubah()).unwrap();
    assert!(entri
        .iter()
        .filter_map(|e| e.sesudah.as_deref())
        .all(|x| x.starts_with("h64:") && x.len() == 20));
    s.dasar.put("kinerjaku.v1.r.catatan.n7", "diubah").unwrap();
    assert_eq!(
        urungkan(&s, &entri, jam(12)),
        Err(GagalUrung::Berubah(
            vec!["kinerjaku.v1.r.catatan.n7".into()]
        ))
    );
}
