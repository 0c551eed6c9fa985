//! The words of the synthetic agency (`sintetis.rs`): people's names, the 40 units of a
//! city government (10 offices with three divisions each), the positions and the SKP each
//! position writes, and what dialogs and evaluations say.

use crate::domain::skp::Aspek;

pub(super) const NAMA_PEREMPUAN: &[&str] = &[
    "Siti", "Dewi", "Sri", "Rina", "Maya", "Ayu", "Putri", "Indah", "Wulan", "Ratna", "Fitri",
    "Nur", "Lestari", "Yuni", "Novi", "Dian", "Ani", "Rahma", "Intan", "Kartika", "Mega", "Anisa",
    "Nadia", "Citra", "Eka", "Yulia", "Tri", "Wahyuni", "Sari", "Gita",
];

pub(super) const NAMA_LAKI: &[&str] = &[
    "Budi", "Agus", "Andi", "Eko", "Hendra", "Joko", "Rudi", "Dedi", "Bambang", "Fajar", "Arif",
    "Yusuf", "Rizky", "Hadi", "Wahyu", "Dimas", "Teguh", "Imam", "Bayu", "Ahmad", "Muhammad",
    "Irfan", "Gilang", "Taufik", "Surya", "Herman", "Rahmat", "Adi", "Yoga", "Putu",
];

pub(super) const NAMA_BELAKANG: &[&str] = &[
    "Santoso",
    "Wijaya",
    "Saputra",
    "Pratama",
    "Lestari",
    "Nugroho",
    "Kurniawan",
    "Setiawan",
    "Hidayat",
    "Wulandari",
    "Permata",
    "Siregar",
    "Nasution",
    "Harahap",
    "Simanjuntak",
    "Hutapea",
    "Sitompul",
    "Lubis",
    "Rahayu",
    "Susanti",
    "Purnomo",
    "Gunawan",
    "Firmansyah",
    "Ramadhan",
    "Maharani",
    "Anggraini",
    "Situmorang",
    "Manurung",
    "Daulay",
    "Pane",
    "Tanjung",
    "Panjaitan",
    "Sihombing",
    "Marpaung",
    "Sembiring",
    "Ginting",
    "Tarigan",
    "Sinaga",
];

/// Degrees some names carry, as the profile writes them.
pub(super) const GELAR: &[&str] = &["", "", "", "S.E.", "S.Kom.", "S.H.", "S.T.", "M.Si."];

/// Ten offices, each with three divisions: (office, [divisions]).
pub(super) const UNIT: [(&str, [&str; 3]); 10] = [
    (
        "Sekretariat Daerah",
        ["Bagian Umum", "Bagian Hukum", "Bagian Organisasi"],
    ),
    (
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        [
            "Bidang Mutasi dan Promosi",
            "Bidang Pengembangan Kompetensi",
            "Bidang Penilaian Kinerja Aparatur",
        ],
    ),
    (
        "Dinas Pendidikan",
        [
            "Bidang Pembinaan Sekolah Dasar",
            "Bidang Pembinaan Sekolah Menengah Pertama",
            "Bidang Pendidik dan Tenaga Kependidikan",
        ],
    ),
    (
        "Dinas Kesehatan",
        [
            "Bidang Kesehatan Masyarakat",
            "Bidang Pelayanan Kesehatan",
            "Bidang Pencegahan dan Pengendalian Penyakit",
        ],
    ),
    (
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        [
            "Bidang Bina Marga",
            "Bidang Sumber Daya Air",
            "Bidang Penataan Ruang",
        ],
    ),
    (
        "Dinas Sosial",
        [
            "Bidang Rehabilitasi Sosial",
            "Bidang Perlindungan dan Jaminan Sosial",
            "Bidang Pemberdayaan Sosial",
        ],
    ),
    (
        "Badan Perencanaan Pembangunan Daerah",
        [
            "Bidang Perencanaan Perekonomian",
            "Bidang Perencanaan Infrastruktur",
            "Bidang Penelitian dan Pengembangan",
        ],
    ),
    (
        "Dinas Kependudukan dan Pencatatan Sipil",
        [
            "Bidang Pelayanan Pendaftaran Penduduk",
            "Bidang Pelayanan Pencatatan Sipil",
            "Bidang Pengelolaan Informasi Administrasi Kependudukan",
        ],
    ),
    (
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        [
            "Bidang Anggaran",
            "Bidang Perbendaharaan",
            "Bidang Pengelolaan Aset",
        ],
    ),
    (
        "Dinas Komunikasi dan Informatika",
        [
            "Bidang Aplikasi Informatika",
            "Bidang Statistik",
            "Bidang Persandian",
        ],
    ),
];

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

/// What a pejabat penilai writes as an expectation on some BerAKHLAK values.
pub(super) const EKSPEKTASI: &[&str] = &[
    "Menjawab permintaan layanan paling lambat satu hari kerja",
    "Melaporkan kemajuan pekerjaan setiap akhir bulan",
    "Mengikuti paling sedikit satu pelatihan teknis tahun ini",
    "Menjaga suasana kerja yang saling menghargai",
    "Menaati jam kerja dan ketentuan disiplin",
    "Mencoba cara kerja baru bila layanan terhambat",
    "Berbagi data dan dokumen dengan tim lain tepat waktu",
];

/// Obstacles named in dialog kinerja.
pub(super) const KENDALA: &[&str] = &[
    "Data dari unit pengampu belum diterima tepat waktu",
    "Aplikasi pendukung sering tidak dapat diakses",
    "Beban tugas tambahan kepanitiaan menyita waktu",
    "Belum mengikuti pelatihan teknis yang dibutuhkan",
    "Izin sakit berkepanjangan pada triwulan ini",
    "Perubahan prioritas kegiatan di tengah tahun",
    "Koordinasi dengan instansi vertikal belum berjalan",
];

/// The steps agreed to overcome them (same order).
pub(super) const LANGKAH: &[&str] = &[
    "Meminta data langsung kepada pengampu dan mencatat tenggatnya",
    "Melaporkan gangguan kepada pengelola aplikasi setiap kali terjadi",
    "Membagi ulang tugas kepanitiaan dalam tim",
    "Didaftarkan pada pelatihan teknis triwulan berikutnya",
    "Tugas dialihkan sementara kepada rekan satu tim",
    "Menyesuaikan target triwulan dengan prioritas baru",
    "Menjadwalkan rapat koordinasi bulanan",
];

/// Feedback per rating (di bawah, sesuai, di atas ekspektasi).
pub(super) const UMPAN_BALIK: [&str; 3] = [
    "Capaian masih di bawah target; perlu pendampingan dan rencana perbaikan",
    "Capaian sesuai target, pertahankan",
    "Capaian melampaui target dengan kualitas yang baik",
];
