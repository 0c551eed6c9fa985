//! Pengembangan kompetensi: the activity log with jam pelajaran (JP) and the yearly check
//! against the minimum (20 JP for PNS, PP 11/2017 jo PP 17/2020; per jenis pegawai in the rulebook).

use super::{Explained, Galat, Penjelasan, Rulebook};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct KegiatanPengembangan {
    pub id: String,
    /// Whose training this is: only they add or change it (docs/bundle.md, Otoritas), and the
    /// agency counts it towards their JP.
    pub pegawai_nip: String,
    pub judul: String,
    /// Key from the rulebook's `pengembangan.bentuk` (which also gives klasikal/nonklasikal).
    pub bentuk: String,
    #[serde(default)]
    pub penyelenggara: String,
    pub mulai: NaiveDate,
    pub selesai: NaiveDate,
    pub jp: f64,
    #[serde(default)]
    pub sertifikat: String,
    #[serde(default)]
    pub terverifikasi: bool,
}

impl KegiatanPengembangan {
    pub fn periksa(&self, rb: &Rulebook) -> Vec<Galat> {
        let mut m = Vec::new();
        if self.pegawai_nip.trim().is_empty() {
            m.push(Galat::baru("nip_kosong"));
        }
        if self.judul.trim().is_empty() {
            m.push(Galat::baru("judul_kosong"));
        }
        if !rb.pengembangan.bentuk.iter().any(|b| b.kode == self.bentuk) {
            m.push(Galat::baru("bentuk_tidak_dikenal").dengan("nilai", &self.bentuk));
        }
        if self.selesai < self.mulai {
            m.push(Galat::baru("periode_terbalik"));
        }
        if !self.jp.is_finite() || self.jp <= 0.0 {
            m.push(Galat::baru("jp_tidak_sah").dengan("nilai", self.jp));
        }
        m
    }

    /// `klasikal` or `nonklasikal`, from the rulebook.
    pub fn jalur<'a>(&self, rb: &'a Rulebook) -> Option<&'a str> {
        rb.pengembangan
            .bentuk
            .iter()
            .find(|b| b.kode == self.bentuk)
            .map(|b| b.jalur.as_str())
    }
}

/// JP for a duration in minutes (1 JP = 45 minutes in the built-in rulebook).
pub fn jp_dari_menit(rb: &Rulebook, menit: f64) -> f64 {
    menit / rb.pengembangan.menit_per_jp
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct HasilJp {
    pub total: f64,
    pub klasikal: f64,
    pub nonklasikal: f64,
    pub terverifikasi: f64,
    /// The JP that count towards the minimum (all, or only verified, per the rulebook).
    pub dihitung: f64,
    pub minimum: f64,
    pub kekurangan: f64,
    pub memenuhi: bool,
}

/// JP of `tahun` (an activity counts in the year it ends) against the minimum for `jenis_pegawai`.
/// Whether `nip` owes `tahun`'s JP: not before the year of their appointment as the NIP's
/// digits give it (the TMT CPNS, or the PPPK's year). A NIP that does not read is counted: a
/// list of shortfalls must not quietly lose anyone. `hari_ini` only shapes the reading.
pub fn wajib_jp_pada(rb: &Rulebook, nip: &str, tahun: i32, hari_ini: NaiveDate) -> bool {
    super::nip::parse_nip(rb, nip, hari_ini).map_or(true, |n| n.tahun_pengangkatan <= tahun)
}

/// JP to a thousandth.
fn seribu(x: f64) -> i64 {
    (x * 1000.0).round() as i64
}

/// A sum of JP, exact to a thousandth: 1,4 + 15,2 + 3,4 JP in floating point is
/// 19.999999999999996, which would miss a minimum of 20 and print as such.
pub fn jumlah_jp(jp: impl IntoIterator<Item = f64>) -> f64 {
    jp.into_iter().map(seribu).sum::<i64>() as f64 / 1000.0
}

pub fn jp_tahunan(
    rb: &Rulebook,
    kegiatan: &[KegiatanPengembangan],
    tahun: i32,
    jenis_pegawai: &str,
) -> Result<Explained<HasilJp>, Galat> {
    let p = &rb.pengembangan;
    let minimum = *p
        .jp_minimum
        .get(jenis_pegawai)
        .ok_or_else(|| Galat::baru("jenis_pegawai_tidak_dikenal").dengan("nilai", jenis_pegawai))?;
    let tahun_ini: Vec<&KegiatanPengembangan> = kegiatan
        .iter()
        .filter(|k| k.selesai.year() == tahun && k.jp.is_finite() && k.jp > 0.0)
        .collect();
    let jumlah = |f: &dyn Fn(&KegiatanPengembangan) -> bool| {
        jumlah_jp(tahun_ini.iter().filter(|k| f(k)).map(|k| k.jp))
    };
    let total = jumlah(&|_| true);
    let klasikal = jumlah(&|k| k.jalur(rb) == Some("klasikal"));
    let nonklasikal = jumlah(&|k| k.jalur(rb) == Some("nonklasikal"));
    let terverifikasi = jumlah(&|k| k.terverifikasi);
    let dihitung = if p.hanya_terverifikasi {
        terverifikasi
    } else {
        total
    };
    let kekurangan = (seribu(minimum) - seribu(dihitung)).max(0) as f64 / 1000.0;
    let hasil = HasilJp {
        total,
        klasikal,
        nonklasikal,
        terverifikasi,
        dihitung,
        minimum,
        kekurangan,
        memenuhi: seribu(dihitung) >= seribu(minimum),
    };
    let mut pj = Penjelasan::baru(rb, "jp_tahunan")
        .angka("butir.tahun", tahun as f64)
        .label(
            "butir.jenis_pegawai",
            format!("jenis_pegawai.{jenis_pegawai}"),
        )
        .angka("butir.jumlah_kegiatan", tahun_ini.len() as f64)
        .angka("butir.jp_minimum", minimum)
        .langkah("butir.jp_klasikal", klasikal)
        .langkah("butir.jp_nonklasikal", nonklasikal)
        .langkah("butir.jp_terverifikasi", terverifikasi)
        .langkah("butir.jp_dihitung", dihitung)
        .langkah("butir.jp_kekurangan", kekurangan);
    if p.hanya_terverifikasi {
        pj = pj.catat("catatan.jp_hanya_terverifikasi");
    }
    Ok(pj.jadi(hasil))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(bentuk: &str, selesai: (i32, u32, u32), jp: f64, verif: bool) -> KegiatanPengembangan {
        let d = NaiveDate::from_ymd_opt(selesai.0, selesai.1, selesai.2).unwrap();
        KegiatanPengembangan {
            id: "x".into(),
            pegawai_nip: "198609262015052001".into(),
            judul: "Pelatihan".into(),
            bentuk: bentuk.into(),
            penyelenggara: "BPSDM".into(),
            mulai: d,
            selesai: d,
            jp,
            sertifikat: String::new(),
            terverifikasi: verif,
        }
    }

    #[test]
    fn twenty_jp_for_pns() {
        let rb = Rulebook::aktif();
        let log = [
            k("e_learning", (2026, 3, 1), 12.0, true),
            k("bimbingan_teknis", (2026, 8, 1), 8.0, false),
            k("seminar", (2025, 12, 31), 30.0, true),
        ];
        let h = jp_tahunan(rb, &log, 2026, "pns").unwrap().nilai;
        assert_eq!(
            (h.total, h.klasikal, h.nonklasikal, h.terverifikasi),
            (20.0, 8.0, 12.0, 12.0)
        );
        assert!(h.memenuhi);
        assert_eq!(h.kekurangan, 0.0);
        let h = jp_tahunan(rb, &log[..1], 2026, "pns").unwrap().nilai;
        assert!(!h.memenuhi);
        assert_eq!(h.kekurangan, 8.0);
    }

    #[test]
    fn decimal_jp_adding_up_to_exactly_the_minimum_meet_it() {
        let rb = Rulebook::aktif();
        let log = [
            k("e_learning", (2026, 3, 1), 1.4, true),
            k("seminar", (2026, 4, 1), 15.2, true),
            k("coaching", (2026, 5, 1), 3.4, true),
        ];
        let h = jp_tahunan(rb, &log, 2026, "pns").unwrap().nilai;
        assert_eq!(h.total, 20.0);
        assert!(h.memenuhi);
        assert_eq!(h.kekurangan, 0.0);
        let h = jp_tahunan(rb, &log[1..], 2026, "pns").unwrap().nilai;
        assert_eq!(h.kekurangan, 1.4);
    }

    #[test]
    fn verified_only_is_a_setting() {
        let mut rb = Rulebook::aktif().clone();
        rb.pengembangan.hanya_terverifikasi = true;
        let log = [
            k("e_learning", (2026, 3, 1), 12.0, true),
            k("coaching", (2026, 8, 1), 8.0, false),
        ];
        let h = jp_tahunan(&rb, &log, 2026, "pns").unwrap().nilai;
        assert_eq!(h.dihitung, 12.0);
        assert!(!h.memenuhi);
    }

    #[test]
    fn minutes_convert_and_bad_records_are_named() {
        let rb = Rulebook::aktif();
        assert_eq!(jp_dari_menit(rb, 90.0), 2.0);
        let mut bad = k("tidak_ada", (2026, 1, 1), 0.0, false);
        bad.mulai = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
        bad.pegawai_nip = " ".into();
        let kode: Vec<String> = bad.periksa(rb).into_iter().map(|g| g.kode).collect();
        assert_eq!(
            kode,
            [
                "nip_kosong",
                "bentuk_tidak_dikenal",
                "periode_terbalik",
                "jp_tidak_sah"
            ]
        );
        assert_eq!(
            jp_tahunan(rb, &[], 2026, "honorer").unwrap_err().kode,
            "jenis_pegawai_tidak_dikenal"
        );
    }
}
