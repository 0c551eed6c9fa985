//! The rekap tests' workspace (`impor_rekap_tests.rs`): admin A's device with two teams'
//! files imported as the agency e2e test does, the organisation, and what later files and the
//! admin add; the devices, the export and the import as the data screen runs them.

use super::{ekspor, rencanakan_berkas, terapkan_semua, LaporanBerkas, RingkasanImpor};
use crate::bundle::format::{Bundle, JenisBundle, JenisRecord, Pengekspor, Record};
use crate::bundle::gabung_kolom::KOLOM_BASIS;
use crate::bundle::validasi::Batas;
use crate::domain::evaluasi::{JenisPeriode, Periode, Tanggapan};
use crate::domain::kinerja_organisasi::{PredikatUnit, SumberPredikat};
use crate::domain::organisasi::UnitKerja;
use crate::domain::pengembangan::KegiatanPengembangan;
use crate::domain::progres::{BuktiDukung, Realisasi, UmpanBalik};
use crate::domain::PredikatOrganisasi;
use crate::store::kinerja::{id_evaluasi, DataKinerja};
use crate::store::organisasi::e2e::{impor, semua_berkas, skp_id, Berkas};
use crate::store::organisasi::tim::tim;
use crate::store::organisasi::{self, id_predikat_unit, Ubah};
use crate::store::rekaman::{self, tulis_isi, uuid_nama};
use crate::store::settings::{self, Peran, Settings};
use crate::store::MemoryStore;
use chrono::{DateTime, NaiveDate};
use std::collections::HashMap;

pub(super) const ADMIN: &str = "196801011990031001";
pub(super) const W: &str = "2026-07-08T10:00:00+07:00";

pub(super) fn d(m: u32, h: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, h).unwrap()
}

pub(super) fn tw(ke: u32) -> Periode {
    Periode {
        jenis: JenisPeriode::Triwulanan,
        tahun: 2026,
        ke,
    }
}

/// A device whose person chose `peran`.
pub(super) fn perangkat(peran: Option<Peran>) -> MemoryStore {
    let s = MemoryStore::new();
    let set = Settings {
        peran,
        nip: ADMIN.into(),
        ..Default::default()
    };
    settings::save(&s, &set).unwrap();
    s
}

/// Team 1's first pegawai (Sari, Bidang Mutasi) and her pejabat penilai.
pub(super) fn sari() -> (&'static str, &'static str) {
    let t = tim();
    (t[0].1[0].nip, t[0].0.nip)
}

pub(super) fn unit_mutasi() -> String {
    uuid_nama("unit_kerja", "rekap-mutasi")
}

/// Admin A's workspace: teams 1 and 2 (the pegawai's files, then the pejabat penilai's), two
/// units and a predikat organisasi, and what a later pegawai file and the admin add: a
/// realisasi with a photo, one deleted, the atasan's feedback, a tanggapan, a verified training.
pub(super) fn workspace_a() -> MemoryStore {
    let a = perangkat(Some(Peran::AdminKepegawaian));
    let (pegawai, penilaian) = semua_berkas();
    let t = tim();
    let dua_tim: Vec<&str> = t[..2]
        .iter()
        .flat_map(|(_, b)| b.iter().map(|x| x.nip))
        .collect();
    let milik: Vec<Berkas> = pegawai
        .into_iter()
        .filter(|(n, _)| dua_tim.iter().any(|nip| n.contains(nip)))
        .collect();
    assert_eq!(milik.len(), 6);
    assert_eq!(impor(&a, &milik), 0);
    assert_eq!(impor(&a, &penilaian[..2]), 0);

    let unit = |id: String, nama: &str, alias: &[&str]| UnitKerja {
        id,
        nama: nama.into(),
        alias: alias.iter().map(|x| x.to_string()).collect(),
        ..Default::default()
    };
    let mutasi = unit(unit_mutasi(), "Bidang Mutasi", &["Bid. Mutasi"]);
    let pengembangan = unit(
        uuid_nama("unit_kerja", "rekap-pengembangan"),
        "Bidang Pengembangan",
        &[],
    );
    let mut ubah = organisasi::ubah_tambah(&[mutasi, pengembangan]).unwrap();
    let pu = PredikatUnit {
        unit_id: unit_mutasi(),
        periode: tw(2),
        predikat: PredikatOrganisasi::Baik,
        sumber: SumberPredikat::Ditetapkan,
        catatan: String::new(),
    };
    let id_pu = id_predikat_unit(&unit_mutasi(), &tw(2));
    ubah.push(Ubah::tulis(JenisRecord::PredikatOrganisasi, &id_pu, &pu, None).unwrap());
    organisasi::terapkan(&a, &ubah, W).unwrap();

    let (nip, penilai) = sari();
    let skp = skp_id(nip);
    let foto = uuid_nama("lampiran", "rekap-foto");
    let lampiran = crate::bundle::lampiran::LampiranBaru {
        id: &foto,
        skp_id: &skp,
        realisasi_id: &uuid_nama("realisasi", "rekap-1"),
        pegawai_nip: nip,
        nama: "foto.png",
        mime: "image/png",
    }
    .dengan_byte(crate::bundle::contoh::PNG_1X1);
    let realisasi = |n: &str, bukti: Vec<BuktiDukung>| Realisasi {
        id: uuid_nama("realisasi", n),
        skp_id: skp.clone(),
        iki_id: "iki-1".into(),
        tanggal: d(3, 31),
        nilai: Some(1.0),
        catatan: format!("Realisasi {n}"),
        bukti,
    };
    let r1 = realisasi("rekap-1", vec![BuktiDukung::Lampiran(foto.clone())]);
    tulis_isi(&a, JenisRecord::Realisasi, &r1.id, &r1, None, W).unwrap();
    tulis_isi(&a, JenisRecord::Lampiran, &foto, &lampiran, None, W).unwrap();
    let r2 = realisasi("rekap-2", Vec::new());
    tulis_isi(&a, JenisRecord::Realisasi, &r2.id, &r2, None, W).unwrap();
    rekaman::hapus(&a, JenisRecord::Realisasi, &r2.id, 1, W).unwrap();
    let ub = UmpanBalik {
        id: uuid_nama("umpan_balik", "rekap"),
        skp_id: skp.clone(),
        rhk_id: "rhk-1".into(),
        tanggal: d(4, 2),
        dari_nip: penilai.into(),
        isi: "Pertahankan".into(),
    };
    tulis_isi(&a, JenisRecord::UmpanBalik, &ub.id, &ub, None, W).unwrap();
    let data = DataKinerja::muat(&a).unwrap();
    let ev = data
        .evaluasi
        .iter()
        .find(|e| e.isi.id == id_evaluasi(&skp, &tw(1)))
        .unwrap();
    let mut dijawab = ev.isi.clone();
    dijawab.tanggapan = Some(Tanggapan {
        tanggal: d(4, 20),
        isi: "Saya setuju".into(),
    });
    tulis_isi(
        &a,
        JenisRecord::Evaluasi,
        &dijawab.id,
        &dijawab,
        Some(ev.revisi),
        W,
    )
    .unwrap();
    let k = KegiatanPengembangan {
        id: uuid_nama("kegiatan_pengembangan", "rekap"),
        pegawai_nip: sari().0.into(),
        judul: "Pelatihan manajemen ASN".into(),
        bentuk: "pelatihan_teknis".into(),
        penyelenggara: "BPSDM".into(),
        mulai: d(2, 1),
        selesai: d(2, 3),
        jp: 24.0,
        sertifikat: String::new(),
        terverifikasi: true,
    };
    tulis_isi(&a, JenisRecord::KegiatanPengembangan, &k.id, &k, None, W).unwrap();
    a
}

pub(super) fn rekap_dari(a: &MemoryStore) -> Bundle {
    let p = Pengekspor {
        nip: ADMIN.into(),
        nama: "Nina Kartika".into(),
        peran: "admin_kepegawaian".into(),
        lain: Default::default(),
    };
    let t = DateTime::parse_from_rfc3339("2026-07-10T09:30:00+07:00").unwrap();
    ekspor(a, JenisBundle::Rekap, p, t).unwrap()
}

pub(super) fn jam() -> chrono::NaiveDateTime {
    d(7, 11).and_hms_opt(9, 0, 0).unwrap()
}

/// The dry run of one file, and its application as the data screen does.
pub(super) fn impor_berkas(
    s: &MemoryStore,
    nama: &str,
    teks: &str,
) -> (LaporanBerkas, RingkasanImpor) {
    let batas = Batas::default();
    let lap = rencanakan_berkas(s, nama, teks, &batas).unwrap();
    let berkas = [(nama.to_string(), teks.to_string())];
    let r = terapkan_semua(
        s,
        std::slice::from_ref(&lap),
        &berkas,
        &HashMap::new(),
        jam(),
        &batas,
    )
    .unwrap();
    (lap, r)
}

pub(super) fn rencana(lap: &LaporanBerkas) -> &crate::bundle::gabung::Rencana {
    match lap {
        LaporanBerkas::Rencana(r) => r,
        lain => panic!("not planned: {lain:?}"),
    }
}

/// The records without their base (each device's is what it last received: the same data).
pub(super) fn tanpa_basis(mut rs: Vec<Record>) -> Vec<Record> {
    for r in &mut rs {
        r.lain.remove(KOLOM_BASIS);
    }
    rs
}
