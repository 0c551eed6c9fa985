//! Domain errors: a code plus named details. The words live in the rulebook
//! (`galat.<kode>` labels) so a message reads in the person's language and names what and where.

use super::{Bahasa, Rulebook};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Galat {
    pub kode: String,
    /// `(placeholder, value)` pairs filled into the message.
    pub rincian: Vec<(String, String)>,
}

impl Galat {
    pub fn baru(kode: &str) -> Self {
        Self {
            kode: kode.into(),
            rincian: Vec::new(),
        }
    }

    pub fn dengan(mut self, nama: &str, nilai: impl ToString) -> Self {
        self.rincian.push((nama.into(), nilai.to_string()));
        self
    }

    /// The message in `bahasa`, placeholders `{nama}` filled in.
    pub fn pesan(&self, rb: &Rulebook, bahasa: Bahasa) -> String {
        let mut s = rb.teks(&format!("galat.{}", self.kode), bahasa).to_string();
        for (k, v) in &self.rincian {
            s = s.replace(&format!("{{{k}}}"), v);
        }
        s
    }
}

impl std::fmt::Display for Galat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.pesan(Rulebook::aktif(), Bahasa::Id))
    }
}

impl std::error::Error for Galat {}
