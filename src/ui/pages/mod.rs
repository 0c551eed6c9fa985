//! One screen per file.

mod beranda;
mod bimbingan;
mod cadangan;
mod cetak;
mod cetak_evaluasi;
mod cetak_skp;
mod data;
mod data_impor;
mod evaluasi;
mod matriks;
mod penilaian;
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
pub use bimbingan::Bimbingan;
pub use cadangan::Cadangan;
pub use cetak::{CetakEvaluasi, CetakSkp};
pub use data::Data;
pub use evaluasi::Evaluasi;
pub use matriks::Matriks;
pub use penilaian::Penilaian;
pub use profil::Profil;
pub use progres::Progres;
pub use selamat_datang::SelamatDatang;
pub use skp::SkpSaya;
pub use tentang::Tentang;
pub use tidak_ditemukan::TidakDitemukan;
pub use tim::Tim;
