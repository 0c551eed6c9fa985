//! First-run welcome: what the app is, in plain words, and the choice of role.

use crate::domain::Bahasa;
use crate::store::Peran;
use crate::ui::route::Route;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

fn kode_peran(p: Peran) -> &'static str {
    match p {
        Peran::Pegawai => "pegawai",
        Peran::PejabatPenilai => "pejabat_penilai",
        Peran::AdminKepegawaian => "admin_kepegawaian",
    }
}

#[component]
pub fn SelamatDatang() -> impl IntoView {
    let state = use_app_state();
    let t = move || state.t();
    let awal = state.settings.get_untracked();
    let peran = RwSignal::new(awal.peran);
    let nama = RwSignal::new(awal.nama.clone());
    let galat = RwSignal::new(false);

    let kirim = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(p) = peran.get_untracked() else {
            galat.set(true);
            return;
        };
        let mut s = state.settings.get_untracked();
        s.peran = Some(p);
        s.nama = nama.get_untracked().trim().to_string();
        state.simpan_settings(s);
        state.dirty.set(false);
        if state.route.get_untracked() != Route::Beranda {
            crate::ui::navigasi(&Route::Beranda);
        }
    };
    let pilih_bahasa = move |b: Bahasa| {
        let mut s = state.settings.get_untracked();
        s.bahasa = b;
        state.settings.set(s);
    };

    let pilihan_peran = move || {
        Peran::ALL
            .into_iter()
            .map(|p| {
                let id = format!("peran-{}", kode_peran(p));
                let untuk = id.clone();
                view! {
                    <label class="kartu-pilihan" for=untuk>
                        <input type="radio" name="peran" id=id value=kode_peran(p)
                            prop:checked=move || peran.get() == Some(p)
                            on:change=move |_| { peran.set(Some(p)); galat.set(false); }/>
                        <span class="kartu-pilihan-judul">{move || t().peran(p)}</span>
                        <span class="kartu-pilihan-uraian">{move || t().uraian_peran(p)}</span>
                    </label>
                }
            })
            .collect_view()
    };

    view! {
        <section class="halaman sambut" aria-labelledby="judul-sambut">
            <h1 id="judul-sambut">{move || t().sambut_judul}</h1>
            {move || t().sambut_paragraf.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <h2>{move || t().sambut_poin_judul}</h2>
            <ul class="daftar-poin">
                {move || t().sambut_poin.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}
            </ul>
            <form class="formulir" on:submit=kirim novalidate>
                <fieldset>
                    <legend>{move || t().sambut_pilih_peran}</legend>
                    <div class="pilihan-peran">{pilihan_peran}</div>
                    <Show when=move || galat.get()>
                        <p class="galat" role="alert" data-testid="galat-peran">{move || t().sambut_peran_wajib}</p>
                    </Show>
                </fieldset>
                <div class="medan">
                    <label for="nama-panggilan">{move || t().sambut_nama_label}</label>
                    <input id="nama-panggilan" type="text" autocomplete="nickname" maxlength="80"
                        aria-describedby="nama-petunjuk"
                        prop:value=move || nama.get()
                        on:input=move |ev| { nama.set(event_target_value(&ev)); state.dirty.set(true); }/>
                    <p id="nama-petunjuk" class="petunjuk">{move || t().sambut_nama_petunjuk}</p>
                </div>
                <div class="medan">
                    <label for="bahasa-sambut">{move || t().sambut_bahasa_label}</label>
                    <select id="bahasa-sambut" on:change=move |ev| {
                        pilih_bahasa(if event_target_value(&ev) == "en" { Bahasa::En } else { Bahasa::Id })
                    }>
                        <option value="id" selected=move || state.settings.with(|s| s.bahasa == Bahasa::Id)>"Bahasa Indonesia"</option>
                        <option value="en" selected=move || state.settings.with(|s| s.bahasa == Bahasa::En)>"English"</option>
                    </select>
                </div>
                <button type="submit" class="utama" data-testid="mulai">{move || t().sambut_mulai}</button>
            </form>
        </section>
    }
}
