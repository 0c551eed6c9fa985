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
    let mut skp = contoh::skp();
    skp.id.clone_from(&r.skp_id);
    (skp.periode_mulai, skp.periode_selesai) = (r.tanggal.min(hari_ini), r.tanggal.max(hari_ini));
    let jadi = |i: &Isian| i.jadi(r.id.clone(), &skp, r.iki_id.clone(), "Tanggal");
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

#[test]
fn an_entry_needs_a_date_within_its_skp() {
    use crate::bundle::contoh;
    let _owner = Owner::new();
    let skp = contoh::skp();
    let isian = Isian::baru(skp.periode_mulai);
    isian.nilai.set("2".into());
    let jadi = || isian.jadi("r".into(), &skp, "i".into(), "Tanggal");
    assert!(jadi().is_ok());
    // Emptied (or a half-typed date): named, never saved as today.
    isian.tanggal.set(String::new());
    let g = jadi().unwrap_err();
    assert_eq!(g[0].kode, "tanggal_kosong");
    assert!(g[0]
        .pesan(crate::domain::Rulebook::bawaan(), Bahasa::Id)
        .starts_with("Tanggal belum diisi"));
    // A day before the SKP starts, or after it ends.
    for d in [
        skp.periode_mulai.pred_opt().unwrap(),
        skp.periode_selesai.succ_opt().unwrap(),
    ] {
        isian.tanggal.set(d.to_string());
        assert_eq!(jadi().unwrap_err()[0].kode, "tanggal_di_luar_skp", "{d}");
    }
}
