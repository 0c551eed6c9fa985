//! Sorted collections built by inserting. `collect` into a `BTreeMap`, a `BTreeSet` or a JSON
//! object sorts its items first with a stable sort, and every call site (each iterator type)
//! gets its own copy of that sort: about 3 KB of wasm each. Inserting one by one gives the
//! same result (the last of equal keys wins, as with `collect`) through the one `insert`
//! every map already has.

use std::collections::{BTreeMap, BTreeSet};

/// A map of the pairs, as `collect` would make it.
pub fn peta<K: Ord, V>(isi: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut m = BTreeMap::new();
    for (k, v) in isi {
        m.insert(k, v);
    }
    m
}

/// A set of the items, as `collect` would make it.
pub fn himpunan<T: Ord>(isi: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut s = BTreeSet::new();
    for x in isi {
        s.insert(x);
    }
    s
}

/// A JSON object of the pairs, as `collect` would make it.
pub fn objek(
    isi: impl IntoIterator<Item = (String, serde_json::Value)>,
) -> serde_json::Map<String, serde_json::Value> {
    let mut m = serde_json::Map::new();
    for (k, v) in isi {
        m.insert(k, v);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    #[test]
    fn inserting_gives_what_collect_gives_including_the_last_of_equal_keys() {
        let pasangan = [("b", 1), ("a", 2), ("b", 3)];
        let dikumpul: BTreeMap<_, _> = pasangan.into_iter().collect();
        assert_eq!(peta(pasangan), dikumpul);
        assert_eq!(peta(pasangan)["b"], 3);
        let s: BTreeSet<_> = [3, 1, 3, 2].into_iter().collect();
        assert_eq!(himpunan([3, 1, 3, 2]), s);
        let o = objek([("z".to_string(), json!(1)), ("a".into(), json!(2))]);
        assert_eq!(Value::Object(o), json!({"a": 2, "z": 1}));
    }
}
