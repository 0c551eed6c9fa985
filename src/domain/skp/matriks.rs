//! Matriks peran–hasil (§1.3.6): rows are the bawahan, columns the leader's RHK; each filled
//! cell becomes an RHK in that bawahan's SKP, linked to the leader's RHK it intervenes.

use super::{Iki, JenisRhk, Rhk, Skp};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SelMatriks {
    pub rhk_atasan_id: String,
    pub pegawai_nip: String,
    /// The peran–hasil the bawahan contributes, which becomes their RHK text.
    pub peran_hasil: String,
}

/// A row: a bawahan named by the leader, kept even before their own profile arrives.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct BarisMatriks {
    pub pegawai_nip: String,
    #[serde(default)]
    pub nama: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct MatriksPeranHasil {
    /// The leader's SKP whose RHK are the columns.
    pub skp_atasan_id: String,
    pub sel: Vec<SelMatriks>,
    /// Rows the leader added by NIP (the BKN guide's rows carry a name); optional, since
    /// cells alone already name their bawahan.
    #[serde(default)]
    pub baris: Vec<BarisMatriks>,
}

impl MatriksPeranHasil {
    /// Sets (or, with empty text, clears) one cell.
    pub fn isi(&mut self, rhk_atasan_id: &str, nip: &str, peran_hasil: &str) {
        self.sel
            .retain(|s| !(s.rhk_atasan_id == rhk_atasan_id && s.pegawai_nip == nip));
        if !peran_hasil.trim().is_empty() {
            self.sel.push(SelMatriks {
                rhk_atasan_id: rhk_atasan_id.into(),
                pegawai_nip: nip.into(),
                peran_hasil: peran_hasil.trim().into(),
            });
        }
    }

    /// Adds a row, or renames it when the NIP is already there.
    pub fn tambah_baris(&mut self, nip: &str, nama: &str) {
        match self.baris.iter_mut().find(|b| b.pegawai_nip == nip) {
            Some(b) => b.nama = nama.trim().into(),
            None => self.baris.push(BarisMatriks {
                pegawai_nip: nip.into(),
                nama: nama.trim().into(),
            }),
        }
    }

    /// Every bawahan NIP the matrix mentions, rows first, in first-seen order.
    pub fn nip_bawahan(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let semua = self.baris.iter().map(|b| &b.pegawai_nip);
        for nip in semua.chain(self.sel.iter().map(|s| &s.pegawai_nip)) {
            if !out.contains(nip) {
                out.push(nip.clone());
            }
        }
        out
    }

    /// How many cells (so RHK) the matrix gives one bawahan.
    pub fn jumlah_untuk(&self, nip: &str) -> usize {
        self.sel.iter().filter(|s| s.pegawai_nip == nip).count()
    }

    pub fn sel(&self, rhk_atasan_id: &str, nip: &str) -> Option<&SelMatriks> {
        self.sel
            .iter()
            .find(|s| s.rhk_atasan_id == rhk_atasan_id && s.pegawai_nip == nip)
    }

    /// The RHK utama this matrix gives one bawahan, ids derived from the cell so re-running is
    /// stable; IKI are left for the pegawai to write (`iki_awal` may seed them).
    pub fn rhk_untuk(
        &self,
        atasan: &Skp,
        nip: &str,
        iki_awal: impl Fn(&SelMatriks) -> Vec<Iki>,
    ) -> Vec<Rhk> {
        self.sel
            .iter()
            .filter(|s| s.pegawai_nip == nip)
            .map(|s| Rhk {
                id: format!("mph-{}-{}", s.rhk_atasan_id, s.pegawai_nip),
                jenis: JenisRhk::Utama,
                uraian: s.peran_hasil.clone(),
                rhk_atasan_id: Some(s.rhk_atasan_id.clone()),
                rhk_atasan_uraian: atasan
                    .rhk(&s.rhk_atasan_id)
                    .map(|r| r.uraian.clone())
                    .unwrap_or_default(),
                penugasan_dari: String::new(),
                perspektif: None,
                iki: iki_awal(s),
            })
            .collect()
    }
}
