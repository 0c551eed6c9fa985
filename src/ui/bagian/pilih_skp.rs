//! The choice among a person's own SKPs, for the screens that show one at a time (the SKP and
//! the progress screens): a new year's SKP, or one after a transfer, sits beside the earlier
//! ones, whose realisasi and evaluation are still due.

use crate::domain::skp::Skp;
use crate::domain::Rulebook;
use crate::store::kinerja::Tersimpan;
use crate::ui::format::tanggal;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The SKP a screen shows, from the person's SKPs newest first: the one chosen while it is
/// still there, else the one whose period holds `hari_ini` (given), else the newest.
pub fn terpilih<'a>(
    daftar: impl Iterator<Item = &'a Tersimpan<Skp>>,
    pilih: Option<&str>,
    hari_ini: Option<NaiveDate>,
) -> Option<&'a Tersimpan<Skp>> {
    let v: Vec<_> = daftar.collect();
    let memuat = |t: &&&Tersimpan<Skp>| {
        hari_ini.is_some_and(|h| t.isi.periode_mulai <= h && h <= t.isi.periode_selesai)
    };
    v.iter()
        .find(|t| pilih == Some(t.isi.id.as_str()))
        .or_else(|| v.iter().find(memuat))
        .or_else(|| v.first())
        .copied()
}

/// Each SKP's option text: its period and status, in the person's language.
pub fn pilihan(daftar: &[&Skp], bahasa: crate::domain::Bahasa) -> Vec<(String, String)> {
    let rb = Rulebook::aktif();
    daftar
        .iter()
        .map(|s| {
            let status = rb.teks(&s.status.label_key(), bahasa).to_string();
            let teks = format!(
                "{} – {} · {status}",
                tanggal(s.periode_mulai),
                tanggal(s.periode_selesai)
            );
            (s.id.clone(), teks)
        })
        .collect()
}

/// The select, drawn only with two SKPs or more. `boleh` is asked before the choice changes
/// (unsaved input on the screen); when it says no, the select goes back to `kini`.
#[component]
pub fn PilihSkp(
    label: Signal<&'static str>,
    daftar: Signal<Vec<(String, String)>>,
    kini: Signal<Option<String>>,
    pilih: RwSignal<Option<String>>,
    boleh: Callback<(), bool>,
) -> impl IntoView {
    let ganti = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        if boleh.run(()) {
            pilih.set(Some(id));
            return;
        }
        use wasm_bindgen::JsCast;
        if let Some(s) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            s.set_value(&kini.get_untracked().unwrap_or_default());
        }
    };
    move || {
        (daftar.with(Vec::len) > 1).then(|| {
            view! {
                <div class="medan">
                    <label for="pilih-skp">{move || label.get()}</label>
                    <select id="pilih-skp" data-testid="pilih-skp" on:change=ganti>
                        {move || {
                            let kini = kini.get();
                            daftar.get().into_iter().map(|(id, teks)| {
                                let dipilih = kini.as_deref() == Some(id.as_str());
                                view! { <option value=id selected=dipilih>{teks}</option> }
                            }).collect_view()
                        }}
                    </select>
                </div>
            }
        })
    }
}
