//! The positions of the synthetic agency (`sintetis.rs`) and the SKP each one's holders
//! write: three RHK (two utama), one or two IKI each.

use crate::domain::skp::Aspek;

/// One IKI of a template: aspect, indicator, target number and unit.
pub(super) type IkiTemplat = (Aspek, &'static str, f64, &'static str);

/// A position and the SKP its holders write: (RHK, utama?, its IKI).
pub(super) struct Jabatan {
    pub jabatan: &'static str,
    pub jenjang: &'static str,
    /// Golongan a PNS holder may have (one of two).
    pub golongan: [&'static str; 2],
    pub golongan_pppk: &'static str,
    pub rhk: &'static [(&'static str, bool, &'static [IkiTemplat])],
}

use Aspek::{Kualitas, Kuantitas, Waktu};

pub(super) const JABATAN: &[Jabatan] = &[
    Jabatan {
        jabatan: "Pengadministrasi Perkantoran",
        jenjang: "pelaksana",
        golongan: ["II/c", "III/a"],
        golongan_pppk: "V",
        rhk: &[
            (
                "Tersusunnya laporan administrasi perkantoran",
                true,
                &[
                    (
                        Kuantitas,
                        "Jumlah laporan administrasi yang disusun",
                        12.0,
                        "laporan",
                    ),
                    (
                        Kualitas,
                        "Persentase laporan yang diterima tanpa perbaikan",
                        90.0,
                        "persen",
                    ),
                ],
            ),
            (
                "Terkelolanya arsip surat masuk dan surat keluar",
                true,
                &[
                    (
                        Kuantitas,
                        "Jumlah surat yang dicatat dan diarsipkan",
                        1200.0,
                        "surat",
                    ),
                    (Waktu, "Rata-rata waktu pencatatan surat", 1.0, "hari"),
                ],
            ),
            (
                "Terlaksananya dukungan kegiatan kepanitiaan",
                false,
                &[(Kuantitas, "Jumlah kegiatan yang didukung", 3.0, "kegiatan")],
            ),
        ],
    },
    Jabatan {
        jabatan: "Pengelola Data dan Informasi",
        jenjang: "pelaksana",
        golongan: ["II/d", "III/b"],
        golongan_pppk: "V",
        rhk: &[
            (
                "Termutakhirkannya basis data kepegawaian dan layanan",
                true,
                &[
                    (Kuantitas, "Jumlah data yang dimutakhirkan", 2400.0, "data"),
                    (
                        Kualitas,
                        "Persentase data tanpa kesalahan isian",
                        95.0,
                        "persen",
                    ),
                ],
            ),
            (
                "Tersajinya rekapitulasi data bulanan",
                true,
                &[
                    (
                        Kuantitas,
                        "Jumlah rekapitulasi yang disajikan",
                        12.0,
                        "dokumen",
                    ),
                    (
                        Waktu,
                        "Rekapitulasi disajikan paling lambat tanggal 5",
                        12.0,
                        "bulan",
                    ),
                ],
            ),
            (
                "Terlaksananya pendampingan aplikasi bagi pengguna",
                false,
                &[(Kuantitas, "Jumlah pengguna yang didampingi", 40.0, "orang")],
            ),
        ],
    },
    Jabatan {
        jabatan: "Analis Kebijakan Ahli Pertama",
        jenjang: "ahli_pertama",
        golongan: ["III/a", "III/b"],
        golongan_pppk: "IX",
        rhk: &[
            (
                "Tersusunnya kajian dan rekomendasi kebijakan",
                true,
                &[
                    (
                        Kuantitas,
                        "Jumlah rekomendasi kebijakan yang disampaikan",
                        4.0,
                        "dokumen",
                    ),
                    (
                        Kualitas,
                        "Persentase rekomendasi yang ditindaklanjuti",
                        75.0,
                        "persen",
                    ),
                ],
            ),
            (
                "Tersusunnya telaahan staf atas isu strategis",
                true,
                &[
                    (Kuantitas, "Jumlah telaahan staf", 6.0, "dokumen"),
                    (Waktu, "Telaahan selesai dalam", 10.0, "hari kerja"),
                ],
            ),
            (
                "Terlaksananya diseminasi hasil kajian",
                false,
                &[(Kuantitas, "Jumlah forum diseminasi", 2.0, "kegiatan")],
            ),
        ],
    },
    Jabatan {
        jabatan: "Analis Sumber Daya Manusia Aparatur Ahli Muda",
        jenjang: "ahli_muda",
        golongan: ["III/c", "III/d"],
        golongan_pppk: "X",
        rhk: &[
            (
                "Tersusunnya analisis kebutuhan pengembangan kompetensi",
                true,
                &[
                    (
                        Kuantitas,
                        "Jumlah dokumen analisis kebutuhan",
                        2.0,
                        "dokumen",
                    ),
                    (
                        Kualitas,
                        "Persentase usulan yang masuk rencana pengembangan",
                        80.0,
                        "persen",
                    ),
                ],
            ),
            (
                "Terselenggaranya penilaian kinerja pegawai tepat waktu",
                true,
                &[
                    (
                        Kuantitas,
                        "Jumlah pegawai yang dinilai kinerjanya",
                        150.0,
                        "orang",
                    ),
                    (Waktu, "Penilaian selesai sebelum batas", 4.0, "triwulan"),
                ],
            ),
            (
                "Terbinanya pengelola kinerja di unit kerja",
                false,
                &[(
                    Kuantitas,
                    "Jumlah bimbingan teknis yang diberikan",
                    3.0,
                    "kegiatan",
                )],
            ),
        ],
    },
    Jabatan {
        jabatan: "Pranata Komputer Terampil",
        jenjang: "terampil",
        golongan: ["II/c", "II/d"],
        golongan_pppk: "VII",
        rhk: &[
            (
                "Terpeliharanya perangkat dan jaringan komputer",
                true,
                &[
                    (Kuantitas, "Jumlah perangkat yang dipelihara", 60.0, "unit"),
                    (Kualitas, "Persentase ketersediaan jaringan", 98.0, "persen"),
                ],
            ),
            (
                "Tertanganinya permintaan layanan teknologi informasi",
                true,
                &[
                    (
                        Kuantitas,
                        "Jumlah permintaan layanan yang diselesaikan",
                        300.0,
                        "tiket",
                    ),
                    (Waktu, "Rata-rata waktu penyelesaian", 2.0, "hari"),
                ],
            ),
            (
                "Terdokumentasikannya konfigurasi sistem",
                false,
                &[(Kuantitas, "Jumlah dokumen konfigurasi", 4.0, "dokumen")],
            ),
        ],
    },
    Jabatan {
        jabatan: "Perencana Ahli Pertama",
        jenjang: "ahli_pertama",
        golongan: ["III/a", "III/b"],
        golongan_pppk: "IX",
        rhk: &[
            (
                "Tersusunnya dokumen perencanaan program dan anggaran",
                true,
                &[
                    (Kuantitas, "Jumlah dokumen perencanaan", 3.0, "dokumen"),
                    (
                        Kualitas,
                        "Persentase indikator yang selaras dengan RPJMD",
                        100.0,
                        "persen",
                    ),
                ],
            ),
            (
                "Terlaksananya pemantauan capaian program",
                true,
                &[
                    (Kuantitas, "Jumlah laporan pemantauan", 4.0, "laporan"),
                    (
                        Waktu,
                        "Laporan disampaikan paling lambat",
                        10.0,
                        "hari kerja",
                    ),
                ],
            ),
            (
                "Terfasilitasinya musyawarah perencanaan",
                false,
                &[(Kuantitas, "Jumlah forum yang difasilitasi", 2.0, "kegiatan")],
            ),
        ],
    },
];
