//! [`Tertunda`]: the kinds of records no first screen reads, decoded on first use.

use super::{dekode, TakTerbaca, Tersimpan};
use crate::store::rekaman::Rekaman;
use serde::de::DeserializeOwned;
use std::sync::OnceLock;

/// Records of one kind kept as stored and decoded the first time a screen asks. The home
/// screen never reads these kinds, so their decoders are compiled into the lazy chunks of the
/// screens that do, not into the first download; a record that does not decode is kept in
/// `tak_terbaca` with its reason, never silently dropped.
#[derive(Clone, Debug)]
pub struct Tertunda<T> {
    pub(super) mentah: Vec<Rekaman>,
    terurai: OnceLock<(Vec<Tersimpan<T>>, Vec<TakTerbaca>)>,
}

impl<T> Default for Tertunda<T> {
    fn default() -> Self {
        Self {
            mentah: Vec::new(),
            terurai: OnceLock::new(),
        }
    }
}

impl<T: PartialEq> PartialEq for Tertunda<T> {
    /// Same stored records, same data; decoded values only when built from them directly.
    fn eq(&self, other: &Self) -> bool {
        if self.mentah.is_empty() && other.mentah.is_empty() {
            self.terurai.get() == other.terurai.get()
        } else {
            self.mentah == other.mentah
        }
    }
}

impl<T> Tertunda<T> {
    /// Already decoded records (tests and screens that build a set by hand).
    pub fn dari_isi(isi: Vec<Tersimpan<T>>) -> Self {
        Self {
            mentah: Vec::new(),
            terurai: OnceLock::from((isi, Vec::new())),
        }
    }
}

impl<T: DeserializeOwned> Tertunda<T> {
    fn urai(&self) -> &(Vec<Tersimpan<T>>, Vec<TakTerbaca>) {
        self.terurai.get_or_init(|| {
            let mut gagal = Vec::new();
            let isi = self
                .mentah
                .iter()
                .filter_map(|r| dekode(r, &mut gagal))
                .collect();
            (isi, gagal)
        })
    }

    /// Every live record of this kind that decoded, in key order.
    pub fn semua(&self) -> &[Tersimpan<T>] {
        &self.urai().0
    }

    /// [`Self::semua`] with each one's record id, for a kind whose data holds none (a predikat
    /// organisasi: an import may store it under another id than this device gives it). Only
    /// records read from storage have one; a set built by hand ([`Self::dari_isi`]) lists none.
    pub fn semua_berid(&self) -> impl Iterator<Item = (&str, &Tersimpan<T>)> {
        let (isi, gagal) = self.urai();
        // The decoded ones are the stored ones but those that did not decode, in order.
        let terbaca = self
            .mentah
            .iter()
            .filter(move |r| !gagal.iter().any(|g| g.id == r.id));
        terbaca.map(|r| r.id.as_str()).zip(isi)
    }

    /// The ones whose data did not fit the type, with the field and the reason.
    pub fn tak_terbaca(&self) -> &[TakTerbaca] {
        &self.urai().1
    }
}
