//! Browser storage behind a small key-value trait, so the same logic runs natively
//! (in-memory) in `cargo test` and in the browser (IndexedDB for records, localStorage for
//! settings; localStorage alone where IndexedDB is unavailable).
//!
//! Keys are prefixed and versioned (`kinerjaku.v1.*`) because other apps may share the origin.

pub mod atomik;
pub mod idb;
pub mod impor;
mod impor_kumpulan;
pub mod impor_untuk;
pub mod jurnal;
pub mod kinerja;
mod kv;
pub mod lampiran;
pub mod langsung;
mod lapisan;
#[cfg(target_arch = "wasm32")]
mod local;
mod memory;
pub mod organisasi;
mod pandangan;
pub mod periksa;
pub mod profil;
pub mod rekaman;
pub mod settings;
mod sidik;
#[cfg(test)]
pub(crate) mod sintetis;
#[cfg(test)]
mod sintetis_isi;
#[cfg(test)]
mod sintetis_jabatan;
pub mod snapshot;
pub mod turunan;
#[cfg(test)]
pub(crate) mod uji;

pub use idb::IdbStore;
pub use kv::{is_quota_error, karantina, Kabar, KvStore, Pengamat, StoreError, KEY_PREFIX};
#[cfg(target_arch = "wasm32")]
pub use local::LocalStore;
pub use memory::MemoryStore;
pub use settings::{Peran, Settings};
