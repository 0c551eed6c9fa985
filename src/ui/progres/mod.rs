//! The pegawai's progress: realisasi per IKI with bukti dukung, capaian so far computed live
//! (with its explanation), and a small SVG chart of cumulative realisasi against the target.

pub mod teks;

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

pub(super) fn muat_realisasi(store: &dyn crate::store::KvStore, skp_id: &str) -> Vec<Realisasi> {
    crate::store::kinerja::DataKinerja::muat_atau_kosong(store).realisasi_skp(skp_id)
}

#[component]
pub fn Progres() -> impl IntoView {
    let state = use_app_state();
    let t = move || teks_progres(state.settings.with(|s| s.bahasa));
    let skp = RwSignal::new(None::<Skp>);
    let entri = RwSignal::new(Vec::<Realisasi>::new());
    let data = state.data_kinerja();
    let muat = move || {
        let nip = state.settings.get_untracked().nip;
        let s = data.with(|d| d.skp_milik(&nip).next().map(|s| s.isi.clone()));
        entri.set(
            s.as_ref()
                .map(|s| muat_realisasi(state.store().as_ref(), &s.id))
                .unwrap_or_default(),
        );
        skp.set(s);
    };
    muat();
    Effect::new(move |_| {
        state.revisi_data.track();
        muat();
    });
    view! {
        <section class="halaman" aria-labelledby="judul-progres">
            <h1 id="judul-progres">{move || t().judul}</h1>
            <p>{move || t().pengantar}</p>
            {move || match skp.get() {
                None => view! { <p data-testid="progres-tanpa-skp">{t().tanpa_skp}</p> }.into_any(),
                Some(s) => s.rhk.iter().map(|r| view! {
                    <h2>{r.uraian.clone()}</h2>
                    {r.iki.iter().map(|i| view! { <KartuIki skp=s.clone() iki=i.clone() entri=entri muat=Callback::new(move |_| muat())/> }).collect_view()}
                }).collect_view().into_any(),
            }}
        </section>
    }
}

#[component]
fn KartuIki(
    skp: Skp,
    iki: Iki,
    entri: RwSignal<Vec<Realisasi>>,
    muat: Callback<()>,
) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::bawaan();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_progres(bahasa());
    let iki = StoredValue::new(iki);
    let milik = move || {
        entri.with(|e| {
            e.iter()
                .filter(|r| iki.with_value(|i| r.iki_id == i.id))
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let hari_ini = chrono::Local::now().date_naive();
    let capaian = move || {
        let e = milik();
        iki.with_value(|i| capaian_sampai(rb, i, &e, hari_ini))
    };
    let naratif = iki.with_value(|i| matches!(i.target, Target::Naratif { .. }));
    let id = iki.with_value(|i| i.id.clone());
    let (tanggal, nilai, catatan, tautan, berkas) = (
        RwSignal::new(hari_ini.to_string()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let masalah = RwSignal::new(Vec::<Galat>::new());
    let status = RwSignal::new(None::<&'static str>);
    let skp_id = skp.id.clone();
    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut bukti = Vec::new();
        if !tautan.get_untracked().trim().is_empty() {
            bukti.push(BuktiDukung::Tautan(tautan.get_untracked().trim().into()));
        }
        if !berkas.get_untracked().trim().is_empty() {
            bukti.push(BuktiDukung::Berkas(berkas.get_untracked().trim().into()));
        }
        let v = nilai.get_untracked();
        let r = Realisasi {
            id: platform::uuid_acak(),
            skp_id: skp_id.clone(),
            iki_id: iki.with_value(|i| i.id.clone()),
            tanggal: tanggal
                .get_untracked()
                .parse::<NaiveDate>()
                .unwrap_or(hari_ini),
            nilai: (!v.trim().is_empty()).then(|| crate::ui::format::angka(&v)),
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
            for s in [nilai, catatan, tautan, berkas] {
                s.set(String::new());
            }
            status.set(Some(t().tersimpan));
            muat.run(());
        }
    };
    let kotor = move || state.dirty.set(true);
    let f = |n: &str| format!("{n}-{id}");
    view! {
        <article class="kartu-berkas" data-testid="kartu-iki">
            <h3>{move || rb.teks(iki.with_value(|i| i.aspek.label_key()), bahasa()).to_string()} ": " {iki.with_value(|i| i.indikator.clone())}</h3>
            <p>{iki.with_value(|i| target_teks(&i.target, bahasa()))}</p>
            <p data-testid="capaian-iki"><strong>{move || match capaian() {
                Some(Ok(c)) => isi(t().capaian, &[("capaian", &format!("{} %", format_angka(c.nilai, bahasa())))]),
                Some(Err(g)) => g.pesan(rb, bahasa()),
                None => t().belum_ada.to_string(),
            }}</strong></p>
            {move || capaian().and_then(Result::ok).map(|c| view! {
                <details><summary>{t().penjelasan}</summary><ul>{c.penjelasan.uraikan(rb, bahasa()).into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul></details>
            })}
            {move || (!naratif).then(|| iki.with_value(|i| grafik(i, &milik(), &skp, t().grafik)))}
            <form class="formulir" on:submit=simpan>
                <h4>{move || t().tambah}</h4>
                <div class="dua-kolom">
                    <div class="medan"><label for=f("tgl")>{move || t().tanggal}</label>
                        <input id=f("tgl") type="date" prop:value=move || tanggal.get() on:input=move |ev| tanggal.set(event_target_value(&ev))/></div>
                    {(!naratif).then(|| view! { <div class="medan"><label for=f("nilai")>{move || t().nilai}</label>
                        <input id=f("nilai") type="text" inputmode="decimal" prop:value=move || nilai.get() on:input=move |ev| { nilai.set(event_target_value(&ev)); kotor() }/></div> })}
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
            <Show when=move || !milik().is_empty()>
                <h4>{move || t().riwayat}</h4>
                <div class="tabel-gulir"><table data-testid="riwayat-realisasi">
                    <thead><tr>{move || t().kolom.iter().map(|k| view! { <th scope="col">{*k}</th> }).collect_view()}</tr></thead>
                    <tbody>{move || { let mut e = milik(); e.sort_by_key(|r| r.tanggal); e.into_iter().map(|r| view! {
                        <tr><td>{r.tanggal.format("%d-%m-%Y").to_string()}</td>
                            <td>{r.nilai.map(|v| format_angka(v, bahasa())).unwrap_or_default()}</td>
                            <td>{r.catatan.clone()}</td>
                            <td>{r.bukti.iter().map(|b| match b {
                                BuktiDukung::Tautan(u) => view! { <a href=u.clone() rel="noopener noreferrer" target="_blank">{u.clone()}</a> " " }.into_any(),
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

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &crate::ui::route::Route) -> AnyView {
    view! { <Progres/> }.into_any()
}
