//! The split points of the lazy screens (see [`super`]): one per feature, whose body, and
//! everything only it reaches, is that feature's chunk.

use super::{GagalMuat, Gambar};
use leptos::prelude::*;

/// One split point per feature: the function body, and everything only it reaches, is the
/// chunk. Returning a function pointer keeps the chunk's call synchronous and inside the
/// reactive owner of the route switch, so screens find the app state in context.
macro_rules! fitur_lazy {
    ($($nama:ident => $gambar:path),* $(,)?) => {$(
        #[cfg(not(feature = "eager"))]
        #[leptos::wasm_split::wasm_split($nama, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub(super) fn $nama() -> Result<Gambar, GagalMuat> {
            // The agency's rulebook in force before the screen reads any rule.
            fn tampil(r: &crate::ui::route::Route) -> AnyView {
                let state = crate::ui::state::use_app_state();
                crate::ui::aturan::pasang_dari(state.store().as_ref());
                $gambar(r)
            }
            Ok(tampil)
        }
    )*};
}

/// The same for screens that read no rule (backups; About puts the rulebook in force itself,
/// only to say whether it is).
macro_rules! fitur_lazy_tanpa_aturan {
    ($($nama:ident => $gambar:path),* $(,)?) => {$(
        #[cfg(not(feature = "eager"))]
        #[leptos::wasm_split::wasm_split($nama, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub(super) fn $nama() -> Result<Gambar, GagalMuat> {
            Ok($gambar)
        }
    )*};
}

fitur_lazy! {
    profil => crate::ui::profil::gambar,
    skp => crate::ui::skp::gambar,
    progres => crate::ui::progres::gambar,
    tim => crate::ui::tim::gambar,
    bimbingan => crate::ui::bimbingan::gambar,
    evaluasi => crate::ui::evaluasi::gambar,
    penilaian => crate::ui::penilaian::gambar,
    matriks => crate::ui::matriks::gambar,
    pengembangan => crate::ui::pengembangan::gambar,
    angka_kredit => crate::ui::angka_kredit::gambar,
    kompetensi => crate::ui::kompetensi::gambar,
    rencana => crate::ui::rencana::gambar,
    cetak => crate::ui::cetak::gambar,
    data => crate::ui::data::gambar,
    organisasi => crate::ui::instansi::organisasi::gambar,
    instansi => crate::ui::instansi::dasbor::gambar,
    rendah => crate::ui::instansi::rendah::gambar,
    instansi_pengembangan => crate::ui::instansi::pengembangan::gambar,
    instansi_talenta => crate::ui::instansi::talenta::gambar,
}

fitur_lazy_tanpa_aturan! {
    cadangan => crate::ui::cadangan::gambar,
    tentang => crate::ui::tentang::gambar,
}
