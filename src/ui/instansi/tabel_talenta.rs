//! The talent pool's figures (PermenPANRB 3/2020; `domain::talenta`): each pegawai in scope
//! placed in the 9-box of a year from their annual predikat and potensial (the latest
//! competency assessment's JPM band), those who cannot be placed yet with the reason, and the
//! succession candidates for a jenjang ranked by competency fit against its standard.

use super::tabel_pengembangan::{nama, unit};
use crate::domain::asesmen_potensi::berlaku;
use crate::domain::kompetensi::{jpm, standar_default, Level};
use crate::domain::rekap_instansi::BarisPegawai;
use crate::domain::talenta::{jenjang_pengumpan, posisi_talenta, Kotak, SumberPotensial};
use crate::domain::{Bahasa, Explained, Galat, Rulebook};
use crate::store::kinerja::DataKinerja;
use crate::ui::format::tanggal;
use crate::ui::kompetensi::persen;
use crate::ui::route::Route;
use crate::ui::tabel::{Sel, Tabel};
use chrono::{Datelike, NaiveDate};

/// Column names and words, in the screen's language.
pub struct KataTalenta {
    pub nama: &'static str,
    pub nip: &'static str,
    pub unit: &'static str,
    pub jenjang: &'static str,
    pub kotak: &'static str,
    pub kinerja: &'static str,
    pub potensial: &'static str,
    pub dasar: &'static str,
    pub tindak_lanjut: &'static str,
    pub alasan: &'static str,
    pub kecocokan: &'static str,
    pub kategori: &'static str,
    pub tanpa_unit: &'static str,
    /// `{jpm}`, `{kategori}`
    pub dari_jpm: &'static str,
    /// `{tanggal}`, `{oleh}`
    pub dari_asesmen: &'static str,
    pub belum_dinilai: &'static str,
    /// Column: how many of the standard's competencies the fit rests on.
    pub dinilai: &'static str,
    /// `{n}`, `{dari}`
    pub n_dari: &'static str,
}

/// A JPM and its band label.
type Jpm = (f64, String);

/// One pegawai of the scope in the year.
#[derive(Clone, Debug, PartialEq)]
pub struct Posisi {
    pub baris: BarisPegawai,
    pub hasil: Result<Explained<Kotak>, Galat>,
    /// The potential assessment that placed them (its date and who gave it), when one did.
    pub asesmen: Option<(NaiveDate, String)>,
    /// JPM and band of the latest competency assessment dated in the year or before.
    pub jpm: Option<Jpm>,
    pub level: Option<Level>,
}

/// Every pegawai of `pegawai` placed (or not) in the 9-box of `tahun`.
pub fn posisi_semua(
    rb: &Rulebook,
    d: &DataKinerja,
    pegawai: &[BarisPegawai],
    tahun: i32,
) -> Vec<Posisi> {
    let tahunan = d.predikat_tahunan(rb);
    let kosong = Default::default();
    pegawai
        .iter()
        .map(|p| {
            // As for the asesmen: one given later does not rewrite an earlier year's box.
            let terbaru = d
                .kompetensi_milik(&p.nip)
                .into_iter()
                .find(|k| k.isi.tanggal.year() <= tahun)
                .map(|k| k.isi.clone());
            let jpm = terbaru
                .as_ref()
                .and_then(|k| k.hasil(rb).ok())
                .map(|h| (h.nilai.jpm, h.nilai.kategori));
            let asesmen = berlaku(d.asesmen_milik(&p.nip).into_iter().map(|a| &a.isi), tahun);
            let sumber = match (asesmen, &jpm) {
                (Some(a), _) => SumberPotensial::Asesmen {
                    potensial: a.potensial,
                    tanggal: a.tanggal,
                    penyelenggara: a.penyelenggara.clone(),
                },
                (None, Some((j, k))) => SumberPotensial::Jpm {
                    jpm: *j,
                    kategori: k.clone(),
                },
                (None, None) => SumberPotensial::Tidak,
            };
            let th = tahunan.get(p.nip.as_str()).unwrap_or(&kosong);
            Posisi {
                baris: p.clone(),
                hasil: posisi_talenta(rb, th, tahun, &sumber),
                asesmen: asesmen.map(|a| (a.tanggal, a.penyelenggara.clone())),
                jpm,
                level: terbaru.map(|k| k.level),
            }
        })
        .collect()
}

fn jenjang(rb: &Rulebook, kode: &str, b: Bahasa) -> String {
    if kode.is_empty() {
        String::new()
    } else {
        rb.teks(&format!("jenjang.{kode}"), b).to_string()
    }
}

fn dasar(p: &Posisi, rb: &Rulebook, k: &KataTalenta, b: Bahasa) -> String {
    match (&p.asesmen, &p.jpm) {
        (Some((t, oleh)), _) => {
            crate::ui::i18n::isi(k.dari_asesmen, &[("tanggal", &tanggal(*t)), ("oleh", oleh)])
        }
        (None, Some((j, kat))) => crate::ui::i18n::isi(
            k.dari_jpm,
            &[("jpm", &persen(*j, b)), ("kategori", rb.teks(kat, b))],
        ),
        (None, None) => k.belum_dinilai.to_string(),
    }
}

/// The placed pegawai, the highest box first, with the box's follow-up.
pub fn tabel_talenta(
    rb: &Rulebook,
    posisi: &[Posisi],
    jalur: &[String],
    k: &KataTalenta,
    b: Bahasa,
) -> Tabel {
    let mut x = Tabel::baru(&[
        k.nama,
        k.nip,
        k.unit,
        k.jenjang,
        k.kotak,
        k.kinerja,
        k.potensial,
        k.dasar,
        k.tindak_lanjut,
    ]);
    let mut urut: Vec<(&Posisi, &Kotak)> = posisi
        .iter()
        .filter_map(|p| p.hasil.as_ref().ok().map(|e| (p, &e.nilai)))
        .collect();
    urut.sort_by_key(|(p, kt)| (std::cmp::Reverse(kt.nomor), nama(&p.baris)));
    for (p, kt) in urut {
        let tl: Vec<&str> = kt.tindak_lanjut.iter().map(|t| rb.teks(t, b)).collect();
        x.tambah(
            vec![
                Sel::teks(nama(&p.baris)),
                Sel::teks(p.baris.nip.clone()),
                Sel::teks(unit(&p.baris, jalur, k.tanpa_unit)),
                Sel::teks(jenjang(rb, &p.baris.jenjang, b)),
                Sel::Angka(kt.nomor as f64),
                Sel::teks(rb.teks(&kt.kinerja.label_key(), b)),
                Sel::teks(rb.teks(kt.potensial.label_key(), b)),
                Sel::teks(dasar(p, rb, k, b)),
                Sel::teks(tl.join("; ")),
            ],
            Some(Route::InstansiPegawai(p.baris.nip.clone()).href()),
        );
    }
    x
}

/// Those not placed yet, and why (no annual predikat in the years read, no potensial).
pub fn tabel_belum(
    rb: &Rulebook,
    posisi: &[Posisi],
    jalur: &[String],
    k: &KataTalenta,
    b: Bahasa,
) -> Tabel {
    let mut x = Tabel::baru(&[k.nama, k.nip, k.unit, k.alasan]);
    for p in posisi {
        if let Err(g) = &p.hasil {
            x.tambah(
                vec![
                    Sel::teks(nama(&p.baris)),
                    Sel::teks(p.baris.nip.clone()),
                    Sel::teks(unit(&p.baris, jalur, k.tanpa_unit)),
                    Sel::teks(g.pesan(rb, b)),
                ],
                Some(Route::InstansiPegawai(p.baris.nip.clone()).href()),
            );
        }
    }
    x
}

/// What succession is planned for: a jenjang, or a position of the agency (its name and
/// jenjang, as the profiles write them), whose holders are not their own successors.
#[derive(Clone, Debug, PartialEq)]
pub enum Sasaran {
    Jenjang(String),
    Jabatan { nama: String, jenjang: String },
}

impl Sasaran {
    fn jenjang(&self) -> &str {
        match self {
            Sasaran::Jenjang(j) | Sasaran::Jabatan { jenjang: j, .. } => j,
        }
    }

    /// The value of its option in the screen's select (`j:<jenjang>` or
    /// `p:<jenjang>:<position>`; a jenjang code has no colon).
    pub fn kode(&self) -> String {
        match self {
            Sasaran::Jenjang(j) => format!("j:{j}"),
            Sasaran::Jabatan { nama, jenjang } => format!("p:{jenjang}:{nama}"),
        }
    }

    pub fn dari_kode(kode: &str) -> Option<Sasaran> {
        if let Some(j) = kode.strip_prefix("j:") {
            return Some(Sasaran::Jenjang(j.into()));
        }
        let (jenjang, nama) = kode.strip_prefix("p:")?.split_once(':')?;
        Some(Sasaran::Jabatan {
            nama: nama.into(),
            jenjang: jenjang.into(),
        })
    }
}

/// The positions the agency's profiles name, each once with its jenjang, by name.
pub fn jabatan_instansi(pegawai: &[BarisPegawai]) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = pegawai
        .iter()
        .filter(|p| !p.jabatan.trim().is_empty() && !p.jenjang.is_empty())
        .map(|p| (p.jabatan.trim().to_string(), p.jenjang.clone()))
        .collect();
    v.sort();
    v.dedup();
    v
}

/// A JPM, its band label and how many of the standard's competencies it rests on.
type Kecocokan = (f64, String, usize);

/// A candidate's fit to a standard over the competencies both assessed and in the standard
/// (a pejabat penilai assesses what they observed, not always all of them): JPM, band, and how
/// many of the standard's competencies it rests on. `None` when none of them was assessed.
fn kecocokan(rb: &Rulebook, standar: &Level, level: &Level) -> Option<Kecocokan> {
    let bagian: Level = standar
        .iter()
        .filter(|(kode, _)| level.contains_key(*kode))
        .map(|(kode, s)| (kode.clone(), *s))
        .collect();
    if bagian.is_empty() {
        return None;
    }
    let h = jpm(rb, &bagian, level).ok()?;
    Some((h.nilai.jpm, h.nilai.kategori, bagian.len()))
}

/// Succession candidates for `sasaran`: in the succession boxes, from its jenjang or the one
/// below it (a position's holders left out), ranked by the fit of their latest assessed levels
/// to the jenjang's standard (JPM over the competencies assessed), then by box.
pub fn tabel_suksesi(
    rb: &Rulebook,
    posisi: &[Posisi],
    jalur: &[String],
    sasaran: &Sasaran,
    k: &KataTalenta,
    b: Bahasa,
) -> Tabel {
    let target = sasaran.jenjang();
    let pengumpan = jenjang_pengumpan(rb, target);
    let standar = standar_default(rb, target).unwrap_or_default();
    let pemegang = |p: &Posisi| match sasaran {
        Sasaran::Jabatan { nama, jenjang } => {
            p.baris.jabatan.trim() == nama && p.baris.jenjang == *jenjang
        }
        Sasaran::Jenjang(_) => false,
    };
    let mut calon: Vec<(&Posisi, u8, Option<Kecocokan>)> = posisi
        .iter()
        .filter(|p| pengumpan.contains(&p.baris.jenjang) && !pemegang(p))
        .filter_map(|p| {
            let kt = p.hasil.as_ref().ok()?;
            kt.nilai.kelompok_suksesi.then_some((p, kt.nilai.nomor))
        })
        .map(|(p, n)| {
            let fit = p.level.as_ref().and_then(|l| kecocokan(rb, &standar, l));
            (p, n, fit)
        })
        .collect();
    calon.sort_by(|a, b| {
        let fa = a.2.as_ref().map_or(-1.0, |f| f.0);
        let fb = b.2.as_ref().map_or(-1.0, |f| f.0);
        fb.total_cmp(&fa)
            .then(b.1.cmp(&a.1))
            .then(nama(&a.0.baris).cmp(&nama(&b.0.baris)))
    });
    let mut x = Tabel::baru(&[
        k.nama,
        k.nip,
        k.unit,
        k.jenjang,
        k.kotak,
        k.kecocokan,
        k.kategori,
        k.dinilai,
    ]);
    for (p, n, fit) in calon {
        let (angka, kategori, dinilai) = match &fit {
            Some((j, kat, n)) => (
                Sel::Angka((j * 100.0).round() / 100.0),
                rb.teks(kat, b).to_string(),
                crate::ui::i18n::isi(
                    k.n_dari,
                    &[("n", &n.to_string()), ("dari", &standar.len().to_string())],
                ),
            ),
            None => (Sel::teks(k.belum_dinilai), String::new(), String::new()),
        };
        x.tambah(
            vec![
                Sel::teks(nama(&p.baris)),
                Sel::teks(p.baris.nip.clone()),
                Sel::teks(unit(&p.baris, jalur, k.tanpa_unit)),
                Sel::teks(jenjang(rb, &p.baris.jenjang, b)),
                Sel::Angka(n as f64),
                angka,
                Sel::teks(kategori),
                Sel::teks(dinilai),
            ],
            Some(Route::InstansiPegawai(p.baris.nip.clone()).href()),
        );
    }
    x
}

#[cfg(test)]
#[path = "tabel_talenta_tests.rs"]
mod tests;
