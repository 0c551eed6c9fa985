//! App-wide reactive state, provided through context.

use super::i18n::{teks, Teks};
use super::route::Route;
use crate::store::settings::{self, LoadProblem};
use crate::store::{KvStore, Settings, StoreError};
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
    TakTerbaca(String),
    GagalSimpan(String),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub settings: RwSignal<Settings>,
    pub route: RwSignal<Route>,
    /// True while a form holds typed but unsaved input; the update banner waits for it.
    pub dirty: RwSignal<bool>,
    pub pemberitahuan: RwSignal<Option<Pemberitahuan>>,
    /// A new service-worker version is installed and waiting for the person's consent.
    pub versi_baru: RwSignal<bool>,
    store: StoredValue<Arc<dyn KvStore>>,
}

impl AppState {
    pub fn new(store: Arc<dyn KvStore>, hash: &str) -> Self {
        let (loaded, problem) = settings::load(store.as_ref());
        let pemberitahuan = problem.map(|p| match p {
            LoadProblem::Corrupt {
                quarantine_key,
                detail,
            } => Pemberitahuan::Rusak {
                kunci: quarantine_key,
                detail,
            },
            LoadProblem::Unreadable(e) => Pemberitahuan::TakTerbaca(e.to_string()),
        });
        Self {
            settings: RwSignal::new(loaded),
            route: RwSignal::new(Route::parse(hash)),
            dirty: RwSignal::new(false),
            pemberitahuan: RwSignal::new(pemberitahuan),
            versi_baru: RwSignal::new(false),
            store: StoredValue::new(store),
        }
    }

    pub fn store(&self) -> Arc<dyn KvStore> {
        self.store.get_value()
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
                if matches!(
                    self.pemberitahuan.get_untracked(),
                    Some(Pemberitahuan::KuotaPenuh(_) | Pemberitahuan::GagalSimpan(_))
                ) {
                    self.pemberitahuan.set(None);
                }
                if first_save {
                    super::platform::minta_persisten();
                }
                true
            }
            Err(StoreError::QuotaFull) => {
                self.pemberitahuan
                    .set(Some(Pemberitahuan::KuotaPenuh(next)));
                false
            }
            Err(e) => {
                self.pemberitahuan
                    .set(Some(Pemberitahuan::GagalSimpan(e.to_string())));
                false
            }
        }
    }
}

pub fn provide_app_state(state: AppState) {
    provide_context(state);
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
