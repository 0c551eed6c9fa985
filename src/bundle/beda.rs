//! What an import would change in one record, field by field, for the dry run: the person
//! reads "Rating hasil kerja: Baik → Sangat Baik" instead of a record id. Pure: the screen
//! turns field names and values into words.

use serde_json::Value;

/// One top-level field of `data` that differs; `None` where the field is absent.
#[derive(Clone, Debug, PartialEq)]
pub struct Beda {
    pub kolom: String,
    pub lama: Option<Value>,
    pub baru: Option<Value>,
}

/// The fields that differ between the stored and the incoming `data`, in key order (fields
/// only the stored one has come last). A nested value that differs is one change.
pub fn beda(lokal: &Value, masuk: &Value) -> Vec<Beda> {
    let (Some(l), Some(m)) = (lokal.as_object(), masuk.as_object()) else {
        return if lokal == masuk {
            Vec::new()
        } else {
            vec![Beda {
                kolom: String::new(),
                lama: Some(lokal.clone()),
                baru: Some(masuk.clone()),
            }]
        };
    };
    let mut out: Vec<Beda> = m
        .iter()
        .filter(|(k, v)| l.get(*k) != Some(*v))
        .map(|(k, v)| Beda {
            kolom: k.clone(),
            lama: l.get(k).cloned(),
            baru: Some(v.clone()),
        })
        .collect();
    out.extend(
        l.iter()
            .filter(|(k, _)| !m.contains_key(*k))
            .map(|(k, v)| Beda {
                kolom: k.clone(),
                lama: Some(v.clone()),
                baru: None,
            }),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_changed_fields_are_listed_with_both_values() {
        let l = json!({"id": "a", "golongan": "III/a", "nama": "Sari", "lama": 1});
        let m = json!({"id": "a", "golongan": "I/a", "nama": "Sari", "baru": true});
        let b = beda(&l, &m);
        let kolom: Vec<&str> = b.iter().map(|x| x.kolom.as_str()).collect();
        assert_eq!(kolom, ["baru", "golongan", "lama"]);
        assert_eq!(b[1].lama, Some(json!("III/a")));
        assert_eq!(b[1].baru, Some(json!("I/a")));
        assert_eq!(b[0].lama, None);
        assert_eq!(b[2].baru, None);
        assert!(beda(&l, &l).is_empty());
    }
}
