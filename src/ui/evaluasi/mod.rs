//! The pejabat penilai evaluates an approved bawahan SKP for one period (the agency's period
//! kind from the rulebook, changeable here) or the year: rating and feedback per RHK with the
//! capaian so far, rating hasil kerja with the engine's advice, the 7 BerAKHLAK values and
//! rating perilaku, and the predikat on the kuadran. Saved as an `evaluasi` record that
//! travels to the pegawai in the penilaian bundle.

mod draf;
mod form;
mod sunting;
pub mod teks;

use crate::domain::evaluasi::{JenisPeriode, Periode};
use crate::domain::skp::Skp;
use crate::domain::Rulebook;
use crate::store::rekaman::JenisRecord;
use crate::ui::bagian::kuadran::Kuadran;
use crate::ui::evaluasi::teks::teks_evaluasi;
use crate::ui::i18n::periode::nama_periode;
use crate::ui::route::Route;
use crate::ui::state::{use_app_state, HasilSimpan};
use chrono::Datelike;
use draf::{Draf, Kurang};
use form::{FormHasil, FormPerilaku, PilihRating};
use leptos::prelude::*;
use sunting::Sunting;

/// A period's value in the select: year and number.
fn nilai_periode(p: &Periode) -> String {
    format!("{}-{}", p.tahun, p.ke)
}

/// The periods of this kind that overlap the SKP (a mid-year SKP has fewer).
pub fn periode_skp(skp: &Skp, jenis: JenisPeriode) -> Vec<Periode> {
    (skp.periode_mulai.year()..=skp.periode_selesai.year())
        .flat_map(|tahun| Periode::semua(jenis, tahun))
        .filter(|p| p.dalam_skp(skp).is_some())
        .collect()
}

#[component]
pub fn Evaluasi() -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_evaluasi(bahasa());
    let data = state.data_kinerja();
    let saya = Memo::new(move |_| state.settings.with(|s| s.nip.clone()));
    let sunting = Sunting::new(data, saya, Signal::derive(bahasa), state.dirty);
    let Sunting {
        daftar,
        pilihan_skp,
        jenis: jenis_periode,
        pilihan_periode,
        skp,
        daftar_periode,
        periode,
        id_ev,
        revisi,
        draf,
        ..
    } = sunting;
    let id_skp = move || skp.with(|s| s.as_ref().map(|s| s.id.clone()).unwrap_or_default());
    let masalah = RwSignal::new(Vec::<String>::new());
    let status = RwSignal::new(None::<&'static str>);
    let lebih_baru = RwSignal::new(false);

    // Another SKP or period replaces the form: unsaved input is only dropped when the person
    // agrees; otherwise the select goes back to what it showed.
    let boleh_ganti = move |ev: &leptos::ev::Event, sebelumnya: String| {
        if !state.dirty.get_untracked() || crate::ui::platform::konfirmasi(t().buang_perubahan) {
            sunting.buang();
            masalah.set(Vec::new());
            lebih_baru.set(false);
            return true;
        }
        use wasm_bindgen::JsCast;
        if let Some(s) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            s.set_value(&sebelumnya);
        }
        false
    };

    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(s), Some(p), Some(id), Some((f, basis))) = (
            skp.get_untracked(),
            periode.get_untracked(),
            id_ev.get_untracked(),
            sunting.kini(),
        ) else {
            return;
        };
        let tt = t();
        let b = bahasa();
        let nip = state.settings.get_untracked().nip;
        // A period not yet begun has nothing to evaluate (a slip of the period select).
        let hari_ini = chrono::Local::now().date_naive();
        if p.dalam_skp(&s).is_some_and(|(a, _)| a > hari_ini) {
            masalah.set(vec![tt.periode_belum_mulai.to_string()]);
            status.set(None);
            return;
        }
        let e = match f.susun(rb, &s, p, &id, &nip) {
            Ok(e) => e,
            Err(k) => {
                masalah.set(
                    k.into_iter()
                        .map(|k| match k {
                            Kurang::RatingHasil => tt.rating_hasil_kosong.to_string(),
                            Kurang::RatingPerilaku => tt.rating_perilaku_kosong.to_string(),
                            Kurang::Aturan(g) => g.pesan(rb, b),
                        })
                        .collect(),
                );
                status.set(None);
                return;
            }
        };
        masalah.set(Vec::new());
        // Saved, the form shows storage again. Refused as stale (the pegawai's tanggapan came
        // in, another tab saved), what was typed stays on screen until the person loads the
        // newer version: it is never dropped unasked.
        match state.simpan_rekaman(JenisRecord::Evaluasi, &id, &e, basis) {
            HasilSimpan::Tersimpan(_) => {
                sunting.buang();
                lebih_baru.set(false);
                status.set(Some(tt.tersimpan));
            }
            HasilSimpan::LebihBaru => {
                state.muat_ulang_data();
                status.set(None);
                lebih_baru.set(true);
            }
            HasilSimpan::Gagal => {}
        }
    };

    let ubah = Callback::new(move |f: Box<dyn FnOnce(&mut Draf)>| {
        sunting.ubah(f);
        status.set(None);
    });

    // The form is rebuilt only when the SKP or period changes, never on a keystroke (which
    // would take the focus away from the field being typed in).
    let ada_draf = Memo::new(move |_| draf.with(Option::is_some));
    let ada_revisi = Memo::new(move |_| revisi.get().is_some());
    let ada_daftar = Memo::new(move |_| !daftar.with(Vec::is_empty));
    let sampai = Memo::new(move |_| {
        let s = skp.get()?;
        periode.get()?.dalam_skp(&s).map(|(_, b)| b)
    });
    let formulir = move || {
        // Also redrawn in the other language when the person switches (its parts read the
        // language once); what was typed lives in the working copy, so nothing is lost.
        bahasa();
        let s = skp.get()?;
        ada_draf.get().then_some(())?;
        let sampai = sampai.get()?;
        let entri = data.with_untracked(|d| d.realisasi_skp(&s.id));
        let hasil = Signal::derive(move || draf.with(|d| d.as_ref().and_then(|d| d.hasil)));
        let perilaku =
            Signal::derive(move || draf.with(|d| d.as_ref().and_then(|d| d.rating_perilaku)));
        Some(view! {
            <form class="formulir" on:submit=simpan data-testid="form-evaluasi">
                {move || ada_revisi.get().then(|| view! { <p class="petunjuk" data-testid="evaluasi-ada">{t().sudah_ada}</p> })}
                <div class="medan">
                    <label for="ev-tanggal">{move || t().tanggal}</label>
                    <input id="ev-tanggal" type="date"
                        prop:value=move || draf.with(|d| d.as_ref().map(|d| d.tanggal.to_string()).unwrap_or_default())
                        on:change=move |ev| if let Ok(x) = event_target_value(&ev).parse() { ubah.run(Box::new(move |d| d.tanggal = x)) }/>
                </div>
                <FormHasil skp=s.clone() entri=entri sampai=sampai draf=draf ubah=ubah/>
                <FormPerilaku skp=s draf=draf ubah=ubah/>
                <PilihRating id="ev-rating-perilaku".to_string() label=Signal::derive(move || t().rating_perilaku.to_string())
                    nilai=perilaku ubah=Callback::new(move |r| ubah.run(Box::new(move |d: &mut Draf| d.rating_perilaku = r)))/>
                <Kuadran hasil=hasil perilaku=perilaku bahasa=Signal::derive(bahasa)/>
                // The pegawai's response, read only: the atasan sees it here, not only in print.
                <section class="tanggapan-pegawai" data-testid="tanggapan-pegawai">
                    <h3>{move || t().tanggapan}</h3>
                    {move || match draf.with(|d| d.as_ref().and_then(|d| d.tanggapan.clone())) {
                        Some(x) => view! { <p><span class="petunjuk">{crate::ui::format::tanggal(x.tanggal)}</span></p><blockquote data-testid="isi-tanggapan-pegawai">{x.isi}</blockquote> }.into_any(),
                        None => view! { <p class="petunjuk">{t().tanggapan_belum}</p> }.into_any(),
                    }}
                </section>
                {move || { let m = masalah.get(); (!m.is_empty()).then(|| view! {
                    <div class="galat" role="alert" data-testid="masalah-evaluasi"><p>{t().perbaiki}</p>
                        <ul>{m.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul></div>
                }) }}
                {move || lebih_baru.get().then(|| view! {
                    <div class="banner peringatan" role="alert" data-testid="evaluasi-lebih-baru">
                        <p>{t().lebih_baru}</p>
                        <button type="button" on:click=move |_| { lebih_baru.set(false); sunting.buang(); }>{t().muat_ulang}</button>
                    </div>
                })}
                <p class="tombol-baris">
                    <button type="submit" class="utama" data-testid="simpan-evaluasi">{move || t().simpan}</button>
                    <span role="status" class="status-ok" data-testid="status-evaluasi">{move || status.get()}</span>
                </p>
                {move || ada_revisi.get().then(|| view! {
                    <p class="tombol-baris">
                        <a href=move || id_ev.get().map(|i| Route::CetakEvaluasi(i).href()) data-testid="cetak-evaluasi">{t().cetak}</a>
                        " · " <a href=Route::Data.href()>{t().kirim}</a>
                    </p>
                })}
            </form>
        })
    };

    view! {
        <section class="halaman" aria-labelledby="judul-evaluasi">
            <h1 id="judul-evaluasi">{move || t().judul}</h1>
            <p>{move || t().pengantar}</p>
            // Conditions as closures over memos rather than `<Show>`: each `<Show>` is its own
            // generic wrapper in the chunk; the memo keeps the redraw to real changes.
            {move || if !ada_daftar.get() { view! { <p data-testid="evaluasi-kosong">{t().kosong}</p> }.into_any() } else { view! {
                <div class="dua-kolom">
                    <div class="medan">
                        <label for="ev-skp">{move || t().pegawai}</label>
                        <select id="ev-skp" data-testid="ev-skp" prop:value=id_skp
                            on:change=move |ev| if boleh_ganti(&ev, id_skp()) { pilihan_skp.set(event_target_value(&ev)) }>
                            {move || daftar.get().into_iter().map(|(s, nama)| view! {
                                <option value=s.id.clone()>{format!("{} — {} – {}", crate::ui::format::tampak(&nama), crate::ui::format::tanggal(s.periode_mulai), crate::ui::format::tanggal(s.periode_selesai))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="medan">
                        <label for="ev-jenis">{move || t().jenis_periode}</label>
                        <select id="ev-jenis" data-testid="ev-jenis" prop:value=move || jenis_periode.get().kode()
                            on:change=move |ev| if let Some(j) = JenisPeriode::dari_kode(&event_target_value(&ev)) {
                                // A period of the old kind is never in the new list: back to the default.
                                if boleh_ganti(&ev, jenis_periode.get_untracked().kode().to_string()) { pilihan_periode.set(None); jenis_periode.set(j) }
                            }>
                            {move || JenisPeriode::SEMUA.iter().map(|j| view! {
                                <option value=j.kode()>{rb.teks(&format!("periode.{}", j.kode()), bahasa()).to_string()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="medan">
                        <label for="ev-periode">{move || t().periode}</label>
                        <select id="ev-periode" data-testid="ev-periode"
                            prop:value=move || periode.get().map(|p| nilai_periode(&p)).unwrap_or_default()
                            on:change=move |ev| {
                                // By year and number: an SKP across two years has two "annual 1".
                                let v = event_target_value(&ev);
                                let pilih = daftar_periode.with_untracked(|d| d.iter().find(|p| nilai_periode(p) == v).copied());
                                if boleh_ganti(&ev, periode.get_untracked().map(|p| nilai_periode(&p)).unwrap_or_default()) { pilihan_periode.set(pilih) }
                            }>
                            {move || daftar_periode.get().into_iter().map(|p| view! {
                                <option value=nilai_periode(&p)>{nama_periode(&p, bahasa())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                {formulir}
            }.into_any() }}
        </section>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &crate::ui::route::Route) -> AnyView {
    view! { <Evaluasi/> }.into_any()
}
