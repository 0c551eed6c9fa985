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

// ---- award candidates ----

const SEPULUH: &str = "198609262016031001";
const DUA_PULUH: &str = "197505052006041001";
const TIGA_PULUH: &str = "197001011996031002";
const SEBELAS: &str = "198609262015051001";

/// TMT 2016, 2006, 1996 and 2015 by NIP, and nip 7 and 8 (TMT 2010). Annual predikat: Rina
/// and Wati Sangat Baik in 2025 and 2026; Umi in 2024 and 2026 but not 2025; Yanto Baik in
/// 2025 and Sangat Baik in 2026.
fn kantor_penghargaan() -> (DataKinerja, Papan) {
    let (wati, yanto) = (nip(7), nip(8));
    let (wati, yanto) = (wati.as_str(), yanto.as_str());
    let s = kantor(&[
        (SEPULUH, "Rina", "Bidang Mutasi"),
        (DUA_PULUH, "Sigit", "Bidang Mutasi"),
        (TIGA_PULUH, "Tono", "Bidang Pengembangan"),
        (SEBELAS, "Umi", "Bidang Mutasi"),
        (wati, "Wati", "Bidang Mutasi"),
        (yanto, "Yanto", "Bidang Mutasi"),
    ]);
    use Predikat::{Baik, SangatBaik};
    let tahunan = [
        (SEPULUH, 2025, SangatBaik),
        (SEPULUH, 2026, SangatBaik),
        (SEBELAS, 2024, SangatBaik),
        (SEBELAS, 2026, SangatBaik),
        (wati, 2025, SangatBaik),
        (wati, 2026, SangatBaik),
        (yanto, 2025, Baik),
        (yanto, 2026, SangatBaik),
    ];
    for (n, th, predikat) in tahunan {
        let mut sk = skp(&format!("s-{n}-{th}"), n, disetujui());
        (sk.periode_mulai, sk.periode_selesai) = (d(th, 1, 1), d(th, 12, 31));
        let periode = Periode {
            jenis: JenisPeriode::Tahunan,
            tahun: th,
            ke: 1,
        };
        let ev = evaluasi(n, &sk.id, periode, predikat);
        simpan(&s, JenisRecord::Skp, &sk.id.clone(), &sk);
        simpan(&s, JenisRecord::Evaluasi, &ev.id.clone(), &ev);
    }
    baca(&s)
}

fn kandidat(b: Bahasa) -> Tabel {
    let (data, p) = kantor_penghargaan();
    let rb = Rulebook::bawaan();
    let hari = d(2026, 12, 1);
    tabel_penghargaan(rb, &data, &p.rekap.pegawai, &p.jalur, 2026, hari, kata(b))
}

/// The row of `n`: its TMT and its reason.
fn alasan(x: &Tabel, n: &str) -> Option<(String, String)> {
    let i = kolom(x, 1).iter().position(|s| s == n)?;
    let k = kolom(x, 3).swap_remove(i);
    Some((k, kolom(x, 4).swap_remove(i)))
}

#[test]
fn satyalancana_at_ten_twenty_and_thirty_years_of_service_not_eleven() {
    let x = kandidat(Bahasa::Id);
    let satya =
        |n: &str| alasan(&x, n).map(|(tmt, a)| (tmt, a.split("; ").next().unwrap().to_string()));
    assert_eq!(
        satya(SEPULUH),
        Some(("03-2016".into(), "Satyalancana Karya Satya 10 tahun".into()))
    );
    assert_eq!(
        satya(DUA_PULUH),
        Some(("04-2006".into(), "Satyalancana Karya Satya 20 tahun".into()))
    );
    assert_eq!(
        satya(TIGA_PULUH),
        Some(("03-1996".into(), "Satyalancana Karya Satya 30 tahun".into()))
    );
    // Eleven years, and her Sangat Baik run is broken by 2025.
    assert_eq!(alasan(&x, SEBELAS), None);
    assert_eq!(kolom(&x, 2)[0], MUTASI);
}

#[test]
fn sangat_baik_in_consecutive_years_names_the_years_it_rests_on() {
    let x = kandidat(Bahasa::Id);
    assert_eq!(
        alasan(&x, &nip(7)),
        Some((
            "03-2010".into(),
            "Sangat Baik 2025, 2026 (2 tahun berturut-turut)".into()
        ))
    );
    // Both reasons, the service award first (the award form takes the first as the name).
    assert_eq!(
        alasan(&x, SEPULUH).unwrap().1,
        "Satyalancana Karya Satya 10 tahun; Sangat Baik 2025, 2026 (2 tahun berturut-turut)"
    );
    // Baik in 2025 breaks the run.
    assert_eq!(alasan(&x, &nip(8)), None);
    assert_eq!(x.baris.len(), 4);
    let en = kandidat(Bahasa::En);
    assert_eq!(
        alasan(&en, &nip(7)).unwrap().1,
        "Very Good 2025, 2026 (2 years in a row)"
    );
    assert_eq!(en.kolom[4], "Reason");
}

#[test]
fn both_languages_fill_the_same_placeholders() {
    let (id, en) = (kata(Bahasa::Id), kata(Bahasa::En));
    crate::ui::i18n::sama_lubang(&[
        (id.satyalancana, en.satyalancana),
        (id.prestasi, en.prestasi),
    ]);
}
