//! The angka kredit a jabatan fungsional earns, year by year (Peraturan BKN 3/2023): a year's
//! is the annual evaluation's predikat over the months the SKP covers in that year; until the
//! annual evaluation exists, the periodic evaluations so far give a provisional figure, from
//! one kind of period only (quarterly and monthly of the same months would count them twice).
//! The running total, with what the pegawai brought from before (the AK at their last
//! promotion or the integration), is set against what the rulebook says the next pangkat and
//! the next jenjang need. Every value is exact ([`Pecahan`]); rounding is the printer's.

use super::angka_kredit::angka_kredit;
use super::desimal::Pecahan;
use super::evaluasi::{JenisPeriode, Periode};
use super::{Explained, Galat, Penjelasan, Predikat, Rulebook};
use chrono::{Datelike, NaiveDate};

/// One evaluation of the pegawai: its period, its predikat and the months it stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct NilaiPeriode {
    pub periode: Periode,
    pub predikat: Predikat,
    /// A periodic evaluation's own months; an annual one's, the months its SKP covers.
    pub bulan: u32,
}

/// Where a year's figure comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SumberTahun {
    /// The annual evaluation: the year's angka kredit.
    Tahunan,
    /// No annual evaluation yet: the periodic ones of this kind, so far.
    Sementara(JenisPeriode),
}

/// One evaluation's angka kredit, and whether the year's figure counts it.
#[derive(Clone, Debug, PartialEq)]
pub struct BarisAk {
    pub nilai: NilaiPeriode,
    pub ak: Pecahan,
    pub dihitung: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TahunAk {
    pub tahun: i32,
    pub sumber: SumberTahun,
    /// Months the counted evaluations stand for.
    pub bulan: u32,
    pub ak: Pecahan,
    /// Every evaluation of the year, in period order.
    pub baris: Vec<BarisAk>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RekapAk {
    /// Oldest year first.
    pub tahun: Vec<TahunAk>,
    pub awal: Pecahan,
    pub kumulatif: Pecahan,
    /// What the next pangkat and the next jenjang need (rulebook), and how much is missing.
    pub kebutuhan_pangkat: Option<Pecahan>,
    pub kebutuhan_jenjang: Option<Pecahan>,
    pub kurang_pangkat: Option<Pecahan>,
    pub kurang_jenjang: Option<Pecahan>,
}

/// Calendar months from `mulai` to `selesai`, both counted (a month begun counts), at most a
/// year.
pub fn bulan_tercakup(mulai: NaiveDate, selesai: NaiveDate) -> u32 {
    let m = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
    (m(selesai) - m(mulai) + 1).clamp(0, 12) as u32
}

/// The months of an SKP from `mulai` to `selesai` that fall in `tahun`: what its annual
/// evaluation of that year stands for (an SKP across a year end counts in each year only
/// its own months there).
pub fn bulan_tercakup_tahun(mulai: NaiveDate, selesai: NaiveDate, tahun: i32) -> u32 {
    let tahunan = Periode {
        jenis: JenisPeriode::Tahunan,
        tahun,
        ke: 1,
    };
    tahunan
        .dalam(mulai, selesai)
        .map_or(0, |(m, s)| bulan_tercakup(m, s))
}

/// The year's figure from its evaluations: the annual one when there is one, else the
/// periodic kind that covers most months (the finer one when two cover as many).
fn satu_tahun(
    rb: &Rulebook,
    jenjang: &str,
    tahun: i32,
    nilai: Vec<&NilaiPeriode>,
) -> Result<TahunAk, Galat> {
    let cakupan = |j: JenisPeriode| -> u32 {
        nilai
            .iter()
            .filter(|n| n.periode.jenis == j)
            .map(|n| n.bulan)
            .sum()
    };
    let sumber = if nilai
        .iter()
        .any(|n| n.periode.jenis == JenisPeriode::Tahunan)
    {
        SumberTahun::Tahunan
    } else {
        let terbaik = [
            JenisPeriode::Bulanan,
            JenisPeriode::Triwulanan,
            JenisPeriode::Semesteran,
        ]
        .into_iter()
        .rev()
        .max_by_key(|j| cakupan(*j))
        .unwrap_or(JenisPeriode::Triwulanan);
        SumberTahun::Sementara(terbaik)
    };
    let jenis = match sumber {
        SumberTahun::Tahunan => JenisPeriode::Tahunan,
        SumberTahun::Sementara(j) => j,
    };
    let (mut ak, mut bulan, mut baris) = (Pecahan::NOL, 0, Vec::with_capacity(nilai.len()));
    for n in nilai {
        let dihitung = n.periode.jenis == jenis;
        // A year holds twelve months: one two SKPs share (a move in mid-month, each counting
        // the month begun) counts once, for the evaluation counted first.
        let mut n = n.clone();
        if dihitung {
            n.bulan = n.bulan.min(12 - bulan);
        }
        let x = angka_kredit(rb, jenjang, n.predikat, n.bulan)?.nilai;
        if dihitung {
            ak = ak.tambah(x)?;
            bulan += n.bulan;
        }
        baris.push(BarisAk {
            nilai: n,
            ak: x,
            dihitung,
        });
    }
    Ok(TahunAk {
        tahun,
        sumber,
        bulan,
        ak,
        baris,
    })
}

/// The angka kredit of every evaluated year of a pegawai in `jenjang`, their running total from
/// `awal`, and what the next pangkat and jenjang still need.
pub fn rekap_angka_kredit(
    rb: &Rulebook,
    jenjang: &str,
    nilai: &[NilaiPeriode],
    awal: Pecahan,
) -> Result<Explained<RekapAk>, Galat> {
    let mut urut: Vec<&NilaiPeriode> = nilai.iter().collect();
    urut.sort_by_key(|n| (n.periode.tahun, n.periode.jenis, n.periode.ke));
    let mut tahun = Vec::new();
    let mut i = 0;
    while i < urut.len() {
        let th = urut[i].periode.tahun;
        let j = urut[i..]
            .iter()
            .position(|n| n.periode.tahun != th)
            .map_or(urut.len(), |p| i + p);
        tahun.push(satu_tahun(rb, jenjang, th, urut[i..j].to_vec())?);
        i = j;
    }
    let mut kumulatif = awal;
    for t in &tahun {
        kumulatif = kumulatif.tambah(t.ak)?;
    }
    let kebutuhan = rb.angka_kredit.kebutuhan.get(jenjang);
    let tepat = |x: Option<f64>| x.map(Pecahan::tepat).transpose();
    let kebutuhan_pangkat = tepat(kebutuhan.map(|k| k.pangkat))?;
    let kebutuhan_jenjang = tepat(kebutuhan.and_then(|k| k.jenjang))?;
    let kurang = |butuh: Option<Pecahan>| -> Result<Option<Pecahan>, Galat> {
        butuh
            .map(|b| Ok(b.kurang(kumulatif)?.max(Pecahan::NOL)))
            .transpose()
    };
    let rb_desimal = rb.angka_kredit.desimal;
    let cetak = |x: Pecahan| x.bulatkan(rb_desimal).map(|x| x.ke_f64());
    let dari_evaluasi = kumulatif.kurang(awal)?;
    let mut pj = Penjelasan::baru(rb, "angka_kredit_kumulatif")
        .label("butir.jenjang", format!("jenjang.{jenjang}"))
        .angka("butir.angka_kredit_awal", cetak(awal)?)
        .angka("butir.jumlah_tahun", tahun.len() as f64)
        .langkah("butir.angka_kredit_dari_evaluasi", cetak(dari_evaluasi)?)
        .langkah("butir.angka_kredit_kumulatif", cetak(kumulatif)?);
    if let Some(b) = kebutuhan_pangkat {
        pj = pj.angka("butir.kebutuhan_pangkat", cetak(b)?);
    }
    if let Some(b) = kebutuhan_jenjang {
        pj = pj.angka("butir.kebutuhan_jenjang", cetak(b)?);
    }
    let hasil = RekapAk {
        kurang_pangkat: kurang(kebutuhan_pangkat)?,
        kurang_jenjang: kurang(kebutuhan_jenjang)?,
        tahun,
        awal,
        kumulatif,
        kebutuhan_pangkat,
        kebutuhan_jenjang,
    };
    Ok(pj.jadi(hasil))
}

#[cfg(test)]
#[path = "angka_kredit_tahunan_tests.rs"]
mod tests;
