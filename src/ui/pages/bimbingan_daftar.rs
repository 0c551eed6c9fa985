//! Read-only lists of umpan balik and dialog kinerja, shown to the pejabat penilai who wrote
//! them and to the pegawai who received them.

use crate::domain::progres::{DialogKinerja, UmpanBalik};
use crate::store::kinerja::DataKinerja;
use crate::ui::i18n::bimbingan::teks_bimbingan;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn DaftarUmpanBalik(
    #[prop(into)] daftar: Signal<Vec<UmpanBalik>>,
    data: Memo<DataKinerja>,
) -> impl IntoView {
    let state = use_app_state();
    let t = move || teks_bimbingan(state.settings.with(|s| s.bahasa));
    move || {
        let v = daftar.get();
        if v.is_empty() {
            return view! { <p class="petunjuk">{t().belum_ada_umpan_balik}</p> }.into_any();
        }
        view! {
            <ul class="daftar-poin" data-testid="daftar-umpan-balik">
                {v.into_iter().map(|u| view! {
                    <li><strong>{u.tanggal.format("%d-%m-%Y").to_string()}</strong>
                        " (" {t().dari} " " {data.with(|d| d.nama(&u.dari_nip))} "): " {u.isi}</li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    }
}

#[component]
pub fn DaftarDialog(#[prop(into)] daftar: Signal<Vec<DialogKinerja>>) -> impl IntoView {
    let state = use_app_state();
    let t = move || teks_bimbingan(state.settings.with(|s| s.bahasa));
    move || {
        let v = daftar.get();
        if v.is_empty() {
            return view! { <p class="petunjuk">{t().belum_ada_dialog}</p> }.into_any();
        }
        let tt = t();
        v.into_iter()
            .map(|d| {
                let butir = [
                    (tt.peserta, d.peserta.join(", ")),
                    (tt.capaian, d.capaian),
                    (tt.kendala, d.kendala),
                    (tt.langkah, d.langkah_disepakati),
                    (
                        tt.tindak_lanjut,
                        d.tindak_lanjut
                            .map(|x| x.format("%d-%m-%Y").to_string())
                            .unwrap_or_default(),
                    ),
                ];
                view! {
                    <article class="kartu-berkas" data-testid="dialog-kinerja">
                        <h3>{tt.dialog_judul} " — " {d.tanggal.format("%d-%m-%Y").to_string()}</h3>
                        <dl class="rincian">
                            {butir.into_iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                        </dl>
                    </article>
                }
            })
            .collect_view()
            .into_any()
    }
}
