//! Attached photos and PDFs (bukti dukung, issue 12 item 9) as their own lazy chunk,
//! `lampiran`: the pegawai's "attach" field in the progress screen's entry form, the list of
//! stored attachments with "open" (the pegawai's history, the pejabat penilai's evaluation
//! form), and the writes that change a realisasi together with its attachments. Neither the
//! main module nor the progress and evaluation chunks hold any of it: they call
//! [`tampilkan`] (draws a part once the chunk is here) and [`dengan_kode`] (runs a write with
//! it), and know attachments only as ids in the realisasi (`BuktiDukung::Lampiran`).
//!
//! The chunk is fetched when a part is first shown; when it cannot be fetched the part says so
//! with a retry, and the rest of the screen works on (see `ui::layar` for the same with
//! screens). Builds with the `eager` feature link it directly.

mod buka;
mod isian;
pub mod teks;
mod tulis;

use crate::domain::lampiran::Lampiran;
use crate::domain::progres::Realisasi;
use crate::domain::Galat;
use crate::ui::layar::GagalMuat;
use crate::ui::state::{use_app_state, AppState, HasilSimpan};
use leptos::prelude::*;
use std::sync::OnceLock;
use teks::teks_lampiran;

/// One attachment in an entry form: stored already (its id), or picked and not yet saved.
#[derive(Clone, Debug, PartialEq)]
pub enum LampiranIsian {
    Tersimpan(String),
    Baru(Lampiran),
}

impl LampiranIsian {
    pub fn id(&self) -> &str {
        match self {
            LampiranIsian::Tersimpan(id) => id,
            LampiranIsian::Baru(l) => &l.id,
        }
    }
}

/// What an entry form hands its attachment field.
#[derive(Clone)]
pub struct IsianLampiran {
    /// The attachments of the entry being written (the form's unsaved state).
    pub daftar: RwSignal<Vec<LampiranIsian>>,
    /// The form's problem list, where a refused file is named.
    pub masalah: RwSignal<Vec<Galat>>,
    /// The IKI whose card this is (the input's id).
    pub iki_id: String,
}

/// The chunk's entry points (function pointers, so calling one needs no further fetch).
#[derive(Clone, Copy)]
pub struct KodeLampiran {
    /// One card's attachment field: picking (photos compressed), the list with sizes, and
    /// what attachments and all data take of storage.
    pub isian: fn(IsianLampiran) -> AnyView,
    /// Stored attachments by id, each with its name, size and "open".
    pub daftar: fn(Vec<String>) -> AnyView,
    /// Saves a realisasi (its `bukti` naming every attachment of `daftar` by id) with the new
    /// attachments and without the dropped ones, whole or not at all; `Err`: refused before
    /// writing (too many attachments).
    #[allow(clippy::type_complexity)]
    pub simpan: fn(
        &AppState,
        &Realisasi,
        Option<u64>,
        RwSignal<Vec<LampiranIsian>>,
    ) -> Result<HasilSimpan, Vec<Galat>>,
    /// Deletes a realisasi with its attachments (tombstones keeping the bytes for an undo).
    pub hapus: fn(&AppState, &str, u64) -> HasilSimpan,
    /// Undoes that delete; `Err`: refused because the files' bytes were given back, in words.
    pub urungkan: fn(&AppState, &str, u64) -> Result<HasilSimpan, String>,
}

fn kode() -> KodeLampiran {
    KodeLampiran {
        isian: isian::gambar,
        daftar: buka::gambar_daftar,
        simpan: tulis::simpan,
        hapus: tulis::hapus,
        urungkan: tulis::urungkan,
    }
}

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(lampiran, wasm_split_path = ::leptos::wasm_split, fallible)]
fn kode_lazy() -> Result<KodeLampiran, GagalMuat> {
    Ok(kode())
}

/// The chunk once it is here, so later parts draw at once instead of flashing "loading".
static SIAP: OnceLock<KodeLampiran> = OnceLock::new();

/// The chunk's entry points if already fetched.
pub fn siap() -> Option<KodeLampiran> {
    #[cfg(feature = "eager")]
    return Some(kode());
    #[cfg(not(feature = "eager"))]
    SIAP.get().copied()
}

/// Fetches the chunk (once; later calls return at once).
pub async fn muat() -> Result<KodeLampiran, GagalMuat> {
    if let Some(k) = siap() {
        return Ok(k);
    }
    #[cfg(not(feature = "eager"))]
    let k = kode_lazy().await?;
    #[cfg(feature = "eager")]
    let k = kode();
    Ok(*SIAP.get_or_init(|| k))
}

/// Runs `f` with the chunk: at once when it is here, else once fetched; `gagal` gets the
/// loader's reason when it cannot be fetched.
pub fn dengan_kode(f: impl FnOnce(KodeLampiran) + 'static, gagal: impl FnOnce(String) + 'static) {
    // Boxed, so the screens that call this share one copy of the code below.
    dengan_kode_dyn(Box::new(f), Box::new(gagal));
}

fn dengan_kode_dyn(f: Box<dyn FnOnce(KodeLampiran)>, gagal: Box<dyn FnOnce(String)>) {
    match siap() {
        Some(k) => f(k),
        None => leptos::task::spawn_local(async move {
            match muat().await {
                Ok(k) => f(k),
                Err(GagalMuat(e)) => gagal(e),
            }
        }),
    }
}

/// Why the attachment code is not here, in the person's words (`detail`: the loader's).
pub fn gagal_muat(b: crate::domain::Bahasa, detail: &str) -> String {
    crate::ui::i18n::isi(teks_lampiran(b).gagal_muat, &[("detail", detail)])
}

/// Draws `gambar` with the chunk: at once when it is here, "loading" meanwhile, and a message
/// with a retry when it cannot be fetched (never an abort).
pub fn tampilkan(gambar: impl Fn(KodeLampiran) -> AnyView + Send + Sync + 'static) -> AnyView {
    // Boxed, so the screens that call this share one copy of the code below.
    tampilkan_dyn(Box::new(gambar))
}

type Gambar = Box<dyn Fn(KodeLampiran) -> AnyView + Send + Sync>;

fn tampilkan_dyn(gambar: Gambar) -> AnyView {
    let state = use_app_state();
    let t = move || teks_lampiran(state.settings.with(|s| s.bahasa));
    let kode = RwSignal::new(siap());
    let gagal = RwSignal::new(None::<String>);
    let coba = RwSignal::new(0u32);
    Effect::new(move |_| {
        coba.track();
        if kode.with_untracked(Option::is_some) {
            return;
        }
        gagal.set(None);
        leptos::task::spawn_local(async move {
            match muat().await {
                Ok(k) => {
                    let _ = kode.try_set(Some(k));
                }
                Err(GagalMuat(e)) => {
                    let _ = gagal.try_set(Some(e));
                }
            }
        });
    });
    (move || {
        match (kode.get(), gagal.get()) {
            (Some(k), _) => gambar(k),
            (None, None) => view! {
                <span class="status" role="status" data-testid="lampiran-memuat">{move || t().memuat}</span>
            }
            .into_any(),
            (None, Some(e)) => view! {
                <span class="galat" role="alert" data-testid="lampiran-gagal-muat">
                    {move || gagal_muat(state.settings.with(|s| s.bahasa), &e)} " "
                    <button type="button" class="sekunder kecil" data-testid="lampiran-coba-lagi"
                        on:click=move |_| coba.update(|n| *n += 1)>{move || t().coba_lagi}</button>
                </span>
            }
            .into_any(),
        }
    })
    .into_any()
}
