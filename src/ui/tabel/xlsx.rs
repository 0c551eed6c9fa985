//! A [`Tabel`] as an Excel workbook (.xlsx, Office Open XML SpreadsheetML, ECMA-376): one sheet,
//! the header row in bold and frozen, columns as wide as their contents. Written by hand over
//! the stored ZIP of [`super::zip`], so the export costs the wasm a few KB instead of a crate's
//! 255 KB gzip; it is its own lazy chunk (`xlsx`), fetched when someone asks for a workbook.
//!
//! What a spreadsheet reads from the cells, whatever its locale:
//! - Text, a NIP included, is a shared string (`t="s"`): a string, never parsed as a number,
//!   so 18 digits stay 18 digits. Shared strings, not inline ones, because it is what Excel
//!   itself writes, so every reader knows it, and a status or predikat repeated on 10,000 rows
//!   is stored once (the ZIP is not compressed).
//! - A number is a numeric cell whose `<v>` is Rust's shortest round-trip decimal: `.` as the
//!   decimal mark (the file format's, not the locale's) and never an exponent.
//! - A date is a date: the day's serial number (days since 1899-12-30, Excel's 1900 system)
//!   under the number format `dd-mm-yyyy`, the form the screens show. A real date sorts,
//!   filters and subtracts as one, and the explicit format shows the same in any locale
//!   (Excel's built-in date format 14 follows the PC's settings). A day Excel cannot hold as
//!   a serial (before 1900-03-01, where its 1900 leap-year bug shifts serials, or after 9999)
//!   is written as its ISO text, as the CSV does.
//! - Every text is XML-escaped; characters XML 1.0 forbids (control characters other than tab
//!   and line feed) are left out, as no XML reader would accept them; a carriage return is
//!   kept as `&#13;`; a literal `_xHHHH_`, which Excel and LibreOffice read as an escaped
//!   character, has its underscore escaped (`_x005F_`) so it reads back as written.

use super::zip::Zip;
use super::{Sel, Tabel};
use chrono::{Datelike, NaiveDate};
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write;

/// The MIME type of an .xlsx file.
pub const JENIS_XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const KEPALA: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const NS_UTAMA: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const JENIS_ISI: &str = concat!(
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>",
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>",
    "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>",
    "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>",
    "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>",
    "</Types>"
);

const RELASI_PAKET: &str = concat!(
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>",
    "</Relationships>"
);

const RELASI_BUKU: &str = concat!(
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>",
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>",
    "</Relationships>"
);

/// Cell formats (`s` of a cell indexes `cellXfs`): 0 plain, 1 the bold header, 2 a date.
/// Excel wants the two fills `none` and `gray125` present even when unused.
const GAYA: &str = concat!(
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd-mm-yyyy\"/></numFmts>",
    "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>",
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>",
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>",
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>",
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>",
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>",
    "<cellXfs count=\"3\">",
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>",
    "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>",
    "</cellXfs>",
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>",
    "</styleSheet>"
);

const GAYA_KEPALA: u8 = 1;
const GAYA_TANGGAL: u8 = 2;

/// Column width in characters: contents plus a margin, up to a cap (long follow-up texts would
/// otherwise push every other column off screen).
const LEBAR_MIN: usize = 6;
const LEBAR_MAKS: usize = 60;

/// The workbook's bytes: the table on one sheet named after `nama` (see [`nama_lembar`]).
pub fn ke_xlsx(t: &Tabel, nama: &str) -> Vec<u8> {
    let mut teks = DaftarTeks::default();
    let lembar = tulis_lembar(t, &mut teks);
    let mut buku = String::from(KEPALA);
    let _ = write!(
        buku,
        "<workbook xmlns=\"{NS_UTAMA}\" xmlns:r=\"{NS_REL}\"><sheets><sheet name=\""
    );
    tulis_xml(&mut buku, &nama_lembar(nama));
    buku.push_str("\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");

    let mut z = Zip::default();
    z.tambah(
        "[Content_Types].xml",
        [KEPALA, JENIS_ISI].concat().as_bytes(),
    );
    z.tambah("_rels/.rels", [KEPALA, RELASI_PAKET].concat().as_bytes());
    z.tambah("xl/workbook.xml", buku.as_bytes());
    z.tambah(
        "xl/_rels/workbook.xml.rels",
        [KEPALA, RELASI_BUKU].concat().as_bytes(),
    );
    z.tambah("xl/styles.xml", [KEPALA, GAYA].concat().as_bytes());
    z.tambah("xl/sharedStrings.xml", teks.xml().as_bytes());
    z.tambah("xl/worksheets/sheet1.xml", lembar.as_bytes());
    z.selesai()
}

/// A sheet name Excel accepts, from a table's name: `[ ] : * ? / \` and control characters
/// as spaces, one space between words, no apostrophe or space at either end, at most 31
/// characters (counted as Excel does, in UTF-16 units), never empty nor Excel's reserved
/// "History" (then "Tabel").
pub fn nama_lembar(nama: &str) -> String {
    let rapikan = |s: &str| {
        s.trim_matches(|c: char| c.is_whitespace() || c == '\'')
            .to_string()
    };
    // A forbidden character becomes a space ("Mutasi/Keuangan" stays two words), runs of
    // spaces one.
    let bersih = nama
        .chars()
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut pendek = String::new();
    let mut n = 0;
    for c in rapikan(&bersih).chars() {
        n += c.len_utf16();
        if n > 31 {
            break;
        }
        pendek.push(c);
    }
    let hasil = rapikan(&pendek);
    if hasil.is_empty() || hasil.eq_ignore_ascii_case("history") {
        "Tabel".to_string()
    } else {
        hasil
    }
}

/// The shared-strings part: each distinct text once, cells point at it by index.
#[derive(Default)]
struct DaftarTeks<'a> {
    urutan: Vec<Cow<'a, str>>,
    indeks: HashMap<Cow<'a, str>, usize>,
    /// Cells that point here (the part's `count`; `uniqueCount` is `urutan.len()`).
    rujukan: usize,
}

impl<'a> DaftarTeks<'a> {
    fn id(&mut self, s: Cow<'a, str>) -> usize {
        self.rujukan += 1;
        if let Some(&i) = self.indeks.get(s.as_ref()) {
            return i;
        }
        let i = self.urutan.len();
        self.urutan.push(s.clone());
        self.indeks.insert(s, i);
        i
    }

    fn xml(&self) -> String {
        let mut x = String::from(KEPALA);
        let _ = write!(
            x,
            "<sst xmlns=\"{NS_UTAMA}\" count=\"{}\" uniqueCount=\"{}\">",
            self.rujukan,
            self.urutan.len()
        );
        for s in &self.urutan {
            // Spaces at either end survive only under xml:space.
            let jaga = s.starts_with(char::is_whitespace) || s.ends_with(char::is_whitespace);
            x.push_str(if jaga {
                "<si><t xml:space=\"preserve\">"
            } else {
                "<si><t>"
            });
            tulis_xml(&mut x, s);
            x.push_str("</t></si>");
        }
        x.push_str("</sst>");
        x
    }
}

/// `A`, `B`, … `Z`, `AA`, …: the letters of the column numbered `i` from 0.
fn huruf_kolom(mut i: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.iter().rev().map(|&b| b as char).collect()
}

/// A number as `<v>` holds it: `.` decimals, no exponent, `-0` as `0`; `None` if not finite
/// (the cell is left empty, as the CSV leaves the field).
fn angka_xml(x: f64) -> Option<String> {
    x.is_finite().then(|| format!("{}", x + 0.0))
}

/// The day's serial in Excel's 1900 date system, where it is one.
fn serial_tanggal(d: NaiveDate) -> Option<i64> {
    let awal = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    let batas = NaiveDate::from_ymd_opt(1900, 3, 1)?;
    (d >= batas && d.year() <= 9999).then(|| (d - awal).num_days())
}

/// A cell's width in characters (its longest line).
fn panjang(s: &str) -> usize {
    s.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

fn tulis_lembar<'a>(t: &'a Tabel, teks: &mut DaftarTeks<'a>) -> String {
    let lebar_kolom = t.baris.iter().map(Vec::len).fold(t.kolom.len(), usize::max);
    let mut lebar = vec![0usize; lebar_kolom];
    let huruf: Vec<String> = (0..lebar_kolom).map(huruf_kolom).collect();
    let mut data = String::new();
    let mut baris_ke = 0;

    if !t.kolom.is_empty() {
        baris_ke += 1;
        let _ = write!(data, "<row r=\"{baris_ke}\">");
        for (i, k) in t.kolom.iter().enumerate() {
            lebar[i] = lebar[i].max(panjang(k) + 1); // bold is wider
            if !k.is_empty() {
                let _ = write!(
                    data,
                    "<c r=\"{}{baris_ke}\" s=\"{GAYA_KEPALA}\" t=\"s\"><v>{}</v></c>",
                    huruf[i],
                    teks.id(Cow::Borrowed(k))
                );
            }
        }
        data.push_str("</row>");
    }
    for r in &t.baris {
        baris_ke += 1;
        let _ = write!(data, "<row r=\"{baris_ke}\">");
        for (i, sel) in r.iter().enumerate() {
            let rujukan = format!("{}{baris_ke}", huruf[i]);
            match sel {
                Sel::Teks(s) if s.is_empty() => {}
                Sel::Teks(s) => {
                    let s = super::teks_sel(s);
                    lebar[i] = lebar[i].max(panjang(&s));
                    let _ = write!(data, "<c r=\"{rujukan}\" t=\"s\"><v>{}</v></c>", teks.id(s));
                }
                Sel::Angka(x) => {
                    if let Some(v) = angka_xml(*x) {
                        lebar[i] = lebar[i].max(v.len());
                        let _ = write!(data, "<c r=\"{rujukan}\"><v>{v}</v></c>");
                    }
                }
                Sel::Tanggal(d) => {
                    lebar[i] = lebar[i].max(10);
                    match serial_tanggal(*d) {
                        Some(n) => {
                            let _ = write!(
                                data,
                                "<c r=\"{rujukan}\" s=\"{GAYA_TANGGAL}\"><v>{n}</v></c>"
                            );
                        }
                        None => {
                            let iso = Cow::Owned(d.to_string());
                            let _ = write!(
                                data,
                                "<c r=\"{rujukan}\" t=\"s\"><v>{}</v></c>",
                                teks.id(iso)
                            );
                        }
                    }
                }
            }
        }
        data.push_str("</row>");
    }

    let mut x = String::from(KEPALA);
    let _ = write!(x, "<worksheet xmlns=\"{NS_UTAMA}\">");
    let ujung = match (lebar_kolom, baris_ke) {
        (0, _) | (_, 0) => "A1".to_string(),
        (k, b) => format!("A1:{}{b}", huruf[k - 1]),
    };
    let _ = write!(x, "<dimension ref=\"{ujung}\"/>");
    if !t.kolom.is_empty() && !t.baris.is_empty() {
        // The header stays in view while scrolling down 10,000 rows.
        x.push_str(concat!(
            "<sheetViews><sheetView workbookViewId=\"0\">",
            "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>",
            "<selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
        ));
    }
    if lebar_kolom > 0 {
        x.push_str("<cols>");
        for (i, l) in lebar.iter().enumerate() {
            let w = (l + 2).clamp(LEBAR_MIN, LEBAR_MAKS);
            let _ = write!(
                x,
                "<col min=\"{n}\" max=\"{n}\" width=\"{w}\" customWidth=\"1\"/>",
                n = i + 1
            );
        }
        x.push_str("</cols>");
    }
    x.push_str("<sheetData>");
    x.push_str(&data);
    x.push_str("</sheetData></worksheet>");
    x
}

/// Whether `s`, at an underscore, reads as Excel's escape `_xHHHH_`.
fn mirip_escape(s: &[u8]) -> bool {
    s.len() >= 7
        && matches!(s[1], b'x' | b'X')
        && s[2..6].iter().all(u8::is_ascii_hexdigit)
        && s[6] == b'_'
}

/// `s` as XML text or attribute value (see the module's note on what is escaped or left out).
fn tulis_xml(keluar: &mut String, s: &str) {
    for (i, c) in s.char_indices() {
        match c {
            '&' => keluar.push_str("&amp;"),
            '<' => keluar.push_str("&lt;"),
            '>' => keluar.push_str("&gt;"),
            '"' => keluar.push_str("&quot;"),
            '\r' => keluar.push_str("&#13;"),
            '\t' | '\n' => keluar.push(c),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => {}
            '_' if mirip_escape(&s.as_bytes()[i..]) => keluar.push_str("_x005F_"),
            c => keluar.push(c),
        }
    }
}

#[cfg(test)]
#[path = "xlsx_tests.rs"]
mod tests;
