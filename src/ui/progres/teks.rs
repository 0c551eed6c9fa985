//! Text of the progress screen, both languages side by side.

use crate::domain::Bahasa;

pub struct TeksProgres {
    pub judul: &'static str,
    pub pengantar: &'static str,
    pub tanpa_skp: &'static str,
    pub capaian: &'static str,
    pub capaian_dasar: &'static str,
    pub belum_ada: &'static str,
    pub penjelasan: &'static str,
    pub tambah: &'static str,
    pub tanggal: &'static str,
    pub nilai: &'static str,
    pub catatan: &'static str,
    pub tautan: &'static str,
    pub berkas: &'static str,
    pub simpan: &'static str,
    pub tersimpan: &'static str,
    pub riwayat: &'static str,
    pub kolom: [&'static str; 4],
    pub grafik: &'static str,
    pub perbaiki: &'static str,
}

pub const ID: TeksProgres = TeksProgres {
    judul: "Progres & bukti dukung",
    pengantar:
        "Catat realisasi setiap IKI beserta bukti dukungnya. Capaian dihitung langsung dari target.",
    tanpa_skp: "Belum ada SKP. Susun SKP terlebih dahulu.",
    capaian: "Capaian sejauh ini: {capaian}",
    capaian_dasar: "Realisasi dihitung sebagai {akumulasi}.",
    belum_ada: "Belum ada realisasi.",
    penjelasan: "Cara menghitung",
    tambah: "Catat realisasi",
    tanggal: "Tanggal",
    nilai: "Realisasi",
    catatan: "Catatan kegiatan",
    tautan: "Tautan bukti dukung (opsional)",
    berkas: "Nama berkas bukti (opsional)",
    simpan: "Simpan realisasi",
    tersimpan: "Realisasi tersimpan.",
    riwayat: "Riwayat realisasi",
    kolom: ["Tanggal", "Realisasi", "Catatan", "Bukti"],
    grafik: "Grafik realisasi kumulatif terhadap target",
    perbaiki: "Periksa isian:",
};

pub const EN: TeksProgres = TeksProgres {
    judul: "Progress & evidence",
    pengantar: "Record each IKI's actuals with their evidence. Achievement is computed from the target as you go.",
    tanpa_skp: "No SKP yet. Write your SKP first.",
    capaian: "Achievement so far: {capaian}",
    capaian_dasar: "Actuals count as {akumulasi}.",
    belum_ada: "No actuals yet.",
    penjelasan: "How it is computed",
    tambah: "Record an actual",
    tanggal: "Date",
    nilai: "Actual",
    catatan: "Activity note",
    tautan: "Evidence link (optional)",
    berkas: "Evidence file name (optional)",
    simpan: "Save actual",
    tersimpan: "Actual saved.",
    riwayat: "History",
    kolom: ["Date", "Actual", "Note", "Evidence"],
    grafik: "Cumulative actuals against the target",
    perbaiki: "Check these fields:",
};

pub fn teks_progres(b: Bahasa) -> &'static TeksProgres {
    match b {
        Bahasa::Id => &ID,
        Bahasa::En => &EN,
    }
}
