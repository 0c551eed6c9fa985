//! Deleting a record with an undo, as the admin's record lists do it: the delete leaves a
//! tombstone whose revision the undo names, so an undo never brings back a record someone
//! changed meanwhile (another tab), and the screen says which of those happened.

use crate::store::rekaman::JenisRecord;
use crate::ui::state::{AppState, HasilSimpan};
use leptos::prelude::*;

/// What the screen says after a delete, an undo, or a refusal (a newer record stored).
pub struct KataHapus {
    pub terhapus: &'static str,
    pub dipulihkan: &'static str,
    pub berubah: &'static str,
}

/// The state of one list's delete and undo: the last record deleted (its id and tombstone
/// revision) and the message shown.
#[derive(Clone, Copy)]
pub struct Hapusan {
    state: AppState,
    jenis: JenisRecord,
    pub terhapus: RwSignal<Option<(String, u64)>>,
    pub pesan: RwSignal<Option<&'static str>>,
}

impl Hapusan {
    pub fn baru(state: AppState, jenis: JenisRecord) -> Self {
        Hapusan {
            state,
            jenis,
            terhapus: RwSignal::new(None),
            pesan: RwSignal::new(None),
        }
    }

    /// Deletes revision `revisi` of record `id`; a newer revision stored meanwhile is not
    /// deleted (the list reloads and says so).
    pub fn hapus(&self, id: String, revisi: u64, kata: &KataHapus) {
        match self.state.hapus_rekaman(self.jenis, &id, revisi) {
            HasilSimpan::Tersimpan(nisan) => {
                self.terhapus.set(Some((id, nisan)));
                self.pesan.set(Some(kata.terhapus));
            }
            HasilSimpan::LebihBaru => self.pesan.set(Some(kata.berubah)),
            HasilSimpan::Gagal => {}
        }
    }

    /// Brings back the record deleted last, unless its tombstone changed meanwhile.
    pub fn urungkan(&self, kata: &KataHapus) {
        let Some((id, nisan)) = self.terhapus.get_untracked() else {
            return;
        };
        match self.state.urungkan_hapus(self.jenis, &id, nisan) {
            HasilSimpan::Tersimpan(_) => self.pesan.set(Some(kata.dipulihkan)),
            HasilSimpan::LebihBaru => self.pesan.set(Some(kata.berubah)),
            // The write failed (storage full, said in the banner): the undo stays offered,
            // to try again once there is room.
            HasilSimpan::Gagal => return,
        }
        self.terhapus.set(None);
    }

    /// A new record was saved: the undo offered no longer applies to what is on screen.
    pub fn tersimpan(&self, pesan: &'static str) {
        self.terhapus.set(None);
        self.pesan.set(Some(pesan));
    }
}

/// The list's status line: the last message and, while a delete can be undone, the undo
/// button (`urungkan-<testid>`; the line is `pesan-<testid>`).
#[component]
pub fn PesanHapusan(
    hapusan: Hapusan,
    testid: &'static str,
    #[prop(into)] label_urungkan: Signal<&'static str>,
    #[prop(into)] kata: Signal<&'static KataHapus>,
) -> impl IntoView {
    view! {
        <Show when=move || hapusan.pesan.with(Option::is_some)>
            <p class="status" role="status" data-testid=format!("pesan-{testid}")>{move || hapusan.pesan.get()}
                <Show when=move || hapusan.terhapus.with(Option::is_some)>
                    " " <button type="button" class="kecil" data-testid=format!("urungkan-{testid}")
                        on:click=move |_| hapusan.urungkan(kata.get_untracked())>{move || label_urungkan.get()}</button>
                </Show></p>
        </Show>
    }
}
