//! The words of the synthetic agency (`sintetis.rs`): people's names, the 40 units of a
//! city government (10 offices with three divisions each), and what SKPs, dialogs and
//! evaluations say (the positions and their SKPs: `sintetis_jabatan.rs`).

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
