//! Hash routes (`#/tentang`): a plain static server under any sub-path always serves the
//! same `index.html`, so deep links and refresh work without server rewrites.
//! `parse`/`href` are pure and tested natively; the reactive glue lives in `state`.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/` — the role's home, or the welcome screen on first run.
    Beranda,
    /// `#/selamat-datang` — the welcome screen again (change role).
    SelamatDatang,
    /// `#/tentang` — about and settings.
    Tentang,
    /// `#/cadangan` — backups and restore.
    Cadangan,
    /// `#/profil` — the pegawai's own profile.
    Profil,
    /// `#/data` — export and import of bundles.
    Data,
    /// `#/skp` — the pegawai's own SKP.
    Skp,
    /// `#/tim` — the pejabat penilai's team and SKP review.
    Tim,
    /// `#/progres` — realisasi and bukti dukung per IKI.
    Progres,
    /// `#/bimbingan` — the pejabat penilai's umpan balik per RHK and dialog kinerja records.
    Bimbingan,
    /// `#/evaluasi` — the pejabat penilai's periodic and annual evaluations.
    Evaluasi,
    /// `#/penilaian` — the pegawai's received feedback, dialogs and evaluations (tanggapan).
    Penilaian,
    /// `#/pengembangan` — the person's own training log and JP for the year.
    Pengembangan,
    /// `#/angka-kredit` — a jabatan fungsional's angka kredit per year and in total.
    AngkaKredit,
    /// `#/rencana-pengembangan` — the person's development plan, and a pejabat penilai's
    /// review of their bawahan's plans.
    RencanaPengembangan,
    /// `#/kompetensi` — the person's competency profile, and a pejabat penilai's assessment
    /// of their bawahan (Format B.1.9).
    Kompetensi,
    /// `#/matriks` — the leader's matriks peran–hasil.
    Matriks,
    /// `#/organisasi` — the admin's unit kerja tree and predikat kinerja organisasi.
    Organisasi,
    /// `#/instansi` — the admin's agency dashboard for a chosen period.
    Instansi,
    /// `#/instansi/unit/<id>` — one unit's dashboard and its pegawai (`-`: no known unit).
    InstansiUnit(String),
    /// `#/instansi/pegawai/<nip>` — one pegawai's record, read only.
    InstansiPegawai(String),
    /// `#/instansi/rendah` — the period's low performers.
    KinerjaRendah,
    /// `#/instansi/pengembangan` — JP compliance, training needs and award candidates.
    PengembanganInstansi,
    /// `#/instansi/talenta` — the talent pool (9-box) and succession candidates.
    TalentaInstansi,
    /// `#/cetak/skp/<id>` — the printable SKP document.
    CetakSkp(String),
    /// `#/cetak/evaluasi/<id>` — the printable evaluation document.
    CetakEvaluasi(String),
    /// Anything else; keeps the unknown path to show it.
    TidakDitemukan(String),
}

impl Route {
    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        // Ignore a query string or trailing slash so shared links stay forgiving.
        let path = path.split('?').next().unwrap_or("");
        let path = path.trim_end_matches('/');
        match path {
            "" | "/beranda" => Route::Beranda,
            "/selamat-datang" => Route::SelamatDatang,
            "/tentang" => Route::Tentang,
            "/cadangan" => Route::Cadangan,
            "/profil" => Route::Profil,
            "/data" => Route::Data,
            "/skp" => Route::Skp,
            "/tim" => Route::Tim,
            "/progres" => Route::Progres,
            "/bimbingan" => Route::Bimbingan,
            "/evaluasi" => Route::Evaluasi,
            "/penilaian" => Route::Penilaian,
            "/matriks" => Route::Matriks,
            "/pengembangan" => Route::Pengembangan,
            "/angka-kredit" => Route::AngkaKredit,
            "/kompetensi" => Route::Kompetensi,
            "/rencana-pengembangan" => Route::RencanaPengembangan,
            "/organisasi" => Route::Organisasi,
            "/instansi" => Route::Instansi,
            "/instansi/rendah" => Route::KinerjaRendah,
            "/instansi/pengembangan" => Route::PengembanganInstansi,
            "/instansi/talenta" => Route::TalentaInstansi,
            other => {
                if let Some(id) = other.strip_prefix("/cetak/skp/").filter(|i| !i.is_empty()) {
                    Route::CetakSkp(id.into())
                } else if let Some(id) = other
                    .strip_prefix("/cetak/evaluasi/")
                    .filter(|i| !i.is_empty())
                {
                    Route::CetakEvaluasi(id.into())
                } else if let Some(id) = other
                    .strip_prefix("/instansi/unit/")
                    .filter(|i| !i.is_empty())
                {
                    Route::InstansiUnit(id.into())
                } else if let Some(nip) = other
                    .strip_prefix("/instansi/pegawai/")
                    .filter(|i| !i.is_empty())
                {
                    Route::InstansiPegawai(nip.into())
                } else {
                    Route::TidakDitemukan(other.to_string())
                }
            }
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Beranda => "#/".into(),
            Route::SelamatDatang => "#/selamat-datang".into(),
            Route::Tentang => "#/tentang".into(),
            Route::Cadangan => "#/cadangan".into(),
            Route::Profil => "#/profil".into(),
            Route::Data => "#/data".into(),
            Route::Skp => "#/skp".into(),
            Route::Tim => "#/tim".into(),
            Route::Progres => "#/progres".into(),
            Route::Bimbingan => "#/bimbingan".into(),
            Route::Evaluasi => "#/evaluasi".into(),
            Route::Penilaian => "#/penilaian".into(),
            Route::Matriks => "#/matriks".into(),
            Route::Pengembangan => "#/pengembangan".into(),
            Route::AngkaKredit => "#/angka-kredit".into(),
            Route::Kompetensi => "#/kompetensi".into(),
            Route::RencanaPengembangan => "#/rencana-pengembangan".into(),
            Route::Organisasi => "#/organisasi".into(),
            Route::Instansi => "#/instansi".into(),
            Route::InstansiUnit(id) => format!("#/instansi/unit/{id}"),
            Route::InstansiPegawai(nip) => format!("#/instansi/pegawai/{nip}"),
            Route::KinerjaRendah => "#/instansi/rendah".into(),
            Route::PengembanganInstansi => "#/instansi/pengembangan".into(),
            Route::TalentaInstansi => "#/instansi/talenta".into(),
            Route::CetakSkp(id) => format!("#/cetak/skp/{id}"),
            Route::CetakEvaluasi(id) => format!("#/cetak/evaluasi/{id}"),
            Route::TidakDitemukan(p) => format!("#{p}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_href() {
        for r in [
            Route::Beranda,
            Route::SelamatDatang,
            Route::Tentang,
            Route::Cadangan,
            Route::Profil,
            Route::Data,
            Route::Skp,
            Route::Tim,
            Route::Progres,
            Route::Bimbingan,
            Route::Evaluasi,
            Route::Penilaian,
            Route::Matriks,
            Route::Pengembangan,
            Route::AngkaKredit,
            Route::Kompetensi,
            Route::RencanaPengembangan,
            Route::CetakSkp("skp-1".into()),
            Route::CetakEvaluasi("ev-1".into()),
            Route::Organisasi,
            Route::Instansi,
            Route::InstansiUnit("3f2b8c1e-9a4d-4e7b-8c2a-1b2c3d4e5f60".into()),
            Route::InstansiUnit("-".into()),
            Route::InstansiPegawai("198609262015052001".into()),
            Route::KinerjaRendah,
            Route::PengembanganInstansi,
            Route::TalentaInstansi,
        ] {
            assert_eq!(Route::parse(&r.href()), r);
        }
    }

    #[test]
    fn empty_and_forgiving_forms_parse() {
        assert_eq!(Route::parse(""), Route::Beranda);
        assert_eq!(Route::parse("#"), Route::Beranda);
        assert_eq!(Route::parse("#/tentang/"), Route::Tentang);
        assert_eq!(Route::parse("#/tentang?x=1"), Route::Tentang);
        assert_eq!(
            Route::parse("#/tidak-ada"),
            Route::TidakDitemukan("/tidak-ada".into())
        );
        assert_eq!(
            Route::parse("#/cetak/skp/"),
            Route::TidakDitemukan("/cetak/skp".into())
        );
    }
}
