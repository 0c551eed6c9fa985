//! The batch's own behaviour; its equivalence with the per-file path is in
//! `impor_batch_tests.rs`.

use super::*;
use crate::store::rekaman::kunci;
use crate::store::sintetis::{admin_kosong, agensi, Ukuran};
use crate::store::MemoryStore;

fn jam() -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2027, 2, 1)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

#[test]
fn team_files_keep_no_text_and_pegawai_files_first_keep_the_team_files() {
    let a = agensi(&Ukuran {
        tim: 3,
        per_tim: 3,
        benih: 4,
    });
    let s = admin_kosong();
    let mut k = Kumpulan::baru(&s, Batas::default()).unwrap();
    for (n, t) in &a.penilaian {
        k.tambah(&s, n.clone(), t.clone()).unwrap();
    }
    k.lepas_teks();
    assert!(k.berkas().iter().all(|b| b.teks.is_none()));
    let r = k.terapkan(&s, &HashMap::new(), jam()).unwrap();
    assert_eq!(
        r.ditambah,
        crate::store::kinerja::DataKinerja::muat(&s)
            .unwrap()
            .evaluasi
            .len()
            + 18
            + dialog(&s)
    );
    // Pegawai files and team files in one batch: a team file's plan depends on what the
    // pegawai files bring, so its text stays; the pegawai files' do not.
    let s = MemoryStore::new();
    let mut k = Kumpulan::baru(&s, Batas::default()).unwrap();
    for (n, t) in a.pegawai.iter().chain(&a.penilaian) {
        k.tambah(&s, n.clone(), t.clone()).unwrap();
    }
    k.lepas_teks();
    let teks: Vec<bool> = k.berkas().iter().map(|b| b.teks.is_some()).collect();
    assert_eq!(teks, [vec![false; 9], vec![true; 3]].concat());
    let r = k.terapkan(&s, &HashMap::new(), jam()).unwrap();
    assert!(r.diperbarui >= 9, "{r:?}");
    let data = crate::store::kinerja::DataKinerja::muat(&s).unwrap();
    assert_eq!((data.pegawai.len(), data.evaluasi.len()), (9, 45));
}

fn dialog(s: &MemoryStore) -> usize {
    crate::store::kinerja::DataKinerja::muat(s)
        .unwrap()
        .dialog
        .semua()
        .len()
}

#[test]
fn the_same_file_twice_is_named_once_and_a_stale_plan_without_its_text_is_refused() {
    let a = agensi(&Ukuran {
        tim: 2,
        per_tim: 2,
        benih: 8,
    });
    let s = admin_kosong();
    let mut k = Kumpulan::baru(&s, Batas::default()).unwrap();
    let (n, t) = &a.penilaian[0];
    k.tambah(&s, n.clone(), t.clone()).unwrap();
    k.tambah(&s, "salinan.json".into(), t.clone()).unwrap();
    assert_eq!(
        k.berkas()[1].laporan,
        Laporan::Ganda {
            sama_dengan: n.clone()
        }
    );
    k.lepas_teks();
    // Another tab imports the same file meanwhile: the plan read storage that is gone.
    crate::store::sintetis::impor_semua(&s, &a.penilaian[..1], jam());
    let sebelum = s.isi();
    assert_eq!(k.terapkan(&s, &HashMap::new(), jam()), Err(GagalUbah::Basi));
    assert_eq!(s.isi(), sebelum);
}

/// A record lands with its `data` as the digest check wrote it only where the checks left the
/// value alone: a derived value dropped by the checks is not in what is stored.
#[test]
fn stored_texts_are_the_records_as_checked_not_as_the_file_wrote_them() {
    let a = agensi(&Ukuran {
        tim: 1,
        per_tim: 2,
        benih: 5,
    });
    let (nama, teks) = &a.penilaian[0];
    let mut v: serde_json::Value = serde_json::from_str(teks).unwrap();
    let records = v["records"].as_array_mut().unwrap();
    let ev = records
        .iter_mut()
        .find(|r| r["type"] == "evaluasi")
        .unwrap();
    ev["data"]["predikat"] = serde_json::json!("sangat_baik");
    let id = ev["id"].as_str().unwrap().to_string();
    // Sealed again, so the digest check runs and matches.
    v["digest"]["value"] = serde_json::json!(crate::bundle::digest::hitung(&v));
    let s = admin_kosong();
    let mut k = Kumpulan::baru(&s, Batas::default()).unwrap();
    k.tambah(&s, nama.clone(), v.to_string()).unwrap();
    assert!(
        matches!(&k.berkas()[0].laporan, Laporan::Rencana(r) if r.ada_perubahan()),
        "{:?}",
        k.berkas()[0].laporan
    );
    k.terapkan(&s, &HashMap::new(), jam()).unwrap();
    let disimpan = s.isi();
    let ev = &disimpan[&kunci("evaluasi", &id)];
    assert!(!ev.contains("sangat_baik"), "{ev}");
    for t in disimpan.values() {
        let v: serde_json::Value = serde_json::from_str(t).unwrap();
        assert_eq!(*t, v.to_string());
    }
}

#[test]
fn a_rekap_checked_on_an_admin_device_is_not_applied_once_another_tab_changed_the_role() {
    use crate::bundle::format::{JenisBundle, Pengekspor};
    use crate::store::settings::{self, Peran};
    let a = agensi(&Ukuran {
        tim: 1,
        per_tim: 2,
        benih: 5,
    });
    // An admin's workspace of one team, passed on as a rekap.
    let sumber = admin_kosong();
    crate::store::sintetis::impor_semua(&sumber, &a.penilaian, jam());
    let admin = Pengekspor {
        nip: settings::load(&sumber).0.nip,
        nama: "Admin".into(),
        peran: "admin_kepegawaian".into(),
        lain: Default::default(),
    };
    let t = chrono::DateTime::parse_from_rfc3339("2027-02-01T09:00:00+07:00").unwrap();
    let rekap = crate::store::impor::ekspor(&sumber, JenisBundle::Rekap, admin, t).unwrap();
    // A pegawai's file first, whose records the rekap brings too: the rekap's plan reads what
    // the first file writes, so its text is kept for the apply.
    let s = admin_kosong();
    let mut k = Kumpulan::baru(&s, Batas::default()).unwrap();
    let (n, teks) = &a.pegawai[0];
    k.tambah(&s, n.clone(), teks.clone()).unwrap();
    k.tambah(&s, "rekap.json".into(), rekap.to_json_pretty())
        .unwrap();
    k.lepas_teks();
    assert!(k.berkas()[1].teks.is_some());
    // Another tab makes this device a pegawai's before the apply: no rekap lands, nothing does.
    let mut set = settings::load(&s).0;
    set.peran = Some(Peran::Pegawai);
    settings::save(&s, &set).unwrap();
    let sebelum = s.isi();
    assert_eq!(k.terapkan(&s, &HashMap::new(), jam()), Err(GagalUbah::Basi));
    assert_eq!(s.isi(), sebelum);
}
