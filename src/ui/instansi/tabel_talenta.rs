//! The talent pool's figures (PermenPANRB 3/2020; `domain::talenta`): each pegawai in scope
//! placed in the 9-box of a year from their annual predikat and potensial (the latest
//! competency assessment's JPM band), those who cannot be placed yet with the reason, and the
//! succession candidates for a jenjang ranked by competency fit against its standard.

use super::tabel_pengembangan::{nama, unit};
use crate::domain::kompetensi::{jpm, standar_default, Level};
use crate::domain::rekap_instansi::BarisPegawai;
use crate::domain::talenta::{jenjang_pengumpan, posisi_talenta, Kotak, SumberPotensial};
use crate::domain::{Bahasa, Explained, Galat, Rulebook};
use crate::store::kinerja::DataKinerja;
use crate::ui::kompetensi::persen;
use crate::ui::route::Route;
use crate::ui::tabel::{Sel, Tabel};

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
    pub belum_dinilai: &'static str,
}

/// A JPM and its band label.
type Jpm = (f64, String);

/// One pegawai of the scope in the year.
#[derive(Clone, Debug, PartialEq)]
pub struct Posisi {
    pub baris: BarisPegawai,
    pub hasil: Result<Explained<Kotak>, Galat>,
    /// JPM and band of the latest competency assessment.
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
            let terbaru = d.kompetensi_milik(&p.nip).first().map(|k| k.isi.clone());
            let jpm = terbaru
                .as_ref()
                .and_then(|k| k.hasil(rb).ok())
                .map(|h| (h.nilai.jpm, h.nilai.kategori));
            let sumber = match &jpm {
                Some((j, k)) => SumberPotensial::Jpm {
                    jpm: *j,
                    kategori: k.clone(),
                },
                None => SumberPotensial::Tidak,
            };
            let th = tahunan.get(p.nip.as_str()).unwrap_or(&kosong);
            Posisi {
                baris: p.clone(),
                hasil: posisi_talenta(rb, th, tahun, &sumber),
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
    match &p.jpm {
        Some((j, kat)) => crate::ui::i18n::isi(
            k.dari_jpm,
            &[("jpm", &persen(*j, b)), ("kategori", rb.teks(kat, b))],
        ),
        None => k.belum_dinilai.to_string(),
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

/// Succession candidates for `target`: in the succession boxes, from the target's jenjang or
/// the one below it, ranked by the fit of their latest assessed levels to the target's
/// standard (JPM against it), then by box.
pub fn tabel_suksesi(
    rb: &Rulebook,
    posisi: &[Posisi],
    jalur: &[String],
    target: &str,
    k: &KataTalenta,
    b: Bahasa,
) -> Tabel {
    let pengumpan = jenjang_pengumpan(rb, target);
    let standar = standar_default(rb, target).unwrap_or_default();
    let mut calon: Vec<(&Posisi, u8, Option<Jpm>)> = posisi
        .iter()
        .filter(|p| pengumpan.contains(&p.baris.jenjang))
        .filter_map(|p| {
            let kt = p.hasil.as_ref().ok()?;
            kt.nilai.kelompok_suksesi.then_some((p, kt.nilai.nomor))
        })
        .map(|(p, n)| {
            let fit = p
                .level
                .as_ref()
                .and_then(|l| jpm(rb, &standar, l).ok())
                .map(|h| (h.nilai.jpm, h.nilai.kategori));
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
    ]);
    for (p, n, fit) in calon {
        x.tambah(
            vec![
                Sel::teks(nama(&p.baris)),
                Sel::teks(p.baris.nip.clone()),
                Sel::teks(unit(&p.baris, jalur, k.tanpa_unit)),
                Sel::teks(jenjang(rb, &p.baris.jenjang, b)),
                Sel::Angka(n as f64),
                match &fit {
                    Some((j, _)) => Sel::Angka((j * 100.0).round() / 100.0),
                    None => Sel::teks(k.belum_dinilai),
                },
                Sel::teks(
                    fit.map(|f| rb.teks(&f.1, b).to_string())
                        .unwrap_or_default(),
                ),
            ],
            Some(Route::InstansiPegawai(p.baris.nip.clone()).href()),
        );
    }
    x
}
