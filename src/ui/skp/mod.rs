//! The pegawai's SKP: create one for a period, write RHK and IKI (see [`rhk`]),
//! perilaku expectations and the Lampiran, save drafts, and submit (status diajukan + a
//! pegawai bundle downloaded for the pejabat penilai).

mod iki;
mod rhk;
pub mod teks;

use crate::bundle::format::{JenisBundle, Pengekspor};
use crate::domain::skp::{JenisSkp, Pendekatan, Skp};
use crate::domain::{Galat, Rulebook};
use crate::store::impor;
use crate::store::rekaman::JenisRecord;
use crate::store::rekaman::{self, GagalTulis};
use crate::ui::format::baris;
use crate::ui::i18n::isi;
use crate::ui::route::Route;
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::use_app_state;
use crate::ui::{berkas, platform};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use rhk::DaftarRhk;

/// The SKP records, newest period first; the person's own ones when `nip` is given.
/// Read through the store's one decoder ([`crate::store::kinerja::DataKinerja`]).
pub fn muat_skp(store: &dyn crate::store::KvStore, nip: Option<&str>) -> Vec<(Skp, u64)> {
    crate::store::kinerja::DataKinerja::muat_atau_kosong(store)
        .skp
        .into_iter()
        .filter(|s| nip.is_none_or(|n| s.isi.pegawai_nip == n))
        .map(|s| (s.isi, s.revisi))
        .collect()
}

#[component]
pub fn SkpSaya() -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::bawaan();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_skp(bahasa());
    let nip = move || state.settings.with(|s| s.nip.clone());
    let skp = RwSignal::new(None::<Skp>);
    let revisi = RwSignal::new(None::<u64>);
    let masalah = RwSignal::new(Vec::<Galat>::new());
    let status = RwSignal::new(None::<String>);
    let lebih_baru = RwSignal::new(false);
    let muat = move || {
        let n = state.settings.get_untracked().nip;
        let ada = muat_skp(state.store().as_ref(), Some(&n))
            .into_iter()
            .next();
        revisi.set(ada.as_ref().map(|(_, r)| *r));
        skp.set(ada.map(|(s, _)| s));
    };
    muat();
    Effect::new(move |sebelum: Option<()>| {
        state.revisi_data.track();
        if sebelum.is_some() && !state.dirty.get_untracked() {
            muat();
        }
    });

    let tahun = chrono::Local::now().year();
    let jenis = RwSignal::new(JenisSkp::JaJf);
    let pendekatan = RwSignal::new(Pendekatan::Kuantitatif);
    let mulai = RwSignal::new(
        NaiveDate::from_ymd_opt(tahun, 1, 1)
            .unwrap_or_default()
            .to_string(),
    );
    let selesai = RwSignal::new(
        NaiveDate::from_ymd_opt(tahun, 12, 31)
            .unwrap_or_default()
            .to_string(),
    );
    let tulis = move || -> bool {
        let Some(s) = skp.get_untracked() else {
            return false;
        };
        let waktu = chrono::Local::now().to_rfc3339();
        match rekaman::tulis_isi(
            state.store().as_ref(),
            JenisRecord::Skp,
            &s.id,
            &s,
            revisi.get_untracked(),
            &waktu,
        ) {
            Ok(r) => {
                revisi.set(Some(r.revisi));
                state.dirty.set(false);
                true
            }
            Err(GagalTulis::LebihBaru { .. }) => {
                lebih_baru.set(true);
                false
            }
            Err(GagalTulis::Penyimpanan(e)) => {
                state.lapor_gagal_simpan(e);
                false
            }
        }
    };
    let simpan_skp = move || {
        masalah.set(Vec::new());
        if tulis() {
            status.set(Some(t().tersimpan.into()));
        }
    };
    let buat = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Ok(a), Ok(b)) = (
            mulai.get_untracked().parse::<NaiveDate>(),
            selesai.get_untracked().parse::<NaiveDate>(),
        ) else {
            return;
        };
        let mut s = Skp::baru(
            &platform::uuid_acak(),
            &state.settings.get_untracked().nip,
            jenis.get_untracked(),
            pendekatan.get_untracked(),
            a,
            b,
        );
        s.perilaku = rb
            .berakhlak
            .iter()
            .map(|b| crate::domain::skp::EkspektasiPerilaku {
                nilai: b.kode.clone(),
                ekspektasi_khusus: String::new(),
            })
            .collect();
        revisi.set(None);
        skp.set(Some(s));
        simpan_skp();
    };

    let ajukan = move |_| {
        status.set(None);
        let Some(mut s) = skp.get_untracked() else {
            return;
        };
        match s.ajukan(rb, chrono::Local::now().date_naive()) {
            Err(m) => masalah.set(m),
            Ok(()) => {
                masalah.set(Vec::new());
                skp.set(Some(s));
                if !tulis() {
                    return;
                }
                let st = state.settings.get_untracked();
                let pengekspor = Pengekspor {
                    nip: st.nip.clone(),
                    nama: st.nama.clone(),
                    peran: "pegawai".into(),
                    lain: Default::default(),
                };
                if let Ok(b) = impor::ekspor(
                    state.store().as_ref(),
                    JenisBundle::Pegawai,
                    pengekspor,
                    chrono::Local::now().fixed_offset(),
                ) {
                    let nama = b.nama_berkas();
                    let _ = berkas::unduh(&nama, &b.to_json_pretty());
                    status.set(Some(isi(t().diajukan, &[("nama", &nama)])));
                }
            }
        }
    };
    let ubah = move |f: Box<dyn Fn(&mut Skp)>| {
        skp.update(|s| {
            if let Some(s) = s {
                f(s)
            }
        });
        state.dirty.set(true);
    };
    let boleh = move || skp.with(|s| s.as_ref().is_some_and(Skp::boleh_diubah));

    view! {
        <section class="halaman" aria-labelledby="judul-skp">
            <h1 id="judul-skp">{move || t().judul}</h1>
            <p>{move || t().pengantar}</p>
            <Show when=move || !nip().is_empty() fallback=move || view! {
                <p class="peringatan-teks" data-testid="skp-perlu-profil">{move || t().perlu_profil} " " <a href=Route::Profil.href()>{move || state.t().nav_profil}</a></p>
            }>
                <Show when=move || skp.with(Option::is_some) fallback=move || view! {
                    <form class="formulir" on:submit=buat data-testid="buat-skp">
                        <h2>{move || t().buat_judul}</h2>
                        <div class="medan">
                            <label for="skp-jenis">{move || t().jenis}</label>
                            <select id="skp-jenis" on:change=move |ev| jenis.set(if event_target_value(&ev) == "jpt" { JenisSkp::Jpt } else { JenisSkp::JaJf })>
                                <option value="ja_jf">{move || t().jenis_nama[0]}</option>
                                <option value="jpt">{move || t().jenis_nama[1]}</option>
                            </select>
                        </div>
                        <div class="medan">
                            <label for="skp-pendekatan">{move || t().pendekatan}</label>
                            <select id="skp-pendekatan" on:change=move |ev| pendekatan.set(if event_target_value(&ev) == "kualitatif" { Pendekatan::Kualitatif } else { Pendekatan::Kuantitatif })>
                                <option value="kuantitatif">{move || t().pendekatan_nama[0]}</option>
                                <option value="kualitatif">{move || t().pendekatan_nama[1]}</option>
                            </select>
                        </div>
                        <div class="dua-kolom">
                            <div class="medan"><label for="skp-mulai">{move || t().mulai}</label>
                                <input id="skp-mulai" type="date" prop:value=move || mulai.get() on:input=move |ev| mulai.set(event_target_value(&ev))/></div>
                            <div class="medan"><label for="skp-selesai">{move || t().selesai}</label>
                                <input id="skp-selesai" type="date" prop:value=move || selesai.get() on:input=move |ev| selesai.set(event_target_value(&ev))/></div>
                        </div>
                        <button type="submit" class="utama" data-testid="buat-skp-kirim">{move || t().buat}</button>
                    </form>
                }>
                    <KepalaSkp skp=skp/>
                    <Show when=move || lebih_baru.get()>
                        <div class="banner peringatan" role="alert" data-testid="skp-lebih-baru">
                            <p>{move || t().lebih_baru}</p>
                            <button type="button" on:click=move |_| { lebih_baru.set(false); state.dirty.set(false); muat(); }>{move || t().muat_ulang}</button>
                        </div>
                    </Show>
                    // RHK handed down by the atasan's matriks peran–hasil (§1.3.6).
                    <crate::ui::matriks::AmbilDariMatriks skp=skp/>
                    <Show when=move || !boleh()>
                        <p class="status" data-testid="skp-terkunci">{move || t().terkunci}</p>
                    </Show>
                    <fieldset class="polos" prop:disabled=move || !boleh()>
                        <DaftarRhk skp=skp/>
                        <h2>{move || t().perilaku}</h2>
                        {rb.berakhlak.iter().map(|b| {
                            let kode = b.kode.clone();
                            let (k1, k2) = (kode.clone(), kode.clone());
                            let id = format!("ekspektasi-{kode}");
                            view! {
                                <div class="medan perilaku">
                                    <h3>{move || rb.teks(&format!("berakhlak.{k1}"), bahasa()).to_string()}</h3>
                                    <ul class="daftar-poin">{b.panduan.iter().map(|p| { let p = p.clone(); view! { <li>{move || rb.teks(&p, bahasa()).to_string()}</li> } }).collect_view()}</ul>
                                    <label for=id.clone()>{move || t().ekspektasi_khusus}</label>
                                    <textarea id=id rows="2" prop:value=move || skp.with(|s| s.as_ref().and_then(|s| s.perilaku.iter().find(|p| p.nilai == k2)).map(|p| p.ekspektasi_khusus.clone()).unwrap_or_default())
                                        on:input=move |ev| { let v = event_target_value(&ev); let k = kode.clone(); ubah(Box::new(move |s: &mut Skp| {
                                            match s.perilaku.iter_mut().find(|p| p.nilai == k) {
                                                Some(p) => p.ekspektasi_khusus = v.clone(),
                                                None => s.perilaku.push(crate::domain::skp::EkspektasiPerilaku { nilai: k.clone(), ekspektasi_khusus: v.clone() }),
                                            }
                                        })) }></textarea>
                                </div>
                            }
                        }).collect_view()}
                        <h2>{move || t().lampiran}</h2>
                        {(0..3usize).map(|i| {
                            let id = format!("lampiran-{i}");
                            let ambil = move |s: &Skp| match i { 0 => s.lampiran.dukungan_sumber_daya.join("\n"), 1 => s.lampiran.skema_pertanggungjawaban.join("\n"), _ => s.lampiran.konsekuensi.join("\n") };
                            view! {
                                <div class="medan">
                                    <label for=id.clone()>{move || t().lampiran_nama[i]}</label>
                                    <textarea id=id rows="3" aria-describedby="lampiran-petunjuk" prop:value=move || skp.with(|s| s.as_ref().map(ambil).unwrap_or_default())
                                        on:change=move |ev| { let v = baris(&event_target_value(&ev)); ubah(Box::new(move |s: &mut Skp| match i {
                                            0 => s.lampiran.dukungan_sumber_daya = v.clone(), 1 => s.lampiran.skema_pertanggungjawaban = v.clone(), _ => s.lampiran.konsekuensi = v.clone() })) }></textarea>
                                </div>
                            }
                        }).collect_view()}
                        <p id="lampiran-petunjuk" class="petunjuk">{move || t().satu_per_baris}</p>
                    </fieldset>
                    <Show when=move || !masalah.with(Vec::is_empty)>
                        <div class="galat" role="alert" data-testid="skp-masalah">
                            <p>{move || t().perbaiki}</p>
                            <ul>{move || masalah.get().into_iter().map(|g| view! { <li>{g.pesan(rb, bahasa())}</li> }).collect_view()}</ul>
                        </div>
                    </Show>
                    <Show when=boleh>
                        <p class="tombol-baris">
                            <button type="button" class="sekunder" data-testid="simpan-skp" on:click=move |_| simpan_skp()>{move || t().simpan}</button>
                            " "
                            <button type="button" class="utama" data-testid="ajukan-skp" on:click=ajukan>{move || t().ajukan}</button>
                        </p>
                    </Show>
                    <p role="status" class="status-ok" data-testid="status-skp">{move || status.get()}</p>
                </Show>
            </Show>
        </section>
    }
}

/// Status, period, type and (when returned) the evaluator's note.
#[component]
fn KepalaSkp(skp: RwSignal<Option<Skp>>) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::bawaan();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_skp(bahasa());
    let info = move || {
        skp.get().map(|s| {
            let alasan = match &s.status {
                crate::domain::skp::StatusSkp::Dikembalikan { alasan, .. } => Some(alasan.clone()),
                _ => None,
            };
            let jenis = if s.jenis == JenisSkp::Jpt { t().jenis_nama[1] } else { t().jenis_nama[0] };
            let pendekatan = if s.pendekatan == Pendekatan::Kualitatif { t().pendekatan_nama[1] } else { t().pendekatan_nama[0] };
            view! {
                <dl class="data">
                    <dt>{t().status}</dt><dd data-testid="skp-status">{rb.teks(&s.status.label_key(), bahasa()).to_string()}</dd>
                    <dt>{t().mulai} " – " {t().selesai}</dt><dd>{format!("{} – {}", s.periode_mulai.format("%d-%m-%Y"), s.periode_selesai.format("%d-%m-%Y"))}</dd>
                    <dt>{t().jenis}</dt><dd>{jenis}</dd>
                    <dt>{t().pendekatan}</dt><dd>{pendekatan}</dd>
                </dl>
                <p><a href=Route::CetakSkp(s.id.clone()).href() data-testid="cetak-skp">{crate::ui::cetak::teks::teks_cetak(bahasa()).tautan_skp}</a></p>
                {alasan.map(|a| view! { <p class="banner peringatan" data-testid="skp-alasan"><strong>{t().alasan_dikembalikan} ": "</strong>{a}</p> })}
            }
        })
    };
    view! { {info} }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &crate::ui::route::Route) -> AnyView {
    view! { <SkpSaya/> }.into_any()
}
