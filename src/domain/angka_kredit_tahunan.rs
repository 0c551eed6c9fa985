//! The angka kredit a jabatan fungsional earns, year by year (Peraturan BKN 3/2023): a year's
//! is each of its SKPs' annual evaluation's predikat over the months that SKP covers in that
//! year; until an SKP's annual evaluation exists, its periodic evaluations so far give a
//! provisional figure, from one kind of period only (quarterly and monthly of the same months
//! would count them twice), each over the months of its period the SKP covers.
//! The running total, with what the pegawai brought from before (the AK at their last
//! promotion or the integration, and the day the evaluations start adding to it), is set
//! against what the rulebook says the next pangkat and the next jenjang need. Evaluations
//! before that day are already in the starting figure: they are left out, and a period across
//! it counts only its months from then. Every value is exact ([`Pecahan`]); rounding is the
//! printer's.

use super::angka_kredit::angka_kredit;
use super::desimal::Pecahan;
use super::evaluasi::{JenisPeriode, Periode};
use super::{Explained, Galat, Isi, Penjelasan, Predikat, Rulebook};
use chrono::{Datelike, NaiveDate};

/// One evaluation of the pegawai: its SKP, its period, its predikat and the months it stands
/// for.
#[derive(Clone, Debug, PartialEq)]
pub struct NilaiPeriode {
    /// The SKP evaluated: each SKP's months count from its own evaluations.
    pub skp: String,
    pub periode: Periode,
    pub predikat: Predikat,
    /// The months of its period its SKP covers ([`bulan_tercakup_periode`]), from the
    /// starting point on.
    pub bulan: u32,
    /// The calendar month (1–12) the first of them is: a month two SKPs share is then known
    /// as one.
    pub dari_bulan: u32,
    /// Its SKP's part of the period ends before the starting point: already in the starting
    /// angka kredit, so left out.
    pub sebelum_awal: bool,
}

impl NilaiPeriode {
    /// The evaluation of `periode` of the SKP `skp` (from `mulai` to `selesai`) as it counts
    /// when the running total starts on `sejak` (none: every evaluation counts).
    pub fn baru(
        skp: &str,
        periode: Periode,
        predikat: Predikat,
        (mulai, selesai): (NaiveDate, NaiveDate),
        sejak: Option<NaiveDate>,
    ) -> Self {
        let sebelum_awal = match (periode.dalam(mulai, selesai), sejak) {
            (Some((_, akhir)), Some(s)) => akhir < s,
            _ => false,
        };
        let dari = sejak.map_or(mulai, |s| mulai.max(s));
        let cakupan = periode.dalam(dari, selesai);
        NilaiPeriode {
            skp: skp.into(),
            bulan: cakupan.map_or(0, |(m, s)| bulan_tercakup(m, s)),
            dari_bulan: cakupan.map_or(0, |(m, _)| m.month()),
            periode,
            predikat,
            sebelum_awal,
        }
    }
}

/// Where a year's figure comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SumberTahun {
    /// The annual evaluation: the year's angka kredit.
    Tahunan,
    /// An SKP of the year without its annual evaluation yet: its periodic ones of this kind
    /// (of the SKPs in that case, the kind counting the most months), so far.
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
    /// The day the evaluations start adding to `awal`, and how many evaluations end before it.
    pub sejak: Option<NaiveDate>,
    pub sebelum_awal: usize,
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

/// `jumlah` calendar months from month `dari` (1–12) as bits (month 1 the lowest); none
/// outside the year.
fn bulan_bit(dari: u32, jumlah: u32) -> u32 {
    let semua = (1u32 << 12) - 1;
    match (dari, jumlah) {
        (1..=12, 1..=12) => (((1u32 << jumlah) - 1) << (dari - 1)) & semua,
        _ => 0,
    }
}

/// The months of `periode` an SKP from `mulai` to `selesai` covers: what its evaluation of
/// that period stands for (an SKP across a year end counts in each year only its own months
/// there; one begun in the middle of a quarter, only the quarter's months from its start).
pub fn bulan_tercakup_periode(periode: &Periode, mulai: NaiveDate, selesai: NaiveDate) -> u32 {
    periode
        .dalam(mulai, selesai)
        .map_or(0, |(m, s)| bulan_tercakup(m, s))
}

/// The kind of evaluation an SKP's months count from: its annual one when there is one, else
/// the periodic kind that covers most months (the finer one when two cover as many).
fn jenis_dihitung(milik: &[&NilaiPeriode]) -> (JenisPeriode, u32) {
    let cakupan = |j: JenisPeriode| -> u32 {
        milik
            .iter()
            .filter(|n| n.periode.jenis == j)
            .map(|n| n.bulan)
            .sum()
    };
    if milik
        .iter()
        .any(|n| n.periode.jenis == JenisPeriode::Tahunan)
    {
        return (JenisPeriode::Tahunan, cakupan(JenisPeriode::Tahunan));
    }
    [
        JenisPeriode::Bulanan,
        JenisPeriode::Triwulanan,
        JenisPeriode::Semesteran,
    ]
    .into_iter()
    .rev()
    .map(|j| (j, cakupan(j)))
    .max_by_key(|(_, c)| *c)
    .unwrap_or((JenisPeriode::Triwulanan, 0))
}

/// The year's figure from its evaluations, each SKP's months from its own ([`jenis_dihitung`]):
/// one SKP's annual evaluation leaves another's periodic ones counted until it has its own.
fn satu_tahun(
    rb: &Rulebook,
    jenjang: &str,
    tahun: i32,
    nilai: Vec<&NilaiPeriode>,
) -> Result<TahunAk, Galat> {
    let mut per_skp: Vec<(&str, JenisPeriode, u32)> = Vec::new();
    for n in &nilai {
        if per_skp.iter().all(|(s, _, _)| *s != n.skp) {
            let milik: Vec<&NilaiPeriode> =
                nilai.iter().copied().filter(|m| m.skp == n.skp).collect();
            let (j, c) = jenis_dihitung(&milik);
            per_skp.push((&n.skp, j, c));
        }
    }
    let sumber = per_skp
        .iter()
        .filter(|(_, j, _)| *j != JenisPeriode::Tahunan)
        .max_by_key(|(_, _, c)| *c)
        .map_or(SumberTahun::Tahunan, |(_, j, _)| SumberTahun::Sementara(*j));
    let (mut ak, mut bulan, mut baris) = (Pecahan::NOL, 0, Vec::with_capacity(nilai.len()));
    // The calendar months counted so far, one bit each.
    let mut terpakai = 0u32;
    for n in nilai {
        let dihitung = per_skp
            .iter()
            .any(|(s, j, _)| *s == n.skp && *j == n.periode.jenis);
        // A month two SKPs share (a move in mid-month, each counting the month begun; an
        // acting assignment beside the definitive SKP) counts once, for the evaluation counted
        // first.
        let mut n = n.clone();
        if dihitung {
            let milik = bulan_bit(n.dari_bulan, n.bulan);
            n.bulan = (milik & !terpakai).count_ones();
            terpakai |= milik;
        }
        let x = match n.bulan {
            0 => Pecahan::NOL,
            b => angka_kredit(rb, jenjang, n.predikat, b)?.nilai,
        };
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
/// `awal` (which stands for everything before `sejak`: the evaluations made from
/// [`NilaiPeriode::baru`] with the same day), and what the next pangkat and jenjang still need.
pub fn rekap_angka_kredit(
    rb: &Rulebook,
    jenjang: &str,
    nilai: &[NilaiPeriode],
    awal: Pecahan,
    sejak: Option<NaiveDate>,
) -> Result<Explained<RekapAk>, Galat> {
    let sebelum_awal = nilai.iter().filter(|n| n.sebelum_awal).count();
    let mut urut: Vec<&NilaiPeriode> = nilai.iter().filter(|n| !n.sebelum_awal).collect();
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
        .angka("butir.angka_kredit_awal", cetak(awal)?);
    if let Some(s) = sejak {
        pj = pj
            .masukan("butir.angka_kredit_sejak", Isi::Teks(s.to_string()))
            .angka("butir.evaluasi_sebelum_awal", sebelum_awal as f64);
    }
    pj = pj
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
        sejak,
        sebelum_awal,
        kumulatif,
        kebutuhan_pangkat,
        kebutuhan_jenjang,
    };
    Ok(pj.jadi(hasil))
}

#[cfg(test)]
#[path = "angka_kredit_tahunan_tests.rs"]
mod tests;
