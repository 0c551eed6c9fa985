//! A table as data: named columns and rows of typed cells (text, number, date), so one model
//! feeds the screen, the CSV writer here, and the workbook writer ([`xlsx`], over the stored
//! ZIP of `zip`) alike. Both writers are pure (no browser), tested natively.
//!
//! CSV for Excel and LibreOffice (RFC 4180 with what both spreadsheets honour):
//! - UTF-8 with a byte-order mark: Excel reads a CSV as the PC's ANSI code page unless it
//!   starts with the BOM (names with é or ’ would break); LibreOffice detects UTF-8 either way.
//! - CRLF line ends, every text field in double quotes (quotes doubled inside).
//! - Both spreadsheets guess a type for every field, quoted or not (Excel always; LibreOffice
//!   unless "Format quoted field as text" is ticked, off by default). An 18-digit NIP becomes
//!   1.98609262015052E+17 and loses its last three digits (a double holds 15–17), a code
//!   "01.02" becomes a date, a leading `=`, `+`, `-` or `@` a formula (CSV injection). A text
//!   field that a spreadsheet would read as anything else starts with a TAB inside its quotes.
//!   LibreOffice's recognisers skip only spaces and no-break spaces before a number (its
//!   source: `ScStringUtil::parseSimpleNumber`, `ImpSvNumberInputScan::SkipBlanks`), and
//!   Excel's is widely reported to keep such a field as text (the "tab method"), so the cell
//!   stays text with all 18 digits; the quotes keep the tab in the field even where tab is
//!   also ticked as a separator. Only "Trim spaces" on LibreOffice's import dialog (off by
//!   default) would undo it. `="1986…"` is not used: LibreOffice shows it as that formula text
//!   unless formulas are evaluated on import, and a formula is what a CSV should never carry.
//! - Numbers unquoted, dates as ISO `yyyy-mm-dd`, which both read as dates in any locale.
//! - The separator: a comma, or a semicolon for a spreadsheet set to Indonesian (its list
//!   separator is `;` and its decimal mark `,`, so with `;` numbers are written `2,5`).

use chrono::NaiveDate;
use std::borrow::Cow;

pub mod xlsx;
mod zip;

/// One cell, typed so each writer renders it as its kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Sel {
    Teks(String),
    Angka(f64),
    Tanggal(NaiveDate),
}

impl Sel {
    pub fn teks(s: impl Into<String>) -> Sel {
        Sel::Teks(s.into())
    }

    pub fn angka(n: usize) -> Sel {
        Sel::Angka(n as f64)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tabel {
    pub kolom: Vec<String>,
    pub baris: Vec<Vec<Sel>>,
    /// A link per row (the drill-down), parallel to `baris`; screens only, never written out.
    pub tautan: Vec<Option<String>>,
    /// Rows the screen marks (e.g. a repeated low predikat); may be shorter than `baris`.
    pub sorot: Vec<bool>,
}

impl Tabel {
    pub fn baru(kolom: &[&str]) -> Tabel {
        Tabel::dari_kolom(kolom.iter().map(|k| k.to_string()).collect())
    }

    pub fn dari_kolom(kolom: Vec<String>) -> Tabel {
        Tabel {
            kolom,
            ..Default::default()
        }
    }

    pub fn tambah(&mut self, baris: Vec<Sel>, tautan: Option<String>) {
        self.baris.push(baris);
        self.tautan.push(tautan);
    }
}

/// The CSV field separator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Pemisah {
    #[default]
    Koma,
    /// For a spreadsheet in Indonesian regional format: `;` between fields, `,` in numbers.
    TitikKoma,
}

impl Pemisah {
    fn tanda(self) -> char {
        match self {
            Pemisah::Koma => ',',
            Pemisah::TitikKoma => ';',
        }
    }
}

/// Whether a spreadsheet would read the text as something else: a number, a date or time, a
/// formula. Leading digits (NIP, codes, "2026-01"), a sign, `=`, `@`, a tab or a line break.
fn perlu_pelindung(s: &str) -> bool {
    s.chars().next().is_some_and(|c| {
        c.is_ascii_digit() || matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r' | '.' | ',')
    })
}

/// Excel's most characters (UTF-16 units) in a cell: a longer text makes it call the workbook
/// damaged, and a CSV field be cut or spill into the next cell.
const SEL_MAKS: usize = 32_767;

/// A text as both writers put it in a cell: direction controls shown as the screens show them
/// (`format::tampak`: a name from a file must not read reversed in a sheet that circulates),
/// and a text past Excel's limit cut, ending in "…" so the cut shows (room kept for the CSV's
/// guarding tab).
pub(crate) fn teks_sel(s: &str) -> Cow<'_, str> {
    let mut t = match s.chars().any(crate::ui::format::kendali_arah) {
        true => Cow::Owned(crate::ui::format::tampak(s)),
        false => Cow::Borrowed(s),
    };
    if t.len() >= SEL_MAKS {
        let mut unit = 0;
        let potong = t.char_indices().find_map(|(i, c)| {
            unit += c.len_utf16();
            (unit > SEL_MAKS - 2).then_some(i)
        });
        if let Some(i) = potong {
            let mut x = t[..i].to_string();
            x.push('…');
            t = Cow::Owned(x);
        }
    }
    t
}

fn tulis_teks(keluar: &mut String, s: &str) {
    let s = &*teks_sel(s);
    keluar.push('"');
    if perlu_pelindung(s) {
        keluar.push('\t');
    }
    for c in s.chars() {
        if c == '"' {
            keluar.push('"');
        }
        keluar.push(c);
    }
    keluar.push('"');
}

fn tulis_angka(keluar: &mut String, x: f64, p: Pemisah) {
    if !x.is_finite() {
        return;
    }
    let s = if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        let s = format!("{x}");
        match p {
            Pemisah::Koma => s,
            Pemisah::TitikKoma => s.replace('.', ","),
        }
    };
    keluar.push_str(&s);
}

/// The table as a CSV file's text: BOM, header row, one line per row, CRLF.
pub fn ke_csv(t: &Tabel, p: Pemisah) -> String {
    let mut s = String::from('\u{feff}');
    let baris = |s: &mut String, sel: &mut dyn Iterator<Item = Sel>| {
        for (i, x) in sel.enumerate() {
            if i > 0 {
                s.push(p.tanda());
            }
            match x {
                Sel::Teks(t) => tulis_teks(s, &t),
                Sel::Angka(n) => tulis_angka(s, n, p),
                // ISO 8601, which both spreadsheets read as a date (NaiveDate's Display).
                Sel::Tanggal(d) => s.push_str(&d.to_string()),
            }
        }
        s.push_str("\r\n");
    };
    baris(&mut s, &mut t.kolom.iter().map(|k| Sel::Teks(k.clone())));
    for r in &t.baris {
        baris(&mut s, &mut r.iter().cloned());
    }
    s
}

/// `kinerjaku-<nama>-<yyyymmdd>.<akhiran>` (`csv`, `xlsx`), the name reduced to letters,
/// digits and `-`.
pub fn nama_berkas(nama: &str, tanggal: NaiveDate, akhiran: &str) -> String {
    let bersih: String = nama
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    use chrono::Datelike;
    format!(
        "kinerjaku-{bersih}-{:04}{:02}{:02}.{akhiran}",
        tanggal.year(),
        tanggal.month(),
        tanggal.day()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contoh() -> Tabel {
        let mut t = Tabel::baru(&["NIP", "Nama", "Capaian", "Tanggal"]);
        t.tambah(
            vec![
                Sel::teks("198609262015052001"),
                Sel::teks("Sari \"Wulan\", S.E."),
                Sel::Angka(87.5),
                Sel::Tanggal(NaiveDate::from_ymd_opt(2026, 3, 31).unwrap()),
            ],
            Some("#/x".into()),
        );
        t.tambah(
            vec![
                Sel::teks("=HYPERLINK(\"x\")"),
                Sel::teks("Émile Ørsted"),
                Sel::angka(12),
                Sel::teks(""),
            ],
            None,
        );
        t
    }

    #[test]
    fn csv_starts_with_a_bom_and_keeps_a_nip_as_its_eighteen_digits_of_text() {
        let s = ke_csv(&contoh(), Pemisah::Koma);
        assert!(s.starts_with('\u{feff}'));
        let baris: Vec<&str> = s.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(baris[0], "\"NIP\",\"Nama\",\"Capaian\",\"Tanggal\"");
        assert_eq!(
            baris[1],
            "\"\t198609262015052001\",\"Sari \"\"Wulan\"\", S.E.\",87.5,2026-03-31"
        );
        // A formula is text, names keep every letter, whole numbers have no decimals.
        assert_eq!(
            baris[2],
            "\"\t=HYPERLINK(\"\"x\"\")\",\"Émile Ørsted\",12,\"\""
        );
        assert_eq!(baris[3], "", "the file ends with CRLF");
        assert_eq!(baris.len(), 4);
    }

    #[test]
    fn the_semicolon_form_writes_decimal_commas_for_an_indonesian_spreadsheet() {
        let s = ke_csv(&contoh(), Pemisah::TitikKoma);
        assert!(s.contains(";87,5;2026-03-31\r\n"), "{s}");
        assert!(s.contains("\"\t198609262015052001\";"), "{s}");
    }

    #[test]
    fn only_text_a_spreadsheet_would_change_gets_the_tab() {
        for (teks, lindungi) in [
            ("01.02", true),
            ("2026-01", true),
            ("-5", true),
            ("+62 812", true),
            ("@x", true),
            ("Bidang Mutasi", false),
            ("Triwulan I 2026", false),
            ("", false),
        ] {
            assert_eq!(perlu_pelindung(teks), lindungi, "{teks}");
        }
    }

    #[test]
    fn a_cell_shows_direction_controls_and_stops_at_excels_limit() {
        let mut t = Tabel::baru(&["Nama", "Kendala"]);
        let panjang = "é".repeat(40_000);
        t.tambah(
            vec![Sel::teks("Sari\u{202E}nawruW"), Sel::teks(panjang.as_str())],
            None,
        );
        let s = ke_csv(&t, Pemisah::Koma);
        assert!(!s.contains('\u{202E}'), "the override is gone");
        assert!(s.contains("Sari⟦U+202E⟧nawruW"));
        let sel = s.split("\r\n").nth(1).unwrap().split(',').nth(1).unwrap();
        let isi = sel.trim_matches('"');
        assert!(isi.ends_with('…'));
        assert!(isi.encode_utf16().count() < SEL_MAKS, "{}", isi.len());
        assert!(isi.encode_utf16().count() >= SEL_MAKS - 2);
        // Short texts without controls are the same text, not a copy.
        assert!(matches!(teks_sel("Bidang Mutasi"), Cow::Borrowed(_)));
        // Cut at a character, never inside a surrogate pair.
        let emoji = "😀".repeat(20_000);
        let x = teks_sel(&emoji);
        assert!(x.encode_utf16().count() < SEL_MAKS && x.ends_with('…'));
    }

    #[test]
    fn file_names_carry_no_path_or_spaces() {
        let d = NaiveDate::from_ymd_opt(2026, 4, 15).unwrap();
        assert_eq!(
            nama_berkas("Unit / Triwulan I 2026", d, "csv"),
            "kinerjaku-unit-triwulan-i-2026-20260415.csv"
        );
        assert_eq!(
            nama_berkas("../../etc", d, "xlsx"),
            "kinerjaku-etc-20260415.xlsx"
        );
    }
}
