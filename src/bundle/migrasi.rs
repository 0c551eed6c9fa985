//! Bundle schema versions and the chain of pure, numbered migrations that bring an older file
//! up to [`SCHEMA_VERSION`] (Excalidraw's contract, Actual's additive-only policy: a step may
//! add or rename, never drop data). A file newer than the app is refused, never guessed at.
//!
//! Schema 1 is the first published schema, so the chain is empty: there is no older file to
//! read, and version 0 (or any version without a step) is refused with a clear reason. The
//! runner is tested with a hypothetical chain so it is ready when schema 2 arrives.

use serde_json::Value;

/// The bundle schema this app writes and reads.
pub const SCHEMA_VERSION: u32 = 1;

/// One step: turns a bundle of schema `dari` into schema `dari + 1`.
pub struct Migrasi {
    pub dari: u32,
    /// One line for the import report and docs/bundle.md.
    pub judul: &'static str,
    /// Pure: takes the whole bundle value, returns the migrated one or a reason.
    pub terapkan: fn(Value) -> Result<Value, String>,
}

/// The real chain, oldest first. Append only; never edit a shipped step.
pub const RANTAI: &[Migrasi] = &[];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GalatMigrasi {
    /// Made by a newer app: the person must update, nothing is imported.
    LebihBaru {
        versi: u64,
        didukung: u32,
    },
    /// Older than any step the chain knows.
    TidakDidukung {
        versi: u64,
        tertua: u32,
    },
    Gagal {
        dari: u32,
        alasan: String,
    },
}

/// Brings `v`, of schema `versi`, up to [`SCHEMA_VERSION`] through [`RANTAI`].
pub fn migrasikan(v: Value, versi: u64) -> Result<Value, GalatMigrasi> {
    jalankan(RANTAI, SCHEMA_VERSION, v, versi)
}

/// The oldest schema `rantai` can start from to reach `sasaran`.
pub fn tertua(rantai: &[Migrasi], sasaran: u32) -> u32 {
    let mut v = sasaran;
    while let Some(m) = v
        .checked_sub(1)
        .and_then(|d| rantai.iter().find(|m| m.dari == d))
    {
        v = m.dari;
    }
    v
}

/// Runs the steps of `rantai` from `versi` to `sasaran`, stamping `schema_version` after each.
/// Checks that every step exists before running any.
pub fn jalankan(
    rantai: &[Migrasi],
    sasaran: u32,
    mut v: Value,
    versi: u64,
) -> Result<Value, GalatMigrasi> {
    if versi > u64::from(sasaran) {
        return Err(GalatMigrasi::LebihBaru {
            versi,
            didukung: sasaran,
        });
    }
    let awal = tertua(rantai, sasaran);
    if versi < u64::from(awal) {
        return Err(GalatMigrasi::TidakDidukung {
            versi,
            tertua: awal,
        });
    }
    // versi is now within awal..=sasaran, both u32.
    let mut kini = u32::try_from(versi).unwrap_or(sasaran);
    while kini < sasaran {
        let Some(m) = rantai.iter().find(|m| m.dari == kini) else {
            return Err(GalatMigrasi::TidakDidukung {
                versi,
                tertua: awal,
            });
        };
        v = (m.terapkan)(v).map_err(|alasan| GalatMigrasi::Gagal { dari: kini, alasan })?;
        kini += 1;
        match v.as_object_mut() {
            Some(o) => {
                o.insert("schema_version".into(), kini.into());
            }
            None => {
                return Err(GalatMigrasi::Gagal {
                    dari: kini - 1,
                    alasan: "not an object".into(),
                })
            }
        }
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    // A hypothetical history: schema 0 called the exporter `pembuat` and records `isi`;
    // schema 1 renamed both; schema 2 added a `catatan` to every record.
    fn v0_ke_v1(mut v: Value) -> Result<Value, String> {
        let o = v.as_object_mut().ok_or("not an object")?;
        for (lama, baru) in [("pembuat", "exporter"), ("isi", "records")] {
            if let Some(x) = o.remove(lama) {
                o.insert(baru.into(), x);
            }
        }
        Ok(v)
    }

    fn v1_ke_v2(mut v: Value) -> Result<Value, String> {
        let rs = v
            .get_mut("records")
            .and_then(Value::as_array_mut)
            .ok_or("records missing")?;
        for r in rs {
            if let Some(o) = r.as_object_mut() {
                o.entry("catatan").or_insert(json!(""));
            }
        }
        Ok(v)
    }

    const UJI: &[Migrasi] = &[
        Migrasi {
            dari: 0,
            judul: "exporter/records renamed",
            terapkan: v0_ke_v1,
        },
        Migrasi {
            dari: 1,
            judul: "records gain catatan",
            terapkan: v1_ke_v2,
        },
    ];

    fn fixture_v0() -> Value {
        json!({"schema_version": 0, "pembuat": {"nip": "1"}, "isi": [{"id": "a"}], "x": 7})
    }

    #[test]
    fn every_step_from_v0_runs_in_order_and_stamps_the_version() {
        let v = jalankan(UJI, 2, fixture_v0(), 0).unwrap();
        assert_eq!(v["schema_version"], 2);
        assert_eq!(v["exporter"]["nip"], "1");
        assert_eq!(v["records"][0]["catatan"], "");
        assert!(v.get("pembuat").is_none() && v.get("isi").is_none());
        assert_eq!(v["x"], 7, "unknown fields survive a migration");
    }

    #[test]
    fn a_v1_file_runs_only_the_later_step() {
        let v1 = json!({"schema_version": 1, "records": [{"id": "a", "catatan": "kept"}]});
        let v = jalankan(UJI, 2, v1, 1).unwrap();
        assert_eq!(v["records"][0]["catatan"], "kept");
        assert_eq!(v["schema_version"], 2);
    }

    #[test]
    fn the_current_version_passes_through_untouched() {
        let v = json!({"schema_version": 2, "a": 1});
        assert_eq!(jalankan(UJI, 2, v.clone(), 2).unwrap(), v);
    }

    #[test]
    fn newer_older_and_failing_versions_are_refused_by_name() {
        assert_eq!(
            jalankan(UJI, 2, json!({}), 3),
            Err(GalatMigrasi::LebihBaru {
                versi: 3,
                didukung: 2
            })
        );
        // A chain missing step 0 cannot read schema 0.
        assert_eq!(
            jalankan(&UJI[1..], 2, fixture_v0(), 0),
            Err(GalatMigrasi::TidakDidukung {
                versi: 0,
                tertua: 1
            })
        );
        // A step that fails names the version it started from.
        let rusak = json!({"schema_version": 1});
        assert!(matches!(
            jalankan(UJI, 2, rusak, 1),
            Err(GalatMigrasi::Gagal { dari: 1, .. })
        ));
    }

    #[test]
    fn the_real_chain_brings_every_supported_version_to_the_current_schema() {
        let awal = tertua(RANTAI, SCHEMA_VERSION);
        // One step per version from the oldest supported to the current one, each described.
        let mut dari: Vec<u32> = RANTAI.iter().map(|m| m.dari).collect();
        dari.sort_unstable();
        assert_eq!(dari, (awal..SCHEMA_VERSION).collect::<Vec<_>>());
        assert!(RANTAI.iter().all(|m| !m.judul.is_empty()));
        // Every supported version arrives stamped with the current schema; the current one
        // passes through untouched.
        for versi in awal..=SCHEMA_VERSION {
            let v = json!({"schema_version": versi, "exporter": "uji", "records": []});
            let hasil = migrasikan(v.clone(), versi.into()).unwrap();
            assert_eq!(hasil["schema_version"], json!(SCHEMA_VERSION), "{versi}");
            if versi == SCHEMA_VERSION {
                assert_eq!(hasil, v);
            }
        }
        // Just outside the range on either side is refused with the reason that fits.
        assert_eq!(
            migrasikan(json!({}), u64::from(awal) - 1),
            Err(GalatMigrasi::TidakDidukung {
                versi: u64::from(awal) - 1,
                tertua: awal
            })
        );
        assert_eq!(
            migrasikan(json!({}), u64::from(SCHEMA_VERSION) + 1),
            Err(GalatMigrasi::LebihBaru {
                versi: u64::from(SCHEMA_VERSION) + 1,
                didukung: SCHEMA_VERSION
            })
        );
    }

    #[test]
    fn schema_1_is_the_oldest_so_version_0_is_refused_clearly() {
        assert_eq!(
            migrasikan(json!({"schema_version": 0}), 0),
            Err(GalatMigrasi::TidakDidukung {
                versi: 0,
                tertua: 1
            })
        );
        let v = json!({"schema_version": 1, "k": [1]});
        assert_eq!(migrasikan(v.clone(), 1).unwrap(), v);
        assert!(matches!(
            migrasikan(v, u64::MAX),
            Err(GalatMigrasi::LebihBaru { .. })
        ));
    }
}
