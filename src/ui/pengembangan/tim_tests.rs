//! Worked examples of the pejabat penilai's team JP: who counts as a bawahan (their SKP or
//! profile names them), and each one's JP of the year against the minimum.

use super::*;
use crate::domain::contoh_tests::{d, disetujui, nip, pegawai, skp};
use crate::domain::pegawai::Pejabat;
use crate::store::rekaman::{tulis_isi, JenisRecord};
use crate::store::MemoryStore;

/// The pejabat penilai named in `contoh_tests::pegawai`.
const BUDI: &str = "197001012000031001";
const W: &str = "2026-12-01T09:00:00+07:00";

fn simpan<T: serde::Serialize>(s: &MemoryStore, jenis: JenisRecord, id: &str, isi: &T) {
    tulis_isi(s, jenis, id, isi, None, W).unwrap();
}

/// Ani (8 JP in 2026) and Bayu (25 in 2026, 10 in 2025) name Budi as pejabat penilai; Citra
/// names someone else; nip 4 is known only by an SKP; Eko's kind of ASN has no JP minimum.
/// Budi's own SKP is here too.
fn tim() -> DataKinerja {
    let s = MemoryStore::new();
    let mut citra = pegawai(&nip(3), "Citra", "Bidang Mutasi", "ahli_pertama");
    citra.pejabat_penilai = Some(Pejabat {
        nip: "197201012000031002".into(),
        ..Default::default()
    });
    let mut eko = pegawai(&nip(5), "Eko", "Bidang Mutasi", "ahli_pertama");
    eko.jenis_pegawai = "honorer".into();
    let profil = [
        pegawai(&nip(1), "Ani", "Bidang Mutasi", "ahli_pertama"),
        pegawai(&nip(2), "Bayu", "Bidang Mutasi", "ahli_pertama"),
        citra,
        eko,
    ];
    for p in profil {
        simpan(&s, JenisRecord::Pegawai, &p.nip.clone(), &p);
    }
    for n in [nip(4), BUDI.to_string()] {
        simpan(&s, JenisRecord::Skp, &n, &skp(&n, &n, disetujui()));
    }
    let kegiatan = [
        (1, 5.0, d(2026, 3, 4)),
        (1, 3.0, d(2026, 9, 1)),
        (2, 25.0, d(2026, 5, 2)),
        (2, 10.0, d(2025, 11, 20)),
        (3, 4.0, d(2026, 5, 2)),
    ];
    crate::store::uji::tulis_kegiatan(&s, &kegiatan, W);
    DataKinerja::muat(&s).unwrap()
}

#[test]
fn each_bawahans_jp_of_the_year_against_the_minimum() {
    let rb = Rulebook::bawaan();
    let data = tim();
    let baris = jp_tim(&data, BUDI, 2026, rb, d(2026, 12, 1));
    assert_eq!(
        baris,
        [
            ("Ani".to_string(), nip(1), 8.0, 20.0, 12.0),
            ("Bayu".to_string(), nip(2), 25.0, 20.0, 0.0),
            // Known only by an SKP: shown by NIP, held to a PNS's minimum.
            ("19800105 201003 1 005".to_string(), nip(4), 0.0, 20.0, 20.0),
        ]
    );
    // Bayu's 2025 activity counts in 2025 only.
    let lalu = jp_tim(&data, BUDI, 2025, rb, d(2026, 12, 1));
    assert_eq!(lalu[1], ("Bayu".to_string(), nip(2), 10.0, 20.0, 10.0));
}

#[test]
fn a_profile_naming_another_pejabat_penilai_is_in_their_team_not_budis() {
    let rb = Rulebook::bawaan();
    let data = tim();
    let lain = jp_tim(&data, "197201012000031002", 2026, rb, d(2026, 12, 1));
    let citra = ("Citra".to_string(), nip(3), 4.0, 20.0, 16.0);
    assert!(lain.contains(&citra), "{lain:?}");
    // Ani's and Bayu's profiles name Budi, and no SKP of theirs is here.
    assert!(!lain.iter().any(|b| b.1 == nip(1) || b.1 == nip(2)));
}

#[test]
fn a_bawahan_appointed_after_the_year_owes_nothing_for_it() {
    let rb = Rulebook::bawaan();
    let s = MemoryStore::new();
    let baru = "199801012026031001";
    let p = pegawai(baru, "Fajar", "Bidang Mutasi", "ahli_pertama");
    simpan(&s, JenisRecord::Pegawai, baru, &p);
    let data = DataKinerja::muat(&s).unwrap();
    assert!(jp_tim(&data, BUDI, 2025, rb, d(2026, 12, 1)).is_empty());
    let baris = jp_tim(&data, BUDI, 2026, rb, d(2026, 12, 1));
    assert_eq!(
        baris,
        [("Fajar".to_string(), baru.to_string(), 0.0, 20.0, 20.0)]
    );
}
