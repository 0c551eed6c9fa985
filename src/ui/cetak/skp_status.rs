//! The SKP's status as its printed document shows it: who signed on which day, and the
//! revision line of an SKP reopened after approval.

use crate::domain::skp::{Skp, StatusSkp};
use crate::ui::cetak::teks::TeksCetak;
use crate::ui::i18n::isi;
use chrono::NaiveDate;

/// The days the pegawai and the pejabat penilai signed: the pegawai on submitting (the last
/// submission of an approved SKP), the pejabat penilai on approving. A signature not yet given
/// has no date (it is written by hand): a submitted SKP is not yet the pejabat penilai's.
pub(super) fn tanggal_ttd(s: &Skp) -> (Option<NaiveDate>, Option<NaiveDate>) {
    match s.status {
        StatusSkp::Diajukan { pada } => (Some(pada), None),
        StatusSkp::Disetujui { pada } => {
            let diajukan = s.riwayat.iter().rev().find(|r| r.ke == "diajukan");
            (Some(diajukan.map_or(pada, |r| r.pada)), Some(pada))
        }
        StatusSkp::Draft | StatusSkp::Dikembalikan { .. } => (None, None),
    }
}

/// "Revisi ke-n" once an approved SKP was reopened, with the reason while the revision waits
/// for approval; nothing for the first version.
pub(super) fn teks_revisi(s: &Skp, t: &TeksCetak) -> Option<String> {
    let n = s.revisi_ke();
    if n == 0 {
        return None;
    }
    let mut teks = isi(t.revisi_ke, &[("n", &n.to_string())]);
    if let Some(a) = s.alasan_revisi().filter(|a| !a.is_empty()) {
        teks.push_str(" — ");
        teks.push_str(&isi(t.alasan_revisi, &[("alasan", a)]));
    }
    Some(teks)
}

#[cfg(test)]
mod tests {
    use super::tanggal_ttd;
    use crate::domain::skp::{JenisSkp, Pendekatan, PerubahanStatus, Skp, StatusSkp};
    use chrono::NaiveDate;

    fn tgl(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn langkah(dari: &str, ke: &str, pada: NaiveDate) -> PerubahanStatus {
        PerubahanStatus {
            dari: dari.into(),
            ke: ke.into(),
            pada,
            catatan: String::new(),
        }
    }

    #[test]
    fn the_pejabat_penilai_s_signature_is_dated_only_once_they_approved() {
        let mut s = Skp::baru(
            "s1",
            "198609262015052001",
            JenisSkp::JaJf,
            Pendekatan::Kuantitatif,
            tgl(1, 1),
            tgl(12, 31),
        );
        assert_eq!(tanggal_ttd(&s), (None, None));
        // Submitted: the pegawai signed that day; the pejabat penilai has not signed yet.
        s.riwayat.push(langkah("draft", "diajukan", tgl(1, 10)));
        s.status = StatusSkp::Diajukan { pada: tgl(1, 10) };
        assert_eq!(tanggal_ttd(&s), (Some(tgl(1, 10)), None));
        // Approved ten days later: each signed on their own day.
        s.riwayat.push(langkah("diajukan", "disetujui", tgl(1, 20)));
        s.status = StatusSkp::Disetujui { pada: tgl(1, 20) };
        assert_eq!(tanggal_ttd(&s), (Some(tgl(1, 10)), Some(tgl(1, 20))));
        // Returned: neither signature stands.
        s.status = StatusSkp::Dikembalikan {
            pada: tgl(1, 21),
            alasan: "x".into(),
        };
        assert_eq!(tanggal_ttd(&s), (None, None));
        // An approval recorded without its history (an older file): both on that day.
        s.riwayat.clear();
        s.status = StatusSkp::Disetujui { pada: tgl(2, 2) };
        assert_eq!(tanggal_ttd(&s), (Some(tgl(2, 2)), Some(tgl(2, 2))));
    }
}
