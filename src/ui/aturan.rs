//! The agency's own rulebook put in force (`Rulebook::pasang`) from the rulebook record its
//! admin sent: read before each screen is drawn (`ui::layar`) and whenever data changes, so
//! advice, kuadran, checks and printouts follow the agency's thresholds. Only lazy code calls
//! this: the rulebook's decoder stays out of the first load.

use crate::domain::Rulebook;
use crate::store::rekaman::{kunci, AWALAN_REKAMAN};
use crate::store::KvStore;
use serde_json::Value;
use std::cell::RefCell;

thread_local! {
    // The record in force, by id and revision (`None` before the first read; `Some(None)`:
    // no agency rulebook, the built-in one).
    static TERPASANG: RefCell<Option<Option<(String, u64)>>> = const { RefCell::new(None) };
}

/// Puts in force the live rulebook record written last (by its `updated_at`, as written:
/// RFC 3339 of the admin's device), or the built-in one when there is none; parsed only when
/// another record or revision is found. A record that does not read as a consistent rulebook
/// (an import checks it; storage may be older) leaves the built-in one in force rather than
/// half an agency's rules. Reads the few rulebook keys alone, each envelope as a plain value
/// (this runs before every screen: the general record reader stays in the screens that use it).
pub fn pasang_dari(store: &dyn KvStore) {
    let pilih = pilih_rekaman(store);
    let tanda = pilih.as_ref().map(|(id, r, _)| (id.clone(), *r));
    if TERPASANG.with(|t| t.borrow().as_ref() == Some(&tanda)) {
        return;
    }
    let rb = pilih.and_then(|(_, _, data)| Rulebook::dari_nilai(&data).ok());
    Rulebook::pasang(rb);
    TERPASANG.with(|t| *t.borrow_mut() = Some(tanda));
}

/// The stored rulebook in force, named as About shows it ("name · version (id)"), read from
/// its record alone, without decoding it: `None` for the built-in one.
pub fn nama_tersimpan(store: &dyn KvStore, bahasa: crate::domain::Bahasa) -> Option<String> {
    let (_, _, data) = pilih_rekaman(store)?;
    let teks = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let kode = match bahasa {
        crate::domain::Bahasa::Id => "id",
        crate::domain::Bahasa::En => "en",
    };
    let nama = teks(&data["nama"][kode]);
    Some(format!(
        "{nama} · {} ({})",
        teks(&data["versi"]),
        teks(&data["id"])
    ))
}

/// The live rulebook record written last: its id, revision and `data`.
fn pilih_rekaman(store: &dyn KvStore) -> Option<(String, u64, Value)> {
    let awalan = kunci("rulebook", "");
    debug_assert!(awalan.starts_with(AWALAN_REKAMAN));
    let kunci_semua = store.kunci_awalan(&awalan).ok()?;
    let mut pilih: Option<(String, String, u64, Value)> = None;
    for k in kunci_semua {
        let Ok(Some(teks)) = store.get(&k) else {
            continue;
        };
        let Ok(Value::Object(mut o)) = crate::jejak::value_dari_teks(&teks) else {
            continue;
        };
        if o.get("deleted").and_then(Value::as_bool) == Some(true) {
            continue;
        }
        let teks_dari = |o: &serde_json::Map<String, Value>, f: &str| {
            o.get(f)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let (id, waktu) = (teks_dari(&o, "id"), teks_dari(&o, "updated_at"));
        let revisi = o
            .get("revision")
            .and_then(Value::as_u64)
            .unwrap_or_default();
        let lebih_baru = pilih
            .as_ref()
            .is_none_or(|(i, w, _, _)| (&waktu, &id) > (w, i));
        if lebih_baru {
            let data = o.remove("data").unwrap_or(Value::Null);
            pilih = Some((id, waktu, revisi, data));
        }
    }
    pilih.map(|(id, _, r, data)| (id, r, data))
}

#[cfg(test)]
#[path = "aturan_tests.rs"]
mod tests;
