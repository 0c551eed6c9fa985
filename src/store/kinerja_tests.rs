use super::*;
use crate::domain::skp::{JenisSkp, Pendekatan};
use crate::store::MemoryStore;
use chrono::NaiveDate;

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn tulis(store: &MemoryStore, jenis: JenisRecord, id: &str, data: serde_json::Value) {
    rekaman::tulis(store, jenis, id, data, None, "2026-01-01T00:00:00+07:00").unwrap();
}

#[test]
fn decodes_each_type_once_and_counts_what_does_not_fit() {
    let store = MemoryStore::default();
    let skp = |id: &str, nip: &str, mulai| {
        serde_json::to_value(Skp::baru(
            id,
            nip,
            JenisSkp::JaJf,
            Pendekatan::Kuantitatif,
            mulai,
            d(12, 31),
        ))
        .unwrap()
    };
    tulis(&store, JenisRecord::Skp, "lama", skp("lama", "1", d(1, 1)));
    tulis(&store, JenisRecord::Skp, "baru", skp("baru", "1", d(7, 1)));
    tulis(&store, JenisRecord::Skp, "lain", skp("lain", "2", d(1, 1)));
    tulis(
        &store,
        JenisRecord::Skp,
        "rusak",
        serde_json::json!({ "id": 5 }),
    );
    let p = Pegawai {
        nip: "1".into(),
        nama: "Sari".into(),
        ..Default::default()
    };
    tulis(
        &store,
        JenisRecord::Pegawai,
        "1",
        serde_json::to_value(&p).unwrap(),
    );
    let u = UmpanBalik {
        id: "u".into(),
        skp_id: "baru".into(),
        rhk_id: "r".into(),
        tanggal: d(8, 1),
        dari_nip: "2".into(),
        isi: "Bagus".into(),
    };
    tulis(
        &store,
        JenisRecord::UmpanBalik,
        "u",
        serde_json::to_value(&u).unwrap(),
    );
    // A deleted record is not shown.
    tulis(
        &store,
        JenisRecord::Skp,
        "hapus",
        skp("hapus", "1", d(2, 1)),
    );
    rekaman::hapus(
        &store,
        JenisRecord::Skp,
        "hapus",
        1,
        "2026-01-02T00:00:00+07:00",
    )
    .unwrap();

    let data = DataKinerja::muat(&store).unwrap();
    let milik: Vec<&str> = data.skp_milik("1").map(|s| s.isi.id.as_str()).collect();
    assert_eq!(milik, ["baru", "lama"], "own SKPs, newest period first");
    assert_eq!(data.skp.len(), 3);
    assert_eq!(data.tak_terbaca, 1);
    assert_eq!(data.nama("1"), "Sari");
    assert_eq!(data.nama("198609262015052001"), "19860926 201505 2 001");
    assert_eq!(data.umpan_balik_skp("baru")[0].isi.isi, "Bagus");
    assert!(data.umpan_balik_skp("lama").is_empty());
    assert_eq!(data.skp_id("baru").unwrap().revisi, 1);
}

#[test]
fn a_deleted_feedback_disappears_and_undo_brings_it_back_as_a_new_revision() {
    let store = MemoryStore::default();
    let u = UmpanBalik {
        id: "u".into(),
        skp_id: "s".into(),
        rhk_id: "r".into(),
        tanggal: d(8, 1),
        dari_nip: "2".into(),
        isi: "Salah tulis".into(),
    };
    tulis(
        &store,
        JenisRecord::UmpanBalik,
        "u",
        serde_json::to_value(&u).unwrap(),
    );
    let nisan = rekaman::hapus(
        &store,
        JenisRecord::UmpanBalik,
        "u",
        1,
        "2026-08-02T00:00:00+07:00",
    )
    .unwrap();
    assert!(DataKinerja::muat(&store)
        .unwrap()
        .umpan_balik_skp("s")
        .is_empty());
    // The tombstone keeps the data, so undo is one more revision that is alive again.
    let hidup = urungkan_hapus(
        &store,
        JenisRecord::UmpanBalik,
        "u",
        nisan.revisi,
        "2026-08-02T00:01:00+07:00",
    )
    .unwrap();
    assert_eq!(hidup.revisi, 3);
    let data = DataKinerja::muat(&store).unwrap();
    assert_eq!(data.umpan_balik_skp("s")[0].isi, u);
    // A second undo based on the old tombstone is refused: storage moved on.
    assert!(urungkan_hapus(
        &store,
        JenisRecord::UmpanBalik,
        "u",
        nisan.revisi,
        "2026-08-02T00:02:00+07:00"
    )
    .is_err());
}

#[test]
fn a_malformed_record_is_named_by_its_field_path() {
    let store = MemoryStore::default();
    let mut v = serde_json::to_value(Skp::baru(
        "s",
        "1",
        JenisSkp::JaJf,
        Pendekatan::Kuantitatif,
        d(1, 1),
        d(12, 31),
    ))
    .unwrap();
    let iki = |target: serde_json::Value| serde_json::json!({"id": "i", "aspek": "kuantitas", "indikator": "Dokumen", "target": target});
    v["rhk"] = serde_json::json!([{
        "id": "r",
        "jenis": "utama",
        "uraian": "Rekomendasi",
        "iki": [
            iki(serde_json::json!({"jenis": "angka", "nilai": 4.0, "satuan": "dokumen"})),
            iki(serde_json::json!({"jenis": "angka", "nilai": "empat", "satuan": "dokumen"})),
        ],
    }]);
    tulis(&store, JenisRecord::Skp, "s", v);

    let data = DataKinerja::muat(&store).unwrap();
    assert!(data.skp.is_empty());
    assert_eq!(data.tak_terbaca, 1);
    let t = &data.sebab_tak_terbaca[0];
    assert_eq!((t.jenis.as_str(), t.id.as_str()), ("skp", "s"));
    assert_eq!(t.galat.jalur, "data.rhk[0].iki[1].target");
    assert!(
        t.galat
            .to_string()
            .starts_with("data.rhk[0].iki[1].target: invalid type: string \"empat\""),
        "{}",
        t.galat
    );
}

#[test]
fn a_pejabat_penilai_evaluates_their_bawahan_and_not_their_superior() {
    use crate::domain::pegawai::{Pegawai, Pejabat};
    const SAYA: &str = "197501012000031001";
    let skp = |id: &str, nip: &str, penilai: &str| {
        let mut s = Skp::baru(
            id,
            nip,
            JenisSkp::JaJf,
            Pendekatan::Kuantitatif,
            d(1, 1),
            d(12, 31),
        );
        s.pejabat_penilai_nip = penilai.into();
        Tersimpan { isi: s, revisi: 1 }
    };
    let profil = |nip: &str, penilai: &str| Tersimpan {
        isi: Pegawai {
            nip: nip.into(),
            pejabat_penilai: Some(Pejabat {
                nip: penilai.into(),
                ..Default::default()
            }),
            ..Default::default()
        },
        revisi: 1,
    };
    let d = DataKinerja {
        pegawai: vec![
            profil("198609262015052001", SAYA),
            profil("196501011990031001", "195501011980031001"),
            profil("199001012015031001", "198001012005011002"),
        ],
        skp: vec![
            skp("saya", SAYA, "196501011990031001"),
            // Submitted, no approver yet: the profile names her pejabat penilai.
            skp("bawahan", "198609262015052001", ""),
            // The superior's own SKP, brought for the matriks.
            skp("atasan", "196501011990031001", "195501011980031001"),
            // Approved by SAYA before the pegawai moved to another pejabat penilai.
            skp("pindah", "199001012015031001", SAYA),
            // Nobody named anywhere yet.
            skp("asing", "199501012020011001", ""),
        ],
        ..Default::default()
    };
    let ids: Vec<_> = d.skp_dinilai(SAYA).map(|s| s.isi.id.as_str()).collect();
    assert_eq!(ids, ["bawahan", "pindah", "asing"]);
    // A device whose own NIP is not known yet lists every SKP.
    assert_eq!(d.skp_dinilai("").count(), 5);
    assert!(!d.bawahan(SAYA).contains(&"196501011990031001".to_string()));
}
