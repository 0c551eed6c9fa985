//! From storage to the screens' tables: records written as the app writes them, read back
//! through `DataKinerja`, counted per unit and written as CSV.

use super::*;
use crate::domain::contoh_tests::{d, disetujui, evaluasi, nip, pegawai, skp, tw};
use crate::domain::kinerja_organisasi::SumberPredikat;
use crate::domain::{Bahasa, Predikat, PredikatOrganisasi};
use crate::store::organisasi::id_predikat_unit;
use crate::store::rekaman::{tulis_isi, JenisRecord};
use crate::store::MemoryStore;
use crate::ui::instansi::tabel_instansi::{tabel_pegawai, tabel_ringkasan, tabel_unit};
use crate::ui::instansi::teks::teks_instansi;
use crate::ui::tabel::{ke_csv, Pemisah, Sel};

const W: &str = "2026-04-20T09:00:00+07:00";

fn unit(id: &str, kode: &str, nama: &str, induk: Option<&str>, alias: &[&str]) -> UnitKerja {
    UnitKerja {
        id: id.into(),
        nama: nama.into(),
        kode: kode.into(),
        induk: induk.map(str::to_string),
        pimpinan_nip: String::new(),
        alias: alias.iter().map(|a| a.to_string()).collect(),
    }
}

/// A Dinas with Bidang Mutasi (also spelt "Bid. Mutasi") and Bidang Pengembangan; Bidang Mutasi
/// is Baik in TW I 2026 but nobody in it is rated Butuh Perbaikan or lower.
fn simpanan() -> MemoryStore {
    let s = MemoryStore::new();
    for u in [
        unit("dinas", "01", "Dinas Kepegawaian", None, &[]),
        unit(
            "mutasi",
            "01.01",
            "Bidang Mutasi",
            Some("dinas"),
            &["Bid. Mutasi"],
        ),
        unit("bang", "01.02", "Bidang Pengembangan", Some("dinas"), &[]),
    ] {
        tulis_isi(&s, JenisRecord::UnitKerja, &u.id.clone(), &u, None, W).unwrap();
    }
    let orang = [
        (1, "Bidang Mutasi", Predikat::SangatBaik),
        (2, "Bid. Mutasi", Predikat::Baik),
        (3, "bidang mutasi", Predikat::Baik),
        (4, "Bidang Pengembangan", Predikat::ButuhPerbaikan),
        (5, "Gudang", Predikat::Baik),
    ];
    for (i, uk, p) in orang {
        let n = nip(i);
        let pg = pegawai(&n, &format!("Pegawai {i}"), uk, "ahli_pertama");
        tulis_isi(&s, JenisRecord::Pegawai, &format!("p{i}"), &pg, None, W).unwrap();
        let sk = skp(&format!("s{i}"), &n, disetujui());
        tulis_isi(&s, JenisRecord::Skp, &sk.id.clone(), &sk, None, W).unwrap();
        let ev = evaluasi(&n, &sk.id, tw(2026, 1), p);
        tulis_isi(&s, JenisRecord::Evaluasi, &ev.id.clone(), &ev, None, W).unwrap();
    }
    let pu = PredikatUnit {
        unit_id: "mutasi".into(),
        periode: tw(2026, 1),
        predikat: PredikatOrganisasi::Baik,
        sumber: SumberPredikat::Ditetapkan,
        catatan: String::new(),
    };
    let id = id_predikat_unit("mutasi", &pu.periode);
    tulis_isi(&s, JenisRecord::PredikatOrganisasi, &id, &pu, None, W).unwrap();
    s
}

fn papan() -> Papan {
    let data = DataKinerja::muat(&simpanan()).unwrap();
    Papan::dari_kinerja(&data, tw(2026, 1), d(2026, 4, 20))
}

#[test]
fn stored_records_become_each_units_figures_and_the_breached_rule() {
    let p = papan();
    let nama: Vec<&str> = p.unit.iter().map(|u| u.nama.as_str()).collect();
    assert_eq!(
        nama,
        ["Dinas Kepegawaian", "Bidang Mutasi", "Bidang Pengembangan"]
    );
    assert_eq!(p.jalur[1], "Dinas Kepegawaian › Bidang Mutasi");
    let mutasi = p.posisi("mutasi").unwrap();
    assert_eq!(p.pegawai_unit(mutasi).len(), 3);
    assert_eq!(p.pegawai_unit(p.posisi("dinas").unwrap()).len(), 4);
    let h = p.rekap.unit[mutasi].distribusi.clone().unwrap().unwrap();
    let kata: Vec<String> = h
        .nilai
        .pelanggaran
        .iter()
        .map(|x| x.uraian(Rulebook::bawaan(), Bahasa::Id, 3))
        .collect();
    assert_eq!(
        kata,
        ["Butuh Perbaikan atau Kurang/Misconduct paling sedikit 1 orang; ada 0."]
    );
    assert_eq!(p.tak_terbaca, 0);
}

#[test]
fn the_unit_table_has_a_line_per_unit_then_the_unknown_unit_then_the_agency() {
    let p = papan();
    let (rb, b) = (Rulebook::bawaan(), Bahasa::Id);
    let x = tabel_unit(&p, rb, teks_instansi(b), b);
    assert_eq!(x.kolom.len(), 2 + 1 + 5 + 2 + 5 + 2);
    assert_eq!(x.baris.len(), 5);
    let mutasi = &x.baris[1];
    assert_eq!(mutasi[0], Sel::teks("Dinas Kepegawaian › Bidang Mutasi"));
    assert_eq!(mutasi[1], Sel::teks("01.01"));
    assert_eq!(mutasi[2], Sel::angka(3), "three pegawai, one by alias");
    assert_eq!(mutasi[15], Sel::teks("Baik"));
    assert_eq!(mutasi[16], Sel::angka(1), "one rule of SE 3/2023 not met");
    assert_eq!(x.tautan[1].as_deref(), Some("#/instansi/unit/mutasi"));
    assert_eq!(x.baris[3][0], Sel::teks("Tanpa unit kerja yang dikenal"));
    assert_eq!(x.tautan[3].as_deref(), Some("#/instansi/unit/-"));
    assert_eq!(x.baris[4][2], Sel::angka(5));
    assert_eq!(x.tautan[4], None);
    let r = tabel_ringkasan(&p.rekap.instansi, rb, teks_instansi(b), b);
    assert_eq!(r.baris[0], vec![Sel::teks("Pegawai"), Sel::angka(5)]);
    assert_eq!(r.baris.len(), 1 + 5 + 2 + 5);
}

#[test]
fn a_units_pegawai_table_keeps_each_nip_whole_in_the_csv() {
    let p = papan();
    let (rb, b) = (Rulebook::bawaan(), Bahasa::En);
    let baris = p.pegawai_unit(p.posisi("mutasi").unwrap());
    let x = tabel_pegawai(&p, baris, rb, teks_instansi(b), b);
    assert_eq!(x.baris[0][0], Sel::Teks(nip(1)));
    assert_eq!(x.baris[0][6], Sel::teks("Very Good"));
    assert_eq!(x.tautan[0], Some(format!("#/instansi/pegawai/{}", nip(1))));
    let csv = ke_csv(&x, Pemisah::Koma);
    let kode = ke_csv(&tabel_unit(&p, rb, teks_instansi(b), b), Pemisah::TitikKoma);
    assert!(
        kode.contains(";\"\t01.01\";3;"),
        "a code is not a date: {kode}"
    );
    assert!(
        csv.contains(&format!("\r\n\"\t{}\",\"Pegawai 1\"", nip(1))),
        "{csv}"
    );
    // The pegawai whose unit does not exist says so.
    let tanpa = tabel_pegawai(&p, p.rekap.pegawai_tanpa_unit(), rb, teks_instansi(b), b);
    assert_eq!(tanpa.baris[0][3], Sel::teks("Gudang (no such unit yet)"));
}

#[test]
fn periods_and_years_offered_include_the_recorded_ones_and_the_default_kind() {
    use crate::domain::evaluasi::JenisPeriode;
    let tercatat = [tw(2026, 2), tw(2025, 4)];
    let v = daftar_periode(2026, &tercatat, JenisPeriode::Semesteran);
    let nama: Vec<(JenisPeriode, u32)> = v.iter().map(|p| (p.jenis, p.ke)).collect();
    assert_eq!(
        nama,
        [
            (JenisPeriode::Triwulanan, 2),
            (JenisPeriode::Semesteran, 1),
            (JenisPeriode::Semesteran, 2),
            (JenisPeriode::Tahunan, 1)
        ]
    );
    assert_eq!(daftar_tahun(&tercatat, 2027, 2026), [2027, 2026, 2025]);
    let data = DataKinerja::muat(&simpanan()).unwrap();
    let ev = data.evaluasi.iter().map(|e| e.isi.periode);
    assert_eq!(periode_awal(ev, d(2026, 9, 1)), tw(2026, 1));
    assert_eq!(
        periode_awal([], d(2026, 9, 1)),
        Periode::memuat(Rulebook::periode_evaluasi_bawaan(), d(2026, 9, 1))
    );
}

/// Two stored records for one unit and period (an import from before one per unit and period
/// was enforced): the dashboard and the organisation screen show the same one, the record at
/// the id every device gives it, else the first by id, whichever storage lists first.
#[test]
fn two_stored_predikat_of_one_unit_and_period_show_the_same_everywhere() {
    let tampil = |lain: &[(&str, PredikatOrganisasi)], kanonik: bool| {
        let s = simpanan();
        let id = id_predikat_unit("mutasi", &tw(2026, 1));
        if !kanonik {
            crate::store::rekaman::hapus(&s, JenisRecord::PredikatOrganisasi, &id, 1, W).unwrap();
        }
        for (id, p) in lain {
            let pu = PredikatUnit {
                unit_id: "mutasi".into(),
                periode: tw(2026, 1),
                predikat: *p,
                sumber: SumberPredikat::Ditetapkan,
                catatan: String::new(),
            };
            tulis_isi(&s, JenisRecord::PredikatOrganisasi, id, &pu, None, W).unwrap();
        }
        let data = DataKinerja::muat(&s).unwrap();
        let p = Papan::dari_kinerja(&data, tw(2026, 1), d(2026, 4, 20));
        let papan = p.rekap.unit[p.posisi("mutasi").unwrap()].predikat.clone();
        let layar = predikat_tersimpan(&data, "mutasi", &tw(2026, 1)).unwrap();
        assert_eq!(papan.as_ref(), Some(layar.isi), "{lain:?}");
        (layar.id.to_string(), layar.isi.predikat)
    };
    let awal = "00000000-0000-4000-8000-000000000000";
    let akhir = "ffffffff-ffff-4fff-bfff-ffffffffffff";
    let id = id_predikat_unit("mutasi", &tw(2026, 1));
    // Stored before and after the canonical record: the canonical one (Baik) stands.
    for lain in [awal, akhir] {
        let x = tampil(&[(lain, PredikatOrganisasi::Kurang)], true);
        assert_eq!(x, (id.clone(), PredikatOrganisasi::Baik));
    }
    // Neither at the canonical id: the first by id, whichever was written first.
    let dua = [
        (akhir, PredikatOrganisasi::Istimewa),
        (awal, PredikatOrganisasi::Kurang),
    ];
    let x = tampil(&dua, false);
    assert_eq!(x, (awal.to_string(), PredikatOrganisasi::Kurang));
}
