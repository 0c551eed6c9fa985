//! One file's report on the import screen: its counts and warnings always; its records (a line
//! each, fields changed in words, merges and conflicts side by side by field, every problem)
//! once opened. A batch of more than a few files starts with every card closed, so hundreds of
//! files cost a line each until someone looks.
//!
//! The cards are a chunk of their own (`impor_laporan`): opening the Data screen to export
//! needs none of it, and it is fetched while the picked files are read.

use crate::bundle::beda::beda;
use crate::bundle::gabung::{kunci_kolom, EntriRencana, Gabungan, Pilihan, SebabLokal, Tindakan};
use crate::bundle::masalah::Masalah;
use crate::bundle::validasi::HasilBaca;
use crate::domain::{Bahasa, Rulebook};
use crate::store::impor::{EntriRingkas, Kumpulan, Laporan, RingkasRencana};
use crate::ui::data::beda_teks::{baris_beda, label_kolom, nilai_teks};
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

/// Starts fetching the cards' code (the report follows the files being read); nothing to
/// wait for, and a failure shows where the cards would be, with its retry.
pub(super) fn siapkan() {
    #[cfg(not(feature = "eager"))]
    leptos::task::spawn_local(async {
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

/// "skp «Rekomendasi kebijakan» (1b2c3d4e…)": a record's line.
fn judul(e: &EntriRingkas) -> String {
    let id = e.id.clone().unwrap_or_default();
    if !e.ada_rekaman {
        return id;
    }
    let pendek: String = id.chars().take(8).collect();
    let jenis = e.jenis.as_deref().unwrap_or_default();
    match &e.nama {
        Some(n) => format!("{jenis} «{}» ({pendek}…)", tampak(n)),
        None => format!("{jenis} ({pendek}…)"),
    }
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

/// What a field-level merge takes from the file and what stays as it is here, by field name.
fn daftar_gabungan(g: &Gabungan, e: &EntriRencana, rb: &Rulebook, b: Bahasa) -> AnyView {
    let (Some(lokal), Some(masuk)) = (&e.lokal, &e.masuk) else {
        return ().into_any();
    };
    let t = teks_data(b);
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
    .into_any()
}

/// A radio pair choosing one side of a conflict (the record id, or one field's key).
fn pilih_sisi(
    k: &Konteks,
    kunci: String,
    nama: String,
    lokal: AnyView,
    masuk: AnyView,
) -> impl IntoView {
    let t = teks_data(k.bahasa.get_untracked());
    let pilihan = k.pilihan;
    let (k1, k2) = (kunci.clone(), kunci);
    let pilih = move |id: String, p: Pilihan| {
        pilihan.update(|m| {
            m.insert(id, p);
        })
    };
    view! {
        <div class="berdampingan">
            <label><input type="radio" name=nama.clone() data-testid="pilih-lokal" on:change=move |_| pilih(k1.clone(), Pilihan::Lokal)/> " " {t.versi_lokal} {lokal}</label>
            <label><input type="radio" name=nama data-testid="pilih-masuk" on:change=move |_| pilih(k2.clone(), Pilihan::Masuk)/> " " {t.versi_masuk} {masuk}</label>
        </div>
    }
}

/// The details of an entry the screen shows more of: fields changed, a merge, a conflict.
fn rinci(k: &Konteks, e: &EntriRencana, rb: &Rulebook, b: Bahasa) -> AnyView {
    let t = teks_data(b);
    let berubah = matches!(
        e.tindakan,
        Tindakan::Perbarui | Tindakan::Konflik | Tindakan::Gabung
    );
    let beda_ini = match (&e.lokal, &e.masuk) {
        (Some(l), Some(m)) if berubah && !m.dihapus => beda(&l.data, &m.data),
        _ => Vec::new(),
    };
    let daftar_beda = (!beda_ini.is_empty() && e.tindakan == Tindakan::Perbarui).then(|| view! {
        <ul class="beda" data-testid="impor-beda">{beda_ini.iter().map(|x| view! { <li>{baris_beda(x, rb, b)}</li> }).collect_view()}</ul>
    });
    let id = e.id.clone().unwrap_or_default();
    let gabungan = match (&e.gabungan, &e.lokal, &e.masuk) {
        (Some(g), Some(l), Some(m)) => {
            let per_kolom = g
                .konflik
                .iter()
                .map(|kol| {
                    let kunci = kunci_kolom(&id, kol);
                    let nama = format!("konflik-{kunci}");
                    let lokal = view! { ": " {nilai_teks(l.data.get(kol), rb, b)} }.into_any();
                    let masuk = view! { ": " {nilai_teks(m.data.get(kol), rb, b)} }.into_any();
                    view! {
                        <fieldset data-testid="konflik" data-kolom=kol.clone()>
                            <legend data-testid="konflik-kolom">{isi(t.pilih_kolom, &[("kolom", &label_kolom(kol, b))])}</legend>
                            {pilih_sisi(k, kunci, nama, lokal, masuk)}
                        </fieldset>
                    }
                })
                .collect_view();
            Some(
                view! { <div data-testid="impor-gabung">{daftar_gabungan(g, e, rb, b)}{per_kolom}</div> },
            )
        }
        _ => None,
    };
    let konflik =
        (e.tindakan == Tindakan::Konflik && e.gabungan.is_none()).then(|| {
            let sisi =
                |lokal: bool| {
                    let v = beda_ini
                .iter()
                .map(|x| {
                    let v = if lokal { x.lama.as_ref() } else { x.baru.as_ref() };
                    view! { <li>{label_kolom(&x.kolom, b)} ": " {nilai_teks(v, rb, b)}</li> }
                })
                .collect_view();
                    view! { <ul class="beda">{v}</ul> }.into_any()
                };
            let nama = format!("konflik-{id}");
            view! {
                <fieldset data-testid="konflik">
                    <legend>{t.pilih_versi}</legend>
                    {pilih_sisi(k, id.clone(), nama, sisi(true), sisi(false))}
                </fieldset>
            }
        });
    view! {
        {daftar_beda}
        <ul>{daftar_masalah(&e.masalah, b)}</ul>
        {gabungan}
        {konflik}
    }
    .into_any()
}

/// A plan's lines, a page at a time.
fn entri(k: &Konteks, r: &RingkasRencana, b: Bahasa) -> impl IntoView {
    let t = teks_data(b);
    let rb = Rulebook::bawaan();
    let batas = k.batas_tampil.get();
    let n = r.entri.len();
    let baris = r
        .entri
        .iter()
        .take(batas)
        .map(|e| {
            let label = if e.hapus {
                t.dihapus.to_string()
            } else {
                e.tindakan.label(b)
            };
            let lebih = e.rinci.as_ref().map(|x| rinci(k, x, rb, b));
            view! {
                <li class=kelas(e.tindakan) class:hapus=e.hapus>
                    <strong>{label}</strong> " — " {judul(e)}
                    {lebih}
                </li>
            }
        })
        .collect_view();
    let batas_tampil = k.batas_tampil;
    // A file of a quarter million bad records lists them a page at a time.
    let lagi = (n > batas).then(|| {
        let teks = isi(
            t.tampilkan_lagi,
            &[
                ("n", &HALAMAN.min(n - batas).to_string()),
                ("sisa", &(n - batas).to_string()),
            ],
        );
        view! {
            <p><button type="button" class="sekunder" data-testid="impor-lagi" on:click=move |_| batas_tampil.update(|x| *x += HALAMAN)>{teks}</button></p>
        }
    });
    view! { <ul class="laporan">{baris}</ul> {lagi} }
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
