//! The way out of an approved SKP: the pegawai reopens it as a revision with a reason (the
//! regulation allows a changed SKP). It becomes a draft again under the same id, so the
//! realisasi recorded stay with it, and goes back to the pejabat penilai through the usual
//! submission and approval.

use crate::domain::skp::{Skp, StatusSkp};
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// Shown on an approved SKP only; `buka` reopens it with the reason typed.
#[component]
pub(super) fn AjukanPerubahan(
    ringkas: Memo<Option<Skp>>,
    buka: Callback<String, bool>,
) -> impl IntoView {
    let state = use_app_state();
    let t = move || teks_skp(state.settings.with(|s| s.bahasa));
    let disetujui = move || {
        ringkas.with(|s| {
            s.as_ref()
                .is_some_and(|s| matches!(s.status, StatusSkp::Disetujui { .. }))
        })
    };
    let alasan = RwSignal::new(String::new());
    view! {
        <Show when=disetujui>
            <section class="kartu-berkas" data-testid="perubahan-skp" aria-labelledby="judul-perubahan">
                <h2 id="judul-perubahan">{move || t().perubahan_judul}</h2>
                <p class="petunjuk">{move || t().perubahan_pengantar}</p>
                <div class="medan">
                    <label for="alasan-perubahan">{move || t().alasan_perubahan}</label>
                    <textarea id="alasan-perubahan" rows="2" maxlength="500" prop:value=move || alasan.get()
                        on:input=move |ev| alasan.set(event_target_value(&ev))></textarea>
                </div>
                <button type="button" class="sekunder" data-testid="buka-perubahan" on:click=move |_| {
                    if buka.run(alasan.get_untracked()) {
                        alasan.set(String::new());
                    }
                }>{move || t().ajukan_perubahan}</button>
            </section>
        </Show>
    }
}
