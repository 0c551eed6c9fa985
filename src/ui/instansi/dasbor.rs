//! The agency dashboard (`#/instansi`): for the chosen year and period, the whole agency's
//! figures and one line per unit kerja, each unit leading to its own page (`unit`), each
//! pegawai there to their record (`pegawai`). This file is the chunk's entry for all three.

use super::grafik::grafik;
use super::papan::Papan;
use super::pilihan::{PilihPeriode, Pilihan};
use super::tabel_instansi::{persen, tabel_ringkasan, tabel_unit};
use super::tampil::{layar_admin, TabelTampil};
use super::teks::teks_instansi;
use crate::domain::Rulebook;
use crate::store::kinerja::DataKinerja;
use crate::ui::i18n::isi;
use crate::ui::i18n::periode::nama_periode;
use crate::ui::route::Route;
use crate::ui::state::use_app_state;
use chrono::NaiveDate;
use leptos::prelude::*;
use std::cell::Cell;

/// The board's day, the choice and the app's data memo it was made for, and the board.
type PapanTersimpan = (NaiveDate, Pilihan, Memo<DataKinerja>, Memo<Papan>);

thread_local! {
    // The board every agency screen reads, and the day it counts from.
    // The data memo names the app (a component test mounts several, one after another).
    static PAPAN: Cell<Option<PapanTersimpan>> = const { Cell::new(None) };
}

/// The figures of the chosen period, recomputed when the period or the stored data change.
/// One board for every agency screen, under the app's root owner: opening a unit or a pegawai
/// reads the dashboard's figures instead of recounting all 10,000 pegawai. A new day (what is
/// due counts from today) or a new app makes a new one.
pub(super) fn papan(pilihan: Pilihan) -> Memo<Papan> {
    let hari = chrono::Local::now().date_naive();
    let state = use_app_state();
    let data = state.data_kinerja();
    // Made for this choice in this app on this day.
    if let Some((h, p, d, m)) = PAPAN.with(Cell::get) {
        if h == hari && p.periode == pilihan.periode && d == data {
            return m;
        }
    }
    let (masukan, organisasi) = (super::masukan::masukan(), super::masukan::organisasi());
    let m = state.di_akar(|| {
        Memo::new(move |_| {
            let p = pilihan.periode.get();
            hitungan::catat();
            masukan.with(|m| organisasi.with(|o| Papan::hitung(m.isi(), o, p, hari)))
        })
    });
    PAPAN.with(|c| c.set(Some((hari, pilihan, data, m))));
    m
}

/// How many times the board was counted (component tests; always 0 without `eager`).
pub mod hitungan {
    #[cfg(feature = "eager")]
    thread_local! {
        static N: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }

    #[inline]
    pub fn catat() {
        #[cfg(feature = "eager")]
        N.with(|n| n.set(n.get() + 1));
    }

    pub fn baca() -> u32 {
        #[cfg(feature = "eager")]
        return N.with(std::cell::Cell::get);
        #[cfg(not(feature = "eager"))]
        0
    }
}

#[component]
fn Dasbor() -> impl IntoView {
    let state = use_app_state();
    let b = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_instansi(b());
    let rb = Rulebook::aktif();
    let pilihan = Pilihan::baru();
    let papan = papan(pilihan);
    let nama_periode_ini = move || nama_periode(&pilihan.periode.get(), b());
    let ringkas =
        Memo::new(move |_| papan.with(|p| tabel_ringkasan(&p.rekap.instansi, rb, t(), b())));
    let unit = Memo::new(move |_| papan.with(|p| tabel_unit(p, rb, t(), b())));
    let kosong = move || papan.with(|p| p.rekap.instansi.jumlah_pegawai == 0);
    let evaluasi = move || {
        papan.with(|p| {
            let r = &p.rekap.instansi;
            isi(
                t().evaluasi_kalimat,
                &[
                    ("selesai", &r.evaluasi_selesai.to_string()),
                    ("wajib", &r.evaluasi_wajib.to_string()),
                    ("persen", &persen(r.evaluasi_selesai, r.evaluasi_wajib, b())),
                ],
            )
        })
    };
    view! {
        <section class="halaman" aria-labelledby="judul-instansi">
            <h1 id="judul-instansi">{move || t().judul_dasbor}</h1>
            <p>{move || t().pengantar_dasbor}</p>
            <PilihPeriode pilihan=pilihan/>
            <Show when=kosong>
                <p class="banner info" data-testid="instansi-kosong">{move || t().kosong} " " <a href=Route::Data.href()>{move || t().ke_berkas}</a></p>
            </Show>
            <Show when=move || papan.with(|p| p.tak_terbaca > 0)>
                <p class="banner peringatan">{move || isi(t().tak_terbaca, &[("n", &papan.with(|p| p.tak_terbaca).to_string())])}</p>
            </Show>
            <h2>{move || isi(t().ringkasan_periode, &[("periode", &nama_periode_ini())])}</h2>
            <p data-testid="evaluasi-instansi">{evaluasi}</p>
            {move || papan.with(|p| grafik(p.rekap.instansi.sebaran, &[], rb, t(), b()))}
            <TabelTampil tabel=ringkas nama=Signal::derive(move || format!("{} {}", t().ringkasan, nama_periode_ini()))
                pemisah=pilihan.pemisah testid="tabel-ringkasan"/>
            <h2>{move || t().unit_kerja}</h2>
            <p class="petunjuk">{move || t().unit_petunjuk}</p>
            <TabelTampil tabel=unit nama=Signal::derive(move || format!("{} {}", t().unit_kerja, nama_periode_ini()))
                pemisah=pilihan.pemisah testid="tabel-unit"/>
            <p>
                <a href=Route::KinerjaRendah.href() data-testid="ke-rendah">{move || t().ke_rendah}</a>
                " · " <a href=Route::Organisasi.href()>{move || t().ke_organisasi}</a>
            </p>
        </section>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(r: &Route) -> AnyView {
    let r = r.clone();
    layar_admin(move || match &r {
        Route::InstansiUnit(id) => {
            let id = id.clone();
            view! { <super::unit::HalamanUnit id=id/> }.into_any()
        }
        Route::InstansiPegawai(nip) => {
            let nip = nip.clone();
            view! { <super::pegawai::HalamanPegawai nip=nip/> }.into_any()
        }
        _ => view! { <Dasbor/> }.into_any(),
    })
}
