//! Printable A4 documents: the SKP (§1.3.2/1.3.3, `cetak_skp`) and the evaluation (§1.4.5,
//! `cetak_evaluasi`). This file holds what both share: who is who, the identity table, the
//! signature blocks, dates and period names, the toolbar and the sheet around the document.

use crate::domain::evaluasi::Periode;
use crate::domain::nip::format_nip;
use crate::domain::pegawai::{jenjang, pangkat, Pegawai, Pejabat};
use crate::domain::{Bahasa, Rulebook};
use crate::store::kinerja::DataKinerja;
use crate::ui::cetak::teks::{teks_cetak, TeksCetak};
use crate::ui::i18n::isi;
use crate::ui::i18n::periode::nama_bulan;
use crate::ui::route::Route;
use crate::ui::state::use_app_state;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

mod evaluasi;
mod skp;
mod skp_status;
pub mod teks;

pub use evaluasi::CetakEvaluasi;
pub use skp::CetakSkp;

/// One party of a document as printed: every field already in display form.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Identitas {
    pub nama: String,
    pub nip: String,
    pub pangkat: String,
    /// The rulebook's name of the jenjang's kind ("Jabatan Fungsional Keahlian").
    pub jenis_jabatan: String,
    /// The rulebook's name of the jenjang ("Ahli Pertama").
    pub jenjang: String,
    pub jabatan: String,
    pub unit_kerja: String,
}

/// A jenjang key as printed: (jenis jabatan, jenjang jabatan), blank when the key is unknown.
fn jenis_jenjang(rb: &Rulebook, kode: &str, b: Bahasa) -> (String, String) {
    match jenjang(rb, kode) {
        Some(j) => (
            rb.teks(&format!("jenis_jabatan.{}", j.jenis), b)
                .to_string(),
            rb.teks(&format!("jenjang.{}", j.kode), b).to_string(),
        ),
        None => Default::default(),
    }
}

/// "Penata Muda, III/a" for PNS; the bare golongan for PPPK (no pangkat).
fn pangkat_golongan(rb: &Rulebook, kode: &str, b: Bahasa) -> String {
    match pangkat(rb, kode) {
        Some(key) if !kode.is_empty() => format!("{}, {kode}", rb.teks(&key, b)),
        _ => kode.to_string(),
    }
}

impl Identitas {
    pub fn dari_pegawai(p: &Pegawai, rb: &Rulebook, b: Bahasa) -> Self {
        let (jenis_jabatan, jenjang) = jenis_jenjang(rb, &p.jenjang, b);
        Identitas {
            nama: p.nama.clone(),
            nip: format_nip(&p.nip),
            pangkat: pangkat_golongan(rb, &p.golongan, b),
            jenis_jabatan,
            jenjang,
            jabatan: p.jabatan.clone(),
            unit_kerja: p.unit_kerja.clone(),
        }
    }

    /// A pejabat as named in a profile; blanks filled from their own profile when it is known.
    fn dari_pejabat(p: &Pejabat, d: &DataKinerja, rb: &Rulebook, b: Bahasa) -> Self {
        let profil = d.profil(&p.nip).map(|x| Identitas::dari_pegawai(x, rb, b));
        let lain = profil.unwrap_or_default();
        let pilih = |a: String, c: String| if a.trim().is_empty() { c } else { a };
        let (jenis_jabatan, jenjang) = jenis_jenjang(rb, &p.jenjang, b);
        Identitas {
            nama: pilih(p.nama.clone(), lain.nama),
            nip: format_nip(&p.nip),
            pangkat: pilih(pangkat_golongan(rb, &p.golongan, b), lain.pangkat),
            jenis_jabatan: pilih(jenis_jabatan, lain.jenis_jabatan),
            jenjang: pilih(jenjang, lain.jenjang),
            jabatan: pilih(p.jabatan.clone(), lain.jabatan),
            unit_kerja: lain.unit_kerja,
        }
    }

    /// Whoever holds `nip`: their profile if imported, else the NIP alone.
    fn dari_nip(nip: &str, d: &DataKinerja, rb: &Rulebook, b: Bahasa) -> Option<Self> {
        if nip.is_empty() {
            return None;
        }
        Some(
            d.profil(nip)
                .map(|p| Identitas::dari_pegawai(p, rb, b))
                .unwrap_or_else(|| Identitas {
                    nip: format_nip(nip),
                    ..Identitas::default()
                }),
        )
    }
}

/// The pegawai of a document: their profile, else their NIP.
pub(super) fn pegawai(d: &DataKinerja, nip: &str, rb: &Rulebook, b: Bahasa) -> Identitas {
    Identitas::dari_nip(nip, d, rb, b).unwrap_or_default()
}

/// The pejabat penilai: the one the pegawai's profile names (when it agrees with `nip`, or
/// `nip` is unknown), else whoever holds `nip`.
pub(super) fn penilai(
    d: &DataKinerja,
    pegawai_nip: &str,
    nip: &str,
    rb: &Rulebook,
    b: Bahasa,
) -> Option<Identitas> {
    let dari_profil = d
        .profil(pegawai_nip)
        .and_then(|p| p.pejabat_penilai.as_ref())
        .filter(|p| nip.is_empty() || p.nip == nip);
    match dari_profil {
        Some(p) => Some(Identitas::dari_pejabat(p, d, rb, b)),
        None => Identitas::dari_nip(nip, d, rb, b),
    }
}

/// The atasan pejabat penilai, the superior of *this* pejabat penilai: named in the pegawai's
/// profile while that profile names the same pejabat penilai (after a transfer it names the
/// new one, and their superior), else the pejabat penilai's own pejabat penilai when their
/// profile is known.
pub(super) fn atasan_penilai(
    d: &DataKinerja,
    pegawai_nip: &str,
    penilai_nip: &str,
    rb: &Rulebook,
    b: Bahasa,
) -> Option<Identitas> {
    d.profil(pegawai_nip)
        .filter(|p| {
            penilai_nip.is_empty()
                || p.pejabat_penilai
                    .as_ref()
                    .is_some_and(|x| x.nip == penilai_nip)
        })
        .and_then(|p| p.atasan_pejabat_penilai.as_ref())
        .or_else(|| {
            d.profil(penilai_nip)
                .and_then(|p| p.pejabat_penilai.as_ref())
        })
        .map(|p| Identitas::dari_pejabat(p, d, rb, b))
}

/// "15 Januari 2026" / "15 January 2026".
pub(super) fn tanggal(t: NaiveDate, b: Bahasa) -> String {
    format!("{} {} {}", t.day(), nama_bulan(t.month0(), b), t.year())
}

pub(super) fn rentang(mulai: NaiveDate, selesai: NaiveDate, b: Bahasa) -> String {
    let (m, s) = (tanggal(mulai, b), tanggal(selesai, b));
    isi(teks_cetak(b).rentang, &[("mulai", &m), ("selesai", &s)])
}

/// The official heading of a period: "TRIWULAN II 2026", "BULAN MARET 2026", "AKHIR (TAHUNAN) 2026".
pub(super) fn nama_periode(p: &Periode, b: Bahasa) -> String {
    crate::ui::i18n::periode::nama_periode(p, b).to_uppercase()
}

/// Reads one field of an [`Identitas`].
type Medan = fn(&Identitas) -> &str;

/// Identity table: one column per party, one row per field, as the official forms print it.
pub(super) fn tabel_identitas(t: &TeksCetak, pihak: Vec<(&'static str, Identitas)>) -> AnyView {
    let baris: [(&str, Medan); 7] = [
        (t.nama, |i| &i.nama),
        (t.nip, |i| &i.nip),
        (t.pangkat, |i| &i.pangkat),
        (t.jenis_jabatan, |i| &i.jenis_jabatan),
        (t.jenjang_jabatan, |i| &i.jenjang),
        (t.jabatan, |i| &i.jabatan),
        (t.unit_kerja, |i| &i.unit_kerja),
    ];
    view! {
        <table class="tabel-dokumen identitas" data-testid="tabel-identitas">
            <thead><tr>
                <td></td>
                {pihak.iter().map(|(judul, _)| view! { <th scope="col">{*judul}</th> }).collect_view()}
            </tr></thead>
            <tbody>
                {baris.into_iter().map(|(label, ambil)| view! {
                    // The NIP keeps its 8-6-1-3 groups on one line.
                    <tr class=(label == t.nip).then_some("nip")>
                        <th scope="row">{label}</th>
                        {pihak.iter().map(|(_, i)| view! { <td>{ambil(i).to_string()}</td> }).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// One signature block: the role, who signs, and the day they signed (None: written by hand).
pub(super) type Ttd = (&'static str, Identitas, Option<NaiveDate>);

/// Signature blocks side by side; each has its place/date line, role, room to sign, name, NIP.
pub(super) fn blok_ttd(t: &TeksCetak, b: Bahasa, pihak: Vec<Ttd>) -> AnyView {
    let tempat = move |tgl: Option<NaiveDate>| {
        let tgl = tgl.map(|d| tanggal(d, b)).unwrap_or_else(|| t.titik.into());
        isi(t.tempat_tanggal, &[("tempat", t.titik), ("tanggal", &tgl)])
    };
    view! {
        <div class="ttd-baris">
            {pihak.into_iter().map(|(peran, i, tgl)| view! {
                <div class="ttd" data-testid="ttd">
                    <p>{tempat(tgl)}</p>
                    <p>{peran}</p>
                    <div class="ttd-ruang"></div>
                    <p class="ttd-nama">{if i.nama.is_empty() { t.titik.to_string() } else { i.nama }}</p>
                    <p>{t.nip} " " {if i.nip.is_empty() { t.titik.to_string() } else { i.nip }}</p>
                </div>
            }).collect_view()}
        </div>
    }
    .into_any()
}

fn cetak_sekarang() {
    if let Some(w) = web_sys::window() {
        // A refusal (e.g. printing disabled by policy) leaves the page as it was.
        let _ = w.print();
    }
}

/// The screen-only frame of a document: print button, back link, hint, and the scrollable
/// A4 sheet (the sheet keeps its paper width and scrolls inside its box on a phone).
#[component]
pub(super) fn Lembar(kembali: String, children: Children) -> impl IntoView {
    let state = use_app_state();
    let t = move || teks_cetak(state.settings.with(|s| s.bahasa));
    view! {
        <section class="halaman halaman-cetak">
            <div class="tanpa-cetak bilah-cetak">
                <p class="tombol-baris">
                    <button type="button" class="utama" data-testid="tombol-cetak" on:click=move |_| cetak_sekarang()>{move || t().cetak}</button>
                    " "
                    <a href=kembali data-testid="kembali-cetak">{move || t().kembali}</a>
                </p>
                <p class="petunjuk">{move || t().petunjuk_cetak}</p>
            </div>
            <div class="tabel-gulir lembar-gulir" role="region" tabindex="0" aria-label=move || t().lembar_aria>
                <article class="lembar" data-testid="lembar">{children()}</article>
            </div>
        </section>
    }
}

/// Shown instead of a document whose record is not on this device.
pub(super) fn tidak_ditemukan(t: &TeksCetak, pesan: &str, id: &str, kembali: String) -> AnyView {
    view! {
        <section class="halaman" aria-labelledby="judul-cetak-hilang">
            <h1 id="judul-cetak-hilang">{t.tidak_ditemukan_judul}</h1>
            <p class="galat" role="alert" data-testid="cetak-tidak-ditemukan">{isi(pesan, &[("id", id)])}</p>
            <p><a href=kembali>{t.kembali}</a></p>
        </section>
    }
    .into_any()
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(r: &Route) -> AnyView {
    match r {
        Route::CetakSkp(id) => view! { <CetakSkp id=id.clone()/> }.into_any(),
        Route::CetakEvaluasi(id) => view! { <CetakEvaluasi id=id.clone()/> }.into_any(),
        _ => ().into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::evaluasi::JenisPeriode;

    #[test]
    fn periods_read_as_the_official_headings() {
        // The words come from `i18n::evaluasi::nama_periode`; documents print them in capitals.
        let p = Periode {
            jenis: JenisPeriode::Triwulanan,
            tahun: 2026,
            ke: 2,
        };
        assert_eq!(nama_periode(&p, Bahasa::Id), "TRIWULAN II 2026");
    }

    #[test]
    fn dates_use_the_language_month_names() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
        assert_eq!(tanggal(d, Bahasa::Id), "5 Maret 2026");
        assert_eq!(tanggal(d, Bahasa::En), "5 March 2026");
    }

    #[test]
    fn pangkat_is_the_rulebook_name_with_the_golongan() {
        let rb = Rulebook::aktif();
        assert_eq!(
            pangkat_golongan(rb, "III/a", Bahasa::Id),
            "Penata Muda, III/a"
        );
        assert_eq!(pangkat_golongan(rb, "", Bahasa::Id), "");
    }
}

#[cfg(test)]
#[path = "cetak_tests.rs"]
mod atasan_tests;
