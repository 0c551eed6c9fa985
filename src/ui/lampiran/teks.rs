//! Text of attached photos and PDFs, both languages side by side.

use crate::domain::Bahasa;

pub struct TeksLampiran {
    // While the chunk is fetched, or when it cannot be.
    pub memuat: &'static str,
    pub gagal_muat: &'static str,
    pub coba_lagi: &'static str,
    // The pegawai's field in the entry form.
    pub lampiran: &'static str,
    pub petunjuk: &'static str,
    pub memproses: &'static str,
    pub ukuran: &'static str,
    pub baru: &'static str,
    pub buang: &'static str,
    pub buang_aria: &'static str,
    pub pemakaian: &'static str,
    pub pemakaian_nisan: &'static str,
    pub sisa: &'static str,
    // A stored attachment and its "open".
    pub buka: &'static str,
    pub buka_aria: &'static str,
    pub hilang: &'static str,
    pub tidak_ada: &'static str,
    pub gagal_buka: &'static str,
    // An undo that came too late.
    pub isi_dilepas: &'static str,
}

pub const ID: TeksLampiran = TeksLampiran {
    memuat: "Memuat bagian lampiran…",
    gagal_muat: "Bagian lampiran tidak dapat dimuat ({detail}). Periksa sambungan, lalu coba lagi; yang lain di layar ini tetap dapat dipakai.",
    coba_lagi: "Coba lagi",
    lampiran: "Lampirkan foto atau PDF (opsional)",
    petunjuk: "Foto diperkecil (sisi terpanjang paling banyak {sisi} piksel, JPEG) sebelum disimpan di perangkat ini. Paling besar {batas} per lampiran, {maks} lampiran per realisasi. Lampiran ikut dalam berkas yang Anda kirim ke pejabat penilai.",
    memproses: "Menyiapkan lampiran…",
    ukuran: "{ukuran}, memakai sekitar {tersimpan} penyimpanan",
    baru: "belum disimpan",
    buang: "Lepas",
    buang_aria: "Lepas lampiran {nama}",
    pemakaian: "Semua lampiran memakai {ukuran} penyimpanan ({jumlah} berkas).",
    pemakaian_nisan: "Termasuk lampiran yang baru dihapus, disimpan {jam} jam agar penghapusan dapat diurungkan.",
    sisa: "Seluruh data aplikasi: {dipakai} dari sekitar {kapasitas}; sisa sekitar {sisa}.",
    buka: "Buka",
    buka_aria: "Buka lampiran {nama}",
    hilang: "Lampiran {nama} tidak ada di perangkat ini (belum diterima atau sudah dihapus).",
    tidak_ada: "Lampiran tidak ada di perangkat ini (belum diterima atau sudah dihapus).",
    gagal_buka: "Lampiran {nama} tidak dapat dibuka: {alasan}",
    isi_dilepas: "Realisasi tidak dikembalikan: {jumlah} lampirannya sudah dilepas dari penyimpanan (penghapusan lebih dari {jam} jam yang lalu, atau ruang dipakai untuk lampiran baru). Catat ulang realisasi itu bila perlu.",
};

pub const EN: TeksLampiran = TeksLampiran {
    memuat: "Loading the attachments part…",
    gagal_muat: "The attachments part cannot be loaded ({detail}). Check the connection and try again; the rest of this screen still works.",
    coba_lagi: "Try again",
    lampiran: "Attach a photo or PDF (optional)",
    petunjuk: "Photos are scaled down (at most {sisi} pixels on the long side, JPEG) before they are stored on this device. At most {batas} per attachment, {maks} attachments per actual. Attachments travel in the file you send to your pejabat penilai.",
    memproses: "Preparing the attachment…",
    ukuran: "{ukuran}, takes about {tersimpan} of storage",
    baru: "not saved yet",
    buang: "Remove",
    buang_aria: "Remove attachment {nama}",
    pemakaian: "All attachments take {ukuran} of storage ({jumlah} files).",
    pemakaian_nisan: "This includes recently deleted attachments, kept for {jam} hours so the delete can be undone.",
    sisa: "All app data: {dipakai} of about {kapasitas}; about {sisa} left.",
    buka: "Open",
    buka_aria: "Open attachment {nama}",
    hilang: "The attachment {nama} is not on this device (not received yet, or deleted).",
    tidak_ada: "The attachment is not on this device (not received yet, or deleted).",
    gagal_buka: "The attachment {nama} cannot be opened: {alasan}",
    isi_dilepas: "The actual was not brought back: {jumlah} of its attachments were already removed from storage (deleted more than {jam} hours ago, or the room went to a new attachment). Record that actual again if needed.",
};

pub fn teks_lampiran(b: Bahasa) -> &'static TeksLampiran {
    match b {
        Bahasa::Id => &ID,
        Bahasa::En => &EN,
    }
}
