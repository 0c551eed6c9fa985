//! The form that starts an SKP for a period: jenis, pendekatan and the period's dates; for
//! the next period after an earlier SKP, its dates follow that one and its plan may be copied.

use crate::domain::skp::{EkspektasiPerilaku, JenisSkp, Pendekatan, Skp};
use crate::domain::Rulebook;
use crate::ui::platform;
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::use_app_state;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

/// `buat` receives the new draft SKP, with one perilaku expectation per BerAKHLAK value, or,
/// after `dasar` (the person's newest SKP, for the next period) with its plan copied when
/// the person keeps that choice. `batal`, when given, closes the form unsent.
#[component]
pub(super) fn BuatSkp(
    buat: Callback<Skp>,
    #[prop(optional)] dasar: Option<Skp>,
    #[prop(optional)] batal: Option<Callback<()>>,
) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let t = move || teks_skp(state.settings.with(|s| s.bahasa));
    let tahun = chrono::Local::now().year();
    let (awal, akhir) = dasar.as_ref().map(Skp::periode_berikutnya).unwrap_or((
        NaiveDate::from_ymd_opt(tahun, 1, 1).unwrap_or_default(),
        NaiveDate::from_ymd_opt(tahun, 12, 31).unwrap_or_default(),
    ));
    let jenis = RwSignal::new(dasar.as_ref().map_or(JenisSkp::JaJf, |s| s.jenis));
    let pendekatan = RwSignal::new(
        dasar
            .as_ref()
            .map_or(Pendekatan::Kuantitatif, |s| s.pendekatan),
    );
    let mulai = RwSignal::new(awal.to_string());
    let selesai = RwSignal::new(akhir.to_string());
    // Copying keeps the earlier SKP's kind and approach, whose targets it carries.
    let salin = RwSignal::new(dasar.is_some());
    let ada_dasar = dasar.is_some();
    let galat = RwSignal::new(None::<&'static str>);
    // Unsaved input asks before the page changes, as in every editor: the first change marks
    // it; creating the SKP hands it to the SKP screen, which clears it once stored (or keeps
    // the new SKP as its own unsaved draft when storing failed).
    let diubah = RwSignal::new(false);
    let ubah = move || {
        diubah.set(true);
        state.dirty.set(true);
    };
    // Gone without being sent (the SKP arrived from another tab): nothing is left unsaved.
    on_cleanup(move || {
        if diubah.get_untracked() {
            state.dirty.set(false);
        }
    });
    let kirim = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Ok(a), Ok(b)) = (
            mulai.get_untracked().parse::<NaiveDate>(),
            selesai.get_untracked().parse::<NaiveDate>(),
        ) else {
            galat.set(Some(t().tanggal_wajib));
            return;
        };
        galat.set(None);
        if let Some(d) = dasar.as_ref().filter(|_| salin.get_untracked()) {
            diubah.set(false);
            buat.run(d.lanjutan(platform::uuid_acak, a, b));
            return;
        }
        let mut s = Skp::baru(
            &platform::uuid_acak(),
            &state.settings.with_untracked(|s| s.nip.clone()),
            jenis.get_untracked(),
            pendekatan.get_untracked(),
            a,
            b,
        );
        s.perilaku = rb
            .berakhlak
            .iter()
            .map(|b| EkspektasiPerilaku {
                nilai: b.kode.clone(),
                ekspektasi_khusus: String::new(),
            })
            .collect();
        diubah.set(false);
        buat.run(s);
    };
    view! {
        <form class="formulir" on:submit=kirim data-testid="buat-skp">
            <h2>{move || if ada_dasar { t().buat_berikutnya_judul } else { t().buat_judul }}</h2>
            {ada_dasar.then(|| view! {
                <div class="medan pilihan">
                    <input id="skp-salin" type="checkbox" data-testid="skp-salin" prop:checked=move || salin.get() on:change=move |ev| { ubah(); salin.set(event_target_checked(&ev)) }/>
                    <label for="skp-salin">{move || t().salin}</label>
                </div>
            })}
            <div class="medan">
                <label for="skp-jenis">{move || t().jenis}</label>
                <select id="skp-jenis" prop:disabled=move || salin.get() on:change=move |ev| { ubah(); jenis.set(if event_target_value(&ev) == "jpt" { JenisSkp::Jpt } else { JenisSkp::JaJf }) }>
                    <option value="ja_jf" selected=move || jenis.get() == JenisSkp::JaJf>{move || t().jenis_nama[0]}</option>
                    <option value="jpt" selected=move || jenis.get() == JenisSkp::Jpt>{move || t().jenis_nama[1]}</option>
                </select>
            </div>
            <div class="medan">
                <label for="skp-pendekatan">{move || t().pendekatan}</label>
                <select id="skp-pendekatan" prop:disabled=move || salin.get() on:change=move |ev| { ubah(); pendekatan.set(if event_target_value(&ev) == "kualitatif" { Pendekatan::Kualitatif } else { Pendekatan::Kuantitatif }) }>
                    <option value="kuantitatif" selected=move || pendekatan.get() == Pendekatan::Kuantitatif>{move || t().pendekatan_nama[0]}</option>
                    <option value="kualitatif" selected=move || pendekatan.get() == Pendekatan::Kualitatif>{move || t().pendekatan_nama[1]}</option>
                </select>
            </div>
            <div class="dua-kolom">
                <div class="medan"><label for="skp-mulai">{move || t().mulai}</label>
                    <input id="skp-mulai" type="date" prop:value=move || mulai.get() on:input=move |ev| { ubah(); mulai.set(event_target_value(&ev)) }/></div>
                <div class="medan"><label for="skp-selesai">{move || t().selesai}</label>
                    <input id="skp-selesai" type="date" prop:value=move || selesai.get() on:input=move |ev| { ubah(); selesai.set(event_target_value(&ev)) }/></div>
            </div>
            <p class="galat" role="alert" data-testid="buat-skp-galat">{move || galat.get()}</p>
            <div class="tombol-baris">
                <button type="submit" class="utama" data-testid="buat-skp-kirim">{move || t().buat}</button>
                {batal.map(|b| view! { <button type="button" data-testid="buat-skp-batal" on:click=move |_| { diubah.set(false); state.dirty.set(false); b.run(()) }>{move || t().batal}</button> })}
            </div>
        </form>
    }
}
