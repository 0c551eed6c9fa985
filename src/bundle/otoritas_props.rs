//! Property test of the authority model (issue 11): random files built from real records,
//! each changing one record in one way, from one of four exporters. An oracle written from
//! the table in docs/bundle.md (not from `otoritas.rs`) says whether the change is allowed;
//! every violation must be refused and every legitimate change accepted.

use super::pelanggaran;
use crate::bundle::contoh::{self, waktu, NIP};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Pengekspor, Record};
use proptest::prelude::*;
use serde_json::json;

use super::tests::{ATASAN, LAIN};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Siapa {
    Pegawai,
    Atasan,
    Lain,
    /// Someone else claiming the admin role.
    Admin,
}

#[derive(Clone, Copy, Debug)]
enum Ubah {
    /// A change of the record's main content.
    Isi,
    /// The evaluation's tanggapan only (other kinds: same as `Isi`).
    Tanggapan,
    Hapus,
}

/// The pegawai's device after approval and the first evaluation (otoritas_tests), with a
/// realisasi and the atasan's umpan balik.
fn lokal() -> Vec<Record> {
    let mut l = super::tests::lokal();
    l.push(contoh::record(3, JenisRecord::Realisasi, 1));
    l.push(contoh::record(4, JenisRecord::UmpanBalik, 1));
    l
}

/// docs/bundle.md, "Otoritas", as a table.
fn boleh(jenis: JenisRecord, siapa: Siapa, ubah: Ubah) -> bool {
    use JenisRecord as J;
    use Siapa::*;
    // An admin's file carries the other records as copies: a change one of the record's own
    // parties could have made with a file of their own.
    if siapa == Admin && jenis != J::Pegawai {
        return boleh(jenis, Pegawai, ubah) || boleh(jenis, Atasan, ubah);
    }
    match (jenis, ubah) {
        (J::Pegawai, _) => matches!(siapa, Pegawai | Admin),
        // Approved: the pegawai may not touch it, the atasan only its status; nobody deletes it.
        (J::Skp, _) => false,
        (J::Evaluasi, Ubah::Tanggapan) => siapa == Pegawai,
        (J::Evaluasi, _) => siapa == Atasan,
        (J::Realisasi, _) => siapa == Pegawai,
        // Written by the atasan: only its author changes or deletes it.
        (J::UmpanBalik, _) => siapa == Atasan,
        _ => unreachable!(),
    }
}

fn berkas(siapa: Siapa, r: Record) -> Bundle {
    let (nip, peran) = match siapa {
        Siapa::Pegawai => (NIP, "pegawai"),
        Siapa::Atasan => (ATASAN, "pejabat_penilai"),
        Siapa::Lain => (LAIN, "pegawai"),
        Siapa::Admin => (LAIN, "admin_kepegawaian"),
    };
    let p = Pengekspor {
        nip: nip.into(),
        nama: "X".into(),
        peran: peran.into(),
        lain: Default::default(),
    };
    Bundle::baru(
        JenisBundle::Pegawai,
        p,
        vec![r],
        waktu("2026-07-01T08:00:00+07:00"),
    )
}

fn ubah(mut r: Record, u: Ubah, kata: &str) -> Record {
    r.revisi += 1;
    match (u, r.jenis) {
        (Ubah::Hapus, _) => {
            r.dihapus = true;
            r.data = serde_json::Value::Null;
        }
        (Ubah::Tanggapan, JenisRecord::Evaluasi) => {
            r.data["tanggapan"] = json!({"tanggal": "2026-04-20", "isi": kata});
        }
        (_, JenisRecord::Pegawai) => r.data["golongan"] = json!(kata),
        (_, JenisRecord::Skp) => r.data["rhk"][0]["uraian"] = json!(kata),
        (_, JenisRecord::Evaluasi) => r.data["rating_perilaku"] = json!("diatas_ekspektasi"),
        (_, JenisRecord::Realisasi) => r.data["catatan"] = json!(kata),
        (_, JenisRecord::UmpanBalik) => r.data["isi"] = json!(kata),
        _ => unreachable!(),
    }
    r
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn every_violation_is_refused_and_every_legitimate_change_accepted(
        k in 0usize..5,
        s in 0usize..4,
        u in 0usize..3,
        kata in "[A-Za-z ]{1,20}",
    ) {
        let siapa = [Siapa::Pegawai, Siapa::Atasan, Siapa::Lain, Siapa::Admin][s];
        let jenis_ubah = [Ubah::Isi, Ubah::Tanggapan, Ubah::Hapus][u];
        let semula = lokal()[k].clone();
        let jenis = semula.jenis;
        let r = ubah(semula, jenis_ubah, &kata);
        let id = r.id.clone();
        let hasil = pelanggaran(&lokal(), &berkas(siapa, r), false);
        let harap = boleh(jenis, siapa, jenis_ubah);
        prop_assert_eq!(
            !hasil.contains_key(&id),
            harap,
            "{:?} by {:?} ({:?}): {:?}",
            jenis,
            siapa,
            jenis_ubah,
            hasil.get(&id)
        );
    }
}
