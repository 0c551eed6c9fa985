//! The printable evaluation (§1.4.5): period and its dates, identities, capaian kinerja
//! organisasi, hasil kerja per RHK with realisasi, umpan balik and rating, rating hasil kerja,
//! perilaku kerja, rating perilaku kerja, the predikat from the kuadran (recomputed, never
//! stored) with its explanation, the pegawai's tanggapan, and signatures.

use super::skp::panduan;
use super::{
    atasan_penilai, blok_ttd, nama_periode, pegawai, penilai, rentang, tabel_identitas, tanggal,
    tidak_ditemukan, Lembar,
};
use crate::domain::evaluasi::{Evaluasi, RatingRhk};
use crate::domain::skp::{JenisRhk, JenisSkp, Rhk, Skp};
use crate::domain::{Bahasa, Rating, Rulebook};
use crate::store::kinerja::DataKinerja;
use crate::ui::cetak::teks::{teks_cetak, TeksCetak};
use crate::ui::format::target_teks;
use crate::ui::route::Route;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn CetakEvaluasi(id: String) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let data = state.data_kinerja();
    move || {
        let b = state.settings.with(|s| s.bahasa);
        let t = teks_cetak(b);
        let saya = state.settings.with(|s| s.nip.clone());
        data.with(|d| match d.evaluasi_id(&id) {
            None => tidak_ditemukan(t, t.evaluasi_tidak_ditemukan, &id, Route::Beranda.href()),
            Some(e) => {
                // The pegawai reads evaluations under Penilaian, the pejabat penilai writes them.
                let kembali = if e.isi.pegawai_nip == saya {
                    Route::Penilaian
                } else {
                    Route::Evaluasi
                };
                let isi = dokumen(d, &e.isi, rb, b);
                view! { <Lembar kembali=kembali.href()>{isi}</Lembar> }.into_any()
            }
        })
    }
}

fn label_rating(rb: &Rulebook, r: Rating, b: Bahasa) -> String {
    rb.teks(&r.label_key(), b).to_string()
}

fn dokumen(d: &DataKinerja, e: &Evaluasi, rb: &Rulebook, b: Bahasa) -> AnyView {
    let t = teks_cetak(b);
    let skp = d.skp_id(&e.skp_id).map(|s| &s.isi);
    let peg = pegawai(d, &e.pegawai_nip, rb, b);
    let pen = penilai(d, &e.pegawai_nip, &e.penilai_nip, rb, b).unwrap_or_default();
    let atasan = atasan_penilai(d, &e.pegawai_nip, &e.penilai_nip, rb, b);
    let instansi = d
        .profil(&e.pegawai_nip)
        .map(|p| p.instansi.clone())
        .filter(|i| !i.is_empty());
    // A mid-year SKP shortens the period to its own dates.
    let tanggal_periode = skp
        .and_then(|s| e.periode.dalam_skp(s))
        .or_else(|| e.periode.rentang())
        .map(|(a, z)| rentang(a, z, b))
        .unwrap_or_default();
    let kode_jenis = e.periode.jenis.kode();
    let organisasi = e
        .capaian_organisasi
        .map(|o| rb.teks(&o.label_key(), b).to_string())
        .unwrap_or_else(|| t.belum_ditetapkan.into());
    let mut pihak = vec![
        (t.pegawai_dinilai, peg.clone()),
        (t.pejabat_penilai, pen.clone()),
    ];
    if let Some(a) = atasan.clone() {
        pihak.push((t.atasan_penilai, a));
    }
    view! {
        <header class="dokumen-kepala">
            {instansi.map(|i| view! { <p class="instansi">{i}</p> })}
            <h1 data-testid="judul-dokumen">{t.judul_evaluasi}</h1>
            <p><strong>{t.periode} ": "</strong><span data-testid="cetak-periode">{nama_periode(&e.periode, b)}</span></p>
            <p>{tanggal_periode} " · " {t.jenis_periode} ": " {rb.teks(&format!("periode.{kode_jenis}"), b).to_string()}</p>
            <p>{t.tanggal_evaluasi} ": " {tanggal(e.tanggal, b)}</p>
            <p><strong>{t.capaian_organisasi} ": "</strong><span data-testid="cetak-capaian-organisasi">{organisasi}</span></p>
        </header>
        {tabel_identitas(t, pihak)}
        <h2>{t.hasil_kerja}</h2>
        {skp.is_none().then(|| view! { <p class="catatan-dokumen">{t.skp_hilang}</p> })}
        {tabel_hasil(e, skp, rb, b)}
        {rating_hasil(t, e, rb, b)}
        <h2>{t.perilaku_kerja}</h2>
        {tabel_perilaku(t, e, skp, rb, b)}
        <div class="kotak-rating">
            <h3>{t.rating_perilaku}</h3>
            <p data-testid="cetak-rating-perilaku">{label_rating(rb, e.rating_perilaku, b)}</p>
        </div>
        {predikat(t, e, rb, b)}
        {e.tanggapan.as_ref().map(|g| view! {
            <section class="kotak-rating" data-testid="cetak-tanggapan">
                <h2>{t.tanggapan}</h2>
                <p>{tanggal(g.tanggal, b)}</p>
                <p class="teks-panjang">{g.isi.clone()}</p>
            </section>
        })}
        {blok_ttd(t, b, vec![
            (t.ttd_pegawai, peg, Some(e.tanggal)),
            (t.ttd_penilai, pen, Some(e.tanggal)),
            (t.ttd_atasan, atasan.unwrap_or_default(), Some(e.tanggal)),
        ])}
    }
    .into_any()
}

/// The rows of one RHK: one per IKI; the RHK's own cells (realisasi, feedback, rating) span them.
fn baris_rhk(
    no: usize,
    r: &Rhk,
    nilai: Option<&RatingRhk>,
    jpt: bool,
    rb: &Rulebook,
    b: Bahasa,
) -> AnyView {
    let n = r.iki.len().max(1).to_string();
    let perspektif = r
        .perspektif
        .as_ref()
        .map(|p| rb.teks(&format!("perspektif.{p}"), b).to_string())
        .unwrap_or_default();
    let (realisasi, umpan_balik, rating) = nilai
        .map(|x| {
            (
                x.realisasi.clone(),
                x.umpan_balik.clone(),
                label_rating(rb, x.rating, b),
            )
        })
        .unwrap_or_default();
    let iki: Vec<(String, String)> = if r.iki.is_empty() {
        vec![Default::default()]
    } else {
        r.iki
            .iter()
            .map(|i| {
                let aspek = rb.teks(i.aspek.label_key(), b);
                // JA/JF name the aspek of each IKI; the JPT layout has no aspek column.
                let nama = if jpt {
                    i.indikator.clone()
                } else {
                    format!("{aspek}: {}", i.indikator)
                };
                (nama, target_teks(&i.target, b))
            })
            .collect()
    };
    iki.into_iter()
        .enumerate()
        .map(|(k, (indikator, target))| {
            let awal = k == 0;
            view! {
                <tr>
                    {awal.then(|| view! { <td rowspan=n.clone() class="no">{no}</td><td rowspan=n.clone() data-testid="cetak-rhk">{r.uraian.clone()}</td> })}
                    <td>{indikator}</td>
                    <td data-testid="cetak-target">{target}</td>
                    {(awal && jpt).then(|| view! { <td rowspan=n.clone()>{perspektif.clone()}</td> })}
                    {awal.then(|| view! {
                        <td rowspan=n.clone() class="teks-panjang">{realisasi.clone()}</td>
                        <td rowspan=n.clone() class="teks-panjang">{umpan_balik.clone()}</td>
                        <td rowspan=n.clone() data-testid="cetak-rating-rhk">{rating.clone()}</td>
                    })}
                </tr>
            }
        })
        .collect_view()
        .into_any()
}

fn tabel_hasil(e: &Evaluasi, skp: Option<&Skp>, rb: &Rulebook, b: Bahasa) -> AnyView {
    let t = teks_cetak(b);
    let jpt = skp.is_some_and(|s| s.jenis == JenisSkp::Jpt);
    let mut kolom = vec![t.no, t.kol_rhk, t.kol_iki, t.kol_target];
    if jpt {
        kolom.push(t.kol_perspektif);
    }
    kolom.extend([t.kol_realisasi, t.kol_umpan_balik, t.kol_rating]);
    let lebar = kolom.len().to_string();
    // Ratings of RHK the SKP does not hold (or of a missing SKP) still print, marked.
    let yatim: Vec<Rhk> = e
        .rating_rhk
        .iter()
        .filter(|x| skp.and_then(|s| s.rhk(&x.rhk_id)).is_none())
        .map(|x| Rhk {
            id: x.rhk_id.clone(),
            jenis: JenisRhk::Utama,
            uraian: format!("{} {}", x.rhk_id, t.rhk_hilang),
            rhk_atasan_id: None,
            rhk_atasan_uraian: String::new(),
            penugasan_dari: String::new(),
            perspektif: None,
            iki: Vec::new(),
        })
        .collect();
    let semua: Vec<&Rhk> = skp
        .map(|s| s.rhk.iter().collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain(yatim.iter())
        .collect();
    let kelompok = |judul: &'static str, jenis: JenisRhk| {
        let rhk: Vec<&&Rhk> = semua.iter().filter(|r| r.jenis == jenis).collect();
        let isi = if rhk.is_empty() {
            view! { <tr><td colspan=lebar.clone()>{t.tidak_ada}</td></tr> }.into_any()
        } else {
            rhk.iter()
                .enumerate()
                .map(|(i, r)| {
                    let nilai = e.rating_rhk.iter().find(|x| x.rhk_id == r.id);
                    baris_rhk(i + 1, r, nilai, jpt, rb, b)
                })
                .collect_view()
                .into_any()
        };
        view! {
            <tbody>
                <tr class="kelompok"><th colspan=lebar.clone() scope="colgroup">{judul}</th></tr>
                {isi}
            </tbody>
        }
    };
    view! {
        <table class="tabel-dokumen" data-testid="tabel-hasil-kerja">
            <thead><tr>{kolom.into_iter().map(|k| view! { <th scope="col">{k}</th> }).collect_view()}</tr></thead>
            {kelompok(t.utama, JenisRhk::Utama)}
            {kelompok(t.tambahan, JenisRhk::Tambahan)}
        </table>
    }
    .into_any()
}

/// A unit leader's note: their unit's capaian taken as the rating (SE 3/2023), or, when the
/// pejabat penilai set another rating, that they did (the print must not claim it was applied).
pub(super) fn catatan_pimpinan(t: &TeksCetak, e: &Evaluasi) -> Option<&'static str> {
    e.pimpinan_unit
        .then(|| match e.rating_hasil.berbeda_dari_saran() {
            false => t.pimpinan_unit,
            true => t.pimpinan_unit_diganti,
        })
}

fn rating_hasil(t: &TeksCetak, e: &Evaluasi, rb: &Rulebook, b: Bahasa) -> AnyView {
    let r = &e.rating_hasil;
    let beda: Option<Rating> = r.saran.filter(|_| r.berbeda_dari_saran());
    view! {
        <div class="kotak-rating">
            <h3>{t.rating_hasil}</h3>
            <p data-testid="cetak-rating-hasil">{label_rating(rb, r.rating, b)}</p>
            {catatan_pimpinan(t, e).map(|c| view! { <p class="petunjuk-dokumen" data-testid="cetak-pimpinan-unit">{c}</p> })}
            {beda.map(|s| view! {
                <p class="petunjuk-dokumen">{t.saran_sistem} ": " {label_rating(rb, s, b)}</p>
                <p class="petunjuk-dokumen teks-panjang" data-testid="cetak-justifikasi">{t.justifikasi} ": " {r.justifikasi.clone()}</p>
            })}
        </div>
    }
    .into_any()
}

fn tabel_perilaku(
    t: &TeksCetak,
    e: &Evaluasi,
    skp: Option<&Skp>,
    rb: &Rulebook,
    b: Bahasa,
) -> AnyView {
    view! {
        <table class="tabel-dokumen" data-testid="tabel-perilaku">
            <thead><tr>
                <th scope="col">{t.no}</th>
                <th scope="col">{t.kol_perilaku}</th>
                <th scope="col">{t.kol_ekspektasi}</th>
                <th scope="col">{t.kol_umpan_balik}</th>
            </tr></thead>
            <tbody>
                {rb.berakhlak.iter().enumerate().map(|(i, nilai)| {
                    let ekspektasi = skp.and_then(|s| s.perilaku.iter().find(|p| p.nilai == nilai.kode)).map(|p| p.ekspektasi_khusus.clone()).unwrap_or_default();
                    let umpan = e.perilaku.iter().find(|p| p.nilai == nilai.kode).map(|p| p.umpan_balik.clone()).unwrap_or_default();
                    view! {
                        <tr>
                            <td class="no">{i + 1}</td>
                            <td>{panduan(rb, &nilai.kode, &nilai.panduan, b)}</td>
                            <td class="teks-panjang">{ekspektasi}</td>
                            <td class="teks-panjang" data-testid="cetak-umpan-perilaku">{umpan}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// The predikat with its explanation, and the kuadran grid with the applied cell marked.
fn predikat(t: &TeksCetak, e: &Evaluasi, rb: &Rulebook, b: Bahasa) -> AnyView {
    let p = e.predikat(rb);
    let hasil_baris = [
        Rating::DiatasEkspektasi,
        Rating::SesuaiEkspektasi,
        Rating::DibawahEkspektasi,
    ];
    view! {
        <section class="kotak-rating kotak-predikat">
            <h2>{t.predikat}</h2>
            <p class="predikat-dokumen" data-testid="cetak-predikat">{rb.teks(&p.nilai.label_key(), b).to_string()}</p>
            <h3>{t.dasar_predikat}</h3>
            <ul class="penjelasan-dokumen">{p.penjelasan.uraikan(rb, b).into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            <table class="tabel-dokumen kuadran" data-testid="kuadran">
                <caption>{t.kuadran}</caption>
                <thead><tr>
                    <td>{t.kuadran_sudut}</td>
                    {Rating::SEMUA.map(|r| view! { <th scope="col">{label_rating(rb, r, b)}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {hasil_baris.map(|h| view! {
                        <tr>
                            <th scope="row">{label_rating(rb, h, b)}</th>
                            {Rating::SEMUA.map(|pk| {
                                let sel = rb.teks(&rb.kuadran[&h][&pk].label_key(), b).to_string();
                                // Marked by weight, border and a sign, so it survives black-and-white print.
                                if h == e.rating_hasil.rating && pk == e.rating_perilaku {
                                    view! { <td class="terpilih" data-testid="kuadran-terpilih"><strong>{format!("● {sel}")}</strong></td> }.into_any()
                                } else {
                                    view! { <td>{sel}</td> }.into_any()
                                }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
    .into_any()
}
