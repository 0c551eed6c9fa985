//! During the year (§1.1 tahap 2): realisasi with bukti dukung, continuous feedback per RHK and
//! dialog kinerja records, plus capaian so far per IKI.

use super::capaian::capaian_iki_tepat;
use super::desimal::Pecahan;
use super::skp::{Akumulasi, Iki, Skp};
use super::{Butir, Explained, Galat, Isi, Penjelasan, Rulebook};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(tag = "jenis", content = "isi", rename_all = "snake_case")]
pub enum BuktiDukung {
    Tautan(String),
    /// The file stays with the pegawai; only its name travels.
    Berkas(String),
    /// A photo or PDF in its own `lampiran` record ([`super::lampiran::Lampiran`]), named by
    /// its id only: this enum is decoded with every realisasi on every data change (the first
    /// download), and the attachment's own code reads its name and size when it is shown.
    Lampiran(String),
}

impl BuktiDukung {
    /// The link, when it is one a browser may open: `http:` or `https:` only, so a
    /// `javascript:` or `data:` link from a file is shown as text, never followed.
    pub fn tautan_web(&self) -> Option<&str> {
        let BuktiDukung::Tautan(t) = self else {
            return None;
        };
        let skema = t.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
        matches!(skema.as_deref(), Some("http" | "https")).then_some(t.as_str())
    }
}

/// One realisasi entry for one IKI.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Realisasi {
    pub id: String,
    pub skp_id: String,
    pub iki_id: String,
    pub tanggal: NaiveDate,
    /// Measured value (kuantitatif); `None` for a narrative entry.
    #[serde(default)]
    pub nilai: Option<f64>,
    #[serde(default)]
    pub catatan: String,
    #[serde(default)]
    pub bukti: Vec<BuktiDukung>,
}

/// Umpan balik berkelanjutan on one RHK.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct UmpanBalik {
    pub id: String,
    pub skp_id: String,
    pub rhk_id: String,
    pub tanggal: NaiveDate,
    pub dari_nip: String,
    pub isi: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct DialogKinerja {
    pub id: String,
    pub skp_id: String,
    pub tanggal: NaiveDate,
    pub peserta: Vec<String>,
    #[serde(default)]
    pub capaian: String,
    #[serde(default)]
    pub kendala: String,
    #[serde(default)]
    pub langkah_disepakati: String,
    #[serde(default)]
    pub tindak_lanjut: Option<NaiveDate>,
}

impl Realisasi {
    /// The ids of the attachments this entry names.
    pub fn lampiran(&self) -> impl Iterator<Item = &str> {
        self.bukti.iter().filter_map(|b| match b {
            BuktiDukung::Lampiran(id) => Some(id.as_str()),
            _ => None,
        })
    }

    /// Problems that keep an entry from being saved, each naming the field.
    pub fn periksa(&self) -> Vec<Galat> {
        let mut m = Vec::new();
        if let Some(x) = self.nilai {
            if !x.is_finite() || x < 0.0 {
                m.push(Galat::baru("realisasi_tidak_sah").dengan("nilai", x));
            } else if let Err(g) = Pecahan::tepat(x) {
                // Capaian is computed exactly; a value beyond that (1e308) cannot be scored.
                m.push(g);
            }
        } else if self.catatan.trim().is_empty() {
            m.push(Galat::baru("realisasi_kosong"));
        }
        for b in &self.bukti {
            if let BuktiDukung::Tautan(t) = b {
                if b.tautan_web().is_none() {
                    m.push(Galat::baru("tautan_tidak_sah").dengan("nilai", t));
                }
            }
        }
        m
    }
}

impl Realisasi {
    /// The entry's date within its SKP's period: one dated outside would count in no period
    /// of that SKP, or in the wrong one (after a transfer, a new SKP starts mid-year).
    pub fn periksa_tanggal(&self, skp: &crate::domain::skp::Skp) -> Option<Galat> {
        (self.tanggal < skp.periode_mulai || self.tanggal > skp.periode_selesai).then(|| {
            Galat::baru("tanggal_di_luar_skp")
                .dengan("nilai", self.tanggal)
                .dengan("mulai", skp.periode_mulai)
                .dengan("selesai", skp.periode_selesai)
        })
    }
}

impl UmpanBalik {
    pub fn periksa(&self) -> Vec<Galat> {
        if self.isi.trim().is_empty() {
            vec![Galat::baru("umpan_balik_kosong")]
        } else {
            Vec::new()
        }
    }
}

impl DialogKinerja {
    /// Problems that keep a dialog record from being saved, each naming the field.
    pub fn periksa(&self) -> Vec<Galat> {
        let mut m = Vec::new();
        if self.peserta.iter().all(|p| p.trim().is_empty()) {
            m.push(Galat::baru("peserta_kosong"));
        }
        if [&self.capaian, &self.kendala, &self.langkah_disepakati]
            .iter()
            .all(|x| x.trim().is_empty())
        {
            m.push(Galat::baru("dialog_kosong"));
        }
        if let Some(t) = self.tindak_lanjut.filter(|t| *t < self.tanggal) {
            m.push(Galat::baru("tindak_lanjut_sebelum_dialog").dengan("nilai", t));
        }
        m
    }
}

/// The IKI's numeric entries up to and including `sampai`, oldest first.
fn entri_sampai(iki: &Iki, entri: &[Realisasi], sampai: NaiveDate) -> Vec<f64> {
    let mut nilai: Vec<(NaiveDate, f64)> = entri
        .iter()
        .filter(|r| r.iki_id == iki.id && r.tanggal <= sampai)
        .filter_map(|r| r.nilai.map(|v| (r.tanggal, v)))
        .collect();
    // Stable sort keeps entry order for the same day, so "terakhir" is the last one typed.
    nilai.sort_by_key(|(t, _)| *t);
    nilai.into_iter().map(|(_, v)| v).collect()
}

/// The IKI's realisasi up to and including `sampai`, combined per its [`Akumulasi`], exactly:
/// entries are the decimals typed, so 33,33 + 33,33 + 33,34 is 100, not 99,99999999999999.
pub fn realisasi_sampai_tepat(
    iki: &Iki,
    entri: &[Realisasi],
    sampai: NaiveDate,
) -> Option<Result<Pecahan, Galat>> {
    let nilai = entri_sampai(iki, entri, sampai);
    let akhir = *nilai.last()?;
    let jumlah = || {
        nilai.iter().try_fold(Pecahan::NOL, |j, v| {
            j.tambah(
                Pecahan::dari_f64(*v)
                    .ok_or_else(|| Galat::baru("realisasi_tidak_sah").dengan("nilai", v))?,
            )
        })
    };
    Some(match iki.akumulasi {
        Akumulasi::Jumlah => jumlah(),
        Akumulasi::Terakhir => Pecahan::dari_f64(akhir)
            .ok_or_else(|| Galat::baru("realisasi_tidak_sah").dengan("nilai", akhir)),
        Akumulasi::RataRata => jumlah().and_then(|j| j.bagi(Pecahan::bulat(nilai.len() as i64))),
    })
}

/// [`realisasi_sampai_tepat`] for display and charts.
pub fn realisasi_sampai(iki: &Iki, entri: &[Realisasi], sampai: NaiveDate) -> Option<f64> {
    realisasi_sampai_tepat(iki, entri, sampai).map(|r| match r {
        Ok(x) => x.ke_f64(),
        // Beyond exact range (e.g. 1e308): the float sum is still fine for a chart.
        Err(_) => {
            let v = entri_sampai(iki, entri, sampai);
            match iki.akumulasi {
                Akumulasi::Jumlah => v.iter().sum(),
                Akumulasi::Terakhir => v[v.len() - 1],
                Akumulasi::RataRata => v.iter().sum::<f64>() / v.len() as f64,
            }
        }
    })
}

/// Capaian of the IKI so far, or `None` when nothing numeric has been recorded yet.
pub fn capaian_sampai(
    rb: &Rulebook,
    iki: &Iki,
    entri: &[Realisasi],
    sampai: NaiveDate,
) -> Option<Result<Explained<Pecahan>, Galat>> {
    let n = entri_sampai(iki, entri, sampai).len();
    realisasi_sampai_tepat(iki, entri, sampai).map(|r| {
        let mut c = capaian_iki_tepat(rb, &iki.target, r?)?;
        // Which way the entries were combined is part of why the capaian is what it is.
        let dasar = [
            Butir {
                nama: "butir.akumulasi".into(),
                isi: Isi::Label(iki.akumulasi.label_key()),
            },
            Butir {
                nama: "butir.jumlah_entri".into(),
                isi: Isi::Angka(n as f64),
            },
        ];
        c.penjelasan.masukan.splice(0..0, dasar);
        Ok(c)
    })
}

/// A monitoring summary of the whole SKP up to `sampai`: the mean capaian of the IKI that have
/// numeric realisasi (narrative IKI and IKI without entries are counted, not averaged).
pub fn capaian_rata_rata(
    rb: &Rulebook,
    skp: &Skp,
    entri: &[Realisasi],
    sampai: NaiveDate,
) -> Option<Explained<Pecahan>> {
    let iki: Vec<&Iki> = skp.rhk.iter().flat_map(|r| r.iki.iter()).collect();
    let nilai: Vec<Pecahan> = iki
        .iter()
        .filter_map(|i| capaian_sampai(rb, i, entri, sampai))
        .filter_map(Result::ok)
        .map(|c| c.nilai)
        .collect();
    if nilai.is_empty() {
        return None;
    }
    let jumlah = nilai
        .iter()
        .try_fold(Pecahan::NOL, |j, c| j.tambah(*c))
        .ok()?;
    let rata = jumlah.bagi(Pecahan::bulat(nilai.len() as i64)).ok()?;
    Some(
        Penjelasan::baru(rb, "capaian_rata_rata")
            .angka("butir.jumlah_iki", iki.len() as f64)
            .angka("butir.iki_dengan_realisasi", nilai.len() as f64)
            .langkah("butir.capaian_rata_rata", rata.ke_f64())
            .jadi(rata),
    )
}

/// The cumulative series for a progress chart: one point per entry date.
pub fn deret_realisasi(iki: &Iki, entri: &[Realisasi]) -> Vec<(NaiveDate, f64)> {
    let mut tanggal: Vec<NaiveDate> = entri
        .iter()
        .filter(|r| r.iki_id == iki.id && r.nilai.is_some())
        .map(|r| r.tanggal)
        .collect();
    tanggal.sort_unstable();
    tanggal.dedup();
    tanggal
        .into_iter()
        .filter_map(|t| realisasi_sampai(iki, entri, t).map(|v| (t, v)))
        .collect()
}

#[cfg(test)]
#[path = "progres_tests.rs"]
mod tests;
