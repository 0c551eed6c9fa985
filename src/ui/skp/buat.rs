//! The form that starts an SKP for a period: jenis, pendekatan and the period's dates.

use crate::domain::skp::{EkspektasiPerilaku, JenisSkp, Pendekatan, Skp};
use crate::domain::Rulebook;
use crate::ui::platform;
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::use_app_state;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

/// `buat` receives the new draft SKP, with one perilaku expectation per BerAKHLAK value.
#[component]
pub(super) fn BuatSkp(buat: Callback<Skp>) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::bawaan();
    let t = move || teks_skp(state.settings.with(|s| s.bahasa));
    let tahun = chrono::Local::now().year();
    let tanggal = |b, h| {
        NaiveDate::from_ymd_opt(tahun, b, h)
            .unwrap_or_default()
            .to_string()
    };
    let jenis = RwSignal::new(JenisSkp::JaJf);
    let pendekatan = RwSignal::new(Pendekatan::Kuantitatif);
    let mulai = RwSignal::new(tanggal(1, 1));
    let selesai = RwSignal::new(tanggal(12, 31));
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
            return;
        };
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
            <h2>{move || t().buat_judul}</h2>
            <div class="medan">
                <label for="skp-jenis">{move || t().jenis}</label>
                <select id="skp-jenis" on:change=move |ev| { ubah(); jenis.set(if event_target_value(&ev) == "jpt" { JenisSkp::Jpt } else { JenisSkp::JaJf }) }>
                    <option value="ja_jf">{move || t().jenis_nama[0]}</option>
                    <option value="jpt">{move || t().jenis_nama[1]}</option>
                </select>
            </div>
            <div class="medan">
                <label for="skp-pendekatan">{move || t().pendekatan}</label>
                <select id="skp-pendekatan" on:change=move |ev| { ubah(); pendekatan.set(if event_target_value(&ev) == "kualitatif" { Pendekatan::Kualitatif } else { Pendekatan::Kuantitatif }) }>
                    <option value="kuantitatif">{move || t().pendekatan_nama[0]}</option>
                    <option value="kualitatif">{move || t().pendekatan_nama[1]}</option>
                </select>
            </div>
            <div class="dua-kolom">
                <div class="medan"><label for="skp-mulai">{move || t().mulai}</label>
                    <input id="skp-mulai" type="date" prop:value=move || mulai.get() on:input=move |ev| { ubah(); mulai.set(event_target_value(&ev)) }/></div>
                <div class="medan"><label for="skp-selesai">{move || t().selesai}</label>
                    <input id="skp-selesai" type="date" prop:value=move || selesai.get() on:input=move |ev| { ubah(); selesai.set(event_target_value(&ev)) }/></div>
            </div>
            <button type="submit" class="utama" data-testid="buat-skp-kirim">{move || t().buat}</button>
        </form>
    }
}
