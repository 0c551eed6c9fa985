//! The agency's development tables as data ([`Tabel`]) for a year and a set of pegawai: who is
//! below the JP minimum, the most frequent competency gaps (training needs) and the award
//! candidates with their reason, and the award form filled from one. Pure, tested natively;
//! each rule is the domain's.

use crate::domain::kompetensi::PenilaianKompetensi;
use crate::domain::nip::parse_nip;
use crate::domain::pengembangan::{jp_tahunan, wajib_jp_pada, KegiatanPengembangan};
use crate::domain::penghargaan::{
    prestasi_berturut, satyalancana, JENIS_PRESTASI, JENIS_SATYALANCANA,
};
use crate::domain::rekap_instansi::BarisPegawai;
use crate::domain::{Bahasa, Rulebook};
use crate::store::kinerja::DataKinerja;
use crate::ui::i18n::isi;
use crate::ui::route::Route;
use crate::ui::tabel::{Sel, Tabel};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

/// Column names and words of the three tables.
pub struct KataPengembangan {
    pub unit: &'static str,
    pub nip: &'static str,
    pub nama: &'static str,
    pub jp: &'static str,
    pub minimum: &'static str,
    pub kurang: &'static str,
    pub kompetensi: &'static str,
    pub jumlah_gap: &'static str,
    pub rata_gap: &'static str,
    pub tmt: &'static str,
    pub alasan: &'static str,
    /// `{n}`: years of service.
    pub satyalancana: &'static str,
    /// `{tahun}`: the Sangat Baik years it rests on, listed; `{n}`: how many.
    pub prestasi: &'static str,
    pub tanpa_unit: &'static str,
}

/// The pegawai's unit as its path, or `tanpa_unit`.
pub(super) fn unit(b: &BarisPegawai, jalur: &[String], tanpa_unit: &str) -> String {
    b.unit
        .and_then(|i| jalur.get(i).cloned())
        .unwrap_or_else(|| tanpa_unit.to_string())
}

/// The pegawai's name, or their NIP when only their SKP is stored.
pub(super) fn nama(b: &BarisPegawai) -> String {
    if b.nama.is_empty() {
        b.nip.clone()
    } else {
        b.nama.clone()
    }
}

/// Pegawai below the year's JP minimum of their kind of ASN, the largest shortfall first.
pub fn tabel_jp(
    rb: &Rulebook,
    d: &DataKinerja,
    pegawai: &[BarisPegawai],
    jalur: &[String],
    tahun: i32,
    hari_ini: NaiveDate,
    k: &KataPengembangan,
) -> (Tabel, usize) {
    let mut per_nip: HashMap<&str, Vec<KegiatanPengembangan>> = HashMap::new();
    for x in d.kegiatan.semua() {
        per_nip
            .entry(x.isi.pegawai_nip.as_str())
            .or_default()
            .push(x.isi.clone());
    }
    let mut baris = Vec::new();
    let mut dihitung = 0;
    for p in pegawai {
        let Some(profil) = d.profil(&p.nip) else {
            continue;
        };
        // Appointed after that year: no minimum of that year to miss.
        if !wajib_jp_pada(rb, &p.nip, tahun, hari_ini) {
            continue;
        }
        let log = per_nip.get(p.nip.as_str()).map_or(&[][..], Vec::as_slice);
        let Ok(h) = jp_tahunan(rb, log, tahun, &profil.jenis_pegawai) else {
            continue;
        };
        dihitung += 1;
        if !h.nilai.memenuhi {
            baris.push((h.nilai.kekurangan, p, h.nilai.dihitung, h.nilai.minimum));
        }
    }
    baris.sort_by(|a, c| c.0.total_cmp(&a.0).then_with(|| a.1.nama.cmp(&c.1.nama)));
    let mut x = Tabel::baru(&[k.nama, k.nip, k.unit, k.jp, k.minimum, k.kurang]);
    for (kurang, p, jp, min) in baris {
        x.tambah(
            vec![
                Sel::teks(nama(p)),
                Sel::teks(p.nip.clone()),
                Sel::teks(unit(p, jalur, k.tanpa_unit)),
                Sel::Angka(jp),
                Sel::Angka(min),
                Sel::Angka(kurang),
            ],
            Some(Route::InstansiPegawai(p.nip.clone()).href()),
        );
    }
    (x, dihitung)
}

/// The competencies most often below standard in the pegawai's latest assessments.
pub fn tabel_kebutuhan(
    rb: &Rulebook,
    d: &DataKinerja,
    pegawai: &[BarisPegawai],
    k: &KataPengembangan,
    b: Bahasa,
) -> Tabel {
    let mut terbaru: HashMap<&str, &PenilaianKompetensi> = HashMap::new();
    for x in d.kompetensi.semua() {
        let e = terbaru.entry(x.isi.pegawai_nip.as_str()).or_insert(&x.isi);
        if (x.isi.tanggal, &x.isi.id) > (e.tanggal, &e.id) {
            *e = &x.isi;
        }
    }
    // Per competency: how many pegawai fall short, and by how many levels in all.
    let mut gap: BTreeMap<&str, (usize, i32)> = BTreeMap::new();
    for p in pegawai {
        let Some(a) = terbaru.get(p.nip.as_str()) else {
            continue;
        };
        for (kode, s) in &a.standar {
            let l = a.level.get(kode).copied().unwrap_or_default();
            if l < *s {
                let g = gap.entry(kode.as_str()).or_default();
                g.0 += 1;
                g.1 += (*s - l) as i32;
            }
        }
    }
    let mut urut: Vec<_> = gap.into_iter().collect();
    urut.sort_by(|a, c| c.1 .0.cmp(&a.1 .0).then(c.1 .1.cmp(&a.1 .1)));
    let mut x = Tabel::baru(&[k.kompetensi, k.jumlah_gap, k.rata_gap]);
    for (kode, (n, total)) in urut {
        let rata = total as f64 / n as f64;
        x.tambah(
            vec![
                Sel::teks(crate::domain::kompetensi::nama_kompetensi(rb, kode, b)),
                Sel::angka(n),
                // Levels below standard, as a number a spreadsheet can sort and sum.
                Sel::Angka(-(rata * 100.0).round() / 100.0),
            ],
            None,
        );
    }
    x
}

/// An award candidate of a year, as the rules found them. The candidates table and the award
/// form both read it, so the form never reads a kind or a name back from the table's words.
#[derive(Clone, Debug, PartialEq)]
pub struct Kandidat {
    pub pegawai: BarisPegawai,
    pub tahun: i32,
    /// The years of service completed in `tahun` (Satyalancana Karya Satya).
    pub satyalancana: Option<u32>,
    /// Sangat Baik in the rulebook's run of annual evaluations up to `tahun`.
    pub prestasi: bool,
}

/// Award candidates of the year: Satyalancana Karya Satya by years of service (the NIP's
/// TMT), and Sangat Baik in consecutive annual evaluations.
pub fn kandidat_penghargaan(
    rb: &Rulebook,
    d: &DataKinerja,
    pegawai: &[BarisPegawai],
    tahun: i32,
    hari_ini: NaiveDate,
) -> Vec<Kandidat> {
    let tahunan = d.predikat_tahunan(rb);
    // Each profile's kind of ASN, looked up once per pegawai, not by a walk of every profile.
    let jenis: HashMap<&str, &str> = (d.pegawai.iter())
        .map(|p| (p.isi.nip.as_str(), p.isi.jenis_pegawai.as_str()))
        .collect();
    pegawai
        .iter()
        .filter_map(|p| {
            let nip = parse_nip(rb, &p.nip, hari_ini).ok();
            let jenis = jenis.get(p.nip.as_str()).copied();
            let satyalancana = nip
                .as_ref()
                .and_then(|n| satyalancana(rb, n, jenis, tahun))
                .map(|s| s.nilai);
            let prestasi = tahunan
                .get(p.nip.as_str())
                .is_some_and(|t| prestasi_berturut(rb, t, tahun));
            (satyalancana.is_some() || prestasi).then(|| Kandidat {
                pegawai: p.clone(),
                tahun,
                satyalancana,
                prestasi,
            })
        })
        .collect()
}

/// The Sangat Baik run as evidence: the years whose annual predikat make it.
fn alasan_prestasi(rb: &Rulebook, tahun: i32, k: &KataPengembangan) -> String {
    let n = rb.penghargaan.sangat_baik_berturut;
    let daftar: Vec<String> = (tahun + 1 - n as i32..=tahun)
        .map(|t| t.to_string())
        .collect();
    isi(
        k.prestasi,
        &[("tahun", &daftar.join(", ")), ("n", &n.to_string())],
    )
}

/// Why a candidate is one, in the screen's words, the service award first.
pub fn alasan_kandidat(rb: &Rulebook, c: &Kandidat, k: &KataPengembangan) -> Vec<String> {
    let mut alasan = Vec::new();
    if let Some(n) = c.satyalancana {
        alasan.push(isi(k.satyalancana, &[("n", &n.to_string())]));
    }
    if c.prestasi {
        alasan.push(alasan_prestasi(rb, c.tahun, k));
    }
    alasan
}

/// The award candidates as a table: name, NIP, unit, TMT and reason.
pub fn tabel_penghargaan(
    rb: &Rulebook,
    kandidat: &[Kandidat],
    jalur: &[String],
    hari_ini: NaiveDate,
    k: &KataPengembangan,
) -> Tabel {
    let mut x = Tabel::baru(&[k.nama, k.nip, k.unit, k.tmt, k.alasan]);
    for c in kandidat {
        let p = &c.pegawai;
        let tmt = parse_nip(rb, &p.nip, hari_ini)
            .map(|n| match n.bulan_pengangkatan {
                Some(m) => format!("{m:02}-{}", n.tahun_pengangkatan),
                None => n.tahun_pengangkatan.to_string(),
            })
            .unwrap_or_default();
        x.tambah(
            vec![
                Sel::teks(nama(p)),
                Sel::teks(p.nip.clone()),
                Sel::teks(unit(p, jalur, k.tanpa_unit)),
                Sel::teks(tmt),
                Sel::teks(alasan_kandidat(rb, c, k).join("; ")),
            ],
            Some(Route::InstansiPegawai(p.nip.clone()).href()),
        );
    }
    x
}

/// What the award form takes from a candidate.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IsianPenghargaan {
    pub nip: String,
    pub jenis: &'static str,
    pub nama: String,
    pub keterangan: String,
}

/// The award form filled from a candidate. Satyalancana Karya Satya has its proper name
/// (`nama_satyalancana`, `{n}` the years). Prestasi has none a rule could give: the name is
/// left to the admin, the reason goes to the remarks.
pub fn isian_dari_kandidat(
    rb: &Rulebook,
    c: &Kandidat,
    k: &KataPengembangan,
    nama_satyalancana: &str,
) -> IsianPenghargaan {
    let nip = c.pegawai.nip.clone();
    match c.satyalancana {
        Some(n) => IsianPenghargaan {
            nip,
            jenis: JENIS_SATYALANCANA,
            nama: isi(nama_satyalancana, &[("n", &n.to_string())]),
            keterangan: String::new(),
        },
        None if c.prestasi => IsianPenghargaan {
            nip,
            jenis: JENIS_PRESTASI,
            nama: String::new(),
            keterangan: alasan_prestasi(rb, c.tahun, k),
        },
        None => IsianPenghargaan {
            nip,
            ..Default::default()
        },
    }
}

#[cfg(test)]
#[path = "tabel_pengembangan_tests.rs"]
mod tests;
