//! Rencana pengembangan kompetensi (PP 11/2017 jo PP 17/2020, pengembangan kompetensi; the
//! follow-up of an evaluation and of dialog kinerja, PermenPANRB 6/2022): a pegawai's plan
//! for a year. Each goal names what it answers (a competency gap, an evaluation's follow-up,
//! a dialog kinerja) and the activity planned for it, with JP and dates. The pegawai submits
//! the plan; their pejabat penilai approves or returns that submitted version. A goal done
//! becomes a training in the log (`kegiatan_id`), so the JP count is the log's.

use super::pengembangan::{jumlah_jp, KegiatanPengembangan};
use super::{Galat, Rulebook};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct RencanaPengembangan {
    pub id: String,
    pub pegawai_nip: String,
    pub tahun: i32,
    pub butir: Vec<ButirRencana>,
    /// The version submitted for approval; `None` while the pegawai writes it.
    #[serde(default)]
    pub diajukan: Option<Pengajuan>,
    /// The pejabat penilai's word on a submitted version (only they write it).
    #[serde(default)]
    pub keputusan: Option<Keputusan>,
    /// The last version submitted before the plan went back to draft: the next submission
    /// comes after it, though no decision was made on it (0: none).
    #[serde(default, skip_serializing_if = "tanpa_versi")]
    pub versi_terakhir: u32,
}

fn tanpa_versi(v: &u32) -> bool {
    *v == 0
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Pengajuan {
    /// Counted up by every submission, so a decision names the version it was about.
    pub versi: u32,
    pub tanggal: NaiveDate,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Keputusan {
    pub penilai_nip: String,
    /// The submitted version decided on.
    pub versi: u32,
    pub tanggal: NaiveDate,
    pub setuju: bool,
    /// Why it was returned (required), or advice with an approval.
    #[serde(default)]
    pub catatan: String,
}

/// One goal and the activity planned for it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ButirRencana {
    pub id: String,
    /// What is to be developed, in the pegawai's words.
    pub tujuan: String,
    pub dasar: DasarTujuan,
    /// What `dasar` points at: a competency key, an evaluation's or a dialog's id.
    #[serde(default)]
    pub rujukan: String,
    /// Key from the rulebook's `pengembangan.bentuk`.
    pub bentuk: String,
    /// The planned activity's title.
    pub kegiatan: String,
    pub mulai: NaiveDate,
    pub selesai: NaiveDate,
    pub jp: f64,
    #[serde(default)]
    pub status: StatusButir,
    /// The training in the log this goal became when done.
    #[serde(default)]
    pub kegiatan_id: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DasarTujuan {
    /// A competency below its standard in the latest assessment.
    Kesenjangan,
    /// An evaluation's follow-up (rekomendasi, tindak lanjut).
    Evaluasi,
    /// What a dialog kinerja agreed.
    DialogKinerja,
    Lainnya,
}

impl DasarTujuan {
    pub const SEMUA: [DasarTujuan; 4] = [
        DasarTujuan::Kesenjangan,
        DasarTujuan::Evaluasi,
        DasarTujuan::DialogKinerja,
        DasarTujuan::Lainnya,
    ];

    pub fn kode(self) -> &'static str {
        match self {
            DasarTujuan::Kesenjangan => "kesenjangan",
            DasarTujuan::Evaluasi => "evaluasi",
            DasarTujuan::DialogKinerja => "dialog_kinerja",
            DasarTujuan::Lainnya => "lainnya",
        }
    }

    pub fn dari_kode(k: &str) -> Option<Self> {
        Self::SEMUA.into_iter().find(|d| d.kode() == k)
    }
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum StatusButir {
    #[default]
    Direncanakan,
    Selesai,
    Batal,
}

/// Where the plan stands, read from the submission and the decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusRencana {
    Draf,
    Diajukan,
    Disetujui,
    Dikembalikan,
}

impl StatusRencana {
    pub fn kode(self) -> &'static str {
        match self {
            StatusRencana::Draf => "draf",
            StatusRencana::Diajukan => "diajukan",
            StatusRencana::Disetujui => "disetujui",
            StatusRencana::Dikembalikan => "dikembalikan",
        }
    }
}

impl RencanaPengembangan {
    pub fn status(&self) -> StatusRencana {
        match (&self.diajukan, &self.keputusan) {
            (None, _) => StatusRencana::Draf,
            (Some(a), Some(k)) if k.versi == a.versi && k.setuju => StatusRencana::Disetujui,
            (Some(a), Some(k)) if k.versi == a.versi => StatusRencana::Dikembalikan,
            (Some(_), _) => StatusRencana::Diajukan,
        }
    }

    /// The next submission's version: after every one submitted or decided before.
    pub fn versi_berikut(&self) -> u32 {
        let a = self.diajukan.as_ref().map_or(0, |a| a.versi);
        let k = self.keputusan.as_ref().map_or(0, |k| k.versi);
        a.max(k).max(self.versi_terakhir) + 1
    }

    /// Back to draft (the goals changed under a submission): the submission's version is
    /// kept, so the next one is numbered after it. Numbered again as 1 (nothing was decided
    /// yet), it was refused by the pejabat penilai's device as a changed version 1, or read
    /// as approved when their approval of the first crossed it.
    pub fn kembali_ke_draf(&mut self) {
        if let Some(a) = self.diajukan.take() {
            self.versi_terakhir = self.versi_terakhir.max(a.versi);
        }
    }

    /// Whether the goals as planned (not their progress) are the same: marking one done or
    /// cancelled keeps an approval, any other change needs a new one.
    pub fn isi_sama(&self, lain: &RencanaPengembangan) -> bool {
        let rencana = |r: &RencanaPengembangan| -> Vec<ButirRencana> {
            r.butir
                .iter()
                .map(|b| ButirRencana {
                    status: StatusButir::Direncanakan,
                    kegiatan_id: None,
                    ..b.clone()
                })
                .collect()
        };
        self.pegawai_nip == lain.pegawai_nip
            && self.tahun == lain.tahun
            && rencana(self) == rencana(lain)
    }

    /// JP of the goals not cancelled.
    pub fn jp_rencana(&self) -> f64 {
        jumlah_jp(
            self.butir
                .iter()
                .filter(|b| b.status != StatusButir::Batal)
                .map(|b| b.jp),
        )
    }

    /// Every problem, each goal named by its number (1 = first).
    pub fn periksa(&self, rb: &Rulebook) -> Vec<Galat> {
        let mut m = Vec::new();
        if self.pegawai_nip.trim().is_empty() {
            m.push(Galat::baru("nip_kosong"));
        }
        if self.diajukan.is_some() && self.butir.is_empty() {
            m.push(Galat::baru("rencana_kosong"));
        }
        for (i, b) in self.butir.iter().enumerate() {
            m.extend(b.periksa(rb, i + 1));
        }
        if let Some(k) = &self.keputusan {
            if k.penilai_nip.trim().is_empty() {
                m.push(Galat::baru("penilai_nip_kosong"));
            }
            if !k.setuju && k.catatan.trim().is_empty() {
                m.push(Galat::baru("catatan_pengembalian_kosong"));
            }
        }
        m
    }
}

impl ButirRencana {
    /// Every problem of one goal, named by its number in the plan (`nomor`, 1 = first).
    pub fn periksa(&self, rb: &Rulebook, nomor: usize) -> Vec<Galat> {
        let mut m = Vec::new();
        let di = |kode: &str| Galat::baru(kode).dengan("lokasi", nomor);
        if self.tujuan.trim().is_empty() {
            m.push(di("tujuan_kosong"));
        }
        if self.dasar != DasarTujuan::Lainnya && self.rujukan.trim().is_empty() {
            m.push(di("rujukan_kosong"));
        }
        if self.kegiatan.trim().is_empty() {
            m.push(di("kegiatan_rencana_kosong"));
        }
        if !rb.pengembangan.bentuk.iter().any(|x| x.kode == self.bentuk) {
            m.push(di("bentuk_rencana_tidak_dikenal").dengan("nilai", &self.bentuk));
        }
        if self.selesai < self.mulai {
            m.push(di("periode_rencana_terbalik"));
        }
        if !self.jp.is_finite() || self.jp <= 0.0 {
            m.push(di("jp_rencana_tidak_sah").dengan("nilai", self.jp));
        }
        m
    }

    /// The training this goal becomes when done, as planned unless the pegawai says otherwise
    /// (the actual end date, JP and certificate).
    pub fn jadi_kegiatan(
        &self,
        id: String,
        pegawai_nip: &str,
        selesai: NaiveDate,
        jp: f64,
        sertifikat: String,
    ) -> KegiatanPengembangan {
        KegiatanPengembangan {
            id,
            pegawai_nip: pegawai_nip.into(),
            judul: self.kegiatan.clone(),
            bentuk: self.bentuk.clone(),
            penyelenggara: String::new(),
            mulai: self.mulai.min(selesai),
            selesai,
            jp,
            sertifikat,
            terverifikasi: false,
        }
    }
}

#[cfg(test)]
#[path = "rencana_pengembangan_tests.rs"]
mod tests;
