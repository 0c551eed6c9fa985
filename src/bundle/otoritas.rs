//! Who may change what (docs/bundle.md, "Otoritas"). Bundles are not signed yet, so the
//! authority is the file's exporter (its NIP and role) read against the records' relations:
//! the pegawai about themself, the pejabat penilai named in the SKP, the agency's admin for
//! profiles and the rulebook. Signatures will later make the exporter binding; the rules stay.
//!
//! A record the file does not change (same content as stored) needs no authority: files
//! carry copies of other people's records all the time. Every change, addition or deletion
//! does, and a record that breaks a rule is refused alone, naming the rule.

use super::format::{Bundle, JenisBundle, JenisRecord, Record, PERAN_ADMIN};
use super::gabung::Penerima;
use super::isi::{IsiRecord, IsiSekali};
use crate::domain::Galat;
use std::collections::HashMap;

#[path = "otoritas_kolom.rs"]
mod kolom;
#[path = "otoritas_pengembangan.rs"]
mod pengembangan;
#[path = "otoritas_rekap.rs"]
mod rekap;
#[path = "otoritas_relasi.rs"]
mod relasi;
#[path = "otoritas_skp.rs"]
mod skp;
use relasi::Relasi;
use skp::{boleh_evaluasi, boleh_skp, sama_kecuali};

pub(crate) use kolom::hak_kolom;

/// Authority violations per incoming record id; records without any are absent. A `rekap`,
/// and any file an admin kepegawaian exports, is judged record by record as the copy it is
/// ([`rekap`]): the admin's own authority covers units, predikat organisasi, profiles, the
/// rulebook and verification, never an SKP's content or approval, nor an evaluation.
/// `arsip`: the device is the agency admin's, which keeps everyone's records (see [`boleh`]).
#[cfg(test)]
pub(crate) fn pelanggaran(lokal: &[Record], masuk: &Bundle, arsip: bool) -> HashMap<String, Galat> {
    let penerima = Penerima { nip: "", arsip };
    pelanggaran_dengan(lokal, masuk, penerima, &IsiSekali::baru())
}

/// [`pelanggaran`] with the records' contents decoded once for the whole plan, for the person
/// on this device (`penerima`).
pub(crate) fn pelanggaran_dengan<'a>(
    lokal: &'a [Record],
    masuk: &'a Bundle,
    penerima: Penerima<'_>,
    ingat: &IsiSekali<'a>,
) -> HashMap<String, Galat> {
    let arsip = penerima.arsip;
    if salinan(masuk) {
        return rekap::pelanggaran(lokal, masuk, arsip, ingat);
    }
    let dari = Pengirim::dari(masuk);
    let mut rel = Relasi::baru(lokal, &masuk.records, ingat);
    rel.atasan_penerima = rel.penilai_profil.get(penerima.nip.trim()).cloned();
    setiap_perubahan(
        lokal,
        masuk,
        arsip,
        ingat,
        &rel,
        |baru, lama, arsip_baru| boleh(&dari, &rel, baru, lama, arsip_baru),
    )
}

/// Whether a file's records other than the exporter's own kinds are judged as copies.
fn salinan(masuk: &Bundle) -> bool {
    masuk.jenis == JenisBundle::Rekap || Pengirim::dari(masuk).admin
}

/// `nilai` of every incoming record that changes what is stored (the new content and the
/// stored one, `None` when deleted or absent): the refusals by record id.
/// `arsip`: on the admin's device, the third argument says whether it never held the record.
/// `rel`: the relations, whose SKPs are those stored here or arriving in the file.
fn setiap_perubahan<'a>(
    lokal: &'a [Record],
    masuk: &'a Bundle,
    arsip: bool,
    ingat: &IsiSekali<'a>,
    rel: &Relasi,
    nilai: impl Fn(Option<&IsiRecord>, Option<&IsiRecord>, bool) -> Result<(), Galat>,
) -> HashMap<String, Galat> {
    let indeks: HashMap<&str, &Record> = lokal.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut hasil = HashMap::new();
    for m in &masuk.records {
        let l = indeks
            .get(m.id.as_str())
            .copied()
            .filter(|l| l.jenis == m.jenis);
        if l.is_some_and(|l| l.data == m.data && l.dihapus == m.dihapus) {
            continue;
        }
        let (baru, lama) = (ingat.isi(m), l.map(|l| ingat.isi(l)));
        let arsip_baru = arsip && l.is_none() && !indeks.contains_key(m.id.as_str());
        let lama = lama.as_deref().and_then(Option::as_ref);
        // A deletion of a record not held here is judged by the content it carries, as the
        // deletion of that record (without content it deletes nothing here: docs/bundle.md).
        let dihapus = (m.dihapus && l.is_none())
            .then(|| super::isi::baca_isi(m.jenis, &m.data, "data").ok())
            .flatten();
        // Without content there is no owner to judge it by. Only an attachment's deletion
        // travels so (its bytes are dropped); this app writes every other tombstone with its
        // content, so one without it is refused: stored, it would block the record itself
        // from ever landing (a pegawai's own evaluation, whose id is known in advance).
        if m.dihapus && l.is_none() && dihapus.is_none() && m.jenis != JenisRecord::Lampiran {
            hasil.insert(m.id.clone(), Galat::baru("nisan_tanpa_isi"));
            continue;
        }
        // Nor is there one when its content names an SKP neither stored nor in the file (the
        // rules refuse such a live record; a deletion skips them): the owner cannot be read,
        // and a far-ahead revision of, say, "an evaluation" of an invented SKP under a real
        // evaluation's id would keep the real one out.
        if let Some(skp) = dihapus.as_ref().and_then(IsiRecord::skp_id) {
            if !rel.skp.contains_key(skp) {
                hasil.insert(
                    m.id.clone(),
                    Galat::baru("skp_tidak_ditemukan").dengan("nilai", skp),
                );
                continue;
            }
        }
        if let Err(g) = nilai(
            baru.as_ref().as_ref(),
            lama.or(dihapus.as_ref()),
            arsip_baru,
        ) {
            hasil.insert(m.id.clone(), g);
        }
    }
    hasil
}

/// What the pejabat penilai changes in an SKP when approving or returning it.
const KOLOM_PERSETUJUAN: [&str; 3] = ["status", "riwayat", "pejabat_penilai_nip"];

struct Pengirim<'a> {
    nip: &'a str,
    admin: bool,
}

impl<'a> Pengirim<'a> {
    /// The file's exporter, as the file names them.
    fn dari(masuk: &'a Bundle) -> Self {
        Pengirim {
            nip: masuk.pengekspor.nip.trim(),
            admin: masuk.pengekspor.peran == PERAN_ADMIN,
        }
    }

    fn adalah(&self, nip: &str) -> bool {
        !nip.trim().is_empty() && self.nip == nip.trim()
    }
}

fn tolak(kode: &str, nip: &str) -> Result<(), Galat> {
    Err(Galat::baru(kode).dengan("nip", nip))
}

/// `arsip_baru`: the admin's device (the agency's archive) never held this record, so a pejabat
/// penilai's file may bring a profile or SKP naming them; later changes follow the rules below.
/// A record moved to another SKP leaves the one it was in: that part is judged as its deletion
/// there (someone else's realisasi, evaluation or attachment cannot be taken over by pointing
/// it at an SKP of one's own).
fn boleh(
    dari: &Pengirim,
    rel: &Relasi,
    baru: Option<&IsiRecord>,
    lama: Option<&IsiRecord>,
    arsip_baru: bool,
) -> Result<(), Galat> {
    if let (Some(b), Some(l)) = (baru, lama) {
        if b.skp_id() != l.skp_id() {
            boleh_isi(dari, rel, None, Some(l), false)?;
        }
    }
    boleh_isi(dari, rel, baru, lama, arsip_baru)
}

fn boleh_isi(
    dari: &Pengirim,
    rel: &Relasi,
    baru: Option<&IsiRecord>,
    lama: Option<&IsiRecord>,
    arsip_baru: bool,
) -> Result<(), Galat> {
    // A deletion is judged by what it deletes; unknown content has no owner to protect.
    let Some(subjek) = baru.or(lama) else {
        return Ok(());
    };
    let skp_dari = |id: &str| rel.skp.get(id);
    match subjek {
        IsiRecord::Pegawai(p) => {
            let nip = match lama {
                Some(IsiRecord::Pegawai(l)) => &l.nip,
                _ => &p.nip,
            };
            let penilainya = p
                .pejabat_penilai
                .as_ref()
                .is_some_and(|x| dari.adalah(&x.nip));
            if dari.adalah(nip) || dari.admin || (arsip_baru && penilainya) {
                Ok(())
            } else {
                tolak("otoritas_profil", nip)
            }
        }
        IsiRecord::Skp(s) => {
            let l = match lama {
                Some(IsiRecord::Skp(l)) => Some(l),
                _ => None,
            };
            boleh_skp(dari, rel, s, l, baru.is_none(), arsip_baru)
        }
        IsiRecord::Realisasi(r) => match skp_dari(&r.skp_id) {
            Some(s) if !dari.adalah(&s.pegawai_nip) => {
                tolak("otoritas_milik_pegawai", &s.pegawai_nip)
            }
            _ => Ok(()),
        },
        IsiRecord::UmpanBalik(u) => {
            let penulis = match lama {
                Some(IsiRecord::UmpanBalik(l)) => &l.dari_nip,
                _ => &u.dari_nip,
            };
            if !dari.adalah(penulis) || u.dari_nip != *penulis {
                return tolak("otoritas_penulis", penulis);
            }
            match skp_dari(&u.skp_id) {
                Some(s) if !dari.adalah(&s.pegawai_nip) && rel.penilai(s) != Some(dari.nip) => {
                    tolak("otoritas_bukan_pihak_skp", &s.pegawai_nip)
                }
                _ => Ok(()),
            }
        }
        IsiRecord::DialogKinerja(d) => match skp_dari(&d.skp_id) {
            Some(s) if !dari.adalah(&s.pegawai_nip) && rel.penilai(s) != Some(dari.nip) => {
                tolak("otoritas_bukan_pihak_skp", &s.pegawai_nip)
            }
            _ => Ok(()),
        },
        IsiRecord::Evaluasi(e) => {
            let l = match lama {
                Some(IsiRecord::Evaluasi(l)) => Some(l),
                _ => None,
            };
            match skp_dari(&e.skp_id) {
                Some(s) => boleh_evaluasi(dari, rel.penilai(s), s, e, l, baru.is_none()),
                None => Ok(()),
            }
        }
        IsiRecord::MatriksPeranHasil(x) => match skp_dari(&x.skp_atasan_id) {
            Some(s) if !dari.adalah(&s.pegawai_nip) => {
                tolak("otoritas_milik_pegawai", &s.pegawai_nip)
            }
            _ => Ok(()),
        },
        IsiRecord::KegiatanPengembangan(_)
        | IsiRecord::PenilaianKompetensi(_)
        | IsiRecord::RencanaPengembangan(_)
        | IsiRecord::Penghargaan(_)
        | IsiRecord::AsesmenPotensi(_) => {
            pengembangan::boleh(dari, rel, subjek, baru, lama, arsip_baru)
        }
        // A note of an SKP is its pegawai's; one of no SKP names no owner to protect.
        IsiRecord::Catatan(c) => match c.skp_id.as_deref().and_then(skp_dari) {
            Some(s) if !dari.adalah(&s.pegawai_nip) => {
                tolak("otoritas_milik_pegawai", &s.pegawai_nip)
            }
            _ => Ok(()),
        },
        // Only the pegawai who attached it adds or deletes it: the owner is the one the stored
        // copy names (a file cannot move it to someone else), and the SKP's pegawai.
        IsiRecord::Lampiran(l) => {
            let pemilik = match lama {
                Some(IsiRecord::Lampiran(x)) => &x.pegawai_nip,
                _ => &l.pegawai_nip,
            };
            let pemilik = match skp_dari(&l.skp_id) {
                Some(s) if s.pegawai_nip != *pemilik => &s.pegawai_nip,
                _ => pemilik,
            };
            if dari.adalah(pemilik) && l.pegawai_nip == *pemilik {
                Ok(())
            } else {
                tolak("otoritas_milik_pegawai", pemilik)
            }
        }
        IsiRecord::Rulebook(_) if dari.admin => Ok(()),
        IsiRecord::Rulebook(_) => Err(Galat::baru("otoritas_rulebook")),
        // The organisation is the agency's own record: its admin only.
        IsiRecord::UnitKerja(_) | IsiRecord::PredikatOrganisasi(_) if dari.admin => Ok(()),
        IsiRecord::UnitKerja(_) | IsiRecord::PredikatOrganisasi(_) => {
            Err(Galat::baru("otoritas_organisasi"))
        }
    }
}

#[cfg(test)]
#[path = "otoritas_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "otoritas_pengembangan_tests.rs"]
mod pengembangan_tests;

#[cfg(test)]
#[path = "otoritas_rencana_tests.rs"]
mod rencana_tests;

#[cfg(test)]
#[path = "otoritas_e2e_tests.rs"]
mod e2e;

#[cfg(test)]
#[path = "otoritas_nisan_tests.rs"]
mod nisan_tests;

#[cfg(test)]
#[path = "otoritas_skp_asing_tests.rs"]
mod skp_asing_tests;

#[cfg(test)]
#[path = "otoritas_atasan_tests.rs"]
mod atasan_tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "otoritas_props.rs"]
mod props;
