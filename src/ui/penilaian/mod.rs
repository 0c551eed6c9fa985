//! The pegawai's side of coaching and evaluation: the umpan balik and dialog kinerja received,
//! and each evaluation (ratings, the kuadran with the predikat and its explanation) with the
//! pegawai's tanggapan, which travels back to the atasan in the pegawai bundle.

use crate::domain::evaluasi::Evaluasi;
use crate::domain::skp::Skp;
use crate::domain::{Galat, Rulebook};
use crate::store::kinerja::{DataKinerja, Tersimpan};
use crate::store::rekaman::JenisRecord;
use crate::ui::bagian::kuadran::Kuadran;
use crate::ui::bimbingan::daftar::{DaftarDialog, DaftarUmpanBalik};
use crate::ui::bimbingan::teks::teks_bimbingan;
use crate::ui::evaluasi::teks::teks_evaluasi;
use crate::ui::i18n::periode::nama_periode;
use crate::ui::route::Route;
use crate::ui::state::{use_app_state, HasilSimpan};
use leptos::prelude::*;

#[component]
pub fn Penilaian() -> impl IntoView {
    let state = use_app_state();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_bimbingan(bahasa());
    let data = state.data_kinerja();
    let milik = Memo::new(move |_| {
        let nip = state.settings.with(|s| s.nip.clone());
        data.with(|d| {
            d.skp_milik(&nip)
                .map(|s| s.isi.clone())
                .collect::<Vec<Skp>>()
        })
    });
    let skp_id = RwSignal::new(String::new());
    // Kept here, not in the card: saving re-reads the data and rebuilds the cards.
    let pesan = RwSignal::new(None::<(String, &'static str)>);
    // Tanggapan typed and not yet saved, per evaluation id: kept here too, so another tab's
    // save (which re-reads the data and rebuilds the cards) never replaces what is typed.
    let ketikan = RwSignal::new(std::collections::HashMap::<String, String>::new());
    let skp = Memo::new(move |_| {
        let id = skp_id.get();
        milik.with(|m| m.iter().find(|s| s.id == id).or(m.first()).cloned())
    });
    let isi = move || {
        let s = skp.get()?;
        let per_rhk = s
            .rhk
            .iter()
            .map(|r| {
                let (sid, rid) = (s.id.clone(), r.id.clone());
                let daftar = Signal::derive(move || {
                    data.with(|d| {
                        d.umpan_balik_skp(&sid)
                            .into_iter()
                            .filter(|u| u.isi.rhk_id == rid)
                            .cloned()
                            .collect::<Vec<_>>()
                    })
                });
                view! { <h3>{r.uraian.clone()}</h3> <DaftarUmpanBalik daftar=daftar data=data/> }
            })
            .collect_view();
        let sid = s.id.clone();
        let dialog = Signal::derive(move || {
            data.with(|d| d.dialog_skp(&sid).into_iter().cloned().collect::<Vec<_>>())
        });
        let sid = s.id.clone();
        let evaluasi = move || {
            // Each card is drawn in the language of the moment: redrawn when it changes (the
            // response being typed lives in `ketikan`, outside the cards).
            bahasa();
            let v: Vec<Tersimpan<Evaluasi>> =
                data.with(|d| d.evaluasi_skp(&sid).into_iter().cloned().collect());
            if v.is_empty() {
                return view! { <p class="petunjuk" data-testid="belum-ada-evaluasi">{t().belum_ada_evaluasi}</p> }.into_any();
            }
            v.into_iter()
                .map(|e| view! { <KartuEvaluasi evaluasi=e skp=s.clone() data=data pesan=pesan ketikan=ketikan/> })
                .collect_view()
                .into_any()
        };
        Some(view! {
            <h2>{move || t().umpan_balik_judul}</h2>
            {per_rhk}
            <h2>{move || t().dialog_judul}</h2>
            <DaftarDialog daftar=dialog/>
            <h2>{move || t().evaluasi_judul}</h2>
            {evaluasi}
        })
    };
    view! {
        <section class="halaman" aria-labelledby="judul-penilaian">
            <h1 id="judul-penilaian">{move || t().penilaian_judul}</h1>
            <p>{move || t().penilaian_pengantar}</p>
            <Show when=move || !milik.with(Vec::is_empty) fallback=move || view! {
                <p data-testid="penilaian-tanpa-skp">{move || t().tanpa_skp} " " <a href=Route::Skp.href()>"SKP"</a></p> }>
                <Show when=move || milik.with(|m| m.len() > 1)>
                    <div class="medan">
                        <label for="pn-skp">"SKP"</label>
                        <select id="pn-skp" prop:value=move || skp.get().map(|s| s.id).unwrap_or_default()
                            on:change=move |ev| skp_id.set(event_target_value(&ev))>
                            {move || milik.get().into_iter().map(|s| view! {
                                <option value=s.id.clone()>{format!("{} – {}", crate::ui::format::tanggal(s.periode_mulai), crate::ui::format::tanggal(s.periode_selesai))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </Show>
                {isi}
            </Show>
        </section>
    }
}

#[component]
fn KartuEvaluasi(
    evaluasi: Tersimpan<Evaluasi>,
    skp: Skp,
    data: Memo<DataKinerja>,
    pesan: RwSignal<Option<(String, &'static str)>>,
    ketikan: RwSignal<std::collections::HashMap<String, String>>,
) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_evaluasi(bahasa());
    let e = evaluasi.isi.clone();
    let revisi = evaluasi.revisi;
    let tanggapan = RwSignal::new(
        ketikan
            .with_untracked(|k| k.get(&e.id).cloned())
            .or_else(|| e.tanggapan.as_ref().map(|x| x.isi.clone()))
            .unwrap_or_default(),
    );
    let masalah = RwSignal::new(None::<Galat>);
    let id_kartu = e.id.clone();
    let status = Signal::derive(move || {
        pesan.with(|p| {
            p.as_ref()
                .filter(|(id, _)| *id == id_kartu)
                .map(|(_, m)| *m)
        })
    });
    let tersimpan = e.clone();
    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut baru = tersimpan.clone();
        let hari = chrono::Local::now().date_naive();
        if let Err(g) = baru.tanggapi(hari, &tanggapan.get_untracked()) {
            masalah.set(Some(g));
            return;
        }
        masalah.set(None);
        match state.simpan_rekaman(JenisRecord::Evaluasi, &baru.id, &baru, Some(revisi)) {
            HasilSimpan::Tersimpan(_) => {
                ketikan.update(|k| {
                    k.remove(&baru.id);
                });
                pesan.set(Some((baru.id.clone(), t().tanggapan_tersimpan)))
            }
            HasilSimpan::LebihBaru => {
                state.muat_ulang_data();
                pesan.set(Some((baru.id.clone(), t().lebih_baru)));
            }
            HasilSimpan::Gagal => {}
        }
    };
    let b = bahasa();
    let rating_rhk = skp.rhk.iter().filter_map(|r| {
        let x = e.rating_rhk.iter().find(|x| x.rhk_id == r.id)?;
        Some(view! { <tr><td>{r.uraian.clone()}</td><td>{rb.teks(&x.rating.label_key(), b).to_string()}</td><td>{x.umpan_balik.clone()}</td></tr> })
    }).collect_view();
    let perilaku_umpan = e.perilaku.iter().filter(|p| !p.umpan_balik.is_empty()).map(|p| view! {
        <li><strong>{rb.teks(&format!("berakhlak.{}", p.nilai), b).to_string()}</strong> ": " {p.umpan_balik.clone()}</li>
    }).collect_view();
    let (hasil, perilaku) = (e.rating_hasil.rating, e.rating_perilaku);
    let id_ta = format!("tanggapan-{}", e.id);
    let id_ketik = e.id.clone();
    view! {
        <article class="kartu-berkas" data-testid="kartu-evaluasi">
            <h3>{nama_periode(&e.periode, b)} " — " {crate::ui::format::tanggal(e.tanggal)}
                " (" {data.with_untracked(|d| d.nama(&e.penilai_nip))} ")"</h3>
            <div class="tabel-gulir" role="region" tabindex="0" aria-label=t().hasil_kerja><table>
                <thead><tr><th scope="col">"RHK"</th><th scope="col">{t().rating}</th><th scope="col">{t().umpan_balik}</th></tr></thead>
                <tbody>{rating_rhk}</tbody>
            </table></div>
            <p>{t().rating_hasil} ": " <strong>{rb.teks(&hasil.label_key(), b).to_string()}</strong>
                {(!e.rating_hasil.justifikasi.is_empty()).then(|| format!(" — {}", e.rating_hasil.justifikasi))}</p>
            <ul class="daftar-poin">{perilaku_umpan}</ul>
            <p>{t().rating_perilaku} ": " <strong>{rb.teks(&perilaku.label_key(), b).to_string()}</strong></p>
            <Kuadran hasil=Signal::derive(move || Some(hasil)) perilaku=Signal::derive(move || Some(perilaku)) bahasa=Signal::derive(bahasa)/>
            <p><a href=Route::CetakEvaluasi(e.id.clone()).href()>{t().cetak}</a></p>
            <form class="formulir" on:submit=simpan>
                <div class="medan">
                    <label for=id_ta.clone()>{move || t().tanggapan_label}</label>
                    <textarea id=id_ta rows="3" data-testid="isi-tanggapan" prop:value=move || tanggapan.get()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            ketikan.update(|k| { k.insert(id_ketik.clone(), v.clone()); });
                            tanggapan.set(v);
                            state.dirty.set(true)
                        }></textarea>
                </div>
                {move || masalah.get().map(|g| view! { <p class="galat" role="alert">{g.pesan(rb, bahasa())}</p> })}
                <button type="submit" class="utama" data-testid="simpan-tanggapan">{move || t().kirim_tanggapan}</button>
                <span role="status" class="status-ok" data-testid="status-tanggapan">{move || status.get()}</span>
                <Show when=move || status.get().is_some()><p><a href=Route::Data.href()>{move || t().ke_atasan}</a></p></Show>
            </form>
        </article>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &crate::ui::route::Route) -> AnyView {
    view! { <Penilaian/> }.into_any()
}
