//! Bands ("pita") over a number line, written in the rulebook as readable intervals such as
//! `"[80,100)"` or `"(110,inf)"`. Every banded table (nilai capaian IKI, predikat nilai,
//! mutu IKM, JPM) is a [`Skala`]; the rulebook refuses scales with gaps or overlaps.

use super::desimal::Pecahan;
use super::Galat;
use serde::{Deserialize, Serialize};

/// One end of an interval; `None` value means unbounded.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ujung {
    pub nilai: f64,
    pub inklusif: bool,
}

/// An interval, serialised as `[a,b]`, `(a,b)`, `[a,b)`, `(a,b]`, with `-inf`/`inf`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Interval {
    pub bawah: Option<Ujung>,
    pub atas: Option<Ujung>,
}

impl Interval {
    pub fn memuat(&self, x: f64) -> bool {
        let di_atas_bawah = match self.bawah {
            None => true,
            Some(u) => x > u.nilai || (u.inklusif && x == u.nilai),
        };
        let di_bawah_atas = match self.atas {
            None => true,
            Some(u) => x < u.nilai || (u.inklusif && x == u.nilai),
        };
        di_atas_bawah && di_bawah_atas
    }

    /// [`Interval::memuat`] in exact arithmetic: the edges are read as the decimals the rulebook
    /// writes (2.6 is 13/5), so a value exactly on an edge lands on the side the rulebook says.
    pub fn memuat_tepat(&self, x: Pecahan) -> bool {
        let sisi = |u: Option<Ujung>, bawah: bool| match u {
            None => true,
            Some(u) => Pecahan::dari_f64(u.nilai).is_some_and(|e| match x.cmp(&e) {
                std::cmp::Ordering::Equal => u.inklusif,
                o => (o == std::cmp::Ordering::Greater) == bawah,
            }),
        };
        sisi(self.bawah, true) && sisi(self.atas, false)
    }

    fn kosong(&self) -> bool {
        match (self.bawah, self.atas) {
            (Some(b), Some(a)) => {
                b.nilai > a.nilai || (b.nilai == a.nilai && !(b.inklusif && a.inklusif))
            }
            _ => false,
        }
    }
}

impl TryFrom<String> for Interval {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let t = s.trim();
        let salah = || format!("interval \"{s}\" tidak sah (contoh: \"[80,100)\")");
        let (buka, sisa) = t.split_at_checked(1).ok_or_else(salah)?;
        let (isi, tutup) = sisa
            .split_at_checked(sisa.len().saturating_sub(1))
            .ok_or_else(salah)?;
        let (a, b) = isi.split_once(',').ok_or_else(salah)?;
        let angka = |x: &str| -> Result<Option<f64>, String> {
            match x.trim() {
                "-inf" | "inf" | "+inf" => Ok(None),
                v => v
                    .parse::<f64>()
                    .ok()
                    .filter(|f| f.is_finite())
                    .map(Some)
                    .ok_or_else(salah),
            }
        };
        let (a, b) = (angka(a)?, angka(b)?);
        let inkl_bawah = match buka {
            "[" => true,
            "(" => false,
            _ => return Err(salah()),
        };
        let inkl_atas = match tutup {
            "]" => true,
            ")" => false,
            _ => return Err(salah()),
        };
        if (a.is_none() && (inkl_bawah || a_str_pos(isi))) || (b.is_none() && inkl_atas) {
            return Err(salah());
        }
        Ok(Interval {
            bawah: a.map(|nilai| Ujung {
                nilai,
                inklusif: inkl_bawah,
            }),
            atas: b.map(|nilai| Ujung {
                nilai,
                inklusif: inkl_atas,
            }),
        })
    }
}

/// `inf` on the lower end would be an empty interval; only `-inf` is accepted there.
fn a_str_pos(isi: &str) -> bool {
    let a = isi.split(',').next().unwrap_or("").trim();
    a == "inf" || a == "+inf"
}

impl From<Interval> for String {
    fn from(i: Interval) -> String {
        let bawah = match i.bawah {
            None => "(-inf".to_string(),
            Some(u) => format!("{}{}", if u.inklusif { "[" } else { "(" }, u.nilai),
        };
        let atas = match i.atas {
            None => "inf)".to_string(),
            Some(u) => format!("{}{}", u.nilai, if u.inklusif { "]" } else { ")" }),
        };
        format!("{bawah},{atas}")
    }
}

/// How a band turns the input into a value (for scoring tables).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rumus {
    Tetap(f64),
    /// The straight line through (x0, y0) and (x1, y1).
    Linear {
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
    },
}

impl Rumus {
    pub fn hitung(&self, x: f64) -> f64 {
        match *self {
            Rumus::Tetap(v) => v,
            Rumus::Linear { x0, y0, x1, y1 } => y0 + (y1 - y0) / (x1 - x0) * (x - x0),
        }
    }
}

impl Rumus {
    /// [`Rumus::hitung`] in exact arithmetic.
    pub fn hitung_tepat(&self, x: Pecahan) -> Result<Pecahan, Galat> {
        match *self {
            Rumus::Tetap(v) => Pecahan::tepat(v),
            Rumus::Linear { x0, y0, x1, y1 } => {
                let [x0, y0, x1, y1] = [x0, y0, x1, y1].map(Pecahan::tepat);
                let (x0, y0) = (x0?, y0?);
                let miring = y1?.kurang(y0)?.bagi(x1?.kurang(x0)?)?;
                y0.tambah(miring.kali(x.kurang(x0)?)?)
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pita {
    pub interval: Interval,
    /// Label key of the band (e.g. `mutu.a`).
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rumus: Option<Rumus>,
    /// A condition (label key) that must hold for this band, e.g. PP 30/2019's "inovasi".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub syarat: Option<String>,
    /// The band label used when [`Pita::syarat`] does not hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jika_tidak: Option<String>,
}

/// Ordered, gap-free, non-overlapping bands, lowest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Skala(pub Vec<Pita>);

impl Skala {
    /// The band containing `x`, or `None` outside the scale.
    pub fn cari(&self, x: f64) -> Option<&Pita> {
        if !x.is_finite() {
            return None;
        }
        self.0.iter().find(|p| p.interval.memuat(x))
    }

    /// [`Skala::cari`] in exact arithmetic; callers round `x` to the printed precision first.
    pub fn cari_tepat(&self, x: Pecahan) -> Option<&Pita> {
        self.0.iter().find(|p| p.interval.memuat_tepat(x))
    }

    /// Checks order, emptiness, gaps and overlaps; `nama` names the scale in the message.
    pub fn periksa(&self, nama: &str) -> Result<(), Galat> {
        if self.0.is_empty() {
            return Err(Galat::baru("skala_kosong").dengan("skala", nama));
        }
        for p in &self.0 {
            if p.interval.kosong() {
                return Err(Galat::baru("pita_kosong")
                    .dengan("skala", nama)
                    .dengan("pita", String::from(p.interval)));
            }
            if let Some(Rumus::Linear { x0, x1, .. }) = p.rumus {
                if x0 == x1 || !x0.is_finite() || !x1.is_finite() {
                    return Err(Galat::baru("rumus_pita_salah")
                        .dengan("skala", nama)
                        .dengan("pita", String::from(p.interval)));
                }
            }
        }
        for w in self.0.windows(2) {
            let (a, b) = (&w[0].interval, &w[1].interval);
            let sambung = match (a.atas, b.bawah) {
                (Some(x), Some(y)) => x.nilai == y.nilai && (x.inklusif != y.inklusif),
                _ => false,
            };
            if !sambung {
                let kode = match (a.atas, b.bawah) {
                    (Some(x), Some(y))
                        if x.nilai < y.nilai
                            || (x.nilai == y.nilai && !x.inklusif && !y.inklusif) =>
                    {
                        "pita_celah"
                    }
                    _ => "pita_tumpang_tindih",
                };
                return Err(Galat::baru(kode).dengan("skala", nama).dengan(
                    "pita",
                    format!("{} · {}", String::from(*a), String::from(*b)),
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(s: &str) -> Interval {
        Interval::try_from(s.to_string()).unwrap()
    }

    #[test]
    fn interval_parses_and_prints() {
        let i = iv("[80,100)");
        assert!(i.memuat(80.0) && i.memuat(99.99) && !i.memuat(100.0) && !i.memuat(79.9));
        assert_eq!(String::from(i), "[80,100)");
        let j = iv("(110,inf)");
        assert!(!j.memuat(110.0) && j.memuat(1e9));
        assert!(iv("(-inf,0)").memuat(-5.0));
        for bad in [
            "80,100", "[80;100)", "[a,1)", "[-inf,0)", "(0,inf]", "[", "", "(inf,1)",
        ] {
            assert!(Interval::try_from(bad.to_string()).is_err(), "{bad}");
        }
    }

    fn skala(iv_list: &[&str]) -> Skala {
        Skala(
            iv_list
                .iter()
                .map(|s| Pita {
                    interval: iv(s),
                    label: "x".into(),
                    rumus: None,
                    syarat: None,
                    jika_tidak: None,
                })
                .collect(),
        )
    }

    #[test]
    fn gaps_and_overlaps_are_named() {
        assert!(skala(&["(-inf,0)", "[0,10]", "(10,inf)"])
            .periksa("s")
            .is_ok());
        assert_eq!(
            skala(&["[0,10)", "(10,20]"]).periksa("s").unwrap_err().kode,
            "pita_celah"
        );
        assert_eq!(
            skala(&["[0,10]", "[10,20]"]).periksa("s").unwrap_err().kode,
            "pita_tumpang_tindih"
        );
        assert_eq!(
            skala(&["[0,12]", "(10,20]"]).periksa("s").unwrap_err().kode,
            "pita_tumpang_tindih"
        );
        assert_eq!(
            skala(&["[5,5)"]).periksa("s").unwrap_err().kode,
            "pita_kosong"
        );
        assert_eq!(skala(&[]).periksa("s").unwrap_err().kode, "skala_kosong");
    }
}
