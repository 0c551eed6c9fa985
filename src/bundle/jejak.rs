//! Deserializes a domain type from a `serde_json::Value` while keeping track of where it is, so
//! a failure names the field (`records[3].data.rhk[0].iki[1].target`) and the reason, not just
//! "invalid type". serde_json's own `from_value` forgets the path, and the only crate allowed
//! here is `sha2`, so this is a small deserializer of our own. The path is a chain of borrowed
//! segments on the stack and is only turned into text when something fails.

use super::jejak_de::Jejak;
use serde::de::{self, DeserializeOwned, Expected, Unexpected};
use serde_json::Value;
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
}

impl GalatData {
    pub(crate) fn baru(sebab: Sebab) -> Self {
        GalatData {
            jalur: String::new(),
            sebab,
            ditandai: false,
        }
    }
}

impl fmt::Display for GalatData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {:?}", self.jalur, self.sebab)
    }
}

impl std::error::Error for GalatData {}

impl de::Error for GalatData {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        GalatData::baru(Sebab::Lain(msg.to_string()))
    }

    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        GalatData::baru(Sebab::TipeSalah {
            ada: Bentuk::dari_unexpected(&unexp),
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
#[path = "jejak_tests.rs"]
mod tests;
