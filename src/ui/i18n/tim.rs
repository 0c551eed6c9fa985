//! Text of the pejabat penilai's team screen, both languages side by side.

use crate::domain::Bahasa;

pub struct TeksTim {
    pub nav: &'static str,
    pub judul: &'static str,
    pub pengantar: &'static str,
    pub kosong: &'static str,
    pub kolom_pegawai: &'static str,
    pub kolom_status: &'static str,
    pub kolom_periode: &'static str,
    pub kolom_rhk: &'static str,
    pub kolom_aksi: &'static str,
    pub tinjau: &'static str,
    pub tinjau_judul: &'static str,
    pub rhk_atasan: &'static str,
    pub target: &'static str,
    pub setujui: &'static str,
    pub kembalikan: &'static str,
    pub alasan: &'static str,
    pub disetujui: &'static str,
    pub dikembalikan: &'static str,
    pub kirim_balik: &'static str,
    pub tutup: &'static str,
    pub bukan_diajukan: &'static str,
}

pub const ID: TeksTim = TeksTim {
    nav: "Tim",
    judul: "Tim saya (bawahan)",
    pengantar: "SKP bawahan muncul di sini setelah berkas mereka diimpor (menu Berkas). Tinjau, setujui, atau kembalikan dengan catatan, lalu ekspor berkas penilaian untuk mereka.",
    kosong: "Belum ada SKP bawahan. Impor berkas pegawai dari menu Berkas.",
    kolom_pegawai: "Pegawai",
    kolom_status: "Status SKP",
    kolom_periode: "Periode",
    kolom_rhk: "RHK",
    kolom_aksi: "Tindakan",
    tinjau: "Tinjau",
    tinjau_judul: "Tinjau SKP {nama}",
    rhk_atasan: "Mengintervensi",
    target: "Target",
    setujui: "Setujui SKP",
    kembalikan: "Kembalikan dengan catatan",
    alasan: "Catatan untuk pegawai (wajib saat mengembalikan)",
    disetujui: "SKP disetujui.",
    dikembalikan: "SKP dikembalikan kepada pegawai.",
    kirim_balik: "Ekspor berkas penilaian untuk pegawai",
    tutup: "Tutup",
    bukan_diajukan: "SKP ini tidak sedang diajukan, jadi belum dapat disetujui atau dikembalikan.",
};

pub const EN: TeksTim = TeksTim {
    nav: "Team",
    judul: "My team",
    pengantar: "Your staff's SKPs appear here once their files are imported (Files menu). Review, approve or return with a note, then export an evaluation file for them.",
    kosong: "No staff SKP yet. Import employee files from the Files menu.",
    kolom_pegawai: "Employee",
    kolom_status: "SKP status",
    kolom_periode: "Period",
    kolom_rhk: "RHK",
    kolom_aksi: "Action",
    tinjau: "Review",
    tinjau_judul: "Review the SKP of {nama}",
    rhk_atasan: "Supports",
    target: "Target",
    setujui: "Approve SKP",
    kembalikan: "Return with a note",
    alasan: "Note for the employee (required when returning)",
    disetujui: "SKP approved.",
    dikembalikan: "SKP returned to the employee.",
    kirim_balik: "Export an evaluation file for the employee",
    tutup: "Close",
    bukan_diajukan: "This SKP is not submitted, so it cannot be approved or returned yet.",
};

pub fn teks_tim(b: Bahasa) -> &'static TeksTim {
    match b {
        Bahasa::Id => &ID,
        Bahasa::En => &EN,
    }
}
