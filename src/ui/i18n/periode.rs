//! Names of evaluation periods and months, in both languages: one home for the agenda, the
//! evaluation screens and the printed documents (which print them in capitals).

use crate::domain::evaluasi::{JenisPeriode, Periode};
use crate::domain::Bahasa;

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
