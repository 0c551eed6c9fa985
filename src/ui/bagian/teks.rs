//! Texts of the parts several features show, both languages side by side.

use crate::domain::Bahasa;

pub struct TeksBagian {
    pub buka: &'static str,
    pub buka_aria: &'static str,
    pub hilang: &'static str,
    pub gagal_buka: &'static str,
}

pub const ID: TeksBagian = TeksBagian {
    buka: "Buka",
    buka_aria: "Buka lampiran {nama}",
    hilang: "Lampiran {nama} tidak ada di perangkat ini (belum diterima atau sudah dihapus).",
    gagal_buka: "Lampiran {nama} tidak dapat dibuka: {alasan}",
};

pub const EN: TeksBagian = TeksBagian {
    buka: "Open",
    buka_aria: "Open attachment {nama}",
    hilang: "The attachment {nama} is not on this device (not received yet, or deleted).",
    gagal_buka: "The attachment {nama} cannot be opened: {alasan}",
};

pub fn teks_bagian(b: Bahasa) -> &'static TeksBagian {
    match b {
        Bahasa::Id => &ID,
        Bahasa::En => &EN,
    }
}
