//! How an IKI's realisasi entries add up over the year, and which way follows from its target
//! when the person has not chosen: a percentage, a rate, a duration, an index or a level is
//! never summed; a count is. The regulation is silent, so the unit words and each kind's way
//! are the rulebook's (`akumulasi`, rule `akumulasi_bawaan`), not code.

use super::{Iki, Skp, Target};
use crate::domain::{Explained, Isi, Penjelasan, Rulebook};
use serde::{Deserialize, Serialize};

/// How realisasi entries of one IKI add up over time.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum Akumulasi {
    /// Counts add up (documents produced). The default of records written before the unit
    /// decided, so they keep reading as they were written.
    #[default]
    Jumlah,
    /// The latest measurement stands (an index, a level reached).
    Terakhir,
    /// The mean of the measurements (a rate or a duration per period).
    RataRata,
}

impl Akumulasi {
    pub const SEMUA: [Akumulasi; 3] = [Akumulasi::Jumlah, Akumulasi::Terakhir, Akumulasi::RataRata];

    /// The name stored in records and bundles.
    pub fn kode(self) -> &'static str {
        match self {
            Akumulasi::Jumlah => "jumlah",
            Akumulasi::Terakhir => "terakhir",
            Akumulasi::RataRata => "rata_rata",
        }
    }

    pub fn dari_kode(kode: &str) -> Option<Self> {
        Self::SEMUA.into_iter().find(|a| a.kode() == kode)
    }

    /// Rulebook label, e.g. "rata-rata entri".
    pub fn label_key(self) -> String {
        format!("akumulasi.{}", self.kode())
    }

    /// The way `target` accumulates when nobody chose: the first kind of unit in the
    /// rulebook whose word the unit contains, else the rulebook's way for other units; a
    /// lower-is-better or range target never sums (summing would cross its limit as the year
    /// goes on, whatever was achieved). The explanation names the kind it went by.
    pub fn bawaan_untuk(target: &Target, rb: &Rulebook) -> Explained<Akumulasi> {
        let aturan = &rb.akumulasi;
        let kata = kata_satuan(target.satuan());
        let jenis = aturan
            .jenis_satuan
            .iter()
            .find(|j| j.kata.iter().any(|k| memuat(&kata, &kata_satuan(k))));
        let (mut akumulasi, mut dasar) = match jenis {
            Some(j) => (j.akumulasi, format!("jenis_satuan.{}", j.kode)),
            None => (aturan.satuan_lain, "jenis_satuan.lain".to_string()),
        };
        if akumulasi == Akumulasi::Jumlah {
            let tanpa = match target {
                Target::MakinKecil { .. } => Some("dasar_akumulasi.makin_kecil"),
                Target::Rentang { .. } => Some("dasar_akumulasi.rentang"),
                _ => None,
            };
            if let Some(k) = tanpa {
                akumulasi = aturan.tanpa_jumlah;
                dasar = k.to_string();
            }
        }
        Penjelasan::baru(rb, "akumulasi_bawaan")
            .masukan("butir.satuan", Isi::Teks(target.satuan().to_string()))
            .label(
                "butir.bentuk_target",
                format!("bentuk_target.{}", target.bentuk().kode()),
            )
            .langkah_label("butir.dasar_akumulasi", dasar)
            .langkah_label("butir.akumulasi", akumulasi.label_key())
            .jadi(akumulasi)
    }
}

/// The label key of what a default accumulation went by (e.g. `jenis_satuan.persentase`).
pub fn dasar(e: &Explained<Akumulasi>) -> &str {
    e.penjelasan
        .langkah
        .iter()
        .find(|b| b.nama == "butir.dasar_akumulasi")
        .and_then(|b| match &b.isi {
            Isi::Label(k) => Some(k.as_str()),
            _ => None,
        })
        .unwrap_or("jenis_satuan.lain")
}

/// A unit as the rulebook's words are compared with it: lower case, `%` and `/` words of their
/// own, other punctuation and runs of spaces one separator ("Persen", " % ", "kali/bulan").
pub fn kata_satuan(satuan: &str) -> Vec<String> {
    let mut s = String::with_capacity(satuan.len() + 4);
    for c in satuan.chars() {
        if c == '%' || c == '/' {
            s.push(' ');
            s.push(c);
            s.push(' ');
        } else if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
        } else {
            s.push(' ');
        }
    }
    s.split_whitespace().map(String::from).collect()
}

/// Whether the unit's words contain the keyword's words, in order, side by side.
fn memuat(satuan: &[String], kata: &[String]) -> bool {
    !kata.is_empty() && satuan.windows(kata.len()).any(|w| w == kata)
}

impl Iki {
    /// The accumulation the IKI would have if nobody chose, with why.
    pub fn akumulasi_bawaan(&self, rb: &Rulebook) -> Explained<Akumulasi> {
        Akumulasi::bawaan_untuk(&self.target, rb)
    }

    /// Follows the unit unless the person chose. Returns whether anything changed.
    pub fn ikuti_satuan(&mut self, rb: &Rulebook) -> bool {
        if self.akumulasi_dipilih {
            return false;
        }
        let a = self.akumulasi_bawaan(rb).nilai;
        let beda = a != self.akumulasi;
        self.akumulasi = a;
        beda
    }

    /// The person's own choice: it stands whatever the unit says.
    pub fn pilih_akumulasi(&mut self, a: Akumulasi) {
        self.akumulasi = a;
        self.akumulasi_dipilih = true;
    }
}

impl Skp {
    /// While the SKP may be edited, every IKI whose accumulation nobody chose follows its unit
    /// (records written before this kept `jumlah` for everything). A submitted or approved
    /// SKP is left as it was agreed: changing it goes through a revision. Returns whether
    /// anything changed.
    pub fn akumulasi_ikut_satuan(&mut self, rb: &Rulebook) -> bool {
        if !self.boleh_diubah() {
            return false;
        }
        let mut beda = false;
        for iki in self.rhk.iter_mut().flat_map(|r| r.iki.iter_mut()) {
            beda |= iki.ikuti_satuan(rb);
        }
        beda
    }
}

#[cfg(test)]
#[path = "akumulasi_tests.rs"]
mod tests;
