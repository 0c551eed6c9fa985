//! Text of the matriks peran–hasil (the leader's screen and the pegawai's "take my RHK"
//! block in the SKP editor), both languages side by side.

use crate::domain::Bahasa;

pub struct TeksMatriks {
    pub judul: &'static str,
    pub pengantar: &'static str,
    pub perlu_profil: &'static str,
    pub ke_profil: &'static str,
    pub perlu_skp: &'static str,
    pub ke_skp: &'static str,
    pub perlu_rhk: &'static str,
    pub pilih_skp: &'static str,
    /// `{mulai}`, `{selesai}`, `{n}`.
    pub skp_opsi: &'static str,
    pub tabel_judul: &'static str,
    pub gulir: &'static str,
    pub kolom_bawahan: &'static str,
    /// `{n}`.
    pub rhk_n: &'static str,
    pub utama: &'static str,
    pub tambahan: &'static str,
    /// `{nama}`, `{n}`, `{rhk}`.
    pub sel_label: &'static str,
    pub tanpa_bawahan: &'static str,
    pub tambah_judul: &'static str,
    pub nip_label: &'static str,
    pub nama_label: &'static str,
    pub nama_petunjuk: &'static str,
    pub tambah: &'static str,
    pub nip_sendiri: &'static str,
    pub sudah_ada: &'static str,
    /// `{nama}`.
    pub ditambah: &'static str,
    pub simpan: &'static str,
    pub tersimpan: &'static str,
    pub lebih_baru: &'static str,
    pub muat_ulang: &'static str,
    pub ganti_buang: &'static str,
    pub petunjuk_kirim: &'static str,
    pub ke_berkas: &'static str,
    pub ringkasan_judul: &'static str,
    pub kolom_nip: &'static str,
    pub kolom_jumlah: &'static str,

    // The pegawai's side, in the SKP editor.
    pub ambil_judul: &'static str,
    /// `{n}`.
    pub ambil_jumlah: &'static str,
    pub mengintervensi: &'static str,
    pub ambil: &'static str,
    /// `{n}`.
    pub diambil: &'static str,
    pub sudah_semua: &'static str,
    pub ambil_terkunci: &'static str,
    pub atasan_belum: &'static str,
}

pub const ID: TeksMatriks = TeksMatriks {
    judul: "Matriks peran–hasil",
    pengantar: "Bagi setiap RHK Anda menjadi peran–hasil bawahan (cascading). Setiap sel yang diisi menjadi RHK utama bawahan itu, yang mengintervensi RHK Anda di kolomnya.",
    perlu_profil: "Isi NIP Anda di profil terlebih dahulu.",
    ke_profil: "Buka profil",
    perlu_skp: "Buat SKP Anda sendiri beserta RHK-nya terlebih dahulu; RHK itulah kolom matriks.",
    ke_skp: "Buka SKP saya",
    perlu_rhk: "SKP ini belum memiliki RHK. Tambahkan RHK di SKP Anda terlebih dahulu.",
    pilih_skp: "SKP Anda (RHK-nya menjadi kolom)",
    skp_opsi: "{mulai} – {selesai} · {n} RHK",
    tabel_judul: "Peran–hasil per bawahan",
    gulir: "Geser tabel ke samping untuk melihat semua RHK.",
    kolom_bawahan: "Bawahan",
    rhk_n: "RHK {n}",
    utama: "Utama",
    tambahan: "Tambahan",
    sel_label: "Peran–hasil {nama} untuk RHK {n}: {rhk}",
    tanpa_bawahan: "Belum ada bawahan. Impor berkas bawahan (menu Berkas) atau tambahkan dengan NIP di bawah.",
    tambah_judul: "Tambah bawahan",
    nip_label: "NIP bawahan",
    nama_label: "Nama bawahan",
    nama_petunjuk: "Boleh dikosongkan; nama dari profil bawahan dipakai setelah berkasnya diimpor.",
    tambah: "Tambah baris",
    nip_sendiri: "Itu NIP Anda sendiri; baris matriks adalah bawahan Anda.",
    sudah_ada: "Bawahan dengan NIP ini sudah ada di matriks.",
    ditambah: "{nama} ditambahkan. Isi selnya lalu simpan matriks.",
    simpan: "Simpan matriks",
    tersimpan: "Matriks tersimpan.",
    lebih_baru: "Matriks ini telah diubah di tempat lain (tab lain atau impor), jadi belum disimpan. Isian Anda masih di layar; muat versi terbaru lalu isi ulang perubahan Anda bila perlu.",
    muat_ulang: "Muat data terbaru",
    ganti_buang: "Isian matriks yang belum disimpan akan dibuang. Lanjutkan?",
    petunjuk_kirim: "Matriks ikut terkirim kepada bawahan dalam berkas penilaian. Bawahan mengimpornya, lalu mengambil RHK-nya di SKP mereka.",
    ke_berkas: "Ekspor berkas penilaian (menu Berkas)",
    ringkasan_judul: "Ringkasan per bawahan",
    kolom_nip: "NIP",
    kolom_jumlah: "RHK dari matriks",

    ambil_judul: "Matriks peran–hasil atasan",
    ambil_jumlah: "RHK dari matriks peran–hasil atasan: {n}",
    mengintervensi: "Mengintervensi",
    ambil: "Ambil RHK dari matriks",
    diambil: "{n} RHK ditambahkan ke draf. Lengkapi IKI-nya lalu simpan SKP.",
    sudah_semua: "Semua RHK dari matriks sudah ada di SKP ini.",
    ambil_terkunci: "RHK hanya dapat diambil saat SKP berstatus draf atau dikembalikan.",
    atasan_belum: "Ada matriks untuk Anda, tetapi SKP atasannya belum ada di perangkat ini. Impor berkas penilaian atasan (menu Berkas).",
};

pub const EN: TeksMatriks = TeksMatriks {
    judul: "Role–result matrix",
    pengantar: "Split each of your RHK into the role–results of your staff (cascading). Every filled cell becomes a main RHK of that staff member, supporting the RHK of its column.",
    perlu_profil: "Enter your NIP in your profile first.",
    ke_profil: "Open profile",
    perlu_skp: "Create your own SKP with its RHK first; those RHK are the matrix columns.",
    ke_skp: "Open my SKP",
    perlu_rhk: "This SKP has no RHK yet. Add RHK to your SKP first.",
    pilih_skp: "Your SKP (its RHK are the columns)",
    skp_opsi: "{mulai} – {selesai} · {n} RHK",
    tabel_judul: "Role–results per staff member",
    gulir: "Scroll the table sideways to see every RHK.",
    kolom_bawahan: "Staff member",
    rhk_n: "RHK {n}",
    utama: "Main",
    tambahan: "Additional",
    sel_label: "Role–result of {nama} for RHK {n}: {rhk}",
    tanpa_bawahan: "No staff yet. Import their files (Files menu) or add them by NIP below.",
    tambah_judul: "Add a staff member",
    nip_label: "Staff member's NIP",
    nama_label: "Staff member's name",
    nama_petunjuk: "May be left empty; the name from their profile is used once their file is imported.",
    tambah: "Add row",
    nip_sendiri: "That is your own NIP; the matrix rows are your staff.",
    sudah_ada: "A staff member with this NIP is already in the matrix.",
    ditambah: "{nama} added. Fill in the cells, then save the matrix.",
    simpan: "Save matrix",
    tersimpan: "Matrix saved.",
    lebih_baru: "This matrix was changed elsewhere (another tab or an import), so it was not saved. Your input is still on screen; load the latest version and enter your change again if needed.",
    muat_ulang: "Load latest data",
    ganti_buang: "Unsaved matrix cells will be discarded. Continue?",
    petunjuk_kirim: "The matrix travels to your staff in the evaluation file. They import it, then take their RHK into their SKP.",
    ke_berkas: "Export an evaluation file (Files menu)",
    ringkasan_judul: "Summary per staff member",
    kolom_nip: "NIP",
    kolom_jumlah: "RHK from the matrix",

    ambil_judul: "Your superior's role–result matrix",
    ambil_jumlah: "RHK from your superior's role–result matrix: {n}",
    mengintervensi: "Supports",
    ambil: "Take the RHK from the matrix",
    diambil: "{n} RHK added to the draft. Complete their IKI, then save the SKP.",
    sudah_semua: "Every RHK from the matrix is already in this SKP.",
    ambil_terkunci: "RHK can only be taken while the SKP is a draft or returned.",
    atasan_belum: "There is a matrix for you, but your superior's SKP is not on this device yet. Import your superior's evaluation file (Files menu).",
};

pub fn teks_matriks(b: Bahasa) -> &'static TeksMatriks {
    match b {
        Bahasa::Id => &ID,
        Bahasa::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::i18n::sama_lubang;

    #[test]
    fn both_languages_use_the_same_placeholders() {
        sama_lubang(&[
            (ID.skp_opsi, EN.skp_opsi),
            (ID.rhk_n, EN.rhk_n),
            (ID.sel_label, EN.sel_label),
            (ID.ditambah, EN.ditambah),
            (ID.ambil_jumlah, EN.ambil_jumlah),
            (ID.diambil, EN.diambil),
        ]);
    }
}
