//! The agency's own rulebook put in force (`Rulebook::pasang`) from the rulebook record its
//! admin sent: read before each screen is drawn (`ui::layar`) and whenever data changes, so
//! advice, kuadran, checks and printouts follow the agency's thresholds. Only lazy code calls
//! this: the rulebook's decoder stays out of the first load.

use crate::domain::Rulebook;
use crate::store::rekaman::{kunci, AWALAN_REKAMAN};
use crate::store::KvStore;
use serde_json::Value;
use std::cell::RefCell;

/// The agency rulebook record last read, by id and revision (`None`: none stored), and
/// whether it is in force (one failing the consistency check is not).
type Terpasang = (Option<(String, u64)>, bool);

thread_local! {
    // `None` before the first read.
    static TERPASANG: RefCell<Option<Terpasang>> = const { RefCell::new(None) };
}

/// Puts in force the live rulebook record written last (by its `updated_at`: the instant,
/// whatever the offset of the admin's device), or the built-in one when there is none; parsed only when
/// another record or revision is found. A record that does not read as a consistent rulebook
/// (an import checks it; storage may be older) leaves the built-in one in force rather than
/// half an agency's rules. Reads the few rulebook keys alone, each envelope as a plain value
/// (this runs before every screen: the general record reader stays in the screens that use it).
pub fn pasang_dari(store: &dyn KvStore) {
    let pilih = pilih_rekaman(store);
    let tanda = pilih.as_ref().map(|(id, r, _)| (id.clone(), *r));
    if TERPASANG.with(|t| t.borrow().as_ref().is_some_and(|(x, _)| *x == tanda)) {
        return;
    }
    let rb = pilih.and_then(|(_, _, data)| Rulebook::dari_nilai(&data).ok());
    let berlaku = tanda.is_none() || rb.is_some();
    Rulebook::pasang(rb);
    TERPASANG.with(|t| *t.borrow_mut() = Some((tanda, berlaku)));
}

/// The stored agency rulebook, named as About shows it ("name · version (id)"), and, when
/// [`pasang_dari`] found it inconsistent, that the built-in one is in force instead: `None`
/// when no agency rulebook is stored.
pub fn nama_tersimpan(store: &dyn KvStore, bahasa: crate::domain::Bahasa) -> Option<String> {
    let (id, revisi, data) = pilih_rekaman(store)?;
    let ditolak = TERPASANG.with(|t| {
        t.borrow()
            .as_ref()
            .is_some_and(|(x, berlaku)| !berlaku && *x == Some((id.clone(), revisi)))
    });
    let teks = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let kode = match bahasa {
        crate::domain::Bahasa::Id => "id",
        crate::domain::Bahasa::En => "en",
    };
    let nama = teks(&data["nama"][kode]);
    let nama = format!("{nama} · {} ({})", teks(&data["versi"]), teks(&data["id"]));
    if !ditolak {
        return Some(nama);
    }
    let bawaan = crate::domain::RULEBOOK_ID;
    Some(match bahasa {
        crate::domain::Bahasa::Id => format!(
            "{bawaan}. Buku aturan instansi {nama} tersimpan tetapi tidak berlaku: isinya tidak konsisten."
        ),
        crate::domain::Bahasa::En => format!(
            "{bawaan}. The agency rulebook {nama} is stored but not in force: it is inconsistent."
        ),
    })
}

/// An `updated_at` as an instant, for ordering records written in different time zones
/// (`…T10:30+08:00` is before `…T10:00+07:00`); `None` for one that does not read.
fn saat(waktu: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    chrono::DateTime::parse_from_rfc3339(waktu)
        .ok()
        .map(|d| d.with_timezone(&chrono::Utc))
}

/// The live rulebook record written last: its id, revision and `data`.
fn pilih_rekaman(store: &dyn KvStore) -> Option<(String, u64, Value)> {
    let awalan = kunci("rulebook", "");
    debug_assert!(awalan.starts_with(AWALAN_REKAMAN));
    let kunci_semua = store.kunci_awalan(&awalan).ok()?;
    type Saat = Option<chrono::DateTime<chrono::Utc>>;
    let mut pilih: Option<(String, Saat, u64, Value)> = None;
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
        let (id, waktu) = (teks_dari(&o, "id"), saat(&teks_dari(&o, "updated_at")));
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
