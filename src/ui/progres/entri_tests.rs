//! The entry form's reading of numbers and of its attachments.

use super::*;

#[test]
fn a_typed_value_is_read_with_either_separator_and_bad_input_is_refused_by_name() {
    assert_eq!(baca_nilai(" 99,5 "), Ok(Some(99.5)));
    assert_eq!(baca_nilai("1200"), Ok(Some(1200.0)));
    assert_eq!(baca_nilai("  "), Ok(None));
    let g = baca_nilai("12a").unwrap_err();
    assert_eq!(g.kode, "angka_tidak_sah");
    assert!(format!("{g:?}").contains("12a"), "{g:?}");
}

#[test]
fn only_a_change_of_attachments_goes_through_the_attachment_chunk() {
    use crate::bundle::contoh;
    let _owner = Owner::new();
    let hari_ini = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
    let isian = Isian::baru(hari_ini);
    let mut r = contoh::realisasi();
    r.bukti.push(BuktiDukung::Lampiran("a".into()));
    let tersimpan = ["a".to_string()];
    isian.muat(&r, 1, Bahasa::Id);
    let jadi = |i: &Isian| i.jadi(r.id.clone(), r.skp_id.clone(), r.iki_id.clone(), hari_ini);
    // A correction that keeps the stored file: a plain write.
    let sama = jadi(&isian).unwrap();
    assert_eq!(sama.lampiran().collect::<Vec<_>>(), ["a"]);
    assert!(!isian.ubah_lampiran(&sama, &tersimpan));
    // Dropping it: the attachment chunk writes (its tombstone goes with the entry).
    isian.lampiran.set(Vec::new());
    let tanpa = jadi(&isian).unwrap();
    assert!(isian.ubah_lampiran(&tanpa, &tersimpan));
    // A new entry without files: plain; with a picked one: the chunk.
    let baru = Isian::baru(hari_ini);
    baru.catatan.set("Rapat".into());
    let polos = jadi(&baru).unwrap();
    assert!(!baru.ubah_lampiran(&polos, &[]));
    let mut l = crate::bundle::contoh::lampiran();
    l.id = "b".into();
    baru.lampiran.set(vec![LampiranIsian::Baru(l)]);
    let dengan = jadi(&baru).unwrap();
    assert_eq!(dengan.lampiran().collect::<Vec<_>>(), ["b"]);
    assert!(baru.ubah_lampiran(&dengan, &[]));
}

#[test]
fn a_stored_value_returns_to_the_form_with_every_digit() {
    for (v, id, en) in [
        (99.55, "99,55", "99.55"),
        (3.0, "3", "3"),
        (0.125, "0,125", "0.125"),
    ] {
        assert_eq!(teks_nilai(v, Bahasa::Id), id);
        assert_eq!(teks_nilai(v, Bahasa::En), en);
        assert_eq!(baca_nilai(id), Ok(Some(v)));
    }
}
