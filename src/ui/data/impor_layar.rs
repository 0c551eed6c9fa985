//! Import: pick or drop files, or a whole folder. Each file is read and checked in turn (a
//! progress bar with a running count, and a cancel that leaves everything as it was: nothing
//! is written before the apply), the browser getting its turn between files so the page never
//! freezes. Then the dry-run report per file (problems first; every card closed when there are
//! many), a choice per conflict, the apply (one step, whole or not at all) and the undo of
//! exactly that import.

use super::baca::{baca, jeda, lepas_nanti, minta, selesai_cerna, Bacaan};
use super::impor_berkas::{siapkan, tampilkan, Konteks, HALAMAN};
use super::impor_pesan::{pesan_gagal, pesan_gagal_urung};
use super::impor_total::teks_total;
use super::mesin::Mesin;
use crate::bundle::gabung::Pilihan;
use crate::bundle::masalah::{KodeMasalah, Masalah};
use crate::bundle::validasi::Batas;
use crate::store::impor::{Kumpulan, Laporan, RingkasanImpor};
use crate::ui::berkas;
use crate::ui::data::teks::teks_data;
use crate::ui::i18n::isi;
use crate::ui::layar::GagalMuat;
use crate::ui::state::use_app_state;
use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen_futures::JsFuture;

/// Files are read and checked one after another for this long (ms) before the browser gets
/// its turn (a `setTimeout` of 0: the page draws the progress and answers the cancel button).
const IRISAN_MS: f64 = 40.0;

/// A batch of at most this many files shows every card open; a larger one, every card closed.
const BUKA_SAMPAI: usize = 5;

#[component]
pub fn Impor() -> impl IntoView {
    let state = use_app_state();
    let bahasa = Signal::derive(move || state.settings.with(|s| s.bahasa));
    let t = move || teks_data(bahasa.get());
    let batas_ukuran = Batas::default().ukuran_maks_byte;
    let kumpulan = StoredValue::new(None::<Kumpulan>);
    // Bumped whenever the batch changes (it is not itself reactive: it is large).
    let versi = RwSignal::new(0u64);
    // Files read and checked of those picked; stays at the end beside the report.
    let kemajuan = RwSignal::new(None::<(usize, usize)>);
    let membaca = RwSignal::new(false);
    let dilewati = RwSignal::new(0usize);
    let menerapkan = RwSignal::new(false);
    // Each pick starts a session; a cancel or a new pick ends the one under way.
    let sesi = StoredValue::new(0u64);
    let pilihan = RwSignal::new(HashMap::<String, Pilihan>::new());
    let selesai = RwSignal::new(None::<RingkasanImpor>);
    let pesan = RwSignal::new(None::<String>);
    let seret = RwSignal::new(false);
    let batas_tampil = RwSignal::new(HALAMAN);
    // The import engine's chunk, once fetched (a report on screen means it is here).
    let mesin = StoredValue::new(None::<Mesin>);
    let konteks = Konteks {
        kumpulan,
        bahasa,
        pilihan,
        batas_tampil,
    };
    // The engine's and the cards' code start arriving on the first sign of a pick (a pointer,
    // mouse or finger, over the drop zone, or files dragged over it): a file dialog stays open
    // longer than they take, so checking starts as the files are chosen (0.6 s of an agency's
    // 500 files when fetched after). Opening the screen only to export fetches neither.
    let mesin_siap = RwSignal::new(false);
    let muat_dulu = move || {
        if !mesin_siap.get_untracked() {
            siapkan(mesin_siap);
        }
    };
    let kosongkan = move || {
        kumpulan.set_value(None);
        kemajuan.set(None);
        versi.update(|v| *v += 1);
    };

    let proses = move |daftar: Vec<web_sys::File>| {
        sesi.update_value(|s| *s += 1);
        let id = sesi.get_value();
        let masih = move || sesi.get_value() == id;
        kosongkan();
        selesai.set(None);
        pesan.set(None);
        pilihan.set(HashMap::new());
        batas_tampil.set(HALAMAN);
        kemajuan.set(Some((0, daftar.len())));
        membaca.set(true);
        siapkan(mesin_siap);
        leptos::task::spawn_local(async move {
            let m = match super::mesin::muat().await {
                Ok(m) => m,
                Err(GagalMuat(e)) => {
                    kemajuan.set(None);
                    membaca.set(false);
                    pesan.set(Some(isi(t().mesin_gagal, &[("detail", &e)])));
                    return;
                }
            };
            mesin.set_value(Some(m));
            let store = state.store();
            let gagal = move |e| {
                kemajuan.set(None);
                membaca.set(false);
                state.lapor_gagal_simpan(e);
            };
            let mut k = match (m.mulai)(store.as_ref(), Batas::default()) {
                Ok(k) if masih() => k,
                Ok(_) => return,
                Err(e) => return gagal(e),
            };
            let n = daftar.len();
            let mut irisan = js_sys::Date::now();
            // The text of file `i`, asked for while file `i - 1` was checked.
            let mut berikut = daftar.first().map(minta);
            // The file before's digest and the hash asked for it, taken once this one is checked.
            let mut cerna: Option<(usize, Option<JsFuture>)> = None;
            for (i, f) in daftar.iter().enumerate() {
                let nama = f.name();
                let janji = berikut.take();
                berikut = daftar.get(i + 1).map(minta);
                let bacaan = baca(janji.unwrap_or_else(|| minta(f)), batas_ukuran).await;
                // Cancelled (or files picked anew) meanwhile: the batch ends here, unwritten.
                if !masih() {
                    return;
                }
                let besar = |ukuran| {
                    let kode = KodeMasalah::TerlaluBesar {
                        ukuran,
                        batas: batas_ukuran,
                    };
                    Laporan::TakTerbaca(Some(Masalah::baru(&nama, "", kode)))
                };
                match bacaan {
                    Bacaan::Teks(teks) => {
                        if let Err(e) = (m.tambah)(&mut k, store.as_ref(), nama, teks) {
                            return gagal(e);
                        }
                    }
                    Bacaan::TerlaluBesar(ukuran) => {
                        let l = besar(ukuran);
                        k.tambah_laporan(nama, l);
                    }
                    Bacaan::Gagal => {
                        // Too large to be held at all, or gone: its size tells which.
                        let ukuran = f.size() as u64;
                        let l = match ukuran > batas_ukuran {
                            true => besar(ukuran),
                            false => Laporan::TakTerbaca(None),
                        };
                        k.tambah_laporan(nama, l);
                    }
                }
                if let Some((j, janji)) = cerna.take() {
                    selesai_cerna(&m, &mut k, j, janji).await;
                }
                let j = k.berkas().len().saturating_sub(1);
                cerna = Some((j, (m.cerna)(&k, j).map(JsFuture::from)));
                kemajuan.set(Some((i + 1, n)));
                if js_sys::Date::now() - irisan > IRISAN_MS {
                    jeda().await;
                    if !masih() {
                        return;
                    }
                    irisan = js_sys::Date::now();
                }
            }
            if let Some((j, janji)) = cerna {
                selesai_cerna(&m, &mut k, j, janji).await;
            }
            (m.lepas_teks)(&mut k);
            kumpulan.set_value(Some(k));
            membaca.set(false);
            versi.update(|v| *v += 1);
        });
    };
    let pada_pilih = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(f) = input.files() {
            dilewati.set(0);
            proses(berkas::salin(&f));
        }
        // Picking the same file again must fire `change` again.
        input.set_value("");
    };
    // A folder brings everything in it: only the JSON files are read.
    let pada_pilih_folder = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(f) = input.files() {
            let (json, lain): (Vec<_>, Vec<_>) = berkas::salin(&f)
                .into_iter()
                .partition(|f| f.name().to_lowercase().ends_with(".json"));
            dilewati.set(lain.len());
            proses(json);
        }
        input.set_value("");
    };
    let pada_jatuh = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        seret.set(false);
        if let Some(f) = ev.data_transfer().and_then(|d| d.files()) {
            dilewati.set(0);
            proses(berkas::salin(&f));
        }
    };
    let batalkan = move |_| {
        sesi.update_value(|s| *s += 1);
        membaca.set(false);
        kosongkan();
        pesan.set(Some(t().dibatalkan.to_string()));
    };
    let ada_kumpulan = move || {
        versi.track();
        kumpulan.with_value(Option::is_some)
    };
    let ada_perubahan = move || {
        versi.track();
        kumpulan.with_value(|k| k.as_ref().is_some_and(Kumpulan::ada_perubahan))
    };
    let terapkan = move |_| {
        let Some(m) = mesin.get_value() else { return };
        if menerapkan.get_untracked() {
            return;
        }
        menerapkan.set(true);
        leptos::task::spawn_local(async move {
            // "Applying…" shows first; the apply itself is one synchronous step.
            jeda().await;
            let hasil = kumpulan.with_value(|k| {
                k.as_ref().map(|k| {
                    let p = pilihan.get_untracked();
                    (m.terapkan)(k, state.store().as_ref(), &p, state.sekarang())
                })
            });
            menerapkan.set(false);
            match hasil {
                None => {}
                Some(Ok(r)) => {
                    // The checked batch is freed after the outcome is drawn.
                    kumpulan.update_value(|k| lepas_nanti(k.take()));
                    kosongkan();
                    pesan.set(None);
                    selesai.set(Some(r));
                    state.muat_ulang_data();
                }
                Some(Err(g)) => {
                    pesan.set(Some(pesan_gagal(&g, false, t(), state.t())));
                    // Storage is as before (or the rollback is pending): every screen re-reads.
                    state.muat_ulang_data();
                }
            }
        });
    };
    let urungkan = move |_| {
        let Some(m) = mesin.get_value() else { return };
        let Some(undo) = selesai.get_untracked().and_then(|r| r.undo) else {
            return;
        };
        match (m.urungkan)(state.store().as_ref(), &undo, state.sekarang()) {
            Ok(n) => {
                selesai.set(None);
                pesan.set(Some(isi(t().diurungkan, &[("n", &n.to_string())])));
                state.muat_ulang_data();
            }
            Err(g) => {
                pesan.set(Some(pesan_gagal_urung(&g, t(), state.t())));
                state.muat_ulang_data();
            }
        }
    };
    let hitungan = move || {
        kemajuan.get().map(|(i, n)| {
            isi(
                t().hitungan,
                &[("i", &i.to_string()), ("n", &n.to_string())],
            )
        })
    };
    let total = move || {
        versi.track();
        kumpulan.with_value(|k| k.as_ref().map(|k| teks_total(k, t().total)))
    };
    // Problems first (in the order picked), then the rest; open when they are few.
    let daftar = move || {
        versi.track();
        let (urutan, buka) = kumpulan.with_value(|k| {
            let Some(k) = k else {
                return (Vec::new(), false);
            };
            let mut i: Vec<usize> = (0..k.berkas().len()).collect();
            i.sort_by_key(|i| !k.berkas()[*i].laporan.ada_masalah());
            (i, k.berkas().len() <= BUKA_SAMPAI)
        });
        let banyak = (!buka).then(|| view! { <p class="petunjuk">{move || t().masalah_dulu}</p> });
        view! { {banyak} {tampilkan(konteks, urutan, buka)} }
    };

    view! {
        <h2>{move || t().impor_judul}</h2>
        <p>{move || t().impor_pengantar}</p>
        <div class="zona-jatuh" class:aktif=move || seret.get() data-testid="zona-impor"
            data-mesin=move || mesin_siap.get().then_some("siap")
            on:pointerover=move |_| muat_dulu()
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); seret.set(true); muat_dulu(); }
            on:dragleave=move |_| seret.set(false)
            on:drop=pada_jatuh>
            <label for="berkas-impor" class="tombol">{move || t().pilih_berkas}</label>
            <input id="berkas-impor" class="tersembunyi" type="file" multiple accept=".json,application/json" on:change=pada_pilih data-testid="berkas-impor"/>
            " "
            <label for="folder-impor" class="tombol">{move || t().pilih_folder}</label>
            <input id="folder-impor" class="tersembunyi" type="file" multiple prop:webkitdirectory=true on:change=pada_pilih_folder data-testid="folder-impor"/>
            <p class="petunjuk">{move || t().jatuhkan}</p>
        </div>
        <Show when=move || kemajuan.with(Option::is_some)>
            <div class="kemajuan-impor" data-testid="impor-kemajuan">
                <label for="kemajuan-impor">{move || t().memeriksa}</label>
                <progress id="kemajuan-impor" data-testid="impor-progres"
                    max=move || kemajuan.get().map_or(1, |(_, n)| n.max(1)).to_string()
                    value=move || kemajuan.get().map_or(0, |(i, _)| i).to_string()>
                    {hitungan}
                </progress>
                <p data-testid="impor-hitungan">{hitungan}</p>
                <Show when=move || membaca.get()>
                    <p><button type="button" class="sekunder" data-testid="batal-impor" on:click=batalkan>{move || t().batalkan}</button></p>
                </Show>
            </div>
        </Show>
        <Show when=move || { dilewati.get() > 0 }>
            <p class="petunjuk" data-testid="impor-dilewati">{move || isi(t().dilewati, &[("n", &dilewati.get().to_string())])}</p>
        </Show>
        <Show when=ada_kumpulan>
            <h3>{move || t().laporan_judul}</h3>
            <p data-testid="impor-total">{total}</p>
            {daftar}
            <p>
                <Show when=ada_perubahan fallback=move || view! { <span data-testid="tanpa-perubahan">{move || t().tidak_ada_perubahan}</span> " " }>
                    <button type="button" class="utama" data-testid="terapkan-impor" disabled=move || menerapkan.get() on:click=terapkan>
                        {move || if menerapkan.get() { t().menerapkan } else { t().terapkan }}
                    </button> " "
                </Show>
                <button type="button" class="sekunder" data-testid="buang-laporan" disabled=move || menerapkan.get() on:click=move |_| kosongkan()>{move || t().batal}</button>
            </p>
        </Show>
        <Show when=move || selesai.with(Option::is_some)>
            <p role="status" class="status" data-testid="impor-selesai">
                {move || selesai.get().map(|r| isi(t().selesai, &[("tambah", &r.ditambah.to_string()), ("perbarui", &r.diperbarui.to_string()), ("pilih", &r.konflik_dipilih.to_string()), ("tunda", &r.konflik_tertunda.to_string())]))}
                {move || selesai.get().filter(|r| r.digabung > 0).map(|r| format!(" {}", isi(t().selesai_digabung, &[("n", &r.digabung.to_string())])))}
                " " <Show when=move || selesai.with(|r| r.as_ref().is_some_and(|r| r.undo.is_some()))>
                    <button type="button" data-testid="urungkan-impor" on:click=urungkan>{move || t().urungkan}</button>
                </Show>
            </p>
        </Show>
        <p role="status" data-testid="impor-pesan">{move || pesan.get()}</p>
    }
}
