//! Import: pick or drop several files, read a dry-run report per file and record, choose a
//! side for each conflict, apply (whole or not at all), and undo that import's records.

use super::impor_pesan::{pesan_gagal, pesan_gagal_urung};
use super::mesin::Mesin;
use crate::bundle::beda::beda;
use crate::bundle::format::Record;
use crate::bundle::gabung::{kunci_kolom, Gabungan, Pilihan, SebabLokal, Tindakan};
use crate::bundle::masalah::{KodeMasalah, Masalah};
use crate::bundle::validasi::{Batas, HasilBaca};
use crate::domain::Bahasa;
use crate::domain::Rulebook;
use crate::store::impor::{LaporanBerkas, RingkasanImpor};
use crate::ui::berkas;
use crate::ui::data::beda_teks::{baris_beda, label_kolom, nilai_teks};
use crate::ui::data::teks::{teks_data, TeksData};
use crate::ui::format::tampak;
use crate::ui::i18n::isi;
use crate::ui::layar::GagalMuat;
use crate::ui::state::use_app_state;
use leptos::prelude::*;
use std::collections::HashMap;

pub(super) fn ringkas(r: &Record) -> String {
    let nama = ["nama", "judul", "uraian", "indikator"]
        .iter()
        .find_map(|k| r.data.get(*k).and_then(|v| v.as_str()).map(str::to_string));
    let id: String = r.id.chars().take(8).collect();
    match nama {
        Some(n) => format!(
            "{} «{}» ({id}…)",
            r.jenis.kode(),
            tampak(&n.chars().take(60).collect::<String>())
        ),
        None => format!("{} ({id}…)", r.jenis.kode()),
    }
}

/// Entries of a report shown at a time.
const HALAMAN: usize = 200;

fn kelas(t: Tindakan) -> &'static str {
    match t {
        Tindakan::Tambah => "tambah",
        Tindakan::Perbarui | Tindakan::Gabung => "perbarui",
        Tindakan::Konflik => "konflik",
        Tindakan::Ditolak => "galat-impor",
        _ => "",
    }
}

fn daftar_masalah(m: &[Masalah], b: Bahasa) -> impl IntoView {
    m.iter()
        .map(|x| view! { <li>{x.pesan(b)}</li> })
        .collect_view()
}

/// What a field-level merge takes from the file and what stays as it is here, by field name.
fn daftar_gabungan(
    g: &Gabungan,
    lokal: &Record,
    masuk: &Record,
    rb: &Rulebook,
    b: Bahasa,
    t: &TeksData,
) -> impl IntoView {
    let diambil = g
        .dari_masuk
        .iter()
        .map(|k| {
            let x = crate::bundle::beda::Beda {
                kolom: k.clone(),
                lama: lokal.data.get(k).cloned(),
                baru: masuk.data.get(k).cloned(),
            };
            view! { <li data-testid="gabung-diambil">{baris_beda(&x, rb, b)}</li> }
        })
        .collect_view();
    let tetap = g
        .tetap_lokal
        .iter()
        .map(|(k, sebab)| {
            let why = match sebab {
                SebabLokal::DiubahDiSini => t.sebab_diubah_di_sini,
                SebabLokal::BukanHakPengirim => t.sebab_bukan_hak,
            };
            let nilai = nilai_teks(lokal.data.get(k), rb, b);
            view! { <li data-testid="gabung-tetap">{format!("{}: {nilai} ({why})", label_kolom(k, b))}</li> }
        })
        .collect_view();
    view! {
        {(!g.dari_masuk.is_empty()).then(|| view! { <p>{t.dari_berkas}</p><ul class="beda">{diambil}</ul> })}
        {(!g.tetap_lokal.is_empty()).then(|| view! { <p>{t.tetap_di_sini}</p><ul class="beda">{tetap}</ul> })}
    }
}

#[component]
pub fn Impor() -> impl IntoView {
    let state = use_app_state();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_data(bahasa());
    let batas = Batas::default();
    let batas_ukuran = batas.ukuran_maks_byte;
    let laporan = RwSignal::new(Vec::<(String, String, LaporanBerkas)>::new());
    let pilihan = RwSignal::new(HashMap::<String, Pilihan>::new());
    let selesai = RwSignal::new(None::<RingkasanImpor>);
    let pesan = RwSignal::new(None::<String>);
    let seret = RwSignal::new(false);
    // How many entries of each file's report are shown (more on request).
    let batas_tampil = RwSignal::new(HALAMAN);
    // The import engine's chunk, once fetched (a plan on screen means it is here).
    let mesin = StoredValue::new(None::<Mesin>);

    let proses = move |daftar: Vec<web_sys::File>| {
        let batas = Batas::default();
        leptos::task::spawn_local(async move {
            let m = match super::mesin::muat().await {
                Ok(m) => m,
                Err(GagalMuat(e)) => {
                    pesan.set(Some(isi(t().mesin_gagal, &[("detail", &e)])));
                    return;
                }
            };
            mesin.set_value(Some(m));
            let masuk = berkas::baca_semua(daftar, batas_ukuran).await;
            let store = state.store();
            let mut hasil = Vec::new();
            for b in masuk {
                let lap = match &b.teks {
                    Some(teks) => (m.rencanakan)(store.as_ref(), &b.nama, teks, &batas),
                    None => Ok(LaporanBerkas::Ditolak(HasilBaca::Ditolak {
                        berkas: b.nama.clone(),
                        masalah: vec![Masalah::baru(
                            &b.nama,
                            "",
                            KodeMasalah::TerlaluBesar {
                                ukuran: b.ukuran,
                                batas: batas_ukuran,
                            },
                        )],
                    })),
                };
                match lap {
                    Ok(l) => hasil.push((b.nama, b.teks.unwrap_or_default(), l)),
                    Err(e) => state.lapor_gagal_simpan(e),
                }
            }
            selesai.set(None);
            pesan.set(None);
            pilihan.set(HashMap::new());
            batas_tampil.set(HALAMAN);
            laporan.set(hasil);
        });
    };
    let pada_pilih = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(f) = input.files() {
            proses(berkas::salin(&f));
        }
        // Picking the same file again must fire `change` again.
        input.set_value("");
    };
    let pada_jatuh = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        seret.set(false);
        if let Some(f) = ev.data_transfer().and_then(|d| d.files()) {
            proses(berkas::salin(&f));
        }
    };
    let ada_perubahan = move || {
        laporan.with(|l| {
            l.iter()
                .any(|(_, _, x)| matches!(x, LaporanBerkas::Rencana(r) if r.ada_perubahan()))
        })
    };
    let terapkan = move |_| {
        let Some(m) = mesin.get_value() else { return };
        let l = laporan.get_untracked();
        let daftar: Vec<LaporanBerkas> = l.iter().map(|(_, _, x)| x.clone()).collect();
        let teks: Vec<(String, String)> =
            l.iter().map(|(n, t, _)| (n.clone(), t.clone())).collect();
        match (m.terapkan)(
            state.store().as_ref(),
            &daftar,
            &teks,
            &pilihan.get_untracked(),
            state.sekarang(),
            &Batas::default(),
        ) {
            Ok(r) => {
                laporan.set(Vec::new());
                pesan.set(None);
                selesai.set(Some(r));
                state.muat_ulang_data();
            }
            Err(g) => {
                pesan.set(Some(pesan_gagal(&g, false, t(), state.t())));
                // Storage is as before (or the rollback is pending): every screen re-reads.
                state.muat_ulang_data();
            }
        }
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
    let pilih_konflik = move |id: String, p: Pilihan| {
        pilihan.update(|m| {
            m.insert(id, p);
        })
    };

    let satu_berkas = move |(nama, _, lap): (String, String, LaporanBerkas)| {
        let b = bahasa();
        let isi_laporan = match lap {
            LaporanBerkas::Rencana(r) => {
                let n = |x| r.jumlah(x).to_string();
                let n_hapus = r.entri.iter().filter(|e| e.tindakan == Tindakan::Perbarui && e.masuk.as_ref().is_some_and(|m| m.dihapus)).count();
                let n_perbarui = (r.jumlah(Tindakan::Perbarui) - n_hapus).to_string();
                let angka = isi(t().ringkas, &[("tambah", &n(Tindakan::Tambah)), ("perbarui", &n_perbarui), ("hapus", &n_hapus.to_string()), ("sama", &n(Tindakan::TidakBerubah)), ("lama", &n(Tindakan::LebihLama)), ("konflik", &n(Tindakan::Konflik)), ("tolak", &n(Tindakan::Ditolak))]);
                let peringatan = (!r.peringatan.is_empty()).then(|| view! {
                    <div class="peringatan-teks" data-testid="impor-peringatan"><p>{t().peringatan}</p><ul>{daftar_masalah(&r.peringatan, b)}</ul></div>
                });
                let rb = Rulebook::bawaan();
                let n_entri = r.entri.len();
                let entri = r.entri.iter().take(batas_tampil.get()).map(|e| {
                    let judul = e.masuk.as_ref().or(e.lokal.as_ref()).map(ringkas).unwrap_or_else(|| e.id.clone().unwrap_or_default());
                    let berubah = matches!(e.tindakan, Tindakan::Perbarui | Tindakan::Konflik | Tindakan::Gabung);
                    let hapus = berubah && e.masuk.as_ref().is_some_and(|m| m.dihapus);
                    // What would change, field by field, in words; a deletion is named as one.
                    let beda_ini = match (&e.lokal, &e.masuk) {
                        (Some(l), Some(m)) if berubah && !m.dihapus => beda(&l.data, &m.data),
                        _ => Vec::new(),
                    };
                    let daftar_beda = (!beda_ini.is_empty() && e.tindakan == Tindakan::Perbarui).then(|| view! {
                        <ul class="beda" data-testid="impor-beda">{beda_ini.iter().map(|x| view! { <li>{baris_beda(x, rb, b)}</li> }).collect_view()}</ul>
                    });
                    // A merge: what is taken and kept, by field; each field both sides changed
                    // is chosen on its own, the two values side by side.
                    let gabungan = match (&e.gabungan, &e.lokal, &e.masuk) {
                        (Some(g), Some(l), Some(m)) => {
                            let id = e.id.clone().unwrap_or_default();
                            let per_kolom = g.konflik.iter().map(|k| {
                                let kunci = kunci_kolom(&id, k);
                                let (k1, k2) = (kunci.clone(), kunci.clone());
                                let nama = format!("konflik-{kunci}");
                                view! {
                                    <fieldset data-testid="konflik" data-kolom=k.clone()>
                                        <legend data-testid="konflik-kolom">{isi(t().pilih_kolom, &[("kolom", &label_kolom(k, b))])}</legend>
                                        <div class="berdampingan">
                                            <label><input type="radio" name=nama.clone() data-testid="pilih-lokal" on:change=move |_| pilih_konflik(k1.clone(), Pilihan::Lokal)/> " " {t().versi_lokal} ": " {nilai_teks(l.data.get(k), rb, b)}</label>
                                            <label><input type="radio" name=nama data-testid="pilih-masuk" on:change=move |_| pilih_konflik(k2.clone(), Pilihan::Masuk)/> " " {t().versi_masuk} ": " {nilai_teks(m.data.get(k), rb, b)}</label>
                                        </div>
                                    </fieldset>
                                }
                            }).collect_view();
                            Some(view! {
                                <div data-testid="impor-gabung">{daftar_gabungan(g, l, m, rb, b, t())}{per_kolom}</div>
                            })
                        }
                        _ => None,
                    };
                    let konflik = (e.tindakan == Tindakan::Konflik && e.gabungan.is_none()).then(|| {
                        let id = e.id.clone().unwrap_or_default();
                        let (id1, id2) = (id.clone(), id.clone());
                        let sisi = |lokal: bool| beda_ini.iter().map(|x| {
                            let v = if lokal { x.lama.as_ref() } else { x.baru.as_ref() };
                            view! { <li>{label_kolom(&x.kolom, b)} ": " {nilai_teks(v, rb, b)}</li> }
                        }).collect_view();
                        view! {
                            <fieldset data-testid="konflik">
                                <legend>{t().pilih_versi}</legend>
                                <div class="berdampingan">
                                    <label><input type="radio" name=format!("konflik-{id}") on:change=move |_| pilih_konflik(id1.clone(), Pilihan::Lokal)/> " " {t().versi_lokal}<ul class="beda">{sisi(true)}</ul></label>
                                    <label><input type="radio" name=format!("konflik-{id}") on:change=move |_| pilih_konflik(id2.clone(), Pilihan::Masuk)/> " " {t().versi_masuk}<ul class="beda">{sisi(false)}</ul></label>
                                </div>
                            </fieldset>
                        }
                    });
                    let label = if hapus { t().dihapus.to_string() } else { e.tindakan.label(b) };
                    view! {
                        <li class=kelas(e.tindakan) class:hapus=hapus>
                            <strong>{label}</strong> " — " {judul}
                            {daftar_beda}
                            <ul>{daftar_masalah(&e.masalah, b)}</ul>
                            {gabungan}
                            {konflik}
                        </li>
                    }
                }).collect_view();
                // A file of a quarter million bad records lists them a page at a time.
                let lagi = (n_entri > batas_tampil.get()).then(|| view! {
                    <p><button type="button" class="sekunder" data-testid="impor-lagi" on:click=move |_| batas_tampil.update(|n| *n += HALAMAN)>
                        {isi(t().tampilkan_lagi, &[("n", &HALAMAN.min(n_entri - batas_tampil.get_untracked()).to_string()), ("sisa", &(n_entri - batas_tampil.get_untracked()).to_string())])}
                    </button></p>
                });
                let n_gabung = r.jumlah(Tindakan::Gabung);
                let digabung = (n_gabung > 0).then(|| view! { <p data-testid="impor-digabung">{isi(t().digabung_ringkas, &[("n", &n_gabung.to_string())])}</p> });
                view! { <p data-testid="impor-ringkas">{angka}</p> {digabung} {peringatan} <ul class="laporan">{entri}</ul> {lagi} }.into_any()
            }
            LaporanBerkas::PerbaruiAplikasi(HasilBaca::PerbaruiAplikasi { masalah, .. }) => view! {
                <p class="galat" data-testid="impor-perbarui-aplikasi">{t().perbarui_aplikasi}</p><ul>{daftar_masalah(&[masalah], b)}</ul>
            }.into_any(),
            LaporanBerkas::PerbaruiAplikasi(_) => ().into_any(),
            LaporanBerkas::Ditolak(h) => {
                let m = match h { HasilBaca::Ditolak { masalah, .. } => masalah, _ => Vec::new() };
                view! { <div class="galat" data-testid="impor-ditolak"><p>{t().ditolak}</p><ul>{daftar_masalah(&m, b)}</ul></div> }.into_any()
            }
        };
        view! { <article class="kartu-berkas" data-testid="laporan-berkas"><h4>{tampak(&nama)}</h4>{isi_laporan}</article> }
    };

    view! {
        <h2>{move || t().impor_judul}</h2>
        <p>{move || t().impor_pengantar}</p>
        <div class="zona-jatuh" class:aktif=move || seret.get() data-testid="zona-impor"
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); seret.set(true); }
            on:dragleave=move |_| seret.set(false)
            on:drop=pada_jatuh>
            <label for="berkas-impor" class="tombol">{move || t().pilih_berkas}</label>
            <input id="berkas-impor" class="tersembunyi" type="file" multiple accept=".json,application/json" on:change=pada_pilih data-testid="berkas-impor"/>
            <p class="petunjuk">{move || t().jatuhkan}</p>
        </div>
        <Show when=move || !laporan.with(Vec::is_empty)>
            <h3>{move || t().laporan_judul}</h3>
            {move || laporan.get().into_iter().map(satu_berkas).collect_view()}
            <p>
                <Show when=ada_perubahan fallback=move || view! { <span data-testid="tanpa-perubahan">{move || t().tidak_ada_perubahan}</span> " " }>
                    <button type="button" class="utama" data-testid="terapkan-impor" on:click=terapkan>{move || t().terapkan}</button> " "
                </Show>
                <button type="button" class="sekunder" on:click=move |_| laporan.set(Vec::new())>{move || t().batal}</button>
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
