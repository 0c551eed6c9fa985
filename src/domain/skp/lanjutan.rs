//! The next period's SKP: a new draft that starts the day after an earlier SKP ends (a new
//! year, or after a transfer), optionally carrying its plan over, so a pegawai whose SKP is
//! submitted or approved can still plan the next period.

use super::{Skp, StatusSkp};
use chrono::{Datelike, NaiveDate};

impl Skp {
    /// The period a following SKP covers by default: from the day after this one ends to the
    /// end of that day's year (31 December ends a year, so the next starts on 1 January).
    pub fn periode_berikutnya(&self) -> (NaiveDate, NaiveDate) {
        let mulai = self
            .periode_selesai
            .succ_opt()
            .unwrap_or(self.periode_selesai);
        let selesai = NaiveDate::from_ymd_opt(mulai.year(), 12, 31).unwrap_or(mulai);
        (mulai, selesai)
    }

    /// A new draft for `mulai`..=`selesai` with this SKP's plan: the same kind, approach,
    /// RHK with their IKI and targets, perilaku expectations and lampiran, under new ids
    /// (`id_baru` gives one per call), so the two never share a record or a realisasi.
    /// Not carried: the status and its history, the approving pejabat penilai (the next
    /// approval names them), the Plt./Plh. mark, and each RHK's link to a superior's RHK,
    /// which names the superior's SKP of the earlier period.
    pub fn lanjutan(
        &self,
        mut id_baru: impl FnMut() -> String,
        mulai: NaiveDate,
        selesai: NaiveDate,
    ) -> Skp {
        let mut s = Skp::baru(
            &id_baru(),
            &self.pegawai_nip,
            self.jenis,
            self.pendekatan,
            mulai,
            selesai,
        );
        s.rhk = self
            .rhk
            .iter()
            .map(|r| {
                let mut r = r.clone();
                r.id = id_baru();
                r.rhk_atasan_id = None;
                r.rhk_atasan_uraian.clear();
                for i in &mut r.iki {
                    i.id = id_baru();
                }
                r
            })
            .collect();
        s.perilaku = self.perilaku.clone();
        s.lampiran = self.lampiran.clone();
        debug_assert_eq!(s.status, StatusSkp::Draft);
        s
    }
}
