//! Text of the printable SKP and evaluation documents, both languages side by side.
//! Regulation concepts (ratings, predikat, aspek, BerAKHLAK, kinds of period) come from the
//! rulebook; only the document's frame and calendar words live here.

use crate::domain::Bahasa;

pub struct TeksCetak {
    pub judul_skp: &'static str,
    pub judul_evaluasi: &'static str,
    pub periode: &'static str,
    pub jenis_periode: &'static str,
    /// `{mulai}` to `{selesai}`.
    pub rentang: &'static str,
    /// Per `JenisPeriode` (bulanan, triwulanan, semesteran, tahunan): `{ke}` (month name or
    /// roman numeral) and `{tahun}`.
    pub nama_periode: [&'static str; 4],
    pub bulan: [&'static str; 12],
    pub pegawai_dinilai: &'static str,
    pub pejabat_penilai: &'static str,
    pub atasan_penilai: &'static str,
    pub no: &'static str,
    pub nama: &'static str,
    pub nip: &'static str,
    pub pangkat: &'static str,
    pub jabatan: &'static str,
    pub unit_kerja: &'static str,
    pub instansi: &'static str,
    pub hasil_kerja: &'static str,
    pub utama: &'static str,
    pub tambahan: &'static str,
    pub tidak_ada: &'static str,
    pub kol_rhk_atasan: &'static str,
    pub kol_rhk: &'static str,
    pub kol_aspek: &'static str,
    pub kol_iki: &'static str,
    pub kol_target: &'static str,
    pub kol_perspektif: &'static str,
    pub kol_realisasi: &'static str,
    pub kol_umpan_balik: &'static str,
    pub kol_rating: &'static str,
    /// `{asal}`.
    pub penugasan: &'static str,
    pub perilaku_kerja: &'static str,
    pub kol_perilaku: &'static str,
    pub kol_ekspektasi: &'static str,
    pub lampiran: &'static str,
    pub lampiran_nama: [&'static str; 3],
    pub status: &'static str,
    /// `{tanggal}`.
    pub pada_tanggal: &'static str,
    pub alasan_dikembalikan: &'static str,
    pub draf_catatan: &'static str,
    /// `{tempat}`, `{tanggal}`.
    pub tempat_tanggal: &'static str,
    pub titik: &'static str,
    pub ttd_pegawai: &'static str,
    pub ttd_penilai: &'static str,
    pub ttd_atasan: &'static str,
    pub capaian_organisasi: &'static str,
    pub belum_ditetapkan: &'static str,
    pub tanggal_evaluasi: &'static str,
    pub rating_hasil: &'static str,
    pub saran_sistem: &'static str,
    pub justifikasi: &'static str,
    pub pimpinan_unit: &'static str,
    pub rating_perilaku: &'static str,
    pub predikat: &'static str,
    pub dasar_predikat: &'static str,
    pub kuadran: &'static str,
    pub kuadran_sudut: &'static str,
    pub tanggapan: &'static str,
    pub rhk_hilang: &'static str,
    pub skp_hilang: &'static str,
    pub cetak: &'static str,
    /// Link from the SKP screens to the printable document.
    pub tautan_skp: &'static str,
    pub kembali: &'static str,
    pub petunjuk_cetak: &'static str,
    pub lembar_aria: &'static str,
    pub tidak_ditemukan_judul: &'static str,
    /// `{id}`.
    pub skp_tidak_ditemukan: &'static str,
    /// `{id}`.
    pub evaluasi_tidak_ditemukan: &'static str,
}

pub const ID: TeksCetak = TeksCetak {
    judul_skp: "SASARAN KINERJA PEGAWAI",
    judul_evaluasi: "EVALUASI KINERJA PEGAWAI",
    periode: "PERIODE",
    jenis_periode: "Jenis periode",
    rentang: "{mulai} s.d. {selesai}",
    nama_periode: [
        "BULAN {ke} {tahun}",
        "TRIWULAN {ke} {tahun}",
        "SEMESTER {ke} {tahun}",
        "AKHIR (TAHUNAN) {tahun}",
    ],
    bulan: [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
        "Oktober", "November", "Desember",
    ],
    pegawai_dinilai: "PEGAWAI YANG DINILAI",
    pejabat_penilai: "PEJABAT PENILAI KINERJA",
    atasan_penilai: "ATASAN PEJABAT PENILAI KINERJA",
    no: "No",
    nama: "Nama",
    nip: "NIP",
    pangkat: "Pangkat/Gol. Ruang",
    jabatan: "Jabatan",
    unit_kerja: "Unit Kerja",
    instansi: "Instansi",
    hasil_kerja: "HASIL KERJA",
    utama: "A. UTAMA",
    tambahan: "B. TAMBAHAN",
    tidak_ada: "Tidak ada.",
    kol_rhk_atasan: "Rencana Hasil Kerja Atasan yang Diintervensi",
    kol_rhk: "Rencana Hasil Kerja",
    kol_aspek: "Aspek",
    kol_iki: "Indikator Kinerja Individu",
    kol_target: "Target",
    kol_perspektif: "Perspektif",
    kol_realisasi: "Realisasi Berdasarkan Bukti Dukung",
    kol_umpan_balik: "Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung",
    kol_rating: "Rating",
    penugasan: "(penugasan dari {asal})",
    perilaku_kerja: "PERILAKU KERJA",
    kol_perilaku: "Perilaku Kerja",
    kol_ekspektasi: "Ekspektasi Khusus Pimpinan",
    lampiran: "LAMPIRAN SASARAN KINERJA PEGAWAI",
    lampiran_nama: ["DUKUNGAN SUMBER DAYA", "SKEMA PERTANGGUNGJAWABAN", "KONSEKUENSI"],
    status: "Status SKP",
    pada_tanggal: "tanggal {tanggal}",
    alasan_dikembalikan: "Catatan pengembalian",
    draf_catatan: "Dokumen ini belum disetujui pejabat penilai kinerja.",
    tempat_tanggal: "{tempat}, {tanggal}",
    titik: "……………………",
    ttd_pegawai: "Pegawai yang Dinilai",
    ttd_penilai: "Pejabat Penilai Kinerja",
    ttd_atasan: "Atasan Pejabat Penilai Kinerja",
    capaian_organisasi: "CAPAIAN KINERJA ORGANISASI",
    belum_ditetapkan: "Belum ditetapkan",
    tanggal_evaluasi: "Tanggal evaluasi",
    rating_hasil: "RATING HASIL KERJA",
    saran_sistem: "Saran aplikasi",
    justifikasi: "Justifikasi pejabat penilai",
    pimpinan_unit: "Pegawai memimpin unit kerja: capaian kinerja organisasi ditetapkan sebagai rating hasil kerja (SE MenPANRB 3/2023).",
    rating_perilaku: "RATING PERILAKU KERJA",
    predikat: "PREDIKAT KINERJA PEGAWAI",
    dasar_predikat: "Dasar penetapan predikat",
    kuadran: "Kuadran kinerja pegawai",
    kuadran_sudut: "Hasil kerja ↓ · Perilaku kerja →",
    tanggapan: "TANGGAPAN PEGAWAI",
    rhk_hilang: "(RHK tidak ada dalam SKP)",
    skp_hilang: "SKP yang dievaluasi tidak ditemukan di perangkat ini; uraian RHK dan IKI tidak dapat ditampilkan.",
    cetak: "Cetak / Simpan PDF",
    tautan_skp: "Cetak SKP",
    kembali: "Kembali",
    petunjuk_cetak: "Di jendela cetak, pilih tujuan «Simpan sebagai PDF» untuk menyimpan berkas. Ukuran kertas A4.",
    lembar_aria: "Pratinjau dokumen (geser ke samping di layar kecil)",
    tidak_ditemukan_judul: "Dokumen tidak ditemukan",
    skp_tidak_ditemukan: "SKP dengan kode «{id}» tidak ada di perangkat ini. Mungkin belum diimpor atau sudah dihapus.",
    evaluasi_tidak_ditemukan: "Evaluasi dengan kode «{id}» tidak ada di perangkat ini. Mungkin belum diimpor atau sudah dihapus.",
};

pub const EN: TeksCetak = TeksCetak {
    judul_skp: "EMPLOYEE PERFORMANCE PLAN (SKP)",
    judul_evaluasi: "EMPLOYEE PERFORMANCE EVALUATION",
    periode: "PERIOD",
    jenis_periode: "Kind of period",
    rentang: "{mulai} to {selesai}",
    nama_periode: [
        "MONTH OF {ke} {tahun}",
        "QUARTER {ke} {tahun}",
        "HALF-YEAR {ke} {tahun}",
        "FINAL (ANNUAL) {tahun}",
    ],
    bulan: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ],
    pegawai_dinilai: "EMPLOYEE BEING EVALUATED",
    pejabat_penilai: "PERFORMANCE EVALUATOR",
    atasan_penilai: "EVALUATOR'S SUPERIOR",
    no: "No",
    nama: "Name",
    nip: "NIP",
    pangkat: "Rank/grade",
    jabatan: "Position",
    unit_kerja: "Work unit",
    instansi: "Agency",
    hasil_kerja: "WORK RESULTS",
    utama: "A. MAIN",
    tambahan: "B. ADDITIONAL",
    tidak_ada: "None.",
    kol_rhk_atasan: "Superior's planned result supported",
    kol_rhk: "Planned work result (RHK)",
    kol_aspek: "Aspect",
    kol_iki: "Individual performance indicator (IKI)",
    kol_target: "Target",
    kol_perspektif: "Perspective",
    kol_realisasi: "Actual result based on evidence",
    kol_umpan_balik: "Continuous feedback based on evidence",
    kol_rating: "Rating",
    penugasan: "(assigned by {asal})",
    perilaku_kerja: "WORK BEHAVIOUR",
    kol_perilaku: "Work behaviour",
    kol_ekspektasi: "Leader's specific expectation",
    lampiran: "ANNEX TO THE EMPLOYEE PERFORMANCE PLAN",
    lampiran_nama: ["RESOURCE SUPPORT", "ACCOUNTABILITY SCHEME", "CONSEQUENCES"],
    status: "SKP status",
    pada_tanggal: "on {tanggal}",
    alasan_dikembalikan: "Reason for return",
    draf_catatan: "This document has not been approved by the performance evaluator.",
    tempat_tanggal: "{tempat}, {tanggal}",
    titik: "……………………",
    ttd_pegawai: "Employee being evaluated",
    ttd_penilai: "Performance evaluator",
    ttd_atasan: "Evaluator's superior",
    capaian_organisasi: "ORGANISATION PERFORMANCE",
    belum_ditetapkan: "Not set",
    tanggal_evaluasi: "Date of evaluation",
    rating_hasil: "WORK RESULT RATING",
    saran_sistem: "App's advice",
    justifikasi: "Evaluator's justification",
    pimpinan_unit: "The employee leads the work unit: the organisation's performance is taken as the work result rating (SE MenPANRB 3/2023).",
    rating_perilaku: "WORK BEHAVIOUR RATING",
    predikat: "EMPLOYEE PERFORMANCE CATEGORY",
    dasar_predikat: "How the category was set",
    kuadran: "Performance quadrant",
    kuadran_sudut: "Work results ↓ · Work behaviour →",
    tanggapan: "EMPLOYEE'S RESPONSE",
    rhk_hilang: "(RHK not in the SKP)",
    skp_hilang: "The evaluated SKP is not on this device; RHK and IKI texts cannot be shown.",
    cetak: "Print / Save as PDF",
    tautan_skp: "Print SKP",
    kembali: "Back",
    petunjuk_cetak: "In the print window, choose «Save as PDF» as destination to keep a file. Paper size A4.",
    lembar_aria: "Document preview (scroll sideways on small screens)",
    tidak_ditemukan_judul: "Document not found",
    skp_tidak_ditemukan: "There is no SKP with code «{id}» on this device. It may not have been imported yet, or was deleted.",
    evaluasi_tidak_ditemukan: "There is no evaluation with code «{id}» on this device. It may not have been imported yet, or was deleted.",
};

pub fn teks_cetak(b: Bahasa) -> &'static TeksCetak {
    match b {
        Bahasa::Id => &ID,
        Bahasa::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_use_the_same_placeholders() {
        fn holes(s: &str) -> Vec<&str> {
            let mut v: Vec<&str> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split('}').next())
                .collect();
            v.sort_unstable();
            v
        }
        for (a, b) in [
            (ID.rentang, EN.rentang),
            (ID.penugasan, EN.penugasan),
            (ID.pada_tanggal, EN.pada_tanggal),
            (ID.tempat_tanggal, EN.tempat_tanggal),
            (ID.skp_tidak_ditemukan, EN.skp_tidak_ditemukan),
            (ID.evaluasi_tidak_ditemukan, EN.evaluasi_tidak_ditemukan),
        ]
        .into_iter()
        .chain(ID.nama_periode.into_iter().zip(EN.nama_periode))
        {
            assert_eq!(holes(a), holes(b), "{a} / {b}");
        }
    }
}
