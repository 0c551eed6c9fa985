//! Records made valid under an earlier version of their SKP. An SKP reopened as a revision
//! may gain or lose RHK and IKI; the evaluations and realisasi stored before stay as they were
//! made. So an incoming record the file does not change is not judged again (as authority
//! skips it: [`crate::bundle::otoritas`]), and an edit of a stored one is refused only for what it
//! worsens: an evaluation newly leaving an RHK unrated or rating one neither the SKP nor the
//! stored copy knows, a realisasi moved to an IKI the SKP lacks. New records are judged whole.

use crate::bundle::format::Record;
use crate::bundle::isi::{IsiRecord, IsiSekali};
use crate::domain::skp::Skp;
use crate::domain::Galat;
use std::collections::HashMap;
use std::sync::Arc;

/// The stored records by id, to compare incoming ones with.
pub(super) struct Tersimpan<'a> {
    indeks: HashMap<&'a str, &'a Record>,
}

impl<'a> Tersimpan<'a> {
    pub(super) fn baru(lokal: &'a [Record]) -> Self {
        Tersimpan {
            indeks: lokal.iter().map(|r| (r.id.as_str(), r)).collect(),
        }
    }

    fn dari(&self, m: &Record) -> Option<&'a Record> {
        self.indeks
            .get(m.id.as_str())
            .copied()
            .filter(|l| l.jenis == m.jenis)
    }

    /// The file changes nothing here: same content and deletion as the stored record, the
    /// notion authority uses ([`crate::bundle::otoritas`]).
    pub(super) fn sama(&self, m: &Record) -> bool {
        self.dari(m)
            .is_some_and(|l| l.data == m.data && l.dihapus == m.dihapus)
    }

    /// The stored content under the incoming record's id and kind.
    pub(super) fn isi(&self, m: &Record, ingat: &IsiSekali<'a>) -> Option<Arc<Option<IsiRecord>>> {
        self.dari(m).map(|l| ingat.isi(l))
    }
}

/// `galat` (the rules `baru` breaks against `skp`) without what the stored copy `lama` already
/// broke the same way: a revision of the SKP since it was stored is no fault of the edit.
pub(super) fn tanpa_warisan(
    galat: Vec<Galat>,
    baru: &IsiRecord,
    lama: Option<&IsiRecord>,
    skp: Option<&Skp>,
) -> Vec<Galat> {
    let rincian = |g: &Galat, nama: &str| {
        g.rincian
            .iter()
            .find(|(n, _)| n == nama)
            .map(|(_, v)| v.clone())
    };
    match (baru, lama, skp) {
        (IsiRecord::Evaluasi(e), Some(IsiRecord::Evaluasi(l)), Some(s)) if e.skp_id == l.skp_id => {
            let dinilai = |id: &str| l.rating_rhk.iter().any(|r| r.rhk_id == id);
            // The RHK the stored copy left unrated, by the place the rule names them.
            let belum: Vec<String> = s
                .rhk
                .iter()
                .enumerate()
                .filter(|(_, r)| !dinilai(&r.id))
                .map(|(i, _)| format!("RHK {}", i + 1))
                .collect();
            galat
                .into_iter()
                .filter(|g| match g.kode.as_str() {
                    "rhk_belum_dinilai" => {
                        !rincian(g, "lokasi").is_some_and(|x| belum.contains(&x))
                    }
                    "rhk_tidak_dikenal" => !rincian(g, "nilai").is_some_and(|x| dinilai(&x)),
                    _ => true,
                })
                .collect()
        }
        (IsiRecord::Realisasi(r), Some(IsiRecord::Realisasi(l)), _)
            if r.skp_id == l.skp_id && r.iki_id == l.iki_id =>
        {
            galat
                .into_iter()
                .filter(|g| g.kode != "iki_tidak_dikenal")
                .collect()
        }
        _ => galat,
    }
}
