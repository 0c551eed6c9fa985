//! The pegawai's SKP. While it can be changed (none yet, a draft, or returned) the screen
//! holds the editor, a chunk of its own (see [`sunting`]); once submitted or approved, which
//! is most of the year, it is shown read-only (see [`baca`]) with the way to reopen it as a
//! revision. What is stored comes from the app's data memo.

mod baca;
mod bagian;
mod buat;
mod perubahan;
pub mod sunting;
pub mod teks;

pub use sunting::draf;

use crate::domain::skp::Skp;
use crate::domain::{Galat, Rulebook};
use crate::store::kinerja::Tersimpan;
use crate::store::rekaman::JenisRecord;
use crate::ui::bagian::pilih_skp::{pilihan, terpilih, PilihSkp};
use crate::ui::i18n::isi;
use crate::ui::route::Route;
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::{use_app_state, HasilSimpan};
use bagian::KepalaSkp;
use leptos::prelude::*;
use perubahan::AjukanPerubahan;

/// What the screen and its editor share: whose SKP, the problems to show, the status line,
/// and a new SKP that could not be stored (the editor holds it as an unsaved draft). The
/// status line belongs to the screen, so "submitted, file downloaded" outlives the editor,
/// which submitting replaces with the read-only view.
#[derive(Clone, Copy)]
pub struct Bersama {
    pub nip: Memo<String>,
    /// The SKP chosen among the person's own (`None`: the newest), for the screen and editor.
    pub pilih: RwSignal<Option<String>>,
    pub masalah: RwSignal<Vec<Galat>>,
    pub status: RwSignal<Option<String>>,
    pub tahan: RwSignal<Option<Skp>>,
}

#[derive(Clone, Copy, PartialEq)]
enum Tampil {
    Buat,
    Sunting,
    Terkunci,
}

#[cfg(not(feature = "eager"))]
type GambarSunting = fn(Bersama) -> AnyView;

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(skp_sunting, wasm_split_path = ::leptos::wasm_split, fallible)]
fn sunting_lazy() -> Result<GambarSunting, crate::ui::layar::GagalMuat> {
    Ok(sunting::gambar)
}

/// The editor, fetched the first time it is needed (linked in directly in `eager` builds).
fn editor(bersama: Bersama) -> impl IntoView {
    #[cfg(feature = "eager")]
    return sunting::gambar(bersama);
    #[cfg(not(feature = "eager"))]
    {
        sunting::rhk::muat_bersama();
        crate::ui::layar::bagian_lazy(sunting_lazy, move |g: GambarSunting| g(bersama))
    }
}

/// The problems that hold a save or a change back, in the person's language.
#[component]
fn DaftarMasalah(masalah: RwSignal<Vec<Galat>>) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    move || {
        let m = masalah.get();
        (!m.is_empty()).then(|| {
            view! {
                <div class="galat" role="alert" data-testid="skp-masalah">
                    <p>{teks_skp(bahasa()).perbaiki}</p>
                    <ul>{m.into_iter().map(|g| view! { <li>{g.pesan(rb, bahasa())}</li> }).collect_view()}</ul>
                </div>
            }
        })
    }
}

#[component]
pub fn SkpSaya() -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let t = move || teks_skp(state.settings.with(|s| s.bahasa));
    let nip = Memo::new(move |_| state.settings.with(|s| s.nip.clone()));
    let data = state.data_kinerja();
    let pilih = RwSignal::new(None::<String>);
    // The person's stored SKP (the one chosen, else the newest period) with its revision.
    let tersimpan: Memo<Option<Tersimpan<Skp>>> = Memo::new(move |_| {
        nip.with(|n| {
            pilih.with(|p| data.with(|d| terpilih(d.skp_milik(n), p.as_deref(), None).cloned()))
        })
    });
    let kepala = Memo::new(move |_| tersimpan.with(|s| s.as_ref().map(|s| s.isi.clone())));
    // Every SKP of the person, for the choice (newest first), and the newest, which the next
    // period's form continues from.
    let semua = Memo::new(move |_| {
        nip.with(|n| data.with(|d| d.skp_milik(n).map(|s| s.isi.clone()).collect::<Vec<_>>()))
    });
    let daftar = Signal::derive(move || {
        let b = state.settings.with(|s| s.bahasa);
        semua.with(|v| pilihan(&v.iter().collect::<Vec<_>>(), b))
    });
    let kini = Signal::derive(move || tersimpan.with(|s| s.as_ref().map(|s| s.isi.id.clone())));
    // The next period's form is open (over whichever SKP is shown).
    let baru = RwSignal::new(false);
    let bersama = Bersama {
        nip,
        pilih,
        masalah: RwSignal::new(Vec::new()),
        status: RwSignal::new(None),
        tahan: RwSignal::new(None),
    };
    let Bersama {
        masalah,
        status,
        tahan,
        ..
    } = bersama;
    // What the screen holds: the form for a new SKP, the editor, or the read-only view.
    let tampil = Memo::new(move |_| {
        if baru.get() {
            return Tampil::Buat;
        }
        // A new SKP not stored (storage refused it) is edited as an unsaved draft.
        if tahan.with(Option::is_some) {
            return Tampil::Sunting;
        }
        kepala.with(|s| match s {
            None if tahan.with(Option::is_none) => Tampil::Buat,
            Some(s) if !s.boleh_diubah() => Tampil::Terkunci,
            _ => Tampil::Sunting,
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
    // A new SKP for a period: stored, after which the editor opens on it; or, when storing
    // failed (quota), handed to the editor as an unsaved draft.
    let buat = Callback::new(move |s: Skp| {
        masalah.set(Vec::new());
        baru.set(false);
        pilih.set(Some(s.id.clone()));
        match state.simpan_rekaman(JenisRecord::Skp, &s.id, &s, None) {
            HasilSimpan::Tersimpan(_) => {
                state.dirty.set(false);
                status.set(Some(t().tersimpan.into()));
            }
            HasilSimpan::LebihBaru | HasilSimpan::Gagal => tahan.set(Some(s)),
        }
    });
    // Another SKP replaces the editor: unsaved input goes only when the person agrees.
    let boleh_ganti = Callback::new(move |()| {
        let boleh =
            !state.dirty.get_untracked() || crate::ui::platform::konfirmasi(t().ganti_buang);
        if boleh {
            state.dirty.set(false);
            tahan.set(None);
            baru.set(false);
            status.set(None);
            masalah.set(Vec::new());
        }
        boleh
    });
    // An approved SKP reopened as a revision: a draft again (so the editor returns), whose
    // unchosen accumulations follow their unit from here on (`Skp::akumulasi_ikut_satuan`).
    let buka_perubahan = Callback::new(move |alasan: String| -> bool {
        status.set(None);
        let Some(Tersimpan { isi: mut s, revisi }) = tersimpan.get_untracked() else {
            return false;
        };
        if let Err(g) = s.revisi(chrono::Local::now().date_naive(), &alasan) {
            masalah.set(vec![g]);
            return false;
        }
        s.akumulasi_ikut_satuan(rb);
        masalah.set(Vec::new());
        match state.simpan_rekaman(JenisRecord::Skp, &s.id, &s, Some(revisi)) {
            HasilSimpan::Tersimpan(_) => {
                status.set(Some(t().perubahan_dibuka.into()));
                true
            }
            HasilSimpan::LebihBaru | HasilSimpan::Gagal => false,
        }
    });

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
                <PilihSkp label=Signal::derive(move || t().pilih_skp) daftar=daftar kini=kini pilih=pilih boleh=boleh_ganti/>
                {move || (!baru.get()).then(|| view! { <KepalaSkp ringkas=kepala/> })}
                // Redrawn when another SKP is chosen, so the editor starts on it afresh.
                {move || { pilih.track(); match tampil.get() {
                    Tampil::Buat => {
                        // The next period's SKP continues from the newest one.
                        let dasar = baru.get_untracked().then(|| semua.with_untracked(|v| v.first().cloned())).flatten();
                        let tutup = Callback::new(move |()| baru.set(false));
                        match dasar {
                            Some(d) => view! { <buat::BuatSkp buat=buat dasar=d batal=tutup/> }.into_any(),
                            None => view! { <buat::BuatSkp buat=buat/> }.into_any(),
                        }
                    }
                    Tampil::Sunting => editor(bersama).into_any(),
                    Tampil::Terkunci => view! {
                        <p class="status" data-testid="skp-terkunci">{move || t().terkunci}</p>
                        <baca::BacaSkp skp=kepala/>
                        <AjukanPerubahan ringkas=kepala buka=buka_perubahan/>
                        <p><button type="button" data-testid="skp-berikutnya" on:click=move |_| { status.set(None); baru.set(true) }>{move || t().buat_berikutnya}</button></p>
                        <DaftarMasalah masalah=masalah/>
                    }
                    .into_any(),
                }}}
                <p role="status" class="status-ok" data-testid="status-skp">{move || status.get()}</p>
            </Show>
        </section>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &crate::ui::route::Route) -> AnyView {
    view! { <SkpSaya/> }.into_any()
}
