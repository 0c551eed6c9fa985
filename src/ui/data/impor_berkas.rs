//! One file's report on the import screen: its counts and warnings always; its records (a line
//! each, fields changed in words, merges and conflicts side by side by field, every problem)
//! once opened (their lines: [`super::impor_entri`]). A batch of more than a few files starts with every card closed, so hundreds of
//! files cost a line each until someone looks.
//!
//! The cards are a chunk of their own (`impor_laporan`): opening the Data screen to export
//! needs none of it, and it is fetched while the picked files are read.

use super::impor_entri::{daftar_masalah, entri};
use crate::bundle::gabung::{Pilihan, Tindakan};
use crate::bundle::masalah::Masalah;
use crate::bundle::validasi::HasilBaca;
use crate::domain::Bahasa;
use crate::store::impor::{Kumpulan, Laporan, RingkasRencana};
use crate::ui::data::teks::{teks_data, TeksData};
use crate::ui::format::tampak;
use crate::ui::i18n::isi;
use leptos::prelude::*;
use std::collections::HashMap;

/// Draws the cards of a batch, in the order given (see [`daftar`]).
#[cfg(not(feature = "eager"))]
type GambarDaftar = fn(Konteks, Vec<usize>, bool) -> AnyView;

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(impor_laporan, wasm_split_path = ::leptos::wasm_split, fallible)]
fn daftar_lazy() -> Result<GambarDaftar, crate::ui::layar::GagalMuat> {
    Ok(daftar)
}

/// Starts fetching the import engine's code, then the cards' (the report follows the files
/// being read). Nothing to wait for: `siap` is set once the engine is here; a failure is said
/// when files are picked (with its retry), or where the cards would be.
pub(super) fn siapkan(siap: RwSignal<bool>) {
    leptos::task::spawn_local(async move {
        siap.set(super::mesin::muat().await.is_ok());
        #[cfg(not(feature = "eager"))]
        let _ = daftar_lazy().await;
    });
}

/// The batch's cards, `urutan` giving which file comes where; every card open when `buka`.
pub(super) fn tampilkan(k: Konteks, urutan: Vec<usize>, buka: bool) -> impl IntoView {
    #[cfg(feature = "eager")]
    return daftar(k, urutan, buka);
    #[cfg(not(feature = "eager"))]
    crate::ui::layar::bagian_lazy(daftar_lazy, move |g: GambarDaftar| {
        g(k, urutan.clone(), buka)
    })
}

fn daftar(k: Konteks, urutan: Vec<usize>, buka: bool) -> AnyView {
    urutan
        .into_iter()
        .map(|i| kartu(k, i, buka))
        .collect_view()
        .into_any()
}

/// Entries of a report shown at a time.
pub(super) const HALAMAN: usize = 200;

/// What every card reads: the batch, the language, the choices, how many lines show.
#[derive(Clone, Copy)]
pub(super) struct Konteks {
    pub kumpulan: StoredValue<Option<Kumpulan>>,
    pub bahasa: Signal<Bahasa>,
    pub pilihan: RwSignal<HashMap<String, Pilihan>>,
    pub batas_tampil: RwSignal<usize>,
}

/// Why a file was refused, said in its closed card: the first reason, and how many more the
/// opened card lists (a batch of many files starts with every card closed).
fn alasan_pertama(l: &Laporan, b: Bahasa, t: &TeksData) -> Option<String> {
    let m: &[Masalah] = match l {
        Laporan::Ditolak(HasilBaca::Ditolak { masalah, .. }) => masalah,
        Laporan::TakTerbaca(Some(m)) => std::slice::from_ref(m),
        Laporan::TakTerbaca(None) => return Some(t.tak_terbaca.into()),
        _ => return None,
    };
    let pertama = m.first()?.pesan(b);
    Some(match m.len() {
        1 => pertama,
        n => format!(
            "{pertama} {}",
            isi(t.alasan_lain, &[("n", &(n - 1).to_string())])
        ),
    })
}

/// The counts of a file's records, in words.
fn angka(r: &RingkasRencana, t: &TeksData) -> String {
    let n = |x| r.jumlah(x).to_string();
    let perbarui = (r.jumlah(Tindakan::Perbarui) - r.hapus).to_string();
    isi(
        t.ringkas,
        &[
            ("tambah", &n(Tindakan::Tambah)),
            ("perbarui", &perbarui),
            ("hapus", &r.hapus.to_string()),
            ("sama", &n(Tindakan::TidakBerubah)),
            ("lama", &n(Tindakan::LebihLama)),
            ("konflik", &n(Tindakan::Konflik)),
            ("tolak", &n(Tindakan::Ditolak)),
        ],
    )
}

/// File `i` of the batch as a card, open from the start when `buka` (a batch of a few files).
fn kartu(k: Konteks, i: usize, buka: bool) -> impl IntoView {
    let terbuka = RwSignal::new(buka);
    let b = k.bahasa;
    let laporan = move |f: &dyn Fn(&str, &Laporan) -> AnyView| {
        k.kumpulan.with_value(|x| {
            x.as_ref()
                .and_then(|x| x.berkas().get(i))
                .map(|x| f(&x.nama, &x.laporan))
        })
    };
    let ringkas = move || {
        laporan(&|nama, l| {
            let t = teks_data(b.get());
            let baris = match l {
                Laporan::Rencana(r) => {
                    let gabung = r.jumlah(Tindakan::Gabung);
                    view! {
                        <p data-testid="impor-ringkas">{angka(r, t)}</p>
                        {(gabung > 0).then(|| view! { <p data-testid="impor-digabung">{isi(t.digabung_ringkas, &[("n", &gabung.to_string())])}</p> })}
                    }
                    .into_any()
                }
                Laporan::PerbaruiAplikasi(_) => view! {
                    <p class="galat" data-testid="impor-perbarui-aplikasi">{t.perbarui_aplikasi}</p>
                }
                .into_any(),
                Laporan::Ditolak(_) | Laporan::TakTerbaca(_) => {
                    // Open, the card lists every reason below; closed, it names the first.
                    let alasan = (!terbuka.get())
                        .then(|| alasan_pertama(l, b.get(), t))
                        .flatten()
                        .map(|a| format!(" {a}"));
                    view! { <p class="galat" data-testid="impor-ditolak">{t.ditolak} {alasan}</p> }
                        .into_any()
                }
                Laporan::Ganda { sama_dengan } => view! {
                    <p data-testid="impor-ganda">{isi(t.ganda, &[("nama", &tampak(sama_dengan))])}</p>
                }
                .into_any(),
            };
            view! { <h4>{tampak(nama)}</h4> {baris} }.into_any()
        })
    };
    let isi_kartu = move || {
        if !terbuka.get() {
            return None;
        }
        laporan(&|_, l| {
            let bahasa = b.get();
            let t = teks_data(bahasa);
            match l {
                Laporan::Rencana(r) => {
                    let peringatan = (!r.peringatan.is_empty()).then(|| view! {
                        <div class="peringatan-teks" data-testid="impor-peringatan"><p>{t.peringatan}</p><ul>{daftar_masalah(&r.peringatan, bahasa)}</ul></div>
                    });
                    view! { {peringatan} {entri(&k, r, bahasa)} }.into_any()
                }
                Laporan::PerbaruiAplikasi(HasilBaca::PerbaruiAplikasi { masalah, .. }) => view! {
                    <ul>{daftar_masalah(std::slice::from_ref(masalah), bahasa)}</ul>
                }
                .into_any(),
                Laporan::Ditolak(h) => {
                    let m = match h {
                        HasilBaca::Ditolak { masalah, .. } => masalah.as_slice(),
                        _ => &[],
                    };
                    view! { <ul class="galat">{daftar_masalah(m, bahasa)}</ul> }.into_any()
                }
                Laporan::TakTerbaca(m) => {
                    let m = match m {
                        Some(m) => {
                            view! { <ul>{daftar_masalah(std::slice::from_ref(m), bahasa)}</ul> }
                                .into_any()
                        }
                        None => view! { <p>{t.tak_terbaca}</p> }.into_any(),
                    };
                    view! { <div class="galat">{m}</div> }.into_any()
                }
                _ => ().into_any(),
            }
        })
    };
    let masalah = move || {
        k.kumpulan.with_value(|x| {
            x.as_ref()
                .and_then(|x| x.berkas().get(i))
                .is_some_and(|x| x.laporan.ada_masalah())
        })
    };
    view! {
        <article class="kartu-berkas" class:bermasalah=masalah data-testid="laporan-berkas">
            <details open=buka on:toggle=move |ev: leptos::ev::Event| {
                let buka = ev
                    .target()
                    .and_then(|d| js_sys::Reflect::get(&d, &"open".into()).ok())
                    .and_then(|v| v.as_bool());
                if let Some(x) = buka {
                    terbuka.set(x);
                }
            }>
                <summary>{ringkas}</summary>
                {isi_kartu}
            </details>
        </article>
    }
}
