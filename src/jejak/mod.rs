//! The one way app data is read: text → `serde_json::Value` → the type, through the
//! path-keeping deserializer in `pembaca.rs`. Every `Deserialize` impl is then compiled for
//! that one deserializer only (not also for serde_json's text and value readers), which keeps
//! the wasm small, and every failure names the field (`records[3].data.rhk[0].iki[1].target`)
//! and the reason, not just "invalid type". serde_json's own `from_value` forgets the path, and
//! no crate beyond serde, serde_json and sha2 is allowed, so this is a small deserializer of our
//! own. The path is a chain of borrowed segments on the stack and is only turned into text when
//! something fails.
//!
//! It depends on serde and serde_json only, so every layer (domain included) may use it;
//! `bundle::jejak` re-exports it under its old name.

mod pembaca;

use pembaca::Jejak;
use serde::de::{self, DeserializeOwned, Expected, Unexpected};
use serde_json::Value;
use std::any::type_name;
use std::fmt::{self, Write as _};

/// Why the data did not fit the domain type.
#[derive(Clone, Debug, PartialEq)]
pub enum Sebab {
    KolomHilang(String),
    /// `ada`: what the file holds (a [`Bentuk`]); `harap`: serde's description of the wanted type.
    TipeSalah {
        ada: Bentuk,
        harap: String,
    },
    NilaiTidakDikenal {
        nilai: String,
        pilihan: Vec<String>,
    },
    TanggalTidakSah(String),
    /// A value of the right shape outside what the type holds (−1 or 300 for a `u8`).
    /// `nilai`: the value as the file writes it; `harap`: serde's name for the wanted type.
    DiLuarJangkauan {
        nilai: String,
        harap: String,
    },
    /// A list of the wrong length where a fixed number of items is wanted.
    PanjangSalah {
        panjang: usize,
        harap: String,
    },
    /// A type's own check failed; the text is that type's reason (an error code of the
    /// domain, such as `angka_di_luar_jangkauan`), for logs, never shown as it is.
    Lain(String),
}

/// The shape of a JSON value, named so messages can say it in either language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bentuk {
    Kosong,
    Boolean,
    Bilangan,
    Teks,
    Daftar,
    Objek,
    Lain,
}

impl Bentuk {
    pub fn dari_value(v: &Value) -> Bentuk {
        match v {
            Value::Null => Bentuk::Kosong,
            Value::Bool(_) => Bentuk::Boolean,
            Value::Number(_) => Bentuk::Bilangan,
            Value::String(_) => Bentuk::Teks,
            Value::Array(_) => Bentuk::Daftar,
            Value::Object(_) => Bentuk::Objek,
        }
    }

    pub(crate) fn dari_unexpected(u: &Unexpected<'_>) -> Bentuk {
        match u {
            Unexpected::Unit | Unexpected::Option => Bentuk::Kosong,
            Unexpected::Bool(_) => Bentuk::Boolean,
            Unexpected::Unsigned(_) | Unexpected::Signed(_) | Unexpected::Float(_) => {
                Bentuk::Bilangan
            }
            Unexpected::Char(_) | Unexpected::Str(_) => Bentuk::Teks,
            Unexpected::Seq => Bentuk::Daftar,
            Unexpected::Map => Bentuk::Objek,
            _ => Bentuk::Lain,
        }
    }
}

/// A failed typed read: the field path (from the root the caller named) and the reason.
#[derive(Clone, Debug, PartialEq)]
pub struct GalatData {
    pub jalur: String,
    pub sebab: Sebab,
    /// Set once the innermost deserializer has written its path; outer ones leave it alone.
    pub(crate) ditandai: bool,
    /// serde's words for a wrongly typed value (`string "empat"`), kept for the message.
    ditemukan: Option<String>,
}

impl GalatData {
    pub(crate) fn baru(sebab: Sebab) -> Self {
        GalatData {
            jalur: String::new(),
            sebab,
            ditandai: false,
            ditemukan: None,
        }
    }
}

/// serde_json's wording, so a message read in a log or a banner is as familiar as before.
impl fmt::Display for Sebab {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Sebab::KolomHilang(k) => write!(f, "missing field `{k}`"),
            Sebab::TipeSalah { ada, harap } => write!(f, "invalid type: {ada}, expected {harap}"),
            Sebab::NilaiTidakDikenal { nilai, pilihan } => {
                write!(f, "unknown variant `{nilai}`, expected one of ")?;
                for (i, p) in pilihan.iter().enumerate() {
                    let koma = if i > 0 { ", " } else { "" };
                    write!(f, "{koma}`{p}`")?;
                }
                Ok(())
            }
            Sebab::TanggalTidakSah(alasan) => write!(f, "invalid date: {alasan}"),
            Sebab::DiLuarJangkauan { nilai, harap } => {
                write!(f, "invalid value: {nilai}, expected {harap}")
            }
            Sebab::PanjangSalah { panjang, harap } => {
                write!(f, "invalid length {panjang}, expected {harap}")
            }
            Sebab::Lain(alasan) => f.write_str(alasan),
        }
    }
}

impl fmt::Display for Bentuk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Bentuk::Kosong => "null",
            Bentuk::Boolean => "boolean",
            Bentuk::Bilangan => "number",
            Bentuk::Teks => "string",
            Bentuk::Daftar => "sequence",
            Bentuk::Objek => "map",
            Bentuk::Lain => "value",
        })
    }
}

/// `path: reason`, e.g. `data.rhk[0].iki[1].target: invalid type: string "x", expected f64`.
impl fmt::Display for GalatData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.jalur.is_empty() {
            write!(f, "{}: ", self.jalur)?;
        }
        match (&self.sebab, &self.ditemukan) {
            (Sebab::TipeSalah { harap, .. }, Some(ada)) => {
                write!(f, "invalid type: {ada}, expected {harap}")
            }
            (sebab, _) => write!(f, "{sebab}"),
        }
    }
}

impl std::error::Error for GalatData {}

impl de::Error for GalatData {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        // chrono's date readers fail with their own `ParseError`: a date problem, known by the
        // error's type. Asking each string's visitor what it expects instead (through its
        // `expecting` text) cost a twentieth of an agency's import, paid on every string read.
        let alasan = msg.to_string();
        let tanggal = type_name::<T>() == type_name::<chrono::ParseError>();
        GalatData::baru(match tanggal {
            true => Sebab::TanggalTidakSah(alasan),
            false => Sebab::Lain(alasan),
        })
    }

    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        GalatData {
            ditemukan: Some(unexp.to_string()),
            ..GalatData::baru(Sebab::TipeSalah {
                ada: Bentuk::dari_unexpected(&unexp),
                harap: exp.to_string(),
            })
        }
    }

    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        let nilai = match unexp {
            Unexpected::Unsigned(n) => n.to_string(),
            Unexpected::Signed(n) => n.to_string(),
            Unexpected::Float(n) => n.to_string(),
            Unexpected::Str(s) => format!("«{s}»"),
            lain => Bentuk::dari_unexpected(&lain).to_string(),
        };
        GalatData::baru(Sebab::DiLuarJangkauan {
            nilai,
            harap: exp.to_string(),
        })
    }

    fn invalid_length(len: usize, exp: &dyn Expected) -> Self {
        GalatData::baru(Sebab::PanjangSalah {
            panjang: len,
            harap: exp.to_string(),
        })
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        GalatData::baru(Sebab::NilaiTidakDikenal {
            nilai: variant.to_string(),
            pilihan: expected.iter().map(|s| s.to_string()).collect(),
        })
    }

    fn missing_field(field: &'static str) -> Self {
        GalatData::baru(Sebab::KolomHilang(field.to_string()))
    }
}

/// Text that is not JSON: where (1-based, as serde_json counts) and serde_json's reason, which
/// ends with the same line and column.
#[derive(Clone, Debug, PartialEq)]
pub struct GalatJson {
    pub baris: usize,
    pub kolom: usize,
    /// The text ended early (a cut-off download) rather than going wrong somewhere.
    pub terpotong: bool,
    pub alasan: String,
}

impl fmt::Display for GalatJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.alasan)
    }
}

/// Why text did not become the wanted type.
#[derive(Clone, Debug, PartialEq)]
pub enum GalatJejak {
    Json(GalatJson),
    /// JSON, but not of the type's shape: where and why.
    Data(GalatData),
}

impl fmt::Display for GalatJejak {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GalatJejak::Json(g) => write!(f, "{g}"),
            GalatJejak::Data(g) => write!(f, "{g}"),
        }
    }
}

impl std::error::Error for GalatJejak {}

impl From<GalatData> for GalatJejak {
    fn from(g: GalatData) -> Self {
        GalatJejak::Data(g)
    }
}

impl From<GalatJson> for GalatJejak {
    fn from(g: GalatJson) -> Self {
        GalatJejak::Json(g)
    }
}

/// Parses text into a `Value`: the only text parser of the app, for callers that migrate or
/// inspect the value before reading it as a type.
pub fn value_dari_teks(teks: &str) -> Result<Value, GalatJson> {
    serde_json::from_str::<Value>(teks).map_err(|e| GalatJson {
        baris: e.line(),
        kolom: e.column(),
        terpotong: e.is_eof(),
        alasan: e.to_string(),
    })
}

/// Reads JSON text as `T`; paths in errors start at the top (`rhk[0].iki`).
pub fn dari_teks<T: DeserializeOwned>(teks: &str) -> Result<T, GalatJejak> {
    Ok(dari_value(&value_dari_teks(teks)?)?)
}

/// Reads `v` as `T`; paths in errors start at the top.
pub fn dari_value<T: DeserializeOwned>(v: &Value) -> Result<T, GalatData> {
    baca_sebagai(v, "")
}

/// Reads `v` as `T`; errors name paths below `akar` (e.g. `records[3].data`).
pub fn baca_sebagai<T: DeserializeOwned>(v: &Value, akar: &str) -> Result<T, GalatData> {
    let seg = Segmen::Akar(akar);
    T::deserialize(Jejak::baru(v, &seg))
}

/// One step of a path; the chain lives on the stack of the deserializers.
#[derive(Clone, Copy)]
pub(crate) enum Segmen<'a> {
    Akar(&'a str),
    Kunci(&'a Segmen<'a>, &'a str),
    Indeks(&'a Segmen<'a>, usize),
}

impl Segmen<'_> {
    pub(crate) fn tulis(&self, out: &mut String) {
        match self {
            Segmen::Akar(s) => out.push_str(s),
            Segmen::Kunci(p, k) => {
                p.tulis(out);
                tulis_kunci(out, k);
            }
            Segmen::Indeks(p, i) => {
                p.tulis(out);
                let _ = write!(out, "[{i}]");
            }
        }
    }

    pub(crate) fn teks(&self) -> String {
        let mut s = String::new();
        self.tulis(&mut s);
        s
    }
}

/// `.nama` for plain keys; `["a.b"]` (JSON-quoted) for keys that would make the path ambiguous.
pub(crate) fn tulis_kunci(out: &mut String, k: &str) {
    let polos = !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if polos {
        if !out.is_empty() {
            out.push('.');
        }
        out.push_str(k);
    } else {
        out.push('[');
        out.push_str(&Value::String(k.to_string()).to_string());
        out.push(']');
    }
}

#[cfg(test)]
mod tests;
