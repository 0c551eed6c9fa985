//! The jabatan fungsional's angka kredit (`domain::angka_kredit_tahunan`): the running total
//! against the next pangkat and jenjang, each year's figure with the evaluations it comes
//! from, and the starting angka kredit, kept in the pegawai's own profile.

pub mod teks;

use crate::domain::angka_kredit_tahunan::{
    rekap_angka_kredit, NilaiPeriode, RekapAk, SumberTahun, TahunAk,
};
use crate::domain::desimal::Pecahan;
use crate::domain::evaluasi::JenisPeriode;
use crate::domain::{Bahasa, Explained, Galat, Rulebook};
use crate::store::kinerja::DataKinerja;
use crate::store::rekaman::JenisRecord;
use crate::ui::format::{angka, angka_isian};
use crate::ui::i18n::isi;
use crate::ui::i18n::periode::nama_periode;
use crate::ui::route::Route;
use crate::ui::state::{use_app_state, HasilSimpan};
use chrono::NaiveDate;
use leptos::prelude::*;
use teks::{teks_angka_kredit, TeksAngkaKredit};

/// An exact value as printed: the rulebook's decimals, the language's separator.
fn cetak(x: Pecahan, rb: &Rulebook, b: Bahasa) -> String {
    let s = format!(
        "{:.*}",
        rb.angka_kredit.desimal as usize,
        x.bulatkan(rb.angka_kredit.desimal)
            .map_or(f64::NAN, |x| x.ke_f64())
    );
    match b {
        Bahasa::Id => s.replace('.', ","),
        Bahasa::En => s,
    }
}

/// The pegawai's evaluations as the rule reads them: each stands for the months of its period
/// its SKP covers (an annual one, the SKP's months in that year; a quarter begun after the SKP
/// started, its months from then), from the day the running total starts.
fn nilai_periode(
    d: &DataKinerja,
    nip: &str,
    rb: &Rulebook,
    sejak: Option<NaiveDate>,
) -> Vec<NilaiPeriode> {
    d.skp_milik(nip)
        .flat_map(|s| {
            let rentang = (s.isi.periode_mulai, s.isi.periode_selesai);
            let skp = &s.isi.id;
            d.evaluasi_skp(skp).into_iter().map(move |e| {
                let predikat = e.isi.predikat(rb).nilai;
                NilaiPeriode::baru(skp, e.isi.periode, predikat, rentang, sejak)
            })
        })
        .collect()
}

type Hasil = Option<Result<Explained<RekapAk>, Galat>>;

#[component]
pub fn AngkaKredit() -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_angka_kredit(bahasa());
    let data = state.data_kinerja();
    let nip = Memo::new(move |_| state.settings.with(|s| s.nip.trim().to_string()));
    let profil = Memo::new(move |_| nip.with(|n| data.with(|d| d.profil(n).cloned())));
    // None: no profile; Some(Err): not a jabatan fungsional (or another refusal, named).
    let hasil = Memo::new(move |_| -> Hasil {
        let p = profil.get()?;
        let sejak = p.angka_kredit_sejak;
        let nilai = nip.with(|n| data.with(|d| nilai_periode(d, n, rb, sejak)));
        let awal = p.angka_kredit_awal.unwrap_or(Pecahan::NOL);
        Some(rekap_angka_kredit(rb, &p.jenjang, &nilai, awal, sejak))
    });
    // The message when there is nothing to count; the form stays mounted while the figures
    // redraw (its save changes them), so its status line survives.
    let pesan = move || match hasil.get() {
        None => Some(
            view! { <p class="status"><a href=Route::Profil.href()>{t().tanpa_profil}</a></p> }
                .into_any(),
        ),
        Some(Err(g)) if g.kode == "jenjang_tanpa_koefisien" => {
            let j = profil.with(|p| p.as_ref().map(|p| p.jenjang.clone()).unwrap_or_default());
            let nama = rb.teks(&format!("jenjang.{j}"), bahasa()).to_string();
            Some(view! { <p class="status" data-testid="ak-bukan-jf">{isi(t().bukan_jf, &[("jenjang", &nama)])}</p> }.into_any())
        }
        Some(Err(g)) => {
            Some(view! { <p class="galat" role="alert">{g.pesan(rb, bahasa())}</p> }.into_any())
        }
        Some(Ok(_)) => None,
    };
    let ringkasan = move || {
        hasil
            .get()
            .and_then(Result::ok)
            .map(|e| view! { <Ringkasan e=e bahasa=bahasa()/> })
    };
    let tahun = move || {
        hasil
            .get()
            .and_then(Result::ok)
            .map(|e| per_tahun(&e.nilai, bahasa()))
    };
    view! {
        <section class="halaman" aria-labelledby="judul-ak">
            <crate::ui::bagian::pengembangan::NavPengembangan aktif=Route::AngkaKredit/>
            <h1 id="judul-ak">{move || t().judul}</h1>
            <p>{move || isi(t().pengantar, &[("desimal", &rb.angka_kredit.desimal.to_string())])}</p>
            {pesan}
            <Show when=move || hasil.with(|h| matches!(h, Some(Ok(_))))>
                {ringkasan}
                <FormAwal/>
                {tahun}
            </Show>
        </section>
    }
}

/// The running total against the next pangkat and jenjang, and how it is counted.
#[component]
fn Ringkasan(e: Explained<RekapAk>, bahasa: Bahasa) -> impl IntoView {
    let rb = Rulebook::aktif();
    let t = teks_angka_kredit(bahasa);
    let r = &e.nilai;
    let c = |x: Pecahan| cetak(x, rb, bahasa);
    let target =
        |label: &'static str, butuh: Option<Pecahan>, kurang: Option<Pecahan>, id: &'static str| {
            let (butuh, kurang) = (butuh?, kurang?);
            let kata = if kurang > Pecahan::NOL {
                isi(t.kurang, &[("butuh", &c(butuh)), ("kurang", &c(kurang))])
            } else {
                isi(t.terpenuhi, &[("butuh", &c(butuh))])
            };
            Some(view! { <li data-testid=id>{label} ": " {kata}</li> })
        };
    view! {
        <div class="kartu-jp" role="status" data-testid="ak-ringkasan">
            <p>{t.kumulatif} ": " <strong data-testid="ak-kumulatif">{c(r.kumulatif)}</strong></p>
            <ul>
                {target(t.kebutuhan_pangkat, r.kebutuhan_pangkat, r.kurang_pangkat, "ak-pangkat")}
                {target(t.kebutuhan_jenjang, r.kebutuhan_jenjang, r.kurang_jenjang, "ak-jenjang")}
            </ul>
            {catatan_awal(r, t).map(|c| view! { <p data-testid="ak-sejak-catatan">{c}</p> })}
            <details><summary>{t.penjelasan}</summary>
                <ul>{e.penjelasan.uraikan(rb, bahasa).into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul></details>
        </div>
    }
}

/// What the starting point leaves out, or, for a starting figure with evaluations added to it
/// and no day, that earlier evaluations may be counted twice.
fn catatan_awal(r: &RekapAk, t: &TeksAngkaKredit) -> Option<String> {
    match r.sejak {
        Some(d) => Some(isi(
            t.sebelum_awal,
            &[
                ("tanggal", &crate::ui::format::tanggal(d)),
                ("jumlah", &r.sebelum_awal.to_string()),
            ],
        )),
        None if r.awal > Pecahan::NOL && !r.tahun.is_empty() => Some(t.tanpa_sejak.to_string()),
        None => None,
    }
}

/// Each year's figure, where it comes from, and its evaluations.
fn per_tahun(r: &RekapAk, b: Bahasa) -> impl IntoView {
    let rb = Rulebook::aktif();
    let t = teks_angka_kredit(b);
    if r.tahun.is_empty() {
        return view! { <p class="petunjuk" data-testid="ak-belum-ada">{t.belum_ada}</p> }
            .into_any();
    }
    r.tahun
        .iter()
        .rev()
        .map(|th| satu_tahun(th, rb, t, b))
        .collect_view()
        .into_any()
}

/// Where the year's figure comes from, in words.
fn sumber_teks(th: &TahunAk, t: &TeksAngkaKredit) -> String {
    match th.sumber {
        SumberTahun::Tahunan => t.dari_tahunan.to_string(),
        SumberTahun::Sementara(j) => {
            let nama = match j {
                JenisPeriode::Bulanan => t.bulanan,
                JenisPeriode::Triwulanan => t.triwulanan,
                _ => t.semesteran,
            };
            // One SKP's annual evaluation counted beside another's periodic ones (a move).
            let campur = th
                .baris
                .iter()
                .any(|x| x.dihitung && x.nilai.periode.jenis == JenisPeriode::Tahunan);
            let teks = match campur {
                true => t.sementara_campur,
                false => t.sementara,
            };
            isi(teks, &[("periode", nama)])
        }
    }
}

fn satu_tahun(
    th: &TahunAk,
    rb: &'static Rulebook,
    t: &'static TeksAngkaKredit,
    b: Bahasa,
) -> impl IntoView {
    let sumber = sumber_teks(th, t);
    let judul = isi(
        t.tahun,
        &[
            ("tahun", &th.tahun.to_string()),
            ("ak", &cetak(th.ak, rb, b)),
        ],
    );
    let baris = th
        .baris
        .iter()
        .map(|x| {
            view! {
                <tr>
                    <td>{nama_periode(&x.nilai.periode, b)}</td>
                    <td>{rb.teks(&x.nilai.predikat.label_key(), b).to_string()}</td>
                    <td>{x.nilai.bulan}</td>
                    <td>{cetak(x.ak, rb, b)}</td>
                    <td>{if x.dihitung { t.dihitung } else { t.tidak_dihitung }}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2 data-testid="ak-tahun">{judul.clone()}</h2>
        <p class="petunjuk">{sumber}</p>
        <div class="tabel-gulir" role="region" tabindex="0" aria-label=judul>
            <table>
                <thead><tr>
                    <th scope="col">{t.kolom_periode}</th>
                    <th scope="col">{t.kolom_predikat}</th>
                    <th scope="col">{t.kolom_bulan}</th>
                    <th scope="col">{t.kolom_ak}</th>
                    <th scope="col">{t.kolom_dihitung}</th>
                </tr></thead>
                <tbody>{baris}</tbody>
            </table>
        </div>
    }
}

/// The starting angka kredit, written into the pegawai's own profile (its next revision).
#[component]
fn FormAwal() -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_angka_kredit(bahasa());
    let data = state.data_kinerja();
    let nip = state.settings.with_untracked(|s| s.nip.trim().to_string());
    let (tersimpan, sejak_tersimpan) = data.with_untracked(|d| {
        d.profil(&nip).map_or((None, None), |p| {
            (p.angka_kredit_awal, p.angka_kredit_sejak)
        })
    });
    let teks = RwSignal::new(
        tersimpan
            .map(|x| angka_isian(x.ke_f64(), bahasa()))
            .unwrap_or_default(),
    );
    let sejak = RwSignal::new(sejak_tersimpan.map(|d| d.to_string()).unwrap_or_default());
    let masalah = RwSignal::new(Vec::<Galat>::new());
    let status = RwSignal::new(None::<&'static str>);
    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(None);
        let isian = teks.get_untracked();
        let nilai = if isian.trim().is_empty() {
            None
        } else {
            match angka(&isian).and_then(Pecahan::tepat) {
                Ok(x) => Some(x),
                Err(g) => {
                    masalah.set(vec![g]);
                    return;
                }
            }
        };
        let isian_sejak = sejak.get_untracked();
        let tanggal = match isian_sejak.trim() {
            "" => None,
            x => match x.parse::<NaiveDate>() {
                Ok(d) => Some(d),
                Err(_) => {
                    masalah.set(vec![
                        Galat::baru("tanggal_kosong").dengan("nilai", t().sejak)
                    ]);
                    return;
                }
            },
        };
        let nip = state.settings.with_untracked(|s| s.nip.trim().to_string());
        let Some(lama) =
            data.with_untracked(|d| d.pegawai.iter().find(|p| p.isi.nip == nip).cloned())
        else {
            status.set(Some(t().tanpa_profil));
            return;
        };
        let mut p = lama.isi.clone();
        p.angka_kredit_awal = nilai;
        p.angka_kredit_sejak = tanggal;
        let hari_ini = chrono::Local::now().date_naive();
        masalah.set(p.periksa(rb, hari_ini));
        if masalah.with_untracked(|m| !m.is_empty()) {
            return;
        }
        match state.simpan_rekaman(
            JenisRecord::Pegawai,
            &crate::store::profil::id_profil(&p.nip),
            &p,
            Some(lama.revisi),
        ) {
            HasilSimpan::Tersimpan(_) => status.set(Some(t().awal_tersimpan)),
            // Changed in another tab: what was typed stays, and the person is told.
            HasilSimpan::LebihBaru => status.set(Some(t().awal_berubah)),
            HasilSimpan::Gagal => {}
        }
    };
    view! {
        <form class="formulir" on:submit=simpan data-testid="form-ak-awal">
            <div class="medan"><label for="ak-awal">{move || t().awal}</label>
                <p class="petunjuk" id="ak-awal-petunjuk">{move || t().awal_petunjuk}</p>
                <input id="ak-awal" type="text" inputmode="decimal" aria-describedby="ak-awal-petunjuk"
                    prop:value=move || teks.get() on:input=move |ev| { teks.set(event_target_value(&ev)); state.dirty.set(true) }/></div>
            <div class="medan"><label for="ak-sejak">{move || t().sejak}</label>
                <p class="petunjuk" id="ak-sejak-petunjuk">{move || t().sejak_petunjuk}</p>
                <input id="ak-sejak" type="date" aria-describedby="ak-sejak-petunjuk"
                    prop:value=move || sejak.get() on:input=move |ev| { sejak.set(event_target_value(&ev)); state.dirty.set(true) }/></div>
            <Show when=move || !masalah.with(Vec::is_empty)>
                <div class="galat" role="alert"><p>{move || t().perbaiki}</p>
                    <ul>{move || masalah.get().into_iter().map(|g| view! { <li>{g.pesan(rb, bahasa())}</li> }).collect_view()}</ul></div>
            </Show>
            <button type="submit" data-testid="simpan-ak-awal">{move || t().simpan_awal}</button>
            <span role="status" class="status-ok" data-testid="status-ak-awal">{move || status.get()}</span>
        </form>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &Route) -> AnyView {
    view! { <AngkaKredit/> }.into_any()
}

#[cfg(test)]
#[path = "sumber_tests.rs"]
mod tests;
