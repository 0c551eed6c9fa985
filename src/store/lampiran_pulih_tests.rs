//! A restore and attachments: backups leave attachments out, so a restored entry whose file
//! was deleted since gets it back while the tombstone still holds the bytes, and says its
//! file is missing once they were given back.

use super::*;
use crate::bundle::contoh::{self, d};
use crate::bundle::lampiran::{byte_lampiran, LampiranBaru};
use crate::store::{snapshot, MemoryStore};

const W: &str = "2026-07-01T09:00:00+07:00";
const L1: &str = "1b1b1b1b-1b1b-4b1b-8b1b-1b1b1b1b1b01";

/// A realisasi with one photo, backed up, then deleted (photo and all): the backup's id.
fn dicadang_lalu_dihapus(s: &MemoryStore) -> (String, Realisasi) {
    let l = LampiranBaru {
        id: L1,
        skp_id: &contoh::uuid(2),
        realisasi_id: &contoh::uuid(3),
        pegawai_nip: contoh::NIP,
        nama: "foto.png",
        mime: "image/png",
    }
    .dengan_byte(contoh::PNG_1X1);
    let mut r = contoh::realisasi();
    r.bukti.push(l.rujukan());
    simpan_realisasi(s, &r, None, &[l], W).unwrap();
    let jam = |j| d(2026, 7, 1).and_hms_opt(j, 0, 0).unwrap();
    let info = snapshot::ambil(s, jam(10), "manual", snapshot::Retensi::default()).unwrap();
    hapus_realisasi(s, &r.id, 1, W).unwrap();
    assert!(baca(s, L1).unwrap().is_none(), "deleted with its entry");
    (info.id, r)
}

fn pulihkan(s: &MemoryStore, id: &str) {
    let jam = d(2026, 7, 1).and_hms_opt(11, 0, 0).unwrap();
    snapshot::pulihkan(s, id, jam, snapshot::Retensi::default()).unwrap();
}

#[test]
fn a_restored_entry_brings_back_its_deleted_attachment_while_the_bytes_are_held() {
    let s = MemoryStore::new();
    let (id, r) = dicadang_lalu_dihapus(&s);
    let nisan = rekaman::baca(&s, JenisRecord::Lampiran, L1)
        .unwrap()
        .unwrap();
    pulihkan(&s, &id);
    let entri = rekaman::baca(&s, JenisRecord::Realisasi, &r.id)
        .unwrap()
        .unwrap();
    assert!(!entri.dihapus, "the entry is back");
    let l = baca(&s, L1).unwrap().expect("its photo is back");
    assert_eq!(byte_lampiran(&l).unwrap(), contoh::PNG_1X1);
    let rek = rekaman::baca(&s, JenisRecord::Lampiran, L1)
        .unwrap()
        .unwrap();
    assert_eq!(
        rek.revisi,
        nisan.revisi + 1,
        "a new revision, so a merge sees it"
    );
    assert!(!rek.dihapus);
}

#[test]
fn a_restored_entry_whose_attachment_gave_its_bytes_back_names_a_missing_file() {
    let s = MemoryStore::new();
    let (id, r) = dicadang_lalu_dihapus(&s);
    assert_eq!(lepas_isi_nisan(&s, None).unwrap(), 1);
    pulihkan(&s, &id);
    let entri = rekaman::baca(&s, JenisRecord::Realisasi, &r.id)
        .unwrap()
        .unwrap();
    assert!(!entri.dihapus, "the entry is back");
    assert!(baca(&s, L1).unwrap().is_none(), "no file without its bytes");
    let rek = rekaman::baca(&s, JenisRecord::Lampiran, L1)
        .unwrap()
        .unwrap();
    assert!(
        rek.dihapus && rek.data.is_null(),
        "the tombstone is left as it was"
    );
}
