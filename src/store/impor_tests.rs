use super::*;
use crate::bundle::gabung::Tindakan;
use crate::store::rekaman::JenisRecord;
use crate::store::MemoryStore;
use serde_json::json;

fn jam(h: u32) -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
        .unwrap()
        .and_hms_opt(h, 0, 0)
        .unwrap()
}

fn sekarang() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-22T09:00:00+07:00").unwrap()
}

fn pengekspor() -> Pengekspor {
    Pengekspor {
        nip: "198609262015051001".into(),
        nama: "Sari".into(),
        peran: "pegawai".into(),
        lain: Default::default(),
    }
}

const UUID_A: &str = "7f1c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f01";
const UUID_B: &str = "7f1c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f02";

fn catatan(isi: &str) -> serde_json::Value {
    json!({"id": UUID_A, "tanggal": "2026-11-20", "judul": "Catatan", "isi": isi})
}

fn isi_awal(s: &MemoryStore) {
    rekaman::tulis(
        s,
        JenisRecord::Catatan,
        UUID_A,
        catatan("pertama"),
        None,
        "2026-11-20T08:00:00+07:00",
    )
    .unwrap();
}

fn impor(
    s: &MemoryStore,
    nama: &str,
    teks: &str,
    pilihan: &HashMap<String, Pilihan>,
) -> (LaporanBerkas, RingkasanImpor) {
    let lap = rencanakan_berkas(s, nama, teks, &Batas::default()).unwrap();
    let r = terapkan_semua(
        s,
        std::slice::from_ref(&lap),
        &[(nama.to_string(), teks.to_string())],
        pilihan,
        jam(10),
        &Batas::default(),
    )
    .unwrap();
    (lap, r)
}

#[test]
fn export_from_one_store_imports_intact_into_another() {
    let a = MemoryStore::new();
    isi_awal(&a);
    let bundle = ekspor(&a, JenisBundle::Pegawai, pengekspor(), sekarang()).unwrap();
    assert_eq!(bundle.records.len(), 1, "{bundle:?}");
    assert_eq!(
        bundle.nama_berkas(),
        "kinerjaku-pegawai-198609262015051001-20261122.json"
    );
    let teks = bundle.to_json_pretty();

    let b = MemoryStore::new();
    let (lap, r) = impor(&b, "a.json", &teks, &HashMap::new());
    let LaporanBerkas::Rencana(rencana) = lap else {
        panic!("{lap:?}")
    };
    assert_eq!(rencana.jumlah(Tindakan::Tambah), 1);
    assert_eq!(r.ditambah, 1);
    let di_b = rekaman::baca(&b, JenisRecord::Catatan, UUID_A)
        .unwrap()
        .unwrap();
    let di_a = rekaman::baca(&a, JenisRecord::Catatan, UUID_A)
        .unwrap()
        .unwrap();
    assert_eq!(di_b, di_a);

    // Importing the same file again changes nothing.
    let (lap, r) = impor(&b, "a.json", &teks, &HashMap::new());
    let LaporanBerkas::Rencana(rencana) = lap else {
        panic!()
    };
    assert_eq!(rencana.jumlah(Tindakan::TidakBerubah), 1);
    assert_eq!((r.ditambah, r.diperbarui), (0, 0));
}

#[test]
fn a_record_changed_on_both_sides_waits_for_a_choice_and_undo_restores() {
    let a = MemoryStore::new();
    isi_awal(&a);
    let b = MemoryStore::new();
    impor(
        &b,
        "a.json",
        &ekspor(&a, JenisBundle::Pegawai, pengekspor(), sekarang())
            .unwrap()
            .to_json_pretty(),
        &HashMap::new(),
    );
    // Both sides edit revision 1 → both at revision 2 with different content.
    rekaman::tulis(
        &a,
        JenisRecord::Catatan,
        UUID_A,
        catatan("versi A"),
        Some(1),
        "2026-11-21T08:00:00+07:00",
    )
    .unwrap();
    rekaman::tulis(
        &b,
        JenisRecord::Catatan,
        UUID_A,
        catatan("versi B"),
        Some(1),
        "2026-11-21T09:00:00+07:00",
    )
    .unwrap();
    rekaman::tulis(
        &a,
        JenisRecord::Catatan,
        UUID_B,
        json!({"id": UUID_B, "tanggal": "2026-11-21", "judul": "Baru", "isi": "x"}),
        None,
        "2026-11-21T08:00:00+07:00",
    )
    .unwrap();
    let teks = ekspor(&a, JenisBundle::Pegawai, pengekspor(), sekarang())
        .unwrap()
        .to_json_pretty();

    let (lap, r) = impor(&b, "a.json", &teks, &HashMap::new());
    let LaporanBerkas::Rencana(rencana) = lap else {
        panic!()
    };
    let k: Vec<_> = rencana.konflik().collect();
    assert_eq!(k.len(), 1);
    assert_eq!(k[0].lokal.as_ref().unwrap().data["isi"], "versi B");
    assert_eq!(k[0].masuk.as_ref().unwrap().data["isi"], "versi A");
    assert_eq!((r.ditambah, r.konflik_tertunda), (1, 1));
    assert_eq!(
        rekaman::baca(&b, JenisRecord::Catatan, UUID_A)
            .unwrap()
            .unwrap()
            .data["isi"],
        "versi B",
        "no choice: local stays"
    );

    let pilihan = HashMap::from([(UUID_A.to_string(), Pilihan::Masuk)]);
    let (_, r) = impor(&b, "a.json", &teks, &pilihan);
    assert_eq!(r.konflik_dipilih, 1);
    let sekarang_b = rekaman::baca(&b, JenisRecord::Catatan, UUID_A)
        .unwrap()
        .unwrap();
    assert_eq!(sekarang_b.data["isi"], "versi A");
    assert_eq!(
        sekarang_b.revisi, 3,
        "the decision is newer than both sides"
    );

    // Undo reverts this import's own records.
    assert_eq!(urungkan(&b, &r.undo.unwrap(), jam(11)), Ok(1));
    assert_eq!(
        rekaman::baca(&b, JenisRecord::Catatan, UUID_A)
            .unwrap()
            .unwrap()
            .data["isi"],
        "versi B"
    );
}

#[test]
fn damaged_future_and_garbage_files_change_nothing() {
    let a = MemoryStore::new();
    isi_awal(&a);
    let mut v: serde_json::Value = serde_json::from_str(
        &ekspor(&a, JenisBundle::Pegawai, pengekspor(), sekarang())
            .unwrap()
            .to_json_pretty(),
    )
    .unwrap();
    let b = MemoryStore::new();

    // Changed after export: imported with a warning.
    v["records"][0]["data"]["isi"] = json!("diubah");
    let (lap, _) = impor(&b, "rusak.json", &v.to_string(), &HashMap::new());
    let LaporanBerkas::Rencana(rencana) = lap else {
        panic!()
    };
    assert!(!rencana.peringatan.is_empty());

    let c = MemoryStore::new();
    v["schema_version"] = json!(99);
    let lap = rencanakan_berkas(&c, "baru.json", &v.to_string(), &Batas::default()).unwrap();
    assert!(matches!(lap, LaporanBerkas::PerbaruiAplikasi(_)), "{lap:?}");
    let lap =
        rencanakan_berkas(&c, "x.json", "<script>alert(1)</script>", &Batas::default()).unwrap();
    assert!(matches!(lap, LaporanBerkas::Ditolak(_)));
    let r = terapkan_semua(
        &c,
        &[lap],
        &[("x.json".into(), "<script>".into())],
        &HashMap::new(),
        jam(9),
        &Batas::default(),
    )
    .unwrap();
    assert_eq!(r.ditambah, 0);
    assert!(rekaman::muat_semua(&c).unwrap().0.is_empty());
}

#[test]
fn conversion_keeps_unknown_fields() {
    let s = MemoryStore::new();
    s.put(&rekaman::kunci("catatan", UUID_A), &format!(r#"{{"id":"{UUID_A}","type":"catatan","revision":2,"updated_at":"2026-11-20T08:00:00+07:00","data":{{"isi":"x"}},"schema_version":1,"masa_depan":true}}"#)).unwrap();
    let r = ke_record(
        &rekaman::baca(&s, JenisRecord::Catatan, UUID_A)
            .unwrap()
            .unwrap(),
    )
    .unwrap();
    let back = dari_record(&r);
    assert_eq!(back.lain.get("masa_depan"), Some(&json!(true)));
}

#[test]
fn conversion_drops_what_would_shadow_the_envelope_and_knows_its_types() {
    let s = MemoryStore::new();
    s.put(&rekaman::kunci("catatan", UUID_A), &format!(r#"{{"id":"{UUID_A}","type":"catatan","revision":2,"updated_at":"2026-11-20T08:00:00+07:00","deleted":true,"data":{{"isi":"x"}},"masa_depan":1}}"#)).unwrap();
    let rek = rekaman::baca(&s, JenisRecord::Catatan, UUID_A)
        .unwrap()
        .unwrap();
    let mut r = ke_record(&rek).unwrap();
    assert_eq!(
        (r.jenis, r.revisi, r.dihapus),
        (JenisRecord::Catatan, 2, true)
    );
    assert_eq!(
        dari_record(&r),
        rek,
        "a stored record survives the round trip"
    );
    r.lain.insert("revision".into(), json!(99));
    r.lain.insert("schema_version".into(), json!(0));
    let back = dari_record(&r);
    assert_eq!((back.revisi, back.schema_version), (2, SKEMA_REKAMAN));
    assert_eq!(back.lain.len(), 1, "{:?}", back.lain);
    let asing = Rekaman {
        jenis: "asing".into(),
        ..rek
    };
    assert_eq!(ke_record(&asing), None);
}

/// A record an import stores exactly as received keeps its base as "its own data" (no digest
/// per field at the import), and the base is the same digests wherever it is needed: in an
/// export, in the plan of the next import, and kept by a save that changes the data (written
/// out before), then dropped by nobody.
#[test]
fn an_imported_records_base_is_its_own_data_until_needed() {
    use crate::bundle::contoh;
    use crate::bundle::gabung_kolom::{BasisKolom, KOLOM_BASIS};
    let asal = contoh::bundle_pegawai();
    let teks = asal.to_json_pretty();
    let p = MemoryStore::new();
    let (_, r) = impor(&p, "p.json", &teks, &HashMap::new());
    assert!(r.ditambah > 0);
    let skp = asal
        .records
        .iter()
        .find(|r| r.jenis == JenisRecord::Skp)
        .unwrap();
    let kunci = rekaman::kunci("skp", &skp.id);
    let tersimpan = p.get(&kunci).unwrap().unwrap();
    let basis = format!(
        r#""basis":{{"dari":"{}","dari_data":true,"revisi":1}}"#,
        asal.pengekspor.nip
    );
    assert!(tersimpan.contains(&basis), "{tersimpan}");
    let diharapkan = BasisKolom {
        dari: Some(asal.pengekspor.nip.clone()),
        ..BasisKolom::dari(skp)
    }
    .ke_value();

    // Out: the export carries the digests, as before.
    let keluar = ekspor(&p, JenisBundle::Pegawai, pengekspor(), sekarang()).unwrap();
    let r_keluar = keluar.records.iter().find(|r| r.id == skp.id).unwrap();
    assert_eq!(r_keluar.lain.get(KOLOM_BASIS), Some(&diharapkan));
    assert!(!keluar.to_json_pretty().contains("dari_data"));

    // A save: the base stays the version received, now written out, at its revision.
    let rek = rekaman::baca(&p, JenisRecord::Skp, &skp.id)
        .unwrap()
        .unwrap();
    let mut data = rek.data.clone();
    data["catatan_baru"] = json!("diubah di sini");
    rekaman::tulis(
        &p,
        JenisRecord::Skp,
        &skp.id,
        data,
        Some(1),
        "2026-11-22T10:00:00+07:00",
    )
    .unwrap();
    let disimpan = rekaman::baca(&p, JenisRecord::Skp, &skp.id)
        .unwrap()
        .unwrap();
    assert_eq!(disimpan.revisi, 2);
    assert_eq!(disimpan.lain.get(KOLOM_BASIS), Some(&diharapkan));
    // A second save keeps it as it is.
    let data = disimpan.data.clone();
    rekaman::tulis(
        &p,
        JenisRecord::Skp,
        &skp.id,
        data,
        Some(2),
        "2026-11-22T11:00:00+07:00",
    )
    .unwrap();
    let lagi = rekaman::baca(&p, JenisRecord::Skp, &skp.id)
        .unwrap()
        .unwrap();
    assert_eq!(lagi.lain.get(KOLOM_BASIS), Some(&diharapkan));
    // An "own data" base that a writer left behind a newer revision is not taken as a base.
    let mut basi = ke_record(&rek).unwrap();
    crate::bundle::gabung_kolom::tandai_diterima_utuh(&mut basi, "");
    basi.revisi = 5;
    assert_eq!(BasisKolom::baca(&basi), None);
    let mut lain = basi.lain.clone();
    crate::bundle::gabung_kolom::basis_penuh(&mut lain, 5, false, &basi.data);
    assert_eq!(lain.get(KOLOM_BASIS), None);
}
