//! Lazy screens. Each feature folder is its own wasm chunk: its code is fetched the first
//! time one of its routes opens (the service worker has precached every chunk after the
//! first visit, so this works offline). The shell, the router, the store and the home
//! screen stay in the main module, which is all a first visit downloads.
//!
//! A chunk that cannot be fetched (offline before the service worker finished, or a deploy
//! replaced the files under an open tab) is a message with a retry, never an abort: the
//! split points are `fallible`. Builds with the `eager` feature (the component tests, which
//! run unsplit) link every screen directly.

use super::route::Route;
use super::state::use_app_state;
use leptos::prelude::*;
use std::collections::HashMap;

/// Draws a feature's screen for a route of that feature.
pub type Gambar = fn(&Route) -> AnyView;

/// A screen's code could not be fetched; the text is the loader's own reason.
#[derive(Clone, Debug, PartialEq)]
pub struct GagalMuat(pub String);

impl From<leptos::wasm_split::SplitLoaderError> for GagalMuat {
    fn from(e: leptos::wasm_split::SplitLoaderError) -> Self {
        GagalMuat(e.to_string())
    }
}

// One split point per feature, in `titik.rs`: `profil()`, `skp()`, ... fetch their chunks.
#[cfg(not(feature = "eager"))]
mod titik;
#[cfg(not(feature = "eager"))]
use titik::*;

/// The features that live in their own chunk (everything but home, welcome and not-found).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fitur {
    Profil,
    Skp,
    Progres,
    Tim,
    Bimbingan,
    Evaluasi,
    Penilaian,
    Matriks,
    Pengembangan,
    AngkaKredit,
    Kompetensi,
    Rencana,
    Cetak,
    Data,
    Cadangan,
    Tentang,
    Organisasi,
    Instansi,
    Rendah,
    InstansiPengembangan,
    InstansiTalenta,
}

impl Fitur {
    pub fn dari_rute(r: &Route) -> Option<Fitur> {
        Some(match r {
            Route::Beranda | Route::SelamatDatang | Route::TidakDitemukan(_) => return None,
            Route::Profil => Fitur::Profil,
            Route::Skp => Fitur::Skp,
            Route::Progres => Fitur::Progres,
            Route::Tim => Fitur::Tim,
            Route::Bimbingan => Fitur::Bimbingan,
            Route::Evaluasi => Fitur::Evaluasi,
            Route::Penilaian => Fitur::Penilaian,
            Route::Matriks => Fitur::Matriks,
            Route::Pengembangan => Fitur::Pengembangan,
            Route::AngkaKredit => Fitur::AngkaKredit,
            Route::Kompetensi => Fitur::Kompetensi,
            Route::RencanaPengembangan => Fitur::Rencana,
            Route::CetakSkp(_) | Route::CetakEvaluasi(_) => Fitur::Cetak,
            Route::Data => Fitur::Data,
            Route::Cadangan => Fitur::Cadangan,
            Route::Tentang => Fitur::Tentang,
            Route::Organisasi => Fitur::Organisasi,
            Route::Instansi | Route::InstansiUnit(_) | Route::InstansiPegawai(_) => Fitur::Instansi,
            Route::KinerjaRendah => Fitur::Rendah,
            Route::PengembanganInstansi => Fitur::InstansiPengembangan,
            Route::TalentaInstansi => Fitur::InstansiTalenta,
        })
    }

    /// The feature of the address the page is at.
    pub fn rute_sekarang() -> Option<Fitur> {
        Fitur::dari_rute(&Route::parse(&super::platform::hash_sekarang()))
    }

    /// Fetches the feature's chunk (once; later calls return at once).
    #[cfg(not(feature = "eager"))]
    pub(super) async fn muat(self) -> Result<Gambar, GagalMuat> {
        match self {
            Fitur::Profil => profil().await,
            Fitur::Skp => skp().await,
            Fitur::Progres => progres().await,
            Fitur::Tim => tim().await,
            Fitur::Bimbingan => bimbingan().await,
            Fitur::Evaluasi => evaluasi().await,
            Fitur::Penilaian => penilaian().await,
            Fitur::Matriks => matriks().await,
            Fitur::Pengembangan => pengembangan().await,
            Fitur::AngkaKredit => angka_kredit().await,
            Fitur::Kompetensi => kompetensi().await,
            Fitur::Rencana => rencana().await,
            Fitur::Cetak => cetak().await,
            Fitur::Data => data().await,
            Fitur::Cadangan => cadangan().await,
            Fitur::Tentang => tentang().await,
            Fitur::Organisasi => organisasi().await,
            Fitur::Instansi => instansi().await,
            Fitur::Rendah => rendah().await,
            Fitur::InstansiPengembangan => instansi_pengembangan().await,
            Fitur::InstansiTalenta => instansi_talenta().await,
        }
    }

    #[cfg(feature = "eager")]
    pub(super) async fn muat(self) -> Result<Gambar, GagalMuat> {
        Ok(self.tertaut())
    }

    /// Unsplit builds have every screen linked in; a split build knows none until loaded.
    #[cfg(feature = "eager")]
    fn segera(self) -> Option<Gambar> {
        Some(self.tertaut())
    }

    #[cfg(not(feature = "eager"))]
    fn segera(self) -> Option<Gambar> {
        None
    }

    #[cfg(feature = "eager")]
    fn tertaut(self) -> Gambar {
        match self {
            Fitur::Profil => super::profil::gambar,
            Fitur::Skp => super::skp::gambar,
            Fitur::Progres => super::progres::gambar,
            Fitur::Tim => super::tim::gambar,
            Fitur::Bimbingan => super::bimbingan::gambar,
            Fitur::Evaluasi => super::evaluasi::gambar,
            Fitur::Penilaian => super::penilaian::gambar,
            Fitur::Matriks => super::matriks::gambar,
            Fitur::Pengembangan => super::pengembangan::gambar,
            Fitur::AngkaKredit => super::angka_kredit::gambar,
            Fitur::Kompetensi => super::kompetensi::gambar,
            Fitur::Rencana => super::rencana::gambar,
            Fitur::Cetak => super::cetak::gambar,
            Fitur::Data => super::data::gambar,
            Fitur::Cadangan => super::cadangan::gambar,
            Fitur::Tentang => super::tentang::gambar,
            Fitur::Organisasi => super::instansi::organisasi::gambar,
            Fitur::Instansi => super::instansi::dasbor::gambar,
            Fitur::Rendah => super::instansi::rendah::gambar,
            Fitur::InstansiPengembangan => super::instansi::pengembangan::gambar,
            Fitur::InstansiTalenta => super::instansi::talenta::gambar,
        }
    }
}

/// What the route switch shows; compared so a chunk arriving for another feature never
/// rebuilds the screen in use (and its unsaved input).
#[derive(Clone, Debug, PartialEq)]
enum Tampil {
    Layar(Route),
    Memuat,
    Gagal(String),
}

/// The page on screen, for moving focus: the route, and on home also the role (home is the
/// welcome screen until a role is chosen, then that role's home, so "Mulai" is a new page).
#[derive(Clone, Debug, PartialEq)]
struct Halaman(Route, Option<crate::store::Peran>);

impl Halaman {
    fn dari(r: &Route, peran: Option<crate::store::Peran>) -> Self {
        Halaman(r.clone(), peran.filter(|_| *r == Route::Beranda))
    }
}

/// A new page starts at the top with focus on its heading (`platform::ke_awal_halaman`), once
/// that heading exists: a lazy screen's heading arrives with its chunk, so while "Memuat
/// layar…" shows the page is not yet done and the move waits for the screen. Not on the first
/// load: the browser starts at the top, and focus stays at the start of the document, where
/// the skip link is the first stop for a keyboard.
fn ikuti_pindah_halaman(tampil: Memo<Tampil>) {
    let state = use_app_state();
    let halaman =
        Memo::new(move |_| Halaman::dari(&state.route.get(), state.settings.with(|s| s.peran)));
    // The effect's value is the page focus was last moved for.
    Effect::new(move |sudah: Option<Halaman>| {
        let h = halaman.get();
        let memuat = tampil.with(|t| *t == Tampil::Memuat);
        match sudah {
            None => h,
            Some(s) if s == h || memuat => s,
            Some(_) => {
                // The screens' render effects were woken by the same change and are queued
                // already; a task spawned now runs after them, in the same turn: the new
                // heading is in the document, and nothing (a click, a key) can come first.
                leptos::task::spawn_local(async { super::platform::ke_awal_halaman() });
                h
            }
        }
    });
}

/// The route switch: screens of the main module at once, lazy features once their chunk is
/// here, a loading line meanwhile, and a retry when the chunk cannot be fetched.
#[component]
pub fn Layar(utama: fn(&Route) -> AnyView) -> impl IntoView {
    let state = use_app_state();
    let siap = RwSignal::new(HashMap::<Fitur, Gambar>::new());
    let gagal = RwSignal::new(None::<(Fitur, String)>);
    let coba = RwSignal::new(0u32);
    let fitur = Memo::new(move |_| state.route.with(Fitur::dari_rute));
    Effect::new(move |_| {
        coba.track();
        let Some(f) = fitur.get() else { return };
        if siap.with_untracked(|m| m.contains_key(&f)) || f.segera().is_some() {
            return;
        }
        gagal.set(None);
        leptos::task::spawn_local(async move {
            match f.muat().await {
                Ok(g) => siap.update(|m| {
                    m.insert(f, g);
                }),
                Err(e) => gagal.set(Some((f, e.0))),
            }
        });
    });
    let tampil = Memo::new(move |_| {
        let r = state.route.get();
        match Fitur::dari_rute(&r) {
            None => Tampil::Layar(r),
            Some(f) if f.segera().is_some() || siap.with(|m| m.contains_key(&f)) => {
                Tampil::Layar(r)
            }
            Some(f) => match gagal.with(|g| g.as_ref().filter(|(x, _)| *x == f).cloned()) {
                Some((_, e)) => Tampil::Gagal(e),
                None => Tampil::Memuat,
            },
        }
    });
    ikuti_pindah_halaman(tampil);
    move || match tampil.get() {
        Tampil::Layar(r) => match Fitur::dari_rute(&r) {
            None => utama(&r),
            Some(f) => match f
                .segera()
                .or_else(|| siap.with_untracked(|m| m.get(&f).copied()))
            {
                Some(g) => g(&r),
                None => ().into_any(),
            },
        },
        Tampil::Memuat => memuat(),
        Tampil::Gagal(e) => gagal_muat(e, coba),
    }
}

/// The line shown while a chunk is on its way.
pub(crate) fn memuat() -> AnyView {
    let state = use_app_state();
    view! {
        <p class="status memuat-layar" role="status" data-testid="layar-memuat">{move || state.t().layar_memuat}</p>
    }
    .into_any()
}

/// A chunk that could not be fetched: the reason, and a retry that bumps `coba`.
fn gagal_muat(e: String, coba: RwSignal<u32>) -> AnyView {
    let state = use_app_state();
    view! {
        <div class="banner peringatan" role="alert" data-testid="layar-gagal">
            <p>{move || super::i18n::isi(state.t().layar_gagal, &[("detail", &e)])}</p>
            <button type="button" data-testid="layar-coba-lagi" on:click=move |_| coba.update(|n| *n += 1)>
                {move || state.t().layar_coba_lagi}
            </button>
        </div>
    }
    .into_any()
}

/// A part of a screen whose code is a chunk of its own (a split point returning `F`, usually
/// a drawing function): the loading line until it arrives, then `gambar(f)`; the same retry as
/// a screen when it cannot be fetched. Once loaded the split point answers at once, so coming
/// back to the screen shows no loading line.
pub fn bagian_lazy<F, Fut>(
    muat: fn() -> Fut,
    gambar: impl Fn(F) -> AnyView + Send + Sync + 'static,
) -> impl IntoView
where
    F: Copy + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<F, GagalMuat>> + 'static,
{
    let hasil = RwSignal::new(None::<Result<F, String>>);
    let coba = RwSignal::new(0u32);
    Effect::new(move |_| {
        coba.track();
        hasil.set(None);
        leptos::task::spawn_local(async move {
            let r = muat().await.map_err(|e| e.0);
            hasil.set(Some(r));
        });
    });
    move || match hasil.get() {
        None => memuat(),
        Some(Ok(f)) => gambar(f),
        Some(Err(e)) => gagal_muat(e, coba),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_welcome_and_not_found_load_first_and_every_other_route_is_lazy() {
        for r in ["#/", "#/selamat-datang", "#/tidak-ada"] {
            assert_eq!(Fitur::dari_rute(&Route::parse(r)), None, "{r}");
        }
        for (r, f) in [
            ("#/skp", Fitur::Skp),
            ("#/tim", Fitur::Tim),
            ("#/cetak/skp/a", Fitur::Cetak),
            ("#/cetak/evaluasi/b", Fitur::Cetak),
            ("#/tentang", Fitur::Tentang),
            ("#/pengembangan", Fitur::Pengembangan),
            ("#/angka-kredit", Fitur::AngkaKredit),
            ("#/kompetensi", Fitur::Kompetensi),
            ("#/rencana-pengembangan", Fitur::Rencana),
            ("#/data", Fitur::Data),
            ("#/organisasi", Fitur::Organisasi),
            ("#/instansi", Fitur::Instansi),
            ("#/instansi/unit/-", Fitur::Instansi),
            ("#/instansi/pegawai/198609262015052001", Fitur::Instansi),
            ("#/instansi/rendah", Fitur::Rendah),
            ("#/instansi/pengembangan", Fitur::InstansiPengembangan),
            ("#/instansi/talenta", Fitur::InstansiTalenta),
        ] {
            assert_eq!(Fitur::dari_rute(&Route::parse(r)), Some(f), "{r}");
        }
    }

    #[test]
    fn choosing_a_role_on_home_is_a_new_page_and_elsewhere_the_role_does_not_count() {
        use crate::store::Peran;
        let beranda = |p| Halaman::dari(&Route::Beranda, p);
        // "Mulai": the welcome screen becomes the role's home on the same route.
        assert_ne!(beranda(None), beranda(Some(Peran::Pegawai)));
        assert_ne!(
            beranda(Some(Peran::Pegawai)),
            beranda(Some(Peran::PejabatPenilai))
        );
        // Saving another role on the settings screen keeps that screen (and focus) in place.
        let tentang = |p| Halaman::dari(&Route::Tentang, p);
        assert_eq!(tentang(None), tentang(Some(Peran::PejabatPenilai)));
        assert_ne!(tentang(None), Halaman::dari(&Route::Skp, None));
    }
}
