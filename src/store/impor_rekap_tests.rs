//! The rekap (issue 13 §2) through the real export and import path: an admin's workspace of
//! two teams (their files imported as the agency e2e test does), the organisation and what
//! later pegawai files brought, carried to an empty admin device whole; forged copies refused
//! alone; newer records kept; other roles refused.

use super::rekap_contoh::*;
use super::{record_lokal, urungkan, LaporanBerkas};
use crate::bundle::format::{JenisRecord, Record};
use crate::bundle::gabung::Tindakan;
use crate::bundle::gabung_kolom::KOLOM_BASIS;
use crate::bundle::masalah::KodeMasalah;
use crate::bundle::validasi::HasilBaca;
use crate::domain::{Bahasa, Rulebook};
use crate::store::kinerja::{id_evaluasi, DataKinerja};
use crate::store::organisasi::e2e::skp_id;
use crate::store::profil::id_profil;
use crate::store::rekaman::tulis_isi;
use crate::store::settings::Peran;

#[test]
fn a_rekap_carries_the_whole_workspace_to_an_empty_admin_device_unchanged() {
    let a = workspace_a();
    let rekap = rekap_dari(&a);
    assert_eq!(
        rekap.nama_berkas(),
        format!("kinerjaku-rekap-{ADMIN}-20260710.json")
    );
    // Kind by kind in the flow's order, the organisation first; no rulebook ever.
    let jenis: Vec<JenisRecord> = rekap.records.iter().map(|r| r.jenis).collect();
    let mut macam: Vec<JenisRecord> = jenis.clone();
    macam.dedup();
    assert_eq!(
        macam,
        [
            JenisRecord::UnitKerja,
            JenisRecord::PredikatOrganisasi,
            JenisRecord::Pegawai,
            JenisRecord::Skp,
            JenisRecord::Realisasi,
            JenisRecord::Lampiran,
            JenisRecord::UmpanBalik,
            JenisRecord::DialogKinerja,
            JenisRecord::Evaluasi,
            JenisRecord::KegiatanPengembangan,
        ]
    );
    assert!(rekap.records.iter().any(|r| r.dihapus));

    let b = perangkat(Some(Peran::AdminKepegawaian));
    let (lap, r) = impor_berkas(&b, &rekap.nama_berkas(), &rekap.to_json_pretty());
    let rencana = rencana(&lap);
    let ditolak: Vec<_> = rencana
        .entri
        .iter()
        .filter(|e| e.tindakan == Tindakan::Ditolak)
        .flat_map(|e| e.masalah.iter().map(|m| m.pesan(Bahasa::En)))
        .collect();
    assert_eq!(ditolak, Vec::<String>::new());
    assert_eq!(r.ditambah, rekap.records.len());
    // Every record identical: id, type, revision, time, tombstone, content, unknown fields.
    let (di_a, di_b) = (record_lokal(&a).unwrap(), record_lokal(&b).unwrap());
    // 6 profiles, 6 SKPs, 12 evaluations, 1 dialog, 2 units, 1 predikat, 2 realisasi (one a
    // tombstone), 1 photo, 1 feedback, 1 training.
    assert_eq!(di_a.len(), 6 + 6 + 12 + 1 + 2 + 1 + 2 + 1 + 1 + 1);
    assert_eq!(tanpa_basis(di_a.clone()), tanpa_basis(di_b.clone()));
    // Where A kept what it received, B's base is the same; the tanggapan A stored after its
    // import is B's received version.
    // Its sender is the one each device received it from (B's: the admin who sent the rekap).
    let basis = |rs: &[Record], id: &str| {
        let mut b = rs
            .iter()
            .find(|r| r.id == id)?
            .lain
            .get(KOLOM_BASIS)?
            .clone();
        let dari = b.as_object_mut()?.remove("dari");
        Some((b, dari))
    };
    let profil = id_profil(sari().0);
    let (ba, bb) = (
        basis(&di_a, &profil).unwrap(),
        basis(&di_b, &profil).unwrap(),
    );
    assert_eq!(ba.0, bb.0);
    assert!(ba.1.is_some());
    assert_eq!(bb.1, Some(serde_json::json!(ADMIN)));
    // The dashboards' figures agree: the same data decoded on both devices.
    let (da, db) = (
        DataKinerja::muat(&a).unwrap(),
        DataKinerja::muat(&b).unwrap(),
    );
    assert_eq!(da.pegawai.len(), 6);
    assert_eq!(
        (db.pegawai.len(), db.skp.len(), db.evaluasi.len()),
        (da.pegawai.len(), da.skp.len(), da.evaluasi.len())
    );
}

#[test]
fn the_same_rekap_twice_changes_nothing_and_its_import_undoes_exactly() {
    let a = workspace_a();
    let teks = rekap_dari(&a).to_json_pretty();
    let b = perangkat(Some(Peran::AdminKepegawaian));
    let (_, pertama) = impor_berkas(&b, "r.json", &teks);
    let sesudah = record_lokal(&b).unwrap();
    let (lap, kedua) = impor_berkas(&b, "r.json", &teks);
    assert!(rencana(&lap)
        .entri
        .iter()
        .all(|e| e.tindakan == Tindakan::TidakBerubah));
    assert_eq!(kedua.undo, None);
    assert_eq!(record_lokal(&b).unwrap(), sesudah);
    // Undo of the first import takes back exactly what it wrote: the device is empty again.
    let n = urungkan(&b, &pertama.undo.unwrap(), jam()).unwrap();
    assert_eq!(n, sesudah.len());
    assert!(record_lokal(&b).unwrap().is_empty());
}

#[test]
fn a_changed_copy_of_a_record_the_admin_had_no_authority_over_is_refused_alone() {
    let a = workspace_a();
    let rekap = rekap_dari(&a);
    let b = perangkat(Some(Peran::AdminKepegawaian));
    impor_berkas(&b, "r.json", &rekap.to_json_pretty());
    let sebelum = record_lokal(&b).unwrap();
    let (nip, _) = sari();
    let (skp, ev) = (skp_id(nip), id_evaluasi(&skp_id(nip), &tw(2)));
    // Admin A "edits" in the file: Sari's approved SKP, who evaluated her, and (its own word)
    // a unit's code.
    let mut palsu = rekap.clone();
    for r in &mut palsu.records {
        if r.id == skp {
            r.revisi += 1;
            r.data["rhk"][0]["uraian"] = "Ditulis ulang di instansi".into();
        } else if r.id == ev {
            r.revisi += 1;
            r.data["penilai_nip"] = ADMIN.into();
        } else if r.id == unit_mutasi() {
            r.revisi += 1;
            r.data["kode"] = "09".into();
        }
    }
    palsu.segarkan_digest();
    let (lap, r) = impor_berkas(&b, "palsu.json", &palsu.to_json_pretty());
    let entri = |id: &str| {
        rencana(&lap)
            .entri
            .iter()
            .find(|e| e.id.as_deref() == Some(id))
            .unwrap()
            .clone()
    };
    let e_skp = entri(&skp);
    assert_eq!(e_skp.tindakan, Tindakan::Ditolak);
    let KodeMasalah::SalinanRekap { galat } = &e_skp.masalah[0].kode else {
        panic!("{:?}", e_skp.masalah);
    };
    assert_eq!(galat.kode, "otoritas_skp_terkunci");
    let id = e_skp.masalah[0].pesan(Bahasa::Id);
    assert!(
        id.contains("palsu.json")
            && id.contains(&skp)
            && id.contains("salinan dalam berkas rekap ini ditolak")
            && id.contains(nip),
        "{id}"
    );
    let en = e_skp.masalah[0].pesan(Bahasa::En);
    assert!(en.contains("rekap") && en.contains(nip), "{en}");
    let e_ev = entri(&ev);
    assert_eq!(e_ev.tindakan, Tindakan::Ditolak);
    assert!(
        matches!(&e_ev.masalah[0].kode, KodeMasalah::SalinanRekap { galat } if galat.kode == "otoritas_evaluasi")
    );
    // The admin's own record still lands; nothing else changed.
    assert_eq!(entri(&unit_mutasi()).tindakan, Tindakan::Perbarui);
    assert_eq!(r.diperbarui, 1);
    let sesudah = record_lokal(&b).unwrap();
    for r in &sesudah {
        let lama = sebelum.iter().find(|x| x.id == r.id).unwrap();
        if r.id == unit_mutasi() {
            assert_eq!(r.data["kode"], "09");
        } else {
            assert_eq!(r, lama, "{}", r.id);
        }
    }
}

#[test]
fn a_device_with_a_newer_revision_keeps_it_and_the_older_copy_is_only_reported() {
    let a = workspace_a();
    let teks = rekap_dari(&a).to_json_pretty();
    let b = perangkat(Some(Peran::AdminKepegawaian));
    impor_berkas(&b, "r.json", &teks);
    // Later on B: Sari reopened her SKP as a revision and her atasan approved it again (a
    // newer pegawai and penilaian file), and the admin corrected her profile.
    let (nip, penilai) = sari();
    let data = DataKinerja::muat(&b).unwrap();
    let s = data.skp_id(&skp_id(nip)).unwrap();
    let mut baru = s.isi.clone();
    baru.revisi(d(6, 1), "Penugasan baru").unwrap();
    baru.rhk[0].uraian = "Layanan kepegawaian dan kajian".into();
    baru.ajukan(Rulebook::bawaan(), d(6, 2)).unwrap();
    baru.setujui(d(6, 5)).unwrap();
    assert_eq!(baru.pejabat_penilai_nip, penilai);
    tulis_isi(&b, JenisRecord::Skp, &baru.id, &baru, Some(s.revisi), W).unwrap();
    let mut profil = data.profil(nip).unwrap().clone();
    profil.golongan = "III/b".into();
    let (_, rev) = crate::store::profil::muat(&b, nip).unwrap();
    tulis_isi(
        &b,
        JenisRecord::Pegawai,
        &id_profil(nip),
        &profil,
        Some(rev),
        W,
    )
    .unwrap();
    let baru_di_b = record_lokal(&b).unwrap();

    let (lap, r) = impor_berkas(&b, "r.json", &teks);
    let rencana = rencana(&lap);
    for e in &rencana.entri {
        let lebih_baru = [skp_id(nip), id_profil(nip)].contains(e.id.as_ref().unwrap());
        let harap = match lebih_baru {
            true => Tindakan::LebihLama,
            false => Tindakan::TidakBerubah,
        };
        assert_eq!(e.tindakan, harap, "{:?}: {:?}", e.jenis, e.masalah);
        assert!(e.masalah.is_empty(), "{:?}", e.masalah);
    }
    assert_eq!(r.undo, None);
    assert_eq!(record_lokal(&b).unwrap(), baru_di_b);
}

#[test]
fn a_rekap_is_refused_whole_on_a_pegawai_or_pejabat_penilai_device_naming_the_role() {
    let teks = rekap_dari(&workspace_a()).to_json_pretty();
    for (peran, kode, id, en) in [
        (
            Some(Peran::Pegawai),
            "pegawai",
            "peran Pegawai.",
            "role Pegawai (employee).",
        ),
        (
            Some(Peran::PejabatPenilai),
            "pejabat_penilai",
            "peran Pejabat Penilai.",
            "role Pejabat Penilai (evaluating official).",
        ),
        (
            None,
            "",
            "peran yang belum dipilih.",
            "role not chosen yet.",
        ),
    ] {
        let s = perangkat(peran);
        let (lap, r) = impor_berkas(&s, "kinerjaku-rekap.json", &teks);
        let LaporanBerkas::Ditolak(HasilBaca::Ditolak { masalah, .. }) = &lap else {
            panic!("{peran:?}: {lap:?}");
        };
        assert_eq!(
            masalah[0].kode,
            KodeMasalah::RekapHanyaAdmin { peran: kode.into() }
        );
        let (pid, pen) = (masalah[0].pesan(Bahasa::Id), masalah[0].pesan(Bahasa::En));
        assert!(
            pid.contains(id) && pid.contains("Tidak ada yang diimpor"),
            "{pid}"
        );
        assert!(
            pen.contains(en) && pen.contains("Nothing was imported"),
            "{pen}"
        );
        assert_eq!(r.ditambah, 0);
        assert!(record_lokal(&s).unwrap().is_empty());
    }
}
