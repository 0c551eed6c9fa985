//! One unit kerja for the chosen period (`#/instansi/unit/<id>`; `-` gathers the pegawai whose
//! unit_kerja no unit names): its figures with the units below it, its predikat organisasi,
//! the distribution drawn against the SE 3/2023 pattern with every rule in words (the broken
//! ones marked), and its pegawai, each leading to their record.

use super::dasbor::papan;
use super::grafik::grafik;
use super::pilihan::{PilihPeriode, Pilihan};
use super::tabel_instansi::{persen, tabel_pegawai, tabel_ringkasan};
use super::tampil::TabelTampil;
use super::teks::{teks_instansi, TeksInstansi};
use crate::domain::kinerja_organisasi::SumberPredikat;
use crate::domain::rekap_instansi::{RekapUnit, Ringkasan};
use crate::domain::{Bahasa, Rulebook};
use crate::ui::i18n::isi;
use crate::ui::i18n::periode::nama_periode;
use crate::ui::route::Route;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// The unit's predikat organisasi and where it came from, in words.
fn predikat_teks(r: &RekapUnit, rb: &Rulebook, t: &TeksInstansi, b: Bahasa) -> String {
    match &r.predikat {
        None => t.predikat_belum.to_string(),
        Some(p) => {
            let sumber = match &p.sumber {
                SumberPredikat::Ditetapkan => t.sumber_ditetapkan.to_string(),
                SumberPredikat::EvaluasiPimpinan { pimpinan_nip, .. } => {
                    isi(t.sumber_pimpinan, &[("nip", pimpinan_nip)])
                }
            };
            format!("{} ({sumber})", rb.teks(&p.predikat.label_key(), b))
        }
    }
}

/// The pattern's rules in words, each marked met or broken (the broken ones first to be read).
fn aturan_pola(r: &RekapUnit, rb: &Rulebook, t: &'static TeksInstansi, b: Bahasa) -> AnyView {
    match &r.distribusi {
        None => view! { <p class="petunjuk">{t.pola_tanpa_predikat}</p> }.into_any(),
        Some(Err(g)) => view! { <p class="petunjuk">{g.pesan(rb, b)}</p> }.into_any(),
        Some(Ok(h)) => {
            let n = h.nilai.jumlah_pegawai;
            let jumlah = h.nilai.pelanggaran.len();
            let ringkas = if jumlah > 0 {
                isi(t.pola_dilanggar, &[("n", &jumlah.to_string())])
            } else if h.nilai.tak_dapat_dipenuhi {
                t.pola_belum_dapat.to_string()
            } else {
                t.pola_terpenuhi.to_string()
            };
            let daftar = h
                .nilai
                .cek
                .iter()
                .map(|c| {
                    let kata = c.uraian(rb, b, n);
                    if c.terpenuhi {
                        view! { <li class="aturan-ok" data-testid="aturan-terpenuhi"><span class="tanda" aria-hidden="true">"✓ "</span><span class="tersembunyi">{t.terpenuhi}": "</span>{kata}</li> }.into_any()
                    } else {
                        // Unmeetable by this many: named as not met yet, not as a breach.
                        let (kelas, tanda) = if c.belum_dapat { ("aturan-belum", t.belum_dapat) } else { ("aturan-langgar", t.dilanggar) };
                        view! { <li class=kelas data-testid="aturan-dilanggar"><strong>{tanda}": "</strong>{kata}</li> }.into_any()
                    }
                })
                .collect_view();
            // Read from those evaluated so far: said, as the pattern may change with the rest.
            let (selesai, semua) = (r.ringkasan.evaluasi_selesai, r.ringkasan.jumlah_pegawai);
            let sebagian = (selesai < semua).then(|| {
                let kata = isi(
                    t.pola_sebagian,
                    &[("n", &selesai.to_string()), ("m", &semua.to_string())],
                );
                view! { <p class="petunjuk" data-testid="pola-sebagian">{kata}</p> }
            });
            view! {
                <p data-testid="pola-ringkas"><strong>{ringkas}</strong></p>
                {sebagian}
                <ul class="daftar-poin">{daftar}</ul>
                <details><summary>{t.cara_hitung}</summary>
                    <ul class="daftar-poin">{h.penjelasan.uraikan(rb, b).into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                </details>
            }
            .into_any()
        }
    }
}

#[component]
pub fn HalamanUnit(id: String) -> impl IntoView {
    let state = use_app_state();
    let b = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_instansi(b());
    let rb = Rulebook::aktif();
    let pilihan = Pilihan::baru();
    let papan = papan(pilihan);
    let tanpa_unit = id == "-";
    let id = StoredValue::new(id);
    let posisi = Memo::new(move |_| papan.with(|p| id.with_value(|i| p.posisi(i))));
    let nama = move || match (tanpa_unit, posisi.get()) {
        (true, _) => t().tanpa_unit.to_string(),
        (false, Some(i)) => papan.with(|p| p.unit[i].nama.clone()),
        (false, None) => t().unit_tidak_ada.to_string(),
    };
    let ringkasan = Memo::new(move |_| {
        papan.with(|p| match (tanpa_unit, posisi.get()) {
            (true, _) => p.rekap.tanpa_unit.clone(),
            (false, Some(i)) => p.rekap.unit[i].ringkasan.clone(),
            (false, None) => Ringkasan::default(),
        })
    });
    let tabel_ringkas = Memo::new(move |_| ringkasan.with(|r| tabel_ringkasan(r, rb, t(), b())));
    let pegawai = Memo::new(move |_| {
        papan.with(|p| {
            let baris = match (tanpa_unit, posisi.get()) {
                (true, _) => p.rekap.pegawai_tanpa_unit(),
                (false, Some(i)) => p.pegawai_unit(i),
                (false, None) => &[],
            };
            tabel_pegawai(p, baris, rb, t(), b())
        })
    });
    let periode = move || nama_periode(&pilihan.periode.get(), b());
    // The way up the tree, each a link.
    let jalur = move || {
        let i = posisi.get()?;
        Some(papan.with(|p| {
            (0..i)
                .filter(|j| p.sub[*j].contains(&i))
                .map(|j| view! { <a href=Route::InstansiUnit(p.unit[j].id.clone()).href()>{p.unit[j].nama.clone()}</a> " › " })
                .collect_view()
        }))
    };
    let pola = move || {
        let i = posisi.get()?;
        Some(papan.with(|p| {
            let r = &p.rekap.unit[i];
            let cek = match &r.distribusi {
                Some(Ok(h)) => h.nilai.cek.clone(),
                _ => Vec::new(),
            };
            view! {
                <h2>{t().predikat_organisasi}</h2>
                <p data-testid="predikat-unit">{predikat_teks(r, rb, t(), b())} " · "
                    <a href=Route::Organisasi.href()>{t().ubah_di_organisasi}</a></p>
                <h2>{t().sebaran_judul}</h2>
                {grafik(r.ringkasan.sebaran, &cek, rb, t(), b())}
                {aturan_pola(r, rb, t(), b())}
            }
        }))
    };
    view! {
        <section class="halaman" aria-labelledby="judul-unit">
            <p class="petunjuk"><a href=Route::Instansi.href()>{move || t().judul_dasbor}</a> " › " {jalur}</p>
            <h1 id="judul-unit" data-testid="judul-unit">{nama}</h1>
            <PilihPeriode pilihan=pilihan/>
            <p data-testid="evaluasi-unit">{move || ringkasan.with(|r| isi(t().evaluasi_kalimat, &[
                ("selesai", &r.evaluasi_selesai.to_string()),
                ("wajib", &r.evaluasi_wajib.to_string()),
                ("persen", &persen(r.evaluasi_selesai, r.evaluasi_wajib, b())),
            ]))}</p>
            {pola}
            <h2>{move || isi(t().ringkasan_periode, &[("periode", &periode())])}</h2>
            <TabelTampil tabel=tabel_ringkas nama=Signal::derive(move || format!("{} {} {}", t().ringkasan, nama(), periode()))
                pemisah=pilihan.pemisah testid="tabel-ringkasan-unit"/>
            <h2>{move || t().pegawai_judul}</h2>
            <TabelTampil tabel=pegawai nama=Signal::derive(move || format!("{} {} {}", t().pegawai_judul, nama(), periode()))
                pemisah=pilihan.pemisah testid="tabel-pegawai"/>
        </section>
    }
}
