//! What is due, in plain words, for the home screen: computed from the stored records so it
//! is always current. Pure, so it is tested natively.

use super::i18n::isi;
use crate::domain::progres::Realisasi;
use crate::domain::skp::{Skp, StatusSkp};
use crate::domain::Bahasa;
use chrono::{Datelike, NaiveDate};

/// One thing the person should do next, with where to do it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tugas {
    IsiProfil,
    SusunSkp,
    AjukanSkp,
    PerbaikiSkp { alasan: String },
    TungguPersetujuan,
    CatatRealisasi { bulan: u32 },
    TinjauSkp { jumlah: usize },
}

impl Tugas {
    pub fn teks(&self, b: Bahasa) -> String {
        let t = super::i18n::agenda::teks_agenda(b);
        match self {
            Tugas::IsiProfil => t.isi_profil.into(),
            Tugas::SusunSkp => t.susun_skp.into(),
            Tugas::AjukanSkp => t.ajukan_skp.into(),
            Tugas::PerbaikiSkp { alasan } => isi(t.perbaiki_skp, &[("alasan", alasan)]),
            Tugas::TungguPersetujuan => t.tunggu.into(),
            Tugas::CatatRealisasi { bulan } => {
                isi(t.catat_realisasi, &[("bulan", &format!("{bulan:02}"))])
            }
            Tugas::TinjauSkp { jumlah } => isi(t.tinjau_skp, &[("jumlah", &jumlah.to_string())]),
        }
    }

    /// The route where the task is done.
    pub fn rute(&self) -> super::route::Route {
        use super::route::Route;
        match self {
            Tugas::IsiProfil => Route::Profil,
            Tugas::SusunSkp
            | Tugas::AjukanSkp
            | Tugas::PerbaikiSkp { .. }
            | Tugas::TungguPersetujuan => Route::Skp,
            Tugas::CatatRealisasi { .. } => Route::Progres,
            Tugas::TinjauSkp { .. } => Route::Tim,
        }
    }
}

/// The pegawai's own tasks from their SKP (newest first) and realisasi.
pub fn agenda_pegawai(
    nip: &str,
    skp_saya: Option<&Skp>,
    realisasi: &[Realisasi],
    hari_ini: NaiveDate,
) -> Vec<Tugas> {
    if nip.is_empty() {
        return vec![Tugas::IsiProfil];
    }
    let Some(skp) = skp_saya else {
        return vec![Tugas::SusunSkp];
    };
    match &skp.status {
        StatusSkp::Draft => vec![Tugas::AjukanSkp],
        StatusSkp::Dikembalikan { alasan, .. } => vec![Tugas::PerbaikiSkp {
            alasan: alasan.clone(),
        }],
        StatusSkp::Diajukan { .. } => vec![Tugas::TungguPersetujuan],
        StatusSkp::Disetujui { .. } => {
            let bulan_ini = realisasi.iter().any(|r| {
                r.skp_id == skp.id
                    && r.tanggal.year() == hari_ini.year()
                    && r.tanggal.month() == hari_ini.month()
            });
            let dalam_periode = skp.periode_mulai <= hari_ini && hari_ini <= skp.periode_selesai;
            if dalam_periode && !bulan_ini {
                vec![Tugas::CatatRealisasi {
                    bulan: hari_ini.month(),
                }]
            } else {
                Vec::new()
            }
        }
    }
}

/// The pejabat penilai's review queue: bawahan SKPs that are submitted.
pub fn agenda_penilai(nip: &str, semua_skp: &[Skp]) -> Vec<Tugas> {
    let jumlah = semua_skp
        .iter()
        .filter(|s| s.pegawai_nip != nip && matches!(s.status, StatusSkp::Diajukan { .. }))
        .count();
    if jumlah > 0 {
        vec![Tugas::TinjauSkp { jumlah }]
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::skp::{JenisSkp, Pendekatan};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn skp(status: StatusSkp) -> Skp {
        let mut s = Skp::baru(
            "s1",
            "1",
            JenisSkp::JaJf,
            Pendekatan::Kuantitatif,
            d(1, 1),
            d(12, 31),
        );
        s.status = status;
        s
    }

    #[test]
    fn pegawai_tasks_follow_the_skp_lifecycle() {
        assert_eq!(agenda_pegawai("", None, &[], d(3, 1)), [Tugas::IsiProfil]);
        assert_eq!(agenda_pegawai("1", None, &[], d(3, 1)), [Tugas::SusunSkp]);
        assert_eq!(
            agenda_pegawai("1", Some(&skp(StatusSkp::Draft)), &[], d(3, 1)),
            [Tugas::AjukanSkp]
        );
        let kembali = skp(StatusSkp::Dikembalikan {
            pada: d(2, 1),
            alasan: "Tambah IKI".into(),
        });
        let t = agenda_pegawai("1", Some(&kembali), &[], d(3, 1));
        assert!(t[0].teks(Bahasa::Id).contains("Tambah IKI"));
        assert_eq!(t[0].rute(), crate::ui::route::Route::Skp);
        let setuju = skp(StatusSkp::Disetujui { pada: d(2, 1) });
        assert_eq!(
            agenda_pegawai("1", Some(&setuju), &[], d(3, 5)),
            [Tugas::CatatRealisasi { bulan: 3 }]
        );
        let r = Realisasi {
            id: "r".into(),
            skp_id: "s1".into(),
            iki_id: "i".into(),
            tanggal: d(3, 2),
            nilai: Some(1.0),
            catatan: String::new(),
            bukti: vec![],
        };
        assert!(agenda_pegawai("1", Some(&setuju), &[r], d(3, 5)).is_empty());
    }

    #[test]
    fn penilai_sees_submitted_bawahan_skp() {
        let mut a = skp(StatusSkp::Diajukan { pada: d(1, 5) });
        a.pegawai_nip = "2".into();
        let own = skp(StatusSkp::Diajukan { pada: d(1, 5) });
        assert_eq!(
            agenda_penilai("1", &[a, own]),
            [Tugas::TinjauSkp { jumlah: 1 }]
        );
        assert!(agenda_penilai("1", &[]).is_empty());
    }
}
