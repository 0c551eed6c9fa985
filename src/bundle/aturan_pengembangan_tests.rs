//! The development records (competency assessment, development plan, award) keep their type's
//! `periksa` on import, as issue 10's rules do for the others (`aturan_tests.rs`).

use super::tests::{ditolak_karena, ubah};
use crate::bundle::contoh::{self, waktu};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Record};
use crate::bundle::gabung::{rencanakan, Rencana, Tindakan};
use crate::bundle::masalah::KodeMasalah;
use crate::bundle::validasi::{baca_teks, Batas, HasilBaca};
use crate::domain::Bahasa;
use serde_json::json;

/// The dry run of a file of `jenis` from `nip` in role `peran`, onto `lokal`.
fn rencana_dari(
    lokal: &[Record],
    jenis: JenisBundle,
    nip: &str,
    peran: &str,
    r: Record,
) -> Rencana {
    let dari = crate::bundle::format::Pengekspor {
        nip: nip.into(),
        nama: "Pengirim".into(),
        peran: peran.into(),
        lain: Default::default(),
    };
    let b = Bundle::baru(jenis, dari, vec![r], waktu("2026-07-01T08:00:00+07:00"));
    match baca_teks("masuk.json", &b.to_json_pretty(), &Batas::default()) {
        HasilBaca::Terbaca(b) => rencanakan(lokal, &b),
        lain => panic!("{lain:?}"),
    }
}

/// The development records keep their type's `periksa` on import. Each file comes from the one
/// who may write the record, so the untouched record lands and only the broken rule refuses.
#[test]
fn a_competency_level_off_the_scale_or_without_its_reason_is_refused() {
    // The pegawai's stored profile names Budi as pejabat penilai.
    let profil = [contoh::record(1, JenisRecord::Pegawai, 1)];
    let dari_penilai = |r: Record| {
        let budi = "197001012000031001";
        rencana_dari(&profil, JenisBundle::Penilaian, budi, "pejabat_penilai", r)
    };
    let baik = dari_penilai(contoh::record(41, JenisRecord::PenilaianKompetensi, 1));
    assert_eq!(baik.jumlah(Tindakan::Tambah), 1, "{baik:#?}");
    let r = ubah(41, JenisRecord::PenilaianKompetensi, |d| {
        d["level"]["kerja_sama"] = json!(0);
        d["level"]["komunikasi"] = json!(6);
        d["alasan"]["integritas"] = json!(" ");
    });
    let rc = dari_penilai(r);
    assert_eq!(
        ditolak_karena(&rc, 41),
        [
            "level_di_luar_skala",
            "level_di_luar_skala",
            "alasan_kompetensi_kosong"
        ]
    );
    let pesan: Vec<String> = rc.entri[0]
        .masalah
        .iter()
        .filter_map(|m| match &m.kode {
            KodeMasalah::AturanDilanggar { galat } => {
                Some(galat.pesan(crate::domain::Rulebook::bawaan(), Bahasa::Id))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        pesan[1],
        "Kompetensi komunikasi: level 6 di luar skala 1–5."
    );
}

#[test]
fn a_development_plan_goal_without_a_title_or_jp_and_an_empty_submitted_plan_are_refused() {
    let dari_pegawai =
        |r: Record| rencana_dari(&[], JenisBundle::Pegawai, contoh::NIP, "pegawai", r);
    let baik = dari_pegawai(contoh::record(42, JenisRecord::RencanaPengembangan, 1));
    assert_eq!(baik.jumlah(Tindakan::Tambah), 1, "{baik:#?}");
    let r = ubah(42, JenisRecord::RencanaPengembangan, |d| {
        d["butir"][0]["tujuan"] = json!(" ");
        d["butir"][0]["jp"] = json!(0.0);
    });
    assert_eq!(
        ditolak_karena(&dari_pegawai(r), 42),
        ["tujuan_kosong", "jp_rencana_tidak_sah"]
    );
    let r = ubah(42, JenisRecord::RencanaPengembangan, |d| {
        d["butir"] = json!([])
    });
    assert_eq!(ditolak_karena(&dari_pegawai(r), 42), ["rencana_kosong"]);
}

#[test]
fn an_award_without_a_name_or_of_an_unknown_kind_is_refused() {
    let dari_admin = |r: Record| {
        let admin = "196801011990031001";
        rencana_dari(&[], JenisBundle::Pegawai, admin, "admin_kepegawaian", r)
    };
    let baik = dari_admin(contoh::record(43, JenisRecord::Penghargaan, 1));
    assert_eq!(baik.jumlah(Tindakan::Tambah), 1, "{baik:#?}");
    let r = ubah(43, JenisRecord::Penghargaan, |d| {
        d["nama"] = json!(" ");
        d["jenis"] = json!("bintang_jasa");
    });
    assert_eq!(
        ditolak_karena(&dari_admin(r), 43),
        ["nama_penghargaan_kosong", "jenis_penghargaan_tidak_dikenal"]
    );
}
