//! How the bundle's own types become JSON: each written shape is described once, as a
//! `Value` (known fields first, then the unknown ones kept from newer versions), and their
//! `Serialize` goes through it, so writing can never fail or fall back to `null`.

use super::{Bundle, Digest, Pengekspor, Record};
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

/// An object of the known fields, then every kept unknown one (`lain`) that does not shadow a
/// known field, so a hand-built `lain` can never produce a duplicate or replace a known value.
pub(super) fn objek<const N: usize>(
    dikenal: [(&str, Value); N],
    lain: &Map<String, Value>,
) -> Value {
    let mut m = crate::kumpul::objek(dikenal.into_iter().map(|(k, v)| (k.to_string(), v)));
    for (k, v) in lain {
        if !m.contains_key(k) {
            m.insert(k.clone(), v.clone());
        }
    }
    Value::Object(m)
}

impl Record {
    /// The record as JSON value, the shape a file and the store's envelope share.
    pub fn ke_value(&self) -> Value {
        objek(
            [
                ("id", self.id.as_str().into()),
                ("type", self.jenis.kode().into()),
                ("revision", self.revisi.into()),
                ("updated_at", self.diperbarui.as_str().into()),
                ("deleted", self.dihapus.into()),
                ("data", self.data.clone()),
            ],
            &self.lain,
        )
    }
}

impl Pengekspor {
    pub(super) fn ke_value(&self) -> Value {
        objek(
            [
                ("nip", self.nip.as_str().into()),
                ("nama", self.nama.as_str().into()),
                ("peran", self.peran.as_str().into()),
            ],
            &self.lain,
        )
    }
}

impl Digest {
    pub(super) fn ke_value(&self) -> Value {
        objek(
            [
                ("algorithm", self.algorithm.as_str().into()),
                ("value", self.value.as_str().into()),
            ],
            &self.lain,
        )
    }
}

/// Serialising goes through the `ke_value` above: one description of each written shape.
macro_rules! lewat_value {
    ($($t:ty),*) => {$(
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                self.ke_value().serialize(s)
            }
        }
    )*};
}

lewat_value!(Record, Bundle, Pengekspor, Digest);
