//! Issue 11, finding 1: a file may change only what its exporter has authority over.

use super::pelanggaran;
use crate::bundle::contoh::{self, uuid, waktu, NIP};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Pengekspor, Record};
use serde_json::json;

pub(super) const ATASAN: &str = "197001012000031001";
pub(super) const LAIN: &str = "199001012019031002";

pub(super) fn dari(nip: &str, peran: &str) -> Pengekspor {
    Pengekspor {
        nip: nip.into(),
        nama: "X".into(),
        peran: peran.into(),
        lain: Default::default(),
    }
}

fn bundle(p: Pengekspor, records: Vec<Record>) -> Bundle {
    Bundle::baru(
        JenisBundle::Pegawai,
        p,
        records,
        waktu("2026-07-01T08:00:00+07:00"),
    )
}

/// What the pegawai's device holds after the atasan approved the SKP and evaluated Q1.
pub(super) fn lokal() -> Vec<Record> {
    let mut skp = contoh::record(2, JenisRecord::Skp, 3);
    skp.data["status"] = json!({"kode": "disetujui", "pada": "2026-01-10"});
    skp.data["pejabat_penilai_nip"] = json!(ATASAN);
    vec![
        contoh::record(1, JenisRecord::Pegawai, 1),
        skp,
        contoh::record(6, JenisRecord::Evaluasi, 1),
    ]
}

fn versi(n: u8, jenis: JenisRecord, f: impl FnOnce(&mut Record)) -> Record {
    let mut r = lokal()
        .into_iter()
        .find(|r| r.jenis == jenis)
        .unwrap_or_else(|| contoh::record(n, jenis, 1));
    r.revisi += 1;
    f(&mut r);
    r
}

fn kode(p: Pengekspor, r: Record) -> Option<String> {
    let id = r.id.clone();
    pelanggaran(&lokal(), &bundle(p, vec![r]), false)
        .remove(&id)
        .map(|g| g.kode)
}

#[test]
fn a_pegawai_file_cannot_rewrite_the_evaluation_only_add_a_tanggapan() {
    let palsu = versi(6, JenisRecord::Evaluasi, |r| {
        r.data["rating_hasil"]["rating"] = json!("diatas_ekspektasi");
        r.data["rating_perilaku"] = json!("diatas_ekspektasi");
    });
    assert_eq!(
        kode(dari(NIP, "pegawai"), palsu).as_deref(),
        Some("otoritas_evaluasi_tanggapan")
    );
    let tanggapan = versi(6, JenisRecord::Evaluasi, |r| {
        r.data["tanggapan"] = json!({"tanggal": "2026-04-20", "isi": "Saya setuju"});
    });
    assert_eq!(kode(dari(NIP, "pegawai"), tanggapan), None);
}

#[test]
fn a_pegawai_file_cannot_delete_the_evaluation_or_the_approved_skp() {
    let hapus = |jenis| {
        versi(0, jenis, |r| {
            r.dihapus = true;
            r.data = serde_json::Value::Null;
        })
    };
    let e = kode(dari(NIP, "pegawai"), hapus(JenisRecord::Evaluasi));
    assert_eq!(e.as_deref(), Some("otoritas_evaluasi_tanggapan"));
    let s = kode(dari(NIP, "pegawai"), hapus(JenisRecord::Skp));
    assert_eq!(s.as_deref(), Some("otoritas_skp_terkunci"));
}

#[test]
fn the_atasan_writes_the_evaluation_but_never_the_pegawais_tanggapan() {
    let ubah = versi(6, JenisRecord::Evaluasi, |r| {
        r.data["rating_perilaku"] = json!("diatas_ekspektasi")
    });
    assert_eq!(kode(dari(ATASAN, "pejabat_penilai"), ubah), None);
    let tanggapan = versi(6, JenisRecord::Evaluasi, |r| {
        r.data["tanggapan"] = json!({"tanggal": "2026-04-20", "isi": "Ditulis atasan"});
    });
    assert_eq!(
        kode(dari(ATASAN, "pejabat_penilai"), tanggapan).as_deref(),
        Some("otoritas_tanggapan")
    );
    // Someone else entirely writes no evaluation; a file claiming the admin role carries it
    // only as the copy of a change its pejabat penilai could have made.
    let lain = versi(6, JenisRecord::Evaluasi, |r| {
        r.data["rating_perilaku"] = json!("dibawah_ekspektasi")
    });
    assert_eq!(
        kode(dari(LAIN, "pegawai"), lain.clone()).as_deref(),
        Some("otoritas_evaluasi")
    );
    assert_eq!(kode(dari(LAIN, "admin_kepegawaian"), lain), None);
    let dialihkan = versi(6, JenisRecord::Evaluasi, |r| {
        r.data["penilai_nip"] = json!(LAIN);
        r.data["rating_perilaku"] = json!("dibawah_ekspektasi");
    });
    assert!(kode(dari(LAIN, "admin_kepegawaian"), dialihkan).is_some());
}

#[test]
fn profiles_change_only_by_their_owner_or_the_admin() {
    let golongan = versi(1, JenisRecord::Pegawai, |r| {
        r.data["golongan"] = json!("I/a")
    });
    assert_eq!(
        kode(dari(ATASAN, "pejabat_penilai"), golongan.clone()).as_deref(),
        Some("otoritas_profil")
    );
    assert_eq!(kode(dari(NIP, "pegawai"), golongan.clone()), None);
    assert_eq!(kode(dari(LAIN, "admin_kepegawaian"), golongan), None);
    // A bawahan's file cannot write the atasan's own profile either (a new record to us).
    let mut atasan = contoh::record(9, JenisRecord::Pegawai, 1);
    atasan.data["nip"] = json!(ATASAN);
    let r = pelanggaran(
        &[],
        &bundle(dari(NIP, "pegawai"), vec![atasan.clone()]),
        false,
    );
    assert_eq!(
        r.get(&uuid(9)).map(|g| g.kode.as_str()),
        Some("otoritas_profil")
    );
    assert!(pelanggaran(
        &[],
        &bundle(dari(ATASAN, "pejabat_penilai"), vec![atasan]),
        false
    )
    .is_empty());
}

#[test]
fn the_atasan_approves_a_submitted_skp_and_may_change_nothing_else() {
    let mut diajukan = contoh::record(2, JenisRecord::Skp, 2);
    diajukan.data["status"] = json!({"kode": "diajukan", "pada": "2026-01-05"});
    let lokal = vec![contoh::record(1, JenisRecord::Pegawai, 1), diajukan.clone()];
    let setujui = |f: fn(&mut Record)| {
        let mut r = diajukan.clone();
        r.revisi += 1;
        r.data["status"] = json!({"kode": "disetujui", "pada": "2026-01-10"});
        r.data["pejabat_penilai_nip"] = json!(ATASAN);
        f(&mut r);
        let id = r.id.clone();
        pelanggaran(
            &lokal,
            &bundle(dari(ATASAN, "pejabat_penilai"), vec![r]),
            false,
        )
        .remove(&id)
        .map(|g| g.kode)
    };
    assert_eq!(setujui(|_| {}), None);
    assert_eq!(
        setujui(|r| r.data["rhk"][0]["uraian"] = json!("Diganti atasan")).as_deref(),
        Some("otoritas_skp")
    );
    // The pegawai's profile names the atasan: someone else cannot approve.
    let mut r = diajukan.clone();
    r.revisi += 1;
    r.data["status"] = json!({"kode": "disetujui", "pada": "2026-01-10"});
    r.data["pejabat_penilai_nip"] = json!(LAIN);
    let k = pelanggaran(
        &lokal,
        &bundle(dari(LAIN, "pejabat_penilai"), vec![r.clone()]),
        false,
    );
    assert_eq!(k.get(&r.id).map(|g| g.kode.as_str()), Some("otoritas_skp"));
    // Nor the pegawai themself.
    let k = pelanggaran(
        &lokal,
        &bundle(dari(NIP, "pegawai"), vec![r.clone()]),
        false,
    );
    assert_eq!(
        k.get(&r.id).map(|g| g.kode.as_str()),
        Some("otoritas_skp_terkunci")
    );
    // Nor a file claiming the admin role: it carries the approval only as the copy of the
    // named pejabat penilai's own, never one naming someone else, never changed content.
    let admin = |r: &Record| {
        pelanggaran(
            &lokal,
            &bundle(dari(LAIN, "admin_kepegawaian"), vec![r.clone()]),
            false,
        )
    };
    assert!(admin(&r).contains_key(&r.id), "approval by someone else");
    let mut sah = diajukan.clone();
    sah.revisi += 1;
    sah.data["status"] = json!({"kode": "disetujui", "pada": "2026-01-10"});
    sah.data["pejabat_penilai_nip"] = json!(ATASAN);
    assert!(
        admin(&sah).is_empty(),
        "the atasan's own approval, passed on"
    );
    sah.data["rhk"][0]["uraian"] = json!("Diganti admin");
    assert!(
        admin(&sah).contains_key(&sah.id),
        "approved with other content"
    );
}

/// The way out of an approved SKP (issue 12): its pegawai reopens it as a revision, e.g. to
/// change how an IKI's realisasi add up; the atasan approves it again.
#[test]
fn the_pegawai_reopens_an_approved_skp_only_as_a_revision_for_the_atasan() {
    let revisi = |f: fn(&mut Record)| {
        versi(2, JenisRecord::Skp, |r| {
            r.data["status"] = json!({"kode": "diajukan", "pada": "2026-06-02"});
            let mut riwayat = r.data["riwayat"].as_array().cloned().unwrap_or_default();
            riwayat.push(
                json!({"dari": "disetujui", "ke": "draft", "pada": "2026-06-01",
                "catatan": "Persentase dihitung rata-rata"}),
            );
            riwayat.push(json!({"dari": "draft", "ke": "diajukan", "pada": "2026-06-02"}));
            r.data["riwayat"] = json!(riwayat);
            r.data["rhk"][0]["iki"][0]["akumulasi"] = json!("rata_rata");
            r.data["rhk"][0]["iki"][0]["akumulasi_dipilih"] = json!(true);
            f(r);
        })
    };
    assert_eq!(kode(dari(NIP, "pegawai"), revisi(|_| {})), None);
    // Without the revision in its history it is still a locked SKP changed behind the
    // atasan's back; approving itself, or reopened by someone else, is refused too.
    let diam = revisi(|r| {
        r.data["riwayat"] = json!([]);
    });
    assert_eq!(
        kode(dari(NIP, "pegawai"), diam).as_deref(),
        Some("otoritas_skp_terkunci")
    );
    let sendiri = revisi(|r| {
        r.data["status"] = json!({"kode": "disetujui", "pada": "2026-06-02"});
    });
    assert_eq!(
        kode(dari(NIP, "pegawai"), sendiri).as_deref(),
        Some("otoritas_skp_terkunci")
    );
    assert_eq!(
        kode(dari(LAIN, "pegawai"), revisi(|_| {})).as_deref(),
        Some("otoritas_skp")
    );
}

#[test]
fn a_copy_that_changes_nothing_needs_no_authority() {
    for r in lokal() {
        assert_eq!(kode(dari(LAIN, "pegawai"), r), None);
    }
}

#[test]
fn realisasi_are_the_pegawais_and_the_rulebook_the_admins() {
    let r = contoh::record(3, JenisRecord::Realisasi, 1);
    assert_eq!(
        kode(dari(ATASAN, "pejabat_penilai"), r.clone()).as_deref(),
        Some("otoritas_milik_pegawai")
    );
    assert_eq!(kode(dari(NIP, "pegawai"), r), None);
    let rb = contoh::record(10, JenisRecord::Rulebook, 1);
    assert_eq!(
        kode(dari(NIP, "pegawai"), rb.clone()).as_deref(),
        Some("otoritas_rulebook")
    );
    assert_eq!(kode(dari(LAIN, "admin_kepegawaian"), rb), None);
}

#[test]
fn the_organisation_is_the_admins_alone() {
    for j in [JenisRecord::UnitKerja, JenisRecord::PredikatOrganisasi] {
        let r = contoh::record(30, j, 1);
        // Not the unit's leader, not a pejabat penilai, not a pegawai: only the admin.
        for (nip, peran) in [
            (ATASAN, "pejabat_penilai"),
            (ATASAN, "pegawai"),
            (NIP, "pegawai"),
        ] {
            assert_eq!(
                kode(dari(nip, peran), r.clone()).as_deref(),
                Some("otoritas_organisasi"),
                "{j:?} from {peran}"
            );
        }
        assert_eq!(kode(dari(LAIN, "admin_kepegawaian"), r.clone()), None);
        // Nor delete the one stored here.
        let mut hapus = r.clone();
        hapus.revisi = 2;
        hapus.dihapus = true;
        let tersimpan = [lokal(), vec![r]].concat();
        let m = pelanggaran(
            &tersimpan,
            &bundle(dari(NIP, "pegawai"), vec![hapus.clone()]),
            false,
        );
        assert_eq!(m[&hapus.id].kode, "otoritas_organisasi", "{j:?}");
    }
}

#[test]
fn feedback_is_written_only_in_its_authors_name() {
    let ub = contoh::record(4, JenisRecord::UmpanBalik, 1);
    assert_eq!(kode(dari(ATASAN, "pejabat_penilai"), ub.clone()), None);
    assert_eq!(
        kode(dari(NIP, "pegawai"), ub).as_deref(),
        Some("otoritas_penulis")
    );
}

#[test]
fn an_approval_and_the_first_evaluation_arrive_together_from_the_atasan() {
    // The pegawai's device: the SKP submitted, a profile that names no pejabat penilai.
    let mut profil = contoh::record(1, JenisRecord::Pegawai, 1);
    profil.data["pejabat_penilai"] = serde_json::Value::Null;
    let mut diajukan = contoh::record(2, JenisRecord::Skp, 2);
    diajukan.data["status"] = json!({"kode": "diajukan", "pada": "2026-01-05"});
    let lokal = vec![profil, diajukan.clone()];
    let mut disetujui = diajukan;
    disetujui.revisi += 1;
    disetujui.data["status"] = json!({"kode": "disetujui", "pada": "2026-01-10"});
    disetujui.data["pejabat_penilai_nip"] = json!(ATASAN);
    let ev = contoh::record(6, JenisRecord::Evaluasi, 1);
    let b = bundle(
        dari(ATASAN, "pejabat_penilai"),
        vec![disetujui.clone(), ev.clone()],
    );
    assert!(pelanggaran(&lokal, &b, false).is_empty());
    // The evaluation alone, from someone the approval does not name, is refused.
    let b = bundle(dari(LAIN, "pejabat_penilai"), vec![ev.clone()]);
    assert_eq!(
        pelanggaran(&lokal, &b, false)
            .get(&ev.id)
            .map(|g| g.kode.as_str()),
        Some("otoritas_evaluasi")
    );
}

#[path = "otoritas_arsip_tests.rs"]
mod arsip;
