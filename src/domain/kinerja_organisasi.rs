//! Predikat kinerja organisasi per unit kerja and period (SE MenPANRB 3/2023): set by the
//! admin, or taken from the unit leader's own evaluation, which records the unit's capaian
//! (`Evaluasi::capaian_organisasi`, the SE's rating hasil kerja of a pimpinan unit). Stored as
//! one record per unit and period; it decides which pola distribusi the unit's pegawai
//! predikat are compared with.

use super::evaluasi::{Evaluasi, Periode};
use super::organisasi::UnitKerja;
use super::{Explained, Galat, Isi, Penjelasan, PredikatOrganisasi, Rulebook};
use serde::{Deserialize, Serialize};

/// Where the predikat came from.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(tag = "jenis", rename_all = "snake_case")]
pub enum SumberPredikat {
    /// Set by the admin kepegawaian (from the agency's own evaluation of the unit).
    Ditetapkan,
    /// Read from the unit leader's stored evaluation of the same period.
    EvaluasiPimpinan {
        evaluasi_id: String,
        pimpinan_nip: String,
    },
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct PredikatUnit {
    pub unit_id: String,
    pub periode: Periode,
    pub predikat: PredikatOrganisasi,
    pub sumber: SumberPredikat,
    #[serde(default)]
    pub catatan: String,
}

impl PredikatUnit {
    /// Problems that keep the record from being saved.
    pub fn periksa(&self) -> Vec<Galat> {
        let mut m = Vec::new();
        if self.unit_id.trim().is_empty() {
            m.push(Galat::baru("unit_tidak_dikenal").dengan("nilai", &self.unit_id));
        }
        if self.periode.rentang().is_none() {
            m.push(
                Galat::baru("periode_tidak_sah")
                    .dengan("nilai", self.periode.ke)
                    .dengan("jenis", self.periode.jenis.kode()),
            );
        }
        m
    }
}

/// The natural key of a unit's predikat for a period: one per unit and period (storage turns
/// it into a name-based UUID, so every device gives it the same id).
pub fn kunci_predikat_unit(unit_id: &str, periode: &Periode) -> String {
    format!(
        "po-{unit_id}-{}-{}-{}",
        periode.jenis.kode(),
        periode.tahun,
        periode.ke
    )
}

/// The unit's predikat for `periode` from its leader's stored evaluation of that period: the
/// capaian kinerja organisasi the evaluation records. Refused, naming why, when the unit has
/// no leader, the leader's evaluation is not stored, or it records no capaian.
pub fn predikat_dari_pimpinan<'a>(
    rb: &Rulebook,
    unit: &UnitKerja,
    periode: &Periode,
    evaluasi: impl IntoIterator<Item = &'a Evaluasi>,
) -> Result<Explained<PredikatUnit>, Galat> {
    let nip = unit.pimpinan_nip.trim();
    if nip.is_empty() {
        return Err(Galat::baru("unit_tanpa_pimpinan").dengan("nama", &unit.nama));
    }
    let e = evaluasi_pimpinan(nip, periode, evaluasi).ok_or_else(|| {
        Galat::baru("pimpinan_belum_dievaluasi")
            .dengan("nip", nip)
            .dengan("nama", &unit.nama)
    })?;
    let predikat = capaian_sebagai_pimpinan(e).ok_or_else(|| {
        Galat::baru("evaluasi_tanpa_capaian_organisasi")
            .dengan("nip", nip)
            .dengan("nama", &unit.nama)
    })?;
    Ok(Penjelasan::baru(rb, "predikat_organisasi_pimpinan")
        .masukan("butir.pimpinan_unit", Isi::Teks(nip.to_string()))
        .masukan("butir.tanggal_evaluasi", Isi::Teks(e.tanggal.to_string()))
        .label("butir.predikat_organisasi", predikat.label_key())
        .jadi(PredikatUnit {
            unit_id: unit.id.clone(),
            periode: *periode,
            predikat,
            sumber: SumberPredikat::EvaluasiPimpinan {
                evaluasi_id: e.id.clone(),
                pimpinan_nip: nip.to_string(),
            },
            catatan: String::new(),
        }))
}

/// The evaluation of `nip` for `periode` that speaks for their unit. Several SKPs in one
/// period (mutasi): the latest made of them as a unit's leader stands; one made of them as
/// staff (a leader appointed later) records no unit's result, even where its form kept a
/// capaian.
fn evaluasi_pimpinan<'a>(
    nip: &str,
    periode: &Periode,
    evaluasi: impl IntoIterator<Item = &'a Evaluasi>,
) -> Option<&'a Evaluasi> {
    evaluasi
        .into_iter()
        .filter(|e| e.pegawai_nip == nip && e.periode == *periode)
        .max_by_key(|e| (e.pimpinan_unit, e.tanggal))
}

fn capaian_sebagai_pimpinan(e: &Evaluasi) -> Option<PredikatOrganisasi> {
    e.pimpinan_unit.then_some(e.capaian_organisasi).flatten()
}

/// What became of the leader's evaluation a stored predikat was taken from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SumberBerubah {
    /// That leader has no evaluation as leader for the period any more (deleted, or now made
    /// of them as staff).
    Hilang,
    /// Their evaluation as leader now records another capaian (a revision arrived).
    Berbeda(PredikatOrganisasi),
}

impl PredikatUnit {
    /// For a predikat taken from the leader's evaluation: whether the same leader's
    /// evaluations of the period, read as when it was taken, still give it. A predikat is
    /// stored once; an evaluation revised after must not leave it silently stale.
    pub fn sumber_berubah<'a>(
        &self,
        evaluasi: impl IntoIterator<Item = &'a Evaluasi>,
    ) -> Option<SumberBerubah> {
        let SumberPredikat::EvaluasiPimpinan { pimpinan_nip, .. } = &self.sumber else {
            return None;
        };
        match evaluasi_pimpinan(pimpinan_nip, &self.periode, evaluasi)
            .and_then(capaian_sebagai_pimpinan)
        {
            Some(p) if p == self.predikat => None,
            Some(p) => Some(SumberBerubah::Berbeda(p)),
            None => Some(SumberBerubah::Hilang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh_tests::{d, evaluasi, nip, tw};
    use crate::domain::Predikat;

    fn unit(pimpinan: &str) -> UnitKerja {
        UnitKerja {
            id: "u1".into(),
            nama: "Bidang Mutasi".into(),
            pimpinan_nip: pimpinan.into(),
            ..Default::default()
        }
    }

    fn ev(tanggal: u32, capaian: Option<PredikatOrganisasi>) -> Evaluasi {
        let mut e = evaluasi(&nip(1), "skp-1", tw(2026, 1), Predikat::Baik);
        e.tanggal = d(2026, 4, tanggal);
        e.capaian_organisasi = capaian;
        e.pimpinan_unit = true;
        e.id = format!("ev-{tanggal}");
        e
    }

    #[test]
    fn the_leaders_latest_evaluation_of_the_period_gives_the_units_predikat() {
        let rb = Rulebook::aktif();
        let semua = [
            ev(2, Some(PredikatOrganisasi::Baik)),
            ev(9, Some(PredikatOrganisasi::Istimewa)),
        ];
        let h = predikat_dari_pimpinan(rb, &unit(&nip(1)), &tw(2026, 1), &semua).unwrap();
        assert_eq!(h.nilai.predikat, PredikatOrganisasi::Istimewa);
        assert_eq!(h.nilai.unit_id, "u1");
        assert_eq!(
            h.nilai.sumber,
            SumberPredikat::EvaluasiPimpinan {
                evaluasi_id: "ev-9".into(),
                pimpinan_nip: nip(1)
            }
        );
        assert_eq!(h.penjelasan.aturan, "predikat_organisasi_pimpinan");
        assert!(h.penjelasan.sumber.contains("SE MenPANRB 3/2023"));
    }

    #[test]
    fn without_leader_evaluation_or_capaian_the_reason_is_named() {
        let rb = Rulebook::aktif();
        let kode = |u: &UnitKerja, p: Periode, e: &[Evaluasi]| {
            predikat_dari_pimpinan(rb, u, &p, e).unwrap_err().kode
        };
        let e = [ev(2, Some(PredikatOrganisasi::Baik))];
        assert_eq!(kode(&unit(""), tw(2026, 1), &e), "unit_tanpa_pimpinan");
        assert_eq!(
            kode(&unit(&nip(1)), tw(2026, 2), &e),
            "pimpinan_belum_dievaluasi"
        );
        assert_eq!(
            kode(&unit(&nip(2)), tw(2026, 1), &e),
            "pimpinan_belum_dievaluasi"
        );
        assert_eq!(
            kode(&unit(&nip(1)), tw(2026, 1), &[ev(2, None)]),
            "evaluasi_tanpa_capaian_organisasi"
        );
        // Evaluated that period as staff, not as the unit's leader: no unit's result, even
        // with a capaian kept by the form; one as leader is the one read, even if older.
        let mut staf = ev(9, Some(PredikatOrganisasi::Istimewa));
        staf.pimpinan_unit = false;
        assert_eq!(
            kode(&unit(&nip(1)), tw(2026, 1), std::slice::from_ref(&staf)),
            "evaluasi_tanpa_capaian_organisasi"
        );
        let pimpinan = ev(2, Some(PredikatOrganisasi::Baik));
        let h = predikat_dari_pimpinan(rb, &unit(&nip(1)), &tw(2026, 1), &[staf, pimpinan]);
        assert_eq!(h.unwrap().nilai.predikat, PredikatOrganisasi::Baik);
        let g = predikat_dari_pimpinan(rb, &unit(&nip(1)), &tw(2026, 2), &e).unwrap_err();
        assert!(g.pesan(rb, crate::domain::Bahasa::Id).contains(&nip(1)));
    }

    #[test]
    fn a_predikat_taken_from_the_leader_says_when_their_evaluation_changed() {
        let rb = Rulebook::aktif();
        let e = ev(2, Some(PredikatOrganisasi::Baik));
        let x = predikat_dari_pimpinan(rb, &unit(&nip(1)), &tw(2026, 1), [&e]).unwrap();
        let x = x.nilai;
        assert_eq!(x.sumber_berubah([&e]), None);
        // A revision of the same evaluation, or a later one as leader, with another capaian.
        let mut revisi = e.clone();
        revisi.capaian_organisasi = Some(PredikatOrganisasi::Kurang);
        assert_eq!(
            x.sumber_berubah([&revisi]),
            Some(SumberBerubah::Berbeda(PredikatOrganisasi::Kurang))
        );
        let baru = ev(9, Some(PredikatOrganisasi::Istimewa));
        assert_eq!(
            x.sumber_berubah([&e, &baru]),
            Some(SumberBerubah::Berbeda(PredikatOrganisasi::Istimewa))
        );
        // Deleted, or now an evaluation of them as staff: nothing gives it any more.
        assert_eq!(x.sumber_berubah([]), Some(SumberBerubah::Hilang));
        let mut staf = e.clone();
        staf.pimpinan_unit = false;
        assert_eq!(x.sumber_berubah([&staf]), Some(SumberBerubah::Hilang));
        // Read for the leader it was taken from, not the unit's leader of today; and one the
        // admin set is theirs alone.
        let mut lain = ev(3, Some(PredikatOrganisasi::Kurang));
        lain.pegawai_nip = nip(2);
        assert_eq!(x.sumber_berubah([&e, &lain]), None);
        let ditetapkan = PredikatUnit {
            sumber: SumberPredikat::Ditetapkan,
            ..x
        };
        assert_eq!(ditetapkan.sumber_berubah([]), None);
    }

    #[test]
    fn one_key_per_unit_and_period_and_a_period_outside_the_year_is_refused() {
        assert_eq!(
            kunci_predikat_unit("u1", &tw(2026, 2)),
            "po-u1-triwulanan-2026-2"
        );
        assert_ne!(
            kunci_predikat_unit("u1", &tw(2026, 2)),
            kunci_predikat_unit("u1", &tw(2026, 3))
        );
        let mut p = PredikatUnit {
            unit_id: "u1".into(),
            periode: tw(2026, 5),
            predikat: PredikatOrganisasi::Baik,
            sumber: SumberPredikat::Ditetapkan,
            catatan: String::new(),
        };
        assert_eq!(p.periksa()[0].kode, "periode_tidak_sah");
        p.periode = tw(2026, 4);
        assert!(p.periksa().is_empty());
    }
}
