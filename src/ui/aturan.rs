//! The agency's own rulebook put in force (`Rulebook::pasang`) from the rulebook record its
//! admin sent: read before each screen is drawn (`ui::layar`) and whenever data changes, so
//! advice, kuadran, checks and printouts follow the agency's thresholds. Only lazy code calls
//! this: the rulebook's decoder stays out of the first load.

use crate::domain::Rulebook;
use crate::store::rekaman::{self, JenisRecord};
use crate::store::KvStore;
use std::cell::RefCell;

thread_local! {
    // The record in force, by id and revision (`None` before the first read; `Some(None)`:
    // no agency rulebook, the built-in one).
    static TERPASANG: RefCell<Option<Option<(String, u64)>>> = const { RefCell::new(None) };
}

/// Puts in force the live rulebook record written last (by its `updated_at`), or the built-in
/// one when there is none; parsed only when another record or revision is found. A record
/// that does not read as a consistent rulebook (an import checks it; storage may be older)
/// leaves the built-in one in force rather than half an agency's rules.
pub fn pasang_dari(store: &dyn KvStore) {
    let Ok(semua) = rekaman::baca_jenis(store, &[JenisRecord::Rulebook]) else {
        return;
    };
    let waktu = |r: &rekaman::Rekaman| chrono::DateTime::parse_from_rfc3339(&r.diperbarui).ok();
    let pilih = semua
        .into_iter()
        .filter(|r| !r.dihapus)
        .max_by(|a, b| waktu(a).cmp(&waktu(b)).then_with(|| a.id.cmp(&b.id)));
    let tanda = pilih.as_ref().map(|r| (r.id.clone(), r.revisi));
    if TERPASANG.with(|t| t.borrow().as_ref() == Some(&tanda)) {
        return;
    }
    let rb = pilih.and_then(|r| Rulebook::dari_json(&r.data.to_string()).ok());
    Rulebook::pasang(rb);
    TERPASANG.with(|t| *t.borrow_mut() = Some(tanda));
}

#[cfg(test)]
#[path = "aturan_tests.rs"]
mod tests;
