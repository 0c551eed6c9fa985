//! The agency's figures for one period, per unit kerja and for the whole agency: pegawai,
//! SKP status, evaluations done against due, the predikat distribution, and that distribution
//! checked against the SE 3/2023 pattern of the unit's predikat kinerja organisasi. One pass
//! over the records (hash lookups, no search per pegawai), so 10,000 pegawai cost milliseconds.
//!
//! A unit's figures include the units below it: a Dinas counts its Bidang, and its predikat
//! organisasi is checked against everyone in it.

use super::distribusi::{indeks, periksa_sebaran, HasilDistribusi};
use super::evaluasi::{Evaluasi, Periode};
use super::kinerja_organisasi::PredikatUnit;
use super::organisasi::Organisasi;
use super::pegawai::Pegawai;
use super::skp::Skp;
use super::{Explained, Galat, Predikat, Rulebook};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

pub use super::rekap_masukan::{
    EvaluasiRekap, MasukanRekap, PegawaiRekap, SkpRekap, StatusSkpRekap,
};

/// What the dashboards read: references into the stored records.
#[derive(Clone, Debug, Default)]
pub struct DataRekap<'a> {
    pub pegawai: Vec<&'a Pegawai>,
    pub skp: Vec<&'a Skp>,
    pub evaluasi: Vec<&'a Evaluasi>,
    pub predikat_unit: Vec<&'a PredikatUnit>,
}

/// One pegawai in the period.
#[derive(Clone, Debug, PartialEq)]
pub struct BarisPegawai {
    pub nip: String,
    /// Empty when only their SKP is stored, not their profile.
    pub nama: String,
    pub jabatan: String,
    pub jenjang: String,
    /// As their profile writes it.
    pub unit_kerja: String,
    /// Their unit's position in [`Organisasi::urutan`]; `None`: no unit has that name.
    pub unit: Option<usize>,
    pub status: StatusSkpRekap,
    pub skp_id: Option<String>,
    pub predikat: Option<Predikat>,
    pub evaluasi_id: Option<String>,
    /// The period's evaluation is due: the approved SKP's part of the period has ended (or it
    /// is already done).
    pub wajib: bool,
}

/// Counts of a set of pegawai. Arrays follow [`StatusSkpRekap::SEMUA`] and [`Predikat::SEMUA`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ringkasan {
    pub jumlah_pegawai: usize,
    pub status: [usize; 5],
    pub evaluasi_selesai: usize,
    pub evaluasi_wajib: usize,
    pub sebaran: [usize; 5],
}

impl Ringkasan {
    fn tambah(&mut self, b: &BarisPegawai) {
        self.jumlah_pegawai += 1;
        self.status[b.status.indeks()] += 1;
        if let Some(p) = b.predikat {
            self.evaluasi_selesai += 1;
            self.sebaran[indeks(p)] += 1;
        }
        if b.wajib {
            self.evaluasi_wajib += 1;
        }
    }

    fn gabung(&mut self, o: &Ringkasan) {
        self.jumlah_pegawai += o.jumlah_pegawai;
        self.evaluasi_selesai += o.evaluasi_selesai;
        self.evaluasi_wajib += o.evaluasi_wajib;
        for i in 0..5 {
            self.status[i] += o.status[i];
            self.sebaran[i] += o.sebaran[i];
        }
    }

    pub fn jumlah_status(&self, s: StatusSkpRekap) -> usize {
        self.status[s.indeks()]
    }

    pub fn jumlah_predikat(&self, p: Predikat) -> usize {
        self.sebaran[indeks(p)]
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RekapUnit {
    /// The unit and every unit below it.
    pub ringkasan: Ringkasan,
    pub predikat: Option<PredikatUnit>,
    /// The SE 3/2023 check, when the unit has a predikat for the period; an error when nobody
    /// in it is evaluated yet.
    pub distribusi: Option<Result<Explained<HasilDistribusi>, Galat>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RekapInstansi {
    pub periode: Periode,
    /// By unit in tree order, then name; pegawai of no known unit last.
    pub pegawai: Vec<BarisPegawai>,
    /// One per unit, in [`Organisasi::urutan`] order.
    pub unit: Vec<RekapUnit>,
    /// Pegawai whose `unit_kerja` no unit (or alias) names.
    pub tanpa_unit: Ringkasan,
    pub instansi: Ringkasan,
}

impl RekapInstansi {
    /// The pegawai of unit `i` and the units below it (a contiguous run of [`Self::pegawai`]).
    pub fn pegawai_unit(&self, org: &Organisasi, i: usize) -> &[BarisPegawai] {
        self.pegawai_dalam(org.sub_pohon(i))
    }

    /// The pegawai of the units at positions `r` (a sub-tree).
    pub fn pegawai_dalam(&self, r: std::ops::Range<usize>) -> &[BarisPegawai] {
        let posisi = |b: &BarisPegawai| b.unit.unwrap_or(usize::MAX);
        let awal = self.pegawai.partition_point(|b| posisi(b) < r.start);
        let akhir = self.pegawai.partition_point(|b| posisi(b) < r.end);
        &self.pegawai[awal..akhir]
    }

    pub fn pegawai_tanpa_unit(&self) -> &[BarisPegawai] {
        let awal = self.pegawai.partition_point(|b| b.unit.is_some());
        &self.pegawai[awal..]
    }
}

/// The period's figures from the records themselves (see [`rekap_dari`]).
pub fn rekap(
    rb: &Rulebook,
    org: &Organisasi,
    data: &DataRekap,
    periode: Periode,
    hari_ini: NaiveDate,
) -> RekapInstansi {
    let m = MasukanRekap::dari(
        data.pegawai.iter().copied(),
        data.skp.iter().copied(),
        data.evaluasi.iter().copied(),
    );
    rekap_dari(rb, org, &m, &data.predikat_unit, periode, hari_ini)
}

/// Each pegawai's SKP for `periode`: their own before a Plt./Plh. assignment's (an acting post
/// held beside it, PermenPANRB 6/2022), then the latest that overlaps it, an approved one
/// before another of the same start (a move leaves several).
fn skp_periode(data: &MasukanRekap, periode: Periode) -> HashMap<&str, &SkpRekap> {
    let mut skp_dari: HashMap<&str, &SkpRekap> = HashMap::new();
    let dalam = |s: &&SkpRekap| periode.dalam(s.periode_mulai, s.periode_selesai).is_some();
    for s in data.skp.iter().filter(dalam) {
        let lebih_baru = |l: &&SkpRekap| {
            let urut = |x: &SkpRekap| {
                (
                    !x.plt_plh,
                    x.periode_mulai,
                    x.status == StatusSkpRekap::Disetujui,
                )
            };
            urut(s) > urut(l)
        };
        match skp_dari.get(s.pegawai_nip.as_str()) {
            Some(l) if !lebih_baru(l) => {}
            _ => {
                skp_dari.insert(&s.pegawai_nip, s);
            }
        }
    }
    skp_dari
}

/// Each pegawai's evaluation of `periode` as the dashboard counts it: that of their SKP of the
/// period (`skp_periode`; after a move each SKP has its own, and another SKP's never
/// stands in), else, for someone with no SKP of the period here, the latest. Every screen
/// that reads a period's predikat reads it here, so none shows what another does not.
pub fn evaluasi_periode(data: &MasukanRekap, periode: Periode) -> HashMap<&str, &EvaluasiRekap> {
    evaluasi_dengan_skp(data, periode, &skp_periode(data, periode))
}

fn evaluasi_dengan_skp<'a>(
    data: &'a MasukanRekap,
    periode: Periode,
    skp_dari: &HashMap<&str, &SkpRekap>,
) -> HashMap<&'a str, &'a EvaluasiRekap> {
    let mut evaluasi_dari: HashMap<&str, &EvaluasiRekap> = HashMap::new();
    for e in data.evaluasi.iter().filter(|e| e.periode == periode) {
        let skp = skp_dari.get(e.pegawai_nip.as_str());
        if skp.is_some_and(|s| s.id != e.skp_id) {
            continue;
        }
        match evaluasi_dari.get(e.pegawai_nip.as_str()) {
            Some(l) if l.tanggal > e.tanggal => {}
            _ => {
                evaluasi_dari.insert(&e.pegawai_nip, e);
            }
        }
    }
    evaluasi_dari
}

/// The period's figures. `hari_ini` decides which evaluations are due.
pub fn rekap_dari(
    rb: &Rulebook,
    org: &Organisasi,
    data: &MasukanRekap,
    predikat_unit: &[&PredikatUnit],
    periode: Periode,
    hari_ini: NaiveDate,
) -> RekapInstansi {
    let dalam = |s: &SkpRekap| periode.dalam(s.periode_mulai, s.periode_selesai);
    let skp_dari = skp_periode(data, periode);
    let evaluasi_dari = evaluasi_dengan_skp(data, periode, &skp_dari);
    // A unit's name as profiles spell it, looked up once per spelling (an agency has a few
    // dozen spellings for 10,000 profiles).
    let mut posisi_dari: HashMap<&str, Option<usize>> = HashMap::new();
    for p in &data.pegawai {
        posisi_dari
            .entry(p.unit_kerja.as_str())
            .or_insert_with(|| org.posisi_nama(&p.unit_kerja));
    }
    let baris = |nip: &str, p: Option<&PegawaiRekap>| {
        let skp = skp_dari.get(nip).copied();
        let ev = evaluasi_dari.get(nip).copied();
        let status = skp.map_or(StatusSkpRekap::Tanpa, |s| s.status);
        let berakhir = skp
            .and_then(dalam)
            .is_some_and(|(_, akhir)| akhir <= hari_ini);
        let predikat = ev.map(|e| e.predikat(rb).nilai);
        BarisPegawai {
            nip: nip.to_string(),
            nama: p.map(|p| p.nama.clone()).unwrap_or_default(),
            jabatan: p.map(|p| p.jabatan.clone()).unwrap_or_default(),
            jenjang: p.map(|p| p.jenjang.clone()).unwrap_or_default(),
            unit_kerja: p.map(|p| p.unit_kerja.clone()).unwrap_or_default(),
            unit: p.and_then(|p| posisi_dari[p.unit_kerja.as_str()]),
            status,
            skp_id: skp.map(|s| s.id.clone()),
            predikat,
            evaluasi_id: ev.map(|e| e.id.clone()),
            wajib: predikat.is_some() || (status == StatusSkpRekap::Disetujui && berakhir),
        }
    };
    let mut dilihat: HashSet<&str> = HashSet::new();
    let mut semua = Vec::with_capacity(data.pegawai.len());
    for p in &data.pegawai {
        if dilihat.insert(&p.nip) {
            semua.push(baris(&p.nip, Some(p)));
        }
    }
    // Someone known only by their SKP (their profile never arrived) still counts, in the
    // periods that SKP reaches.
    for s in data.skp.iter().filter(|s| dalam(s).is_some()) {
        if dilihat.insert(&s.pegawai_nip) {
            semua.push(baris(&s.pegawai_nip, None));
        }
    }
    let n_unit = org.urutan().len();
    // Bucket by unit (no known unit last), then name: the order every table shows.
    let mut ember: Vec<Vec<BarisPegawai>> = vec![Vec::new(); n_unit + 1];
    for b in semua {
        ember[b.unit.unwrap_or(n_unit)].push(b);
    }
    let mut langsung = vec![Ringkasan::default(); n_unit];
    let mut tanpa_unit = Ringkasan::default();
    let mut pegawai = Vec::new();
    for (i, mut e) in ember.into_iter().enumerate() {
        // Each name lowered once, not twice per comparison.
        e.sort_by_cached_key(|b| (b.nama.to_lowercase(), b.nip.clone()));
        let r = langsung.get_mut(i).unwrap_or(&mut tanpa_unit);
        for b in &e {
            r.tambah(b);
        }
        pegawai.extend(e);
    }
    let mut instansi = tanpa_unit.clone();
    for r in &langsung {
        instansi.gabung(r);
    }
    // Preorder: each unit adds its total to its parent's after its own sub-units have.
    let mut total = langsung;
    for i in (0..n_unit).rev() {
        if let Some(p) = org.induk(i) {
            let anak = total[i].clone();
            total[p].gabung(&anak);
        }
    }
    let predikat_dari: HashMap<&str, &PredikatUnit> = predikat_unit
        .iter()
        .filter(|p| p.periode == periode)
        .map(|p| (p.unit_id.as_str(), *p))
        .collect();
    let unit = org
        .urutan()
        .iter()
        .zip(total)
        .map(|(u, ringkasan)| {
            let predikat = predikat_dari.get(u.id.as_str()).map(|p| (*p).clone());
            let distribusi = predikat
                .as_ref()
                .map(|p| periksa_sebaran(rb, p.predikat, &ringkasan.sebaran));
            RekapUnit {
                ringkasan,
                predikat,
                distribusi,
            }
        })
        .collect();
    RekapInstansi {
        periode,
        pegawai,
        unit,
        tanpa_unit,
        instansi,
    }
}

/// The periods that have stored evaluations, newest first (the dashboards offer these):
/// `periode`, each evaluation's.
pub fn periode_tercatat(periode: impl IntoIterator<Item = Periode>) -> Vec<Periode> {
    let mut v: Vec<Periode> = periode
        .into_iter()
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    v.sort_by(|a, b| {
        let akhir = |p: &Periode| p.rentang().map(|(_, x)| x);
        (akhir(b), b.jenis).cmp(&(akhir(a), a.jenis))
    });
    v
}

#[cfg(test)]
#[path = "rekap_instansi_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "rekap_plt_tests.rs"]
mod plt_tests;
