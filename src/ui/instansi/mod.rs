//! The agency workspace of the admin kepegawaian: the organisation (unit kerja tree, merges,
//! predikat kinerja organisasi), the dashboards per unit and for the whole agency with the
//! drill-down to one pegawai, the low performers, and staff development (JP compliance,
//! training needs, award candidates). Four lazy chunks (`organisasi`, `instansi`, `rendah`,
//! `instansi_pengembangan` in `ui::layar`); what they share (period choice, tables, chart, texts)
//! lands in a shared chunk fetched with the first of them.

mod asesmen;
pub mod dasbor;
mod grafik;
mod masukan;
pub mod organisasi;
mod papan;
mod pegawai;
mod pembaca;
pub use pembaca::muat_dini as muat_pembaca_dini;
pub mod pengembangan;
mod penghargaan;
pub mod pilihan;
pub mod rendah;
mod tabel_instansi;
mod tabel_pengembangan;
mod tabel_talenta;
pub mod talenta;
mod tampil;
pub mod teks;
mod unduh;
mod unit;
