//! The evaluation screen's data. The person's choices (SKP, period kind, period) are plain
//! signals; everything stored — the evaluable SKPs, the periods, the period's evaluation and
//! its revision, the fresh form with prefilled realisasi — derives from the app's data memo.
//! The only unsaved state is the working copy ([`Draf`]), keyed by (SKP id, period): it starts
//! at the first change and lives until saved or discarded, so data changing underneath never
//! wipes typed input, and without one the form follows storage.

use super::draf::Draf;
use super::periode_skp;
use crate::domain::evaluasi::{Evaluasi, JenisPeriode, Periode};
use crate::domain::skp::{Skp, StatusSkp};
use crate::domain::{Bahasa, Rulebook};
use crate::store::kinerja::{id_evaluasi, DataKinerja, Tersimpan};
use leptos::prelude::*;

/// Which evaluation a working copy belongs to.
type Kunci = (String, Periode);

/// Typed, unsaved input for one (SKP, period).
#[derive(Clone, Debug, PartialEq)]
struct Kerja {
    kunci: Kunci,
    /// The stored revision the copy started from (`None`: not stored); a save names it, so
    /// a newer revision from elsewhere is refused instead of overwritten.
    basis: Option<u64>,
    draf: Draf,
}

/// The screen's handle, shared by its parts (`Copy`).
#[derive(Clone, Copy)]
pub(super) struct Sunting {
    /// Approved SKPs of others, with the pegawai's name: the ones that can be evaluated.
    pub daftar: Memo<Vec<(Skp, String)>>,
    /// The SKP picked in the select (empty: none yet, the first one shows).
    pub pilihan_skp: RwSignal<String>,
    pub jenis: RwSignal<JenisPeriode>,
    /// The period picked in the select (`None`: the default).
    pub pilihan_periode: RwSignal<Option<Periode>>,
    pub skp: Memo<Option<Skp>>,
    pub daftar_periode: Memo<Vec<Periode>>,
    pub periode: Memo<Option<Periode>>,
    pub id_ev: Memo<Option<String>>,
    /// The stored revision of the shown period's evaluation.
    pub revisi: Memo<Option<u64>>,
    /// What the form shows: the working copy when there is one for this (SKP, period), else
    /// the stored evaluation, else a fresh form.
    pub draf: Memo<Option<Draf>>,
    kunci: Memo<Option<Kunci>>,
    /// The form as storage has it (no typed input).
    asal: Memo<Option<Draf>>,
    kerja: RwSignal<Option<Kerja>>,
    dirty: RwSignal<bool>,
}

impl Sunting {
    pub(super) fn new(
        data: Memo<DataKinerja>,
        saya: Memo<String>,
        bahasa: Signal<Bahasa>,
        dirty: RwSignal<bool>,
    ) -> Self {
        let rb = Rulebook::aktif();
        let daftar = Memo::new(move |_| {
            saya.with(|n| {
                data.with(|d| {
                    d.skp_dinilai(n)
                        .filter(|s| matches!(s.isi.status, StatusSkp::Disetujui { .. }))
                        .map(|s| (s.isi.clone(), d.nama(&s.isi.pegawai_nip)))
                        .collect::<Vec<_>>()
                })
            })
        });
        let pilihan_skp = RwSignal::new(String::new());
        let jenis = RwSignal::new(
            JenisPeriode::dari_kode(&rb.periode_evaluasi_default).unwrap_or(JenisPeriode::Bulanan),
        );
        let pilihan_periode = RwSignal::new(None::<Periode>);
        // The picked SKP while it is in the list, else the first one.
        let skp = Memo::new(move |_| {
            pilihan_skp.with(|id| {
                daftar.with(|d| {
                    d.iter()
                        .find(|(s, _)| s.id == *id)
                        .or_else(|| d.first())
                        .map(|(s, _)| s.clone())
                })
            })
        });
        let daftar_periode = Memo::new(move |_| {
            skp.with(|s| {
                s.as_ref()
                    .map(|s| periode_skp(s, jenis.get()))
                    .unwrap_or_default()
            })
        });
        // The picked period while the SKP has it, else the one due (the latest ended).
        let periode = Memo::new(move |_| {
            daftar_periode.with(|semua| {
                let hari_ini = chrono::Local::now().date_naive();
                pilihan_periode
                    .get()
                    .filter(|p| semua.contains(p))
                    .or_else(|| {
                        skp.with(|s| {
                            s.as_ref()
                                .and_then(|s| Periode::jatuh_tempo(semua, s, hari_ini))
                        })
                    })
            })
        });
        let kunci = Memo::new(move |_| {
            let id = skp.with(|s| s.as_ref().map(|s| s.id.clone()))?;
            Some((id, periode.get()?))
        });
        // The period's stored evaluation whatever its id (one written elsewhere may not carry
        // the name-based id; there is one per SKP and period, checked on import).
        let tersimpan: Memo<Option<Tersimpan<Evaluasi>>> = Memo::new(move |_| {
            kunci.with(|k| {
                let (s, p) = k.as_ref()?;
                data.with(|d| d.evaluasi_periode(s, p).cloned())
            })
        });
        let id_ev = Memo::new(move |_| {
            tersimpan
                .with(|t| t.as_ref().map(|t| t.isi.id.clone()))
                .or_else(|| kunci.with(|k| k.as_ref().map(|(s, p)| id_evaluasi(s, p))))
        });
        let revisi = Memo::new(move |_| tersimpan.with(|t| t.as_ref().map(|t| t.revisi)));
        let asal = Memo::new(move |_| {
            if let Some(e) = tersimpan.with(|t| t.as_ref().map(|t| Draf::dari(&t.isi))) {
                return Some(e);
            }
            let p = periode.get()?;
            skp.with(|s| {
                let s = s.as_ref()?;
                let hari = chrono::Local::now().date_naive();
                let sampai = p.dalam_skp(s).map(|(_, b)| b).unwrap_or(hari);
                let entri = data.with(|d| d.realisasi_skp(&s.id));
                Some(Draf::baru(rb, s, &entri, sampai, hari, bahasa.get()))
            })
        });
        let kerja = RwSignal::new(None::<Kerja>);
        let draf = Memo::new(move |_| {
            let k = kunci.get()?;
            kerja
                .with(|w| w.as_ref().filter(|w| w.kunci == k).map(|w| w.draf.clone()))
                .or_else(|| asal.get())
        });
        Sunting {
            daftar,
            pilihan_skp,
            jenis,
            pilihan_periode,
            skp,
            daftar_periode,
            periode,
            id_ev,
            revisi,
            draf,
            kunci,
            asal,
            kerja,
            dirty,
        }
    }

    /// A change by the person: the working copy of the shown (SKP, period) is started from
    /// what the form shows at the first change, then changed in place.
    pub(super) fn ubah(&self, f: impl FnOnce(&mut Draf)) {
        let Some(kunci) = self.kunci.get_untracked() else {
            return;
        };
        let ada = self
            .kerja
            .with_untracked(|w| w.as_ref().is_some_and(|w| w.kunci == kunci));
        if !ada {
            let Some(draf) = self.asal.get_untracked() else {
                return;
            };
            let basis = self.revisi.get_untracked();
            self.kerja.set(Some(Kerja { kunci, basis, draf }));
        }
        self.kerja.update(|w| {
            if let Some(w) = w {
                f(&mut w.draf)
            }
        });
        self.dirty.set(true);
    }

    /// What to save: the form as it is now and the revision the save must name.
    pub(super) fn kini(&self) -> Option<(Draf, Option<u64>)> {
        let kunci = self.kunci.get_untracked()?;
        self.kerja
            .with_untracked(|w| {
                w.as_ref()
                    .filter(|w| w.kunci == kunci)
                    .map(|w| (w.draf.clone(), w.basis))
            })
            .or_else(|| Some((self.asal.get_untracked()?, self.revisi.get_untracked())))
    }

    /// Drops the typed input (saved, replaced by a newer revision, or the person agreed to
    /// leave it); the form shows storage again.
    pub(super) fn buang(&self) {
        self.kerja.set(None);
        self.dirty.set(false);
    }
}
