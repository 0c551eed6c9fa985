//! A synthetic agency (issue 13 §3), seeded and deterministic, made the way the real flow
//! makes its files: each pegawai's device writes their profile, submits their SKP and exports
//! a pegawai file; their pejabat penilai's device imports those, approves the SKPs, evaluates
//! the four quarters and the year (low performers and some others with a dialog kinerja that
//! names an obstacle) and exports one penilaian file per team. Test code only: `cargo test`
//! builds a few small teams; the `#[ignore]`d measurement (`ui/instansi/skala_tests.rs`) builds
//! the whole agency (500 teams of 20 in 40 units) and can write the files for the browser.

use super::impor::{ekspor, Kumpulan, Laporan};
use super::kinerja::{id_evaluasi, DataKinerja};
use super::profil::id_profil;
use super::rekaman::{tulis_isi, uuid_nama, JenisRecord};
use super::sintetis_isi::*;
use super::sintetis_jabatan::*;
use super::{MemoryStore, Peran, Settings};
use crate::bundle::format::{Bundle, JenisBundle, Pengekspor};
use crate::bundle::gabung::Tindakan;
use crate::bundle::validasi::Batas;
use crate::domain::evaluasi::{
    saran_rating_hasil, Evaluasi, JenisPeriode, PenilaianPerilaku, Periode, RatingRhk,
};
use crate::domain::organisasi::UnitKerja;
use crate::domain::pegawai::{Pegawai, Pejabat};
use crate::domain::progres::DialogKinerja;
use crate::domain::skp::{
    Akumulasi, EkspektasiPerilaku, Iki, JenisRhk, JenisSkp, Pendekatan, Rhk, Skp, Target,
};
use crate::domain::{Predikat, Rating, Rulebook};
use chrono::{DateTime, Days, NaiveDate, NaiveDateTime};
use std::collections::{HashMap, HashSet};

/// A file's name and text.
pub(crate) type Berkas = (String, String);

/// How big an agency to make.
pub(crate) struct Ukuran {
    pub tim: usize,
    pub per_tim: usize,
    pub benih: u64,
}

impl Ukuran {
    /// Issue 13's agency: 10,000 pegawai in 500 teams of 20.
    pub const AGENSI: Ukuran = Ukuran {
        tim: 500,
        per_tim: 20,
        benih: 13,
    };
}

pub(crate) struct Agensi {
    /// The 40 units as the admin sets them up (offices, each with three divisions below it).
    pub unit: Vec<UnitKerja>,
    /// One file per pegawai (their own device), in team order.
    pub pegawai: Vec<Berkas>,
    /// One file per team (the pejabat penilai's device).
    pub penilaian: Vec<Berkas>,
}

/// The agency the `#[ignore]`d measurements use: `SINTETIS_TIM` teams (default 500) of 20.
/// With `SINTETIS_KE=<dir>` its files are also written there, the penilaian files at the top
/// and the pegawai files under `pegawai/` (for the browser bench and by-hand tries).
pub(crate) fn agensi_ukur() -> Agensi {
    let tim = std::env::var("SINTETIS_TIM")
        .ok()
        .and_then(|x| x.parse().ok())
        .unwrap_or(Ukuran::AGENSI.tim);
    let a = agensi(&Ukuran {
        tim,
        ..Ukuran::AGENSI
    });
    if let Some(dir) = std::env::var_os("SINTETIS_KE") {
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(dir.join("pegawai")).unwrap();
        for (nama, teks) in &a.penilaian {
            std::fs::write(dir.join(nama), teks).unwrap();
        }
        for (nama, teks) in &a.pegawai {
            std::fs::write(dir.join("pegawai").join(nama), teks).unwrap();
        }
    }
    a
}

/// Bytes as MB, for the measurements' lines.
pub(crate) fn mb(byte: usize) -> f64 {
    byte as f64 / 1_000_000.0
}

/// A line of this process's status (Linux), in MB.
fn status_mb(baris: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(baris))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1000.0)
}

/// Peak resident memory of this process, in MB.
pub(crate) fn puncak_mb() -> f64 {
    status_mb("VmHWM:")
}

/// Resident memory now, in MB.
pub(crate) fn rss_mb() -> f64 {
    status_mb("VmRSS:")
}

/// SplitMix64: small, seeded, the same sequence on every machine.
pub(crate) struct Acak(u64);

impl Acak {
    pub fn baru(benih: u64) -> Self {
        Acak(benih)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// 0..n.
    pub fn bawah(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pilih<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.bawah(xs.len())]
    }

    /// True with probability `persen` / 100.
    pub fn peluang(&mut self, persen: usize) -> bool {
        self.bawah(100) < persen
    }
}

pub(crate) fn waktu(s: &str) -> DateTime<chrono::FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn jam_wib(t: NaiveDate, jam: u32) -> String {
    format!("{}T{jam:02}:00:00+07:00", t.format("%Y-%m-%d"))
}

/// The pegawai's own device: their profile and SKP written as the screens write them, then
/// the pegawai file they export.
pub(crate) fn berkas_pegawai(profil: &Pegawai, skp: &Skp, ditulis: &str, diekspor: &str) -> Bundle {
    let s = MemoryStore::new();
    let id = id_profil(&profil.nip);
    tulis_isi(&s, JenisRecord::Pegawai, &id, profil, None, ditulis).unwrap();
    tulis_isi(&s, JenisRecord::Skp, &skp.id, skp, None, ditulis).unwrap();
    let dari = Pengekspor {
        nip: profil.nip.clone(),
        nama: profil.nama.clone(),
        peran: "pegawai".into(),
        lain: Default::default(),
    };
    ekspor(&s, JenisBundle::Pegawai, dari, waktu(diekspor)).unwrap()
}

/// Imports every file into `s` as the data screen does (dry run, then apply at `jam`);
/// returns how many records the dry runs refused.
pub(crate) fn impor_semua(s: &MemoryStore, berkas: &[Berkas], jam: NaiveDateTime) -> usize {
    let mut k = Kumpulan::baru(s, Batas::default()).unwrap();
    for (n, t) in berkas {
        k.tambah(s, n.clone(), t.clone()).unwrap();
    }
    k.lepas_teks();
    let ditolak = k
        .berkas()
        .iter()
        .map(|b| match &b.laporan {
            Laporan::Rencana(r) => r.jumlah(Tindakan::Ditolak),
            Laporan::Ganda { .. } => 0,
            _ => 1000,
        })
        .sum();
    k.terapkan(s, &HashMap::new(), jam).unwrap();
    ditolak
}

/// The evaluation of `skp` for `periode` giving `p`, as the pejabat penilai saves it: its id
/// the period's, every RHK and every BerAKHLAK value rated, the advice the engine computes.
pub(crate) fn evaluasi_penilai(
    rb: &Rulebook,
    skp: &Skp,
    penilai: &str,
    periode: Periode,
    p: Predikat,
) -> Evaluasi {
    let mut e = crate::domain::contoh_tests::evaluasi(&skp.pegawai_nip, &skp.id, periode, p);
    let hasil = e.rating_hasil.rating;
    e.id = id_evaluasi(&skp.id, &periode);
    e.penilai_nip = penilai.into();
    e.tanggal = periode.rentang().unwrap().1 + Days::new(3);
    e.rating_rhk = skp
        .rhk
        .iter()
        .map(|r| RatingRhk {
            rhk_id: r.id.clone(),
            rating: hasil,
            realisasi: String::new(),
            umpan_balik: String::new(),
        })
        .collect();
    e.perilaku = rb
        .berakhlak
        .iter()
        .map(|n| PenilaianPerilaku {
            nilai: n.kode.clone(),
            umpan_balik: String::new(),
        })
        .collect();
    let saran = saran_rating_hasil(rb, skp, &e.rating_rhk, None)
        .unwrap()
        .nilai;
    assert_eq!(Some(saran), e.rating_hasil.saran);
    assert_eq!(e.predikat(rb).nilai, p);
    e
}

/// An empty device set up for the admin kepegawaian.
pub(crate) fn admin_kosong() -> MemoryStore {
    admin(MemoryStore::new())
}

/// `s` set up for the admin kepegawaian (`MemoryStore::transaksional()` stands in for
/// IndexedDB: an import lands as one batch, without a journal).
pub(crate) fn admin(s: MemoryStore) -> MemoryStore {
    let st = Settings {
        peran: Some(Peran::AdminKepegawaian),
        nip: "196501011990031001".into(),
        ..Settings::default()
    };
    super::settings::save(&s, &st).unwrap();
    s
}

/// The 40 units: office `i` at position `4 i`, its divisions after it.
fn daftar_unit(acak: &mut Acak, dipakai: &mut HashSet<String>) -> Vec<UnitKerja> {
    let mut v = Vec::new();
    for (i, (kantor, bidang)) in UNIT.iter().enumerate() {
        let id = uuid_nama("unit_kerja", &format!("sintetis-{i}"));
        v.push(UnitKerja {
            id: id.clone(),
            nama: (*kantor).into(),
            kode: format!("{:02}", i + 1),
            induk: None,
            pimpinan_nip: nip_pns(acak, dipakai),
            alias: Vec::new(),
        });
        for (j, b) in bidang.iter().enumerate() {
            v.push(UnitKerja {
                id: uuid_nama("unit_kerja", &format!("sintetis-{i}-{j}")),
                nama: (*b).into(),
                kode: format!("{:02}.{:02}", i + 1, j + 1),
                induk: Some(id.clone()),
                pimpinan_nip: nip_pns(acak, dipakai),
                // Some profiles abbreviate it; the admin merged that spelling into the unit.
                alias: b
                    .strip_prefix("Bidang ")
                    .map(|x| vec![format!("Bid. {x}")])
                    .unwrap_or_default(),
            });
        }
    }
    v
}

/// A PNS's NIP, man or woman.
fn nip_pns(acak: &mut Acak, dipakai: &mut HashSet<String>) -> String {
    let pr = acak_bool(acak);
    nip(acak, true, pr, dipakai)
}

fn acak_bool(acak: &mut Acak) -> bool {
    acak.next() & 1 == 1
}

/// A NIP valid for `domain::nip` (or an NI PPPK), never one already given out.
fn nip(acak: &mut Acak, pns: bool, perempuan: bool, dipakai: &mut HashSet<String>) -> String {
    loop {
        let lahir = 1966 + acak.bawah(34) as i32;
        let (bulan, hari) = (1 + acak.bawah(12), 1 + acak.bawah(28));
        let (tmt, kode) = if pns {
            (
                (lahir + 22 + acak.bawah(12) as i32).min(2024),
                1 + acak.bawah(12),
            )
        } else {
            (2021 + acak.bawah(4) as i32, 21)
        };
        let jk = if perempuan { 2 } else { 1 };
        let urut = 1 + acak.bawah(999);
        let n = format!("{lahir}{bulan:02}{hari:02}{tmt}{kode:02}{jk}{urut:03}");
        if dipakai.insert(n.clone()) {
            return n;
        }
    }
}

fn nama_orang(acak: &mut Acak, perempuan: bool) -> String {
    let depan = acak.pilih(if perempuan { NAMA_PEREMPUAN } else { NAMA_LAKI });
    let belakang = acak.pilih(NAMA_BELAKANG);
    match *acak.pilih(GELAR) {
        "" => format!("{depan} {belakang}"),
        g => format!("{depan} {belakang}, {g}"),
    }
}

fn pejabat(p: &Pegawai) -> Pejabat {
    Pejabat {
        nip: p.nip.clone(),
        nama: p.nama.clone(),
        jabatan: p.jabatan.clone(),
        jenjang: p.jenjang.clone(),
        golongan: p.golongan.clone(),
        delegasi: false,
    }
}

/// The predikat of the four quarters and the year: most people stay where they are, a few
/// move; the year takes the most frequent quarter (the later one on a tie).
fn predikat_tahun(acak: &mut Acak) -> [Predikat; 5] {
    use Predikat::*;
    let tarik = |acak: &mut Acak| match acak.bawah(100) {
        0..=13 => SangatBaik,
        14..=85 => Baik,
        86..=92 => ButuhPerbaikan,
        93..=96 => KurangMisconduct,
        _ => SangatKurang,
    };
    let dasar = tarik(acak);
    let mut v = [dasar; 5];
    for x in v.iter_mut().take(4) {
        if acak.peluang(20) {
            *x = tarik(acak);
        }
    }
    let n = |p: Predikat| v[..4].iter().filter(|x| **x == p).count();
    v[4] = v[..4]
        .iter()
        .copied()
        .max_by_key(|p| n(*p))
        .unwrap_or(dasar);
    v
}

#[path = "sintetis_tim.rs"]
mod tim;
pub(crate) use tim::agensi;

#[cfg(test)]
#[path = "sintetis_tests.rs"]
mod tests;
