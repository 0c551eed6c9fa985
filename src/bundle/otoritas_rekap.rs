//! Who may change what through a `rekap` (docs/bundle.md, "Rekap"): the admin kepegawaian's
//! whole workspace, passed upward or to a second admin device. A rekap is not a licence: its
//! exporter's own authority covers what any admin file may change (the agency's unit kerja
//! and predikat organisasi, profiles, a kegiatan's verification). Every other record travels
//! as the copy it is, and is accepted only as a change one of its own parties could have made
//! with a file of their own, judged by the same rules ([`super::boleh`]): the SKP's pegawai
//! and pejabat penilai, a feedback's author, an evaluation's pejabat penilai. So a rekap can
//! do nothing a file naming that party as its exporter could not, and it never rewrites an
//! approved SKP or an evaluation into something its owner could not have made.
//!
//! Steps that several parties took one after another are replayed in the flow's order, so a
//! rekap imports in one go what an admin received as several files: an SKP along its own
//! history (`riwayat`: the pegawai submits, the pejabat penilai approves or returns, the
//! pegawai reopens an approved one as a revision), each step judged as its party's; an
//! evaluation written by the pejabat penilai, then answered by the pegawai; the profiles the
//! rekap carries name the pejabat penilai of SKPs this device never saw (stored ones first).

use super::{boleh, setiap_perubahan, Pengirim, Relasi};
use crate::bundle::format::{Bundle, JenisRecord, Record};
use crate::bundle::isi::{IsiRecord, IsiSekali};
use crate::domain::skp::{PerubahanStatus, Skp, StatusSkp};
use crate::domain::Galat;
use std::collections::HashMap;

/// Authority violations of a rekap's records, by record id.
pub(super) fn pelanggaran<'a>(
    lokal: &'a [Record],
    masuk: &'a Bundle,
    arsip: bool,
    ingat: &IsiSekali<'a>,
) -> HashMap<String, Galat> {
    let pengekspor = Pengirim::dari(masuk);
    let mut rel = Relasi::baru(lokal, &masuk.records, ingat);
    for r in masuk
        .records
        .iter()
        .filter(|r| r.jenis == JenisRecord::Pegawai)
    {
        if let Some(IsiRecord::Pegawai(p)) = ingat.isi(r).as_ref() {
            if let Some(pp) = p
                .pejabat_penilai
                .as_ref()
                .filter(|pp| !pp.nip.trim().is_empty())
            {
                rel.penilai_profil
                    .entry(p.nip.clone())
                    .or_insert(pp.nip.clone());
            }
        }
    }
    setiap_perubahan(
        lokal,
        masuk,
        arsip,
        ingat,
        &rel,
        |baru, lama, arsip_baru| boleh_salinan(&pengekspor, &rel, baru, lama, arsip_baru),
    )
}

fn boleh_salinan(
    pengekspor: &Pengirim,
    rel: &Relasi,
    baru: Option<&IsiRecord>,
    lama: Option<&IsiRecord>,
    arsip_baru: bool,
) -> Result<(), Galat> {
    let Some(subjek) = baru.or(lama) else {
        return Ok(());
    };
    let pihak = pihak(rel, baru, lama);
    let satu = |b: Option<&IsiRecord>, l: Option<&IsiRecord>| {
        oleh_salah_satu(&pihak, |p| boleh(p, rel, b, l, arsip_baru))
    };
    match subjek {
        IsiRecord::UnitKerja(_)
        | IsiRecord::PredikatOrganisasi(_)
        | IsiRecord::Pegawai(_)
        | IsiRecord::KegiatanPengembangan(_)
        | IsiRecord::Penghargaan(_)
        | IsiRecord::AsesmenPotensi(_)
        | IsiRecord::Rulebook(_) => boleh(pengekspor, rel, baru, lama, arsip_baru),
        // A note of no SKP names no owner; one of an SKP is its pegawai's (below).
        IsiRecord::Catatan(c) if c.skp_id.is_none() => {
            boleh(pengekspor, rel, baru, lama, arsip_baru)
        }
        IsiRecord::Skp(s) => {
            let hasil = satu(baru, lama);
            let lama = match lama {
                Some(IsiRecord::Skp(l)) => Some(l),
                _ => None,
            };
            match (hasil, baru) {
                (Err(g), Some(_)) => ikuti_riwayat(rel, s, lama).map_err(|x| x.unwrap_or(g)),
                (hasil, _) => hasil,
            }
        }
        IsiRecord::Evaluasi(e) => {
            let hasil = satu(baru, lama);
            if hasil.is_ok() || baru.is_none() {
                return hasil;
            }
            // The pejabat penilai writes it (with the tanggapan stored here, if any), then
            // the pegawai adds theirs.
            let mut tengah = e.clone();
            tengah.tanggapan = match lama {
                Some(IsiRecord::Evaluasi(l)) => l.tanggapan.clone(),
                _ => None,
            };
            let tengah = IsiRecord::Evaluasi(tengah);
            satu(Some(&tengah), lama)
                .and_then(|()| satu(baru, Some(&tengah)))
                .or(hasil)
        }
        IsiRecord::RencanaPengembangan(r) => {
            let hasil = satu(baru, lama);
            if hasil.is_ok() || baru.is_none() {
                return hasil;
            }
            // The pegawai writes and submits it (with the decision stored here, if any), then
            // the pejabat penilai decides.
            let mut tengah = r.clone();
            tengah.keputusan = match lama {
                Some(IsiRecord::RencanaPengembangan(l)) => l.keputusan.clone(),
                _ => None,
            };
            let tengah = IsiRecord::RencanaPengembangan(tengah);
            satu(Some(&tengah), lama)
                .and_then(|()| satu(baru, Some(&tengah)))
                .or(hasil)
        }
        _ => satu(baru, lama),
    }
}

/// The NIPs a record names as its parties: the SKP's pegawai and pejabat penilai, and the
/// author the record itself names (stored copy first).
fn pihak(rel: &Relasi, baru: Option<&IsiRecord>, lama: Option<&IsiRecord>) -> Vec<String> {
    fn tambah(daftar: &mut Vec<String>, nip: &str) {
        let nip = nip.trim();
        if !nip.is_empty() && !daftar.iter().any(|x| x == nip) {
            daftar.push(nip.into());
        }
    }
    let mut daftar = Vec::new();
    for isi in [lama, baru].into_iter().flatten() {
        let skp_id = match isi {
            IsiRecord::Skp(s) => {
                tambah(&mut daftar, &s.pegawai_nip);
                Some(&s.id)
            }
            IsiRecord::Realisasi(r) => Some(&r.skp_id),
            IsiRecord::UmpanBalik(u) => {
                tambah(&mut daftar, &u.dari_nip);
                Some(&u.skp_id)
            }
            IsiRecord::DialogKinerja(d) => Some(&d.skp_id),
            IsiRecord::Evaluasi(e) => {
                tambah(&mut daftar, &e.penilai_nip);
                Some(&e.skp_id)
            }
            IsiRecord::Lampiran(l) => {
                tambah(&mut daftar, &l.pegawai_nip);
                Some(&l.skp_id)
            }
            IsiRecord::MatriksPeranHasil(m) => Some(&m.skp_atasan_id),
            IsiRecord::Catatan(c) => c.skp_id.as_ref(),
            IsiRecord::PenilaianKompetensi(k) => {
                tambah(&mut daftar, &k.penilai_nip);
                None
            }
            IsiRecord::RencanaPengembangan(r) => {
                tambah(&mut daftar, &r.pegawai_nip);
                if let Some(k) = &r.keputusan {
                    tambah(&mut daftar, &k.penilai_nip);
                }
                None
            }
            _ => None,
        };
        if let Some(s) = skp_id.and_then(|id| rel.skp.get(id)) {
            tambah(&mut daftar, &s.pegawai_nip);
            if let Some(p) = rel.penilai(s) {
                tambah(&mut daftar, p);
            }
        }
    }
    daftar
}

/// Accepted when one of the parties may make the change; else the first party's reason (the
/// record's owner: a reason from the one who could have).
fn oleh_salah_satu(
    pihak: &[String],
    mut nilai: impl FnMut(&Pengirim) -> Result<(), Galat>,
) -> Result<(), Galat> {
    let mut pertama = None;
    // With no party named, today's rule still gives its reason (an empty sender is nobody).
    let semua = pihak.iter().map(String::as_str);
    for nip in semua.chain(pihak.is_empty().then_some("")) {
        match nilai(&Pengirim { nip, admin: false }) {
            Ok(()) => return Ok(()),
            Err(g) => {
                pertama.get_or_insert(g);
            }
        }
    }
    pertama.map_or(Ok(()), Err)
}

/// The SKP's own history replayed from the stored one (none: from nothing): each status change
/// is a step of the party who takes it (approving or returning: the pejabat penilai the copy
/// names; submitting or reopening: the pegawai, who brings the content), judged as a file of
/// theirs would be. `Err(None)`: the history does not continue the stored one, so there is
/// nothing to replay and the whole change stays judged as one step.
fn ikuti_riwayat(rel: &Relasi, s: &Skp, lama: Option<&Skp>) -> Result<(), Option<Galat>> {
    let awal = lama.map_or(0, |l| l.riwayat.len());
    if lama.is_some_and(|l| !s.riwayat.starts_with(&l.riwayat)) || s.riwayat.len() <= awal {
        return Err(None);
    }
    let pemilik = lama.map_or(s.pegawai_nip.as_str(), |l| l.pegawai_nip.as_str());
    let mut sebelum = lama.cloned().map(IsiRecord::Skp);
    for n in awal + 1..=s.riwayat.len() {
        let p = &s.riwayat[n - 1];
        let oleh_penilai = matches!(p.ke.as_str(), "disetujui" | "dikembalikan");
        let tahap = if n == s.riwayat.len() {
            s.clone()
        } else {
            let dasar = match (&sebelum, oleh_penilai) {
                (Some(IsiRecord::Skp(x)), true) => x.clone(),
                _ => s.clone(),
            };
            let Some(tahap) = tahap_riwayat(dasar, s, sebelum.as_ref(), p, n, oleh_penilai) else {
                return Err(None);
            };
            tahap
        };
        let nip = if oleh_penilai {
            s.pejabat_penilai_nip.as_str()
        } else {
            pemilik
        };
        let tahap = IsiRecord::Skp(tahap);
        let dari = Pengirim { nip, admin: false };
        // Each step of the history as its own party's, never under the archive's allowance.
        boleh(&dari, rel, Some(&tahap), sebelum.as_ref(), false).map_err(Some)?;
        sebelum = Some(tahap);
    }
    Ok(())
}

/// The SKP after its `n`-th status change: the status and history up to it; the content the
/// copy holds (the pegawai's steps) or the one before (the pejabat penilai's); the pejabat
/// penilai's NIP as before, written by their own steps. `None` for a status not in the flow.
fn tahap_riwayat(
    mut tahap: Skp,
    s: &Skp,
    sebelum: Option<&IsiRecord>,
    p: &PerubahanStatus,
    n: usize,
    oleh_penilai: bool,
) -> Option<Skp> {
    tahap.status = match p.ke.as_str() {
        "draft" => StatusSkp::Draft,
        "diajukan" => StatusSkp::Diajukan { pada: p.pada },
        "disetujui" => StatusSkp::Disetujui { pada: p.pada },
        "dikembalikan" => StatusSkp::Dikembalikan {
            pada: p.pada,
            alasan: p.catatan.clone(),
        },
        _ => return None,
    };
    tahap.riwayat = s.riwayat[..n].to_vec();
    tahap.pejabat_penilai_nip = match (oleh_penilai, sebelum) {
        (true, _) => s.pejabat_penilai_nip.clone(),
        (false, Some(IsiRecord::Skp(x))) => x.pejabat_penilai_nip.clone(),
        (false, _) => String::new(),
    };
    Some(tahap)
}

#[cfg(test)]
#[path = "otoritas_rekap_tests.rs"]
mod tests;
