//! One IKI's card on the progress screen: what is stored derives from the data memo; the entry
//! form holds the unsaved realisasi.

use crate::domain::progres::{capaian_sampai, deret_realisasi, BuktiDukung, Realisasi};
use crate::domain::skp::{Iki, Skp, Target};
use crate::domain::{explain::format_angka, Galat, Rulebook};
use crate::store::rekaman::JenisRecord;
use crate::ui::format::target_teks;
use crate::ui::i18n::isi;
use crate::ui::platform;
use crate::ui::progres::teks::teks_progres;
use crate::ui::state::{use_app_state, HasilSimpan};
use chrono::NaiveDate;
use leptos::prelude::*;

/// One IKI: capaian, chart and history from the stored realisasi, and the form for a new one.
/// The form's fields are the unsaved entry (never filled from storage); a save clears them.
#[component]
pub(super) fn KartuIki(
    skp: Memo<Option<Skp>>,
    rhk: String,
    iki: String,
    entri: Memo<Vec<Realisasi>>,
) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::bawaan();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_progres(bahasa());
    let id = iki;
    let iki_id = id.clone();
    // The IKI as stored (`None` for a moment while it is being removed).
    let iki = Memo::new(move |_| {
        skp.with(|s| {
            s.as_ref()
                .and_then(|s| s.rhk(&rhk))
                .and_then(|r| r.iki.iter().find(|i| i.id == iki_id))
                .cloned()
        })
    });
    let iki_id = id.clone();
    let milik = Memo::new(move |_| {
        entri.with(|e| {
            e.iter()
                .filter(|r| r.iki_id == iki_id)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let hari_ini = chrono::Local::now().date_naive();
    let capaian = move || {
        iki.with(|i| milik.with(|e| i.as_ref().and_then(|i| capaian_sampai(rb, i, e, hari_ini))))
    };
    let naratif = Memo::new(move |_| {
        iki.with(|i| {
            i.as_ref()
                .is_some_and(|i| matches!(i.target, Target::Naratif { .. }))
        })
    });
    let tulis = move |f: fn(&Iki, crate::domain::Bahasa) -> String| {
        move || iki.with(|i| i.as_ref().map(|i| f(i, bahasa())).unwrap_or_default())
    };
    let (tanggal, nilai, catatan, tautan, berkas) = (
        RwSignal::new(hari_ini.to_string()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let masalah = RwSignal::new(Vec::<Galat>::new());
    let status = RwSignal::new(None::<&'static str>);
    let iki_id = id.clone();
    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(skp_id) = skp.with_untracked(|s| s.as_ref().map(|s| s.id.clone())) else {
            return;
        };
        let mut bukti = Vec::new();
        if !tautan.get_untracked().trim().is_empty() {
            bukti.push(BuktiDukung::Tautan(tautan.get_untracked().trim().into()));
        }
        if !berkas.get_untracked().trim().is_empty() {
            bukti.push(BuktiDukung::Berkas(berkas.get_untracked().trim().into()));
        }
        let v = nilai.get_untracked();
        // Empty is an entry without a number (a note); text that is not a number is refused.
        let angka = match (!v.trim().is_empty())
            .then(|| crate::ui::format::angka(&v))
            .transpose()
        {
            Ok(x) => x,
            Err(g) => return masalah.set(vec![g]),
        };
        let r = Realisasi {
            id: platform::uuid_acak(),
            skp_id,
            iki_id: iki_id.clone(),
            tanggal: tanggal
                .get_untracked()
                .parse::<NaiveDate>()
                .unwrap_or(hari_ini),
            nilai: angka,
            catatan: catatan.get_untracked().trim().into(),
            bukti,
        };
        let m = r.periksa();
        masalah.set(m.clone());
        if !m.is_empty() {
            return;
        }
        // The one writer: revision-checked, reports storage failures, and every screen
        // (the home agenda's "realisasi this month" too) re-reads.
        if let HasilSimpan::Tersimpan(_) =
            state.simpan_rekaman(JenisRecord::Realisasi, &r.id, &r, None)
        {
            // The entry is stored: the form starts over (the list shows it from the memo).
            for s in [nilai, catatan, tautan, berkas] {
                s.set(String::new());
            }
            tanggal.set(hari_ini.to_string());
            status.set(Some(t().tersimpan));
        }
    };
    let kotor = move || state.dirty.set(true);
    let f = |n: &str| format!("{n}-{id}");
    let id_nilai = f("nilai");
    view! {
        <article class="kartu-berkas" data-testid="kartu-iki">
            <h3>{tulis(|i, b| Rulebook::bawaan().teks(i.aspek.label_key(), b).to_string())} ": " {tulis(|i, _| i.indikator.clone())}</h3>
            <p>{tulis(|i, b| target_teks(&i.target, b))}</p>
            <p data-testid="capaian-iki"><strong>{move || match capaian() {
                Some(Ok(c)) => isi(t().capaian, &[("capaian", &format!("{} %", format_angka(c.nilai.ke_f64(), bahasa())))]),
                Some(Err(g)) => g.pesan(rb, bahasa()),
                None => t().belum_ada.to_string(),
            }}</strong></p>
            <p class="petunjuk" data-testid="capaian-dasar">{move || iki.with(|i| i.as_ref().filter(|i| !matches!(i.target, Target::Naratif { .. })).map(|i| isi(t().capaian_dasar, &[("akumulasi", rb.teks(&i.akumulasi.label_key(), bahasa()))])))}</p>
            {move || capaian().and_then(Result::ok).map(|c| view! {
                <details><summary>{t().penjelasan}</summary><ul>{c.penjelasan.uraikan(rb, bahasa()).into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul></details>
            })}
            {move || {
                if naratif.get() {
                    return None;
                }
                iki.with(|i| {
                    skp.with(|s| {
                        milik.with(|e| match (i, s) {
                            (Some(i), Some(s)) => Some(grafik(i, e, s, t().grafik)),
                            _ => None,
                        })
                    })
                })
            }}
            <form class="formulir" on:submit=simpan>
                <h4>{move || t().tambah}</h4>
                <div class="dua-kolom">
                    <div class="medan"><label for=f("tgl")>{move || t().tanggal}</label>
                        <input id=f("tgl") type="date" prop:value=move || tanggal.get() on:input=move |ev| tanggal.set(event_target_value(&ev))/></div>
                    {move || (!naratif.get()).then(|| view! { <div class="medan"><label for=id_nilai.clone()>{move || t().nilai}</label>
                        <input id=id_nilai.clone() type="text" inputmode="decimal" prop:value=move || nilai.get() on:input=move |ev| { nilai.set(event_target_value(&ev)); kotor() }/></div> })}
                    <div class="medan"><label for=f("catatan")>{move || t().catatan}</label>
                        <input id=f("catatan") type="text" maxlength="300" prop:value=move || catatan.get() on:input=move |ev| { catatan.set(event_target_value(&ev)); kotor() }/></div>
                    <div class="medan"><label for=f("tautan")>{move || t().tautan}</label>
                        <input id=f("tautan") type="url" prop:value=move || tautan.get() on:input=move |ev| tautan.set(event_target_value(&ev))/></div>
                    <div class="medan"><label for=f("berkas")>{move || t().berkas}</label>
                        <input id=f("berkas") type="text" prop:value=move || berkas.get() on:input=move |ev| berkas.set(event_target_value(&ev))/></div>
                </div>
                <Show when=move || !masalah.with(Vec::is_empty)>
                    <div class="galat" role="alert"><p>{move || t().perbaiki}</p><ul>{move || masalah.get().into_iter().map(|g| view! { <li>{g.pesan(rb, bahasa())}</li> }).collect_view()}</ul></div>
                </Show>
                <button type="submit" class="utama" data-testid="simpan-realisasi">{move || t().simpan}</button>
                <span role="status" class="status-ok">{move || status.get()}</span>
            </form>
            <Show when=move || !milik.with(Vec::is_empty)>
                <h4>{move || t().riwayat}</h4>
                <div class="tabel-gulir"><table data-testid="riwayat-realisasi">
                    <thead><tr>{move || t().kolom.iter().map(|k| view! { <th scope="col">{*k}</th> }).collect_view()}</tr></thead>
                    <tbody>{move || { let mut e = milik.get(); e.sort_by_key(|r| r.tanggal); e.into_iter().map(|r| view! {
                        <tr><td>{r.tanggal.format("%d-%m-%Y").to_string()}</td>
                            <td>{r.nilai.map(|v| format_angka(v, bahasa())).unwrap_or_default()}</td>
                            <td>{r.catatan.clone()}</td>
                            <td>{r.bukti.iter().map(|b| match b {
                                BuktiDukung::Tautan(u) => match b.tautan_web() {
                                    Some(w) => view! { <a href=w.to_string() rel="noopener noreferrer" target="_blank">{u.clone()}</a> " " }.into_any(),
                                    None => view! { <span data-testid="tautan-teks">{u.clone()}</span> " " }.into_any(),
                                },
                                BuktiDukung::Berkas(n) => view! { <span>{n.clone()}</span> " " }.into_any(),
                            }).collect_view()}</td></tr>
                    }).collect_view() }}</tbody>
                </table></div>
            </Show>
        </article>
    }
}

/// Cumulative realisasi over the SKP period as a line, the target as a dashed line.
fn grafik(iki: &Iki, entri: &[Realisasi], skp: &Skp, judul: &'static str) -> impl IntoView {
    let (w, h, pad) = (320.0, 120.0, 8.0);
    let deret = deret_realisasi(iki, entri);
    let target = match iki.target {
        Target::Angka { nilai, .. } | Target::MakinKecil { nilai, .. } => nilai,
        Target::Rentang { atas, .. } => atas,
        Target::Naratif { .. } => 0.0,
    };
    let maks = deret
        .iter()
        .map(|(_, v)| *v)
        .fold(target, f64::max)
        .max(1.0)
        * 1.1;
    let hari = (skp.periode_selesai - skp.periode_mulai).num_days().max(1) as f64;
    let x = |d: NaiveDate| {
        pad + ((d - skp.periode_mulai).num_days() as f64 / hari).clamp(0.0, 1.0) * (w - 2.0 * pad)
    };
    let y = |v: f64| h - pad - v / maks * (h - 2.0 * pad);
    let titik: String = deret
        .iter()
        .map(|(d, v)| format!("{:.1},{:.1}", x(*d), y(*v)))
        .collect::<Vec<_>>()
        .join(" ");
    let yt = y(target);
    view! {
        <svg class="grafik" viewBox=format!("0 0 {w} {h}") role="img" aria-label=judul data-testid="grafik-iki">
            <title>{judul}</title>
            <line x1=pad y1=yt x2=w - pad y2=yt class="garis-target"/>
            <polyline points=titik class="garis-realisasi"/>
            {deret.iter().map(|(d, v)| view! { <circle cx=x(*d) cy=y(*v) r="3" class="titik"/> }).collect_view()}
        </svg>
    }
}
