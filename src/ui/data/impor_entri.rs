//! A file's records in its opened card: a line each (what happens to it, which record), with
//! the fields changed in words, what a field-level merge takes, and a conflict's choice per
//! record or per field; every problem named; a page of lines at a time.

use super::impor_berkas::{Konteks, HALAMAN};
use crate::bundle::beda::beda;
use crate::bundle::gabung::{kunci_kolom, EntriRencana, Gabungan, Pilihan, SebabLokal, Tindakan};
use crate::bundle::masalah::Masalah;
use crate::domain::{Bahasa, Rulebook};
use crate::store::impor::{EntriRingkas, RingkasRencana};
use crate::ui::data::beda_teks::{baris_beda, label_kolom, nilai_teks};
use crate::ui::data::teks::{nama_jenis, teks_data, TeksData};
use crate::ui::format::tampak;
use crate::ui::i18n::isi;
use leptos::prelude::*;

fn kelas(t: Tindakan) -> &'static str {
    match t {
        Tindakan::Tambah => "tambah",
        Tindakan::Perbarui | Tindakan::Gabung => "perbarui",
        Tindakan::Konflik => "konflik",
        Tindakan::Ditolak => "galat-impor",
        _ => "",
    }
}

pub(super) fn daftar_masalah(m: &[Masalah], b: Bahasa) -> impl IntoView {
    m.iter()
        .map(|x| view! { <li>{x.pesan(b)}</li> })
        .collect_view()
}

/// "SKP «Rekomendasi kebijakan» (1b2c3d4e…)": a record's line, its type named in words.
fn judul(e: &EntriRingkas, t: &TeksData) -> String {
    let id = e.id.clone().unwrap_or_default();
    if !e.ada_rekaman {
        return id;
    }
    let pendek: String = id.chars().take(8).collect();
    let jenis = e.jenis.as_deref().map_or("", |k| nama_jenis(t, k));
    match &e.nama {
        Some(n) => format!("{jenis} «{}» ({pendek}…)", tampak(n)),
        None => format!("{jenis} ({pendek}…)"),
    }
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
pub(super) fn entri(k: &Konteks, r: &RingkasRencana, b: Bahasa) -> impl IntoView {
    let t = teks_data(b);
    let rb = Rulebook::aktif();
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
                    <strong>{label}</strong> " — " {judul(e, t)}
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
