//! Text of the evaluation screens (the pejabat penilai's form, the pegawai's view), both
//! languages side by side, and the names of evaluation periods.

use crate::domain::evaluasi::{JenisPeriode, Periode};
use crate::domain::Bahasa;

pub struct TeksEvaluasi {
    pub judul: &'static str,
    pub pengantar: &'static str,
    pub kosong: &'static str,
    pub pegawai: &'static str,
    pub jenis_periode: &'static str,
    pub periode: &'static str,
    pub tanggal: &'static str,
    pub sudah_ada: &'static str,
    pub hasil_kerja: &'static str,
    pub capaian_sejauh_ini: &'static str,
    pub belum_ada_realisasi: &'static str,
    pub rating: &'static str,
    pub pilih: &'static str,
    pub realisasi: &'static str,
    pub umpan_balik: &'static str,
    pub rating_hasil: &'static str,
    pub saran: &'static str,
    pub saran_belum: &'static str,
    pub justifikasi: &'static str,
    pub justifikasi_petunjuk: &'static str,
    pub organisasi: &'static str,
    pub organisasi_tidak_diisi: &'static str,
    pub pimpinan_unit: &'static str,
    pub perilaku_kerja: &'static str,
    pub ekspektasi_khusus: &'static str,
    pub rating_perilaku: &'static str,
    pub kuadran: &'static str,
    pub kuadran_hasil: &'static str,
    pub kuadran_perilaku: &'static str,
    pub terpilih: &'static str,
    pub predikat: &'static str,
    pub predikat_belum: &'static str,
    pub penjelasan: &'static str,
    pub simpan: &'static str,
    pub tersimpan: &'static str,
    pub perbaiki: &'static str,
    pub rating_hasil_kosong: &'static str,
    pub rating_perilaku_kosong: &'static str,
    pub lebih_baru: &'static str,
    pub kirim: &'static str,
    pub cetak: &'static str,
    pub tanggapan: &'static str,
    pub tanggapan_label: &'static str,
    pub kirim_tanggapan: &'static str,
    pub tanggapan_tersimpan: &'static str,
    pub tanggapan_kosong: &'static str,
    pub ke_atasan: &'static str,
    pub buang_perubahan: &'static str,
}

pub const ID: TeksEvaluasi = TeksEvaluasi {
    judul: "Evaluasi kinerja bawahan",
    pengantar: "Pilih pegawai dan periode. Berikan rating tiap RHK berdasarkan bukti dukung, tetapkan rating hasil kerja dan perilaku kerja; predikat dihitung dari kuadran kinerja.",
    kosong: "Belum ada SKP bawahan yang disetujui. Setujui SKP di menu Tim terlebih dahulu.",
    pegawai: "Pegawai dan SKP",
    jenis_periode: "Jenis periode",
    periode: "Periode",
    tanggal: "Tanggal evaluasi",
    sudah_ada: "Evaluasi periode ini sudah tersimpan; perubahan akan menjadi revisi berikutnya.",
    hasil_kerja: "Hasil kerja",
    capaian_sejauh_ini: "Capaian sampai akhir periode",
    belum_ada_realisasi: "belum ada realisasi",
    rating: "Rating",
    pilih: "— pilih —",
    realisasi: "Realisasi berdasarkan bukti dukung",
    umpan_balik: "Umpan balik",
    rating_hasil: "Rating hasil kerja",
    saran: "Saran mesin (tidak mengikat)",
    saran_belum: "Saran muncul setelah ada RHK yang diberi rating.",
    justifikasi: "Justifikasi (wajib bila berbeda dari saran)",
    justifikasi_petunjuk: "Pilihan Anda berbeda dari saran: tuliskan alasannya.",
    organisasi: "Capaian kinerja organisasi periode ini",
    organisasi_tidak_diisi: "— belum ditetapkan —",
    pimpinan_unit: "Pegawai ini pimpinan unit kerja (rating hasil kerja mengikuti capaian organisasi, SE MenPANRB 3/2023)",
    perilaku_kerja: "Perilaku kerja (BerAKHLAK)",
    ekspektasi_khusus: "Ekspektasi khusus pimpinan",
    rating_perilaku: "Rating perilaku kerja",
    kuadran: "Kuadran kinerja pegawai",
    kuadran_hasil: "Hasil kerja",
    kuadran_perilaku: "Perilaku kerja",
    terpilih: "(terpilih)",
    predikat: "Predikat kinerja: {predikat}",
    predikat_belum: "Predikat muncul setelah kedua rating dipilih.",
    penjelasan: "Bagaimana ini dihitung?",
    simpan: "Simpan evaluasi",
    tersimpan: "Evaluasi tersimpan.",
    perbaiki: "Evaluasi belum lengkap:",
    rating_hasil_kosong: "Rating hasil kerja belum dipilih.",
    rating_perilaku_kosong: "Rating perilaku kerja belum dipilih.",
    lebih_baru: "Evaluasi ini sudah diubah di tab atau berkas lain; data terbaru telah dimuat. Periksa lalu simpan lagi.",
    kirim: "Ekspor berkas penilaian untuk pegawai",
    cetak: "Cetak dokumen evaluasi",
    tanggapan: "Tanggapan pegawai",
    tanggapan_label: "Tanggapan Anda atas evaluasi ini",
    kirim_tanggapan: "Simpan tanggapan",
    tanggapan_tersimpan: "Tanggapan tersimpan. Ekspor berkas pegawai agar atasan menerimanya.",
    tanggapan_kosong: "Tuliskan tanggapan terlebih dahulu.",
    ke_atasan: "Ekspor berkas untuk atasan",
    buang_perubahan: "Isian evaluasi ini belum disimpan dan akan hilang. Tetap ganti?",
};

pub const EN: TeksEvaluasi = TeksEvaluasi {
    judul: "Evaluate your staff",
    pengantar: "Choose an employee and a period. Rate each RHK on its evidence, set the work-result and behaviour ratings; the predikat follows from the performance quadrant.",
    kosong: "No approved staff SKP yet. Approve SKPs in the Team menu first.",
    pegawai: "Employee and SKP",
    jenis_periode: "Period type",
    periode: "Period",
    tanggal: "Evaluation date",
    sudah_ada: "This period's evaluation is already saved; changes become its next revision.",
    hasil_kerja: "Work results",
    capaian_sejauh_ini: "Achievement by the end of the period",
    belum_ada_realisasi: "no actuals yet",
    rating: "Rating",
    pilih: "— choose —",
    realisasi: "Actuals based on evidence",
    umpan_balik: "Feedback",
    rating_hasil: "Work-result rating",
    saran: "Engine's suggestion (not binding)",
    saran_belum: "A suggestion appears once some RHK are rated.",
    justifikasi: "Justification (required when differing from the suggestion)",
    justifikasi_petunjuk: "Your choice differs from the suggestion: write why.",
    organisasi: "Organisation performance this period",
    organisasi_tidak_diisi: "— not set —",
    pimpinan_unit: "This employee leads a unit (the work-result rating follows the organisation's, SE MenPANRB 3/2023)",
    perilaku_kerja: "Work behaviour (BerAKHLAK)",
    ekspektasi_khusus: "Leader's specific expectation",
    rating_perilaku: "Work-behaviour rating",
    kuadran: "Employee performance quadrant",
    kuadran_hasil: "Work results",
    kuadran_perilaku: "Work behaviour",
    terpilih: "(selected)",
    predikat: "Performance rating: {predikat}",
    predikat_belum: "The predikat appears once both ratings are chosen.",
    penjelasan: "How is this computed?",
    simpan: "Save evaluation",
    tersimpan: "Evaluation saved.",
    perbaiki: "The evaluation is incomplete:",
    rating_hasil_kosong: "Work-result rating not chosen.",
    rating_perilaku_kosong: "Work-behaviour rating not chosen.",
    lebih_baru: "This evaluation was changed in another tab or file; the latest has been loaded. Check it and save again.",
    kirim: "Export an evaluation file for the employee",
    cetak: "Print the evaluation document",
    tanggapan: "Employee's response",
    tanggapan_label: "Your response to this evaluation",
    kirim_tanggapan: "Save response",
    tanggapan_tersimpan: "Response saved. Export your employee file so your superior receives it.",
    tanggapan_kosong: "Write a response first.",
    ke_atasan: "Export a file for your superior",
    buang_perubahan: "This evaluation has unsaved input, which will be lost. Switch anyway?",
};

pub fn teks_evaluasi(b: Bahasa) -> &'static TeksEvaluasi {
    match b {
        Bahasa::Id => &ID,
        Bahasa::En => &EN,
    }
}

const BULAN_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const BULAN_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Per `JenisPeriode` (bulanan, triwulanan, semesteran, tahunan); `{ke}` is the month name or
/// the roman numeral of the period.
const PERIODE_ID: [&str; 4] = [
    "Bulan {ke} {tahun}",
    "Triwulan {ke} {tahun}",
    "Semester {ke} {tahun}",
    "Akhir (Tahunan) {tahun}",
];
const PERIODE_EN: [&str; 4] = [
    "Month of {ke} {tahun}",
    "Quarter {ke} {tahun}",
    "Half-year {ke} {tahun}",
    "Final (annual) {tahun}",
];

/// The month's name, `bulan0` counting from 0 (chrono's `month0`).
pub fn nama_bulan(bulan0: u32, b: Bahasa) -> &'static str {
    let daftar = match b {
        Bahasa::Id => &BULAN_ID,
        Bahasa::En => &BULAN_EN,
    };
    daftar.get(bulan0 as usize).copied().unwrap_or("?")
}

fn romawi(n: u32) -> String {
    const R: [&str; 4] = ["I", "II", "III", "IV"];
    R.get((n as usize).wrapping_sub(1))
        .map(|s| s.to_string())
        .unwrap_or_else(|| n.to_string())
}

/// The period as the official documents name it: "Triwulan II 2026", "Bulan Maret 2026",
/// "Akhir (Tahunan) 2026" (documents print it in capitals).
pub fn nama_periode(p: &Periode, b: Bahasa) -> String {
    let (i, ke) = match p.jenis {
        JenisPeriode::Bulanan => (0, nama_bulan(p.ke.wrapping_sub(1), b).to_string()),
        JenisPeriode::Triwulanan => (1, romawi(p.ke)),
        JenisPeriode::Semesteran => (2, romawi(p.ke)),
        JenisPeriode::Tahunan => (3, String::new()),
    };
    let pola = match b {
        Bahasa::Id => PERIODE_ID[i],
        Bahasa::En => PERIODE_EN[i],
    };
    super::isi(pola, &[("ke", &ke), ("tahun", &p.tahun.to_string())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_named_as_the_documents_do() {
        let p = |jenis, ke| Periode {
            jenis,
            tahun: 2026,
            ke,
        };
        assert_eq!(
            nama_periode(&p(JenisPeriode::Triwulanan, 2), Bahasa::Id),
            "Triwulan II 2026"
        );
        assert_eq!(
            nama_periode(&p(JenisPeriode::Bulanan, 3), Bahasa::Id),
            "Bulan Maret 2026"
        );
        assert_eq!(
            nama_periode(&p(JenisPeriode::Bulanan, 12), Bahasa::En),
            "Month of December 2026"
        );
        assert_eq!(
            nama_periode(&p(JenisPeriode::Tahunan, 1), Bahasa::Id),
            "Akhir (Tahunan) 2026"
        );
        // Out of range never panics.
        assert_eq!(
            nama_periode(&p(JenisPeriode::Bulanan, 13), Bahasa::Id),
            "Bulan ? 2026"
        );
        assert_eq!(
            nama_periode(&p(JenisPeriode::Semesteran, 1), Bahasa::En),
            "Half-year I 2026"
        );
    }
}
