//! Export & import: a pegawai, penilaian or rulebook bundle out (download or share), for the
//! admin kepegawaian also the agency's rekap (their whole workspace), and any number of
//! bundles in through a dry-run report (see [`impor_layar`]).

mod baca;
mod beda_teks;
mod impor_berkas;
mod impor_entri;
mod impor_layar;
mod impor_pesan;
mod impor_total;
mod mesin;
pub mod teks;

use crate::bundle::format::{JenisBundle, Pengekspor};
use crate::store::Peran;
use crate::store::{impor, impor_untuk};
use crate::ui::berkas;
use crate::ui::data::teks::teks_data;
use crate::ui::i18n::isi;
use crate::ui::route::Route;
use crate::ui::state::use_app_state;
use impor_layar::Impor;
use leptos::prelude::*;

fn kode_peran(p: Option<Peran>) -> &'static str {
    match p {
        Some(Peran::PejabatPenilai) => "pejabat_penilai",
        Some(Peran::AdminKepegawaian) => "admin_kepegawaian",
        _ => "pegawai",
    }
}

#[component]
pub fn Data() -> impl IntoView {
    let state = use_app_state();
    let t = move || teks_data(state.settings.with(|s| s.bahasa));
    let awal = match state.settings.with_untracked(|s| s.peran) {
        Some(Peran::PejabatPenilai) => JenisBundle::Penilaian,
        Some(Peran::AdminKepegawaian) => JenisBundle::Rekap,
        _ => JenisBundle::Pegawai,
    };
    // The rekap is the admin's whole workspace: offered to that role alone.
    let admin = move || {
        state
            .settings
            .with(|s| s.peran == Some(Peran::AdminKepegawaian))
    };
    let jenis = RwSignal::new(awal);
    // Derived from storage, re-counted whenever data changes (an import, another tab).
    let jumlah = Memo::new(move |_| {
        state.revisi_data.track();
        impor::jumlah_per_jenis(state.store().as_ref()).unwrap_or_default()
    });
    let nip = move || state.settings.with(|s| s.nip.clone());
    let status = RwSignal::new(None::<String>);
    let bisa_bagikan = berkas::bisa_bagikan();

    // A file for one receiver (`store::impor_untuk`): a pejabat penilai picks a bawahan, an admin
    // returning an award or a verified training types the NIP; empty is the whole file.
    let untuk = RwSignal::new(String::new());
    let penilai = move || {
        state
            .settings
            .with(|s| s.peran == Some(Peran::PejabatPenilai))
    };
    let pilih_untuk = move || match jenis.get() {
        JenisBundle::Penilaian => true,
        JenisBundle::Pegawai => admin(),
        _ => false,
    };
    let bawahan = Memo::new(move |_| {
        if !penilai() {
            return Vec::new();
        }
        let data = state.data_kinerja();
        data.with(|d| {
            let b = d.bawahan(&nip());
            b.into_iter().map(|n| (d.nama(&n), n)).collect::<Vec<_>>()
        })
    });
    // `None`: nothing stored for the receiver named, said in the status line instead.
    let buat = move || {
        let s = state.settings.get_untracked();
        let pengekspor = Pengekspor {
            nip: s.nip.clone(),
            nama: s.nama.clone(),
            peran: kode_peran(s.peran).into(),
            lain: Default::default(),
        };
        let sekarang = chrono::Local::now().fixed_offset();
        let store = state.store();
        let u = untuk.get_untracked().trim().to_string();
        if u.is_empty() || !pilih_untuk() {
            return impor::ekspor(store.as_ref(), jenis.get_untracked(), pengekspor, sekarang)
                .map(|b| Some((b.nama_berkas(), b.to_json_pretty())));
        }
        let (b, milik) = impor_untuk::ekspor_untuk(
            store.as_ref(),
            jenis.get_untracked(),
            pengekspor,
            sekarang,
            &u,
        )?;
        if milik == 0 {
            status.set(Some(isi(t().untuk_tidak_ada, &[("nip", &u)])));
            return Ok(None);
        }
        let nama = b
            .nama_berkas()
            .replace(".json", &format!("-untuk-{u}.json"));
        Ok(Some((nama, b.to_json_pretty())))
    };
    let unduh = move |_| match buat() {
        Ok(Some((nama, teks))) => {
            let _ = berkas::unduh(&nama, &teks);
            status.set(Some(isi(t().diunduh, &[("nama", &nama)])));
        }
        Ok(None) => {}
        Err(e) => state.lapor_gagal_simpan(e),
    };
    let bagikan = move |_| {
        if let Ok(Some((nama, teks))) = buat() {
            leptos::task::spawn_local(async move {
                if berkas::bagikan(&nama, &teks).await.is_ok() {
                    status.set(Some(isi(t().diunduh, &[("nama", &nama)])));
                }
            });
        }
    };
    let n_jenis = move || {
        jumlah.with(|j| {
            j.iter()
                .find(|(k, _)| *k == jenis.get())
                .map(|(_, n)| *n)
                .unwrap_or(0)
        })
    };

    view! {
        <section class="halaman" aria-labelledby="judul-data">
            <h1 id="judul-data">{move || t().judul}</h1>
            <p>{move || t().pengantar}</p>
            <h2>{move || t().ekspor_judul}</h2>
            <div class="formulir">
                <div class="medan">
                    <label for="jenis-ekspor">{move || t().jenis}</label>
                    <select id="jenis-ekspor" on:change=move |ev| {
                        if let Some(j) = JenisBundle::dari_kode(&event_target_value(&ev)) { jenis.set(j); }
                    }>
                        {move || JenisBundle::SEMUA.iter().enumerate().filter(|(_, j)| **j != JenisBundle::Rekap || admin()).map(|(i, j)| { let j = *j; view! {
                            <option value=j.kode() selected=move || jenis.get() == j>{move || t().jenis_nama[i]}</option>
                        }}).collect_view()}
                    </select>
                    <p class="petunjuk" data-testid="jumlah-ekspor">{move || isi(t().jumlah, &[("n", &n_jenis().to_string())])}</p>
                    <Show when=move || jenis.get() == JenisBundle::Rekap && admin()>
                        <p class="petunjuk" data-testid="keterangan-rekap">{move || t().keterangan_rekap}</p>
                    </Show>
                </div>
                <Show when=pilih_untuk>
                    <div class="medan">
                        <label for="ekspor-untuk">{move || t().untuk}</label>
                        {move || if penilai() {
                            view! {
                                <select id="ekspor-untuk" data-testid="ekspor-untuk" aria-describedby="ekspor-untuk-petunjuk"
                                    on:change=move |ev| untuk.set(event_target_value(&ev))>
                                    <option value="" selected=move || untuk.with(String::is_empty)>{move || t().untuk_semua}</option>
                                    {move || bawahan.get().into_iter().map(|(nama, n)| {
                                        let pilih = n.clone();
                                        view! { <option value=n.clone() selected=move || untuk.with(|u| *u == pilih)>{format!("{nama} — {n}")}</option> }
                                    }).collect_view()}
                                </select>
                            }.into_any()
                        } else {
                            view! {
                                <input id="ekspor-untuk" data-testid="ekspor-untuk" inputmode="numeric" autocomplete="off"
                                    aria-describedby="ekspor-untuk-petunjuk"
                                    prop:value=move || untuk.get() on:input=move |ev| untuk.set(event_target_value(&ev))/>
                            }.into_any()
                        }}
                        <p class="petunjuk" id="ekspor-untuk-petunjuk">{move || t().untuk_petunjuk}</p>
                    </div>
                </Show>
                <Show when=move || !nip().is_empty() fallback=move || view! {
                    <p class="peringatan-teks" data-testid="perlu-nip">{move || t().perlu_nip} " " <a href=Route::Profil.href()>{move || t().ke_profil}</a></p>
                }>
                    <p>
                        <button type="button" class="utama" data-testid="unduh-bundle" on:click=unduh>{move || t().unduh}</button>
                        {bisa_bagikan.then(|| view! { " " <button type="button" class="sekunder" on:click=bagikan>{move || t().bagikan}</button> })}
                    </p>
                </Show>
                <p role="status" class="status-ok" data-testid="status-ekspor">{move || status.get()}</p>
            </div>
            <Impor/>
        </section>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &crate::ui::route::Route) -> AnyView {
    view! { <Data/> }.into_any()
}
