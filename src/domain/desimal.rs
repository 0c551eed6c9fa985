//! Exact arithmetic for regulated values. Binary floating point puts a value that is exactly on
//! a band edge (70 % × 96 + 30 % × 76 = 90) just below it, so every regulated computation runs on
//! [`Pecahan`]: a fraction of two integers, reduced, with a positive denominator. Inputs arrive
//! as `f64` (stored JSON numbers); each is read as the decimal it prints as, which is the decimal
//! the person typed. Floats remain for charts and display only.

use super::Galat;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;

/// An exact rational number `p / q` (`q > 0`, `gcd(p, q) = 1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Pecahan {
    p: i128,
    q: i128,
}

/// A value too large or too finely divided for exact arithmetic (never silently approximated).
fn di_luar_jangkauan() -> Galat {
    Galat::baru("angka_di_luar_jangkauan")
}

fn fpb(mut a: i128, mut b: i128) -> i128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.abs()
}

impl Pecahan {
    pub const NOL: Pecahan = Pecahan { p: 0, q: 1 };

    pub const fn bulat(n: i64) -> Self {
        Pecahan { p: n as i128, q: 1 }
    }

    /// `p / q`, reduced; `None` when `q` is 0 or the sign cannot be normalised.
    pub fn baru(p: i128, q: i128) -> Option<Self> {
        if q == 0 {
            return None;
        }
        let g = fpb(p, q);
        let (p, q) = (p / g, q / g);
        if q < 0 {
            Some(Pecahan {
                p: p.checked_neg()?,
                q: q.checked_neg()?,
            })
        } else {
            Some(Pecahan { p, q })
        }
    }

    pub fn pembilang(&self) -> i128 {
        self.p
    }

    pub fn penyebut(&self) -> i128 {
        self.q
    }

    /// The decimal `x` prints as (Rust's shortest round-trip form, never an exponent): 0.7 is
    /// 7/10, not the binary 0.6999…; `None` for NaN, infinities and numbers beyond i128.
    pub fn dari_f64(x: f64) -> Option<Self> {
        if !x.is_finite() {
            return None;
        }
        let s = format!("{x}");
        let (bulat, pecahan) = s.split_once('.').unwrap_or((&s, ""));
        let p: i128 = format!("{bulat}{pecahan}").parse().ok()?;
        Self::baru(p, 10i128.checked_pow(pecahan.len() as u32)?)
    }

    /// [`Pecahan::dari_f64`] for computations: out of range is a [`Galat`].
    pub fn tepat(x: f64) -> Result<Self, Galat> {
        Self::dari_f64(x).ok_or_else(|| di_luar_jangkauan().dengan("nilai", x))
    }

    /// For charts and display only: the nearest `f64`. A decimal of up to 15 significant
    /// digits comes back as the same decimal when printed.
    pub fn ke_f64(&self) -> f64 {
        self.p as f64 / self.q as f64
    }

    fn hasil(p: Option<i128>, q: Option<i128>) -> Result<Self, Galat> {
        p.zip(q)
            .and_then(|(p, q)| Self::baru(p, q))
            .ok_or_else(di_luar_jangkauan)
    }

    pub fn tambah(self, o: Self) -> Result<Self, Galat> {
        let p = self
            .p
            .checked_mul(o.q)
            .zip(o.p.checked_mul(self.q))
            .and_then(|(a, b)| a.checked_add(b));
        Self::hasil(p, self.q.checked_mul(o.q))
    }

    pub fn kurang(self, o: Self) -> Result<Self, Galat> {
        let p = o.p.checked_neg().ok_or_else(di_luar_jangkauan)?;
        self.tambah(Pecahan { p, q: o.q })
    }

    pub fn kali(self, o: Self) -> Result<Self, Galat> {
        Self::hasil(self.p.checked_mul(o.p), self.q.checked_mul(o.q))
    }

    /// Division; by zero is a [`Galat`] too (callers check their divisors first).
    pub fn bagi(self, o: Self) -> Result<Self, Galat> {
        Self::hasil(self.p.checked_mul(o.q), self.q.checked_mul(o.p))
    }

    /// Rounded to `desimal` places, half away from zero (the regulations' "dibulatkan").
    pub fn bulatkan(self, desimal: u32) -> Result<Self, Galat> {
        let skala = 10i128.checked_pow(desimal).ok_or_else(di_luar_jangkauan)?;
        let n = self.p.checked_mul(skala).ok_or_else(di_luar_jangkauan)?;
        let (h, sisa) = (n / self.q, (n % self.q).abs());
        // sisa < q, so 2 × sisa fits whenever q does.
        let naik = sisa >= self.q - sisa;
        Self::hasil(Some(if naik { h + n.signum() } else { h }), Some(skala))
    }

    pub fn min(self, o: Self) -> Self {
        if o < self {
            o
        } else {
            self
        }
    }

    pub fn max(self, o: Self) -> Self {
        if o > self {
            o
        } else {
            self
        }
    }
}

impl Ord for Pecahan {
    /// Exact without any multiplication (so no overflow): compare integer parts, then the
    /// remainders' reciprocals, i.e. the continued fractions, term by term.
    fn cmp(&self, o: &Self) -> Ordering {
        let (mut a, mut b, mut c, mut d) = (self.p, self.q, o.p, o.q);
        let mut balik = false;
        loop {
            let (x, y) = (a.div_euclid(b), c.div_euclid(d));
            let (ra, rc) = (a.rem_euclid(b), c.rem_euclid(d));
            if x != y || ra == 0 || rc == 0 {
                let urut = x.cmp(&y).then((ra != 0).cmp(&(rc != 0)));
                return if balik { urut.reverse() } else { urut };
            }
            (a, b, c, d) = (b, ra, d, rc);
            balik = !balik;
        }
    }
}

impl PartialOrd for Pecahan {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

/// Written as a JSON number (the shape results always had), read back as that decimal.
impl Serialize for Pecahan {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.ke_f64())
    }
}

impl<'de> Deserialize<'de> for Pecahan {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let x = f64::deserialize(d)?;
        Pecahan::dari_f64(x).ok_or_else(|| serde::de::Error::custom("angka_di_luar_jangkauan"))
    }
}

#[cfg(test)]
#[path = "desimal_tests.rs"]
mod tests;
