use super::*;
use crate::store::kinerja::DataKinerja;
use crate::store::rekaman::{self, kunci as kunci_rekaman};
use crate::store::sintetis::{admin, agensi, impor_semua, Ukuran};
use crate::store::{snapshot, MemoryStore};

const W: &str = "2027-02-02T08:00:00+07:00";

/// A small agency's four team files imported by the admin: 40 profiles, 40 SKP, 200
/// evaluations; `AMBANG` below that, so its inputs are kept.
fn agensi_kecil() -> MemoryStore {
    let a = agensi(&Ukuran {
        tim: 4,
        per_tim: 10,
        benih: 13,
    });
    let s = admin(MemoryStore::transaksional());
    let jam = chrono::NaiveDate::from_ymd_opt(2027, 2, 1)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    assert_eq!(impor_semua(&s, &a.penilaian, jam), 0);
    s
}

const AMBANG: usize = 100;

/// What decoding every record gives now.
fn dari_rekaman(s: &MemoryStore) -> MasukanRekap {
    let d = DataKinerja::muat(s).unwrap();
    d.masukan_rekap()
}

fn tersimpan(s: &MemoryStore) -> Option<String> {
    s.get(&kunci(NAMA_REKAP)).unwrap()
}

#[test]
fn a_large_workspace_keeps_its_dashboard_inputs_and_reads_them_back() {
    let s = agensi_kecil();
    assert_eq!(tersimpan(&s), None);
    let m = masukan_rekap(&s, AMBANG, None).unwrap();
    assert!(m.sidik.is_some());
    assert_eq!(*m.isi, dari_rekaman(&s));
    assert_eq!((m.isi.pegawai.len(), m.isi.evaluasi.len()), (40, 200));
    let teks = tersimpan(&s).expect("kept");
    // Read back, not made again: a name changed in the kept value (only) shows.
    let nama = &m.isi.pegawai[0].nama;
    s.set_raw(
        &kunci(NAMA_REKAP),
        &teks.replacen(nama.as_str(), "Nama Dari Simpanan", 1),
    )
    .unwrap();
    let lagi = masukan_rekap(&s, AMBANG, None).unwrap();
    assert_eq!(lagi.sidik, m.sidik);
    assert_eq!(lagi.isi.pegawai[0].nama, "Nama Dari Simpanan");
    // Unchanged records since the last reading: that reading itself, nothing parsed.
    let sama = masukan_rekap(&s, AMBANG, Some(&m)).unwrap();
    assert!(Arc::ptr_eq(&sama.isi, &m.isi));
}

#[test]
fn any_change_to_a_records_text_makes_the_kept_inputs_stale() {
    let s = agensi_kecil();
    let m = masukan_rekap(&s, AMBANG, None).unwrap();
    // One evaluation's rating changed in place, its revision left as it was (as an older
    // version, a restore or a hand edit might): the kept inputs are not used.
    let e = &m.isi.evaluasi[7];
    let k = kunci_rekaman("evaluasi", &e.id);
    let lama = s.get(&k).unwrap().unwrap();
    let perilaku = serde_json::to_string(&e.rating_perilaku).unwrap();
    let lain = if perilaku.contains("diatas") {
        "\"dibawah_ekspektasi\""
    } else {
        "\"diatas_ekspektasi\""
    };
    let baru = lama.replace(
        &format!("\"rating_perilaku\":{perilaku}"),
        &format!("\"rating_perilaku\":{lain}"),
    );
    assert_ne!(baru, lama, "the evaluation's text names its rating");
    s.set_raw(&k, &baru).unwrap();
    let kini = masukan_rekap(&s, AMBANG, Some(&m)).unwrap();
    assert_ne!(kini.sidik, m.sidik);
    assert_eq!(*kini.isi, dari_rekaman(&s));
    assert_ne!(kini.isi.evaluasi[7], m.isi.evaluasi[7]);
    // Made again and kept under the new fingerprint.
    assert!(tersimpan(&s)
        .unwrap()
        .contains(&format!("{:016x}", kini.sidik.unwrap())));
    // A delete (a tombstone) too: the pegawai's SKP is no longer counted.
    let skp = m.isi.skp[0].clone();
    let rev = rekaman::baca(&s, JenisRecord::Skp, &skp.id)
        .unwrap()
        .unwrap()
        .revisi;
    rekaman::hapus(&s, JenisRecord::Skp, &skp.id, rev, W).unwrap();
    let tanpa = masukan_rekap(&s, AMBANG, Some(&kini)).unwrap();
    assert_eq!(*tanpa.isi, dari_rekaman(&s));
    assert!(tanpa.isi.skp.iter().all(|x| x.id != skp.id));
}

#[test]
fn an_unreadable_or_older_kept_value_is_made_again() {
    let s = agensi_kecil();
    let m = masukan_rekap(&s, AMBANG, None).unwrap();
    let teks = tersimpan(&s).unwrap();
    let sidik = format!("{:016x}", m.sidik.unwrap());
    for rusak in [
        "{bukan json".to_string(),
        teks.replace("\"versi\":1", "\"versi\":0"),
        teks[..teks.len() / 2].to_string(),
        teks.replace("\"pegawai\":[", "\"pegawai\":[7,"),
    ] {
        s.set_raw(&kunci(NAMA_REKAP), &rusak).unwrap();
        let lagi = masukan_rekap(&s, AMBANG, None).unwrap();
        assert_eq!(
            *lagi.isi,
            dari_rekaman(&s),
            "{}",
            &rusak[..rusak.len().min(60)]
        );
        assert!(tersimpan(&s).unwrap().contains(&sidik));
    }
}

#[test]
fn a_small_workspace_keeps_nothing_and_no_backup_or_record_listing_holds_the_kept_value() {
    let s = agensi_kecil();
    let m = masukan_rekap(&s, 10_000, None).unwrap();
    assert_eq!(m.sidik, None);
    assert_eq!(*m.isi, dari_rekaman(&s));
    assert_eq!(tersimpan(&s), None);
    masukan_rekap(&s, AMBANG, None).unwrap();
    assert!(tersimpan(&s).is_some());
    // Shrunk below the threshold: what it kept goes.
    masukan_rekap(&s, 10_000, None).unwrap();
    assert_eq!(tersimpan(&s), None);
    // localStorage (no transactions): its room is for records, nothing is kept there.
    let lokal = MemoryStore::new();
    for (k, v) in s.isi() {
        lokal.set_raw(&k, &v).unwrap();
    }
    let m = masukan_rekap(&lokal, AMBANG, None).unwrap();
    assert_eq!(
        (m.sidik, lokal.get(&kunci(NAMA_REKAP)).unwrap()),
        (None, None)
    );
    masukan_rekap(&s, AMBANG, None).unwrap();
    let k = kunci(NAMA_REKAP);
    assert!(kunci_turunan(&k));
    assert!(!snapshot::termasuk(&k) && !snapshot::dicadangkan(&k));
    assert!(!rekaman::kunci_rekaman(&k));
}

/// The fingerprint walks each kind's range of the store in key order: it is the one a sorted
/// list of the keys, each then read, gives (what the kept values were made with).
#[test]
fn the_fingerprint_is_that_of_the_sorted_keys_each_read() {
    let s = agensi_kecil();
    let per_kunci = |jenis: Option<&[JenisRecord]>| {
        let kunci = rekaman::kunci_jenis(&s, jenis).unwrap();
        let mut h = Sidik::baru();
        for k in &kunci {
            h.teks(k.as_bytes());
            s.baca_di(k, &mut |v| h.teks(v.unwrap_or_default().as_bytes()))
                .unwrap();
        }
        (h.selesai(kunci.len()), kunci.len())
    };
    let acak = [
        JenisRecord::Skp,
        JenisRecord::Pegawai,
        JenisRecord::Evaluasi,
        JenisRecord::Skp,
    ];
    for jenis in [None, Some(&acak[..]), Some(&acak[1..2])] {
        let (sidik, n) = sidik_dari(&s, jenis).unwrap();
        assert!(n > 0);
        assert_eq!((sidik, n), per_kunci(jenis), "{jenis:?}");
    }
}
