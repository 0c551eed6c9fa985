//! The workbook read back: a test-only ZIP reader walks the central directory and checks every
//! entry against its local header and its CRC; the parts are checked for well-formed XML, and
//! the cells for their types (a NIP is a shared string of 18 digits, a number a numeric cell,
//! a date a serial under the date format).

use super::*;
use crate::ui::tabel::zip::crc32;
use std::collections::HashMap;

/// The archive's entries (name, bytes), in directory order, after checking that the directory
/// and the local headers agree, sizes match, entries are stored, CRCs hold, and the parts
/// tile the file with nothing in between.
fn baca_zip(b: &[u8]) -> Vec<(String, Vec<u8>)> {
    let u16_ = |i: usize| u16::from_le_bytes([b[i], b[i + 1]]) as usize;
    let u32_ = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as usize;
    assert!(b.len() >= 22, "shorter than an end record");
    let akhir = b.len() - 22; // no archive comment
    assert_eq!(u32_(akhir), 0x0605_4b50, "end of central directory");
    assert_eq!(u16_(akhir + 20), 0, "comment length");
    let (n, n_disk) = (u16_(akhir + 10), u16_(akhir + 8));
    assert_eq!(n, n_disk);
    let (ukuran, letak) = (u32_(akhir + 12), u32_(akhir + 16));
    assert_eq!(
        letak + ukuran,
        akhir,
        "the directory ends where the end record starts"
    );
    let mut hasil = Vec::new();
    let mut p = letak;
    let mut lokal_berikut = 0;
    for _ in 0..n {
        assert_eq!(u32_(p), 0x0201_4b50, "central header at {p}");
        assert_eq!(u16_(p + 10), 0, "stored");
        let (crc, besar_z, besar) = (u32_(p + 16), u32_(p + 20), u32_(p + 24));
        let (p_nama, p_ekstra, p_komen) = (u16_(p + 28), u16_(p + 30), u16_(p + 32));
        let lokal = u32_(p + 42);
        let nama = &b[p + 46..p + 46 + p_nama];
        assert_eq!(lokal, lokal_berikut, "entries follow each other");
        assert_eq!(u32_(lokal), 0x0403_4b50, "local header of {nama:?}");
        // From "version needed" to "extra length", the local header repeats the central one.
        assert_eq!(b[lokal + 4..lokal + 30], b[p + 6..p + 32]);
        let (l_nama, l_ekstra) = (u16_(lokal + 26), u16_(lokal + 28));
        assert_eq!(&b[lokal + 30..lokal + 30 + l_nama], nama);
        let mulai = lokal + 30 + l_nama + l_ekstra;
        assert_eq!(besar_z, besar, "stored: sizes equal");
        let isi = &b[mulai..mulai + besar];
        assert_eq!(crc32(isi), crc as u32, "CRC of {nama:?}");
        lokal_berikut = mulai + besar;
        hasil.push((String::from_utf8(nama.to_vec()).unwrap(), isi.to_vec()));
        p += 46 + p_nama + p_ekstra + p_komen;
    }
    assert_eq!(lokal_berikut, letak, "the directory follows the last entry");
    assert_eq!(p, akhir);
    hasil
}

/// Well-formed enough for any XML reader: tags nest and close, every `&` starts an entity,
/// no character XML 1.0 forbids.
fn periksa_xml(nama: &str, x: &str) {
    let mut tumpukan: Vec<&str> = Vec::new();
    let mut sisa = x;
    while let Some(i) = sisa.find(['<', '&']) {
        let teks = &sisa[..i];
        assert!(
            !teks
                .chars()
                .any(|c| (c < ' ' && !"\t\n".contains(c)) || c == '>'),
            "{nama}: raw character in {teks:?}"
        );
        sisa = &sisa[i..];
        if sisa.starts_with('&') {
            let j = sisa.find(';').expect("entity ends");
            let e = &sisa[1..j];
            assert!(
                ["amp", "lt", "gt", "quot", "apos"].contains(&e)
                    || e.strip_prefix('#')
                        .is_some_and(|d| d.parse::<u32>().is_ok()),
                "{nama}: entity {e}"
            );
            sisa = &sisa[j + 1..];
            continue;
        }
        let j = sisa.find('>').expect("tag ends");
        let tag = &sisa[1..j];
        sisa = &sisa[j + 1..];
        if tag.starts_with('?') {
            continue;
        }
        assert!(!tag.contains('<'), "{nama}: {tag}");
        if let Some(n) = tag.strip_prefix('/') {
            assert_eq!(tumpukan.pop(), Some(n), "{nama}: closing {n}");
        } else if !tag.ends_with('/') {
            tumpukan.push(tag.split(' ').next().unwrap());
        }
    }
    assert!(tumpukan.is_empty(), "{nama}: unclosed {tumpukan:?}");
}

/// The workbook's parts by name, each checked.
fn bagian(b: &[u8]) -> HashMap<String, String> {
    baca_zip(b)
        .into_iter()
        .map(|(n, isi)| {
            let x = String::from_utf8(isi).expect("UTF-8");
            periksa_xml(&n, &x);
            (n, x)
        })
        .collect()
}

/// Cell `r` of the sheet: its `t` and `s` attributes and `<v>`, `None` if not written.
fn sel<'a>(lembar: &'a str, r: &str) -> Option<(Option<&'a str>, Option<&'a str>, &'a str)> {
    let awal = lembar.find(&format!("<c r=\"{r}\""))?;
    let c = &lembar[awal..awal + lembar[awal..].find("</c>")?];
    let attr = |k: &str| {
        let i = c.find(&format!(" {k}=\""))? + k.len() + 3;
        Some(&c[i..i + c[i..].find('"')?])
    };
    let v = &c[c.find("<v>")? + 3..];
    Some((attr("t"), attr("s"), v.strip_suffix("</v>").unwrap_or(v)))
}

/// The shared strings as written (escaped).
fn daftar_teks(sst: &str) -> Vec<&str> {
    sst.split("<si>")
        .skip(1)
        .map(|si| {
            let t = &si[si.find('>').unwrap() + 1..];
            &t[..t.find("</t>").unwrap()]
        })
        .collect()
}

fn tanggal(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn contoh() -> Tabel {
    let mut t = Tabel::baru(&["NIP", "Nama", "Capaian", "Tanggal"]);
    t.tambah(
        vec![
            Sel::teks("198609262015052001"),
            Sel::teks("Sari <Wulan> & \"Tim\"\u{1}\u{7}\u{b}\u{fffe}\tA\nB\r"),
            Sel::Angka(87.5),
            Sel::Tanggal(tanggal(2026, 3, 31)),
        ],
        Some("#/x".into()),
    );
    t.tambah(
        vec![
            Sel::teks("Baik"),
            Sel::teks("Baik"),
            Sel::angka(12),
            Sel::Tanggal(tanggal(1899, 12, 31)),
        ],
        None,
    );
    t.tambah(
        vec![
            Sel::teks(""),
            Sel::teks("_x0041_ kode"),
            Sel::Angka(f64::NAN),
            Sel::teks(""),
        ],
        None,
    );
    t
}

#[test]
fn the_zip_is_valid_and_holds_every_part_a_workbook_needs() {
    let p = bagian(&ke_xlsx(&contoh(), "Pegawai"));
    let mut nama: Vec<&str> = p.keys().map(String::as_str).collect();
    nama.sort();
    assert_eq!(
        nama,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/_rels/workbook.xml.rels",
            "xl/sharedStrings.xml",
            "xl/styles.xml",
            "xl/workbook.xml",
            "xl/worksheets/sheet1.xml"
        ]
    );
    assert!(p["[Content_Types].xml"].contains("/xl/sharedStrings.xml"));
    assert!(p["xl/workbook.xml"].contains("<sheet name=\"Pegawai\" sheetId=\"1\" r:id=\"rId1\"/>"));
    // The same table writes the same bytes (no clock, no hash order).
    assert_eq!(ke_xlsx(&contoh(), "Pegawai"), ke_xlsx(&contoh(), "Pegawai"));
}

#[test]
fn a_nip_is_text_with_all_eighteen_digits_and_numbers_are_numeric_cells() {
    let p = bagian(&ke_xlsx(&contoh(), "Pegawai"));
    let lembar = &p["xl/worksheets/sheet1.xml"];
    let teks = daftar_teks(&p["xl/sharedStrings.xml"]);
    let (t, _, v) = sel(lembar, "A2").unwrap();
    assert_eq!(t, Some("s"), "a shared string, never a number");
    assert_eq!(teks[v.parse::<usize>().unwrap()], "198609262015052001");
    assert_eq!(sel(lembar, "C2"), Some((None, None, "87.5")));
    assert_eq!(sel(lembar, "C3"), Some((None, None, "12")));
    // Not a number (never in these tables): an empty cell, as the CSV's empty field.
    assert_eq!(sel(lembar, "C4"), None);
    assert_eq!(sel(lembar, "A4"), None, "empty text writes no cell");
    // The header: bold (style 1), text.
    let (t, s, v) = sel(lembar, "C1").unwrap();
    assert_eq!((t, s), (Some("s"), Some("1")));
    assert_eq!(teks[v.parse::<usize>().unwrap()], "Capaian");
}

#[test]
fn dates_are_serials_under_the_dd_mm_yyyy_format_or_iso_text_before_1900_03() {
    let p = bagian(&ke_xlsx(&contoh(), "x"));
    let lembar = &p["xl/worksheets/sheet1.xml"];
    // 2026-03-31 is day 46112 of Excel's 1900 system (2026-01-01 is 46023).
    assert_eq!(sel(lembar, "D2"), Some((None, Some("2"), "46112")));
    assert!(p["xl/styles.xml"].contains("<numFmt numFmtId=\"164\" formatCode=\"dd-mm-yyyy\"/>"));
    assert!(p["xl/styles.xml"].contains("<xf numFmtId=\"164\""));
    assert_eq!(serial_tanggal(tanggal(1900, 3, 1)), Some(61));
    assert_eq!(serial_tanggal(tanggal(1900, 2, 28)), None);
    let (t, _, v) = sel(lembar, "D3").unwrap();
    assert_eq!(t, Some("s"));
    let teks = daftar_teks(&p["xl/sharedStrings.xml"]);
    assert_eq!(teks[v.parse::<usize>().unwrap()], "1899-12-31");
}

#[test]
fn text_is_escaped_forbidden_characters_left_out_and_excel_escapes_kept_literal() {
    let p = bagian(&ke_xlsx(&contoh(), "x"));
    let teks = daftar_teks(&p["xl/sharedStrings.xml"]);
    assert!(
        teks.contains(&"Sari &lt;Wulan&gt; &amp; &quot;Tim&quot;\tA\nB&#13;"),
        "{teks:?}"
    );
    assert!(teks.contains(&"_x005F_x0041_ kode"), "{teks:?}");
    let mut s = String::new();
    tulis_xml(&mut s, "a_x00e9_b_x12_c_");
    assert_eq!(
        s, "a_x005F_x00e9_b_x12_c_",
        "only a full _xHHHH_ is escaped"
    );
}

#[test]
fn repeated_text_is_stored_once() {
    let p = bagian(&ke_xlsx(&contoh(), "x"));
    let sst = &p["xl/sharedStrings.xml"];
    let teks = daftar_teks(sst);
    assert_eq!(teks.iter().filter(|t| **t == "Baik").count(), 1);
    // 4 header cells, 2 + 2 + 1 text cells in the rows, a pre-1900 date as text.
    assert!(
        sst.contains(&format!("count=\"10\" uniqueCount=\"{}\"", teks.len())),
        "{sst}"
    );
    let lembar = &p["xl/worksheets/sheet1.xml"];
    assert_eq!(sel(lembar, "A3").unwrap().2, sel(lembar, "B3").unwrap().2);
}

#[test]
fn sheet_names_follow_excels_rules() {
    let n = nama_lembar("Pegawai [Bidang]: Mutasi/Keuangan? * \\ Triwulan II 2026");
    assert_eq!(n, "Pegawai Bidang Mutasi Keuangan");
    assert!(n.encode_utf16().count() <= 31);
    assert_eq!(
        nama_lembar("Ringkasan Triwulan II 2026"),
        "Ringkasan Triwulan II 2026"
    );
    assert_eq!(nama_lembar("  'Unit'  "), "Unit");
    assert_eq!(nama_lembar("[]:*?/\\"), "Tabel");
    assert_eq!(nama_lembar("history"), "Tabel", "reserved by Excel");
    assert_eq!(nama_lembar("a\u{0}\tb"), "a b");
    // Counted in UTF-16 units: 16 emoji are 32 units, one too many.
    assert_eq!(nama_lembar(&"😀".repeat(16)).chars().count(), 15);
    let p = bagian(&ke_xlsx(&Tabel::baru(&["a"]), "R&D <Pusat>"));
    assert!(p["xl/workbook.xml"].contains("name=\"R&amp;D &lt;Pusat&gt;\""));
}

#[test]
fn an_empty_table_is_still_a_workbook() {
    for t in [Tabel::default(), Tabel::baru(&["NIP", "Nama"])] {
        let p = bagian(&ke_xlsx(&t, ""));
        let lembar = &p["xl/worksheets/sheet1.xml"];
        assert!(!lembar.contains("<pane"), "no rows: nothing to freeze");
        assert!(p["xl/workbook.xml"].contains("name=\"Tabel\""));
        if t.kolom.is_empty() {
            assert!(lembar.contains("<dimension ref=\"A1\"/><sheetData></sheetData>"));
            assert!(p["xl/sharedStrings.xml"].contains("count=\"0\" uniqueCount=\"0\""));
        } else {
            assert!(lembar.contains("<dimension ref=\"A1:B1\"/>"));
            assert_eq!(sel(lembar, "B1").unwrap().1, Some("1"));
            assert_eq!(lembar.matches("<row ").count(), 1);
        }
    }
}

#[test]
fn columns_are_lettered_and_sized_to_their_contents() {
    for (i, h) in [
        (0, "A"),
        (25, "Z"),
        (26, "AA"),
        (701, "ZZ"),
        (702, "AAA"),
        (16383, "XFD"),
    ] {
        assert_eq!(huruf_kolom(i), h);
    }
    let mut t = Tabel::baru(&["NIP", "Catatan"]);
    t.tambah(
        vec![Sel::teks("198609262015052001"), Sel::teks("x".repeat(500))],
        None,
    );
    let p = bagian(&ke_xlsx(&t, "x"));
    let lembar = &p["xl/worksheets/sheet1.xml"];
    assert!(
        lembar.contains("<col min=\"1\" max=\"1\" width=\"20\" customWidth=\"1\"/>"),
        "{lembar}"
    );
    assert!(lembar.contains("<col min=\"2\" max=\"2\" width=\"60\" customWidth=\"1\"/>"));
    assert!(
        lembar.contains("<pane ySplit=\"1\""),
        "the header row stays in view"
    );
}

#[test]
fn numbers_never_take_an_exponent_or_a_locale() {
    assert_eq!(angka_xml(1e20).as_deref(), Some("100000000000000000000"));
    assert_eq!(angka_xml(2.34).as_deref(), Some("2.34"));
    assert_eq!(angka_xml(0.000001).as_deref(), Some("0.000001"));
    assert_eq!(angka_xml(-0.0).as_deref(), Some("0"));
    assert_eq!(angka_xml(f64::INFINITY), None);
}

#[test]
fn a_shared_string_shows_direction_controls_and_stops_at_excels_limit() {
    let mut t = Tabel::baru(&["Nama", "Kendala"]);
    t.tambah(
        vec![
            Sel::teks("Sari\u{202E}nawruW"),
            Sel::teks("a".repeat(40_000)),
        ],
        None,
    );
    let p = bagian(&ke_xlsx(&t, "x"));
    let teks = daftar_teks(&p["xl/sharedStrings.xml"]);
    assert!(teks.contains(&"Sari⟦U+202E⟧nawruW"), "{teks:?}");
    let panjang = teks.iter().find(|s| s.starts_with("aaa")).unwrap();
    assert!(panjang.ends_with('…'));
    assert!(panjang.encode_utf16().count() <= 32_767);
}
