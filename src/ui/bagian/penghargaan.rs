//! A pegawai's awards as the admin recorded them (`domain::penghargaan::Penghargaan`), read only:
//! on their own profile and on the admin's page of that pegawai.

use crate::domain::{Bahasa, Rulebook};
use crate::ui::format::tanggal;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

fn judul(b: Bahasa) -> &'static str {
    match b {
        Bahasa::Id => "Penghargaan",
        Bahasa::En => "Awards",
    }
}

/// Nothing at all when `nip` has no award: the profile stays as it was.
#[component]
pub fn DaftarPenghargaan(#[prop(into)] nip: Signal<String>) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let data = state.data_kinerja();
    let daftar = Memo::new(move |_| {
        nip.with(|n| {
            data.with(|d| {
                d.penghargaan_milik(n.trim())
                    .into_iter()
                    .map(|p| p.isi.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <Show when=move || !daftar.with(Vec::is_empty)>
            <section aria-labelledby="judul-penghargaan" data-testid="daftar-penghargaan">
                <h2 id="judul-penghargaan">{move || judul(bahasa())}</h2>
                <ul>{move || daftar.get().into_iter().map(|p| {
                    let b = bahasa();
                    let jenis = rb.teks(&format!("penghargaan.{}", p.jenis), b).to_string();
                    let nomor = (!p.nomor_keputusan.is_empty()).then(|| format!(", {}", p.nomor_keputusan));
                    let ket = (!p.keterangan.is_empty()).then(|| format!(" — {}", p.keterangan));
                    view! { <li><strong>{p.nama.clone()}</strong> " (" {jenis} "), " {tanggal(p.tanggal)} {nomor} {ket}</li> }
                }).collect_view()}</ul>
            </section>
        </Show>
    }
}
