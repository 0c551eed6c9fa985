//! The files the agency end-to-end test (`tests/e2e/specs/instansi.spec.ts`) gives the admin:
//! three teams going through the existing flow, natively and through the real import path.
//! Each pegawai's device exports their profile and submitted SKP (`instansi-pegawai-*.json`);
//! each pejabat penilai imports those, approves the SKPs, evaluates triwulan I and II 2026
//! (one team also records a dialog kinerja with an obstacle) and exports a penilaian file
//! (`instansi-penilaian-*.json`). The test then imports everything into an admin's empty store,
//! refusing nothing, and checks what the e2e test will look for: the units the profiles name
//! (one spelt two ways), a breached SE 3/2023 rule, a repeated low performer. Run with
//! `PERBARUI_FIXTURE=1` to write the files.

use super::tim::{tim, Bawahan, Penilai};
use crate::bundle::format::{Bundle, JenisBundle, Pengekspor};
use crate::domain::evaluasi::{JenisPeriode, Periode};
use crate::domain::kinerja_rendah::kinerja_rendah;
use crate::domain::organisasi::{usulan_dari_profil, Organisasi, UnitKerja};
use crate::domain::pegawai::{Pegawai, Pejabat};
use crate::domain::progres::DialogKinerja;
use crate::domain::rekap_instansi::{rekap, DataRekap};
use crate::domain::skp::StatusSkp;
use crate::domain::{Bahasa, Predikat, Rulebook};
use crate::store::impor::ekspor;
use crate::store::kinerja::DataKinerja;
use crate::store::rekaman::{tulis_isi, uuid_nama, JenisRecord};
use crate::store::sintetis::{berkas_pegawai, evaluasi_penilai, impor_semua};
use crate::store::{KvStore, MemoryStore};
use chrono::{DateTime, NaiveDate};

fn d(m: u32, h: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, h).unwrap()
}

fn tw(ke: u32) -> Periode {
    Periode {
        jenis: JenisPeriode::Triwulanan,
        tahun: 2026,
        ke,
    }
}

fn pengekspor(nip: &str, nama: &str, peran: &str) -> Pengekspor {
    Pengekspor {
        nip: nip.into(),
        nama: nama.into(),
        peran: peran.into(),
        lain: Default::default(),
    }
}

fn waktu(s: &str) -> DateTime<chrono::FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

pub(crate) fn skp_id(nip: &str) -> String {
    uuid_nama("skp", &format!("e2e-instansi-{nip}"))
}

/// The pegawai's own device: profile and the SKP they submit in January.
fn berkas_milik(p: &Penilai, x: &Bawahan) -> Bundle {
    let rb = Rulebook::bawaan();
    let profil = Pegawai {
        nip: x.nip.into(),
        nama: x.nama.into(),
        jenis_pegawai: "pns".into(),
        golongan: "III/a".into(),
        jenjang: x.jenjang.into(),
        jabatan: format!("Jabatan {}", x.nama),
        unit_kerja: x.unit_kerja.into(),
        instansi: "Pemerintah Kota Contoh".into(),
        pejabat_penilai: Some(Pejabat {
            nip: p.nip.into(),
            nama: p.nama.into(),
            jenjang: "pengawas".into(),
            golongan: "III/d".into(),
            ..Default::default()
        }),
        atasan_pejabat_penilai: None,
        angka_kredit_awal: None,
        angka_kredit_sejak: None,
    };
    // The domain's one-RHK fixture SKP, in this pegawai's words, submitted in January.
    let mut skp = crate::domain::contoh_tests::skp(&skp_id(x.nip), x.nip, StatusSkp::Draft);
    skp.rhk[0].uraian = format!("Layanan kepegawaian oleh {}", x.nama);
    skp.ajukan(rb, d(1, 5)).unwrap();
    let w = ["2026-01-05T08:00:00+07:00", "2026-01-05T09:00:00+07:00"];
    berkas_pegawai(&profil, &skp, w[0], w[1])
}

/// Imports every file into `s` as the data screen does; how many records were refused.
pub(crate) fn impor(s: &MemoryStore, berkas: &[(String, String)]) -> usize {
    impor_semua(s, berkas, d(7, 5).and_hms_opt(10, 0, 0).unwrap())
}

/// The pejabat penilai's device: their team's files in, approvals, two evaluations each, out.
fn berkas_penilaian(p: &Penilai, bawahan: &[Bawahan], masuk: &[(String, String)]) -> Bundle {
    let rb = Rulebook::bawaan();
    let s = MemoryStore::new();
    assert_eq!(impor(&s, masuk), 0);
    let w = "2026-07-03T08:00:00+07:00";
    let data = DataKinerja::muat(&s).unwrap();
    for x in bawahan {
        let tersimpan = data.skp_id(&skp_id(x.nip)).unwrap();
        let mut skp = tersimpan.isi.clone();
        skp.setujui(d(1, 10)).unwrap();
        skp.pejabat_penilai_nip = p.nip.into();
        tulis_isi(
            &s,
            JenisRecord::Skp,
            &skp.id.clone(),
            &skp,
            Some(tersimpan.revisi),
            w,
        )
        .unwrap();
        for (i, pr) in x.predikat.iter().enumerate() {
            let e = evaluasi_penilai(rb, &skp, p.nip, tw(i as u32 + 1), *pr);
            tulis_isi(&s, JenisRecord::Evaluasi, &e.id.clone(), &e, None, w).unwrap();
        }
        if x.predikat.contains(&Predikat::ButuhPerbaikan) {
            let dl = DialogKinerja {
                id: uuid_nama("dialog_kinerja", &format!("e2e-instansi-{}", x.nip)),
                skp_id: skp.id.clone(),
                tanggal: d(5, 12),
                peserta: vec![x.nip.into(), p.nip.into()],
                capaian: "Baru 20 dari 60 berkas".into(),
                kendala: "Data pelatihan dari BPSDM belum diterima".into(),
                langkah_disepakati: "Minta data langsung ke BPSDM".into(),
                tindak_lanjut: Some(d(6, 1)),
            };
            tulis_isi(&s, JenisRecord::DialogKinerja, &dl.id.clone(), &dl, None, w).unwrap();
        }
    }
    ekspor(
        &s,
        JenisBundle::Penilaian,
        pengekspor(p.nip, p.nama, "pejabat_penilai"),
        waktu("2026-07-05T09:00:00+07:00"),
    )
    .unwrap()
}

/// A file's name and text.
pub(crate) type Berkas = (String, String);

pub(crate) fn semua_berkas() -> (Vec<Berkas>, Vec<Berkas>) {
    let mut pegawai = Vec::new();
    let mut penilaian = Vec::new();
    for (k, (p, bawahan)) in tim().iter().enumerate() {
        let milik: Vec<(String, String)> = bawahan
            .iter()
            .map(|x| {
                let b = berkas_milik(p, x);
                (
                    format!("instansi-pegawai-{}.json", x.nip),
                    b.to_json_pretty() + "\n",
                )
            })
            .collect();
        let b = berkas_penilaian(p, bawahan, &milik);
        penilaian.push((
            format!("instansi-penilaian-tim-{}.json", k + 1),
            b.to_json_pretty() + "\n",
        ));
        pegawai.extend(milik);
    }
    (pegawai, penilaian)
}

#[test]
fn the_e2e_files_for_the_agency_are_current_and_import_whole() {
    let (pegawai, penilaian) = semua_berkas();
    assert_eq!((pegawai.len(), penilaian.len()), (8, 3));
    for (nama, teks) in pegawai.iter().chain(&penilaian) {
        crate::bundle::contoh::fixture_e2e_terkini(nama, teks, "instansi_e2e");
    }
    // The admin's device, in the e2e test's order: the pegawai's files, then the penilai's.
    let admin = MemoryStore::new();
    assert_eq!(impor(&admin, &pegawai), 0, "a pegawai file lost a record");
    assert_eq!(
        impor(&admin, &penilaian),
        0,
        "a penilaian file lost a record"
    );
    let data = DataKinerja::muat(&admin).unwrap();
    assert_eq!(data.pegawai.len(), 8);
    assert_eq!(data.evaluasi.len(), 16);
    assert!(data.skp.iter().all(|s| matches!(
        s.isi.status,
        crate::domain::skp::StatusSkp::Disetujui { .. }
    )));
    // The units the admin takes from the profiles, then merges "Bid. Mutasi" into Bidang Mutasi.
    let kosong = Organisasi::baru(std::iter::empty());
    let usulan = usulan_dari_profil(
        &kosong,
        data.pegawai.iter().map(|p| p.isi.unit_kerja.as_str()),
    );
    let nama: Vec<&str> = usulan.iter().map(|u| u.nama.as_str()).collect();
    assert_eq!(
        nama,
        [
            "Bid. Mutasi",
            "Bidang Mutasi",
            "Bidang Pengembangan",
            "Sekretariat"
        ]
    );
    let unit = |id: &str, nama: &str, alias: &[&str]| UnitKerja {
        id: id.into(),
        nama: nama.into(),
        alias: alias.iter().map(|a| a.to_string()).collect(),
        ..Default::default()
    };
    let units = [
        unit("m", "Bidang Mutasi", &["Bid. Mutasi"]),
        unit("p", "Bidang Pengembangan", &[]),
        unit("s", "Sekretariat", &["sekretariat"]),
    ];
    let org = Organisasi::baru(&units);
    let predikat = [crate::domain::kinerja_organisasi::PredikatUnit {
        unit_id: "m".into(),
        periode: tw(2),
        predikat: crate::domain::PredikatOrganisasi::Baik,
        sumber: crate::domain::kinerja_organisasi::SumberPredikat::Ditetapkan,
        catatan: String::new(),
    }];
    let rb = Rulebook::bawaan();
    let rd = DataRekap {
        pegawai: data.pegawai.iter().map(|p| &p.isi).collect(),
        skp: data.skp.iter().map(|s| &s.isi).collect(),
        evaluasi: data.evaluasi.iter().map(|e| &e.isi).collect(),
        predikat_unit: predikat.iter().collect(),
    };
    let r = rekap(rb, &org, &rd, tw(2), d(11, 1));
    let m = &r.unit[org.posisi("m").unwrap()];
    assert_eq!(m.ringkasan.jumlah_pegawai, 3);
    let h = m.distribusi.clone().unwrap().unwrap();
    let kata: Vec<String> = h
        .nilai
        .pelanggaran
        .iter()
        .map(|x| x.uraian(rb, Bahasa::Id, 3))
        .collect();
    assert_eq!(
        kata,
        ["Butuh Perbaikan atau Kurang/Misconduct paling sedikit 1 orang; ada 0."]
    );
    let dialog: Vec<&DialogKinerja> = data.dialog.semua().iter().map(|x| &x.isi).collect();
    let rendah = kinerja_rendah(rb, &r, &data.masukan_rekap(), &rd.skp, &dialog);
    let nips: Vec<&str> = rendah.iter().map(|k| k.nip.as_str()).collect();
    assert_eq!(nips, ["198805052012012004", "199203032018012007"]);
    assert!(rendah[0].berulang && !rendah[1].berulang);
    assert_eq!(
        rendah[0].kendala[0].kendala,
        "Data pelatihan dari BPSDM belum diterima"
    );
    assert!(rendah[0].angka_kredit.is_some());
    // Nothing the admin stored is the pegawai's to lose: every key is a record.
    assert!(admin
        .keys()
        .unwrap()
        .iter()
        .all(|k| !k.contains("quarantine")));
}
