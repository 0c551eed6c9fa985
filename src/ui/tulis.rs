//! Writes of several records that land whole, for the screens that make them (their code
//! goes to those screens' chunks).

use crate::store::organisasi::{terapkan, Ubah};
use crate::store::rekaman::GagalTulis;
use crate::ui::state::{AppState, HasilSimpan};
use leptos::prelude::*;

/// Several records written whole (a merge of units, a goal done with its training): on success every screen
/// re-reads, a newer record stored meanwhile refuses all of it, a storage failure raises the
/// banner. The same outcomes as `AppState::simpan_rekaman`.
pub fn tulis_banyak(state: AppState, ubah: &[Ubah]) -> HasilSimpan {
    let waktu = chrono::Local::now().to_rfc3339();
    let hasil = terapkan(state.store().as_ref(), ubah, &waktu);
    match hasil {
        Ok(_) => {
            state.dirty.set(false);
            state.muat_ulang_data();
            HasilSimpan::Tersimpan(0)
        }
        Err(g) => match (g.sebab, g.pemulihan) {
            (_, Some(e)) | (GagalTulis::Penyimpanan(e), None) => {
                state.lapor_gagal_simpan(e);
                HasilSimpan::Gagal
            }
            (GagalTulis::LebihBaru { .. }, None) => {
                state.muat_ulang_data();
                HasilSimpan::LebihBaru
            }
        },
    }
}
