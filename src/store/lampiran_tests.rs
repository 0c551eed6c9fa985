//! Attachments in storage: a realisasi and its attachments land whole or not at all, a
//! delete takes them along and an undo brings them back (or, once their bytes were given
//! back, nothing comes back), the data memo never reads them, snapshots leave them out, and
//! what they take is counted.

use super::*;
use crate::bundle::contoh::{self, d};
use crate::bundle::lampiran::{byte_lampiran, LampiranBaru};
use crate::domain::progres::BuktiDukung;
use crate::store::kinerja::DataKinerja;
use crate::store::{snapshot, MemoryStore, StoreError};

const W: &str = "2026-07-01T09:00:00+07:00";

/// `jam` hours after [`W`].
fn setelah(jam: i64) -> Option<DateTime<FixedOffset>> {
    Some(DateTime::parse_from_rfc3339(W).unwrap() + Duration::hours(jam))
}

fn foto(id: &str, isi: &[u8]) -> Lampiran {
    LampiranBaru {
        id,
        skp_id: &contoh::uuid(2),
        realisasi_id: &contoh::uuid(3),
        pegawai_nip: contoh::NIP,
        nama: "foto.png",
        mime: "image/png",
    }
    .dengan_byte(isi)
}

const L1: &str = "1b1b1b1b-1b1b-4b1b-8b1b-1b1b1b1b1b01";
const L2: &str = "1b1b1b1b-1b1b-4b1b-8b1b-1b1b1b1b1b02";
const L3: &str = "1b1b1b1b-1b1b-4b1b-8b1b-1b1b1b1b1b03";
const L4: &str = "1b1b1b1b-1b1b-4b1b-8b1b-1b1b1b1b1b04";

/// A realisasi naming `lampiran`.
fn entri(lampiran: &[&Lampiran]) -> Realisasi {
    let mut r = contoh::realisasi();
    r.bukti.extend(lampiran.iter().map(|l| l.rujukan()));
    r
}

#[test]
fn a_realisasi_and_its_new_attachment_are_stored_together_and_read_back() {
    let s = MemoryStore::new();
    let l = foto(L1, contoh::PNG_1X1);
    let r = entri(&[&l]);
    let rek = simpan_realisasi(&s, &r, None, std::slice::from_ref(&l), W).unwrap();
    assert_eq!(rek.revisi, 1);
    let dibaca = baca(&s, L1).unwrap().unwrap();
    assert_eq!(byte_lampiran(&dibaca).unwrap(), contoh::PNG_1X1);
    // The data memo sees the reference (the id) without reading the bytes; the list reads
    // name, type and size from the attachment's record.
    let data = DataKinerja::muat(&s).unwrap();
    let b = &data.realisasi[0].isi.bukti;
    assert!(b.contains(&BuktiDukung::Lampiran(L1.into())));
    assert_eq!(data.tak_terbaca, 0);
    assert_eq!(
        baca_keterangan(&s, L1).unwrap(),
        Some(Keterangan {
            nama: "foto.png".into(),
            mime: "image/png".into(),
            ukuran: contoh::PNG_1X1.len() as u64,
        })
    );
}

#[test]
fn the_data_memo_of_a_store_holding_attachments_holds_none_of_their_bytes() {
    let s = MemoryStore::new();
    // Bytes whose base64 is easy to spot anywhere.
    let l = foto(L1, &[0xfb; 3_000]);
    let r = entri(&[&l]);
    simpan_realisasi(&s, &r, None, std::slice::from_ref(&l), W).unwrap();
    let data = DataKinerja::muat(&s).unwrap();
    assert_eq!(data.realisasi.len(), 1);
    let isi = format!("{data:?}");
    assert!(
        !isi.contains(&l.isi[..64]),
        "no attachment bytes in the data memo"
    );
    assert!(
        !isi.contains(&l.sha256),
        "nor anything else of the attachment record"
    );
    // Deleted, its tombstone keeps the bytes for an undo: still not in the memo.
    hapus_realisasi(&s, &r.id, 1, W).unwrap();
    assert!(!format!("{:?}", DataKinerja::muat(&s).unwrap()).contains(&l.isi[..64]));
}

#[test]
fn the_data_memo_does_not_read_attachment_keys_at_all() {
    let s = MemoryStore::new();
    // An unreadable value under an attachment key: a reader that parsed it would count it.
    s.put(&kunci(L1), "{ bukan json").unwrap();
    let r = contoh::realisasi();
    rekaman::tulis_isi(&s, JenisRecord::Realisasi, &r.id, &r, None, W).unwrap();
    s.kunci_dibaca();
    let data = DataKinerja::muat(&s).unwrap();
    assert_eq!((data.realisasi.len(), data.tak_terbaca), (1, 0));
    let dibaca = s.kunci_dibaca();
    assert!(
        !dibaca.is_empty() && dibaca.iter().all(|k| !kunci_lampiran(k)),
        "{dibaca:?}"
    );
}

#[test]
fn storage_full_while_attaching_leaves_nothing_half_written() {
    let s = MemoryStore::new();
    let r0 = contoh::realisasi();
    rekaman::tulis_isi(&s, JenisRecord::Realisasi, &r0.id, &r0, None, W).unwrap();
    let sebelum = s.isi();
    let (a, b) = (foto(L1, b"satu"), foto(L2, b"dua"));
    let r = entri(&[&a, &b]);
    // Both attachments are written, then the realisasi hits the quota.
    s.gagal_sekali_setelah(2);
    let e = simpan_realisasi(&s, &r, Some(1), &[a, b], W).unwrap_err();
    assert_eq!(e, GagalTulis::Penyimpanan(StoreError::QuotaFull));
    assert_eq!(s.isi(), sebelum, "no attachment without its realisasi");
    // A store too small for the photo: refused the same way.
    let kecil = MemoryStore::with_capacity(2_000);
    let besar = foto(L1, &[7u8; 3_000]);
    let r = entri(&[&besar]);
    let e = simpan_realisasi(&kecil, &r, None, &[besar], W).unwrap_err();
    assert_eq!(e, GagalTulis::Penyimpanan(StoreError::QuotaFull));
    assert!(kecil.isi().is_empty());
}

#[test]
fn a_newer_realisasi_elsewhere_refuses_the_save_and_its_attachments() {
    let s = MemoryStore::new();
    let r0 = contoh::realisasi();
    rekaman::tulis_isi(&s, JenisRecord::Realisasi, &r0.id, &r0, None, W).unwrap();
    rekaman::tulis_isi(&s, JenisRecord::Realisasi, &r0.id, &r0, Some(1), W).unwrap();
    let sebelum = s.isi();
    let l = foto(L1, b"isi");
    let r = entri(&[&l]);
    let e = simpan_realisasi(&s, &r, Some(1), &[l], W).unwrap_err();
    assert!(matches!(e, GagalTulis::LebihBaru { .. }), "{e:?}");
    assert_eq!(s.isi(), sebelum);
}

#[test]
fn an_attachment_the_correction_drops_is_deleted_with_its_bytes() {
    let s = MemoryStore::new();
    let (a, b) = (foto(L1, b"satu"), foto(L2, b"dua"));
    simpan_realisasi(&s, &entri(&[&a, &b]), None, &[a.clone(), b], W).unwrap();
    simpan_realisasi(&s, &entri(&[&a]), Some(1), &[], W).unwrap();
    assert_eq!(baca_keterangan(&s, L2).unwrap(), None);
    assert!(baca(&s, L1).unwrap().is_some());
    assert_eq!(baca(&s, L2).unwrap(), None);
    let nisan = rekaman::baca(&s, JenisRecord::Lampiran, L2)
        .unwrap()
        .unwrap();
    assert!(nisan.dihapus && nisan.data.is_null(), "{nisan:?}");
    assert_eq!(pemakaian(&s).unwrap().jumlah, 1);
}

#[test]
fn deleting_a_realisasi_takes_its_attachments_and_undo_brings_both_back() {
    let s = MemoryStore::new();
    let l = foto(L1, b"isi foto");
    let r = entri(&[&l]);
    simpan_realisasi(&s, &r, None, &[l], W).unwrap();
    let nisan = hapus_realisasi(&s, &r.id, 1, W).unwrap();
    assert!(nisan.dihapus);
    assert_eq!(baca(&s, L1).unwrap(), None);
    assert_eq!(pemakaian(&s).unwrap().jumlah, 0);
    urungkan_hapus_realisasi(&s, &r.id, nisan.revisi, W).unwrap();
    let kembali = baca(&s, L1).unwrap().unwrap();
    assert_eq!(byte_lampiran(&kembali).unwrap(), b"isi foto");
    assert_eq!(DataKinerja::muat(&s).unwrap().realisasi.len(), 1);
}

#[test]
fn a_delete_that_fails_halfway_keeps_realisasi_and_attachment() {
    let s = MemoryStore::new();
    let l = foto(L1, b"isi");
    let r = entri(&[&l]);
    simpan_realisasi(&s, &r, None, &[l], W).unwrap();
    let sebelum = s.isi();
    // The realisasi's tombstone takes two writes; the attachment's fails.
    s.gagal_sekali_setelah(2);
    assert!(hapus_realisasi(&s, &r.id, 1, W).is_err());
    assert_eq!(s.isi(), sebelum);
}

#[test]
fn an_undo_that_fails_halfway_brings_back_neither_the_entry_nor_its_file() {
    let s = MemoryStore::new();
    let l = foto(L1, b"isi");
    let r = entri(&[&l]);
    simpan_realisasi(&s, &r, None, &[l], W).unwrap();
    let nisan = hapus_realisasi(&s, &r.id, 1, W).unwrap();
    let sebelum = s.isi();
    // The realisasi comes back (one write), then the attachment's write hits the quota.
    s.gagal_sekali_setelah(1);
    let e = urungkan_hapus_realisasi(&s, &r.id, nisan.revisi, W).unwrap_err();
    assert_eq!(
        e,
        GagalUrung::Tulis(GagalTulis::Penyimpanan(StoreError::QuotaFull))
    );
    assert_eq!(s.isi(), sebelum);
    // Tried again, both come back.
    urungkan_hapus_realisasi(&s, &r.id, nisan.revisi, W).unwrap();
    assert!(baca(&s, L1).unwrap().is_some());
}

#[test]
fn usage_counts_attachment_keys_and_snapshots_leave_them_out() {
    let s = MemoryStore::new();
    let l = foto(L1, &[1u8; 3_000]);
    simpan_realisasi(&s, &entri(&[&l]), None, &[l], W).unwrap();
    let p = pemakaian(&s).unwrap();
    assert_eq!(p.jumlah, 1);
    // 3,000 bytes are 4,000 base64 characters, plus the envelope.
    assert!(p.karakter > 4_000 && p.karakter < 4_600, "{p:?}");
    assert_eq!(p.byte(), p.karakter as u64 * 2);
    assert!(!snapshot::dicadangkan(&kunci(L1)));
    assert!(
        snapshot::termasuk(&kunci(L1)),
        "still data: start-up backs up when there is any"
    );
    let waktu = d(2026, 7, 1).and_hms_opt(9, 0, 0).unwrap();
    let info = snapshot::ambil(&s, waktu, "manual", snapshot::Retensi::default()).unwrap();
    let teks = s
        .get(&format!("kinerjaku.v1.snapshot.{}", info.id))
        .unwrap()
        .unwrap();
    assert!(
        !teks.contains("r.lampiran."),
        "snapshot holds no attachment"
    );
    assert!(teks.contains("r.realisasi."));
}

/// A realisasi with a 3,000-byte photo, deleted at [`W`] (tombstone revision returned), and
/// another one whose photo stays.
fn dihapus_dengan_foto(s: &MemoryStore) -> (Realisasi, u64) {
    let (a, b) = (foto(L1, &[3u8; 3_000]), foto(L2, b"tetap"));
    let r = entri(&[&a]);
    simpan_realisasi(s, &r, None, &[a], W).unwrap();
    let mut r2 = contoh::realisasi();
    r2.id = contoh::uuid(30);
    r2.bukti = vec![b.rujukan()];
    simpan_realisasi(s, &r2, None, &[b], W).unwrap();
    let nisan = hapus_realisasi(s, &r.id, 1, W).unwrap();
    (r, nisan.revisi)
}

#[test]
fn an_undo_still_open_in_another_tab_brings_the_file_back_though_a_screen_opened_since() {
    let s = MemoryStore::new();
    let (r, nisan) = dihapus_dengan_foto(&s);
    assert_eq!(pemakaian(&s).unwrap().nisan, 1, "held for the undo");
    // Another tab opens the progress screen an hour later: within the undo window, the
    // bytes stay.
    assert_eq!(lepas_isi_nisan(&s, setelah(1)).unwrap(), 0);
    assert_eq!(
        lepas_isi_nisan(&s, setelah(TAHAN_NISAN_JAM - 1)).unwrap(),
        0
    );
    // The first tab's undo brings the entry back with its file.
    urungkan_hapus_realisasi(&s, &r.id, nisan, W).unwrap();
    let kembali = baca(&s, L1).unwrap().unwrap();
    assert_eq!(byte_lampiran(&kembali).unwrap(), [3u8; 3_000]);
    assert_eq!(DataKinerja::muat(&s).unwrap().realisasi.len(), 2);
    assert_eq!(
        pemakaian(&s).unwrap(),
        Pemakaian {
            jumlah: 2,
            nisan: 0,
            ..pemakaian(&s).unwrap()
        }
    );
}

#[test]
fn deleted_attachments_give_their_room_back_once_the_undo_window_closed() {
    let s = MemoryStore::new();
    let (r, nisan) = dihapus_dengan_foto(&s);
    let sebelum = pemakaian(&s).unwrap();
    let revisi = rekaman::baca(&s, JenisRecord::Lampiran, L1)
        .unwrap()
        .unwrap()
        .revisi;
    assert_eq!(lepas_isi_nisan(&s, setelah(TAHAN_NISAN_JAM)).unwrap(), 1);
    let kosong = rekaman::baca(&s, JenisRecord::Lampiran, L1)
        .unwrap()
        .unwrap();
    assert!(kosong.dihapus && kosong.data.is_null());
    assert_eq!(kosong.revisi, revisi, "the same deletion, for every merge");
    let sesudah = pemakaian(&s).unwrap();
    assert!(sesudah.karakter + 3_900 < sebelum.karakter);
    assert_eq!((sesudah.jumlah, sesudah.nisan), (1, 0));
    // The live attachment is untouched; a second run has nothing left to do.
    assert!(baca(&s, L2).unwrap().is_some());
    assert_eq!(lepas_isi_nisan(&s, setelah(48)).unwrap(), 0);
    // A late undo is refused whole: the entry does not come back without its file.
    let isi = s.isi();
    let e = urungkan_hapus_realisasi(&s, &r.id, nisan, W).unwrap_err();
    assert_eq!(e, GagalUrung::IsiDilepas(vec![L1.to_string()]));
    assert_eq!(s.isi(), isi, "nothing written");
    assert_eq!(DataKinerja::muat(&s).unwrap().realisasi.len(), 1);
}

#[test]
fn a_tombstone_whose_time_does_not_read_keeps_its_bytes() {
    let s = MemoryStore::new();
    dihapus_dengan_foto(&s);
    let mut n = rekaman::baca(&s, JenisRecord::Lampiran, L1)
        .unwrap()
        .unwrap();
    n.diperbarui = "kemarin".into();
    rekaman::simpan_apa_adanya(&s, &n).unwrap();
    assert_eq!(lepas_isi_nisan(&s, setelah(1_000)).unwrap(), 0);
    // When storage is full, a new file takes the room anyway (see below).
    assert_eq!(lepas_isi_nisan(&s, None).unwrap(), 1);
}

#[test]
fn a_full_storage_gives_the_held_bytes_to_a_new_file_and_the_old_undo_then_says_no() {
    let s = MemoryStore::new();
    let (r, nisan) = dihapus_dengan_foto(&s);
    // Room for what is stored now and a little more, not for a second 3,000-byte photo
    // beside the one the tombstone holds.
    let s = salin_ke(&s, s.bytes_used().unwrap() + 4_500);
    let baru = foto(L3, &[9u8; 3_000]);
    let mut r3 = contoh::realisasi();
    r3.id = contoh::uuid(31);
    r3.bukti = vec![baru.rujukan()];
    simpan_realisasi(&s, &r3, None, std::slice::from_ref(&baru), W).unwrap();
    assert_eq!(
        byte_lampiran(&baca(&s, L3).unwrap().unwrap()).unwrap(),
        [9u8; 3_000]
    );
    assert_eq!(
        urungkan_hapus_realisasi(&s, &r.id, nisan, W).unwrap_err(),
        GagalUrung::IsiDilepas(vec![L1.to_string()])
    );
    // Without held bytes to give, a full storage refuses the save as before.
    let lagi = foto(L4, &[8u8; 6_000]);
    let mut r4 = contoh::realisasi();
    r4.id = contoh::uuid(32);
    r4.bukti = vec![lagi.rujukan()];
    let e = simpan_realisasi(&s, &r4, None, &[lagi], W).unwrap_err();
    assert_eq!(e, GagalTulis::Penyimpanan(StoreError::QuotaFull));
}

/// A store of `kapasitas` bytes holding what `dari` holds.
fn salin_ke(dari: &MemoryStore, kapasitas: usize) -> MemoryStore {
    let s = MemoryStore::with_capacity(kapasitas);
    for (k, v) in dari.isi() {
        s.put(&k, &v).unwrap();
    }
    s
}
