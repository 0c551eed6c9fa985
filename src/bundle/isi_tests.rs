//! The checks' decode carried to the plan ([`IsiTerbaca`], [`IsiSekali::dari_pemeriksaan`]).

use super::*;
use crate::bundle::validasi::tests::{baca_v, terbaca};
use serde_json::json;

#[test]
fn the_checks_keep_each_accepted_records_decode_in_order_and_none_for_a_tombstone() {
    let mut v = crate::bundle::contoh::value_pegawai();
    let rs = v["records"].as_array_mut().unwrap();
    // A tombstone that still carries its content, and a record refused (not in the list).
    rs[1]["deleted"] = json!(true);
    rs[2]["revision"] = json!("satu");
    let b = terbaca(baca_v(&v));
    assert_eq!(b.ditolak.len(), 1);
    assert_eq!(b.isi.0.len(), b.bundle.records.len());
    for (r, (id, x)) in b.bundle.records.iter().zip(&b.isi.0) {
        assert_eq!(&r.id, id);
        let harap = (!r.dihapus).then(|| r.isi().unwrap());
        assert_eq!(**x, harap, "{id}");
    }
    assert!(b.bundle.records[1].dihapus && b.isi.0[1].1.is_none());
}

#[test]
fn the_plan_starts_from_the_checks_decode_only_where_the_record_at_its_place_has_its_id() {
    let mut b = terbaca(baca_v(&crate::bundle::contoh::value_pegawai()));
    let ingat = IsiSekali::dari_pemeriksaan(&b.bundle.records, &b.isi);
    let r0 = &b.bundle.records[0];
    assert!(Arc::ptr_eq(&ingat.isi(r0), &b.isi.0[0].1));
    drop(ingat);
    // Records moved after the checks (as code that changes a read file might): the list no
    // longer lines up, and each record is decoded as itself.
    b.bundle.records.reverse();
    let ingat = IsiSekali::dari_pemeriksaan(&b.bundle.records, &b.isi);
    let r0 = &b.bundle.records[0];
    let x = ingat.isi(r0);
    assert!(!b.isi.0.iter().any(|(_, s)| Arc::ptr_eq(&x, s)));
    assert_eq!(*x, Some(r0.isi().unwrap()));
}
