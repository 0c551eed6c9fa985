//! Parts that several features show: the kuadran grid (evaluation, the pegawai's view,
//! the printed evaluation), the development screens' own links. Code used by lazy features only lands in their shared chunk.

pub mod kuadran;
pub mod pengembangan;
pub mod penghargaan;
pub mod pilih_skp;
