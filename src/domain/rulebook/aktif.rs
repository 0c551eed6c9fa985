//! The rulebook in force: the built-in one until an agency's own is installed (the app does
//! that from the rulebook record its admin sent, `ui::aturan`). Every rule reads it through
//! [`Rulebook::aktif`], so an agency corrects a threshold without a code change.

use super::Rulebook;
use std::cell::Cell;

thread_local! {
    // Per thread: the app has one; native tests each run on their own with the built-in one.
    static AKTIF: Cell<Option<&'static Rulebook>> = const { Cell::new(None) };
}

impl Rulebook {
    /// The rulebook in force: the agency's own when installed, else the built-in one.
    pub fn aktif() -> &'static Rulebook {
        AKTIF.with(Cell::get).unwrap_or_else(Rulebook::bawaan)
    }

    /// Puts `rb` in force (`None`: the built-in one again). Kept for the rest of the page's
    /// life: values computed from the previous one may still hold references to it, and an
    /// agency changes its rulebook a few times a year, so the old one is never freed.
    pub fn pasang(rb: Option<Rulebook>) {
        let rb = rb.map(|rb| &*Box::leak(Box::new(rb)));
        AKTIF.with(|a| a.set(rb));
    }

    /// Whether an agency's own rulebook is in force.
    pub fn milik_instansi() -> bool {
        AKTIF.with(Cell::get).is_some()
    }
}
