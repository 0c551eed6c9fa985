//! Test fixtures: one valid domain object of every record type and bundles built from them.

use super::format::{Bundle, JenisBundle, JenisRecord, Pengekspor, Record};
use super::isi::Catatan;
use crate::domain::evaluasi::{Evaluasi, JenisPeriode, PenilaianPerilaku, Periode, RatingRhk};
use crate::domain::kinerja_organisasi::{PredikatUnit, SumberPredikat};
use crate::domain::kuadran::RatingDitetapkan;
use crate::domain::lampiran::Lampiran;
use crate::domain::organisasi::UnitKerja;
use crate::domain::pegawai::{Pegawai, Pejabat};
use crate::domain::pengembangan::KegiatanPengembangan;
use crate::domain::progres::{BuktiDukung, DialogKinerja, Realisasi, UmpanBalik};
use crate::domain::skp::matriks::MatriksPeranHasil;
use crate::domain::skp::{Aspek, Iki, JenisRhk, JenisSkp, Pendekatan, Rhk, Skp, Target};
use crate::domain::{PredikatOrganisasi, Rating, Rulebook};
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde_json::Value;

pub const NIP: &str = "198609262015051001";

pub fn d(y: i32, m: u32, h: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, h).unwrap()
}

pub fn waktu(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

/// A deterministic UUID per number.
pub fn uuid(n: u8) -> String {
    super::format::uuid_v4_dari_byte([n; 16])
}

pub fn pegawai() -> Pegawai {
    Pegawai {
        nip: NIP.into(),
        nama: "Siti <script>alert(1)</script> Rahma".into(),
        jenis_pegawai: "pns".into(),
        golongan: "III/a".into(),
        jenjang: "ahli_pertama".into(),
        jabatan: "Analis Kebijakan Ahli Pertama".into(),
        unit_kerja: "Biro Perencanaan".into(),
        instansi: "Kementerian Contoh".into(),
        pejabat_penilai: Some(Pejabat {
            nip: "197001012000031001".into(),
            nama: "Budi".into(),
            jenjang: "pengawas".into(),
            ..Default::default()
        }),
        ..Default::default()
    }
}

pub fn skp() -> Skp {
    let mut s = Skp::baru(
        &uuid(2),
        NIP,
        JenisSkp::JaJf,
        Pendekatan::Kuantitatif,
        d(2026, 1, 1),
        d(2026, 12, 31),
    );
    s.rhk.push(Rhk {
        id: "rhk-1".into(),
        jenis: JenisRhk::Utama,
        uraian: "Rekomendasi kebijakan".into(),
        rhk_atasan_id: None,
        rhk_atasan_uraian: String::new(),
        penugasan_dari: String::new(),
        perspektif: None,
        iki: vec![Iki {
            id: "iki-1".into(),
            aspek: Aspek::Kuantitas,
            indikator: "Jumlah rekomendasi".into(),
            target: Target::Angka {
                nilai: 4.0,
                satuan: "dokumen".into(),
            },
            akumulasi: Default::default(),
            akumulasi_dipilih: false,
        }],
    });
    s
}

pub fn realisasi() -> Realisasi {
    Realisasi {
        id: uuid(3),
        skp_id: uuid(2),
        iki_id: "iki-1".into(),
        tanggal: d(2026, 3, 31),
        nilai: Some(1.0),
        catatan: "Triwulan 1".into(),
        bukti: vec![BuktiDukung::Tautan("https://contoh.go.id/a".into())],
    }
}

/// A tiny PNG attached to [`realisasi`] (the e2e spec attaches the same bytes).
pub const PNG_1X1: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
    0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

pub fn lampiran() -> Lampiran {
    super::lampiran::LampiranBaru {
        id: &uuid(11),
        skp_id: &uuid(2),
        realisasi_id: &uuid(3),
        pegawai_nip: NIP,
        nama: "foto-kegiatan.png",
        mime: "image/png",
    }
    .dengan_byte(PNG_1X1)
}

pub fn umpan_balik() -> UmpanBalik {
    UmpanBalik {
        id: uuid(4),
        skp_id: uuid(2),
        rhk_id: "rhk-1".into(),
        tanggal: d(2026, 4, 2),
        dari_nip: "197001012000031001".into(),
        isi: "Bagus, pertahankan".into(),
    }
}

pub fn dialog() -> DialogKinerja {
    DialogKinerja {
        id: uuid(5),
        skp_id: uuid(2),
        tanggal: d(2026, 4, 3),
        peserta: vec![NIP.into(), "197001012000031001".into()],
        capaian: "Dua rekomendasi selesai".into(),
        kendala: String::new(),
        langkah_disepakati: String::new(),
        tindak_lanjut: Some(d(2026, 5, 1)),
    }
}

pub fn evaluasi() -> Evaluasi {
    Evaluasi {
        id: uuid(6),
        skp_id: uuid(2),
        pegawai_nip: NIP.into(),
        penilai_nip: "197001012000031001".into(),
        periode: Periode {
            jenis: JenisPeriode::Triwulanan,
            tahun: 2026,
            ke: 1,
        },
        tanggal: d(2026, 4, 5),
        rating_rhk: vec![RatingRhk {
            rhk_id: "rhk-1".into(),
            rating: Rating::SesuaiEkspektasi,
            realisasi: String::new(),
            umpan_balik: String::new(),
        }],
        rating_hasil: RatingDitetapkan {
            rating: Rating::SesuaiEkspektasi,
            saran: None,
            justifikasi: String::new(),
        },
        // Every BerAKHLAK value rated: an evaluation that passes the domain's own checks.
        perilaku: Rulebook::bawaan()
            .berakhlak
            .iter()
            .map(|b| PenilaianPerilaku {
                nilai: b.kode.clone(),
                umpan_balik: String::new(),
            })
            .collect(),
        rating_perilaku: Rating::SesuaiEkspektasi,
        capaian_organisasi: None,
        pimpinan_unit: false,
        tanggapan: None,
    }
}

pub fn kegiatan() -> KegiatanPengembangan {
    KegiatanPengembangan {
        id: uuid(7),
        pegawai_nip: NIP.into(),
        judul: "Pelatihan analisis kebijakan".into(),
        bentuk: "pelatihan_teknis".into(),
        penyelenggara: "LAN".into(),
        mulai: d(2026, 2, 1),
        selesai: d(2026, 2, 3),
        jp: 24.0,
        sertifikat: String::new(),
        terverifikasi: false,
    }
}

/// The pejabat penilai's Format B.1.9 for [`pegawai`], five competencies.
pub fn kompetensi() -> crate::domain::kompetensi::PenilaianKompetensi {
    let kode = [
        "integritas",
        "kerja_sama",
        "komunikasi",
        "orientasi_hasil",
        "perekat_bangsa",
    ];
    crate::domain::kompetensi::PenilaianKompetensi {
        id: uuid(14),
        pegawai_nip: NIP.into(),
        penilai_nip: pegawai().pejabat_penilai.map(|p| p.nip).unwrap_or_default(),
        tanggal: d(2026, 6, 30),
        penilai: "Budi Santoso".into(),
        standar: kode.iter().map(|k| (k.to_string(), 2)).collect(),
        level: kode.iter().map(|k| (k.to_string(), 2)).collect(),
        alasan: kode
            .iter()
            .map(|k| (k.to_string(), "Sesuai standar".into()))
            .collect(),
        saran_pengembangan: Vec::new(),
    }
}

/// [`pegawai`]'s development plan for 2026, submitted (version 1) and not yet decided.
pub fn rencana() -> crate::domain::rencana_pengembangan::RencanaPengembangan {
    use crate::domain::rencana_pengembangan::*;
    RencanaPengembangan {
        id: uuid(15),
        pegawai_nip: NIP.into(),
        tahun: 2026,
        butir: vec![ButirRencana {
            id: "t1".into(),
            tujuan: "Komunikasi tertulis yang lebih ringkas".into(),
            dasar: DasarTujuan::Kesenjangan,
            rujukan: "komunikasi".into(),
            bentuk: "e_learning".into(),
            kegiatan: "Menulis naskah dinas".into(),
            mulai: d(2026, 7, 1),
            selesai: d(2026, 7, 3),
            jp: 12.0,
            status: StatusButir::Direncanakan,
            kegiatan_id: None,
        }],
        diajukan: Some(Pengajuan {
            versi: 1,
            tanggal: d(2026, 6, 30),
        }),
        keputusan: None,
        versi_terakhir: 0,
    }
}

/// An award the admin recorded for [`pegawai`].
pub fn penghargaan() -> crate::domain::penghargaan::Penghargaan {
    crate::domain::penghargaan::Penghargaan {
        id: uuid(16),
        pegawai_nip: NIP.into(),
        jenis: "prestasi".into(),
        nama: "Pegawai Teladan 2025".into(),
        tanggal: d(2026, 1, 15),
        nomor_keputusan: "800/12/2026".into(),
        keterangan: String::new(),
    }
}

/// A potential assessment the admin recorded for [`pegawai`].
pub fn asesmen_potensi() -> crate::domain::asesmen_potensi::AsesmenPotensi {
    crate::domain::asesmen_potensi::AsesmenPotensi {
        id: uuid(17),
        pegawai_nip: NIP.into(),
        tanggal: d(2026, 2, 20),
        potensial: crate::domain::talenta::Potensial::Tinggi,
        penyelenggara: "UPT Penilaian Kompetensi".into(),
        keterangan: "Asesmen potensi, laporan 12/2026".into(),
    }
}

pub fn catatan() -> Catatan {
    Catatan {
        id: uuid(8),
        tanggal: d(2026, 1, 10),
        judul: "Ide".into(),
        isi: "Catatan pribadi".into(),
        skp_id: Some(uuid(2)),
    }
}

/// The leader's matrix giving the fixture pegawai one RHK under the fixture SKP's RHK.
pub fn matriks() -> MatriksPeranHasil {
    let mut m = MatriksPeranHasil {
        skp_atasan_id: uuid(2),
        ..Default::default()
    };
    m.tambah_baris(NIP, "Siti Rahma");
    m.isi("rhk-1", NIP, "Tersusunnya draf rekomendasi");
    m
}

/// The unit of the fixture pegawai (`Biro Perencanaan`), led by the fixture's pejabat penilai.
pub fn unit_kerja() -> UnitKerja {
    UnitKerja {
        id: uuid(60),
        nama: "Biro Perencanaan".into(),
        kode: "02.01".into(),
        induk: None,
        pimpinan_nip: "197001012000031001".into(),
        alias: vec!["Biro Renc.".into()],
    }
}

/// The unit's predikat kinerja organisasi for triwulan I 2026, set by the admin.
pub fn predikat_unit() -> PredikatUnit {
    PredikatUnit {
        unit_id: uuid(60),
        periode: Periode {
            jenis: JenisPeriode::Triwulanan,
            tahun: 2026,
            ke: 1,
        },
        predikat: PredikatOrganisasi::Baik,
        sumber: SumberPredikat::Ditetapkan,
        catatan: "Hasil evaluasi kinerja organisasi triwulan I".into(),
    }
}

/// One record of `jenis` holding its fixture object.
pub fn record(n: u8, jenis: JenisRecord, revisi: u64) -> Record {
    let t = waktu("2026-04-10T09:00:00+07:00");
    let r = match jenis {
        JenisRecord::Pegawai => Record::baru(&uuid(n), jenis, revisi, t, &pegawai()),
        JenisRecord::Skp => Record::baru(&uuid(n), jenis, revisi, t, &skp()),
        JenisRecord::Realisasi => Record::baru(&uuid(n), jenis, revisi, t, &realisasi()),
        JenisRecord::UmpanBalik => Record::baru(&uuid(n), jenis, revisi, t, &umpan_balik()),
        JenisRecord::DialogKinerja => Record::baru(&uuid(n), jenis, revisi, t, &dialog()),
        JenisRecord::Evaluasi => Record::baru(&uuid(n), jenis, revisi, t, &evaluasi()),
        JenisRecord::KegiatanPengembangan => Record::baru(&uuid(n), jenis, revisi, t, &kegiatan()),
        JenisRecord::Catatan => Record::baru(&uuid(n), jenis, revisi, t, &catatan()),
        JenisRecord::MatriksPeranHasil => Record::baru(&uuid(n), jenis, revisi, t, &matriks()),
        JenisRecord::Rulebook => Record::baru(&uuid(n), jenis, revisi, t, Rulebook::bawaan()),
        JenisRecord::Lampiran => Record::baru(&uuid(n), jenis, revisi, t, &lampiran()),
        JenisRecord::UnitKerja => Record::baru(&uuid(n), jenis, revisi, t, &unit_kerja()),
        JenisRecord::PredikatOrganisasi => {
            Record::baru(&uuid(n), jenis, revisi, t, &predikat_unit())
        }
        JenisRecord::PenilaianKompetensi => Record::baru(&uuid(n), jenis, revisi, t, &kompetensi()),
        JenisRecord::RencanaPengembangan => Record::baru(&uuid(n), jenis, revisi, t, &rencana()),
        JenisRecord::Penghargaan => Record::baru(&uuid(n), jenis, revisi, t, &penghargaan()),
        JenisRecord::AsesmenPotensi => Record::baru(&uuid(n), jenis, revisi, t, &asesmen_potensi()),
    };
    let mut r = r.unwrap();
    // A record's `id` is its object's id (the reader refuses a mismatch).
    if let Some(o) = r.data.as_object_mut().filter(|o| o.contains_key("id")) {
        o.insert("id".into(), Value::String(r.id.clone()));
    }
    r
}

pub fn pengekspor() -> Pengekspor {
    Pengekspor {
        nip: NIP.into(),
        nama: "Siti Rahma".into(),
        peran: "pegawai".into(),
        lain: Default::default(),
    }
}

/// A pegawai bundle with one record of every type it may hold but the admin's award (ids
/// 1..=11).
pub fn bundle_pegawai() -> Bundle {
    let records = JenisRecord::SEMUA
        .into_iter()
        .filter(|j| JenisBundle::Pegawai.boleh_memuat(*j) && *j != JenisRecord::Penghargaan)
        .enumerate()
        .map(|(i, j)| record(i as u8 + 1, j, 1))
        .collect();
    Bundle::baru(
        JenisBundle::Pegawai,
        pengekspor(),
        records,
        waktu("2026-04-10T09:30:00+07:00"),
    )
}

/// The bundle as a JSON value, for tests that damage it.
pub fn value_pegawai() -> Value {
    bundle_pegawai().ke_value()
}

/// Checks that the end-to-end fixture `tests/e2e/fixtures/<nama>` holds exactly `teks`, the
/// text the test just built; with `PERBARUI_FIXTURE` set it writes it first. `saring` is the
/// `cargo test` filter named in the message when it is stale.
pub(crate) fn fixture_e2e_terkini(nama: &str, teks: &str, saring: &str) {
    let jalur = format!("{}/tests/e2e/fixtures/{nama}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("PERBARUI_FIXTURE").is_some() {
        std::fs::write(&jalur, teks).unwrap();
    }
    let ada = std::fs::read_to_string(&jalur).unwrap_or_default();
    assert!(
        ada == teks,
        "{jalur} is stale: run PERBARUI_FIXTURE=1 cargo test --lib {saring}"
    );
}
