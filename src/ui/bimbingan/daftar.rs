//! Lists of umpan balik and dialog kinerja, shown to the pejabat penilai who wrote them (with
//! a delete button each) and to the pegawai who received them (read only).

use crate::domain::progres::{DialogKinerja, UmpanBalik};
use crate::store::kinerja::{DataKinerja, Tersimpan};
use crate::store::rekaman::JenisRecord;
use crate::ui::bimbingan::teks::teks_bimbingan;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// Deletes one record: (type, id, the revision it was based on).
pub type Hapus = Callback<(JenisRecord, String, u64)>;

fn tombol_hapus(
    hapus: Option<Hapus>,
    jenis: JenisRecord,
    id: String,
    revisi: u64,
    label: &'static str,
) -> impl IntoView {
    hapus.map(|h| {
        view! {
            " " <button type="button" class="sekunder kecil" data-testid="hapus-catatan"
                on:click=move |_| h.run((jenis, id.clone(), revisi))>{label}</button>
        }
    })
}

#[component]
pub fn DaftarUmpanBalik(
    #[prop(into)] daftar: Signal<Vec<Tersimpan<UmpanBalik>>>,
    data: Memo<DataKinerja>,
    #[prop(optional)] hapus: Option<Hapus>,
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
                {v.into_iter().map(|x| { let u = x.isi; view! {
                    <li><strong>{crate::ui::format::tanggal(u.tanggal)}</strong>
                        " (" {t().dari} " " {data.with(|d| d.nama(&u.dari_nip))} "): " {u.isi}
                        {tombol_hapus(hapus, JenisRecord::UmpanBalik, u.id, x.revisi, t().hapus)}</li>
                }}).collect_view()}
            </ul>
        }
        .into_any()
    }
}

#[component]
pub fn DaftarDialog(
    #[prop(into)] daftar: Signal<Vec<Tersimpan<DialogKinerja>>>,
    #[prop(optional)] hapus: Option<Hapus>,
) -> impl IntoView {
    let state = use_app_state();
    let t = move || teks_bimbingan(state.settings.with(|s| s.bahasa));
    move || {
        let v = daftar.get();
        if v.is_empty() {
            return view! { <p class="petunjuk">{t().belum_ada_dialog}</p> }.into_any();
        }
        let tt = t();
        v.into_iter()
            .map(|x| {
                let (d, revisi) = (x.isi, x.revisi);
                let id = d.id.clone();
                let butir = [
                    (tt.peserta, d.peserta.join(", ")),
                    (tt.capaian, d.capaian),
                    (tt.kendala, d.kendala),
                    (tt.langkah, d.langkah_disepakati),
                    (
                        tt.tindak_lanjut,
                        d.tindak_lanjut
                            .map(crate::ui::format::tanggal)
                            .unwrap_or_default(),
                    ),
                ];
                view! {
                    <article class="kartu-berkas" data-testid="dialog-kinerja">
                        <h3>{tt.dialog_judul} " — " {crate::ui::format::tanggal(d.tanggal)}</h3>
                        <dl class="rincian">
                            {butir.into_iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                        </dl>
                        {tombol_hapus(hapus, JenisRecord::DialogKinerja, id, revisi, tt.hapus)}
                    </article>
                }
            })
            .collect_view()
            .into_any()
    }
}
