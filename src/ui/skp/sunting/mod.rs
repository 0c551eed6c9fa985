//! The SKP editor, its own chunk: fetched only while the person's SKP can be changed (no SKP
//! yet, a draft, or one returned), so the rest of the year an approved SKP opens without it.
//! Writes RHK and IKI (see [`rhk`]), perilaku expectations and
//! the Lampiran, saves drafts, and submits (status diajukan + a pegawai bundle downloaded for
//! the pejabat penilai). Only the unsaved draft is reactive state (see [`draf`]).

mod bagian;
pub mod draf;
mod iki;
pub mod rhk;

use super::Bersama;
use crate::bundle::format::{JenisBundle, Pengekspor};
use crate::domain::skp::Skp;
use crate::domain::Rulebook;
use crate::store::impor;
use crate::store::rekaman::JenisRecord;
use crate::ui::berkas;
use crate::ui::i18n::isi;
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::{use_app_state, HasilSimpan};
use bagian::{Lampiran, Perilaku};
use draf::Sunting;
use leptos::prelude::*;

/// The editor's entry point, reached through the `skp_sunting` split point.
pub fn gambar(bersama: Bersama) -> AnyView {
    view! { <EditorSkp bersama=bersama/> }.into_any()
}

#[component]
fn EditorSkp(bersama: Bersama) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_skp(bahasa());
    let Bersama {
        nip,
        pilih,
        masalah,
        status,
        tahan,
    } = bersama;
    let data = state.data_kinerja();
    let sunting = Sunting::new(data, nip, pilih, state.dirty);
    let kepala = sunting.kepala();
    // The header without perilaku and Lampiran: typing there leaves the RHK list alone.
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
    let lebih_baru = RwSignal::new(false);
    let isian_salah = RwSignal::new(false);

    // One writer: the revision-checked save; on success the screen shows what is stored.
    let simpan = move |s: &Skp, basis: Option<u64>| -> bool {
        match state.simpan_rekaman(JenisRecord::Skp, &s.id, s, basis) {
            HasilSimpan::Tersimpan(_) => {
                sunting.buang();
                // A new SKP held as a draft is stored now: the screen follows storage.
                tahan.set(None);
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
    // A new SKP the screen could not store (quota) arrives here as the unsaved draft.
    if let Some(s) = tahan.get_untracked() {
        sunting.tahan(&s);
    }
    // Submitting locks the SKP: the screen swaps this editor for the read-only view, and the
    // status line (the screen's, not the editor's) still names the file downloaded.
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
    // RHK handed down by the atasan's matriks peran–hasil (§1.3.6), added to the draft.
    let ambil = Callback::new(move |f: Box<dyn FnOnce(&mut Skp) -> usize>| {
        sunting.ubah_susunan(f).unwrap_or(0)
    });

    view! {
        // Plain conditional closures rather than `<Show>`: each `<Show>` is its own generic
        // wrapper in the chunk, and these conditions are plain signals already.
        {move || lebih_baru.get().then(|| view! {
            <div class="banner peringatan" role="alert" data-testid="skp-lebih-baru">
                <p>{t().lebih_baru}</p>
                <button type="button" on:click=move |_| { lebih_baru.set(false); sunting.buang(); }>{t().muat_ulang}</button>
            </div>
        })}
        <crate::ui::matriks::AmbilDariMatriks data=data skp=ringkas ubah=ambil/>
        {rhk::daftar_rhk(sunting, ringkas, atasan)}
        <h2>{move || t().perilaku}</h2>
        <Perilaku sunting=sunting kepala=kepala/>
        <h2>{move || t().lampiran}</h2>
        <Lampiran sunting=sunting kepala=kepala/>
        {move || isian_salah.get().then(|| view! {
            <p class="galat" role="alert" data-testid="skp-isian-salah">{t().isian_salah}</p>
        })}
        <super::DaftarMasalah masalah=masalah/>
        <p class="tombol-baris">
            <button type="button" class="sekunder" data-testid="simpan-skp" on:click=move |_| simpan_skp()>{move || t().simpan}</button>
            " "
            <button type="button" class="utama" data-testid="ajukan-skp" on:click=ajukan>{move || t().ajukan}</button>
        </p>
    }
}
