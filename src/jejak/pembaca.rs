//! The path-keeping deserializer over `serde_json::Value` behind [`super::baca_sebagai`]:
//! objects, arrays, enums (externally tagged; serde buffers the tagged kinds itself) and map
//! keys that serde_json would parse from text (numbers, booleans).

use super::{GalatData, Segmen};
use serde::de::{
    self, value::BorrowedStrDeserializer, DeserializeSeed, MapAccess, SeqAccess, Unexpected,
    VariantAccess, Visitor,
};
use serde_json::Value;

pub(crate) struct Jejak<'de, 'a> {
    v: &'de Value,
    jalur: &'a Segmen<'a>,
}

impl<'de, 'a> Jejak<'de, 'a> {
    pub(crate) fn baru(v: &'de Value, jalur: &'a Segmen<'a>) -> Self {
        Jejak { v, jalur }
    }

    fn tandai(&self, mut e: GalatData) -> GalatData {
        if !e.ditandai {
            e.jalur = self.jalur.teks();
            e.ditandai = true;
        }
        e
    }
}

impl<'de> de::Deserializer<'de> for Jejak<'de, '_> {
    type Error = GalatData;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GalatData> {
        let hasil = match self.v {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => {
                if let Some(u) = n.as_u64() {
                    visitor.visit_u64(u)
                } else if let Some(i) = n.as_i64() {
                    visitor.visit_i64(i)
                } else {
                    visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN))
                }
            }
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(a) => {
                let mut akses = AksesDeret {
                    iter: a.iter().enumerate(),
                    jalur: self.jalur,
                };
                visitor
                    .visit_seq(&mut akses)
                    .and_then(|nilai| match akses.iter.len() {
                        0 => Ok(nilai),
                        _ => Err(de::Error::invalid_length(a.len(), &"fewer elements")),
                    })
            }
            Value::Object(o) => visitor.visit_map(AksesPeta {
                iter: o.iter(),
                nilai: None,
                jalur: self.jalur,
            }),
        };
        hasil.map_err(|e| self.tandai(e))
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GalatData> {
        match self.v {
            Value::String(s) => visitor
                .visit_borrowed_str(s)
                .map_err(|e: GalatData| self.tandai(e)),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GalatData> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GalatData> {
        match self.v {
            Value::Null => visitor.visit_none().map_err(|e| self.tandai(e)),
            _ => {
                let jalur = self.jalur;
                visitor
                    .visit_some(Jejak { v: self.v, jalur })
                    .map_err(|e| Jejak { v: self.v, jalur }.tandai(e))
            }
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, GalatData> {
        let (v, jalur) = (self.v, self.jalur);
        visitor
            .visit_newtype_struct(Jejak { v, jalur })
            .map_err(|e| Jejak { v, jalur }.tandai(e))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, GalatData> {
        let hasil = match self.v {
            Value::String(s) => visitor.visit_enum(BorrowedStrDeserializer::<GalatData>::new(s)),
            Value::Object(o) if o.len() == 1 => match o.iter().next() {
                Some((k, v)) => visitor.visit_enum(AksesVarian {
                    kunci: k,
                    v,
                    jalur: self.jalur,
                }),
                None => Err(de::Error::invalid_type(Unexpected::Map, &visitor)),
            },
            lain => Err(de::Error::invalid_type(tak_terduga(lain), &visitor)),
        };
        hasil.map_err(|e| self.tandai(e))
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GalatData> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf unit
        unit_struct seq tuple tuple_struct map struct identifier
    }
}

fn tak_terduga(v: &Value) -> Unexpected<'_> {
    match v {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (_, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

struct AksesDeret<'de, 'a> {
    iter: std::iter::Enumerate<std::slice::Iter<'de, Value>>,
    jalur: &'a Segmen<'a>,
}

impl<'de> SeqAccess<'de> for &mut AksesDeret<'de, '_> {
    type Error = GalatData;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, GalatData> {
        match self.iter.next() {
            Some((i, v)) => {
                let seg = Segmen::Indeks(self.jalur, i);
                // Tagged enums fail after their own deserializer returned, so tag here too.
                seed.deserialize(Jejak { v, jalur: &seg })
                    .map(Some)
                    .map_err(|e| Jejak { v, jalur: &seg }.tandai(e))
            }
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

struct AksesPeta<'de, 'a> {
    iter: serde_json::map::Iter<'de>,
    nilai: Option<(&'de str, &'de Value)>,
    jalur: &'a Segmen<'a>,
}

impl<'de> MapAccess<'de> for AksesPeta<'de, '_> {
    type Error = GalatData;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, GalatData> {
        match self.iter.next() {
            Some((k, v)) => {
                self.nilai = Some((k.as_str(), v));
                seed.deserialize(Kunci(k)).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, GalatData> {
        let (k, v) = self
            .nilai
            .take()
            .ok_or_else(|| <GalatData as de::Error>::custom("value without key"))?;
        let seg = Segmen::Kunci(self.jalur, k);
        seed.deserialize(Jejak { v, jalur: &seg })
            .map_err(|e| Jejak { v, jalur: &seg }.tandai(e))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

/// `{"variant": value}`: an externally tagged enum with data.
struct AksesVarian<'de, 'a> {
    kunci: &'de str,
    v: &'de Value,
    jalur: &'a Segmen<'a>,
}

impl<'de, 'a> de::EnumAccess<'de> for AksesVarian<'de, 'a> {
    type Error = GalatData;
    type Variant = Jejak<'de, 'a>;

    fn variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<(T::Value, Jejak<'de, 'a>), GalatData> {
        let nama = seed.deserialize(BorrowedStrDeserializer::<GalatData>::new(self.kunci))?;
        Ok((
            nama,
            Jejak {
                v: self.v,
                jalur: self.jalur,
            },
        ))
    }
}

impl<'de> VariantAccess<'de> for Jejak<'de, '_> {
    type Error = GalatData;

    fn unit_variant(self) -> Result<(), GalatData> {
        match self.v {
            Value::Null => Ok(()),
            lain => Err(self.tandai(de::Error::invalid_type(tak_terduga(lain), &"unit variant"))),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, GalatData> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, GalatData> {
        de::Deserializer::deserialize_seq(self, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, GalatData> {
        de::Deserializer::deserialize_map(self, visitor)
    }
}

/// An object key. Like serde_json, numeric and boolean map keys (`BTreeMap<u8, _>` in the
/// rulebook) are parsed from their text.
struct Kunci<'de>(&'de str);

macro_rules! kunci_angka {
    ($($metode:ident $tipe:ty => $visit:ident),*) => {$(
        fn $metode<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GalatData> {
            match self.0.parse::<$tipe>() {
                Ok(n) => visitor.$visit(n),
                Err(_) => Err(de::Error::invalid_type(Unexpected::Str(self.0), &visitor)),
            }
        }
    )*};
}

impl<'de> de::Deserializer<'de> for Kunci<'de> {
    type Error = GalatData;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GalatData> {
        visitor.visit_borrowed_str(self.0)
    }

    kunci_angka! {
        deserialize_i8 i8 => visit_i8, deserialize_i16 i16 => visit_i16,
        deserialize_i32 i32 => visit_i32, deserialize_i64 i64 => visit_i64,
        deserialize_u8 u8 => visit_u8, deserialize_u16 u16 => visit_u16,
        deserialize_u32 u32 => visit_u32, deserialize_u64 u64 => visit_u64,
        deserialize_f32 f32 => visit_f32, deserialize_f64 f64 => visit_f64,
        deserialize_bool bool => visit_bool
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GalatData> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, GalatData> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, GalatData> {
        visitor.visit_enum(BorrowedStrDeserializer::<GalatData>::new(self.0))
    }

    serde::forward_to_deserialize_any! {
        i128 u128 char str string bytes byte_buf unit unit_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}
