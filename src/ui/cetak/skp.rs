//! The printable SKP: identities, hasil kerja in the JA/JF (§1.3.3) or JPT (§1.3.2) layout,
//! perilaku kerja with the leader's expectations (§1.3.4), Lampiran (§1.3.5), status and
//! signatures.

use super::skp_status::{tanggal_ttd, teks_revisi};
use super::{
    atasan_penilai, blok_ttd, pegawai, penilai, rentang, tabel_identitas, tanggal, tidak_ditemukan,
    Lembar, Ttd,
};
use crate::domain::skp::{Iki, JenisRhk, JenisSkp, Pendekatan, Rhk, Skp, StatusSkp, Target};
use crate::domain::{Bahasa, Rulebook};
use crate::store::kinerja::DataKinerja;
use crate::ui::cetak::teks::{teks_cetak, TeksCetak};
use crate::ui::format::target_teks;
use crate::ui::i18n::isi;
use crate::ui::route::Route;
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn CetakSkp(id: String) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let data = state.data_kinerja();
    move || {
        let b = state.settings.with(|s| s.bahasa);
        let t = teks_cetak(b);
        let saya = state.settings.with(|s| s.nip.clone());
        data.with(|d| match d.skp_id(&id) {
            None => tidak_ditemukan(t, t.skp_tidak_ditemukan, &id, Route::Skp.href()),
            Some(s) => {
                // The pegawai came from their own SKP screen, the pejabat penilai from the team.
                let kembali = if s.isi.pegawai_nip == saya {
                    Route::Skp
                } else {
                    Route::Tim
                };
                let isi = dokumen(d, &s.isi, rb, b);
                view! { <Lembar kembali=kembali.href()>{isi}</Lembar> }.into_any()
            }
        })
    }
}

fn dokumen(d: &DataKinerja, s: &Skp, rb: &Rulebook, b: Bahasa) -> AnyView {
    let t = teks_cetak(b);
    let ts = teks_skp(b);
    let peg = pegawai(d, &s.pegawai_nip, rb, b);
    let pen = penilai(d, &s.pegawai_nip, &s.pejabat_penilai_nip, rb, b).unwrap_or_default();
    let atasan = atasan_penilai(d, &s.pegawai_nip, &s.pejabat_penilai_nip, rb, b);
    let instansi = d
        .profil(&s.pegawai_nip)
        .map(|p| p.instansi.clone())
        .filter(|i| !i.is_empty());
    let jenis = ts.jenis_nama[usize::from(s.jenis == JenisSkp::Jpt)];
    let pendekatan = ts.pendekatan_nama[usize::from(s.pendekatan == Pendekatan::Kualitatif)];
    let (tgl_status, catatan) = match &s.status {
        StatusSkp::Draft => (None, Some(t.draf_catatan.to_string())),
        StatusSkp::Diajukan { pada } => (Some(*pada), Some(t.draf_catatan.to_string())),
        StatusSkp::Disetujui { pada } => (Some(*pada), None),
        StatusSkp::Dikembalikan { pada, alasan } => (
            Some(*pada),
            Some(format!("{}: {alasan}", t.alasan_dikembalikan)),
        ),
    };
    let status = match tgl_status {
        Some(p) => format!(
            "{} — {}",
            rb.teks(&s.status.label_key(), b),
            isi(t.pada_tanggal, &[("tanggal", &tanggal(p, b))])
        ),
        None => rb.teks(&s.status.label_key(), b).to_string(),
    };
    let revisi = teks_revisi(s, t);
    let (tgl_pegawai, tgl_penilai) = tanggal_ttd(s);
    let mut pihak = vec![
        (t.pegawai_dinilai, peg.clone()),
        (t.pejabat_penilai, pen.clone()),
    ];
    // The atasan's approval is not recorded here: their date is written by hand.
    let mut ttd: Vec<Ttd> = vec![
        (t.ttd_pegawai, peg, tgl_pegawai),
        (t.ttd_penilai, pen, tgl_penilai),
    ];
    if let Some(a) = atasan {
        pihak.push((t.atasan_penilai, a.clone()));
        ttd.push((t.ttd_atasan, a, None));
    }
    view! {
        <header class="dokumen-kepala">
            {instansi.map(|i| view! { <p class="instansi">{i}</p> })}
            <h1 data-testid="judul-dokumen">{t.judul_skp}</h1>
            <p class="subjudul">{jenis} " · " {pendekatan}</p>
            <p><strong>{t.periode} ": "</strong>{rentang(s.periode_mulai, s.periode_selesai, b)}</p>
            <p><strong>{t.status} ": "</strong><span data-testid="cetak-status">{status}</span></p>
            {revisi.map(|r| view! { <p class="revisi-dokumen" data-testid="cetak-revisi">{r}</p> })}
            {catatan.map(|c| view! { <p class="catatan-dokumen">{c}</p> })}
        </header>
        {tabel_identitas(t, pihak)}
        <h2>{t.hasil_kerja}</h2>
        {tabel_hasil(s, rb, b)}
        <h2>{t.perilaku_kerja}</h2>
        {tabel_perilaku(s, rb, b)}
        {blok_ttd(t, b, ttd.clone())}
        <section class="lampiran-dokumen" data-testid="lampiran-skp">
            <h2>{t.lampiran}</h2>
            {lampiran(t, s)}
            {blok_ttd(t, b, ttd)}
        </section>
    }
    .into_any()
}

/// Rows of one RHK: one per IKI, the RHK's own cells spanning them all.
fn baris_rhk(no: usize, r: &Rhk, jpt: bool, rb: &Rulebook, b: Bahasa) -> AnyView {
    let t = teks_cetak(b);
    let n = r.iki.len().max(1).to_string();
    let mut uraian = r.uraian.clone();
    if !r.penugasan_dari.trim().is_empty() {
        uraian = format!(
            "{uraian} {}",
            isi(t.penugasan, &[("asal", &r.penugasan_dari)])
        );
    }
    let perspektif = r
        .perspektif
        .as_ref()
        .map(|p| rb.teks(&format!("perspektif.{p}"), b).to_string())
        .unwrap_or_default();
    // An RHK without IKI still prints, with empty indicator cells.
    let iki: Vec<(String, String, String, Option<String>)> = if r.iki.is_empty() {
        vec![Default::default()]
    } else {
        r.iki
            .iter()
            .map(|i| {
                (
                    rb.teks(i.aspek.label_key(), b).to_string(),
                    i.indikator.clone(),
                    target_teks(&i.target, b),
                    teks_akumulasi(i, rb, b),
                )
            })
            .collect()
    };
    iki.into_iter()
        .enumerate()
        .map(|(k, (aspek, indikator, target, akumulasi))| {
            let awal = k == 0;
            // The target, and under it how its realisasi add up (the capaian depends on it).
            let sel_target = view! {
                <td><span data-testid="cetak-target">{target}</span>
                    {akumulasi.map(|a| view! { <br/><small class="akumulasi-dokumen" data-testid="cetak-akumulasi">{a}</small> })}</td>
            };
            if jpt {
                view! {
                    <tr>
                        {awal.then(|| view! { <td rowspan=n.clone() class="no">{no}</td><td rowspan=n.clone() data-testid="cetak-rhk">{uraian.clone()}</td> })}
                        <td>{indikator}</td>
                        {sel_target}
                        {awal.then(|| view! { <td rowspan=n.clone()>{perspektif.clone()}</td> })}
                    </tr>
                }
                .into_any()
            } else {
                view! {
                    <tr>
                        {awal.then(|| view! { <td rowspan=n.clone() class="no">{no}</td><td rowspan=n.clone()>{uraian_atasan(&r.rhk_atasan_uraian).to_string()}</td><td rowspan=n.clone() data-testid="cetak-rhk">{uraian.clone()}</td> })}
                        <td>{aspek}</td>
                        <td>{indikator}</td>
                        {sel_target}
                    </tr>
                }
                .into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// How the IKI's realisasi add up, as a line under its target; none for a narrative target,
/// whose realisasi are words.
fn teks_akumulasi(i: &Iki, rb: &Rulebook, b: Bahasa) -> Option<String> {
    if matches!(i.target, Target::Naratif { .. }) {
        return None;
    }
    let t = teks_cetak(b);
    Some(isi(
        t.akumulasi,
        &[("akumulasi", rb.teks(&i.akumulasi.label_key(), b))],
    ))
}

fn tabel_hasil(s: &Skp, rb: &Rulebook, b: Bahasa) -> AnyView {
    let t = teks_cetak(b);
    let jpt = s.jenis == JenisSkp::Jpt;
    let kolom: Vec<&str> = if jpt {
        vec![t.no, t.kol_rhk, t.kol_iki, t.kol_target, t.kol_perspektif]
    } else {
        vec![
            t.no,
            t.kol_rhk_atasan,
            t.kol_rhk,
            t.kol_aspek,
            t.kol_iki,
            t.kol_target,
        ]
    };
    let lebar = kolom.len().to_string();
    let kelompok = |judul: &'static str, jenis: JenisRhk| {
        let rhk: Vec<&Rhk> = s.rhk.iter().filter(|r| r.jenis == jenis).collect();
        let isi = if rhk.is_empty() {
            view! { <tr><td colspan=lebar.clone()>{t.tidak_ada}</td></tr> }.into_any()
        } else {
            rhk.iter()
                .enumerate()
                .map(|(i, r)| baris_rhk(i + 1, r, jpt, rb, b))
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

/// The seven BerAKHLAK values with their panduan and the leader's specific expectation.
fn tabel_perilaku(s: &Skp, rb: &Rulebook, b: Bahasa) -> AnyView {
    let t = teks_cetak(b);
    view! {
        <table class="tabel-dokumen" data-testid="tabel-perilaku">
            <thead><tr>
                <th scope="col">{t.no}</th>
                <th scope="col">{t.kol_perilaku}</th>
                <th scope="col">{t.kol_ekspektasi}</th>
            </tr></thead>
            <tbody>
                {rb.berakhlak.iter().enumerate().map(|(i, nilai)| {
                    let ekspektasi = s.perilaku.iter().find(|p| p.nilai == nilai.kode).map(|p| p.ekspektasi_khusus.clone()).unwrap_or_default();
                    view! {
                        <tr>
                            <td class="no">{i + 1}</td>
                            <td>{panduan(rb, &nilai.kode, &nilai.panduan, b)}</td>
                            <td data-testid="cetak-ekspektasi">{ekspektasi}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// A BerAKHLAK value's name and its three panduan perilaku (shared with the evaluation).
pub(super) fn panduan(rb: &Rulebook, kode: &str, panduan: &[String; 3], b: Bahasa) -> AnyView {
    view! {
        <strong>{rb.teks(&format!("berakhlak.{kode}"), b).to_string()}</strong>
        <ul class="panduan">{panduan.iter().map(|p| view! { <li>{rb.teks(p, b).to_string()}</li> }).collect_view()}</ul>
    }
    .into_any()
}

fn lampiran(t: &TeksCetak, s: &Skp) -> AnyView {
    let l = &s.lampiran;
    [
        &l.dukungan_sumber_daya,
        &l.skema_pertanggungjawaban,
        &l.konsekuensi,
    ]
    .into_iter()
    .zip(t.lampiran_nama)
    .map(|(daftar, judul)| {
        let isi = if daftar.is_empty() {
            view! { <p>{t.tidak_ada}</p> }.into_any()
        } else {
            view! { <ol>{daftar.iter().map(|x| view! { <li>{x.clone()}</li> }).collect_view()}</ol> }
                .into_any()
        };
        view! { <h3>{judul}</h3> {isi} }
    })
    .collect_view()
    .into_any()
}

/// The superior's RHK as the document prints it. SKPs written before this version stored the
/// list's label, "<NIP> · uraian"; the NIP is not part of the RHK (the atasan is named in the
/// identity table), so it is left out.
fn uraian_atasan(disimpan: &str) -> &str {
    match disimpan.split_once(" · ") {
        Some((nip, uraian)) if nip.len() == 18 && nip.bytes().all(|c| c.is_ascii_digit()) => uraian,
        _ => disimpan,
    }
}

#[cfg(test)]
mod tests {
    use super::{teks_akumulasi, teks_revisi, uraian_atasan};
    use crate::domain::skp::{Akumulasi, Aspek, Iki, JenisSkp, Pendekatan, Skp, StatusSkp, Target};
    use crate::domain::{Bahasa, Rulebook};
    use crate::ui::cetak::teks::teks_cetak;
    use chrono::NaiveDate;

    fn tgl(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn the_accumulation_prints_in_the_rulebooks_words_except_for_a_narrative_target() {
        let rb = Rulebook::aktif();
        let mut i = Iki::baru("i1".into(), Aspek::Kualitas, Pendekatan::Kuantitatif, rb);
        i.target = Target::Angka {
            nilai: 99.5,
            satuan: "%".into(),
        };
        i.pilih_akumulasi(Akumulasi::RataRata);
        assert_eq!(
            teks_akumulasi(&i, rb, Bahasa::Id).as_deref(),
            Some("Realisasi dihitung: rata-rata entri")
        );
        assert_eq!(
            teks_akumulasi(&i, rb, Bahasa::En).as_deref(),
            Some("Actuals count as: mean of entries")
        );
        // What is stored prints, even where the unit would suggest otherwise.
        i.akumulasi = Akumulasi::Jumlah;
        assert_eq!(
            teks_akumulasi(&i, rb, Bahasa::Id).as_deref(),
            Some("Realisasi dihitung: jumlah semua entri")
        );
        i.target = Target::Naratif {
            teks: "Layanan baik".into(),
        };
        assert_eq!(teks_akumulasi(&i, rb, Bahasa::Id), None);
    }

    #[test]
    fn the_revision_number_prints_once_reopened_with_the_reason_until_approved() {
        let t = teks_cetak(Bahasa::Id);
        let mut s = Skp::baru(
            "s1",
            "198609262015052001",
            JenisSkp::JaJf,
            Pendekatan::Kuantitatif,
            tgl(1, 1),
            tgl(12, 31),
        );
        s.status = StatusSkp::Disetujui { pada: tgl(1, 20) };
        assert_eq!(teks_revisi(&s, t), None);
        s.revisi(tgl(3, 1), "Satuan IKI keliru").unwrap();
        assert_eq!(
            teks_revisi(&s, t).as_deref(),
            Some("Revisi ke-1 — alasan perubahan: Satuan IKI keliru")
        );
        s.status = StatusSkp::Disetujui { pada: tgl(3, 5) };
        assert_eq!(teks_revisi(&s, t).as_deref(), Some("Revisi ke-1"));
        s.revisi(tgl(6, 1), "Tugas baru").unwrap();
        s.status = StatusSkp::Disetujui { pada: tgl(6, 5) };
        assert_eq!(
            teks_revisi(&s, teks_cetak(Bahasa::En)).as_deref(),
            Some("Revision 2")
        );
    }

    #[test]
    fn a_stored_nip_prefix_is_not_printed() {
        assert_eq!(
            uraian_atasan("197501012000031001 · Meningkatnya layanan"),
            "Meningkatnya layanan"
        );
        assert_eq!(
            uraian_atasan("Meningkatnya layanan"),
            "Meningkatnya layanan"
        );
        // Words that merely contain the separator stay whole.
        assert_eq!(uraian_atasan("Tahap 1 · Tahap 2"), "Tahap 1 · Tahap 2");
    }
}
