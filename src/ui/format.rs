//! Text formatting that several features share: targets as the SKP document writes them,
//! numbers typed with either decimal separator, textarea lines, byte counts.

use crate::domain::explain::format_angka;
use crate::domain::skp::Target;
use crate::domain::{Bahasa, Galat};

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

/// A number as a person types it: digits with at most one decimal separator, either ','
/// (Indonesian) or '.'; "99,5" and "99.5" are both 99.5. Digit groups are refused rather than
/// guessed: "1.200,5" or "1 200" (grouped), and "1.200" or "1,200" (one to three digits, a
/// separator, then exactly three: a thousand and two hundred in Indonesian, one point two in
/// the other reading) asks which was meant. Empty or other text is an error, never 0.
pub fn angka(teks: &str) -> Result<f64, Galat> {
    let t = teks.trim();
    let galat = |kode: &str| Err(Galat::baru(kode).dengan("nilai", t));
    if t.is_empty() {
        return Err(Galat::baru("angka_kosong"));
    }
    let pemisah = |c: char| c == ',' || c == '.';
    if !t
        .chars()
        .all(|c| c.is_ascii_digit() || pemisah(c) || c == ' ')
    {
        return galat("angka_tidak_sah");
    }
    if t.contains(' ') || t.chars().filter(|c| pemisah(*c)).count() > 1 {
        return galat("angka_pemisah_ribuan");
    }
    let (bulat, pecahan) = t.split_once(pemisah).unwrap_or((t, "0"));
    if bulat.is_empty() || pecahan.is_empty() {
        return galat("angka_tidak_sah");
    }
    if pecahan.len() == 3 && bulat.len() <= 3 && !bulat.starts_with('0') {
        return galat("angka_ambigu");
    }
    match format!("{bulat}.{pecahan}").parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(x),
        _ => galat("angka_tidak_sah"),
    }
}

/// A number for a field the person may edit: every digit kept (no rounding), the decimal
/// separator of the language, and written so [`angka`] reads it back as it is (a trailing
/// zero where three decimals would look like a digit group: "1,1250").
pub fn angka_isian(x: f64, b: Bahasa) -> String {
    let mut s = x.to_string();
    if let Some((bulat, pecahan)) = s.split_once('.') {
        if pecahan.len() == 3 && bulat.len() <= 3 && !bulat.starts_with('0') {
            s.push('0');
        }
    }
    match b {
        Bahasa::Id => s.replace('.', ","),
        Bahasa::En => s,
    }
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
        if kendali_arah(c) {
            s.push_str(&format!("⟦U+{:04X}⟧", c as u32));
        } else {
            s.push(c);
        }
    }
    s
}

/// A bidirectional control: a mark, an embedding, an override or an isolate.
pub fn kendali_arah(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A date as the regulation's forms write it, `dd-mm-yyyy`. Written out by hand rather than
/// with chrono's `format`, whose pattern interpreter is ~8 KB of wasm in the first load.
pub fn tanggal(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:02}-{:02}-{:04}", d.day(), d.month(), d.year())
}

/// A moment as `dd-mm-yyyy hh:mm:ss` (backups, journal entries).
pub fn waktu(w: chrono::NaiveDateTime) -> String {
    use chrono::Timelike;
    format!(
        "{} {:02}:{:02}:{:02}",
        tanggal(w.date()),
        w.hour(),
        w.minute(),
        w.second()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_take_either_decimal_separator_and_lines_are_trimmed() {
        assert_eq!(angka("99,5"), Ok(99.5));
        assert_eq!(angka(" 99.5 "), Ok(99.5));
        assert_eq!(angka("1200"), Ok(1200.0));
        assert_eq!(angka("0,125"), Ok(0.125));
        assert_eq!(angka("1200,5"), Ok(1200.5));
        assert_eq!(baris(" a \n\n b\n"), vec!["a".to_string(), "b".to_string()]);
    }

    #[test]
    fn empty_bad_and_grouped_numbers_are_refused_with_a_message_not_zero() {
        let kode = |t: &str| angka(t).unwrap_err().kode;
        assert_eq!(kode(""), "angka_kosong");
        assert_eq!(kode("   "), "angka_kosong");
        assert_eq!(kode("abc"), "angka_tidak_sah");
        assert_eq!(kode("-5"), "angka_tidak_sah");
        assert_eq!(kode("1e3"), "angka_tidak_sah");
        assert_eq!(kode("5,"), "angka_tidak_sah");
        assert_eq!(kode("1.200,5"), "angka_pemisah_ribuan");
        assert_eq!(kode("1.200.000"), "angka_pemisah_ribuan");
        assert_eq!(kode("1 200"), "angka_pemisah_ribuan");
        assert_eq!(kode("1.200"), "angka_ambigu");
        assert_eq!(kode("1,200"), "angka_ambigu");
        // Each message exists in both languages and names what was typed.
        let rb = crate::domain::Rulebook::aktif();
        for t in ["", "abc", "1.200,5", "1.200"] {
            let g = angka(t).unwrap_err();
            for b in [Bahasa::Id, Bahasa::En] {
                let p = g.pesan(rb, b);
                assert!(!p.starts_with("galat."), "{p}");
                assert!(p.contains(t), "{p}");
            }
        }
    }

    #[test]
    fn a_field_shows_the_number_so_it_reads_back_the_same() {
        assert_eq!(angka_isian(99.5, Bahasa::Id), "99,5");
        assert_eq!(angka_isian(99.5, Bahasa::En), "99.5");
        assert_eq!(angka_isian(1200.0, Bahasa::Id), "1200");
        assert_eq!(angka_isian(1.125, Bahasa::Id), "1,1250");
        for x in [1200.0, 99.5, 1.125, 0.125, 123456.789, 0.1 + 0.2] {
            for b in [Bahasa::Id, Bahasa::En] {
                assert_eq!(angka(&angka_isian(x, b)), Ok(x), "{x}");
            }
        }
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

    #[test]
    fn dates_are_written_as_the_forms_write_them() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 7).unwrap();
        assert_eq!(tanggal(d), "07-03-2026");
        let w = d.and_hms_milli_opt(9, 5, 1, 250).unwrap();
        assert_eq!(waktu(w), "07-03-2026 09:05:01");
    }
}
