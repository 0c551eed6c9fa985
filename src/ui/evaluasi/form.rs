//! Parts of the evaluation form: the rating picker, the hasil kerja section (per RHK, then the
//! rating hasil kerja with the engine's advice) and the perilaku kerja section (BerAKHLAK).

use super::draf::Draf;
use crate::domain::explain::format_angka;
use crate::domain::progres::{capaian_sampai, Realisasi};
use crate::domain::skp::{JenisRhk, Skp};
use crate::domain::{PredikatOrganisasi, Rating, Rulebook};
use crate::ui::evaluasi::teks::teks_evaluasi;
use crate::ui::format::target_teks;
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::use_app_state;
use chrono::NaiveDate;
use leptos::prelude::*;

/// A change to the working copy (boxed so every field can share one callback).
pub type Ubah = Callback<Box<dyn FnOnce(&mut Draf)>>;

/// A labelled select of the three ekspektasi levels, empty until chosen.
#[component]
pub fn PilihRating(
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] nilai: Signal<Option<Rating>>,
    ubah: Callback<Option<Rating>>,
) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    view! {
        <div class="medan">
            <label for=id.clone()>{move || label.get()}</label>
            <select id=id data-testid="pilih-rating" prop:value=move || nilai.get().map(|r| r.kode()).unwrap_or("")
                on:change=move |ev| {
                    let kode = event_target_value(&ev);
                    ubah.run(Rating::SEMUA.into_iter().find(|r| r.kode() == kode));
                }>
                <option value="">{move || teks_evaluasi(bahasa()).pilih}</option>
                {move || Rating::SEMUA.iter().rev().map(|r| view! {
                    <option value=r.kode()>{rb.teks(&r.label_key(), bahasa()).to_string()}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

fn teks_area(
    id: String,
    label: &'static str,
    nilai: impl Fn() -> String + Send + Sync + 'static,
    ubah: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="medan">
            <label for=id.clone()>{label}</label>
            <textarea id=id rows="2" prop:value=nilai on:input=move |ev| ubah(event_target_value(&ev))></textarea>
        </div>
    }
}

#[component]
pub fn FormHasil(
    skp: Skp,
    entri: Vec<Realisasi>,
    sampai: NaiveDate,
    draf: Memo<Option<Draf>>,
    ubah: Ubah,
) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_evaluasi(bahasa());
    let skp = StoredValue::new(skp);
    let b = bahasa();
    let kelompok = move |jenis: JenisRhk| {
        skp.with_value(|s| {
            s.rhk.iter().filter(|r| r.jenis == jenis).map(|r| {
                let id = r.id.clone();
                let (id1, id2, id3, id4) = (id.clone(), id.clone(), id.clone(), id.clone());
                let baca = move |f: fn(&super::draf::DrafRhk) -> String| {
                    let id = id.clone();
                    move || draf.with(|d| d.as_ref().and_then(|d| d.rhk.get(&id)).map(f).unwrap_or_default())
                };
                view! {
                    <fieldset class="kartu-berkas" data-testid="ev-rhk">
                        <legend>{r.uraian.clone()}</legend>
                        <ul>{r.iki.iter().map(|i| {
                            let capaian = match capaian_sampai(rb, i, &entri, sampai) {
                                Some(Ok(c)) => format!("{} %", format_angka(c.nilai.ke_f64(), b)),
                                Some(Err(g)) => g.pesan(rb, b),
                                None => t().belum_ada_realisasi.to_string(),
                            };
                            // The photos and PDFs the pegawai attached to this IKI's entries in the
                            // period, opened read-only from the atasan's own copy: their ids here,
                            // names and sizes read by the attachment chunk.
                            let lampiran: Vec<String> = entri.iter()
                                .filter(|e| e.iki_id == i.id && e.tanggal <= sampai)
                                .flat_map(|e| e.lampiran().map(str::to_string))
                                .collect();
                            view! { <li>{rb.teks(i.aspek.label_key(), b).to_string()} " — " {i.indikator.clone()} " · "
                                {target_teks(&i.target, b)} " · " {t().capaian_sejauh_ini} ": " <strong data-testid="ev-capaian">{capaian}</strong>
                                {(!lampiran.is_empty()).then(|| view! {
                                    <div class="bukti-lampiran" data-testid="ev-lampiran">{t().lampiran_bukti} ": "
                                        {crate::ui::lampiran::tampilkan(move |k| (k.daftar)(lampiran.clone()))}
                                    </div>
                                })}</li> }
                        }).collect_view()}</ul>
                        <PilihRating id=format!("ev-rating-{id1}") label=Signal::derive(move || t().rating.to_string())
                            nilai=Signal::derive(move || draf.with(|d| d.as_ref().and_then(|d| d.rhk.get(&id2)).and_then(|x| x.rating)))
                            ubah=Callback::new(move |r| { let id = id3.clone(); ubah.run(Box::new(move |d: &mut Draf| d.rhk.entry(id).or_default().rating = r)) })/>
                        {teks_area(format!("ev-realisasi-{}", r.id), t().realisasi, baca(|x| x.realisasi.clone()), {
                            let id = id4.clone();
                            move |v| { let id = id.clone(); ubah.run(Box::new(move |d: &mut Draf| d.rhk.entry(id).or_default().realisasi = v)) }
                        })}
                        {teks_area(format!("ev-umpan-{}", r.id), t().umpan_balik, baca(|x| x.umpan_balik.clone()), {
                            let id = id4.clone();
                            move |v| { let id = id.clone(); ubah.run(Box::new(move |d: &mut Draf| d.rhk.entry(id).or_default().umpan_balik = v)) }
                        })}
                    </fieldset>
                }
            }).collect_view()
        })
    };
    let saran = move || draf.with(|d| d.as_ref().map(|d| skp.with_value(|s| d.saran(rb, s))));
    let berbeda = Memo::new(move |_| {
        let pilihan = draf.with(|d| d.as_ref().and_then(|d| d.hasil));
        matches!((saran(), pilihan), (Some(Ok(s)), Some(p)) if s.nilai != p)
    });
    let kode_org = move || {
        draf.with(|d| d.as_ref().and_then(|d| d.organisasi))
            .map(|o| o.kode())
            .unwrap_or("")
    };
    view! {
        <h2>{move || t().hasil_kerja}</h2>
        <h3>{move || teks_skp(bahasa()).utama}</h3>
        {kelompok(JenisRhk::Utama)}
        <h3>{move || teks_skp(bahasa()).tambahan}</h3>
        {kelompok(JenisRhk::Tambahan)}
        <div class="dua-kolom">
            <div class="medan">
                <label for="ev-organisasi">{move || t().organisasi}</label>
                <select id="ev-organisasi" prop:value=kode_org on:change=move |ev| {
                    let k = event_target_value(&ev);
                    let o = PredikatOrganisasi::SEMUA.into_iter().find(|o| o.kode() == k);
                    ubah.run(Box::new(move |d: &mut Draf| d.organisasi = o));
                }>
                    <option value="">{move || t().organisasi_tidak_diisi}</option>
                    {move || PredikatOrganisasi::SEMUA.iter().rev().map(|o| view! {
                        <option value=o.kode()>{rb.teks(&o.label_key(), bahasa()).to_string()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="medan pilihan">
                <input id="ev-pimpinan" type="checkbox"
                    prop:checked=move || draf.with(|d| d.as_ref().is_some_and(|d| d.pimpinan_unit))
                    on:change=move |ev| { let v = event_target_checked(&ev); ubah.run(Box::new(move |d: &mut Draf| d.pimpinan_unit = v)) }/>
                <label for="ev-pimpinan">{move || t().pimpinan_unit}</label>
            </div>
        </div>
        <section class="kartu-berkas" aria-labelledby="judul-rating-hasil">
            <h3 id="judul-rating-hasil">{move || t().rating_hasil}</h3>
            <p data-testid="saran-rating">{move || match saran() {
                Some(Ok(s)) => view! { {t().saran} ": " <strong>{rb.teks(&s.nilai.label_key(), bahasa()).to_string()}</strong>
                    <details><summary>{teks_evaluasi(bahasa()).penjelasan}</summary>
                        <ul>{s.penjelasan.uraikan(rb, bahasa()).into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul></details> }.into_any(),
                _ => view! { <span class="petunjuk">{t().saran_belum}</span> }.into_any(),
            }}</p>
            <PilihRating id="ev-rating-hasil".to_string() label=Signal::derive(move || t().rating_hasil.to_string())
                nilai=Signal::derive(move || draf.with(|d| d.as_ref().and_then(|d| d.hasil)))
                ubah=Callback::new(move |r| ubah.run(Box::new(move |d: &mut Draf| d.hasil = r)))/>
            {move || berbeda.get().then(|| view! { <p class="peringatan" data-testid="beda-saran">{t().justifikasi_petunjuk}</p> })}
            {teks_area("ev-justifikasi".into(), t().justifikasi,
                move || draf.with(|d| d.as_ref().map(|d| d.justifikasi.clone()).unwrap_or_default()),
                move |v| ubah.run(Box::new(move |d: &mut Draf| d.justifikasi = v)))}
        </section>
    }
}

#[component]
pub fn FormPerilaku(skp: Skp, draf: Memo<Option<Draf>>, ubah: Ubah) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let b = state.settings.with_untracked(|s| s.bahasa);
    let t = teks_evaluasi(b);
    let nilai = rb.berakhlak.iter().map(|n| {
        let kode = n.kode.clone();
        let k2 = kode.clone();
        let khusus = skp
            .perilaku
            .iter()
            .find(|e| e.nilai == n.kode)
            .map(|e| e.ekspektasi_khusus.clone())
            .filter(|e| !e.trim().is_empty());
        view! {
            <fieldset class="kartu-berkas" data-testid="ev-perilaku">
                <legend>{rb.teks(&format!("berakhlak.{}", n.kode), b).to_string()}</legend>
                <ul>{n.panduan.iter().map(|p| view! { <li>{rb.teks(p, b).to_string()}</li> }).collect_view()}</ul>
                {khusus.map(|k| view! { <p><strong>{t.ekspektasi_khusus} ": "</strong>{k}</p> })}
                {teks_area(format!("ev-perilaku-{}", n.kode), t.umpan_balik,
                    move || draf.with(|d| d.as_ref().and_then(|d| d.perilaku.get(&kode).cloned()).unwrap_or_default()),
                    move |v| { let k = k2.clone(); ubah.run(Box::new(move |d: &mut Draf| { d.perilaku.insert(k, v); })) })}
            </fieldset>
        }
    }).collect_view();
    view! {
        <h2>{t.perilaku_kerja}</h2>
        {nilai}
    }
}
