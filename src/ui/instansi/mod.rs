//! The agency workspace of the admin kepegawaian: the organisation (unit kerja tree, merges,
//! predikat kinerja organisasi), the dashboards per unit and for the whole agency with the
//! drill-down to one pegawai, and the low performers. Three lazy chunks (`organisasi`,
//! `instansi`, `rendah` in `ui::layar`); what they share (period choice, tables, chart, texts)
//! lands in a shared chunk fetched with the first of them.

pub mod dasbor;
mod grafik;
pub mod organisasi;
mod papan;
mod pegawai;
mod pembaca;
mod pilihan;
pub mod rendah;
mod tabel_instansi;
mod tampil;
pub mod teks;
mod unduh;
mod unit;
