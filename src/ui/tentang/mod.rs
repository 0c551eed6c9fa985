//! About & Settings: version, rulebook, language/role/name, storage use and persistence,
//! app updates and the privacy statement.

use crate::domain::Bahasa;
use crate::store::Peran;
use crate::ui::format::format_bytes;
use crate::ui::platform::{self, InfoPenyimpanan};
use crate::ui::pwa;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// Version of this build (Cargo.toml).
pub const VERSI: &str = env!("CARGO_PKG_VERSION");

#[component]
pub fn Tentang() -> impl IntoView {
    let state = use_app_state();
    let t = move || state.t();
    let awal = state.settings.get_untracked();
    let bahasa = RwSignal::new(awal.bahasa);
    let peran = RwSignal::new(awal.peran);
    let nama = RwSignal::new(awal.nama);
    let tersimpan = RwSignal::new(false);

    let info = RwSignal::new(None::<InfoPenyimpanan>);
    let dipakai = RwSignal::new(None::<usize>);
    let muat_info = move || {
        dipakai.set(state.store().bytes_used().ok());
        leptos::task::spawn_local(async move {
            info.set(Some(platform::info_penyimpanan().await));
        });
    };
    muat_info();

    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut s = state.settings.get_untracked();
        s.bahasa = bahasa.get_untracked();
        s.peran = peran.get_untracked();
        s.nama = nama.get_untracked().trim().to_string();
        tersimpan.set(state.simpan_settings(s));
        state.dirty.set(false);
        muat_info();
    };
    let ubah = move || {
        tersimpan.set(false);
        state.dirty.set(true);
    };
    let minta = move |_| {
        leptos::task::spawn_local(async move {
            platform::minta_persisten_async().await;
            info.set(Some(platform::info_penyimpanan().await));
        });
    };
    let status_pembaruan = RwSignal::new(None::<&'static str>);
    let periksa = move |_| {
        leptos::task::spawn_local(async move {
            let ok = pwa::periksa_pembaruan().await;
            let tt = state.t();
            if !ok {
                status_pembaruan.set(Some(tt.pembaruan_tidak_didukung));
            } else if !state.versi_baru.get_untracked() {
                status_pembaruan.set(Some(tt.pembaruan_terbaru));
            }
        });
    };

    let kode = move || t().kode_bahasa;
    let angka = move |v: Option<f64>| {
        v.map(|b| format_bytes(b, kode()))
            .unwrap_or_else(|| t().tidak_diketahui.to_string())
    };
    let persisten = move || match info.get().and_then(|i| i.persisted) {
        Some(true) => t().persisten_ya,
        Some(false) => t().persisten_tidak,
        None => t().tidak_diketahui,
    };
    let opsi_peran = move || {
        Peran::ALL.into_iter().map(|p| view! {
            <option value=crate::ui::i18n::peran_index(p).to_string() selected=move || peran.get() == Some(p)>{move || t().peran(p)}</option>
        }).collect_view()
    };

    view! {
        <section class="halaman" aria-labelledby="judul-tentang">
            <h1 id="judul-tentang">{move || t().tentang_judul}</h1>
            <dl class="data">
                <dt>{move || t().versi_label}</dt><dd data-testid="versi">{VERSI}</dd>
                <dt>{move || t().aturan_label}</dt><dd data-testid="buku-aturan">{move || {
                    // The rulebook in force: the agency's own once its admin sent one, checked
                    // as every screen that reads rules checks it (one that fails is named as
                    // not in force).
                    state.revisi_data.track();
                    crate::ui::aturan::pasang_dari(state.store().as_ref());
                    crate::ui::aturan::nama_tersimpan(state.store().as_ref(), state.settings.with(|s| s.bahasa))
                        .unwrap_or_else(|| crate::domain::RULEBOOK_ID.to_string())
                }}</dd>
            </dl>

            <h2>{move || t().pengaturan_judul}</h2>
            <form class="formulir" on:submit=simpan>
                <div class="medan">
                    <label for="set-bahasa">{move || t().bahasa_label}</label>
                    <select id="set-bahasa" on:change=move |ev| {
                        bahasa.set(if event_target_value(&ev) == "en" { Bahasa::En } else { Bahasa::Id }); ubah();
                    }>
                        <option value="id" selected=move || bahasa.get() == Bahasa::Id>"Bahasa Indonesia"</option>
                        <option value="en" selected=move || bahasa.get() == Bahasa::En>"English"</option>
                    </select>
                </div>
                <div class="medan">
                    <label for="set-peran">{move || t().peran_label}</label>
                    <select id="set-peran" on:change=move |ev| {
                        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                        peran.set(Peran::ALL.get(i).copied()); ubah();
                    }>{opsi_peran}</select>
                </div>
                <div class="medan">
                    <label for="set-nama">{move || t().nama_label}</label>
                    <input id="set-nama" type="text" maxlength="80" prop:value=move || nama.get()
                        on:input=move |ev| { nama.set(event_target_value(&ev)); ubah(); }/>
                </div>
                <button type="submit" class="utama" data-testid="simpan-pengaturan">{move || t().simpan}</button>
                <Show when=move || tersimpan.get()>
                    <span class="status-ok" role="status">{move || t().tersimpan}</span>
                </Show>
            </form>

            <h2>{move || t().penyimpanan_judul}</h2>
            <dl class="data" data-testid="info-penyimpanan">
                <dt>{move || t().penyimpanan_tempat}</dt>
                <dd data-testid="tempat-data">{state.store().nama()}</dd>
                <dt>{move || t().penyimpanan_kami}</dt>
                <dd data-testid="dipakai-kami">{move || angka(dipakai.get().map(|b| b as f64))}</dd>
                <dt>{move || t().penyimpanan_situs}</dt>
                <dd>{move || angka(info.get().and_then(|i| i.usage))}</dd>
                <dt>{move || t().penyimpanan_kuota}</dt>
                <dd>{move || angka(info.get().and_then(|i| i.quota))}</dd>
                <dt>{move || t().persisten_label}</dt>
                <dd data-testid="persisten">{persisten}</dd>
            </dl>
            <p class="petunjuk">{move || t().persisten_penjelasan}</p>
            <button type="button" class="sekunder" on:click=minta>{move || t().persisten_minta}</button>

            <h2>{move || t().pembaruan_judul}</h2>
            <button type="button" class="sekunder" data-testid="periksa-pembaruan" on:click=periksa>{move || t().pembaruan_periksa}</button>
            <p role="status" data-testid="status-pembaruan">{move || status_pembaruan.get()}</p>

            <h2>{move || t().privasi_judul}</h2>
            {move || t().privasi_paragraf.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
        </section>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &crate::ui::route::Route) -> AnyView {
    view! { <Tentang/> }.into_any()
}
