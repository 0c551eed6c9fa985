//! Every computed number carries its explanation: the rule applied (with its source and
//! formula from the rulebook), the inputs used and the intermediate steps.

use super::{Bahasa, Rulebook};
use serde::{Deserialize, Serialize};

/// A result together with why it is what it is.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Explained<T> {
    pub nilai: T,
    pub penjelasan: Penjelasan,
}

/// Inputs, steps and notes of one computation. Names are rulebook label keys, so the same
/// explanation reads in either language.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Penjelasan {
    /// Rule id in [`Rulebook::aturan`].
    pub aturan: String,
    /// Regulation the rule comes from, copied so the explanation stands alone.
    pub sumber: String,
    pub masukan: Vec<Butir>,
    pub langkah: Vec<Butir>,
    /// Label keys of remarks (e.g. a clamp that was applied).
    pub catatan: Vec<String>,
}

/// One named value in an explanation.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Butir {
    /// Label key of the name.
    pub nama: String,
    pub isi: Isi,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum Isi {
    Angka(f64),
    Teks(String),
    /// A label key, e.g. `predikat.baik`.
    Label(String),
}

impl Penjelasan {
    /// Starts an explanation of rule `aturan`; the rulebook guarantees the rule exists.
    pub fn baru(rb: &Rulebook, aturan: &str) -> Self {
        Self {
            aturan: aturan.to_string(),
            sumber: rb
                .aturan
                .get(aturan)
                .map(|a| a.sumber.clone())
                .unwrap_or_default(),
            ..Self::default()
        }
    }

    pub fn masukan(mut self, nama: &str, isi: Isi) -> Self {
        self.masukan.push(Butir {
            nama: nama.into(),
            isi,
        });
        self
    }

    pub fn angka(self, nama: &str, x: f64) -> Self {
        self.masukan(nama, Isi::Angka(x))
    }

    pub fn label(self, nama: &str, key: impl Into<String>) -> Self {
        self.masukan(nama, Isi::Label(key.into()))
    }

    pub fn langkah(mut self, nama: &str, x: f64) -> Self {
        self.langkah.push(Butir {
            nama: nama.into(),
            isi: Isi::Angka(x),
        });
        self
    }

    pub fn langkah_label(mut self, nama: &str, key: impl Into<String>) -> Self {
        self.langkah.push(Butir {
            nama: nama.into(),
            isi: Isi::Label(key.into()),
        });
        self
    }

    pub fn catat(mut self, key: &str) -> Self {
        self.catatan.push(key.into());
        self
    }

    pub fn jadi<T>(self, nilai: T) -> Explained<T> {
        Explained {
            nilai,
            penjelasan: self,
        }
    }

    /// Human-readable lines: rule, formula, source, inputs, steps, notes.
    pub fn uraikan(&self, rb: &Rulebook, bahasa: Bahasa) -> Vec<String> {
        let mut baris = Vec::new();
        if let Some(a) = rb.aturan.get(&self.aturan) {
            baris.push(format!(
                "{}: {}",
                rb.teks("umum.aturan", bahasa),
                a.uraian.get(bahasa)
            ));
            if !a.rumus.is_empty() {
                let rumus = a.rumus(bahasa);
                baris.push(format!("{}: {}", rb.teks("umum.rumus", bahasa), rumus));
            }
        }
        // The source as the rule names it in this language, when the explanation's source is
        // still the rule's own (an explanation read back from elsewhere keeps its text).
        let sumber = match rb.aturan.get(&self.aturan) {
            Some(a) if a.sumber == self.sumber => a.sumber(bahasa),
            _ => &self.sumber,
        };
        baris.push(format!("{}: {}", rb.teks("umum.sumber", bahasa), sumber));
        for (judul, daftar) in [
            ("umum.masukan", &self.masukan),
            ("umum.langkah", &self.langkah),
        ] {
            for b in daftar {
                let isi = match &b.isi {
                    Isi::Angka(x) => format_angka(*x, bahasa),
                    Isi::Teks(t) => t.clone(),
                    Isi::Label(k) => rb.teks(k, bahasa).to_string(),
                };
                baris.push(format!(
                    "{} · {} = {isi}",
                    rb.teks(judul, bahasa),
                    rb.teks(&b.nama, bahasa)
                ));
            }
        }
        for c in &self.catatan {
            baris.push(rb.teks(c, bahasa).to_string());
        }
        baris
    }
}

/// A number with at most two decimals, in the language's convention (Indonesian "107,14").
pub fn format_angka(x: f64, bahasa: Bahasa) -> String {
    let r = (x * 100.0).round() / 100.0;
    let mut s = format!("{r:.2}");
    while s.contains('.') && (s.ends_with('0') || s.ends_with('.')) {
        s.pop();
    }
    if s == "-0" {
        s = "0".into();
    }
    match bahasa {
        Bahasa::Id => s.replace('.', ","),
        Bahasa::En => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn angka_follows_language_convention() {
        assert_eq!(format_angka(107.142857, Bahasa::Id), "107,14");
        assert_eq!(format_angka(107.142857, Bahasa::En), "107.14");
        assert_eq!(format_angka(18.75, Bahasa::Id), "18,75");
        assert_eq!(format_angka(120.0, Bahasa::Id), "120");
        assert_eq!(format_angka(-0.001, Bahasa::Id), "0");
    }
}
