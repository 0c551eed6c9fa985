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
            other => Route::TidakDitemukan(other.to_string()),
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
    }
}
