//! The matrix being edited: what is stored comes from the app's data memo; only the unsaved
//! draft lives in a signal, from the first change until it is saved or discarded. Without a
//! draft the grid shows the stored matrix and follows other tabs.

use crate::domain::skp::matriks::MatriksPeranHasil;
use crate::store::kinerja::DataKinerja;
use leptos::prelude::*;

/// The unsaved matrix of one SKP and the stored revision it started from (a save names it,
/// so a newer revision written elsewhere meanwhile is refused instead of overwritten).
#[derive(Clone, Debug, PartialEq)]
struct Draf {
    isi: MatriksPeranHasil,
    basis: Option<u64>,
}

/// The editor's handle (`Copy`).
#[derive(Clone, Copy)]
pub(super) struct Sunting {
    /// The stored matrix of the chosen SKP (empty when there is none) and its revision.
    tersimpan: Memo<(MatriksPeranHasil, Option<u64>)>,
    draf: RwSignal<Option<Draf>>,
    dirty: RwSignal<bool>,
}

impl Sunting {
    pub(super) fn new(
        data: Memo<DataKinerja>,
        skp_id: Memo<Option<String>>,
        dirty: RwSignal<bool>,
    ) -> Self {
        let tersimpan = Memo::new(move |_| {
            let id = skp_id.get().unwrap_or_default();
            let ada = data.with(|d| {
                d.matriks
                    .semua()
                    .iter()
                    .find(|m| !id.is_empty() && m.isi.skp_atasan_id == id)
                    .map(|m| (m.isi.clone(), m.revisi))
            });
            match ada {
                Some((m, r)) => (m, Some(r)),
                None => (
                    MatriksPeranHasil {
                        skp_atasan_id: id,
                        ..Default::default()
                    },
                    None,
                ),
            }
        });
        Sunting {
            tersimpan,
            draf: RwSignal::new(None),
            dirty,
        }
    }

    /// The matrix as shown: the draft when there is one for the chosen SKP, else storage.
    pub(super) fn matriks(&self) -> Memo<MatriksPeranHasil> {
        let s = *self;
        Memo::new(move |_| {
            let id = s.tersimpan.with(|t| t.0.skp_atasan_id.clone());
            s.draf
                .with(|d| {
                    d.as_ref()
                        .filter(|d| d.isi.skp_atasan_id == id)
                        .map(|d| d.isi.clone())
                })
                .unwrap_or_else(|| s.tersimpan.with(|t| t.0.clone()))
        })
    }

    /// The matrix as it is now and the revision a save must name.
    pub(super) fn kini(&self) -> (MatriksPeranHasil, Option<u64>) {
        let (simpan, basis) = self.tersimpan.get_untracked();
        self.draf
            .with_untracked(|d| {
                d.as_ref()
                    .filter(|d| d.isi.skp_atasan_id == simpan.skp_atasan_id)
                    .map(|d| (d.isi.clone(), d.basis))
            })
            .unwrap_or((simpan, basis))
    }

    /// A change; the first one starts the draft from what is stored.
    pub(super) fn ubah(&self, f: impl FnOnce(&mut MatriksPeranHasil)) {
        let (simpan, basis) = self.tersimpan.get_untracked();
        let ada = self.draf.with_untracked(|d| {
            d.as_ref()
                .is_some_and(|d| d.isi.skp_atasan_id == simpan.skp_atasan_id)
        });
        if !ada {
            self.draf.set(Some(Draf { isi: simpan, basis }));
        }
        self.draf.update(|d| {
            if let Some(d) = d {
                f(&mut d.isi);
            }
        });
        self.dirty.set(true);
    }

    /// Drops the draft (saved, refused as stale, or another SKP chosen).
    pub(super) fn buang(&self) {
        self.draf.set(None);
        self.dirty.set(false);
    }
}
