//! SKP lifecycle: draft → diajukan → disetujui | dikembalikan (→ diajukan again), and the
//! completeness check an SKP must pass before it is submitted.

use super::{JenisSkp, Pendekatan, Skp, Target};
use crate::domain::{Galat, Rulebook};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(tag = "kode", rename_all = "snake_case")]
pub enum StatusSkp {
    Draft,
    Diajukan { pada: NaiveDate },
    Disetujui { pada: NaiveDate },
    Dikembalikan { pada: NaiveDate, alasan: String },
}

impl StatusSkp {
    pub fn kode(&self) -> &'static str {
        match self {
            StatusSkp::Draft => "draft",
            StatusSkp::Diajukan { .. } => "diajukan",
            StatusSkp::Disetujui { .. } => "disetujui",
            StatusSkp::Dikembalikan { .. } => "dikembalikan",
        }
    }

    pub fn label_key(&self) -> String {
        format!("status_skp.{}", self.kode())
    }
}

/// One entry of the SKP's history, kept for the record and the printed document.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct PerubahanStatus {
    pub dari: String,
    pub ke: String,
    pub pada: NaiveDate,
    #[serde(default)]
    pub catatan: String,
}

impl PerubahanStatus {
    /// An approved SKP reopened by [`Skp::revisi`].
    pub fn adalah_revisi(&self) -> bool {
        self.dari == "disetujui" && self.ke == "draft"
    }
}

impl Skp {
    /// The pegawai may edit the plan only before submission or after it was returned.
    pub fn boleh_diubah(&self) -> bool {
        matches!(
            self.status,
            StatusSkp::Draft | StatusSkp::Dikembalikan { .. }
        )
    }

    /// Submits the SKP to the pejabat penilai; refuses an incomplete one with every problem.
    pub fn ajukan(&mut self, rb: &Rulebook, pada: NaiveDate) -> Result<(), Vec<Galat>> {
        if !self.boleh_diubah() {
            return Err(vec![self.transisi_salah("diajukan")]);
        }
        let masalah = self.periksa_kelengkapan(rb);
        if !masalah.is_empty() {
            return Err(masalah);
        }
        self.ganti(StatusSkp::Diajukan { pada }, pada, "");
        Ok(())
    }

    pub fn setujui(&mut self, pada: NaiveDate) -> Result<(), Galat> {
        if !matches!(self.status, StatusSkp::Diajukan { .. }) {
            return Err(self.transisi_salah("disetujui"));
        }
        self.ganti(StatusSkp::Disetujui { pada }, pada, "");
        Ok(())
    }

    /// Returns the SKP to the pegawai; the reason is required so they know what to fix.
    pub fn kembalikan(&mut self, pada: NaiveDate, alasan: &str) -> Result<(), Galat> {
        if !matches!(self.status, StatusSkp::Diajukan { .. }) {
            return Err(self.transisi_salah("dikembalikan"));
        }
        let alasan = alasan.trim();
        if alasan.is_empty() {
            return Err(Galat::baru("alasan_wajib"));
        }
        self.ganti(
            StatusSkp::Dikembalikan {
                pada,
                alasan: alasan.into(),
            },
            pada,
            alasan,
        );
        Ok(())
    }

    /// Reopens an approved SKP for a revision (the regulation allows a changed SKP, e.g. a new
    /// assignment mid-year, or an accumulation that proved wrong): back to draft with the
    /// reason in the history, the same id, so its realisasi stay with it. The pejabat penilai
    /// approves it again through the usual submission.
    pub fn revisi(&mut self, pada: NaiveDate, alasan: &str) -> Result<(), Galat> {
        if !matches!(self.status, StatusSkp::Disetujui { .. }) {
            return Err(self.transisi_salah("draft"));
        }
        if alasan.trim().is_empty() {
            return Err(Galat::baru("alasan_perubahan_wajib"));
        }
        self.ganti(StatusSkp::Draft, pada, alasan.trim());
        Ok(())
    }

    /// How many times the SKP was reopened after approval (0 for the first version).
    pub fn revisi_ke(&self) -> usize {
        self.riwayat.iter().filter(|p| p.adalah_revisi()).count()
    }

    /// The reason of the revision under way, while a reopened SKP waits to be approved again.
    pub fn alasan_revisi(&self) -> Option<&str> {
        if matches!(self.status, StatusSkp::Disetujui { .. }) {
            return None;
        }
        let p = self.riwayat.iter().rev().find(|p| p.dari == "disetujui")?;
        p.adalah_revisi().then_some(p.catatan.as_str())
    }

    fn ganti(&mut self, baru: StatusSkp, pada: NaiveDate, catatan: &str) {
        self.riwayat.push(PerubahanStatus {
            dari: self.status.kode().into(),
            ke: baru.kode().into(),
            pada,
            catatan: catatan.into(),
        });
        self.status = baru;
    }

    fn transisi_salah(&self, ke: &str) -> Galat {
        Galat::baru("transisi_status_tidak_sah")
            .dengan("dari", self.status.kode())
            .dengan("ke", ke)
    }

    /// What any stored SKP keeps to, e.g. one arriving in a file: its period in order, and
    /// once submitted everything submission requires (only an editable one may be incomplete).
    pub fn periksa(&self, rb: &Rulebook) -> Vec<Galat> {
        // Nobody assesses their own plan (as no profile names its own pegawai).
        let diri = (!self.pegawai_nip.is_empty() && self.pejabat_penilai_nip == self.pegawai_nip)
            .then(|| Galat::baru("menilai_diri_sendiri"));
        if self.boleh_diubah() {
            let terbalik = self.periode_selesai < self.periode_mulai;
            return terbalik
                .then(|| Galat::baru("periode_terbalik"))
                .into_iter()
                .chain(diri)
                .collect();
        }
        let mut m = self.periksa_kelengkapan(rb);
        m.extend(diri);
        m
    }

    /// Every problem that keeps the SKP from being submitted, each naming where it is.
    pub fn periksa_kelengkapan(&self, rb: &Rulebook) -> Vec<Galat> {
        let mut m = Vec::new();
        if self.periode_selesai < self.periode_mulai {
            m.push(Galat::baru("periode_terbalik"));
        }
        if self.rhk_utama().next().is_none() {
            m.push(Galat::baru("tanpa_rhk_utama"));
        }
        for (i, rhk) in self.rhk.iter().enumerate() {
            let lokasi = format!("RHK {}", i + 1);
            if rhk.uraian.trim().is_empty() {
                m.push(Galat::baru("rhk_kosong").dengan("lokasi", &lokasi));
            }
            if rhk.iki.is_empty() {
                m.push(Galat::baru("rhk_tanpa_iki").dengan("lokasi", &lokasi));
            }
            if self.jenis == JenisSkp::Jpt {
                match &rhk.perspektif {
                    None => m.push(Galat::baru("perspektif_wajib").dengan("lokasi", &lokasi)),
                    Some(p) if !rb.perspektif.contains(p) => m.push(
                        Galat::baru("perspektif_tidak_dikenal")
                            .dengan("lokasi", &lokasi)
                            .dengan("nilai", p),
                    ),
                    _ => {}
                }
            }
            for (j, iki) in rhk.iki.iter().enumerate() {
                let lokasi = format!("RHK {} · IKI {}", i + 1, j + 1);
                if self.jenis == JenisSkp::JaJf && rhk.iki[..j].iter().any(|x| x.aspek == iki.aspek)
                {
                    m.push(Galat::baru("aspek_ganda").dengan("lokasi", &lokasi));
                }
                if iki.indikator.trim().is_empty() {
                    m.push(Galat::baru("indikator_kosong").dengan("lokasi", &lokasi));
                }
                m.extend(
                    periksa_target(&iki.target, self.pendekatan)
                        .map(|g| g.dengan("lokasi", &lokasi)),
                );
            }
        }
        for p in &self.perilaku {
            if !rb.berakhlak.iter().any(|b| b.kode == p.nilai) {
                m.push(Galat::baru("nilai_berakhlak_tidak_dikenal").dengan("nilai", &p.nilai));
            }
        }
        m
    }
}

fn periksa_target(t: &Target, pendekatan: Pendekatan) -> Option<Galat> {
    let baik = |x: f64| x.is_finite() && x > 0.0;
    match t {
        // A number field left empty: named as such, not as a target of 0.
        Target::Angka { .. } | Target::MakinKecil { .. } | Target::Rentang { .. }
            if t.belum_diisi() =>
        {
            Some(Galat::baru("target_belum_diisi"))
        }
        Target::Naratif { teks } if teks.trim().is_empty() => Some(Galat::baru("target_kosong")),
        Target::Naratif { .. } if pendekatan == Pendekatan::Kuantitatif => {
            Some(Galat::baru("target_naratif_kuantitatif"))
        }
        Target::Angka { nilai, .. } | Target::MakinKecil { nilai, .. } if !baik(*nilai) => {
            Some(Galat::baru("target_tidak_positif").dengan("nilai", nilai))
        }
        Target::Rentang { bawah, atas, .. }
            if !(bawah.is_finite() && *bawah >= 0.0 && baik(*atas) && bawah <= atas) =>
        {
            Some(
                Galat::baru("rentang_tidak_sah")
                    .dengan("bawah", bawah)
                    .dengan("atas", atas),
            )
        }
        _ => None,
    }
}
