//! A rekap's records are copies: accepted as a change one of their own parties could have
//! made, never as the admin's word.

use crate::bundle::contoh::{self, d, uuid, waktu, NIP};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Pengekspor, Record};
use crate::bundle::otoritas::pelanggaran;
use crate::domain::evaluasi::Tanggapan;
use crate::domain::skp::Skp;
use crate::domain::Rulebook;
use serde_json::json;

const ADMIN: &str = "196801011990031001";
const ATASAN: &str = "197001012000031001";
const LAIN: &str = "199001012019031002";

fn rekap(records: Vec<Record>) -> Bundle {
    let p = Pengekspor {
        nip: ADMIN.into(),
        nama: "Admin".into(),
        peran: "admin_kepegawaian".into(),
        lain: Default::default(),
    };
    Bundle::baru(
        JenisBundle::Rekap,
        p,
        records,
        waktu("2026-07-10T08:00:00+07:00"),
    )
}

fn skp_record(s: &Skp, revisi: u64) -> Record {
    Record::baru(
        &s.id,
        JenisRecord::Skp,
        revisi,
        waktu("2026-07-01T08:00:00+07:00"),
        s,
    )
    .unwrap()
}

/// The fixture SKP as its pegawai submitted it in January.
fn diajukan() -> Skp {
    let mut s = contoh::skp();
    s.ajukan(Rulebook::bawaan(), d(2026, 1, 5)).unwrap();
    s
}

/// ...and as its pejabat penilai approved it.
fn disetujui(penilai: &str) -> Skp {
    let mut s = diajukan();
    s.setujui(d(2026, 1, 10)).unwrap();
    s.pejabat_penilai_nip = penilai.into();
    s
}

fn dijawab() -> Record {
    let mut e = contoh::record(6, JenisRecord::Evaluasi, 2);
    e.data["tanggapan"] = json!(Tanggapan {
        tanggal: d(2026, 4, 20),
        isi: "Saya setuju".into(),
    });
    e
}

fn kode(lokal: &[Record], r: Record) -> Option<String> {
    let id = r.id.clone();
    pelanggaran(lokal, &rekap(vec![r]), false)
        .remove(&id)
        .map(|g| g.kode)
}

#[test]
fn a_rekap_brings_everything_an_admin_received_to_an_empty_device_in_one_go() {
    let mut records = vec![
        contoh::record(1, JenisRecord::Pegawai, 1),
        skp_record(&disetujui(ATASAN), 3),
        dijawab(),
    ];
    for (n, j) in [
        (3, JenisRecord::Realisasi),
        (4, JenisRecord::UmpanBalik),
        (5, JenisRecord::DialogKinerja),
        (7, JenisRecord::KegiatanPengembangan),
        (8, JenisRecord::Catatan),
        (9, JenisRecord::MatriksPeranHasil),
        (11, JenisRecord::Lampiran),
        (60, JenisRecord::UnitKerja),
        (61, JenisRecord::PredikatOrganisasi),
    ] {
        records.push(contoh::record(n, j, 1));
    }
    let b = rekap(records.clone());
    assert_eq!(pelanggaran(&[], &b, false), Default::default());
    // The same approved SKP and answered evaluation as one pejabat penilai's file are
    // refused on a device that never saw them submitted: the order a rekap replays.
    let mut penilaian = b.clone();
    penilaian.jenis = JenisBundle::Penilaian;
    penilaian.pengekspor.nip = ATASAN.into();
    penilaian.pengekspor.peran = "pejabat_penilai".into();
    let k = pelanggaran(&[], &penilaian, false);
    assert_eq!(k[&uuid(2)].kode, "otoritas_skp");
    assert_eq!(k[&uuid(6)].kode, "otoritas_tanggapan");
}

#[test]
fn a_changed_copy_of_an_approved_skp_is_refused_with_its_owners_reason() {
    let s = disetujui(ATASAN);
    let lokal = vec![
        contoh::record(1, JenisRecord::Pegawai, 1),
        skp_record(&s, 3),
    ];
    let mut ubah = s.clone();
    ubah.rhk[0].uraian = "Ditulis ulang di instansi".into();
    assert_eq!(
        kode(&lokal, skp_record(&ubah, 4)).as_deref(),
        Some("otoritas_skp_terkunci")
    );
    // Deleting it is no party's either (the pegawai only while it may be edited).
    let mut hapus = skp_record(&s, 4);
    hapus.dihapus = true;
    hapus.data = serde_json::Value::Null;
    assert_eq!(
        kode(&lokal, hapus).as_deref(),
        Some("otoritas_skp_terkunci")
    );
    // The same record unchanged, or the admin's own records, need nothing.
    assert_eq!(kode(&lokal, skp_record(&s, 3)), None);
    let mut profil = contoh::record(1, JenisRecord::Pegawai, 2);
    profil.data["golongan"] = json!("III/b");
    assert_eq!(kode(&lokal, profil), None);
}

#[test]
fn an_approval_needs_the_pejabat_penilai_the_profile_names_and_never_the_pegawai() {
    let lokal = vec![
        contoh::record(1, JenisRecord::Pegawai, 1),
        skp_record(&diajukan(), 2),
    ];
    assert_eq!(kode(&lokal, skp_record(&disetujui(ATASAN), 3)), None);
    assert_eq!(
        kode(&lokal, skp_record(&disetujui(LAIN), 3)).as_deref(),
        Some("otoritas_skp")
    );
    // On a device that never saw it: the profile the rekap carries names the atasan.
    let profil = contoh::record(1, JenisRecord::Pegawai, 1);
    let b = rekap(vec![profil.clone(), skp_record(&disetujui(LAIN), 3)]);
    assert_eq!(pelanggaran(&[], &b, false)[&uuid(2)].kode, "otoritas_skp");
    // No profile names anyone: still nobody approves their own SKP.
    let mut tanpa = profil;
    tanpa.data["pejabat_penilai"] = serde_json::Value::Null;
    let b = rekap(vec![tanpa.clone(), skp_record(&disetujui(NIP), 3)]);
    assert_eq!(
        pelanggaran(&[], &b, false)[&uuid(2)].kode,
        "otoritas_skp_terkunci"
    );
    let b = rekap(vec![tanpa, skp_record(&disetujui(ATASAN), 3)]);
    assert!(pelanggaran(&[], &b, false).is_empty());
}

#[test]
fn a_revision_of_an_approved_skp_replays_its_history_step_by_step() {
    let s = disetujui(ATASAN);
    let lokal = vec![
        contoh::record(1, JenisRecord::Pegawai, 1),
        skp_record(&s, 3),
    ];
    let rb = Rulebook::bawaan();
    let mut baru = s.clone();
    baru.revisi(d(2026, 6, 1), "Penugasan baru").unwrap();
    baru.rhk[0].uraian = "Rekomendasi kebijakan dan kajian".into();
    baru.ajukan(rb, d(2026, 6, 2)).unwrap();
    baru.setujui(d(2026, 6, 5)).unwrap();
    assert_eq!(kode(&lokal, skp_record(&baru, 7)), None);
    // Returned once on the way, then fixed and approved: every step is its party's.
    let mut kembali = s.clone();
    kembali.revisi(d(2026, 6, 1), "Penugasan baru").unwrap();
    kembali.ajukan(rb, d(2026, 6, 2)).unwrap();
    kembali
        .kembalikan(d(2026, 6, 3), "Target terlalu rendah")
        .unwrap();
    kembali.rhk[0].iki[0].target = crate::domain::skp::Target::Angka {
        nilai: 6.0,
        satuan: "dokumen".into(),
    };
    kembali.ajukan(rb, d(2026, 6, 4)).unwrap();
    kembali.setujui(d(2026, 6, 5)).unwrap();
    assert_eq!(kode(&lokal, skp_record(&kembali, 9)), None);
    // Approved by someone else at the end: the last step is not the pejabat penilai's.
    let mut lain = baru.clone();
    lain.pejabat_penilai_nip = LAIN.into();
    assert_eq!(
        kode(&lokal, skp_record(&lain, 7)).as_deref(),
        Some("otoritas_skp")
    );
    // A history that does not continue the stored one is judged as one change.
    let mut ditulis_ulang = baru;
    ditulis_ulang.riwayat.remove(0);
    assert_eq!(
        kode(&lokal, skp_record(&ditulis_ulang, 7)).as_deref(),
        Some("otoritas_skp_terkunci")
    );
}

#[test]
fn an_evaluation_is_its_pejabat_penilais_and_its_tanggapan_the_pegawais() {
    let lokal = vec![
        contoh::record(1, JenisRecord::Pegawai, 1),
        skp_record(&disetujui(ATASAN), 3),
    ];
    assert_eq!(kode(&lokal, dijawab()), None);
    let mut palsu = dijawab();
    palsu.data["penilai_nip"] = json!(LAIN);
    assert_eq!(kode(&lokal, palsu).as_deref(), Some("otoritas_evaluasi"));
    // Stored and answered: the ratings changed again, then a new answer, both accepted.
    let tersimpan = [lokal.clone(), vec![dijawab()]].concat();
    let mut lagi = dijawab();
    lagi.revisi = 4;
    lagi.data["rating_perilaku"] = json!("diatas_ekspektasi");
    lagi.data["tanggapan"]["isi"] = json!("Terima kasih");
    assert_eq!(kode(&tersimpan, lagi), None);
}

#[test]
fn a_realisasi_or_attachment_copy_keeps_its_owner() {
    let lokal = vec![
        contoh::record(1, JenisRecord::Pegawai, 1),
        skp_record(&disetujui(ATASAN), 3),
        contoh::record(3, JenisRecord::Realisasi, 1),
        contoh::record(11, JenisRecord::Lampiran, 1),
        contoh::record(4, JenisRecord::UmpanBalik, 1),
    ];
    let mut koreksi = contoh::record(3, JenisRecord::Realisasi, 2);
    koreksi.data["catatan"] = json!("Dikoreksi pegawai");
    assert_eq!(kode(&lokal, koreksi), None);
    let mut pindah = contoh::record(11, JenisRecord::Lampiran, 2);
    pindah.data["pegawai_nip"] = json!(LAIN);
    assert_eq!(
        kode(&lokal, pindah).as_deref(),
        Some("otoritas_milik_pegawai")
    );
    let mut penulis = contoh::record(4, JenisRecord::UmpanBalik, 2);
    penulis.data["dari_nip"] = json!(LAIN);
    assert_eq!(kode(&lokal, penulis).as_deref(), Some("otoritas_penulis"));
}

#[test]
fn an_older_copy_is_left_alone_without_being_judged() {
    use crate::bundle::gabung::{rencanakan, Tindakan};
    use crate::bundle::validasi::{baca_teks, Batas, HasilBaca};
    // This device went on: the SKP reopened, changed and approved again.
    let s = disetujui(ATASAN);
    let mut baru = s.clone();
    baru.revisi(d(2026, 6, 1), "Penugasan baru").unwrap();
    baru.rhk[0].uraian = "Rekomendasi kebijakan dan kajian".into();
    baru.ajukan(Rulebook::bawaan(), d(2026, 6, 2)).unwrap();
    baru.setujui(d(2026, 6, 5)).unwrap();
    let lokal = vec![
        contoh::record(1, JenisRecord::Pegawai, 1),
        skp_record(&baru, 7),
    ];
    // An older rekap still holds the first approval: judged as a change, it would be one no
    // party could make (the approved SKP back to its old content).
    let lama = rekap(vec![skp_record(&s, 3)]);
    assert_eq!(
        pelanggaran(&lokal, &lama, false)[&uuid(2)].kode,
        "otoritas_skp_terkunci"
    );
    let HasilBaca::Terbaca(b) = baca_teks("lama.json", &lama.to_json_pretty(), &Batas::default())
    else {
        panic!();
    };
    let e = &rencanakan(&lokal, &b).entri[0];
    assert_eq!(e.tindakan, Tindakan::LebihLama);
    assert!(e.masalah.is_empty(), "{:?}", e.masalah);
    // The same older copy in the pegawai's own file is still named, as before.
    let mut b = b;
    b.bundle.jenis = JenisBundle::Pegawai;
    b.bundle.pengekspor.nip = NIP.into();
    b.bundle.pengekspor.peran = "pegawai".into();
    assert_eq!(rencanakan(&lokal, &b).entri[0].tindakan, Tindakan::Ditolak);
}

/// docs/bundle.md, "Rekap", as a table over one device's records after the approval and the
/// first evaluation: every change of each, as an admin's rekap carries it.
#[test]
fn every_change_of_a_copy_follows_the_rekap_table() {
    let lokal = vec![
        contoh::record(1, JenisRecord::Pegawai, 1),
        skp_record(&disetujui(ATASAN), 3),
        contoh::record(6, JenisRecord::Evaluasi, 1),
        contoh::record(3, JenisRecord::Realisasi, 1),
        contoh::record(4, JenisRecord::UmpanBalik, 1),
    ];
    for semula in &lokal {
        for ubah in ["isi", "tanggapan", "hapus"] {
            let mut r = semula.clone();
            r.revisi += 1;
            match (ubah, r.jenis) {
                ("hapus", _) => {
                    r.dihapus = true;
                    r.data = serde_json::Value::Null;
                }
                ("tanggapan", JenisRecord::Evaluasi) => {
                    r.data["tanggapan"] = json!({"tanggal": "2026-04-20", "isi": "Setuju"})
                }
                (_, JenisRecord::Pegawai) => r.data["golongan"] = json!("III/b"),
                (_, JenisRecord::Skp) => r.data["rhk"][0]["uraian"] = json!("Lain"),
                (_, JenisRecord::Evaluasi) => {
                    r.data["rating_perilaku"] = json!("diatas_ekspektasi")
                }
                (_, JenisRecord::Realisasi) => r.data["catatan"] = json!("Dikoreksi"),
                (_, JenisRecord::UmpanBalik) => r.data["isi"] = json!("Ditulis ulang"),
                _ => unreachable!(),
            }
            // The approved SKP is nobody's to change or delete without a revision; every other
            // change here is one its party (or, for the profile, the admin) could make.
            let harap = r.jenis != JenisRecord::Skp;
            let k = kode(&lokal, r.clone());
            assert_eq!(k.is_none(), harap, "{:?} {ubah}: {k:?}", r.jenis);
        }
    }
}
