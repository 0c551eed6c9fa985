//! The agency's organisation records on import (`aturan`): a unit kerja is checked among the
//! units as they will stand, a predikat organisasi by its own rules.

use super::tests::ubah;
use crate::bundle::aturan::pelanggaran;
use crate::bundle::contoh::{self, uuid, waktu};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Record};
use crate::domain::Bahasa;
use serde_json::json;

/// The organisation's records keep their own rules on import (the rekap bundle that will carry
/// them goes through the same path): a unit without a name or with a broken leader NIP, a
/// predikat for a period that does not exist.
#[test]
fn an_unnamed_unit_and_a_predikat_for_a_period_outside_the_year_are_refused() {
    let unit = ubah(31, JenisRecord::UnitKerja, |d| {
        d["nama"] = json!(" ");
        d["pimpinan_nip"] = json!("19700101");
        // Nothing another unit of the file has (see the next test).
        d["kode"] = json!("");
        d["alias"] = json!([]);
    });
    let predikat = ubah(32, JenisRecord::PredikatOrganisasi, |d| {
        d["periode"]["ke"] = json!(5);
    });
    let baik = contoh::record(33, JenisRecord::UnitKerja, 1);
    let b = Bundle::baru(
        JenisBundle::Rulebook,
        contoh::pengekspor(),
        vec![unit, predikat, baik],
        waktu("2026-04-11T08:00:00+07:00"),
    );
    let m = pelanggaran(&[], &b);
    let kode = |n: u8| -> Vec<String> {
        m.get(&uuid(n))
            .map(|v| v.iter().map(|g| g.kode.clone()).collect())
            .unwrap_or_default()
    };
    assert_eq!(kode(31), ["unit_nama_kosong", "nip_panjang"]);
    assert_eq!(kode(32), ["periode_tidak_sah"]);
    assert!(kode(33).is_empty());
    let g = &m[&uuid(32)][0];
    assert_eq!(
        g.pesan(crate::domain::Rulebook::bawaan(), Bahasa::Id),
        "Periode triwulanan ke-5 tidak ada dalam satu tahun."
    );
}

/// A unit is checked among the units as they will stand (the stored ones, replaced by the
/// file's), as the screen's form checks it: a rekap from another device or agency brings no
/// second "Biro Perencanaan", nor a unit under a parent nobody has.
#[test]
fn an_incoming_unit_is_checked_among_the_stored_and_the_files_units() {
    let lokal = [contoh::record(60, JenisRecord::UnitKerja, 1)];
    let unit = |n: u8, f: &dyn Fn(&mut serde_json::Value)| {
        let mut r = contoh::record(n, JenisRecord::UnitKerja, 1);
        r.data["kode"] = json!(format!("09.{n}"));
        r.data["alias"] = json!([]);
        r.data["nama"] = json!(format!("Unit {n}"));
        f(&mut r.data);
        r
    };
    let periksa = |records: Vec<Record>| {
        let b = Bundle::baru(
            JenisBundle::Rekap,
            contoh::pengekspor(),
            records,
            waktu("2026-04-11T08:00:00+07:00"),
        );
        let m = pelanggaran(&lokal, &b);
        move |n: u8| -> Vec<String> {
            m.get(&uuid(n))
                .map(|v| v.iter().map(|g| g.kode.clone()).collect())
                .unwrap_or_default()
        }
    };
    let kode = periksa(vec![
        unit(61, &|d| d["nama"] = json!("biro  perencanaan")),
        unit(62, &|d| d["kode"] = json!("02.01")),
    ]);
    assert_eq!(kode(61), ["unit_nama_ganda"]);
    assert_eq!(kode(62), ["unit_kode_ganda"]);
    let kode = periksa(vec![
        // The stored unit's own new version: no clash with itself.
        ubah(60, JenisRecord::UnitKerja, |d| {
            d["alias"] = json!(["Biro Renc.", "BP"])
        }),
        unit(63, &|d| d["induk"] = json!(uuid(99))),
        // Under a unit the same file brings.
        unit(64, &|d| d["induk"] = json!(uuid(65))),
        unit(65, &|_| {}),
    ]);
    assert!(kode(60).is_empty(), "{:?}", kode(60));
    assert_eq!(kode(63), ["unit_induk_tidak_dikenal"]);
    assert!(kode(64).is_empty() && kode(65).is_empty());
}
