//! A rekap cannot leave the unit tree broken (`bundle::aturan_pohon`): a unit whose move was
//! checked against a sibling record the plan then refused, or the deletion of a unit that
//! others still lie under, is refused, and the stored tree stays as it was.

use super::record_lokal;
use super::rekap_contoh::*;
use crate::bundle::format::JenisRecord;
use crate::bundle::gabung::{EntriRencana, Tindakan};
use crate::bundle::masalah::KodeMasalah;
use crate::domain::organisasi::UnitKerja;
use crate::store::rekaman::{tulis_isi, uuid_nama};
use crate::store::settings::Peran;
use crate::store::MemoryStore;

fn id(n: &str) -> String {
    uuid_nama("unit_kerja", n)
}

/// Admin A's units: Sekretariat (01) over Subbagian Umum (02), and Bidang Mutasi (03); the
/// same tree carried to admin B's device by a first rekap.
fn dua_perangkat() -> (MemoryStore, MemoryStore) {
    let a = perangkat(Some(Peran::AdminKepegawaian));
    for (n, nama, kode, induk) in [
        ("a", "Sekretariat", "01", None),
        ("b", "Subbagian Umum", "02", Some(id("a"))),
        ("c", "Bidang Mutasi", "03", None),
    ] {
        let u = UnitKerja {
            id: id(n),
            nama: nama.into(),
            kode: kode.into(),
            induk,
            ..Default::default()
        };
        tulis_isi(&a, JenisRecord::UnitKerja, &u.id, &u, None, W).unwrap();
    }
    let b = perangkat(Some(Peran::AdminKepegawaian));
    let (_, r) = impor_berkas(&b, "r1.json", &rekap_dari(&a).to_json_pretty());
    assert_eq!(r.ditambah, 3);
    (a, b)
}

fn galat(e: &EntriRencana) -> Vec<String> {
    e.masalah
        .iter()
        .filter_map(|m| match &m.kode {
            KodeMasalah::AturanDilanggar { galat } => Some(galat.kode.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_unit_moved_under_a_sibling_the_plan_refuses_is_refused_too_no_loop_is_stored() {
    let (a, b) = dua_perangkat();
    let sebelum = record_lokal(&b).unwrap();
    // Sekretariat moves under Subbagian Umum, which in the same file moves to the top: each
    // alone is fine, but Subbagian Umum takes Bidang Mutasi's code and is refused.
    let mut rekap = rekap_dari(&a);
    for r in &mut rekap.records {
        if r.id == id("a") {
            r.revisi += 1;
            r.data["induk"] = id("b").into();
        } else if r.id == id("b") {
            r.revisi += 1;
            r.data["induk"] = serde_json::Value::Null;
            r.data["kode"] = "03".into();
        }
    }
    rekap.segarkan_digest();
    let (lap, r) = impor_berkas(&b, "r2.json", &rekap.to_json_pretty());
    let entri = |n: &str| {
        let rc = rencana(&lap);
        rc.entri
            .iter()
            .find(|e| e.id.as_deref() == Some(id(n).as_str()))
            .unwrap()
            .clone()
    };
    assert_eq!(entri("b").tindakan, Tindakan::Ditolak);
    assert_eq!(galat(&entri("b")), ["unit_kode_ganda"]);
    assert_eq!(entri("a").tindakan, Tindakan::Ditolak);
    assert_eq!(galat(&entri("a")), ["unit_siklus"]);
    assert_eq!((r.ditambah, r.diperbarui), (0, 0));
    assert_eq!(record_lokal(&b).unwrap(), sebelum);
}

#[test]
fn a_unit_with_sub_units_is_not_deleted_by_a_rekap_a_leaf_is() {
    let (a, b) = dua_perangkat();
    let hapus = |n: &str| {
        let mut rekap = rekap_dari(&a);
        rekap.records.retain(|r| r.id == id(n));
        let r = &mut rekap.records[0];
        r.revisi += 1;
        r.dihapus = true;
        rekap.segarkan_digest();
        rekap.to_json_pretty()
    };
    let (lap, r) = impor_berkas(&b, "hapus-a.json", &hapus("a"));
    let e = &rencana(&lap).entri[0];
    assert_eq!(e.tindakan, Tindakan::Ditolak);
    assert_eq!(galat(e), ["unit_masih_punya_sub"]);
    let pesan = e.masalah[0].pesan(crate::domain::Bahasa::Id);
    assert!(
        pesan.contains("Sekretariat") && pesan.contains("Subbagian Umum"),
        "{pesan}"
    );
    assert_eq!(r.diperbarui, 0);
    // The leaf under it goes; then the unit itself may.
    let (lap, r) = impor_berkas(&b, "hapus-b.json", &hapus("b"));
    assert_eq!(rencana(&lap).entri[0].tindakan, Tindakan::Perbarui);
    assert_eq!(r.diperbarui, 1);
    let (lap, _) = impor_berkas(&b, "hapus-a-lagi.json", &hapus("a"));
    assert_eq!(rencana(&lap).entri[0].tindakan, Tindakan::Perbarui);
}
