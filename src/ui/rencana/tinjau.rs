//! The pejabat penilai's side: their bawahan's development plans (arrived in the pegawai
//! files), the submitted ones first, each approved or returned with a note. The decision names
//! the version submitted and travels back in the penilaian file.

use super::teks::teks_rencana;
use super::{kata_dasar, kata_status, Tersimpan_};
use crate::domain::rencana_pengembangan::{Keputusan, StatusRencana};
use crate::domain::{Bahasa, Galat, Rulebook};
use crate::ui::format::{angka_isian, tanggal};
use crate::ui::i18n::isi;
use crate::ui::route::Route;
use crate::ui::state::{use_app_state, HasilSimpan};
use leptos::prelude::*;

#[component]
pub(super) fn Tinjau() -> impl IntoView {
    let state = use_app_state();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_rencana(bahasa());
    let data = state.data_kinerja();
    let rencana = Memo::new(move |_| {
        let saya = state.settings.with(|s| s.nip.trim().to_string());
        data.with(|d| {
            let mut v: Vec<(String, Tersimpan_)> = d
                .bawahan(&saya)
                .into_iter()
                .flat_map(|n| {
                    let nama = d.nama(&n);
                    d.rencana_milik(&n)
                        .into_iter()
                        .map(move |r| (nama.clone(), r.clone()))
                        .collect::<Vec<_>>()
                })
                .collect();
            // Waiting for a decision first, then by name and the latest year.
            v.sort_by_key(|(nama, r)| {
                (
                    r.isi.status() != StatusRencana::Diajukan,
                    nama.clone(),
                    std::cmp::Reverse(r.isi.tahun),
                )
            });
            v
        })
    });
    let pesan = RwSignal::new(None::<&'static str>);
    // The notes typed per plan, owned here: a decision on one plan (or an import) redraws
    // every card, and a note typed on another must survive it.
    let catatan = Catatan {
        pemilik: StoredValue::new(Owner::current().unwrap_or_default()),
        per_id: StoredValue::new(std::collections::HashMap::new()),
    };
    view! {
        <section aria-labelledby="judul-tinjau" data-testid="tinjau-rencana">
            <h2 id="judul-tinjau">{move || t().tinjau_judul}</h2>
            <Show when=move || pesan.with(Option::is_some)>
                <p class="status" role="status" data-testid="pesan-tinjau">{move || pesan.get()}
                    " " <a href=Route::Data.href()>{move || t().kirim_tim}</a></p>
            </Show>
            <Show when=move || !rencana.with(Vec::is_empty)
                fallback=move || view! { <p class="petunjuk">{move || t().tinjau_kosong}</p> }>
                {move || rencana.get().into_iter().map(|(nama, r)| view! { <KartuRencana nama=nama r=r pesan=pesan catatan=catatan/> }).collect_view()}
            </Show>
        </section>
    }
}

/// Each plan's note, by plan id, in signals of the list's owner (not of a card's).
#[derive(Clone, Copy)]
struct Catatan {
    pemilik: StoredValue<Owner>,
    per_id: StoredValue<std::collections::HashMap<String, RwSignal<String>>>,
}

impl Catatan {
    fn untuk(&self, id: &str) -> RwSignal<String> {
        if let Some(c) = self.per_id.with_value(|m| m.get(id).copied()) {
            return c;
        }
        let c = self
            .pemilik
            .get_value()
            .with(|| RwSignal::new(String::new()));
        self.per_id.update_value(|m| {
            m.insert(id.to_string(), c);
        });
        c
    }
}

#[component]
fn KartuRencana(
    nama: String,
    r: Tersimpan_,
    pesan: RwSignal<Option<&'static str>>,
    catatan: Catatan,
) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_rencana(bahasa());
    let catatan = catatan.untuk(&r.isi.id);
    let masalah = RwSignal::new(Vec::<Galat>::new());
    let status = r.isi.status();
    let id_catatan = StoredValue::new(format!("tr-catatan-{}", r.isi.id));
    let judul = isi(
        teks_rencana(state.settings.with_untracked(|s| s.bahasa)).rencana_dari,
        &[("nama", &nama), ("tahun", &r.isi.tahun.to_string())],
    );
    let r2 = StoredValue::new(r.clone());
    let putus = move |setuju: bool| {
        let r2 = r2.get_value();
        let mut baru = r2.isi.clone();
        let Some(versi) = baru.diajukan.as_ref().map(|a| a.versi) else {
            return;
        };
        baru.keputusan = Some(Keputusan {
            penilai_nip: state.settings.with_untracked(|s| s.nip.trim().to_string()),
            versi,
            tanggal: state.sekarang().date(),
            setuju,
            catatan: catatan.get_untracked().trim().into(),
        });
        masalah.set(baru.periksa(rb));
        if masalah.with_untracked(|m| !m.is_empty()) {
            return;
        }
        let tt = teks_rencana(state.settings.with_untracked(|s| s.bahasa));
        match state.simpan_rekaman(
            crate::store::rekaman::JenisRecord::RencanaPengembangan,
            &baru.id,
            &baru,
            Some(r2.revisi),
        ) {
            HasilSimpan::Tersimpan(_) => {
                catatan.set(String::new());
                pesan.set(Some(tt.diputuskan));
            }
            HasilSimpan::LebihBaru => pesan.set(Some(tt.berubah)),
            HasilSimpan::Gagal => {}
        }
    };
    let butir = r
        .isi
        .butir
        .iter()
        .map(|x| {
            let b = state.settings.with_untracked(|s| s.bahasa);
            baris(x, b)
        })
        .collect_view();
    let jp = angka_isian(
        r.isi.jp_rencana(),
        state.settings.with_untracked(|s| s.bahasa),
    );
    view! {
        <article class="kartu-berkas" data-testid="kartu-rencana">
            <h3>{judul}</h3>
            <p>{move || kata_status(status, t())} " · " {jp} " JP"</p>
            <ul>{butir}</ul>
            <Show when=move || status == StatusRencana::Diajukan>
                <div class="medan"><label for=id_catatan.get_value()>{move || t().catatan}</label>
                    <p class="petunjuk">{move || t().catatan_petunjuk}</p>
                    <textarea id=id_catatan.get_value() data-testid="catatan-keputusan" prop:value=move || catatan.get()
                        on:input=move |ev| catatan.set(event_target_value(&ev))></textarea></div>
                <Show when=move || !masalah.with(Vec::is_empty)>
                    <div class="galat" role="alert"><ul>{move || masalah.get().into_iter().map(|g| view! { <li>{g.pesan(rb, bahasa())}</li> }).collect_view()}</ul></div>
                </Show>
                <button type="button" class="utama" data-testid="setujui-rencana" on:click=move |_| putus(true)>{move || t().setujui}</button>
                " " <button type="button" class="sekunder" data-testid="kembalikan-rencana" on:click=move |_| putus(false)>{move || t().kembalikan}</button>
            </Show>
        </article>
    }
}

/// One goal in a line: goal, basis, activity, dates and JP.
fn baris(x: &crate::domain::rencana_pengembangan::ButirRencana, b: Bahasa) -> impl IntoView {
    let rb = Rulebook::aktif();
    let t = teks_rencana(b);
    let rujukan = match x.dasar {
        crate::domain::rencana_pengembangan::DasarTujuan::Kesenjangan => {
            format!(
                " {}",
                crate::domain::kompetensi::nama_kompetensi(rb, &x.rujukan, b)
            )
        }
        _ => String::new(),
    };
    view! {
        <li><strong>{x.tujuan.clone()}</strong> " (" {kata_dasar(x.dasar, t)} {rujukan} "): "
            {x.kegiatan.clone()} ", " {rb.teks(&format!("bentuk.{}", x.bentuk), b).to_string()} ", "
            {tanggal(x.mulai)} " – " {tanggal(x.selesai)} ", " {angka_isian(x.jp, b)} " JP"</li>
    }
}
