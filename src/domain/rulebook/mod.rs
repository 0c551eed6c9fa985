//! The rulebook: every label, threshold, matrix, weight and band the engine uses, as data.
//! The built-in one (`bawaan.json`) follows PermenPANRB 6/2022 + SE MenPANRB 3/2023; an agency
//! may load its own, which is refused with a named reason if inconsistent ([`periksa`]).

mod aktif;
mod periksa;
mod periksa_akumulasi;
mod periksa_kinerja_rendah;
mod tipe;
mod tipe_karier;

pub use tipe::*;
pub use tipe_karier::*;

use super::{Bahasa, Galat};
use crate::jejak::{dari_teks, GalatJejak};
use std::sync::OnceLock;

/// `bawaan.json` as `build.rs` wrote it without indentation (same content).
const BAWAAN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/bawaan.min.json"));
/// `periode_evaluasi_default` of `bawaan.json`, extracted by `build.rs`.
const PERIODE_EVALUASI_DEFAULT: &str =
    include!(concat!(env!("OUT_DIR"), "/periode_evaluasi_default.rs"));

impl Rulebook {
    /// The built-in rulebook, parsed and checked once.
    pub fn bawaan() -> &'static Rulebook {
        static RB: OnceLock<Rulebook> = OnceLock::new();
        RB.get_or_init(|| match Rulebook::dari_json(BAWAAN_JSON) {
            Ok(rb) => rb,
            // A unit test proves the built-in rulebook loads; reaching this is a build defect.
            Err(g) => panic!("built-in rulebook invalid: {g:?}"),
        })
    }

    /// The built-in rulebook's default kind of evaluation period, taken from the same JSON at
    /// build time (`build.rs`): the home screen needs only this, and building every rule
    /// there would put the rulebook and its whole decoder into the first download.
    pub fn periode_evaluasi_bawaan() -> crate::domain::evaluasi::JenisPeriode {
        use crate::domain::evaluasi::JenisPeriode;
        JenisPeriode::dari_kode(PERIODE_EVALUASI_DEFAULT).unwrap_or(JenisPeriode::Bulanan)
    }

    /// Parses and checks a rulebook text (an agency's own, or the built-in one). Text that is
    /// not JSON is named by line and column, JSON of the wrong shape by its field path.
    pub fn dari_json(teks: &str) -> Result<Rulebook, Galat> {
        let rb: Rulebook = dari_teks(teks).map_err(|e| {
            let g = Galat::baru("rulebook_json");
            match &e {
                GalatJejak::Json(j) => g.dengan("baris", j.baris).dengan("kolom", j.kolom),
                GalatJejak::Data(d) => g.dengan("jalur", &d.jalur),
            }
            .dengan("alasan", e)
        })?;
        rb.periksa()?;
        Ok(rb)
    }

    /// [`Self::dari_json`] of a JSON value already read (a stored record's `data`).
    pub fn dari_nilai(v: &serde_json::Value) -> Result<Rulebook, Galat> {
        let rb: Rulebook = crate::jejak::dari_value(v).map_err(|d| {
            Galat::baru("rulebook_json")
                .dengan("jalur", &d.jalur)
                .dengan("alasan", GalatJejak::Data(d))
        })?;
        rb.periksa()?;
        Ok(rb)
    }

    /// Refuses a rulebook whose rules contradict each other, with a named reason.
    pub fn periksa(&self) -> Result<(), Galat> {
        periksa::periksa(self)
    }

    /// The label for `key` in `bahasa`; an unknown key is shown as itself rather than hidden.
    /// An agency's rulebook written before a label existed gets the built-in one's.
    pub fn teks<'a>(&'a self, key: &'a str, bahasa: Bahasa) -> &'a str {
        self.label
            .get(key)
            .or_else(|| Rulebook::bawaan().label.get(key))
            .map(|l| l.get(bahasa))
            .unwrap_or(key)
    }

    /// The label of a key in both languages, for callers that keep the pair.
    pub fn ada_label(&self, key: &str) -> bool {
        self.label.contains_key(key)
    }
}

/// The built-in rulebook's `akumulasi`, for a rulebook written before it had the section
/// (read from the same text, so the built-in words have one home).
fn akumulasi_bawaan() -> AturanAkumulasi {
    crate::jejak::value_dari_teks(BAWAAN_JSON)
        .ok()
        .and_then(|v| crate::jejak::baca_sebagai(&v["akumulasi"], "akumulasi").ok())
        // Unreachable while a test reads the built-in section; the old behaviour otherwise.
        .unwrap_or(AturanAkumulasi {
            jenis_satuan: Vec::new(),
            satuan_lain: crate::domain::skp::Akumulasi::Jumlah,
            tanpa_jumlah: crate::domain::skp::Akumulasi::RataRata,
        })
}

/// The built-in rulebook's `lampiran`, for a rulebook written before it had the section.
fn lampiran_bawaan() -> crate::domain::lampiran::AturanLampiran {
    crate::jejak::value_dari_teks(BAWAAN_JSON)
        .ok()
        .and_then(|v| crate::jejak::baca_sebagai(&v["lampiran"], "lampiran").ok())
        // Unreachable while a test reads the built-in section; nothing may be attached then.
        .unwrap_or(crate::domain::lampiran::AturanLampiran {
            ukuran_maks_byte: 0,
            maks_per_realisasi: 0,
            jenis_mime: Vec::new(),
            sisi_foto_maks_px: 0,
            kualitas_jpeg: 0.0,
        })
}

/// The built-in rulebook's `kinerja_rendah`, for a rulebook written before it had the section.
fn kinerja_rendah_bawaan() -> AturanKinerjaRendah {
    crate::jejak::value_dari_teks(BAWAAN_JSON)
        .ok()
        .and_then(|v| crate::jejak::baca_sebagai(&v["kinerja_rendah"], "kinerja_rendah").ok())
        // Unreachable while a test reads the built-in section; nothing flagged otherwise.
        .unwrap_or(AturanKinerjaRendah {
            predikat: Vec::new(),
            ambang_berulang: 2,
            tindak_lanjut: Default::default(),
            tindak_lanjut_berulang: Vec::new(),
            tindak_lanjut_jf: Vec::new(),
        })
}

#[cfg(test)]
mod tests;
