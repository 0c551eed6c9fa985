//! Who may change an SKP (its pegawai while it may be edited, its pejabat penilai's approval
//! or return, the leader's plan on a bawahan's device) and an evaluation (its pejabat
//! penilai; the pegawai's tanggapan alone).

use super::{tolak, Pengirim, Relasi, KOLOM_PERSETUJUAN};
use crate::domain::evaluasi::Evaluasi;
use crate::domain::skp::{Skp, StatusSkp};
use crate::domain::Galat;
use serde_json::Value;

/// The pegawai writes and submits their SKP while it may be edited, and may reopen an approved
/// one as a revision; their pejabat penilai
/// approves or returns it (status, history and their own NIP only); nobody approves their own.
pub(super) fn boleh_skp(
    dari: &Pengirim,
    rel: &Relasi,
    s: &Skp,
    lama: Option<&Skp>,
    hapus: bool,
    arsip_baru: bool,
) -> Result<(), Galat> {
    let pemilik = lama.map_or(&s.pegawai_nip, |l| &l.pegawai_nip);
    if s.pegawai_nip != *pemilik {
        return tolak("otoritas_milik_pegawai", pemilik);
    }
    let disetujui = |x: &Skp| matches!(x.status, StatusSkp::Disetujui { .. });
    if dari.adalah(pemilik) {
        // A locked SKP travels back unchanged; any change needs the atasan's approval again.
        // The one way out is the pegawai's revision of an approved SKP (`Skp::revisi`): its
        // history goes on from the stored one through "disetujui → draft", and it comes
        // unapproved, for the atasan to approve again.
        let revisi = lama.is_some_and(|l| {
            let n = l.riwayat.len();
            disetujui(l)
                && !disetujui(s)
                && s.riwayat.starts_with(&l.riwayat)
                && s.riwayat.get(n).is_some_and(|p| p.adalah_revisi())
        });
        let terkunci = lama.is_some_and(|l| !l.boleh_diubah()) && !revisi;
        // On a bawahan's device (their own profile names the sender as their pejabat penilai)
        // the leader's SKP is the plan their RHK cascade from, with its matriks peran-hasil:
        // taken as it comes, approved or not. Its approval is not this device's to check, and
        // it gives no say over the bawahan's own records.
        let rujukan_bawahan = rel.atasan_penerima.as_deref() == Some(pemilik.as_str());
        if (terkunci || (disetujui(s) && !lama.is_some_and(disetujui))) && !rujukan_bawahan {
            return tolak("otoritas_skp_terkunci", pemilik);
        }
        return Ok(());
    }
    let penilai = lama
        .and_then(|l| rel.penilai_tersimpan(l))
        .or_else(|| rel.penilai_profil.get(pemilik).map(String::as_str));
    let namanya = penilai.is_none_or(|p| p == dari.nip) && s.pejabat_penilai_nip == dari.nip;
    // Their say is the decision on a submitted SKP: from diajukan to disetujui or
    // dikembalikan, its history going on from the stored one (or no move at all). Approving
    // a draft, withdrawing an approval or rewriting the history is not theirs.
    let keputusan = |l: &Skp| {
        let diam = l.status == s.status && l.riwayat == s.riwayat;
        let putus = matches!(l.status, StatusSkp::Diajukan { .. })
            && matches!(
                s.status,
                StatusSkp::Disetujui { .. } | StatusSkp::Dikembalikan { .. }
            )
            && s.riwayat.starts_with(&l.riwayat);
        diam || putus
    };
    let hanya_status = lama.is_some_and(|l| sama_kecuali(l, s, &KOLOM_PERSETUJUAN) && keputusan(l));
    if !hapus && namanya && (hanya_status || arsip_baru) && dari.adalah(&s.pejabat_penilai_nip) {
        return Ok(());
    }
    tolak("otoritas_skp", pemilik)
}

/// The pejabat penilai writes the evaluation; the pegawai adds only their tanggapan.
pub(super) fn boleh_evaluasi(
    dari: &Pengirim,
    penilai: Option<&str>,
    s: &Skp,
    e: &Evaluasi,
    lama: Option<&Evaluasi>,
    hapus: bool,
) -> Result<(), Galat> {
    if penilai.is_some_and(|p| dari.adalah(p)) && dari.adalah(&e.penilai_nip) {
        // The atasan never writes the pegawai's response.
        let tanggapan_lama = lama.and_then(|l| l.tanggapan.as_ref());
        if hapus || e.tanggapan.as_ref() == tanggapan_lama {
            return Ok(());
        }
        return tolak("otoritas_tanggapan", &s.pegawai_nip);
    }
    if dari.adalah(&s.pegawai_nip) {
        if !hapus && lama.is_some_and(|l| sama_kecuali(l, e, &["tanggapan"])) {
            return Ok(());
        }
        return tolak("otoritas_evaluasi_tanggapan", &s.pegawai_nip);
    }
    tolak("otoritas_evaluasi", penilai.unwrap_or(""))
}

/// Whether two records are equal apart from the named top-level fields.
pub(super) fn sama_kecuali<T: serde::Serialize>(a: &T, b: &T, kolom: &[&str]) -> bool {
    let tanpa = |x: &T| {
        let mut v = serde_json::to_value(x).unwrap_or(Value::Null);
        if let Some(o) = v.as_object_mut() {
            for k in kolom {
                o.remove(*k);
            }
        }
        v
    };
    tanpa(a) == tanpa(b)
}
