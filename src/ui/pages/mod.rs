//! One screen per file.

mod beranda;
mod cadangan;
mod data;
mod data_impor;
mod profil;
mod progres;
mod selamat_datang;
mod skp;
mod skp_iki;
mod skp_rhk;
mod tentang;
mod tidak_ditemukan;
mod tim;

pub use beranda::Beranda;
pub use cadangan::Cadangan;
pub use data::Data;
pub use profil::Profil;
pub use progres::Progres;
pub use selamat_datang::SelamatDatang;
pub use skp::SkpSaya;
pub use tentang::Tentang;
pub use tidak_ditemukan::TidakDitemukan;
pub use tim::Tim;
