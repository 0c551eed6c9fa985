//! Issue 12, item 9: a photo the pegawai attaches to a realisasi travels in the pegawai bundle
//! to the atasan, who can open it; a file whose attachment is damaged, of a forbidden type,
//! too large or forged by someone else is refused by name; a deletion travels without bytes.

use super::*;
use crate::bundle::contoh::{self, d, NIP};
use crate::bundle::gabung::Tindakan;
use crate::bundle::lampiran::{byte_lampiran, ke_base64, LampiranBaru};
use crate::domain::lampiran::Lampiran;
use crate::domain::progres::BuktiDukung;
use crate::domain::skp::StatusSkp;
use crate::domain::Bahasa;
use crate::store::kinerja::DataKinerja;
use crate::store::lampiran::{self, hapus_realisasi, simpan_realisasi};
use crate::store::rekaman::JenisRecord;
use crate::store::MemoryStore;

const ATASAN: &str = "197001012000031001";
const L: &str = "2c2c2c2c-2c2c-4c2c-8c2c-2c2c2c2c2c01";
const W: &str = "2026-03-30T08:00:00+07:00";

fn waktu(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn foto(byte: &[u8]) -> Lampiran {
    LampiranBaru {
        id: L,
        skp_id: &contoh::uuid(2),
        realisasi_id: &contoh::uuid(3),
        pegawai_nip: NIP,
        nama: "foto-lapangan.png",
        mime: "image/png",
    }
    .dengan_byte(byte)
}

/// Both devices hold the approved SKP; the pegawai's holds their profile and one realisasi
/// with a photo attached.
fn dua_perangkat() -> (MemoryStore, MemoryStore) {
    let mut skp = contoh::skp();
    skp.status = StatusSkp::Disetujui {
        pada: d(2026, 1, 10),
    };
    skp.pejabat_penilai_nip = ATASAN.into();
    let (pegawai, atasan) = (MemoryStore::new(), MemoryStore::new());
    for s in [&pegawai, &atasan] {
        rekaman::tulis_isi(s, JenisRecord::Skp, &skp.id, &skp, None, W).unwrap();
    }
    let p = contoh::pegawai();
    rekaman::tulis_isi(
        &pegawai,
        JenisRecord::Pegawai,
        &contoh::uuid(1),
        &p,
        None,
        W,
    )
    .unwrap();
    let l = foto(contoh::PNG_1X1);
    let mut r = contoh::realisasi();
    r.bukti.push(l.rujukan());
    simpan_realisasi(&pegawai, &r, None, &[l], W).unwrap();
    (pegawai, atasan)
}

fn teks_ekspor(dari: &MemoryStore, pengekspor: Pengekspor, h: u32) -> (String, String) {
    let b = ekspor(
        dari,
        JenisBundle::Pegawai,
        pengekspor,
        waktu(&format!("2026-07-01T{h:02}:00:00+07:00")),
    )
    .unwrap();
    (b.nama_berkas(), b.to_json_pretty())
}

fn rencana(ke: &MemoryStore, teks: &str) -> Box<crate::bundle::gabung::Rencana> {
    match rencanakan_berkas(ke, "masuk.json", teks, &Batas::default()).unwrap() {
        LaporanBerkas::Rencana(r) => r,
        lain => panic!("{lain:?}"),
    }
}

fn terapkan_teks(ke: &MemoryStore, nama: String, teks: String, h: u32) -> RingkasanImpor {
    let lap = rencanakan_berkas(ke, &nama, &teks, &Batas::default()).unwrap();
    let jam = d(2026, 7, 1).and_hms_opt(h, 0, 0).unwrap();
    terapkan_semua(
        ke,
        std::slice::from_ref(&lap),
        &[(nama, teks)],
        &HashMap::new(),
        jam,
        &Batas::default(),
    )
    .unwrap()
}

/// Whether the file's realisasi names the attachment as `{"jenis": "lampiran", "isi": id}`.
fn teks_realisasi_memuat(teks: &str) -> bool {
    let v = crate::jejak::value_dari_teks(teks).unwrap();
    v["records"].as_array().unwrap().iter().any(|r| {
        r["type"] == "realisasi"
            && r["data"]["bukti"]
                .as_array()
                .unwrap()
                .iter()
                .any(|b| b["jenis"] == "lampiran" && b["isi"] == L)
    })
}

fn entri_l(r: &crate::bundle::gabung::Rencana) -> &crate::bundle::gabung::EntriRencana {
    r.entri.iter().find(|e| e.id.as_deref() == Some(L)).unwrap()
}

#[test]
fn a_photo_attached_by_the_pegawai_reaches_the_atasan_who_can_open_it() {
    let (pegawai, atasan) = dua_perangkat();
    let (nama, teks) = teks_ekspor(&pegawai, contoh::pengekspor(), 8);
    assert!(teks.contains("\"type\": \"lampiran\""));
    let rc = rencana(&atasan, &teks);
    assert_eq!(entri_l(&rc).tindakan, Tindakan::Tambah, "{rc:#?}");
    let hasil = terapkan_teks(&atasan, nama, teks, 8);
    assert_eq!(hasil.ditambah, 3, "profile, realisasi, attachment");
    // The atasan's screen lists it from the realisasi and opens the verified bytes.
    let data = DataKinerja::muat(&atasan).unwrap();
    let r = &data.realisasi[0].isi;
    assert!(r
        .bukti
        .iter()
        .any(|b| matches!(b, BuktiDukung::Lampiran(id) if id == L)));
    // The realisasi travels naming the file by id only; the bytes travel apart.
    assert!(teks_realisasi_memuat(
        &teks_ekspor(&pegawai, contoh::pengekspor(), 9).1
    ));
    let l = lampiran::baca(&atasan, L).unwrap().unwrap();
    assert_eq!(byte_lampiran(&l).unwrap(), contoh::PNG_1X1);
}

#[test]
fn a_deleted_realisasi_takes_its_attachment_off_the_atasans_device_without_bytes_in_the_file() {
    let (pegawai, atasan) = dua_perangkat();
    let (nama, teks) = teks_ekspor(&pegawai, contoh::pengekspor(), 8);
    terapkan_teks(&atasan, nama, teks, 8);
    let w = "2026-07-01T09:00:00+07:00";
    hapus_realisasi(&pegawai, &contoh::uuid(3), 1, w).unwrap();
    let (nama, teks) = teks_ekspor(&pegawai, contoh::pengekspor(), 10);
    // The pegawai's device keeps the bytes for an undo; the file carries only the deletion.
    assert!(!teks.contains(&ke_base64(contoh::PNG_1X1)));
    let r = terapkan_teks(&atasan, nama, teks, 10);
    assert_eq!(r.diperbarui, 2, "realisasi and attachment");
    assert_eq!(lampiran::baca(&atasan, L).unwrap(), None);
    assert!(DataKinerja::muat(&atasan).unwrap().realisasi.is_empty());
}

/// The atasan's file (a pegawai-kind bundle made on the atasan's device) into the pegawai's.
fn dari_atasan(atasan: &MemoryStore, pegawai: &MemoryStore) -> Box<crate::bundle::gabung::Rencana> {
    let mut p = contoh::pengekspor();
    p.nip = ATASAN.into();
    p.peran = "pejabat_penilai".into();
    let (_, teks) = teks_ekspor(atasan, p, 11);
    rencana(pegawai, &teks)
}

#[test]
fn the_atasan_can_neither_forge_nor_delete_the_pegawais_attachment() {
    let (pegawai, atasan) = dua_perangkat();
    let (nama, teks) = teks_ekspor(&pegawai, contoh::pengekspor(), 8);
    terapkan_teks(&atasan, nama, teks, 8);
    // Swapping the photo in the atasan's copy: refused on the pegawai's device.
    let lain = foto(b"\x89PNG bukan foto pegawai");
    let w = "2026-07-01T09:00:00+07:00";
    rekaman::tulis_isi(&atasan, JenisRecord::Lampiran, L, &lain, Some(1), w).unwrap();
    let rc = dari_atasan(&atasan, &pegawai);
    let e = entri_l(&rc);
    assert_eq!(e.tindakan, Tindakan::Ditolak);
    let m = format!("{:?}", e.masalah);
    assert!(
        m.contains("otoritas_milik_pegawai") && m.contains(NIP),
        "{m}"
    );
    // Deleting it there: refused the same way.
    rekaman::hapus(&atasan, JenisRecord::Lampiran, L, 2, w).unwrap();
    let rc = dari_atasan(&atasan, &pegawai);
    assert_eq!(entri_l(&rc).tindakan, Tindakan::Ditolak);
    // Nor can a new attachment in the pegawai's name come from the atasan.
    let atasan2 = MemoryStore::new();
    for (k, v) in atasan.isi() {
        atasan2.put(&k, &v).unwrap();
    }
    let mut palsu = foto(b"palsu");
    palsu.id = contoh::uuid(40);
    rekaman::tulis_isi(&atasan2, JenisRecord::Lampiran, &palsu.id, &palsu, None, w).unwrap();
    let rc = dari_atasan(&atasan2, &pegawai);
    let e = rc
        .entri
        .iter()
        .find(|e| e.id.as_deref() == Some(palsu.id.as_str()))
        .unwrap();
    assert_eq!(e.tindakan, Tindakan::Ditolak);
    assert!(lampiran::baca(&pegawai, L).unwrap().is_some());
}

/// The pegawai's file with the attachment record changed by `ubah`.
fn berkas_dengan(ubah: impl Fn(&mut serde_json::Value)) -> String {
    let (pegawai, _) = dua_perangkat();
    let b = ekspor(
        &pegawai,
        JenisBundle::Pegawai,
        contoh::pengekspor(),
        waktu("2026-07-01T08:00:00+07:00"),
    )
    .unwrap();
    let mut v = b.ke_value();
    for r in v["records"].as_array_mut().unwrap() {
        if r["type"] == "lampiran" {
            ubah(&mut r["data"]);
        }
    }
    v.to_string()
}

/// The problems the atasan's import reports for the attachment, in both languages.
fn ditolak(teks: &str) -> Vec<(String, String)> {
    let (_, atasan) = dua_perangkat();
    let rc = rencana(&atasan, teks);
    let e = entri_l(&rc);
    assert_eq!(e.tindakan, Tindakan::Ditolak, "{e:#?}");
    e.masalah
        .iter()
        .map(|m| (m.pesan(Bahasa::Id), m.pesan(Bahasa::En)))
        .collect()
}

fn ada(m: &[(String, String)], id: &str, en: &str) {
    assert!(
        m.iter().any(|(a, b)| a.contains(id) && b.contains(en)),
        "{id} / {en} not in {m:#?}"
    );
}

#[test]
fn a_damaged_forbidden_or_oversized_attachment_is_refused_by_name_in_both_languages() {
    let m = ditolak(&berkas_dengan(|d| d["mime"] = "text/html".into()));
    ada(
        &m,
        "text/html dan tidak dapat dilampirkan",
        "text/html and cannot be attached",
    );

    let m = ditolak(&berkas_dengan(|d| d["isi"] = "iVBOR!!!".into()));
    ada(&m, "bukan base64 yang sah", "not valid base64");

    // Same length, other bytes: only the fingerprint can tell.
    let mut lain = contoh::PNG_1X1.to_vec();
    lain[40] ^= 0xff;
    let m = ditolak(&berkas_dengan(|d| d["isi"] = ke_base64(&lain).into()));
    ada(
        &m,
        "Sidik SHA-256 lampiran \"foto-lapangan.png\"",
        "SHA-256 fingerprint",
    );

    // 500 KB, hash and size consistent: over the rulebook's 400 KB.
    let besar = foto(&vec![0u8; 500 * 1024]);
    let m = ditolak(&berkas_dengan(|d| {
        d["isi"] = besar.isi.clone().into();
        d["ukuran"] = besar.ukuran.into();
        d["sha256"] = besar.sha256.clone().into();
    }));
    ada(
        &m,
        "berukuran 500 KB, melebihi batas 400 KB",
        "is 500 KB, over the limit of 400 KB",
    );
}

#[test]
fn an_attachment_of_someone_elses_skp_or_of_no_realisasi_is_refused() {
    let m = ditolak(&berkas_dengan(|d| d["pegawai_nip"] = ATASAN.into()));
    ada(
        &m,
        &format!("milik NIP {ATASAN}"),
        &format!("belonging to NIP {ATASAN}"),
    );
    let m = ditolak(&berkas_dengan(|d| {
        d["realisasi_id"] = contoh::uuid(99).into()
    }));
    ada(&m, "merujuk realisasi", "refers to the actual entry");
}

#[test]
fn a_realisasi_naming_more_attachments_than_the_rulebook_allows_is_refused() {
    let (pegawai, atasan) = dua_perangkat();
    let b = ekspor(
        &pegawai,
        JenisBundle::Pegawai,
        contoh::pengekspor(),
        waktu("2026-07-01T08:00:00+07:00"),
    )
    .unwrap();
    let mut v = b.ke_value();
    for r in v["records"].as_array_mut().unwrap() {
        if r["type"] == "realisasi" {
            let satu = r["data"]["bukti"][1].clone();
            assert_eq!(satu["jenis"], "lampiran");
            for _ in 0..3 {
                r["data"]["bukti"]
                    .as_array_mut()
                    .unwrap()
                    .push(satu.clone());
            }
        }
    }
    let rc = rencana(&atasan, &v.to_string());
    let e = rc
        .entri
        .iter()
        .find(|e| e.id.as_deref() == Some(contoh::uuid(3).as_str()))
        .unwrap();
    assert_eq!(e.tindakan, Tindakan::Ditolak);
    let m: Vec<(String, String)> = e
        .masalah
        .iter()
        .map(|m| (m.pesan(Bahasa::Id), m.pesan(Bahasa::En)))
        .collect();
    ada(
        &m,
        "paling banyak 3 lampiran; yang ini memuat 4",
        "at most 3 attachments; this one holds 4",
    );
}

#[test]
fn the_pegawais_own_file_with_a_bytes_free_tombstone_changes_nothing_on_their_device() {
    let (pegawai, _) = dua_perangkat();
    hapus_realisasi(&pegawai, &contoh::uuid(3), 1, W).unwrap();
    let (_, teks) = teks_ekspor(&pegawai, contoh::pengekspor(), 9);
    // Their device keeps the bytes for the undo, the file has none: still the same deletion.
    let rc = rencana(&pegawai, &teks);
    assert_eq!(entri_l(&rc).tindakan, Tindakan::TidakBerubah, "{rc:#?}");
}
