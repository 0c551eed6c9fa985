//! Issue 14: a training (kegiatan pengembangan) is its pegawai's; only the admin verifies it.

use super::pelanggaran;
use super::tests::{dari, LAIN};
use crate::bundle::contoh::{self, waktu, NIP};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Record};
use serde_json::json;

fn kegiatan(revisi: u64, f: impl FnOnce(&mut Record)) -> Record {
    let mut r = contoh::record(7, JenisRecord::KegiatanPengembangan, revisi);
    f(&mut r);
    r
}

fn kode(lokal: &[Record], nip: &str, peran: &str, r: Record) -> Option<String> {
    let id = r.id.clone();
    let b = Bundle::baru(
        JenisBundle::Pegawai,
        dari(nip, peran),
        vec![r],
        waktu("2026-07-01T08:00:00+07:00"),
    );
    pelanggaran(lokal, &b, false).remove(&id).map(|g| g.kode)
}

#[test]
fn only_its_pegawai_adds_or_changes_a_training() {
    let baru = kegiatan(1, |_| {});
    assert_eq!(kode(&[], NIP, "pegawai", baru.clone()), None);
    // Someone else's file cannot log a training for this pegawai.
    assert_eq!(
        kode(&[], LAIN, "pegawai", baru.clone()).as_deref(),
        Some("otoritas_milik_pegawai")
    );
    // Nor change a stored one, nor delete it.
    let diubah = kegiatan(2, |r| r.data["jp"] = json!(40.0));
    assert_eq!(
        kode(std::slice::from_ref(&baru), LAIN, "pegawai", diubah.clone()).as_deref(),
        Some("otoritas_milik_pegawai")
    );
    let mut nisan = kegiatan(2, |_| {});
    nisan.dihapus = true;
    assert_eq!(
        kode(std::slice::from_ref(&baru), LAIN, "pegawai", nisan.clone()).as_deref(),
        Some("otoritas_milik_pegawai")
    );
    assert_eq!(
        kode(std::slice::from_ref(&baru), NIP, "pegawai", diubah),
        None
    );
    assert_eq!(kode(&[baru], NIP, "pegawai", nisan), None);
}

#[test]
fn a_file_cannot_move_a_stored_training_to_another_pegawai() {
    let disimpan = kegiatan(1, |_| {});
    // The other pegawai's own file, claiming this record as theirs (their JP).
    let pindah = kegiatan(2, |r| r.data["pegawai_nip"] = json!(LAIN));
    assert_eq!(
        kode(
            std::slice::from_ref(&disimpan),
            LAIN,
            "pegawai",
            pindah.clone()
        )
        .as_deref(),
        Some("otoritas_milik_pegawai")
    );
    // Not even the owner gives it away.
    assert_eq!(
        kode(&[disimpan], NIP, "pegawai", pindah).as_deref(),
        Some("otoritas_milik_pegawai")
    );
}

#[test]
fn verification_is_the_admins_word() {
    let disimpan = kegiatan(1, |_| {});
    let verif = kegiatan(2, |r| r.data["terverifikasi"] = json!(true));
    assert_eq!(
        kode(
            std::slice::from_ref(&disimpan),
            NIP,
            "pegawai",
            verif.clone()
        )
        .as_deref(),
        Some("otoritas_verifikasi")
    );
    assert_eq!(
        kode(
            &[disimpan],
            "196801011990031001",
            "admin_kepegawaian",
            verif.clone()
        ),
        None
    );
    // Once verified, the pegawai's later change (more JP) keeping the mark is refused; the
    // same change unverified is theirs to make.
    let lebih = |v: bool| {
        kegiatan(3, |r| {
            r.data["terverifikasi"] = json!(v);
            r.data["jp"] = json!(40.0);
        })
    };
    assert_eq!(
        kode(std::slice::from_ref(&verif), NIP, "pegawai", lebih(true)).as_deref(),
        Some("otoritas_verifikasi")
    );
    assert_eq!(kode(&[verif], NIP, "pegawai", lebih(false)), None);
}

fn kode_penilaian(lokal: &[Record], nip: &str, peran: &str, r: Record) -> Option<String> {
    let id = r.id.clone();
    let b = Bundle::baru(
        JenisBundle::Penilaian,
        dari(nip, peran),
        vec![r],
        waktu("2026-07-01T08:00:00+07:00"),
    );
    pelanggaran(lokal, &b, false).remove(&id).map(|g| g.kode)
}

#[test]
fn only_the_pegawais_pejabat_penilai_assesses_their_competencies() {
    use super::tests::ATASAN;
    // The pegawai's stored profile names ATASAN as pejabat penilai.
    let profil = contoh::record(1, JenisRecord::Pegawai, 1);
    let lokal = std::slice::from_ref(&profil);
    let baru = contoh::record(11, JenisRecord::PenilaianKompetensi, 1);
    assert_eq!(
        kode_penilaian(lokal, ATASAN, "pejabat_penilai", baru.clone()),
        None
    );
    // Another pejabat penilai, even naming themself as the assessor, is not theirs.
    let lain = {
        let mut r = baru.clone();
        r.data["penilai_nip"] = json!(LAIN);
        r
    };
    assert_eq!(
        kode_penilaian(lokal, LAIN, "pejabat_penilai", lain).as_deref(),
        Some("otoritas_bukan_penilai")
    );
    // The pegawai cannot write their own assessment.
    assert_eq!(
        kode_penilaian(lokal, NIP, "pegawai", baru.clone()).as_deref(),
        Some("otoritas_penulis_kompetensi")
    );
    // A stored assessment stays about the same pegawai.
    let pindah = {
        let mut r = contoh::record(11, JenisRecord::PenilaianKompetensi, 2);
        r.data["pegawai_nip"] = json!(LAIN);
        r
    };
    let disimpan = [profil.clone(), baru.clone()];
    assert_eq!(
        kode_penilaian(&disimpan, ATASAN, "pejabat_penilai", pindah).as_deref(),
        Some("otoritas_penulis_kompetensi")
    );
    // The admin enters an assessment centre's result.
    assert_eq!(
        kode_penilaian(lokal, "196801011990031001", "admin_kepegawaian", baru),
        None
    );
}
