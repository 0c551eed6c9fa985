//! One screen per file.

mod beranda;
mod cadangan;
mod selamat_datang;
mod tentang;
mod tidak_ditemukan;

pub use beranda::Beranda;
pub use cadangan::Cadangan;
pub use selamat_datang::SelamatDatang;
pub use tentang::Tentang;
pub use tidak_ditemukan::TidakDitemukan;
