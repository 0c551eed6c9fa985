//! The straight reader of a large workspace ([`crate::store::langsung`]) for the agency's
//! screens: its own chunk, fetched the first time an agency screen opens on a workspace of
//! more than [`AMBANG_REKAMAN`] records, and installed before that screen first reads the data
//! memo. A pegawai's or a team's workspace never downloads it, and the first load carries none
//! of it: only these screens ask.

use crate::store::kinerja::{pasang_pembaca_lurus, pembaca_lurus_terpasang};
use crate::store::{KvStore, Peran};
use crate::ui::layar::Fitur;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// Records above which the straight reader is worth its chunk (31 KB gzip): natively the full
/// reader takes about 0.03 ms a record, so below this the whole read is under ~60 ms.
pub const AMBANG_REKAMAN: usize = 2_000;

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(pembaca_lurus, wasm_split_path = ::leptos::wasm_split, fallible)]
fn pembaca_lazy() -> Result<crate::store::kinerja::PembacaLurus, crate::ui::layar::GagalMuat> {
    Ok(crate::store::langsung::baca_ke)
}

/// Not installed yet, and the workspace is large enough to want it.
fn perlu(store: &dyn KvStore) -> bool {
    !pembaca_lurus_terpasang() && crate::store::rekaman::lebih_dari(store, AMBANG_REKAMAN)
}

/// Fetches and installs the straight reader (a chunk that cannot be fetched leaves the full
/// reader in place).
async fn pasang() {
    #[cfg(not(feature = "eager"))]
    if let Ok(f) = pembaca_lazy().await {
        pasang_pembaca_lurus(f);
    }
    #[cfg(feature = "eager")]
    pasang_pembaca_lurus(crate::store::langsung::baca_ke);
}

/// Start-up, once storage is read: a large workspace whose page opens on an agency screen
/// (`dini`: the stored role and the route's feature, as [`crate::ui::mulai::muat_layar_dini`]
/// found them) as the admin asks for the straight reader now, beside the screen's own chunk,
/// instead of after it (reopening the agency, two waits in a row).
pub fn muat_dini(store: &dyn KvStore, dini: Option<(Peran, Fitur)>) {
    let agensi = matches!(
        dini,
        Some((
            Peran::AdminKepegawaian,
            Fitur::Instansi
                | Fitur::Rendah
                | Fitur::Organisasi
                | Fitur::InstansiPengembangan
                | Fitur::InstansiTalenta
        ))
    );
    if agensi && perlu(store) {
        wasm_bindgen_futures::spawn_local(pasang());
    }
}

/// Draws `layar` at once, or in a large workspace once the straight reader is installed (the
/// loading line meanwhile). A chunk that cannot be fetched is no failure: the screen opens and
/// the full reader reads the same records, only slower.
pub fn setelah_siap(layar: impl Fn() -> AnyView + Send + Sync + 'static) -> AnyView {
    if !perlu(use_app_state().store().as_ref()) {
        return layar();
    }
    let siap = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        pasang().await;
        // The screen may be gone by now (its owner disposed the signal).
        let _ = siap.try_set(true);
    });
    (move || {
        if siap.get() {
            layar()
        } else {
            crate::ui::layar::memuat()
        }
    })
    .into_any()
}
