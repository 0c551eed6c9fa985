//! The domain's rules for incoming records: what the screens refuse, an import refuses too.
//! Shapes and types were checked before ([`super::validasi_record`]); here each record goes
//! through its type's `periksa`, and records that belong to an SKP are checked against that
//! SKP (the one in the same file, else the one stored here): a realisasi names an IKI the SKP
//! has, an evaluation is for the SKP's own pegawai and a period inside it, and its advice is the
//! one the engine computes from its ratings, so a forged advice cannot hide a missing reason.
//! One evaluation per SKP and period, one predikat organisasi per unit and period (and again
//! as the plan lands them: [`super::aturan_satu`]).
//! An attachment's bytes must match its recorded size and SHA-256, and it must belong to a
//! realisasi of the same SKP, whose pegawai it names.

use super::aturan_satu::{galat_ganda, kunci_satu, pemegang_kunci};
use super::format::{Bundle, JenisRecord, Record};
use super::isi::{IsiRecord, IsiSekali};
use crate::domain::evaluasi::Evaluasi;
use crate::domain::lampiran::{periksa_jumlah, Lampiran};
use crate::domain::organisasi::{periksa_dalam, UnitKerja};
use crate::domain::skp::Skp;
use crate::domain::{Galat, Rulebook};
use chrono::{DateTime, NaiveDate};
use revisi::{tanpa_warisan, Tersimpan};
use std::collections::HashMap;
use std::sync::Arc;

/// Rule violations per incoming record id; records without any are absent.
#[cfg(test)]
pub(crate) fn pelanggaran(lokal: &[Record], masuk: &Bundle) -> HashMap<String, Vec<Galat>> {
    pelanggaran_dengan(lokal, masuk, &IsiSekali::baru())
}

/// [`pelanggaran`] with the records' contents decoded once for the whole plan.
pub(crate) fn pelanggaran_dengan<'a>(
    lokal: &'a [Record],
    masuk: &'a Bundle,
    ingat: &IsiSekali<'a>,
) -> HashMap<String, Vec<Galat>> {
    let rb = Rulebook::aktif();
    // A profile's NIP is judged as of the day the file was made.
    let hari_ini = DateTime::parse_from_rfc3339(&masuk.diekspor)
        .map(|d| d.date_naive())
        .unwrap_or_else(|_| chrono::Local::now().date_naive());
    let isi_dibagi: Vec<(&Record, Arc<Option<IsiRecord>>)> =
        masuk.records.iter().map(|r| (r, ingat.isi(r))).collect();
    let isi: Vec<(&Record, &IsiRecord)> = isi_dibagi
        .iter()
        .filter_map(|(r, i)| i.as_ref().as_ref().map(|i| (*r, i)))
        .collect();
    // The SKPs records refer to: stored ones, replaced by those in the file.
    let mut skp: HashMap<String, Skp> = lokal
        .iter()
        .filter(|r| r.jenis == JenisRecord::Skp && !r.dihapus)
        .filter_map(|r| match ingat.isi(r).as_ref() {
            Some(IsiRecord::Skp(s)) => Some((s.id.clone(), s.clone())),
            _ => None,
        })
        .collect();
    for (_, i) in &isi {
        if let IsiRecord::Skp(s) = i {
            skp.insert(s.id.clone(), s.clone());
        }
    }
    // The realisasi attachments refer to (id → SKP id): stored live ones, then the file's.
    let mut realisasi: HashMap<String, String> = lokal
        .iter()
        .filter(|r| r.jenis == JenisRecord::Realisasi && !r.dihapus)
        .filter_map(|r| match ingat.isi(r).as_ref() {
            Some(IsiRecord::Realisasi(x)) => Some((x.id.clone(), x.skp_id.clone())),
            _ => None,
        })
        .collect();
    for (_, i) in &isi {
        if let IsiRecord::Realisasi(x) = i {
            realisasi.insert(x.id.clone(), x.skp_id.clone());
        }
    }
    // The units as they will stand: the stored live ones, each replaced or deleted by the
    // file's (a unit is checked among them: its parent, a code or a name another one has).
    let unit_lokal: Vec<Arc<Option<IsiRecord>>> = lokal
        .iter()
        .filter(|r| r.jenis == JenisRecord::UnitKerja && !r.dihapus)
        .map(|r| ingat.isi(r))
        .collect();
    let mut unit: Vec<&UnitKerja> = unit_lokal
        .iter()
        .filter_map(|i| match i.as_ref() {
            Some(IsiRecord::UnitKerja(u)) => Some(u),
            _ => None,
        })
        .collect();
    for r in masuk
        .records
        .iter()
        .filter(|r| r.jenis == JenisRecord::UnitKerja)
    {
        unit.retain(|u| u.id != r.id);
    }
    unit.extend(isi.iter().filter_map(|(_, i)| match i {
        IsiRecord::UnitKerja(u) => Some(u),
        _ => None,
    }));
    let rujukan = Rujukan {
        skp: &skp,
        realisasi: &realisasi,
        unit: &unit,
    };
    // One evaluation per SKP and period, one predikat organisasi per unit and period.
    let per_kunci = pemegang_kunci(lokal, masuk, &isi, ingat);
    let tersimpan = Tersimpan::baru(lokal);
    let mut hasil = HashMap::new();
    for (r, i) in &isi {
        // What the file does not change was judged when it landed (docs/bundle.md).
        if tersimpan.sama(r) {
            continue;
        }
        let mut m = Vec::new();
        if kunci_satu(i).is_some_and(|k| per_kunci[&k].len() > 1) {
            m.extend(galat_ganda(i));
        }
        let lama = tersimpan.isi(r, ingat);
        let lama = lama.as_deref().and_then(Option::as_ref);
        let milik = i.skp_id().and_then(|id| skp.get(id));
        let dilanggar = tanpa_warisan(periksa(rb, i, &rujukan, hari_ini), i, lama, milik);
        for g in dilanggar {
            if !m.contains(&g) {
                m.push(g);
            }
        }
        if !m.is_empty() {
            hasil.insert(r.id.clone(), m);
        }
    }
    hasil
}

/// What incoming records may refer to: SKPs, and realisasi by id with their SKP's id.
struct Rujukan<'a> {
    skp: &'a HashMap<String, Skp>,
    realisasi: &'a HashMap<String, String>,
    unit: &'a [&'a UnitKerja],
}

fn periksa(rb: &Rulebook, isi: &IsiRecord, ruj: &Rujukan, hari_ini: NaiveDate) -> Vec<Galat> {
    let milik = |id: &str| {
        ruj.skp
            .get(id)
            .ok_or_else(|| Galat::baru("skp_tidak_ditemukan").dengan("nilai", id))
    };
    match isi {
        IsiRecord::Pegawai(p) => p.periksa(rb, hari_ini),
        IsiRecord::Skp(s) => s.periksa(rb),
        IsiRecord::Realisasi(r) => {
            let mut m = r.periksa();
            m.extend(periksa_jumlah(rb, r));
            match milik(&r.skp_id) {
                Err(g) => m.push(g),
                Ok(s) if s.iki(&r.iki_id).is_none() => {
                    m.push(Galat::baru("iki_tidak_dikenal").dengan("nilai", &r.iki_id))
                }
                Ok(_) => {}
            }
            m
        }
        IsiRecord::UmpanBalik(u) => {
            let mut m = u.periksa();
            match milik(&u.skp_id) {
                Err(g) => m.push(g),
                Ok(s) if s.rhk(&u.rhk_id).is_none() => {
                    m.push(Galat::baru("rhk_tidak_dikenal").dengan("nilai", &u.rhk_id))
                }
                Ok(_) => {}
            }
            m
        }
        IsiRecord::DialogKinerja(d) => {
            let mut m = d.periksa();
            m.extend(milik(&d.skp_id).err());
            m
        }
        IsiRecord::Evaluasi(e) => match milik(&e.skp_id) {
            Err(g) => vec![g],
            Ok(s) => periksa_evaluasi(rb, e, s),
        },
        IsiRecord::KegiatanPengembangan(k) => k.periksa(rb),
        IsiRecord::Lampiran(l) => periksa_lampiran(rb, l, ruj),
        IsiRecord::UnitKerja(u) => periksa_dalam(rb, hari_ini, u, ruj.unit),
        IsiRecord::PredikatOrganisasi(p) => p.periksa(),
        IsiRecord::PenilaianKompetensi(k) => k.periksa(rb),
        IsiRecord::RencanaPengembangan(r) => r.periksa(rb),
        IsiRecord::Penghargaan(p) => p.periksa(),
        IsiRecord::AsesmenPotensi(a) => a.periksa(),
        IsiRecord::Catatan(_) | IsiRecord::MatriksPeranHasil(_) | IsiRecord::Rulebook(_) => {
            Vec::new()
        }
    }
}

fn periksa_lampiran(rb: &Rulebook, l: &Lampiran, ruj: &Rujukan) -> Vec<Galat> {
    let mut m = l.periksa(rb);
    m.extend(super::lampiran::byte_lampiran(l).err());
    match ruj.skp.get(&l.skp_id) {
        None => m.push(Galat::baru("skp_tidak_ditemukan").dengan("nilai", &l.skp_id)),
        Some(s) if s.pegawai_nip != l.pegawai_nip => m.push(
            Galat::baru("lampiran_pegawai_lain")
                .dengan("nilai", &l.pegawai_nip)
                .dengan("skp", &s.pegawai_nip),
        ),
        Some(_) => {}
    }
    if ruj.realisasi.get(&l.realisasi_id) != Some(&l.skp_id) {
        m.push(Galat::baru("lampiran_realisasi_lain").dengan("nilai", &l.realisasi_id));
    }
    m
}

fn periksa_evaluasi(rb: &Rulebook, e: &Evaluasi, s: &Skp) -> Vec<Galat> {
    let mut m = Vec::new();
    if e.pegawai_nip != s.pegawai_nip {
        m.push(
            Galat::baru("evaluasi_pegawai_lain")
                .dengan("nilai", &e.pegawai_nip)
                .dengan("skp", &s.pegawai_nip),
        );
    }
    if e.penilai_nip == s.pegawai_nip {
        m.push(Galat::baru("menilai_diri_sendiri"));
    }
    m.extend(e.periksa(rb, s));
    // The advice is recomputed, never trusted: a choice that differs from the engine's
    // advice needs its reason whatever advice the file claims.
    if let Ok(saran) = e.saran_rating_hasil(rb, s) {
        let saran = saran.nilai;
        if e.rating_hasil.saran.is_some_and(|x| x != saran) {
            m.push(
                Galat::baru("saran_tidak_sesuai")
                    .dengan("tercatat", e.rating_hasil.saran.map_or("", |x| x.kode()))
                    .dengan("dihitung", saran.kode()),
            );
        }
        if e.rating_hasil.rating != saran && e.rating_hasil.justifikasi.trim().is_empty() {
            m.push(Galat::baru("justifikasi_wajib"));
        }
    }
    m
}

#[path = "aturan_revisi.rs"]
mod revisi;

#[cfg(test)]
#[path = "aturan_revisi_tests.rs"]
mod revisi_tests;

#[cfg(test)]
#[path = "aturan_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "aturan_pengembangan_tests.rs"]
mod pengembangan_tests;

#[cfg(test)]
#[path = "aturan_organisasi_tests.rs"]
mod organisasi_tests;
