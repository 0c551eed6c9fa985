//! Manajemen talenta (PermenPANRB 3/2020): the 9-box from kinerja and potensial, with the box
//! numbering, follow-up and succession group all taken from the rulebook.

use super::rulebook::GabungTahun;
use super::{Explained, Galat, Penjelasan, Predikat, Rating, Rulebook};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Potensial {
    Rendah,
    Menengah,
    Tinggi,
}

impl Potensial {
    fn indeks(self) -> usize {
        self as usize
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Potensial::Rendah => "potensial.rendah",
            Potensial::Menengah => "potensial.menengah",
            Potensial::Tinggi => "potensial.tinggi",
        }
    }
}

/// What the talent committee records for one pegawai; the box itself is always recomputed.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct InputTalenta {
    pub id: String,
    pub pegawai_nip: String,
    pub tahun: i32,
    /// Annual predikat of recent years, oldest first.
    pub predikat_tahunan: Vec<Predikat>,
    pub potensial: Potensial,
    /// Basis of the potensial level (asesmen potensi, rekam jejak, JPM, ...).
    #[serde(default)]
    pub dasar_potensial: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Kotak {
    pub nomor: u8,
    pub kinerja: Rating,
    pub potensial: Potensial,
    /// Label keys of the recommended follow-up.
    pub tindak_lanjut: Vec<String>,
    pub kelompok_suksesi: bool,
}

/// Places a pegawai from their recent annual predikat (oldest first) and potensial.
pub fn kotak_talenta(
    rb: &Rulebook,
    predikat_tahunan: &[Predikat],
    potensial: Potensial,
) -> Result<Explained<Kotak>, Galat> {
    let t = &rb.talenta;
    let kinerja_tahun: Vec<Rating> = predikat_tahunan
        .iter()
        .map(|p| t.kinerja_dari_predikat[p])
        .collect();
    let kinerja = match t.gabung_tahun {
        GabungTahun::Terendah => kinerja_tahun.iter().min().copied(),
        GabungTahun::Terakhir => kinerja_tahun.last().copied(),
    }
    .ok_or_else(|| Galat::baru("tanpa_predikat"))?;
    let nomor = t.kotak[potensial.indeks()][kinerja as usize];
    let mut pj = Penjelasan::baru(rb, "talenta_9box");
    for p in predikat_tahunan {
        pj = pj.label("butir.predikat", p.label_key());
    }
    let pj = pj
        .label("butir.potensial", potensial.label_key())
        .langkah_label("butir.kinerja", kinerja.label_key())
        .langkah("butir.kotak", nomor as f64);
    Ok(pj.jadi(Kotak {
        nomor,
        kinerja,
        potensial,
        tindak_lanjut: t.tindak_lanjut.get(&nomor).cloned().unwrap_or_default(),
        kelompok_suksesi: t.kelompok_suksesi.contains(&nomor),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Potensial::*;
    use Predikat::*;

    #[test]
    fn every_box_of_the_grid() {
        let rb = Rulebook::bawaan();
        // Rows of §7's table, top (tinggi) to bottom; columns bawah, sesuai, atas.
        for (pot, boxes) in [
            (Tinggi, [6, 8, 9]),
            (Menengah, [3, 5, 7]),
            (Rendah, [1, 2, 4]),
        ] {
            for (pred, want) in [
                (SangatKurang, boxes[0]),
                (Baik, boxes[1]),
                (SangatBaik, boxes[2]),
            ] {
                let k = kotak_talenta(rb, &[pred], pot).unwrap().nilai;
                assert_eq!(k.nomor, want, "{pot:?} {pred:?}");
                assert_eq!(k.kelompok_suksesi, want >= 7);
                assert!(!k.tindak_lanjut.is_empty());
            }
        }
    }

    #[test]
    fn years_combine_per_setting() {
        let mut rb = Rulebook::bawaan().clone();
        assert_eq!(
            kotak_talenta(&rb, &[ButuhPerbaikan, SangatBaik], Tinggi)
                .unwrap()
                .nilai
                .nomor,
            6
        );
        rb.talenta.gabung_tahun = GabungTahun::Terakhir;
        assert_eq!(
            kotak_talenta(&rb, &[ButuhPerbaikan, SangatBaik], Tinggi)
                .unwrap()
                .nilai
                .nomor,
            9
        );
        assert_eq!(
            kotak_talenta(&rb, &[], Tinggi).unwrap_err().kode,
            "tanpa_predikat"
        );
    }
}
