//! The person's app settings: language, role, display name. Small, so one key.

use super::kv::{KvStore, StoreError, KEY_PREFIX};
use crate::domain::Bahasa;
use crate::jejak::{dari_value, value_dari_teks, GalatJejak};
use serde::{Deserialize, Serialize};

/// Storage key of the settings record.
pub fn settings_key() -> String {
    format!("{KEY_PREFIX}settings")
}

/// Bumped when the stored shape changes; older records are migrated in [`migrate`].
pub const SETTINGS_SCHEMA_VERSION: u32 = 1;

/// The three roles of the app (one app, three ways of using it).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Peran {
    Pegawai,
    PejabatPenilai,
    AdminKepegawaian,
}

impl Peran {
    pub const ALL: [Peran; 3] = [
        Peran::Pegawai,
        Peran::PejabatPenilai,
        Peran::AdminKepegawaian,
    ];
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Settings {
    pub schema_version: u32,
    pub bahasa: Bahasa,
    /// `None` until the person has chosen on the welcome screen.
    pub peran: Option<Peran>,
    /// How the app greets the person; optional.
    #[serde(default)]
    pub nama: String,
    /// The NIP of the person using this device (their own profile record derives from it).
    #[serde(default)]
    pub nip: String,
    /// Whether `navigator.storage.persist()` has been asked for (it is asked on the first save).
    #[serde(default)]
    pub persist_requested: bool,
    /// Fields written by a newer app version survive a load/save round trip.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            schema_version: SETTINGS_SCHEMA_VERSION,
            bahasa: Bahasa::Id,
            peran: None,
            nama: String::new(),
            nip: String::new(),
            persist_requested: false,
            extra: serde_json::Map::new(),
        }
    }
}

/// Why the stored settings could not be used as they were.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadProblem {
    /// The stored value was not valid; it was kept under `quarantine_key` and defaults used.
    Corrupt {
        quarantine_key: String,
        detail: String,
    },
    /// Storage could not be read at all; defaults are used in memory only.
    Unreadable(StoreError),
}

/// Pure migration of a stored settings document to the current shape.
pub fn migrate(mut doc: serde_json::Value) -> serde_json::Value {
    if let Some(obj) = doc.as_object_mut() {
        // Version 0 (no field) predates the field itself: same shape otherwise.
        obj.entry("schema_version")
            .or_insert(serde_json::json!(SETTINGS_SCHEMA_VERSION));
    }
    doc
}

/// The stored role, read without [`load`]'s repairs (start-up asks before the app loads its
/// settings; an unreadable value is `None` here and quarantined by `load` as ever).
pub fn peran_tersimpan(store: &dyn KvStore) -> Option<Peran> {
    let raw = store.get(&settings_key()).ok()??;
    let v = value_dari_teks(&raw).ok()?;
    dari_value::<Peran>(v.get("peran")?).ok()
}

/// Loads settings; never fails. A corrupt value is quarantined (kept, not deleted).
pub fn load(store: &dyn KvStore) -> (Settings, Option<LoadProblem>) {
    let key = settings_key();
    let raw = match store.get(&key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (Settings::default(), None),
        Err(e) => return (Settings::default(), Some(LoadProblem::Unreadable(e))),
    };
    let parsed = value_dari_teks(&raw)
        .map_err(GalatJejak::from)
        .and_then(|v| Ok(dari_value::<Settings>(&migrate(v))?));
    match parsed {
        Ok(s) => (s, None),
        Err(e) => {
            let quarantine_key = super::kv::karantina(store, &key, &raw);
            (
                Settings::default(),
                Some(LoadProblem::Corrupt {
                    quarantine_key,
                    detail: e.to_string(),
                }),
            )
        }
    }
}

pub fn save(store: &dyn KvStore, settings: &Settings) -> Result<(), StoreError> {
    let json = super::rekaman::ke_value(settings)?.to_string();
    store.put(&settings_key(), &json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;

    #[test]
    fn missing_settings_give_defaults_in_indonesian() {
        let s = MemoryStore::new();
        let (settings, problem) = load(&s);
        assert_eq!(settings.bahasa, Bahasa::Id);
        assert_eq!(settings.peran, None);
        assert!(problem.is_none());
    }

    #[test]
    fn saved_settings_round_trip_with_unknown_fields_kept() {
        let s = MemoryStore::new();
        s.put(
            &settings_key(),
            r#"{"schema_version":1,"bahasa":"en","peran":"pejabat_penilai","nama":"Sari","future":{"x":1}}"#,
        )
        .unwrap();
        let (loaded, problem) = load(&s);
        assert!(problem.is_none());
        assert_eq!(loaded.peran, Some(Peran::PejabatPenilai));
        assert_eq!(loaded.bahasa, Bahasa::En);
        save(&s, &loaded).unwrap();
        let raw = s.get(&settings_key()).unwrap().unwrap();
        assert!(raw.contains(r#""future":{"x":1}"#), "{raw}");
    }

    /// Start-up's early look at the role changes nothing: a broken value is still there for
    /// `load` to quarantine and report.
    #[test]
    fn the_stored_role_is_read_without_repairs() {
        let s = MemoryStore::new();
        assert_eq!(peran_tersimpan(&s), None);
        s.put(
            &settings_key(),
            r#"{"bahasa":"id","peran":"admin_kepegawaian"}"#,
        )
        .unwrap();
        assert_eq!(peran_tersimpan(&s), Some(Peran::AdminKepegawaian));
        s.put(&settings_key(), r#"{"bahasa":"id","peran":null}"#)
            .unwrap();
        assert_eq!(peran_tersimpan(&s), None);
        s.put(&settings_key(), r#"{"bahasa":"id","peran":"#)
            .unwrap();
        assert_eq!(peran_tersimpan(&s), None);
        assert_eq!(s.keys().unwrap(), [settings_key()], "nothing quarantined");
        assert!(matches!(load(&s).1, Some(LoadProblem::Corrupt { .. })));
    }

    #[test]
    fn version_0_without_schema_field_is_migrated() {
        let s = MemoryStore::new();
        s.put(&settings_key(), r#"{"bahasa":"id","peran":"pegawai"}"#)
            .unwrap();
        let (loaded, problem) = load(&s);
        assert!(problem.is_none());
        assert_eq!(loaded.schema_version, SETTINGS_SCHEMA_VERSION);
        assert_eq!(loaded.peran, Some(Peran::Pegawai));
    }

    #[test]
    fn settings_of_the_wrong_shape_name_the_field() {
        let s = MemoryStore::new();
        s.put(&settings_key(), r#"{"bahasa":"fr","peran":null}"#)
            .unwrap();
        let (_, problem) = load(&s);
        let Some(LoadProblem::Corrupt { detail, .. }) = problem else {
            panic!("expected a corrupt report, got {problem:?}");
        };
        assert_eq!(
            detail,
            "bahasa: unknown variant `fr`, expected one of `id`, `en`"
        );
    }

    #[test]
    fn corrupt_settings_are_quarantined_not_deleted() {
        let s = MemoryStore::new();
        s.put(&settings_key(), "{not json").unwrap();
        let (loaded, problem) = load(&s);
        assert_eq!(loaded, Settings::default());
        let Some(LoadProblem::Corrupt { quarantine_key, .. }) = problem else {
            panic!("expected a corrupt report, got {problem:?}");
        };
        assert_eq!(
            s.get(&quarantine_key).unwrap().as_deref(),
            Some("{not json")
        );
        assert_eq!(s.get(&settings_key()).unwrap(), None);
        // A second corruption gets its own quarantine slot.
        s.put(&settings_key(), "[]").unwrap();
        let (_, second) = load(&s);
        let Some(LoadProblem::Corrupt {
            quarantine_key: k2, ..
        }) = second
        else {
            panic!("expected a corrupt report");
        };
        assert_ne!(k2, quarantine_key);
    }
}
