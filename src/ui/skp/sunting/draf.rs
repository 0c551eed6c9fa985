//! The SKP editor's data: what is stored comes from the app's one data memo; only the unsaved
//! draft lives in reactive state, with one signal per RHK and per IKI so a keystroke in one
//! IKI wakes that IKI's fields only. The draft exists from the first change until it is saved
//! or discarded; without one every field shows the stored SKP and follows other tabs.

use crate::domain::skp::{Iki, Rhk, Skp};
use crate::store::kinerja::{DataKinerja, Tersimpan};
use leptos::prelude::*;

/// The SKP without its RHK: header, perilaku and Lampiran.
fn kepala(s: &Skp) -> Skp {
    Skp {
        id: s.id.clone(),
        pegawai_nip: s.pegawai_nip.clone(),
        pejabat_penilai_nip: s.pejabat_penilai_nip.clone(),
        jenis: s.jenis,
        pendekatan: s.pendekatan,
        periode_mulai: s.periode_mulai,
        periode_selesai: s.periode_selesai,
        status: s.status.clone(),
        riwayat: s.riwayat.clone(),
        rhk: Vec::new(),
        perilaku: s.perilaku.clone(),
        lampiran: s.lampiran.clone(),
        plt_plh: s.plt_plh,
    }
}

/// An RHK without its IKI (they have their own signals).
fn rhk_saja(r: &Rhk) -> Rhk {
    Rhk {
        id: r.id.clone(),
        jenis: r.jenis,
        uraian: r.uraian.clone(),
        rhk_atasan_id: r.rhk_atasan_id.clone(),
        rhk_atasan_uraian: r.rhk_atasan_uraian.clone(),
        penugasan_dari: r.penugasan_dari.clone(),
        perspektif: r.perspektif.clone(),
        iki: Vec::new(),
    }
}

/// The unsaved working copy. Reference-counted signals: they live exactly as long as the
/// draft, so discarding it leaves nothing behind in the reactive arena.
#[derive(Clone)]
pub(super) struct Draf {
    /// The stored revision the draft started from (`None`: never stored); a save names it,
    /// so a newer revision from elsewhere is refused instead of overwritten.
    basis: Option<u64>,
    kepala: ArcRwSignal<Skp>,
    rhk: Vec<DrafRhk>,
}

#[derive(Clone)]
struct DrafRhk {
    isi: ArcRwSignal<Rhk>,
    iki: Vec<(String, ArcRwSignal<Iki>)>,
    id: String,
}

impl Draf {
    pub(super) fn dari(s: &Skp, basis: Option<u64>) -> Self {
        Draf {
            basis,
            kepala: ArcRwSignal::new(kepala(s)),
            rhk: s
                .rhk
                .iter()
                .map(|r| DrafRhk {
                    id: r.id.clone(),
                    isi: ArcRwSignal::new(rhk_saja(r)),
                    iki: r
                        .iki
                        .iter()
                        .map(|i| (i.id.clone(), ArcRwSignal::new(i.clone())))
                        .collect(),
                })
                .collect(),
        }
    }

    /// The domain SKP the draft stands for (read without tracking: saving is an action).
    pub(super) fn skp(&self) -> Skp {
        let mut s = self.kepala.get_untracked();
        s.rhk = self
            .rhk
            .iter()
            .map(|r| {
                let mut x = r.isi.get_untracked();
                x.iki = r.iki.iter().map(|(_, i)| i.get_untracked()).collect();
                x
            })
            .collect();
        s
    }

    fn rhk(&self, id: &str) -> Option<&DrafRhk> {
        self.rhk.iter().find(|r| r.id == id)
    }

    fn iki(&self, rhk: &str, iki: &str) -> Option<&ArcRwSignal<Iki>> {
        self.rhk(rhk)
            .and_then(|r| r.iki.iter().find(|(id, _)| id == iki))
            .map(|(_, s)| s)
    }
}

/// The editor's handle, shared by every part of the screen (`Copy`).
#[derive(Clone, Copy)]
pub(super) struct Sunting {
    /// The person's stored SKP (the one chosen on the screen, else the newest) with its
    /// revision.
    pub tersimpan: Memo<Option<Tersimpan<Skp>>>,
    draf: RwSignal<Option<Draf>>,
    dirty: RwSignal<bool>,
    /// Number fields whose text could not be read, by field id: the draft keeps the last good
    /// number, so saving waits until each is fixed (never a silent 0 or a stale value).
    /// A short list, not a map: a handful of fields at most, and a map's code costs ~3 KB.
    salah: RwSignal<Vec<(String, crate::domain::Galat)>>,
}

impl Sunting {
    pub(super) fn new(
        data: Memo<DataKinerja>,
        nip: Memo<String>,
        pilih: RwSignal<Option<String>>,
        dirty: RwSignal<bool>,
    ) -> Self {
        let rb = crate::domain::Rulebook::aktif();
        // An editable SKP shows (and the next save writes) every unchosen accumulation as its
        // unit says; one agreed on stays as stored.
        let tersimpan = Memo::new(move |_| {
            nip.with(|n| {
                data.with(|d| {
                    let p = pilih.get();
                    let t =
                        crate::ui::bagian::pilih_skp::terpilih(d.skp_milik(n), p.as_deref(), None);
                    t.cloned().map(|mut t| {
                        t.isi.akumulasi_ikut_satuan(rb);
                        t
                    })
                })
            })
        });
        Sunting {
            tersimpan,
            draf: RwSignal::new(None),
            dirty,
            salah: RwSignal::new(Default::default()),
        }
    }

    /// Marks the number field `id` as unreadable (`Some`) or fixed (`None`).
    pub(super) fn tandai(&self, id: &str, g: Option<crate::domain::Galat>) {
        let kini = self
            .salah
            .with_untracked(|m| m.iter().find(|(k, _)| k == id).map(|(_, g)| g.clone()));
        if kini != g {
            self.salah.update(|m| {
                m.retain(|(k, _)| k != id);
                m.extend(g.map(|g| (id.to_string(), g)));
            });
        }
    }

    /// The field's problem, if its text could not be read.
    pub(super) fn galat_isian(&self, id: &str) -> Option<crate::domain::Galat> {
        self.salah
            .with(|m| m.iter().find(|(k, _)| k == id).map(|(_, g)| g.clone()))
    }

    /// Forgets the marks of fields that are gone (an IKI removed, a form changed).
    pub(super) fn lupakan_isian(&self, akhiran: &str) {
        if self
            .salah
            .with_untracked(|m| m.iter().any(|(k, _)| k.ends_with(akhiran)))
        {
            self.salah
                .update(|m| m.retain(|(k, _)| !k.ends_with(akhiran)));
        }
    }

    /// Whether some number field still holds text that is not a number.
    pub(super) fn ada_isian_salah(&self) -> bool {
        self.salah.with_untracked(|m| !m.is_empty())
    }

    /// Reads from the draft when there is one, else from storage.
    fn baca<R>(
        &self,
        dari_draf: impl FnOnce(&Draf) -> R,
        dari_simpan: impl FnOnce(&Skp) -> R,
    ) -> Option<R> {
        if let Some(r) = self.draf.with(|d| d.as_ref().map(dari_draf)) {
            return Some(r);
        }
        self.tersimpan
            .with(|t| t.as_ref().map(|t| dari_simpan(&t.isi)))
    }

    /// Header, perilaku and Lampiran (without RHK).
    pub(super) fn kepala(&self) -> Memo<Option<Skp>> {
        let s = *self;
        Memo::new(move |_| s.baca(|d| d.kepala.get(), kepala))
    }

    /// RHK ids of one jenis, in order (changes only when RHK are added or removed).
    pub(super) fn id_rhk(&self, jenis: crate::domain::skp::JenisRhk) -> Vec<String> {
        let pilih = |r: &Rhk| (r.jenis == jenis).then(|| r.id.clone());
        self.baca(
            |d| {
                d.rhk
                    .iter()
                    .filter_map(|r| r.isi.with_untracked(pilih))
                    .collect()
            },
            |s| s.rhk.iter().filter_map(pilih).collect(),
        )
        .unwrap_or_default()
    }

    /// The RHK's number in the SKP (1-based), 0 when gone.
    pub(super) fn nomor(&self, id: &str) -> usize {
        self.baca(
            |d| d.rhk.iter().position(|r| r.id == id),
            |s| s.rhk.iter().position(|r| r.id == id),
        )
        .flatten()
        .map_or(0, |i| i + 1)
    }

    pub(super) fn id_iki(&self, rhk: &str) -> Vec<String> {
        self.baca(
            |d| {
                d.rhk(rhk)
                    .map(|r| r.iki.iter().map(|(id, _)| id.clone()).collect())
            },
            |s| {
                s.rhk(rhk)
                    .map(|r| r.iki.iter().map(|i| i.id.clone()).collect())
            },
        )
        .flatten()
        .unwrap_or_default()
    }

    /// One RHK's own fields (its IKI are read separately).
    pub(super) fn rhk(&self, id: String) -> Memo<Option<Rhk>> {
        let s = *self;
        Memo::new(move |_| {
            s.baca(
                |d| d.rhk(&id).map(|r| r.isi.get()),
                |x| x.rhk(&id).map(rhk_saja),
            )
            .flatten()
        })
    }

    pub(super) fn iki(&self, rhk: String, iki: String) -> Memo<Option<Iki>> {
        let s = *self;
        Memo::new(move |_| {
            s.baca(
                |d| d.iki(&rhk, &iki).map(ArcRwSignal::get),
                |x| {
                    x.rhk(&rhk)
                        .and_then(|r| r.iki.iter().find(|i| i.id == iki))
                        .cloned()
                },
            )
            .flatten()
        })
    }

    /// The SKP as it is now (draft or stored) and the revision a save must name.
    pub(super) fn kini(&self) -> Option<(Skp, Option<u64>)> {
        self.draf
            .with_untracked(|d| d.as_ref().map(|d| (d.skp(), d.basis)))
            .or_else(|| {
                self.tersimpan
                    .with_untracked(|t| t.as_ref().map(|t| (t.isi.clone(), Some(t.revisi))))
            })
    }

    /// The draft, started from storage at the first change; `None` without any SKP.
    fn draf_kini(&self) -> Option<Draf> {
        if let Some(d) = self.draf.get_untracked() {
            return Some(d);
        }
        let d = self
            .tersimpan
            .with_untracked(|t| t.as_ref().map(|t| Draf::dari(&t.isi, Some(t.revisi))))?;
        self.draf.set(Some(d.clone()));
        Some(d)
    }

    pub(super) fn ubah_kepala(&self, f: impl FnOnce(&mut Skp)) {
        if let Some(d) = self.draf_kini() {
            d.kepala.update(f);
            self.dirty.set(true);
        }
    }

    pub(super) fn ubah_rhk(&self, id: &str, f: impl FnOnce(&mut Rhk)) {
        if let Some(r) = self
            .draf_kini()
            .and_then(|d| d.rhk(id).map(|r| r.isi.clone()))
        {
            r.update(f);
            self.dirty.set(true);
        }
    }

    pub(super) fn ubah_iki(&self, rhk: &str, iki: &str, f: impl FnOnce(&mut Iki)) {
        if let Some(i) = self.draf_kini().and_then(|d| d.iki(rhk, iki).cloned()) {
            i.update(f);
            self.dirty.set(true);
        }
    }

    /// A change of structure (RHK or IKI added or removed): the draft is rebuilt from the
    /// changed SKP. Rows are keyed by id, so the ones that stay keep their DOM. A change that
    /// changes nothing starts no draft.
    pub(super) fn ubah_susunan<R>(&self, f: impl FnOnce(&mut Skp) -> R) -> Option<R> {
        let basis = self.draf.with_untracked(|d| d.as_ref().map(|d| d.basis));
        let (mut s, basis) = match basis {
            Some(b) => (self.draf.with_untracked(|d| d.as_ref().map(Draf::skp))?, b),
            None => self
                .tersimpan
                .with_untracked(|t| t.as_ref().map(|t| (t.isi.clone(), Some(t.revisi))))?,
        };
        let sebelum = s.clone();
        let hasil = f(&mut s);
        if s != sebelum {
            self.draf.set(Some(Draf::dari(&s, basis)));
            self.dirty.set(true);
        }
        Some(hasil)
    }

    /// Starts a draft of an SKP that is not (yet) in storage, e.g. when creating it failed.
    pub(super) fn tahan(&self, s: &Skp) {
        self.draf.set(Some(Draf::dari(s, None)));
        self.dirty.set(true);
    }

    /// Drops the draft (saved, or the person chose the stored version).
    pub(super) fn buang(&self) {
        self.draf.set(None);
        self.dirty.set(false);
        self.salah.set(Default::default());
    }
}

/// How often each IKI's fields re-ran, so a component test can show that typing in one IKI
/// leaves the others alone. Counted only in `eager` builds (the component tests).
pub mod hitungan {
    #[cfg(feature = "eager")]
    thread_local! {
        static N: std::cell::RefCell<std::collections::HashMap<String, u32>> =
            Default::default();
    }

    #[inline]
    pub fn catat(_iki: &str) {
        #[cfg(feature = "eager")]
        N.with(|n| *n.borrow_mut().entry(_iki.to_string()).or_default() += 1);
    }

    /// Re-runs of the fields of the IKI `iki` so far (always 0 without `eager`).
    pub fn baca(_iki: &str) -> u32 {
        #[cfg(feature = "eager")]
        return N.with(|n| n.borrow().get(_iki).copied().unwrap_or(0));
        #[cfg(not(feature = "eager"))]
        0
    }
}

#[cfg(test)]
#[path = "draf_tests.rs"]
mod tests;
