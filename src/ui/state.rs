//! App-wide reactive state, provided through context.

use super::i18n::{teks, Teks};
use super::route::Route;
use crate::store::rekaman::{self, JenisRecord};
use crate::store::settings::{self, LoadProblem};
use crate::store::{Kabar, KvStore, Settings, StoreError};
use leptos::prelude::*;
use std::sync::Arc;

/// A problem the person must see, in a banner at the top of every page.
#[derive(Clone, Debug, PartialEq)]
pub enum Pemberitahuan {
    /// Quota full: blocking until a retry succeeds; the unsaved settings are kept here.
    KuotaPenuh(Settings),
    Rusak {
        kunci: String,
        detail: String,
    },
    TakTerbaca(StoreError),
    GagalSimpan(StoreError),
    /// Start-up rolled back an import (or its undo) that a closed tab cut short.
    ImporDipulihkan(crate::store::jurnal::Pemulihan),
    /// Start-up found such a journal but could not roll it back; it is tried again next time.
    ImporBelumPulih(StoreError),
    /// Quota full while saving a record: the change stays in its form (or, on IndexedDB, in
    /// memory, waiting to be written); export is offered.
    KuotaPenuhData,
    /// IndexedDB could not be opened or read: the app runs on localStorage.
    TanpaIdb(StoreError),
    /// The move from localStorage to IndexedDB did not finish; localStorage is untouched.
    PindahGagal(StoreError),
    /// The same records were changed at once elsewhere: (key, quarantine key of this side's).
    Bentrok(Vec<(String, String)>),
    /// A backup did not fit and was not kept; the data itself is saved.
    CadanganTidakMuat,
    /// Stored records whose data this version cannot read, left out of every screen: the
    /// whole notice in Indonesian and English, written by lazy code ([`super::tak_terbaca`]).
    DataTakTerbaca([String; 2]),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub settings: RwSignal<Settings>,
    pub route: RwSignal<Route>,
    /// True while a form holds typed but unsaved input; the update banner waits for it.
    pub dirty: RwSignal<bool>,
    /// Every problem still to be seen, oldest first; one of each kind (a newer one replaces
    /// it), so a notice raised while another is up is not lost.
    pub pemberitahuan: RwSignal<Vec<Pemberitahuan>>,
    /// A new service-worker version is installed and waiting for the person's consent.
    pub versi_baru: RwSignal<bool>,
    /// Bumped whenever stored data changed underneath (restore, import, another tab), so
    /// screens re-read what they show.
    pub revisi_data: RwSignal<u64>,
    /// Changes are on their way to IndexedDB and none has failed: the shell says "saving"
    /// (after a moment, so a quick save does not flicker) until they are durable.
    pub menyimpan: RwSignal<bool>,
    store: StoredValue<Arc<dyn KvStore>>,
    /// Every stored performance record, decoded once per data change (see `data_kinerja`);
    /// made on first use, so the decoding code lives with the screens, not in the first load.
    data: StoredValue<Option<Memo<crate::store::kinerja::DataKinerja>>>,
    /// The app's root owner: the data memo lives as long as the app, not the screen that
    /// first asked for it.
    pemilik: StoredValue<Owner>,
}

impl AppState {
    /// `awal`: what start-up already has to say (an interrupted import rolled back, see
    /// `ui::mulai`), which goes first.
    pub fn new(store: Arc<dyn KvStore>, hash: &str, awal: Vec<Pemberitahuan>) -> Self {
        let (loaded, problem) = settings::load(store.as_ref());
        let pemberitahuan = problem.map(|p| match p {
            LoadProblem::Corrupt {
                quarantine_key,
                detail,
            } => Pemberitahuan::Rusak {
                kunci: quarantine_key,
                detail,
            },
            LoadProblem::Unreadable(e) => Pemberitahuan::TakTerbaca(e),
        });
        // The rollback is said once (the journal is gone after it), and beside it whatever
        // the settings' reading found.
        let pemberitahuan: Vec<Pemberitahuan> = awal.into_iter().chain(pemberitahuan).collect();
        let revisi_data = RwSignal::new(0);
        let store = StoredValue::new(store);
        let state = Self {
            settings: RwSignal::new(loaded),
            route: RwSignal::new(Route::parse(hash)),
            dirty: RwSignal::new(false),
            pemberitahuan: RwSignal::new(pemberitahuan),
            versi_baru: RwSignal::new(false),
            revisi_data,
            menyimpan: RwSignal::new(false),
            store,
            data: StoredValue::new(None),
            pemilik: StoredValue::new(Owner::current().unwrap_or_default()),
        };
        state
            .store()
            .amati(Box::new(move |kabar| state.terima_kabar(kabar)));
        state
    }

    /// What a store that writes in the background says (IndexedDB): a failed write raises
    /// the save-failure banner (the change stays in memory and is retried), one that lands
    /// later clears it, another tab's changes are shown.
    fn terima_kabar(&self, kabar: Kabar) {
        if let Kabar::Status { tertunda, galat } = &kabar {
            // A failed write is the banner's to tell, not "saving".
            self.menyimpan.set(*tertunda > 0 && galat.is_none());
        }
        match kabar {
            Kabar::Berubah => self.muat_ulang_data(),
            Kabar::CadanganTidakMuat => self.beritahu(Pemberitahuan::CadanganTidakMuat),
            Kabar::Bentrok(p) => {
                self.beritahu(Pemberitahuan::Bentrok(p));
                self.muat_ulang_data();
            }
            Kabar::Status {
                tertunda,
                galat: Some(e),
            } if tertunda > 0 => self.lapor_gagal_simpan(e),
            Kabar::Status { tertunda: 0, .. } => self.tutup_pemberitahuan(|p| {
                matches!(
                    p,
                    Pemberitahuan::KuotaPenuhData | Pemberitahuan::GagalSimpan(_)
                )
            }),
            Kabar::Status { .. } => {}
        }
    }

    pub fn store(&self) -> Arc<dyn KvStore> {
        self.store.get_value()
    }

    /// Local wall-clock time (snapshots are listed and kept by local day).
    pub fn sekarang(&self) -> chrono::NaiveDateTime {
        chrono::Local::now().naive_local()
    }

    /// Re-reads stored data after it changed underneath (restore, import, another tab).
    /// Unsaved settings typed on screen are not overwritten while a form is dirty.
    pub fn muat_ulang_data(&self) {
        if !self.dirty.get_untracked() {
            let (loaded, _) = settings::load(self.store().as_ref());
            if self.settings.get_untracked() != loaded {
                self.settings.set(loaded);
            }
        }
        self.revisi_data.update(|n| *n += 1);
    }

    /// Start-up work fetched and run once the app is on screen and its first screen has
    /// settled (`ui::platform::setelah_tenang`, `ui::mulai::setelah_tampil`): unreadable
    /// records set aside and said, then the automatic backup.
    pub fn setelah_tampil(&self) {
        let (store, kini, revisi) = (self.store(), self.sekarang(), self.revisi_data);
        let pemberitahuan = self.pemberitahuan;
        leptos::task::spawn_local(async move {
            super::platform::setelah_tenang().await;
            let (rusak, dicadangkan) = super::mulai::setelah_tampil(store.as_ref(), kini).await;
            // Said beside whatever start-up already said.
            if let Some(p) = rusak {
                tambah_pemberitahuan(pemberitahuan, p);
            }
            // A screen listing backups (opened first) then shows the new one.
            if dicadangkan {
                revisi.update(|n| *n += 1);
            }
        });
    }

    /// The text table of the current language (reactive).
    pub fn t(&self) -> &'static Teks {
        teks(self.settings.with(|s| s.bahasa))
    }

    /// Saves settings. On failure the new value still shows (kept in memory) and a banner
    /// says what happened; nothing typed is dropped. Returns whether it reached storage.
    pub fn simpan_settings(&self, next: Settings) -> bool {
        let first_save = !next.persist_requested;
        let mut next = next;
        next.persist_requested = true;
        let result = settings::save(self.store().as_ref(), &next);
        self.settings.set(next.clone());
        match result {
            Ok(()) => {
                self.tutup_pemberitahuan(|p| {
                    matches!(
                        p,
                        Pemberitahuan::KuotaPenuh(_) | Pemberitahuan::GagalSimpan(_)
                    )
                });
                if first_save {
                    super::platform::minta_persisten();
                }
                true
            }
            Err(StoreError::QuotaFull) => {
                self.beritahu(Pemberitahuan::KuotaPenuh(next));
                false
            }
            Err(e) => {
                self.beritahu(Pemberitahuan::GagalSimpan(e));
                false
            }
        }
    }
}

impl AppState {
    /// Reports a failed record write; the form keeps what was typed.
    pub fn lapor_gagal_simpan(&self, e: StoreError) {
        self.beritahu(match e {
            StoreError::QuotaFull => Pemberitahuan::KuotaPenuhData,
            other => Pemberitahuan::GagalSimpan(other),
        });
    }

    /// Shows `p` beside the notices already up (replacing one of its kind).
    pub fn beritahu(&self, p: Pemberitahuan) {
        tambah_pemberitahuan(self.pemberitahuan, p);
    }

    /// Takes down the notices `pilih` picks (a retry that succeeded); the others stay.
    pub fn tutup_pemberitahuan(&self, pilih: impl Fn(&Pemberitahuan) -> bool) {
        if self.pemberitahuan.with_untracked(|v| v.iter().any(&pilih)) {
            self.pemberitahuan.update(|v| v.retain(|p| !pilih(p)));
        }
    }

    /// Runs `f` under the app's root owner: what it makes (a memo shared by several screens)
    /// lives as long as the app, not the screen that first asked.
    pub fn di_akar<T>(&self, f: impl FnOnce() -> T) -> T {
        self.pemilik.get_value().with(f)
    }

    /// Every stored performance record, decoded once and re-read whenever data changes
    /// underneath (a save, import, restore or another tab); screens share this one reader.
    /// Built once, on the first call (only screens call it, and they are lazy chunks).
    pub fn data_kinerja(&self) -> Memo<crate::store::kinerja::DataKinerja> {
        if let Some(m) = self.data.get_value() {
            return m;
        }
        let (revisi, store, state) = (self.revisi_data, self.store, *self);
        let m = self.pemilik.get_value().with(|| {
            let m = Memo::new(move |_| {
                revisi.track();
                let store = store.get_value();
                // A rulebook that arrived (an import, another tab) is in force for what
                // recomputes from this data.
                crate::ui::aturan::pasang_dari(store.as_ref());
                crate::store::kinerja::DataKinerja::muat_atau_kosong(store.as_ref())
            });
            super::tak_terbaca::amati(state, m);
            m
        });
        self.data.set_value(Some(m));
        m
    }

    /// For a page of several forms (progress cards, feedback per RHK): a save or a cancel in
    /// one clears the page-wide flag, so each form holding unsaved input (`ada`) puts it
    /// back, and leaving the page still asks before that input goes.
    pub fn jaga_isian(&self, ada: impl Fn() -> bool + 'static) {
        let dirty = self.dirty;
        Effect::new(move |_| {
            if !dirty.get() && ada() {
                dirty.set(true);
            }
        });
    }

    /// Writes one record as the revision after `basis` (`None` = new). On success the form is
    /// clean and every screen re-reads; a storage failure raises the banner and keeps the form.
    pub fn simpan_rekaman<T: serde::Serialize>(
        &self,
        jenis: JenisRecord,
        id: &str,
        isi: &T,
        basis: Option<u64>,
    ) -> HasilSimpan {
        let waktu = chrono::Local::now().to_rfc3339();
        let hasil = rekaman::tulis_isi(self.store().as_ref(), jenis, id, isi, basis, &waktu);
        if hasil.is_ok() {
            // The form's input is now stored.
            self.dirty.set(false);
        }
        self.selesai_tulis(hasil)
    }

    /// Deletes a record as a tombstone under the revision check; `Tersimpan` names the
    /// tombstone's revision, which an undo must name.
    pub fn hapus_rekaman(&self, jenis: JenisRecord, id: &str, basis: u64) -> HasilSimpan {
        let waktu = chrono::Local::now().to_rfc3339();
        self.selesai_tulis(rekaman::hapus(
            self.store().as_ref(),
            jenis,
            id,
            basis,
            &waktu,
        ))
    }

    /// Undoes a delete: the tombstone's data comes back as the next, live revision.
    pub fn urungkan_hapus(&self, jenis: JenisRecord, id: &str, basis: u64) -> HasilSimpan {
        let waktu = chrono::Local::now().to_rfc3339();
        let hasil =
            crate::store::kinerja::urungkan_hapus(self.store().as_ref(), jenis, id, basis, &waktu);
        self.selesai_tulis(hasil)
    }

    /// Every record write ends here: screens re-read on success and on a refused (newer)
    /// write, and a storage failure raises the banner while the form keeps its input. Public
    /// for writers that live in a feature's own code (a realisasi with its attachments,
    /// `ui::lampiran`), which end the same way.
    pub fn selesai_tulis(
        &self,
        hasil: Result<rekaman::Rekaman, rekaman::GagalTulis>,
    ) -> HasilSimpan {
        match hasil {
            Ok(r) => {
                self.muat_ulang_data();
                HasilSimpan::Tersimpan(r.revisi)
            }
            Err(rekaman::GagalTulis::LebihBaru { .. }) => {
                self.muat_ulang_data();
                HasilSimpan::LebihBaru
            }
            Err(rekaman::GagalTulis::Penyimpanan(e)) => {
                self.lapor_gagal_simpan(e);
                HasilSimpan::Gagal
            }
        }
    }
}

/// What became of a record write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HasilSimpan {
    Tersimpan(u64),
    /// Storage holds a newer revision than the form was based on; nothing was written.
    LebihBaru,
    /// Storage failed; the banner says why and the form keeps its input.
    Gagal,
}

pub fn provide_app_state(state: AppState) {
    provide_context(state);
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

/// `p` added to the notices, after taking down an earlier one of its kind: the newer says
/// what holds now (a second failed save, a second clash). Data set aside is said per key
/// (damaged settings and a damaged record are two notices).
fn tambah_pemberitahuan(v: RwSignal<Vec<Pemberitahuan>>, p: Pemberitahuan) {
    v.update(|v| {
        v.retain(|x| match (x, &p) {
            (Pemberitahuan::Rusak { kunci: a, .. }, Pemberitahuan::Rusak { kunci: b, .. }) => {
                a != b
            }
            _ => std::mem::discriminant(x) != std::mem::discriminant(&p),
        });
        v.push(p);
    });
}
