//! Every string of every text table names the same `{placeholders}` in both languages, so
//! [`super::isi`] fills both alike. Read from the source, so a new string or a new feature's
//! `teks.rs` is checked without being listed here.

use std::collections::BTreeMap;

/// Placeholder names of each string literal, per field, in the struct literal that follows
/// `mulai` in `src` (`field: "…"` or `field: ["…", "…"]`).
fn lubang_per_medan(src: &str, mulai: &str) -> BTreeMap<String, Vec<Vec<String>>> {
    let awal = src
        .find(mulai)
        .unwrap_or_else(|| panic!("{mulai} not found"));
    let badan = &src[awal + src[awal..].find('{').unwrap() + 1..];
    let mut peta: BTreeMap<String, Vec<Vec<String>>> = BTreeMap::new();
    let (mut medan, mut kata, mut dalam) = (String::new(), String::new(), 0i32);
    let mut huruf = badan.chars();
    while let Some(c) = huruf.next() {
        match c {
            '"' => {
                let mut teks = String::new();
                while let Some(c) = huruf.next() {
                    match c {
                        '\\' => teks.push(huruf.next().unwrap_or('\\')),
                        '"' => break,
                        c => teks.push(c),
                    }
                }
                let mut nama: Vec<String> = teks
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
                    .collect();
                nama.sort_unstable();
                peta.entry(medan.clone()).or_default().push(nama);
            }
            '/' => {
                // Comments: skip to the end of the line.
                if huruf.clone().next() == Some('/') {
                    huruf.by_ref().find(|c| *c == '\n');
                }
            }
            '{' | '[' | '(' => dalam += 1,
            '}' | ']' | ')' if dalam == 0 => break,
            '}' | ']' | ')' => dalam -= 1,
            ':' if dalam == 0 => medan = std::mem::take(&mut kata),
            c if c.is_alphanumeric() || c == '_' => kata.push(c),
            _ => kata.clear(),
        }
    }
    peta
}

fn bandingkan(berkas: &str, id: &str, en: &str) -> usize {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let baca = |f: &str| std::fs::read_to_string(root.join(f)).unwrap();
    let (sid, sen) = if berkas.is_empty() {
        (baca("i18n/id.rs"), baca("i18n/en.rs"))
    } else {
        (baca(berkas), baca(berkas))
    };
    let (a, b) = (lubang_per_medan(&sid, id), lubang_per_medan(&sen, en));
    assert!(!a.is_empty(), "{berkas}: no strings found");
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "{berkas}: fields differ"
    );
    for (medan, lubang) in &a {
        assert_eq!(lubang, &b[medan], "{berkas}: {medan}");
    }
    a.values().map(Vec::len).sum()
}

#[test]
fn every_string_names_the_same_placeholders_in_both_languages() {
    let mut jumlah = bandingkan("", "pub static TEKS", "pub static TEKS");
    let mut fitur = 0;
    // Every `teks.rs` under src/ui, a feature's sub-screens' own tables included.
    let akar = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut folder = vec![akar.clone()];
    while let Some(d) = folder.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                folder.push(p);
            } else if p.file_name().is_some_and(|n| n == "teks.rs") && p.parent() != Some(&akar) {
                let nama = p
                    .strip_prefix(&akar)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                jumlah += bandingkan(&nama, "pub const ID:", "pub const EN:");
                fitur += 1;
            }
        }
    }
    assert!(fitur >= 11, "found {fitur} feature text files");
    assert!(jumlah > 400, "compared only {jumlah} strings");
}

#[test]
fn the_scanner_sees_a_renamed_placeholder() {
    let src = r#"pub const ID: T = T { a: "Halo {nama}", b: ["{x} dan {y}", "z"], // {c}
    };
    pub const EN: T = T { a: "Hello {name}", b: ["{y} and {x}", "z"], };"#;
    let id = lubang_per_medan(src, "pub const ID:");
    let en = lubang_per_medan(src, "pub const EN:");
    assert_eq!(id["a"], [vec!["nama".to_string()]]);
    assert_ne!(id["a"], en["a"]);
    assert_eq!(id["b"], en["b"]);
    assert_eq!(id.len(), 2);
}
