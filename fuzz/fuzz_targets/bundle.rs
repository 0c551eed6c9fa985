//! Arbitrary bytes as a bundle file: reading must never panic, every problem must render in
//! both languages, and whatever was accepted must merge, apply, re-export and read back whole.
#![no_main]

use kinerjaku::bundle::gabung::{rencanakan, terapkan, Pilihan, Tindakan};
use kinerjaku::bundle::validasi::{baca, Batas, HasilBaca};
use kinerjaku::bundle::Record;
use kinerjaku::domain::Bahasa;
use libfuzzer_sys::fuzz_target;
use std::collections::HashMap;

fuzz_target!(|data: &[u8]| {
    let batas = Batas {
        ukuran_maks_byte: 1 << 20,
        ..Batas::default()
    };
    let b = match baca("fuzz.json", data, &batas) {
        HasilBaca::Terbaca(b) => b,
        HasilBaca::PerbaruiAplikasi { masalah, .. } => {
            assert!(!masalah.pesan(Bahasa::Id).is_empty());
            return;
        }
        HasilBaca::Ditolak { masalah, .. } => {
            assert!(!masalah.is_empty());
            for m in &masalah {
                let _ = (m.pesan(Bahasa::Id), m.pesan(Bahasa::En));
            }
            return;
        }
    };
    for m in b.semua_masalah() {
        let _ = (m.pesan(Bahasa::Id), m.pesan(Bahasa::En));
        let _ = m.kode.peringatan();
    }
    for r in &b.bundle.records {
        let _ = r.isi();
    }

    // A local set that differs from the file in every way the merge distinguishes.
    let lokal: Vec<Record> = b
        .bundle
        .records
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 5 != 4)
        .map(|(i, r)| {
            let mut r = r.clone();
            match i % 5 {
                1 => r.revisi = r.revisi.saturating_add(1),
                2 => r.revisi = r.revisi.saturating_sub(1),
                3 => r.data = serde_json::json!({ "lokal": i }),
                _ => {}
            }
            r
        })
        .collect();
    let rencana = rencanakan(&lokal, &b);
    let baru = rencana.jumlah(Tindakan::Tambah);
    let pilihan: HashMap<String, Pilihan> = rencana
        .konflik()
        .enumerate()
        .filter_map(|(i, e)| {
            let p = if i % 2 == 0 { Pilihan::Masuk } else { Pilihan::Lokal };
            e.id.clone().map(|id| (id, p))
        })
        .collect();
    let hasil = terapkan(&rencana, &pilihan);
    assert_eq!(hasil.undo, lokal, "undo is the state before");
    assert_eq!(hasil.records.len(), lokal.len() + baru, "nothing dropped");

    // Whatever was accepted survives an export and a second reading unchanged.
    let mut lagi = b.bundle.clone();
    lagi.segarkan_digest();
    let teks = lagi.to_json_pretty();
    match baca("lagi.json", teks.as_bytes(), &Batas::default()) {
        HasilBaca::Terbaca(c) => {
            assert_eq!(c.bundle.records, b.bundle.records, "records survive a round trip");
            assert!(c.ditolak.is_empty(), "{:?}", c.ditolak);
            assert_eq!(c.digest, kinerjaku::bundle::StatusDigest::Cocok);
        }
        lain => panic!("a re-exported bundle was not readable: {lain:?}"),
    }
});
