//! Issue 12, item 3: a realisasi the pegawai corrects or deletes travels to the atasan in the
//! next pegawai bundle, and the atasan's data shows the correction and not the deleted entry.

use super::*;
use crate::bundle::contoh::{self, d, NIP};
use crate::bundle::gabung::Tindakan;
use crate::domain::progres::{capaian_sampai, Realisasi};
use crate::domain::skp::StatusSkp;
use crate::domain::Rulebook;
use crate::store::kinerja::{urungkan_hapus, DataKinerja};
use crate::store::rekaman::JenisRecord;
use crate::store::MemoryStore;

const ATASAN: &str = "197001012000031001";

fn waktu(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn jam(h: u32) -> NaiveDateTime {
    d(2026, 7, 1).and_hms_opt(h, 0, 0).unwrap()
}

fn entri(id: &str, tanggal: chrono::NaiveDate, nilai: f64) -> Realisasi {
    Realisasi {
        id: id.into(),
        tanggal,
        nilai: Some(nilai),
        catatan: format!("Entri {id}"),
        ..contoh::realisasi()
    }
}

const A: &str = "0a0a0a0a-0a0a-4a0a-8a0a-0a0a0a0a0a01";
const B: &str = "0a0a0a0a-0a0a-4a0a-8a0a-0a0a0a0a0a02";

/// The approved SKP as both devices hold it (the atasan approved it, the pegawai imported
/// that), the pegawai's profile, and two realisasi on the pegawai's device.
fn dua_perangkat() -> (MemoryStore, MemoryStore) {
    let mut skp = contoh::skp();
    skp.status = StatusSkp::Disetujui {
        pada: d(2026, 1, 10),
    };
    skp.pejabat_penilai_nip = ATASAN.into();
    let (pegawai, atasan) = (MemoryStore::new(), MemoryStore::new());
    for s in [&pegawai, &atasan] {
        let w = "2026-01-10T08:00:00+07:00";
        rekaman::tulis_isi(s, JenisRecord::Skp, &skp.id, &skp, None, w).unwrap();
    }
    let p = contoh::pegawai();
    let w = "2026-01-05T08:00:00+07:00";
    rekaman::tulis_isi(
        &pegawai,
        JenisRecord::Pegawai,
        &contoh::uuid(1),
        &p,
        None,
        w,
    )
    .unwrap();
    for r in [entri(A, d(2026, 2, 27), 1.0), entri(B, d(2026, 3, 30), 2.0)] {
        let w = "2026-03-30T08:00:00+07:00";
        rekaman::tulis_isi(&pegawai, JenisRecord::Realisasi, &r.id, &r, None, w).unwrap();
    }
    (pegawai, atasan)
}

/// The pegawai exports; the atasan imports that file whole, choosing nothing.
fn kirim(
    dari: &MemoryStore,
    ke: &MemoryStore,
    h: u32,
) -> (Box<crate::bundle::gabung::Rencana>, RingkasanImpor) {
    let bundle = ekspor(
        dari,
        JenisBundle::Pegawai,
        contoh::pengekspor(),
        waktu(&format!("2026-07-01T{h:02}:00:00+07:00")),
    )
    .unwrap();
    let (nama, teks) = (bundle.nama_berkas(), bundle.to_json_pretty());
    let lap = rencanakan_berkas(ke, &nama, &teks, &Batas::default()).unwrap();
    let r = terapkan_semua(
        ke,
        std::slice::from_ref(&lap),
        &[(nama, teks)],
        &HashMap::new(),
        jam(h),
        &Batas::default(),
    )
    .unwrap();
    let LaporanBerkas::Rencana(rencana) = lap else {
        panic!("{lap:?}")
    };
    (rencana, r)
}

fn nilai_di(store: &MemoryStore) -> Vec<(String, Option<f64>)> {
    let data = DataKinerja::muat(store).unwrap();
    let mut v: Vec<_> = data
        .realisasi_skp(&contoh::skp().id)
        .into_iter()
        .map(|r| (r.id, r.nilai))
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

#[test]
fn an_edited_and_a_deleted_realisasi_reach_the_atasan_in_the_next_pegawai_bundle() {
    let (pegawai, atasan) = dua_perangkat();
    let (_, pertama) = kirim(&pegawai, &atasan, 8);
    assert_eq!(pertama.ditambah, 3, "profile and two realisasi");
    assert_eq!(
        nilai_di(&atasan),
        vec![(A.into(), Some(1.0)), (B.into(), Some(2.0))]
    );

    // The pegawai corrects A (a new revision of the same id) and deletes B (a tombstone).
    let w = "2026-07-01T09:00:00+07:00";
    let baru = entri(A, d(2026, 2, 28), 3.5);
    let a2 = rekaman::tulis_isi(&pegawai, JenisRecord::Realisasi, A, &baru, Some(1), w).unwrap();
    assert_eq!(a2.revisi, 2);
    let b2 = rekaman::hapus(&pegawai, JenisRecord::Realisasi, B, 1, w).unwrap();
    assert!(b2.dihapus && b2.revisi == 2);

    let (rencana, kedua) = kirim(&pegawai, &atasan, 10);
    // Both are later revisions of what the atasan holds: updates, not conflicts or refusals.
    for id in [A, B] {
        let e = rencana
            .entri
            .iter()
            .find(|e| e.id.as_deref() == Some(id))
            .unwrap();
        assert_eq!(e.tindakan, Tindakan::Perbarui, "{id}: {:?}", e.masalah);
    }
    assert_eq!((kedua.diperbarui, kedua.konflik_tertunda), (2, 0));
    assert_eq!(nilai_di(&atasan), vec![(A.into(), Some(3.5))]);
    let data = DataKinerja::muat(&atasan).unwrap();
    let a = &data.realisasi[0];
    assert_eq!((a.isi.tanggal, a.revisi), (d(2026, 2, 28), 2));
    // The atasan's capaian follows: 3,5 of 4 dokumen, not 1 + 2.
    let skp = &data.skp_id(&contoh::skp().id).unwrap().isi;
    let iki = &skp.rhk[0].iki[0];
    let entri = data.realisasi_skp(&skp.id);
    let c = capaian_sampai(Rulebook::bawaan(), iki, &entri, d(2026, 12, 31))
        .unwrap()
        .unwrap();
    assert_eq!(c.nilai.ke_f64(), 87.5);
    // The tombstone is kept, so a later file still holding the old B cannot bring it back.
    let nisan = rekaman::baca(&atasan, JenisRecord::Realisasi, B)
        .unwrap()
        .unwrap();
    assert!(nisan.dihapus && nisan.revisi == 2);
}

#[test]
fn an_undone_delete_travels_back_as_a_live_revision() {
    let (pegawai, atasan) = dua_perangkat();
    let w = "2026-07-01T09:00:00+07:00";
    let nisan = rekaman::hapus(&pegawai, JenisRecord::Realisasi, B, 1, w).unwrap();
    kirim(&pegawai, &atasan, 8);
    assert_eq!(nilai_di(&atasan), vec![(A.into(), Some(1.0))]);
    urungkan_hapus(&pegawai, JenisRecord::Realisasi, B, nisan.revisi, w).unwrap();
    let (_, r) = kirim(&pegawai, &atasan, 10);
    assert_eq!(r.diperbarui, 1);
    assert_eq!(
        nilai_di(&atasan),
        vec![(A.into(), Some(1.0)), (B.into(), Some(2.0))]
    );
}

#[test]
fn the_atasan_cannot_change_or_delete_the_pegawais_realisasi() {
    let (pegawai, atasan) = dua_perangkat();
    kirim(&pegawai, &atasan, 8);
    // The atasan's device deletes B and sends its file back: the pegawai's device refuses it.
    let w = "2026-07-01T09:00:00+07:00";
    rekaman::hapus(&atasan, JenisRecord::Realisasi, B, 1, w).unwrap();
    let mut dari_atasan = contoh::pengekspor();
    dari_atasan.nip = ATASAN.into();
    dari_atasan.peran = "pejabat_penilai".into();
    let bundle = ekspor(
        &atasan,
        JenisBundle::Pegawai,
        dari_atasan,
        waktu("2026-07-01T10:00:00+07:00"),
    )
    .unwrap();
    let lap = rencanakan_berkas(
        &pegawai,
        "x.json",
        &bundle.to_json_pretty(),
        &Batas::default(),
    )
    .unwrap();
    let LaporanBerkas::Rencana(rencana) = lap else {
        panic!("{lap:?}")
    };
    let e = rencana
        .entri
        .iter()
        .find(|e| e.id.as_deref() == Some(B))
        .unwrap();
    assert_eq!(e.tindakan, Tindakan::Ditolak);
    let kode = format!("{:?}", e.masalah);
    assert!(
        kode.contains("otoritas_milik_pegawai") && kode.contains(NIP),
        "{kode}"
    );
    assert_eq!(nilai_di(&pegawai).len(), 2);
}
