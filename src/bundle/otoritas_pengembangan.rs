//! Who may change the development records (docs/bundle.md, Otoritas): a training and a
//! development plan are their pegawai's, a plan's decision their pejabat penilai's, a
//! competency assessment its assessor's, an award and a potential assessment the admin's.

use super::{sama_kecuali, tolak, Pengirim, Relasi};
use crate::bundle::isi::IsiRecord;
use crate::domain::rencana_pengembangan::RencanaPengembangan;
use crate::domain::Galat;

/// What the pejabat penilai writes in a development plan; the rest is the pegawai's.
pub(super) const KOLOM_KEPUTUSAN: [&str; 1] = ["keputusan"];

/// `subjek` is one of the development records (`baru`, else `lama`).
pub(super) fn boleh(
    dari: &Pengirim,
    rel: &Relasi,
    subjek: &IsiRecord,
    baru: Option<&IsiRecord>,
    lama: Option<&IsiRecord>,
    arsip_baru: bool,
) -> Result<(), Galat> {
    match subjek {
        IsiRecord::KegiatanPengembangan(k) => {
            // The owner is the one the stored copy names: a file cannot move a training (and
            // its JP) to someone else, and only its pegawai (or the admin) writes it.
            let pemilik = match lama {
                Some(IsiRecord::KegiatanPengembangan(l)) => &l.pegawai_nip,
                _ => &k.pegawai_nip,
            };
            if k.pegawai_nip != *pemilik || !(dari.admin || dari.adalah(pemilik)) {
                return tolak("otoritas_milik_pegawai", pemilik);
            }
            // Verification is the admin's word, never the pegawai's own: a change the pegawai
            // makes to a verified training (its JP, its dates) comes unverified.
            if k.terverifikasi && baru.is_some() && !dari.admin {
                return Err(Galat::baru("otoritas_verifikasi"));
            }
            Ok(())
        }
        IsiRecord::PenilaianKompetensi(k) => {
            // The assessor and the assessed are the ones the stored copy names; only that
            // assessor, the pegawai's pejabat penilai, writes it (or the admin, entering an
            // assessment centre's result).
            let (penilai, pegawai) = match lama {
                Some(IsiRecord::PenilaianKompetensi(l)) => (&l.penilai_nip, &l.pegawai_nip),
                _ => (&k.penilai_nip, &k.pegawai_nip),
            };
            if dari.admin {
                return Ok(());
            }
            if k.penilai_nip != *penilai || k.pegawai_nip != *pegawai || !dari.adalah(penilai) {
                return tolak("otoritas_penulis_kompetensi", penilai);
            }
            if rel.menilai(penilai, pegawai) {
                Ok(())
            } else {
                tolak("otoritas_bukan_penilai", pegawai)
            }
        }
        IsiRecord::RencanaPengembangan(r) => {
            let l = match lama {
                Some(IsiRecord::RencanaPengembangan(l)) => Some(l),
                _ => None,
            };
            boleh_rencana(dari, rel, r, l, baru.is_none(), arsip_baru)
        }
        IsiRecord::Penghargaan(p) => {
            let pemilik = match lama {
                Some(IsiRecord::Penghargaan(l)) => &l.pegawai_nip,
                _ => &p.pegawai_nip,
            };
            if dari.admin {
                Ok(())
            } else {
                tolak("otoritas_penghargaan", pemilik)
            }
        }
        IsiRecord::AsesmenPotensi(a) => {
            let pemilik = match lama {
                Some(IsiRecord::AsesmenPotensi(l)) => &l.pegawai_nip,
                _ => &a.pegawai_nip,
            };
            if dari.admin {
                Ok(())
            } else {
                tolak("otoritas_asesmen_potensi", pemilik)
            }
        }
        _ => Ok(()),
    }
}

/// The pegawai writes, submits and deletes their plan, never its decision, and a plan whose
/// goals change goes back to them (a new submission, or none); the pejabat penilai writes only
/// the decision on the version submitted. On the agency's archive (`arsip_baru`) a decided
/// plan may come from the pejabat penilai's file before the pegawai's own.
fn boleh_rencana(
    dari: &Pengirim,
    rel: &Relasi,
    r: &RencanaPengembangan,
    lama: Option<&RencanaPengembangan>,
    hapus: bool,
    arsip_baru: bool,
) -> Result<(), Galat> {
    let pemilik = lama.map_or(&r.pegawai_nip, |l| &l.pegawai_nip);
    if r.pegawai_nip != *pemilik {
        return tolak("otoritas_milik_pegawai", pemilik);
    }
    if dari.adalah(pemilik) {
        if hapus {
            return Ok(());
        }
        if r.keputusan.as_ref() != lama.and_then(|l| l.keputusan.as_ref()) {
            return tolak("otoritas_rencana_keputusan", pemilik);
        }
        // A submission decided on names exactly what was decided: the goals changed under it
        // are refused, and a new submission (or a withdrawal) comes after every earlier one,
        // so no decision speaks for a version it never saw.
        let berubah = lama.is_some_and(|l| match (&r.diajukan, &l.diajukan) {
            (Some(a), Some(b)) if a == b => !r.isi_sama(l),
            (Some(a), _) => a.versi < l.versi_berikut(),
            (None, _) => false,
        });
        if berubah {
            return tolak("otoritas_rencana_berubah", pemilik);
        }
        return Ok(());
    }
    let sama = match lama {
        Some(l) => sama_kecuali(l, r, &KOLOM_KEPUTUSAN),
        None => arsip_baru,
    };
    let Some(k) = r.keputusan.as_ref().filter(|_| sama && !hapus) else {
        return tolak("otoritas_rencana_isi", pemilik);
    };
    if !dari.adalah(&k.penilai_nip) || !rel.menilai(&k.penilai_nip, pemilik) {
        return tolak("otoritas_rencana_keputusan", pemilik);
    }
    if r.diajukan.as_ref().map(|a| a.versi) != Some(k.versi) {
        return tolak("otoritas_rencana_berubah", pemilik);
    }
    Ok(())
}
