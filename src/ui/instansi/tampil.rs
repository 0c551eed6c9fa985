//! Parts every agency screen shows: a [`Tabel`] as an HTML table that scrolls inside its own
//! box on a phone (a focusable, named region, so a keyboard can scroll it) with its CSV and
//! .xlsx downloads (`unduh.rs`), and the notice shown to a role other than the admin.

use super::teks::teks_instansi;
use super::unduh::TombolUnduh;
use crate::domain::explain::format_angka;
use crate::domain::Bahasa;
use crate::ui::route::Route;
use crate::ui::state::use_app_state;
use crate::ui::tabel::{Pemisah, Sel, Tabel};
use leptos::prelude::*;

/// A cell as the screen shows it: numbers and dates in the person's convention.
pub fn teks_sel(s: &Sel, b: Bahasa) -> String {
    match s {
        Sel::Teks(t) => crate::ui::format::tampak(t),
        Sel::Angka(x) => format_angka(*x, b),
        Sel::Tanggal(d) => crate::ui::format::tanggal(*d),
    }
}

/// The table, its first column linking to the row's drill-down, and its download buttons. `nama` is
/// the region's accessible name and the file's name.
#[component]
pub fn TabelTampil(
    #[prop(into)] tabel: Signal<Tabel>,
    #[prop(into)] nama: Signal<String>,
    pemisah: RwSignal<Pemisah>,
    testid: &'static str,
) -> impl IntoView {
    let state = use_app_state();
    let b = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_instansi(b());
    // A unit of thousands shows its first rows and more on request; the files hold them all.
    let batas = RwSignal::new(HALAMAN);
    let kepala = move || {
        tabel.with(|x| {
            x.kolom
                .iter()
                .map(|k| view! { <th scope="col">{k.clone()}</th> })
                .collect_view()
        })
    };
    let badan = move || {
        let bhs = b();
        tabel.with(|x| {
            x.baris
                .iter()
                .zip(x.tautan.iter().chain(std::iter::repeat(&None)))
                .enumerate()
                .take(batas.get())
                .map(|(i, (r, tautan))| {
                    let sorot = x.sorot.get(i).copied().unwrap_or(false);
                    let mut sel = r.iter();
                    let pertama = sel.next().map(|s| teks_sel(s, bhs)).unwrap_or_default();
                    let kepala = match tautan {
                        Some(h) => view! { <th scope="row"><a href=h.clone()>{pertama}</a></th> }
                            .into_any(),
                        None => view! { <th scope="row">{pertama}</th> }.into_any(),
                    };
                    let sisa = sel
                        .map(|s| {
                            let angka = matches!(s, Sel::Angka(_));
                            view! { <td class:angka=angka>{teks_sel(s, bhs)}</td> }
                        })
                        .collect_view();
                    view! { <tr class:sorot=sorot>{kepala}{sisa}</tr> }
                })
                .collect_view()
        })
    };
    view! {
        <div class="tabel-gulir" role="region" tabindex="0" aria-label=move || nama.get()>
            <table data-testid=testid>
                <thead><tr>{kepala}</tr></thead>
                <tbody>{badan}</tbody>
            </table>
        </div>
        {move || {
            let sisa = tabel.with(|x| x.baris.len()).saturating_sub(batas.get());
            (sisa > 0).then(|| view! {
                <p><button type="button" class="sekunder kecil" on:click=move |_| batas.update(|n| *n += HALAMAN)>
                    {crate::ui::i18n::isi(t().tampilkan_lagi, &[("n", &HALAMAN.min(sisa).to_string()), ("sisa", &sisa.to_string())])}
                </button></p>
            })
        }}
        <TombolUnduh tabel=tabel nama=nama pemisah=pemisah testid=testid.to_string()/>
    }
}

/// Rows shown at first, and added by each "more": a unit's page of 100 pegawai is drawn within
/// the tenth of a second a switch should take (200 rows took half again as long, mostly the
/// browser's layout of the table).
const HALAMAN: usize = 100;

/// Shown instead of an agency screen to a role other than the admin kepegawaian.
pub fn bukan_admin(b: Bahasa) -> AnyView {
    let t = teks_instansi(b);
    view! {
        <section class="halaman" aria-labelledby="judul-bukan-admin">
            <h1 id="judul-bukan-admin">{t.khusus_admin_judul}</h1>
            <p data-testid="khusus-admin">{t.khusus_admin} " " <a href=Route::SelamatDatang.href()>{t.ganti_peran}</a></p>
        </section>
    }
    .into_any()
}

/// Whether the person works as the admin kepegawaian.
/// An agency screen: the "admin only" page for any other role; in a large workspace, the
/// loading line until the straight reader is here ([`super::pembaca`]).
pub fn layar_admin(layar: impl Fn() -> AnyView + Send + Sync + 'static) -> AnyView {
    if !admin() {
        return bukan_admin(use_app_state().settings.with_untracked(|s| s.bahasa));
    }
    super::pembaca::setelah_siap(layar)
}

pub fn admin() -> bool {
    use_app_state()
        .settings
        .with_untracked(|s| s.peran == Some(crate::store::Peran::AdminKepegawaian))
}

/// The admin's own records of the scope (awards, potential assessments) under `judul`: its rows
/// drawn by `baris` (each with its delete button) under the column names `kolom`, or `kosong`
/// when there are none; the same records as `tabel` for the download (`<testid>-tercatat-…`).
#[component]
pub fn DaftarTercatat<B, V>(
    #[prop(into)] judul: Signal<&'static str>,
    #[prop(into)] kosong: Signal<&'static str>,
    #[prop(into)] ada: Signal<bool>,
    #[prop(into)] kolom: Signal<[&'static str; 5]>,
    baris: B,
    #[prop(into)] tabel: Signal<Tabel>,
    pemisah: RwSignal<Pemisah>,
    testid: &'static str,
) -> impl IntoView
where
    B: Fn() -> V + Copy + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <h3>{move || judul.get()}</h3>
        <Show when=move || ada.get() fallback=move || view! { <p class="petunjuk">{move || kosong.get()}</p> }>
            <div class="tabel-gulir" role="region" tabindex="0" aria-label=move || judul.get()>
                <table data-testid=format!("tabel-{testid}-tercatat")>
                    <thead><tr>{move || kolom.get().map(|k| view! { <th scope="col">{k}</th> }).collect_view()}</tr></thead>
                    <tbody>{move || baris()}</tbody>
                </table>
            </div>
        </Show>
        <Show when=move || ada.get()>
            <TombolUnduh tabel=tabel nama=Signal::derive(move || judul.get().to_string()) pemisah=pemisah
                testid=format!("{testid}-tercatat")/>
        </Show>
    }
}
