//! What is due, in plain words, for the home screen: computed from the stored records so it
//! is always current. Pure, so it is tested natively.

use crate::domain::evaluasi::{JenisPeriode, Periode};
use crate::domain::progres::Realisasi;
use crate::domain::skp::{Skp, StatusSkp};
use crate::domain::Bahasa;
use crate::store::kinerja::{id_evaluasi, DataKinerja};
use crate::ui::i18n::isi;
use crate::ui::i18n::periode::nama_periode;
use chrono::{Datelike, NaiveDate};

/// One thing the person should do next, with where to do it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tugas {
    IsiProfil,
    SusunSkp,
    AjukanSkp,
    PerbaikiSkp {
        alasan: String,
    },
    TungguPersetujuan,
    CatatRealisasi {
        bulan: u32,
    },
    TinjauSkp {
        jumlah: usize,
    },
    /// Evaluations received that have no tanggapan yet.
    Tanggapi {
        jumlah: usize,
    },
    /// When the current period ends and is evaluated.
    EvaluasiBerikutnya {
        periode: Periode,
        selesai: NaiveDate,
    },
    /// Approved bawahan SKPs whose last finished period is not evaluated yet.
    EvaluasiBawahan {
        jumlah: usize,
        periode: Periode,
    },
}

impl Tugas {
    pub fn teks(&self, b: Bahasa) -> String {
        let t = crate::ui::beranda::teks::teks_agenda(b);
        match self {
            Tugas::IsiProfil => t.isi_profil.into(),
            Tugas::SusunSkp => t.susun_skp.into(),
            Tugas::AjukanSkp => t.ajukan_skp.into(),
            Tugas::PerbaikiSkp { alasan } => isi(t.perbaiki_skp, &[("alasan", alasan)]),
            Tugas::TungguPersetujuan => t.tunggu.into(),
            Tugas::CatatRealisasi { bulan } => {
                let nama = crate::ui::i18n::periode::nama_bulan(bulan.saturating_sub(1), b);
                isi(t.catat_realisasi, &[("bulan", nama)])
            }
            Tugas::TinjauSkp { jumlah } => isi(t.tinjau_skp, &[("jumlah", &jumlah.to_string())]),
            Tugas::Tanggapi { jumlah } => isi(t.tanggapi, &[("jumlah", &jumlah.to_string())]),
            Tugas::EvaluasiBerikutnya { periode, selesai } => isi(
                t.evaluasi_berikutnya,
                &[
                    ("periode", &nama_periode(periode, b)),
                    ("tanggal", &crate::ui::format::tanggal(*selesai)),
                ],
            ),
            Tugas::EvaluasiBawahan { jumlah, periode } => isi(
                t.evaluasi_bawahan,
                &[
                    ("jumlah", &jumlah.to_string()),
                    ("periode", &nama_periode(periode, b)),
                ],
            ),
        }
    }

    /// The route where the task is done.
    pub fn rute(&self) -> crate::ui::route::Route {
        use crate::ui::route::Route;
        match self {
            Tugas::IsiProfil => Route::Profil,
            Tugas::SusunSkp
            | Tugas::AjukanSkp
            | Tugas::PerbaikiSkp { .. }
            | Tugas::TungguPersetujuan => Route::Skp,
            Tugas::CatatRealisasi { .. } => Route::Progres,
            Tugas::TinjauSkp { .. } => Route::Tim,
            Tugas::Tanggapi { .. } | Tugas::EvaluasiBerikutnya { .. } => Route::Penilaian,
            Tugas::EvaluasiBawahan { .. } => Route::Evaluasi,
        }
    }
}

/// The pegawai's own tasks from their SKP (newest first) and realisasi.
pub fn agenda_pegawai(
    nip: &str,
    skp_saya: Option<&Skp>,
    realisasi: &[Realisasi],
    hari_ini: NaiveDate,
    jenis_periode: JenisPeriode,
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
            let mut v = Vec::new();
            if dalam_periode && !bulan_ini {
                v.push(Tugas::CatatRealisasi {
                    bulan: hari_ini.month(),
                });
            }
            if dalam_periode {
                let periode = Periode::memuat(jenis_periode, hari_ini);
                if let Some((_, selesai)) = periode.dalam_skp(skp) {
                    v.push(Tugas::EvaluasiBerikutnya { periode, selesai });
                }
            }
            v
        }
    }
}

/// Everything due for the person, from the stored records: their own SKP cycle, evaluations
/// awaiting their tanggapan and, for a pejabat penilai, the team's reviews and evaluations.
/// `jenis` is the rulebook's default kind of evaluation period
/// (`Rulebook::periode_evaluasi_bawaan`).
pub fn agenda(
    jenis: JenisPeriode,
    data: &DataKinerja,
    nip: &str,
    penilai: bool,
    hari_ini: NaiveDate,
) -> Vec<Tugas> {
    let mut tugas = Vec::new();
    if penilai {
        let semua: Vec<Skp> = data.skp.iter().map(|s| s.isi.clone()).collect();
        tugas.extend(agenda_penilai(nip, &semua));
        tugas.extend(evaluasi_bawahan(data, nip, jenis, hari_ini));
    }
    let saya = data.skp_milik(nip).next().map(|s| &s.isi);
    let realisasi = saya.map(|s| data.realisasi_skp(&s.id)).unwrap_or_default();
    let tanpa_tanggapan = saya
        .map(|s| {
            data.evaluasi_skp(&s.id)
                .iter()
                .filter(|e| e.isi.tanggapan.is_none())
                .count()
        })
        .unwrap_or(0);
    if tanpa_tanggapan > 0 {
        tugas.push(Tugas::Tanggapi {
            jumlah: tanpa_tanggapan,
        });
    }
    tugas.extend(agenda_pegawai(nip, saya, &realisasi, hari_ini, jenis));
    tugas
}

/// Approved bawahan SKPs whose most recently finished period has no evaluation.
fn evaluasi_bawahan(
    data: &DataKinerja,
    nip: &str,
    jenis: JenisPeriode,
    hari_ini: NaiveDate,
) -> Option<Tugas> {
    let kini = Periode::memuat(jenis, hari_ini);
    let lalu = kini.sebelumnya();
    let jumlah = data
        .skp
        .iter()
        .map(|s| &s.isi)
        .filter(|s| s.pegawai_nip != nip && matches!(s.status, StatusSkp::Disetujui { .. }))
        .filter(|s| lalu.dalam_skp(s).is_some())
        .filter(|s| data.evaluasi_id(&id_evaluasi(&s.id, &lalu)).is_none())
        .count();
    (jumlah > 0).then_some(Tugas::EvaluasiBawahan {
        jumlah,
        periode: lalu,
    })
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
    use crate::domain::Rulebook;

    const B: JenisPeriode = JenisPeriode::Bulanan;

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
        assert_eq!(
            agenda_pegawai("", None, &[], d(3, 1), B),
            [Tugas::IsiProfil]
        );
        assert_eq!(
            agenda_pegawai("1", None, &[], d(3, 1), B),
            [Tugas::SusunSkp]
        );
        assert_eq!(
            agenda_pegawai("1", Some(&skp(StatusSkp::Draft)), &[], d(3, 1), B),
            [Tugas::AjukanSkp]
        );
        let kembali = skp(StatusSkp::Dikembalikan {
            pada: d(2, 1),
            alasan: "Tambah IKI".into(),
        });
        let t = agenda_pegawai("1", Some(&kembali), &[], d(3, 1), B);
        assert!(t[0].teks(Bahasa::Id).contains("Tambah IKI"));
        assert_eq!(t[0].rute(), crate::ui::route::Route::Skp);
        let setuju = skp(StatusSkp::Disetujui { pada: d(2, 1) });
        let maret = Periode {
            jenis: B,
            tahun: 2026,
            ke: 3,
        };
        assert_eq!(
            agenda_pegawai("1", Some(&setuju), &[], d(3, 5), B),
            [
                Tugas::CatatRealisasi { bulan: 3 },
                Tugas::EvaluasiBerikutnya {
                    periode: maret,
                    selesai: d(3, 31)
                }
            ]
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
        let t = agenda_pegawai("1", Some(&setuju), &[r], d(3, 5), B);
        assert!(matches!(&t[..], [Tugas::EvaluasiBerikutnya { .. }]));
        assert_eq!(
            t[0].teks(Bahasa::Id),
            "Evaluasi berikutnya: Bulan Maret 2026, berakhir 31-03-2026."
        );
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

    #[test]
    fn the_penilai_is_told_which_finished_period_is_not_evaluated() {
        use crate::domain::evaluasi::Evaluasi;
        use crate::domain::kuadran::RatingDitetapkan;
        use crate::domain::Rating;
        use crate::store::kinerja::Tersimpan;
        let mut b = skp(StatusSkp::Disetujui { pada: d(1, 10) });
        b.pegawai_nip = "2".into();
        let mut data = DataKinerja {
            skp: vec![Tersimpan { isi: b, revisi: 1 }],
            ..Default::default()
        };
        let februari = Periode {
            jenis: B,
            tahun: 2026,
            ke: 2,
        };
        let t = agenda(
            Rulebook::periode_evaluasi_bawaan(),
            &data,
            "1",
            true,
            d(3, 5),
        );
        assert!(
            t.contains(&Tugas::EvaluasiBawahan {
                jumlah: 1,
                periode: februari
            }),
            "{t:?}"
        );
        assert_eq!(
            t.iter()
                .find(|x| matches!(x, Tugas::EvaluasiBawahan { .. }))
                .unwrap()
                .rute(),
            crate::ui::route::Route::Evaluasi
        );
        data.evaluasi.push(Tersimpan {
            isi: Evaluasi {
                id: id_evaluasi("s1", &februari),
                skp_id: "s1".into(),
                pegawai_nip: "2".into(),
                penilai_nip: "1".into(),
                periode: februari,
                tanggal: d(3, 1),
                rating_rhk: vec![],
                rating_hasil: RatingDitetapkan {
                    rating: Rating::SesuaiEkspektasi,
                    saran: None,
                    justifikasi: String::new(),
                },
                perilaku: vec![],
                rating_perilaku: Rating::SesuaiEkspektasi,
                capaian_organisasi: None,
                pimpinan_unit: false,
                tanggapan: None,
            },
            revisi: 1,
        });
        let t = agenda(
            Rulebook::periode_evaluasi_bawaan(),
            &data,
            "1",
            true,
            d(3, 5),
        );
        assert!(
            !t.iter().any(|x| matches!(x, Tugas::EvaluasiBawahan { .. })),
            "{t:?}"
        );
        // The bawahan, on their own device, is asked for a tanggapan.
        let t = agenda(
            Rulebook::periode_evaluasi_bawaan(),
            &data,
            "2",
            false,
            d(3, 5),
        );
        assert!(t.contains(&Tugas::Tanggapi { jumlah: 1 }), "{t:?}");
    }
}
