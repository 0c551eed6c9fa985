//! An import's apply keeps the dashboards' inputs a full reading of the records gives: into an
//! empty workspace, over inputs it kept before (records added, merged, refused, repeated,
//! deleted), and never from inputs not kept for the records it started from.

use super::super::{kunci, masukan_rekap};
use super::*;
use crate::bundle::format::{Bundle, JenisBundle, Pengekspor};
use crate::bundle::validasi::{baca_teks, Batas, HasilBaca};
use crate::store::impor::batch_tests::campuran::campuran;
use crate::store::impor_kumpulan::Kumpulan;
use crate::store::sintetis::{admin, agensi, waktu, Berkas, Ukuran};
use crate::store::MemoryStore;
use chrono::NaiveDateTime;

const AMBANG: usize = 20;

fn jam() -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2027, 2, 1)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

/// Every file as one batch, applied without choices.
fn impor(s: &MemoryStore, berkas: &[Berkas]) {
    let mut k = Kumpulan::baru(s, Batas::default())
        .unwrap()
        .dengan_ambang_rekap(AMBANG);
    for (n, t) in berkas {
        k.tambah(s, n.clone(), t.clone()).unwrap();
    }
    k.lepas_teks();
    k.terapkan(s, &HashMap::new(), jam()).unwrap();
}

/// What the import kept for the records stored now (`None`: nothing kept for them).
fn disimpan(s: &MemoryStore) -> Option<(MasukanRekap, KunciRekap)> {
    let (sidik, _) = sidik(s, &JENIS_REKAP).unwrap();
    Some((baca(s, NAMA_REKAP, sidik)?, baca(s, NAMA_KUNCI, sidik)?))
}

/// What reading every record gives now: the dashboards' inputs as the memo of all records
/// makes them, and each row's key.
fn dibaca(s: &MemoryStore) -> (MasukanRekap, KunciRekap) {
    let m = DataKinerja::muat(s).unwrap().masukan_rekap();
    let (m2, k) = baca_berkunci(s).unwrap();
    assert_eq!(m2, m, "the keyed reading reads the rows the memo does");
    (m, k)
}

/// The mixture of the batch tests (merges, refusals, a repeated file, conflicts) on a store
/// whose batches land whole, as IndexedDB's do.
fn campuran_utuh() -> (Vec<Berkas>, MemoryStore) {
    let (v, awal) = campuran();
    let s = MemoryStore::transaksional();
    for (k, t) in awal().isi() {
        s.set_raw(&k, &t).unwrap();
    }
    (v, s)
}

#[test]
fn an_import_into_an_empty_workspace_keeps_what_reading_every_record_gives() {
    let s = admin(MemoryStore::transaksional());
    let a = agensi(&Ukuran {
        tim: 3,
        per_tim: 5,
        benih: 7,
    });
    impor(&s, &a.penilaian);
    let (m, k) = disimpan(&s).expect("kept by the import");
    assert_eq!((m.pegawai.len(), m.evaluasi.len()), (15, 75));
    assert_eq!((m, k), dibaca(&s));
}

#[test]
fn later_imports_bring_the_kept_inputs_up_to_date() {
    let (v, s) = campuran_utuh();
    impor(&s, &v);
    let sebelum = disimpan(&s).expect("kept by the first import");
    assert_eq!(sebelum, dibaca(&s));
    // More teams, their pegawai's own files (merged with the stored records) and one team's
    // file again: added, merged and unchanged records over the inputs kept.
    let a = agensi(&Ukuran {
        tim: 2,
        per_tim: 4,
        benih: 22,
    });
    let mut lagi: Vec<Berkas> = a.penilaian.clone();
    lagi.extend(a.pegawai.iter().cloned());
    lagi.push(v[5].clone());
    impor(&s, &lagi);
    let sesudah = disimpan(&s).expect("brought up to date");
    assert_eq!(sesudah, dibaca(&s));
    assert_eq!(sesudah.0.pegawai.len(), sebelum.0.pegawai.len() + 8);
    // The dashboards read what the import kept.
    assert_eq!(*masukan_rekap(&s, AMBANG, None).unwrap().isi, sesudah.0);
}

#[test]
fn an_evaluation_deleted_by_its_pejabat_penilai_leaves_the_inputs() {
    let (v, s) = campuran_utuh();
    impor(&s, &v);
    let tim = v
        .iter()
        .find(|(n, _)| n.contains("penilaian"))
        .map(|(n, t)| (n.clone(), t.clone()))
        .unwrap();
    let HasilBaca::Terbaca(b) = baca_teks(&tim.0, &tim.1, &Batas::default()) else {
        panic!()
    };
    let mut ev = b
        .bundle
        .records
        .iter()
        .find(|r| r.jenis == JenisRecord::Evaluasi)
        .unwrap()
        .clone();
    let jumlah = disimpan(&s).unwrap().0.evaluasi.len();
    assert!(jumlah > 0);
    ev.dihapus = true;
    ev.revisi += 1;
    let hapus = Bundle::baru(
        JenisBundle::Penilaian,
        Pengekspor {
            ..b.bundle.pengekspor.clone()
        },
        vec![ev],
        waktu("2027-01-30T09:00:00+07:00"),
    );
    impor(&s, &[("hapus.json".into(), hapus.to_json_pretty())]);
    let sesudah = disimpan(&s).expect("brought up to date");
    assert_eq!(sesudah.0.evaluasi.len(), jumlah - 1, "the deletion landed");
    assert_eq!(sesudah, dibaca(&s));
}

#[test]
fn inputs_not_kept_for_the_records_before_are_not_built_upon() {
    let (v, s) = campuran_utuh();
    impor(&s, &v[..6]);
    assert!(disimpan(&s).is_some());
    // A record changed outside any import: what was kept no longer names these records.
    let p = format!("{AWALAN_REKAMAN}{}", dibaca(&s).1.pegawai[0]);
    let teks = s.get(&p).unwrap().unwrap();
    s.set_raw(&p, &teks.replacen("\"nama\":\"", "\"nama\":\"Diubah ", 1))
        .unwrap();
    assert!(disimpan(&s).is_none());
    impor(&s, &v[6..]);
    assert!(disimpan(&s).is_none(), "nothing kept from stale inputs");
    // The next reading makes them from the records.
    let m = masukan_rekap(&s, AMBANG, None).unwrap();
    assert_eq!(*m.isi, dibaca(&s).0);
    assert!(s.get(&kunci(NAMA_KUNCI)).unwrap().is_some());
}
