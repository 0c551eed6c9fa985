//! The pegawai's SKP: create one for a period, write RHK and IKI (see [`rhk`]),
//! perilaku expectations and the Lampiran, save drafts, and submit (status diajukan + a
//! pegawai bundle downloaded for the pejabat penilai). What is stored comes from the app's
//! data memo; only the unsaved draft is reactive state (see [`draf`]).

mod bagian;
mod buat;
pub mod draf;
mod iki;
mod perubahan;
mod rhk;
pub mod teks;

use crate::bundle::format::{JenisBundle, Pengekspor};
use crate::domain::skp::Skp;
use crate::domain::{Galat, Rulebook};
use crate::store::impor;
use crate::store::rekaman::JenisRecord;
use crate::ui::berkas;
use crate::ui::i18n::isi;
use crate::ui::route::Route;
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::{use_app_state, HasilSimpan};
use bagian::{KepalaSkp, Lampiran, Perilaku};
use buat::BuatSkp;
use draf::Sunting;
use leptos::prelude::*;
use perubahan::AjukanPerubahan;
use rhk::DaftarRhk;

#[component]
pub fn SkpSaya() -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::bawaan();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_skp(bahasa());
    let nip = Memo::new(move |_| state.settings.with(|s| s.nip.clone()));
    let data = state.data_kinerja();
    let sunting = Sunting::new(data, nip, state.dirty);
    let kepala = sunting.kepala();
    // The header without perilaku and Lampiran: typing there leaves the status line alone.
    let ringkas = Memo::new(move |_| {
        kepala.get().map(|mut s| {
            s.perilaku.clear();
            s.lampiran = Default::default();
            s
        })
    });
    // RHK of SKPs imported from others (the superior's), to pick the one an RHK intervenes.
    let atasan = Memo::new(move |_| {
        nip.with(|n| {
            data.with(|d| {
                d.skp_lain(n)
                    .flat_map(|s| {
                        // Named by the person (or the NIP as 8-6-1-3) in the list; only the
                        // RHK's own words are stored and printed.
                        let siapa = d.nama(&s.isi.pegawai_nip);
                        s.isi.rhk.iter().map(move |r| {
                            (
                                r.id.clone(),
                                format!("{siapa} · {}", r.uraian),
                                r.uraian.clone(),
                            )
                        })
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    // SKPs set aside as unreadable: said here, so "create a new SKP" is never mistaken for
    // the SKP being gone.
    let rusak = Memo::new(move |_| {
        state.revisi_data.track();
        let awalan = format!("{}quarantine.r.skp.", crate::store::KEY_PREFIX);
        let k: Vec<String> = state.store().keys().unwrap_or_default();
        k.into_iter()
            .filter(|k| k.starts_with(&awalan))
            .collect::<Vec<_>>()
    });
    let masalah = RwSignal::new(Vec::<Galat>::new());
    let status = RwSignal::new(None::<String>);
    let lebih_baru = RwSignal::new(false);
    let isian_salah = RwSignal::new(false);

    // One writer: the revision-checked save; on success the screen shows what is stored.
    let simpan = move |s: &Skp, basis: Option<u64>| -> bool {
        match state.simpan_rekaman(JenisRecord::Skp, &s.id, s, basis) {
            HasilSimpan::Tersimpan(_) => {
                sunting.buang();
                true
            }
            HasilSimpan::LebihBaru => {
                lebih_baru.set(true);
                false
            }
            HasilSimpan::Gagal => false,
        }
    };
    // A number field whose text could not be read holds the save back, so what is stored is
    // what the screen shows.
    let angka_terbaca = move || {
        isian_salah.set(sunting.ada_isian_salah());
        !isian_salah.get_untracked()
    };
    let simpan_skp = move || {
        masalah.set(Vec::new());
        if !angka_terbaca() {
            return;
        }
        if let Some((s, basis)) = sunting.kini() {
            if simpan(&s, basis) {
                status.set(Some(t().tersimpan.into()));
            }
        }
    };
    let buat = Callback::new(move |s: Skp| {
        masalah.set(Vec::new());
        if simpan(&s, None) {
            status.set(Some(t().tersimpan.into()));
        } else {
            // Not stored (quota): the new SKP stays on screen as an unsaved draft.
            sunting.tahan(&s);
        }
    });
    let ajukan = move |_| {
        status.set(None);
        if !angka_terbaca() {
            return;
        }
        let Some((mut s, basis)) = sunting.kini() else {
            return;
        };
        if let Err(m) = s.ajukan(rb, chrono::Local::now().date_naive()) {
            masalah.set(m);
            return;
        }
        masalah.set(Vec::new());
        if !simpan(&s, basis) {
            return;
        }
        let st = state.settings.get_untracked();
        let pengekspor = Pengekspor {
            nip: st.nip.clone(),
            nama: st.nama.clone(),
            peran: "pegawai".into(),
            lain: Default::default(),
        };
        if let Ok(b) = impor::ekspor(
            state.store().as_ref(),
            JenisBundle::Pegawai,
            pengekspor,
            chrono::Local::now().fixed_offset(),
        ) {
            let nama = b.nama_berkas();
            let _ = berkas::unduh(&nama, &b.to_json_pretty());
            status.set(Some(isi(t().diajukan, &[("nama", &nama)])));
        }
    };
    // An approved SKP reopened as a revision: a draft again, whose unchosen accumulations
    // follow their unit from here on (see `Skp::akumulasi_ikut_satuan`).
    let buka_perubahan = Callback::new(move |alasan: String| -> bool {
        status.set(None);
        let Some((mut s, basis)) = sunting.kini() else {
            return false;
        };
        if let Err(g) = s.revisi(chrono::Local::now().date_naive(), &alasan) {
            masalah.set(vec![g]);
            return false;
        }
        s.akumulasi_ikut_satuan(rb);
        masalah.set(Vec::new());
        let ok = simpan(&s, basis);
        if ok {
            status.set(Some(t().perubahan_dibuka.into()));
        }
        ok
    });
    // RHK handed down by the atasan's matriks peran–hasil (§1.3.6), added to the draft.
    let ambil = Callback::new(move |f: Box<dyn FnOnce(&mut Skp) -> usize>| {
        sunting.ubah_susunan(f).unwrap_or(0)
    });
    let boleh = move || ringkas.with(|s| s.as_ref().is_some_and(Skp::boleh_diubah));

    view! {
        <section class="halaman" aria-labelledby="judul-skp">
            <h1 id="judul-skp">{move || t().judul}</h1>
            <p>{move || t().pengantar}</p>
            <Show when=move || !rusak.with(Vec::is_empty)>
                <div class="banner peringatan" role="alert" data-testid="skp-rusak">
                    <p>{move || rusak.with(|k| isi(t().rusak, &[("n", &k.len().to_string()), ("kunci", &k.join(", "))]))}</p>
                    <a class="tombol" href=Route::Cadangan.href()>{move || t().ke_cadangan}</a>
                </div>
            </Show>
            <Show when=move || !nip.with(String::is_empty) fallback=move || view! {
                <p class="peringatan-teks" data-testid="skp-perlu-profil">{move || t().perlu_profil} " " <a href=Route::Profil.href()>{move || state.t().nav_profil}</a></p>
            }>
                <Show when=move || sunting.ada() fallback=move || view! { <BuatSkp buat=buat/> }>
                    <KepalaSkp ringkas=ringkas/>
                    <Show when=move || lebih_baru.get()>
                        <div class="banner peringatan" role="alert" data-testid="skp-lebih-baru">
                            <p>{move || t().lebih_baru}</p>
                            <button type="button" on:click=move |_| { lebih_baru.set(false); sunting.buang(); }>{move || t().muat_ulang}</button>
                        </div>
                    </Show>
                    <crate::ui::matriks::AmbilDariMatriks data=data skp=ringkas ubah=ambil/>
                    <Show when=move || !boleh()>
                        <p class="status" data-testid="skp-terkunci">{move || t().terkunci}</p>
                    </Show>
                    <fieldset class="polos" prop:disabled=move || !boleh()>
                        <DaftarRhk sunting=sunting kepala=ringkas atasan=atasan/>
                        <h2>{move || t().perilaku}</h2>
                        <Perilaku sunting=sunting kepala=kepala/>
                        <h2>{move || t().lampiran}</h2>
                        <Lampiran sunting=sunting kepala=kepala/>
                    </fieldset>
                    <AjukanPerubahan ringkas=ringkas buka=buka_perubahan/>
                    <Show when=move || isian_salah.get()>
                        <p class="galat" role="alert" data-testid="skp-isian-salah">{move || t().isian_salah}</p>
                    </Show>
                    <Show when=move || !masalah.with(Vec::is_empty)>
                        <div class="galat" role="alert" data-testid="skp-masalah">
                            <p>{move || t().perbaiki}</p>
                            <ul>{move || masalah.get().into_iter().map(|g| view! { <li>{g.pesan(rb, bahasa())}</li> }).collect_view()}</ul>
                        </div>
                    </Show>
                    <Show when=boleh>
                        <p class="tombol-baris">
                            <button type="button" class="sekunder" data-testid="simpan-skp" on:click=move |_| simpan_skp()>{move || t().simpan}</button>
                            " "
                            <button type="button" class="utama" data-testid="ajukan-skp" on:click=ajukan>{move || t().ajukan}</button>
                        </p>
                    </Show>
                    <p role="status" class="status-ok" data-testid="status-skp">{move || status.get()}</p>
                </Show>
            </Show>
        </section>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &crate::ui::route::Route) -> AnyView {
    view! { <SkpSaya/> }.into_any()
}
