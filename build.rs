//! The home screen needs one value of the built-in rulebook: the default kind of evaluation
//! period. Reading it here, from the same JSON, keeps the 65 KB rulebook text out of the first
//! download (the split tool moves data that only lazy screens use into their chunks) while the
//! rulebook stays the one source of the value. A test compares it with the parsed rulebook.
//! It also writes the rulebook without its indentation, which is what the app embeds (the
//! file stays readable for people; the download shrinks by 0.6 KB gzip).
use std::{env, fs, path::Path};

fn main() {
    let sumber = "src/domain/rulebook/bawaan.json";
    println!("cargo:rerun-if-changed={sumber}");
    println!("cargo:rerun-if-changed=build.rs");
    let teks = fs::read_to_string(sumber).unwrap_or_else(|e| panic!("{sumber}: {e}"));
    let v: serde_json::Value =
        serde_json::from_str(&teks).unwrap_or_else(|e| panic!("{sumber} is not JSON: {e}"));
    let kode = v["periode_evaluasi_default"]
        .as_str()
        .unwrap_or_else(|| panic!("{sumber}: periode_evaluasi_default is missing"));
    let keluar = env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"));
    fs::write(
        Path::new(&keluar).join("periode_evaluasi_default.rs"),
        format!("{kode:?}"),
    )
    .unwrap_or_else(|e| panic!("writing the rulebook default: {e}"));
    let ringkas = serde_json::to_string(&v).unwrap_or_else(|e| panic!("{sumber}: {e}"));
    fs::write(Path::new(&keluar).join("bawaan.min.json"), ringkas)
        .unwrap_or_else(|e| panic!("writing the compact rulebook: {e}"));
}
