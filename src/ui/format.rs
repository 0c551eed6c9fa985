//! Text formatting that several features share: targets as the SKP document writes them,
//! numbers typed with either decimal separator, textarea lines, byte counts.

use crate::domain::explain::format_angka;
use crate::domain::skp::Target;
use crate::domain::Bahasa;

/// A target as the SKP document writes it, e.g. "2 dokumen", "≤ 7 bulan", "80–90 %".
pub fn target_teks(t: &Target, b: Bahasa) -> String {
    match t {
        Target::Angka { nilai, satuan } => format!("{} {satuan}", format_angka(*nilai, b)),
        Target::MakinKecil { nilai, satuan } => format!("≤ {} {satuan}", format_angka(*nilai, b)),
        Target::Rentang {
            bawah,
            atas,
            satuan,
        } => format!(
            "{}–{} {satuan}",
            format_angka(*bawah, b),
            format_angka(*atas, b)
        ),
        Target::Naratif { teks } => teks.clone(),
    }
}

/// The non-empty lines of a textarea, trimmed (one list item per line).
pub fn baris(teks: &str) -> Vec<String> {
    teks.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// A number typed with either decimal separator ("2,5" or "2.5"); empty or bad input is 0.
pub fn angka(v: &str) -> f64 {
    v.trim().replace(',', ".").parse().unwrap_or(0.0)
}

/// Formats a byte count for people (KB/MB with a decimal comma in Indonesian).
pub fn format_bytes(bytes: f64, kode_bahasa: &str) -> String {
    let (v, unit) = if bytes >= 1024.0 * 1024.0 * 1024.0 {
        (bytes / (1024.0 * 1024.0 * 1024.0), "GB")
    } else if bytes >= 1024.0 * 1024.0 {
        (bytes / (1024.0 * 1024.0), "MB")
    } else {
        (bytes / 1024.0, "KB")
    };
    let s = format!("{v:.1}");
    let s = if kode_bahasa == "id" {
        s.replace('.', ",")
    } else {
        s
    };
    format!("{s} {unit}")
}

/// A name from a file with its bidirectional controls made visible, e.g. `⟦U+202E⟧`: an
/// override (U+202E) would otherwise show `laporan<U+202E>nosj.exe` as `laporanexe.json`.
pub fn tampak(nama: &str) -> String {
    let mut s = String::with_capacity(nama.len());
    for c in nama.chars() {
        if matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        {
            s.push_str(&format!("⟦U+{:04X}⟧", c as u32));
        } else {
            s.push(c);
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_take_either_decimal_separator_and_lines_are_trimmed() {
        assert_eq!(angka("2,5"), 2.5);
        assert_eq!(angka(" 2.5 "), 2.5);
        assert_eq!(angka("dua"), 0.0);
        assert_eq!(baris(" a \n\n b\n"), vec!["a".to_string(), "b".to_string()]);
    }

    #[test]
    fn bytes_are_formatted_per_language() {
        assert_eq!(format_bytes(1536.0, "id"), "1,5 KB");
        assert_eq!(format_bytes(1536.0, "en"), "1.5 KB");
        assert_eq!(format_bytes(3.0 * 1024.0 * 1024.0, "en"), "3.0 MB");
        assert_eq!(
            format_bytes(10.5 * 1024.0 * 1024.0 * 1024.0, "id"),
            "10,5 GB"
        );
    }

    #[test]
    fn bidi_controls_in_names_are_shown_not_obeyed() {
        assert_eq!(tampak("laporan\u{202E}nosj.exe"), "laporan⟦U+202E⟧nosj.exe");
        assert_eq!(tampak("a\u{2066}b\u{2069}"), "a⟦U+2066⟧b⟦U+2069⟧");
        assert_eq!(tampak("Siti Rahma, S.E."), "Siti Rahma, S.E.");
    }
}
