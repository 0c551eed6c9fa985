//! The file the talent pool's end-to-end test (`tests/e2e/specs/rencana.spec.ts`) gives the
//! admin: team 1 of the agency files (`instansi_e2e_tests.rs`) at the end of 2026. Its pejabat
//! penilai, Budi, holds his team's files and his own, writes each bawahan's annual evaluation
//! (the predikat of their second quarter) and assesses Sari's competencies, all at the
//! standard of her jenjang; his penilaian file is `talenta-penilaian-tim-1.json`. The admin's
//! empty device takes it whole and places Sari (Sangat Baik, JPM 100 %: Optimal, Tinggi) in
//! box 9, a succession candidate for pengawas; the others, never assessed, have no potensial.
//! Run with `PERBARUI_FIXTURE=1` to write the file.

use crate::bundle::format::{JenisBundle, Pengekspor};
use crate::domain::evaluasi::{JenisPeriode, Periode};
use crate::domain::kompetensi::{standar_default, PenilaianKompetensi};
use crate::domain::talenta::{jenjang_pengumpan, posisi_talenta, SumberPotensial};
use crate::domain::Rulebook;
use crate::store::impor::ekspor;
use crate::store::kinerja::DataKinerja;
use crate::store::organisasi::e2e::{impor, semua_berkas, skp_id};
use crate::store::organisasi::tim::tim;
use crate::store::rekaman::{tulis_isi, uuid_nama, JenisRecord};
use crate::store::sintetis::evaluasi_penilai;
use crate::store::MemoryStore;
use chrono::{DateTime, NaiveDate};

const SARI: &str = "198609262015052001";

/// Team 1's own files (each pegawai's profile and SKP).
fn milik() -> Vec<(String, String)> {
    let (_, bawahan) = &tim()[0];
    semua_berkas()
        .0
        .into_iter()
        .filter(|(n, _)| bawahan.iter().any(|b| n.contains(b.nip)))
        .collect()
}

fn berkas() -> String {
    let rb = Rulebook::bawaan();
    let (_, penilaian) = semua_berkas();
    let (budi, bawahan) = &tim()[0];
    let s = MemoryStore::new();
    assert_eq!(impor(&s, &milik()), 0);
    assert_eq!(impor(&s, &penilaian[..1]), 0);
    let w = "2026-12-20T08:00:00+07:00";
    let data = DataKinerja::muat(&s).unwrap();
    let tahunan = Periode {
        jenis: JenisPeriode::Tahunan,
        tahun: 2026,
        ke: 1,
    };
    for x in bawahan {
        let skp = &data.skp_id(&skp_id(x.nip)).unwrap().isi;
        let e = evaluasi_penilai(rb, skp, budi.nip, tahunan, x.predikat[1]);
        tulis_isi(&s, JenisRecord::Evaluasi, &e.id.clone(), &e, None, w).unwrap();
    }
    let standar = standar_default(rb, "ahli_pertama").unwrap();
    let nilai = PenilaianKompetensi {
        id: uuid_nama("penilaian_kompetensi", "e2e-talenta-sari"),
        pegawai_nip: SARI.into(),
        penilai_nip: budi.nip.into(),
        tanggal: NaiveDate::from_ymd_opt(2026, 12, 15).unwrap(),
        penilai: budi.nama.into(),
        level: standar.clone(),
        alasan: standar
            .keys()
            .map(|k| (k.clone(), "Sesuai standar jabatan".into()))
            .collect(),
        standar,
        saran_pengembangan: Vec::new(),
    };
    tulis_isi(
        &s,
        JenisRecord::PenilaianKompetensi,
        &nilai.id.clone(),
        &nilai,
        None,
        w,
    )
    .unwrap();
    let b = ekspor(
        &s,
        JenisBundle::Penilaian,
        Pengekspor {
            nip: budi.nip.into(),
            nama: budi.nama.into(),
            peran: "pejabat_penilai".into(),
            lain: Default::default(),
        },
        DateTime::parse_from_rfc3339("2026-12-21T09:00:00+07:00").unwrap(),
    )
    .unwrap();
    b.to_json_pretty() + "\n"
}

#[test]
fn the_talent_pool_file_is_current_and_places_sari_in_box_nine() {
    let teks = berkas();
    crate::bundle::contoh::fixture_e2e_terkini(
        "talenta-penilaian-tim-1.json",
        &teks,
        "talenta_e2e",
    );
    let rb = Rulebook::bawaan();
    // The admin's device, in the e2e test's order: the team's own files, then Budi's.
    let admin = MemoryStore::new();
    assert_eq!(impor(&admin, &milik()), 0);
    let nama = "talenta-penilaian-tim-1.json".to_string();
    assert_eq!(
        impor(&admin, &[(nama, teks)]),
        0,
        "the admin refused a record"
    );
    let d = DataKinerja::muat(&admin).unwrap();
    let tahunan = d.predikat_tahunan(rb);
    let sari = d.kompetensi_milik(SARI)[0].isi.hasil(rb).unwrap().nilai;
    assert_eq!((sari.jpm, sari.kategori.as_str()), (100.0, "jpm.optimal"));
    let sumber = SumberPotensial::Jpm {
        jpm: sari.jpm,
        kategori: sari.kategori,
    };
    let k = posisi_talenta(rb, &tahunan[SARI], 2026, &sumber)
        .unwrap()
        .nilai;
    assert_eq!(k.nomor, 9);
    assert!(k.kelompok_suksesi);
    assert!(jenjang_pengumpan(rb, "pengawas").contains(&"ahli_pertama".to_string()));
    // The others have a year on record but no potensial.
    let (_, bawahan) = &tim()[0];
    for x in bawahan.iter().filter(|x| x.nip != SARI) {
        let g = posisi_talenta(rb, &tahunan[x.nip], 2026, &SumberPotensial::Tidak).unwrap_err();
        assert_eq!(g.kode, "tanpa_potensial");
    }
}

/// An award reaches the pegawai in the admin's file; the pegawai's own file leaves it out, so
/// their pejabat penilai's device has nothing to refuse.
#[test]
fn an_award_travels_in_the_admins_files_only() {
    use crate::bundle::contoh;
    let s = MemoryStore::new();
    let p = contoh::penghargaan();
    tulis_isi(
        &s,
        JenisRecord::Penghargaan,
        &p.id.clone(),
        &p,
        None,
        "2026-11-10T08:00:00+07:00",
    )
    .unwrap();
    let t = DateTime::parse_from_rfc3339("2026-11-11T09:00:00+07:00").unwrap();
    let dari = |peran: &str| Pengekspor {
        nip: SARI.into(),
        nama: "X".into(),
        peran: peran.into(),
        lain: Default::default(),
    };
    let jumlah = |b: crate::bundle::format::Bundle| {
        b.records
            .iter()
            .filter(|r| r.jenis == JenisRecord::Penghargaan)
            .count()
    };
    assert_eq!(
        jumlah(ekspor(&s, JenisBundle::Pegawai, dari("admin_kepegawaian"), t).unwrap()),
        1
    );
    assert_eq!(
        jumlah(ekspor(&s, JenisBundle::Rekap, dari("admin_kepegawaian"), t).unwrap()),
        1
    );
    assert_eq!(
        jumlah(ekspor(&s, JenisBundle::Pegawai, dari("pegawai"), t).unwrap()),
        0
    );
}
