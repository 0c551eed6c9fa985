//! Issue 14: a development plan is its pegawai's, its decision their pejabat penilai's; an
//! award is the admin's.

use super::pelanggaran;
use super::tests::{dari, ATASAN, LAIN};
use crate::bundle::contoh::{self, waktu, NIP};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Record};
use crate::domain::rencana_pengembangan::{Keputusan, RencanaPengembangan};
use chrono::NaiveDate;

const ADMIN: &str = "196801011990031001";

fn rencana(revisi: u64, f: impl FnOnce(&mut RencanaPengembangan)) -> Record {
    let mut r = contoh::record(15, JenisRecord::RencanaPengembangan, revisi);
    let mut isi: RencanaPengembangan = r.data_sebagai().unwrap();
    f(&mut isi);
    r.data = serde_json::to_value(&isi).unwrap();
    r
}

fn putus(r: &mut RencanaPengembangan, penilai: &str, versi: u32, setuju: bool) {
    r.keputusan = Some(Keputusan {
        penilai_nip: penilai.into(),
        versi,
        tanggal: NaiveDate::from_ymd_opt(2026, 7, 2).unwrap(),
        setuju,
        catatan: "Lanjutkan".into(),
    });
}

fn kode(lokal: &[Record], jenis: JenisBundle, nip: &str, peran: &str, r: Record) -> Option<String> {
    let id = r.id.clone();
    let b = Bundle::baru(
        jenis,
        dari(nip, peran),
        vec![r],
        waktu("2026-07-03T08:00:00+07:00"),
    );
    pelanggaran(lokal, &b, false).remove(&id).map(|g| g.kode)
}

/// The pejabat penilai's device: the pegawai's profile (naming ATASAN) and the submitted plan.
fn di_atasan() -> Vec<Record> {
    vec![
        contoh::record(1, JenisRecord::Pegawai, 1),
        rencana(1, |_| {}),
    ]
}

#[test]
fn the_pegawai_writes_and_submits_the_pejabat_penilai_decides() {
    let lokal = di_atasan();
    let setuju = rencana(2, |r| putus(r, ATASAN, 1, true));
    assert_eq!(
        kode(
            &lokal,
            JenisBundle::Penilaian,
            ATASAN,
            "pejabat_penilai",
            setuju.clone()
        ),
        None
    );
    // Another pejabat penilai, naming themself, decides nothing here.
    let lain = rencana(2, |r| putus(r, LAIN, 1, true));
    assert_eq!(
        kode(
            &lokal,
            JenisBundle::Penilaian,
            LAIN,
            "pejabat_penilai",
            lain
        )
        .as_deref(),
        Some("otoritas_rencana_keputusan")
    );
    // The pejabat penilai does not write the goals, nor delete the plan.
    let isi = rencana(2, |r| {
        putus(r, ATASAN, 1, true);
        r.butir[0].jp = 40.0;
    });
    assert_eq!(
        kode(
            &lokal,
            JenisBundle::Penilaian,
            ATASAN,
            "pejabat_penilai",
            isi
        )
        .as_deref(),
        Some("otoritas_rencana_isi")
    );
    let mut nisan = rencana(2, |_| {});
    nisan.dihapus = true;
    assert_eq!(
        kode(
            &lokal,
            JenisBundle::Penilaian,
            ATASAN,
            "pejabat_penilai",
            nisan
        )
        .as_deref(),
        Some("otoritas_rencana_isi")
    );
    // A decision on a version never submitted speaks for nothing.
    let lain_versi = rencana(2, |r| putus(r, ATASAN, 2, true));
    assert_eq!(
        kode(
            &lokal,
            JenisBundle::Penilaian,
            ATASAN,
            "pejabat_penilai",
            lain_versi
        )
        .as_deref(),
        Some("otoritas_rencana_berubah")
    );
}

#[test]
fn the_pegawai_never_approves_their_own_plan() {
    // On the pegawai's device: the plan as they submitted it.
    let lokal = vec![rencana(1, |_| {})];
    let sendiri = rencana(2, |r| putus(r, ATASAN, 1, true));
    assert_eq!(
        kode(
            &lokal,
            JenisBundle::Pegawai,
            NIP,
            "pegawai",
            sendiri.clone()
        )
        .as_deref(),
        Some("otoritas_rencana_keputusan")
    );
    // Nor in a new plan.
    assert_eq!(
        kode(&[], JenisBundle::Pegawai, NIP, "pegawai", sendiri).as_deref(),
        Some("otoritas_rencana_keputusan")
    );
    // Someone else's file writes no plan for them.
    assert_eq!(
        kode(
            &[],
            JenisBundle::Pegawai,
            LAIN,
            "pegawai",
            rencana(1, |_| {})
        )
        .as_deref(),
        Some("otoritas_rencana_isi")
    );
}

#[test]
fn an_approved_plan_keeps_its_goals_or_goes_back_for_approval() {
    // Stored: version 1 approved.
    let disetujui = rencana(2, |r| putus(r, ATASAN, 1, true));
    let lokal = std::slice::from_ref(&disetujui);
    let bawa = |f: fn(&mut RencanaPengembangan)| {
        let r = rencana(3, |r| {
            putus(r, ATASAN, 1, true);
            f(r)
        });
        kode(lokal, JenisBundle::Pegawai, NIP, "pegawai", r)
    };
    // Marking a goal done keeps the approval.
    assert_eq!(
        bawa(|r| {
            r.butir[0].status = crate::domain::rencana_pengembangan::StatusButir::Selesai;
            r.butir[0].kegiatan_id = Some("k1".into());
        }),
        None
    );
    // Changing a goal under the approval is refused; as a new submission (or a draft) it is fine.
    assert_eq!(
        bawa(|r| r.butir[0].jp = 40.0).as_deref(),
        Some("otoritas_rencana_berubah")
    );
    assert_eq!(
        bawa(|r| {
            r.butir[0].jp = 40.0;
            r.diajukan.as_mut().unwrap().versi = 2;
        }),
        None
    );
    assert_eq!(
        bawa(|r| {
            r.butir[0].jp = 40.0;
            r.diajukan = None;
        }),
        None
    );
    // A "new" submission that reuses the decided version number would borrow its approval.
    assert_eq!(
        bawa(|r| {
            r.butir[0].jp = 40.0;
            r.diajukan.as_mut().unwrap().tanggal = NaiveDate::from_ymd_opt(2026, 8, 1).unwrap();
        })
        .as_deref(),
        Some("otoritas_rencana_berubah")
    );
}

#[test]
fn a_rekap_replays_the_submission_then_the_decision() {
    // An admin device that held the draft; the rekap brings it submitted again and approved.
    let lokal = vec![
        contoh::record(1, JenisRecord::Pegawai, 1),
        rencana(1, |r| r.diajukan = None),
    ];
    let jadi = rencana(3, |r| putus(r, ATASAN, 1, true));
    assert_eq!(
        kode(&lokal, JenisBundle::Rekap, ADMIN, "admin_kepegawaian", jadi),
        None
    );
    // Approved by someone who is not their pejabat penilai: no party could have made it.
    let palsu = rencana(3, |r| putus(r, LAIN, 1, true));
    assert!(kode(
        &lokal,
        JenisBundle::Rekap,
        ADMIN,
        "admin_kepegawaian",
        palsu
    )
    .is_some());
}

#[test]
fn only_the_admin_records_an_award() {
    let p = contoh::record(16, JenisRecord::Penghargaan, 1);
    assert_eq!(
        kode(
            &[],
            JenisBundle::Pegawai,
            ADMIN,
            "admin_kepegawaian",
            p.clone()
        ),
        None
    );
    assert_eq!(
        kode(&[], JenisBundle::Pegawai, NIP, "pegawai", p.clone()).as_deref(),
        Some("otoritas_penghargaan")
    );
    assert_eq!(
        kode(
            &[],
            JenisBundle::Penilaian,
            ATASAN,
            "pejabat_penilai",
            p.clone()
        )
        .as_deref(),
        Some("otoritas_penghargaan")
    );
    // A copy that changes nothing needs no authority: the pegawai's file carries it back.
    assert_eq!(
        kode(
            std::slice::from_ref(&p),
            JenisBundle::Pegawai,
            NIP,
            "pegawai",
            p.clone()
        ),
        None
    );
}

#[test]
fn only_the_admin_records_a_potential_assessment() {
    let a = contoh::record(17, JenisRecord::AsesmenPotensi, 1);
    assert_eq!(
        kode(
            &[],
            JenisBundle::Rekap,
            ADMIN,
            "admin_kepegawaian",
            a.clone()
        ),
        None
    );
    // Another admin device's later revision is the admin's word too.
    let mut lebih_baru = a.clone();
    lebih_baru.revisi = 2;
    lebih_baru.data["potensial"] = "rendah".into();
    assert_eq!(
        kode(
            std::slice::from_ref(&a),
            JenisBundle::Rekap,
            ADMIN,
            "admin_kepegawaian",
            lebih_baru.clone()
        ),
        None
    );
    // The pegawai themself, or their pejabat penilai, cannot set or change their potensial,
    // even in a rekap-shaped file of their own making.
    for (nip, peran) in [
        (NIP, "pegawai"),
        (ATASAN, "pejabat_penilai"),
        (LAIN, "pegawai"),
    ] {
        assert_eq!(
            kode(
                std::slice::from_ref(&a),
                JenisBundle::Rekap,
                nip,
                peran,
                lebih_baru.clone()
            )
            .as_deref(),
            Some("otoritas_asesmen_potensi"),
            "{peran} {nip}"
        );
    }
    // No pegawai or penilaian file may carry one at all.
    assert!(!JenisBundle::Pegawai.boleh_memuat(JenisRecord::AsesmenPotensi));
    assert!(!JenisBundle::Penilaian.boleh_memuat(JenisRecord::AsesmenPotensi));
    assert!(JenisBundle::Rekap.boleh_memuat(JenisRecord::AsesmenPotensi));
}

/// A submitted plan changed before the decision goes back to draft; its next submission is
/// numbered after the first (as the pegawai's device now counts it), so the pejabat penilai's
/// device takes it. Numbered 1 again, it was refused as a changed version 1.
#[test]
fn a_plan_changed_before_its_decision_is_submitted_again_as_the_next_version() {
    let lokal = di_atasan();
    let bawa = |versi_dari_domain: bool| {
        let r = rencana(3, |r| {
            r.butir[0].jp = 40.0;
            r.kembali_ke_draf();
            let versi = if versi_dari_domain {
                r.versi_berikut()
            } else {
                1
            };
            r.diajukan = Some(crate::domain::rencana_pengembangan::Pengajuan {
                versi,
                tanggal: NaiveDate::from_ymd_opt(2026, 7, 5).unwrap(),
            });
        });
        kode(&lokal, JenisBundle::Pegawai, NIP, "pegawai", r)
    };
    assert_eq!(bawa(true), None);
    assert_eq!(bawa(false).as_deref(), Some("otoritas_rencana_berubah"));
}
