//! Worked examples of the agency's development tables: records written as the app writes them,
//! read back through `DataKinerja` and scoped by unit the way the screen does (`Papan`).

use super::*;
use crate::bundle::contoh;
use crate::domain::contoh_tests::{d, disetujui, evaluasi, nip, pegawai, skp, tw};
use crate::domain::evaluasi::{JenisPeriode, Periode};
use crate::domain::organisasi::UnitKerja;
use crate::domain::Predikat;
use crate::store::rekaman::{tulis_isi, JenisRecord};
use crate::store::MemoryStore;
use crate::ui::instansi::papan::Papan;
use crate::ui::instansi::pengembangan::kata;

const W: &str = "2026-12-01T09:00:00+07:00";
const MUTASI: &str = "Dinas Kepegawaian › Bidang Mutasi";

fn simpan<T: serde::Serialize>(s: &MemoryStore, jenis: JenisRecord, id: &str, isi: &T) {
    tulis_isi(s, jenis, id, isi, None, W).unwrap();
}

/// A Dinas with Bidang Mutasi and Bidang Pengembangan, and the profiles of `orang` (NIP, name,
/// unit name).
fn kantor(orang: &[(&str, &str, &str)]) -> MemoryStore {
    let s = MemoryStore::new();
    let unit = [
        ("dinas", "01", "Dinas Kepegawaian", None),
        ("mutasi", "01.01", "Bidang Mutasi", Some("dinas")),
        ("bang", "01.02", "Bidang Pengembangan", Some("dinas")),
    ];
    for (id, kode, nama, induk) in unit {
        let u = UnitKerja {
            id: id.into(),
            kode: kode.into(),
            nama: nama.into(),
            induk: induk.map(str::to_string),
            alias: Vec::new(),
            ..contoh::unit_kerja()
        };
        simpan(&s, JenisRecord::UnitKerja, id, &u);
    }
    for (n, nama, unit) in orang {
        simpan(
            &s,
            JenisRecord::Pegawai,
            n,
            &pegawai(n, nama, unit, "ahli_pertama"),
        );
    }
    s
}

fn baca(s: &MemoryStore) -> (DataKinerja, Papan) {
    let data = DataKinerja::muat(s).unwrap();
    let p = Papan::dari_kinerja(&data, tw(2026, 4), d(2026, 12, 1));
    (data, p)
}

/// The text of column `j` of each row.
fn kolom(x: &Tabel, j: usize) -> Vec<String> {
    x.baris
        .iter()
        .map(|b| match &b[j] {
            Sel::Teks(s) => s.clone(),
            lain => format!("{lain:?}"),
        })
        .collect()
}

// ---- JP compliance ----

/// Ani 8 JP, Bayu 15 (and 30 that ended in 2025), Citra exactly 20, Dewi none, Eko 32; the
/// minimum for a PNS is 20. Nip 6 has only an SKP here, no profile.
fn kantor_jp() -> (DataKinerja, Papan) {
    let s = kantor(&[
        (nip(1).as_str(), "Ani", "Bidang Mutasi"),
        (nip(2).as_str(), "Bayu", "Bidang Pengembangan"),
        (nip(3).as_str(), "Citra", "Bidang Mutasi"),
        (nip(4).as_str(), "Dewi", "Bidang Mutasi"),
        (nip(5).as_str(), "Eko", "Bidang Pengembangan"),
    ]);
    let kegiatan = [
        (1, 5.0, d(2026, 3, 4)),
        (1, 3.0, d(2026, 9, 1)),
        (2, 15.0, d(2026, 5, 2)),
        (2, 30.0, d(2025, 12, 31)),
        (3, 20.0, d(2026, 2, 3)),
        (5, 32.0, d(2026, 10, 9)),
    ];
    crate::store::uji::tulis_kegiatan(&s, &kegiatan, W);
    let sk = skp("s6", &nip(6), disetujui());
    simpan(&s, JenisRecord::Skp, "s6", &sk);
    baca(&s)
}

#[test]
fn those_below_the_jp_minimum_largest_shortfall_first() {
    let (data, p) = kantor_jp();
    let rb = Rulebook::bawaan();
    let (x, dihitung) = tabel_jp(
        rb,
        &data,
        &p.rekap.pegawai,
        &p.jalur,
        2026,
        d(2026, 12, 1),
        kata(Bahasa::Id),
    );
    assert_eq!(x.kolom[5], "Kurang (JP)");
    // Citra (at the minimum) and Eko (above) are not listed; the SKP-only nip 6 is not counted.
    assert_eq!(kolom(&x, 0), ["Dewi", "Ani", "Bayu"]);
    assert_eq!(dihitung, 5);
    let angka = |b: &Vec<Sel>| (b[3].clone(), b[4].clone(), b[5].clone());
    assert_eq!(
        angka(&x.baris[0]),
        (Sel::Angka(0.0), Sel::Angka(20.0), Sel::Angka(20.0))
    );
    assert_eq!(
        angka(&x.baris[1]),
        (Sel::Angka(8.0), Sel::Angka(20.0), Sel::Angka(12.0))
    );
    // Bayu's 30 JP of 2025 do not count towards 2026.
    assert_eq!(
        angka(&x.baris[2]),
        (Sel::Angka(15.0), Sel::Angka(20.0), Sel::Angka(5.0))
    );
    assert_eq!(x.baris[1][1], Sel::Teks(nip(1)));
    assert_eq!(x.baris[1][2], Sel::teks(MUTASI));
    assert_eq!(x.tautan[1], Some(format!("#/instansi/pegawai/{}", nip(1))));
    // In 2025 Bayu's 30 JP meet the minimum; the others had nothing that year.
    let (x, _) = tabel_jp(
        rb,
        &data,
        &p.rekap.pegawai,
        &p.jalur,
        2025,
        d(2026, 12, 1),
        kata(Bahasa::Id),
    );
    assert_eq!(kolom(&x, 0), ["Ani", "Citra", "Dewi", "Eko"]);
}

#[test]
fn nobody_owes_the_jp_of_a_year_before_their_appointment() {
    // TMT CPNS March 2026 (the NIP's digits): nothing owed for 2025, the minimum in 2026.
    let s = kantor(&[("199801012026031001", "Fajar", "Bidang Mutasi")]);
    let data = DataKinerja::muat(&s).unwrap();
    let rb = Rulebook::bawaan();
    let di = |tahun: i32| {
        let p = Papan::dari_kinerja(&data, tw(tahun, 4), d(2026, 12, 1));
        let (x, n) = tabel_jp(
            rb,
            &data,
            &p.rekap.pegawai,
            &p.jalur,
            tahun,
            d(2026, 12, 1),
            kata(Bahasa::Id),
        );
        (kolom(&x, 0), n)
    };
    assert_eq!(di(2025), (Vec::<String>::new(), 0));
    assert_eq!(di(2026), (vec!["Fajar".to_string()], 1));
}

#[test]
fn the_jp_table_follows_the_chosen_unit() {
    let (data, p) = kantor_jp();
    let rb = Rulebook::bawaan();
    let di = |unit: &str| {
        let pg = p.pegawai_unit(p.posisi(unit).unwrap());
        let (x, n) = tabel_jp(
            rb,
            &data,
            pg,
            &p.jalur,
            2026,
            d(2026, 12, 1),
            kata(Bahasa::En),
        );
        (kolom(&x, 0), n)
    };
    assert_eq!(di("mutasi"), (vec!["Dewi".to_string(), "Ani".into()], 3));
    assert_eq!(di("bang"), (vec!["Bayu".to_string()], 2));
    // The Dinas holds both Bidang.
    assert_eq!(di("dinas").1, 5);
}

// ---- training needs ----

/// Gaps (competency, standard, level) on top of the fixture's five competencies at standard 2.
fn kompetensi(
    id: &str,
    n: &str,
    tanggal: NaiveDate,
    gap: &[(&str, u8, u8)],
) -> PenilaianKompetensi {
    let mut k = PenilaianKompetensi {
        id: id.into(),
        pegawai_nip: n.into(),
        tanggal,
        ..contoh::kompetensi()
    };
    for (kode, standar, level) in gap {
        k.standar.insert(kode.to_string(), *standar);
        k.level.insert(kode.to_string(), *level);
    }
    k
}

/// Ani's latest assessment falls short in komunikasi and kerja sama (her older one, in
/// integritas and orientasi hasil), Bayu's in komunikasi by 1, Citra's in komunikasi by 2;
/// Dewi meets every standard.
fn kantor_kebutuhan() -> (DataKinerja, Papan) {
    let (ani, bayu, citra, dewi) = (nip(1), nip(2), nip(3), nip(4));
    let s = kantor(&[
        (&*ani, "Ani", "Bidang Mutasi"),
        (&*bayu, "Bayu", "Bidang Pengembangan"),
        (&*citra, "Citra", "Bidang Mutasi"),
        (&*dewi, "Dewi", "Bidang Mutasi"),
    ]);
    let semua = [
        kompetensi(
            "a-2025",
            &ani,
            d(2025, 6, 30),
            &[("integritas", 2, 1), ("orientasi_hasil", 2, 1)],
        ),
        kompetensi(
            "a-2026",
            &ani,
            d(2026, 6, 30),
            &[("komunikasi", 2, 1), ("kerja_sama", 2, 1)],
        ),
        kompetensi("b", &bayu, d(2026, 5, 1), &[("komunikasi", 2, 1)]),
        kompetensi("c", &citra, d(2026, 3, 1), &[("komunikasi", 3, 1)]),
        kompetensi("d", &dewi, d(2026, 3, 1), &[]),
    ];
    for k in semua {
        simpan(&s, JenisRecord::PenilaianKompetensi, &k.id.clone(), &k);
    }
    baca(&s)
}

#[test]
fn the_most_frequent_gaps_of_each_pegawais_latest_assessment() {
    let (data, p) = kantor_kebutuhan();
    let rb = Rulebook::bawaan();
    let x = tabel_kebutuhan(rb, &data, &p.rekap.pegawai, kata(Bahasa::Id), Bahasa::Id);
    // Komunikasi: three pegawai, 1 + 1 + 2 levels. Integritas was short only in Ani's older
    // assessment, so it is not listed.
    assert_eq!(
        x.baris,
        [
            vec![Sel::teks("Komunikasi"), Sel::angka(3), Sel::Angka(-1.33)],
            vec![Sel::teks("Kerja Sama"), Sel::angka(1), Sel::Angka(-1.0)],
        ]
    );
    let en = tabel_kebutuhan(rb, &data, &p.rekap.pegawai, kata(Bahasa::En), Bahasa::En);
    assert_eq!(en.kolom[1], "Employees below standard");
    assert_eq!(en.baris[0][0], Sel::teks("Communication"));
    assert_eq!(en.baris[0][2], Sel::Angka(-1.33));
    // Bidang Mutasi alone: Ani and Citra short in komunikasi (1 + 2 levels).
    let mutasi = p.pegawai_unit(p.posisi("mutasi").unwrap());
    let x = tabel_kebutuhan(rb, &data, mutasi, kata(Bahasa::Id), Bahasa::Id);
    assert_eq!(x.baris[0][1..], [Sel::angka(2), Sel::Angka(-1.5)]);
}

// ---- award candidates (and the award form filled from one) ----

#[path = "tabel_penghargaan_tests.rs"]
mod penghargaan;

#[test]
fn both_languages_fill_the_same_placeholders() {
    let (id, en) = (kata(Bahasa::Id), kata(Bahasa::En));
    crate::ui::i18n::sama_lubang(&[
        (id.satyalancana, en.satyalancana),
        (id.prestasi, en.prestasi),
    ]);
}
