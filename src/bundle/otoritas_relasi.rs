//! The relations an incoming record is judged by (`super::boleh`): the SKPs and the pejabat
//! penilai of each pegawai, as stored here and as the file brings them.

use crate::bundle::format::{JenisRecord, Record};
use crate::bundle::isi::{IsiRecord, IsiSekali};
use crate::domain::skp::{Skp, StatusSkp};
use std::collections::{HashMap, HashSet};

/// The relations records are judged by: SKPs as stored (else as they arrive) and the
/// pejabat penilai each pegawai's stored profile names.
pub(super) struct Relasi {
    pub(super) skp: HashMap<String, Skp>,
    /// The ids of the SKPs in `skp` that are stored here (the others are the file's copies).
    tersimpan: HashSet<String>,
    pub(super) penilai_profil: HashMap<String, String>,
    /// The pejabat penilai an incoming SKP names (an approval arriving in the same file).
    pub(super) penilai_masuk: HashMap<String, String>,
    /// The pejabat penilai the stored profile of the person on this device names.
    pub(super) atasan_penerima: Option<String>,
}

/// Whether the SKP's `pejabat_penilai_nip` is its pejabat penilai's own word: they approved or
/// returned it, now or earlier in its history (a revision keeps the name). A draft's or a
/// submission's is the pegawai's, which names no one with authority.
fn disahkan(s: &Skp) -> bool {
    matches!(
        s.status,
        StatusSkp::Disetujui { .. } | StatusSkp::Dikembalikan { .. }
    ) || s
        .riwayat
        .iter()
        .any(|p| p.ke == "disetujui" || p.ke == "dikembalikan")
}

/// The pejabat penilai `s` names, when that is their own word ([`disahkan`]).
fn dinamai(s: &Skp) -> Option<&str> {
    Some(s.pejabat_penilai_nip.as_str()).filter(|n| !n.is_empty() && disahkan(s))
}

impl Relasi {
    pub(super) fn baru<'a>(
        lokal: &'a [Record],
        masuk: &'a [Record],
        ingat: &IsiSekali<'a>,
    ) -> Self {
        let mut skp = HashMap::new();
        let mut tersimpan = HashSet::new();
        let mut penilai_profil = HashMap::new();
        let mut penilai_masuk = HashMap::new();
        // Incoming first, stored after: what is stored wins where both exist.
        for r in masuk.iter().filter(|r| r.jenis == JenisRecord::Skp) {
            if let Some(IsiRecord::Skp(s)) = ingat.isi(r).as_ref() {
                if let Some(n) = dinamai(s) {
                    penilai_masuk.insert(s.id.clone(), n.to_string());
                }
                skp.insert(s.id.clone(), s.clone());
            }
        }
        for r in lokal {
            match ingat.isi(r).as_ref() {
                Some(IsiRecord::Skp(s)) => {
                    tersimpan.insert(s.id.clone());
                    skp.insert(s.id.clone(), s.clone());
                }
                Some(IsiRecord::Pegawai(p)) => {
                    if let Some(pp) = p.pejabat_penilai.as_ref().filter(|pp| !pp.nip.is_empty()) {
                        penilai_profil.insert(p.nip.clone(), pp.nip.clone());
                    }
                }
                _ => {}
            }
        }
        Relasi {
            skp,
            tersimpan,
            penilai_profil,
            penilai_masuk,
            atasan_penerima: None,
        }
    }

    /// The SKP's pejabat penilai: named in the stored SKP by their approval or return, else in
    /// its pegawai's stored profile, else in the approval arriving in this file (which
    /// `boleh_skp` checked against those two: it is refused if they name someone else). An
    /// SKP only the file brings names no one before the stored profile does, and a name the
    /// pegawai wrote into a draft or a submission names no one at all.
    pub(super) fn penilai<'a>(&'a self, s: &'a Skp) -> Option<&'a str> {
        let profil = || self.penilai_profil.get(&s.pegawai_nip).map(String::as_str);
        let masuk = || self.penilai_masuk.get(&s.id).map(String::as_str);
        match self.tersimpan.contains(&s.id) {
            true => dinamai(s).or_else(profil).or_else(masuk),
            false => profil().or_else(masuk),
        }
    }

    /// Whether `penilai` is `pegawai`'s pejabat penilai: their stored profile says so, or an
    /// SKP of theirs (stored, or arriving in this file) names them.
    pub(super) fn menilai(&self, penilai: &str, pegawai: &str) -> bool {
        self.penilai_profil
            .get(pegawai)
            .is_some_and(|p| p == penilai)
            || self
                .skp
                .values()
                .any(|s| s.pegawai_nip == pegawai && self.penilai(s) == Some(penilai))
    }

    /// The penilai known before this file (for judging an approval it carries).
    pub(super) fn penilai_tersimpan<'a>(&'a self, s: &'a Skp) -> Option<&'a str> {
        dinamai(s).or_else(|| self.penilai_profil.get(&s.pegawai_nip).map(String::as_str))
    }
}
