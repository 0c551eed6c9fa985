use super::*;
use crate::domain::skp::StatusSkp;

fn ukuran(tim: usize, per_tim: usize, benih: u64) -> Ukuran {
    Ukuran {
        tim,
        per_tim,
        benih,
    }
}

fn jam() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2027, 2, 1)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

#[test]
fn the_same_seed_makes_the_same_files() {
    let a = agensi(&ukuran(2, 3, 5));
    let b = agensi(&ukuran(2, 3, 5));
    assert_eq!(a.penilaian, b.penilaian);
    assert_eq!(a.pegawai, b.pegawai);
    assert_eq!(
        (a.penilaian.len(), a.pegawai.len(), a.unit.len()),
        (2, 6, 40)
    );
    assert_ne!(agensi(&ukuran(2, 3, 6)).penilaian, a.penilaian);
}

#[test]
fn the_admin_takes_every_teams_file_into_an_empty_workspace_refusing_nothing() {
    let rb = Rulebook::bawaan();
    let a = agensi(&ukuran(6, 10, 13));
    let s = admin_kosong();
    assert_eq!(impor_semua(&s, &a.penilaian, jam()), 0);
    let data = DataKinerja::muat(&s).unwrap();
    assert_eq!(data.tak_terbaca, 0);
    assert_eq!((data.pegawai.len(), data.skp.len()), (60, 60));
    assert_eq!(data.evaluasi.len(), 300);
    assert!(data
        .skp
        .iter()
        .all(|x| matches!(x.isi.status, StatusSkp::Disetujui { .. })));
    // Every unit is named by someone, some by its abbreviation; NIPs are all different.
    let nip: HashSet<&str> = data.pegawai.iter().map(|p| p.isi.nip.as_str()).collect();
    assert_eq!(nip.len(), 60);
    // Low performers, and dialogs that name their obstacles.
    let mut sebaran: HashMap<Predikat, usize> = HashMap::new();
    for e in &data.evaluasi {
        *sebaran.entry(e.isi.predikat(rb).nilai).or_default() += 1;
    }
    for p in Predikat::SEMUA {
        assert!(
            sebaran.get(&p).is_some_and(|n| *n > 0),
            "{p:?} in {sebaran:?}"
        );
    }
    assert!(sebaran[&Predikat::Baik] > sebaran[&Predikat::ButuhPerbaikan] * 3);
    let dialog = data.dialog.semua();
    assert!(dialog.iter().filter(|d| !d.isi.kendala.is_empty()).count() >= 5);
}

#[test]
fn the_real_flow_still_works_and_only_the_archive_takes_a_team_file_alone() {
    let a = agensi(&ukuran(2, 4, 9));
    // Pegawai files first, then the team's: nothing refused on any device.
    let s = MemoryStore::new();
    assert_eq!(impor_semua(&s, &a.pegawai, jam()), 0);
    assert_eq!(impor_semua(&s, &a.penilaian, jam()), 0);
    // The team's file alone, on a device that is not the admin's: profiles and SKPs refused
    // (each team: 4 profiles, 4 SKPs), and with each SKP everything of it, which no SKP here
    // would hold (each pegawai: 5 evaluations; 2 dialogs in all).
    let s = MemoryStore::new();
    assert_eq!(impor_semua(&s, &a.penilaian, jam()), 16 + 8 * 5 + 2);
    let s = admin_kosong();
    assert_eq!(impor_semua(&s, &a.penilaian, jam()), 0);
}

/// The e2e spec `impor-skala.spec.ts` picks six small team files of the synthetic agency:
/// written here with `PERBARUI_FIXTURE=1`, checked current and importable whole otherwise.
#[test]
fn the_e2e_team_files_are_current_and_import_whole_into_an_empty_admin_workspace() {
    let a = agensi(&ukuran(6, 2, 2026));
    let berkas: Vec<Berkas> = a
        .penilaian
        .iter()
        .enumerate()
        .map(|(i, (_, teks))| (format!("skala-tim-{}.json", i + 1), teks.clone()))
        .collect();
    for (nama, teks) in &berkas {
        crate::bundle::contoh::fixture_e2e_terkini(nama, teks, "sintetis");
    }
    let s = admin_kosong();
    assert_eq!(impor_semua(&s, &berkas, jam()), 0);
    let data = DataKinerja::muat(&s).unwrap();
    assert_eq!((data.pegawai.len(), data.evaluasi.len()), (12, 60));
}
