//! Text of the backup/restore screen, both languages side by side.

use crate::domain::Bahasa;

pub struct TeksCadangan {
    pub judul: &'static str,
    pub pengantar: &'static str,
    pub buat: &'static str,
    pub hapus_lama: &'static str,
    pub hapus_lama_tanya: &'static str,
    pub hapus_lama_selesai: &'static str,
    pub dibuat: &'static str,
    pub gagal: &'static str,
    /// A restore (or its undo) that did not land, storage as it was.
    pub gagal_pulih: &'static str,
    /// A restore whose putting back failed too: part backup, part what was there.
    pub gagal_pulih_setengah: &'static str,
    pub gagal_hapus: &'static str,
    pub kosong: &'static str,
    pub kolom_waktu: &'static str,
    pub kolom_alasan: &'static str,
    pub kolom_isi: &'static str,
    pub kolom_aksi: &'static str,
    pub isi_data: &'static str,
    pub pulihkan: &'static str,
    pub yakin: &'static str,
    pub ya_pulihkan: &'static str,
    pub batal: &'static str,
    pub dipulihkan: &'static str,
    /// Said while a backup is read in from storage (an agency's takes a second).
    pub membaca: &'static str,
    pub urungkan: &'static str,
    pub diurungkan: &'static str,
    /// Reason labels: otomatis, sebelum_hapus, sebelum_impor, sebelum_pemulihan, manual, and
    /// for a backup whose info cannot be read, tidak_diketahui.
    pub alasan: [(&'static str, &'static str); 6],
}

pub const ID: TeksCadangan = TeksCadangan {
    judul: "Cadangan & pemulihan",
    pengantar: "KinerjaKu menyimpan cadangan otomatis di perangkat ini: paling banyak 3 dari hari ini, satu per hari sebelumnya, 10 seluruhnya. Sebelum memulihkan, cadangan juga dibuat sehingga pemulihan dapat dibatalkan. Impor dan penghapusan diurungkan langsung di layarnya masing-masing. Lampiran (foto dan berkas bukti) tidak ikut dicadangkan: pemulihan memakai lampiran yang tersimpan sekarang, dan lampiran yang terhapus bersama entrinya ikut kembali selama isinya masih disimpan (24 jam, kecuali penyimpanan penuh).",
    buat: "Buat cadangan sekarang",
    hapus_lama: "Hapus cadangan lama",
    hapus_lama_tanya: "Hapus semua cadangan kecuali yang terbaru untuk memberi ruang penyimpanan? Data Anda sendiri tidak tersentuh.",
    hapus_lama_selesai: "{n} cadangan lama dihapus; cadangan terbaru tetap ada.",
    dibuat: "Cadangan dibuat.",
    gagal: "Cadangan tidak dapat dibuat: {detail}. Data Anda tetap utuh.",
    gagal_pulih: "Pemulihan tidak dilakukan: {detail}. Data dan cadangan Anda tetap seperti sebelumnya.",
    gagal_pulih_setengah: "Pemulihan terhenti di tengah ({detail}) dan data tidak dapat dikembalikan seluruhnya: sebagian berasal dari cadangan. Cadangan \"Sebelum pemulihan\" berisi keadaan sebelumnya; pulihkan cadangan itu setelah ruang penyimpanan dikosongkan.",
    gagal_hapus: "Cadangan lama tidak dapat dihapus: {detail}.",
    kosong: "Belum ada cadangan.",
    kolom_waktu: "Waktu",
    kolom_alasan: "Alasan",
    kolom_isi: "Isi",
    kolom_aksi: "Tindakan",
    isi_data: "{n} data · {ukuran}",
    pulihkan: "Pulihkan",
    yakin: "Pulihkan cadangan {waktu}? Keadaan sekarang dicadangkan dulu, jadi dapat dikembalikan.",
    ya_pulihkan: "Ya, pulihkan",
    batal: "Batal",
    dipulihkan: "Cadangan {waktu} telah dipulihkan.",
    membaca: "Membaca cadangan {waktu}…",
    urungkan: "Urungkan pemulihan",
    diurungkan: "Pemulihan dibatalkan; data kembali seperti sebelumnya.",
    alasan: [
        ("otomatis", "Otomatis"),
        ("sebelum_hapus", "Sebelum menghapus"),
        ("sebelum_impor", "Sebelum impor"),
        ("sebelum_pemulihan", "Sebelum pemulihan"),
        ("manual", "Dibuat sendiri"),
        ("tidak_diketahui", "Tidak diketahui (keterangannya rusak)"),
    ],
};

pub const EN: TeksCadangan = TeksCadangan {
    judul: "Backups & restore",
    pengantar: "KinerjaKu keeps automatic backups on this device: up to 3 from today, one per earlier day, 10 in all. A backup is also made before restoring, so the restore can be undone. Imports and deletions are undone on their own screens. Attachments (photos and evidence files) are not backed up: a restore keeps the attachments stored now, and one deleted with its entry comes back with it while its bytes are still held (24 hours, unless storage is full).",
    buat: "Back up now",
    hapus_lama: "Delete old backups",
    hapus_lama_tanya: "Delete every backup except the newest to free storage? Your own data is not touched.",
    hapus_lama_selesai: "{n} old backups deleted; the newest backup is kept.",
    dibuat: "Backup made.",
    gagal: "The backup could not be made: {detail}. Your data is untouched.",
    gagal_pulih: "Nothing was restored: {detail}. Your data and backups are as they were.",
    gagal_pulih_setengah: "The restore stopped halfway ({detail}) and the data could not all be put back: part of it comes from the backup. The \"Before restore\" backup holds the state from before; restore it once storage has room.",
    gagal_hapus: "Old backups could not be deleted: {detail}.",
    kosong: "No backups yet.",
    kolom_waktu: "Time",
    kolom_alasan: "Reason",
    kolom_isi: "Contents",
    kolom_aksi: "Action",
    isi_data: "{n} items · {ukuran}",
    pulihkan: "Restore",
    yakin: "Restore the backup of {waktu}? The current state is backed up first, so it can be brought back.",
    ya_pulihkan: "Yes, restore",
    batal: "Cancel",
    dipulihkan: "The backup of {waktu} has been restored.",
    membaca: "Reading the backup of {waktu}…",
    urungkan: "Undo restore",
    diurungkan: "Restore undone; the data is back as it was.",
    alasan: [
        ("otomatis", "Automatic"),
        ("sebelum_hapus", "Before deleting"),
        ("sebelum_impor", "Before import"),
        ("sebelum_pemulihan", "Before restore"),
        ("manual", "Made by you"),
        ("tidak_diketahui", "Unknown (its details are damaged)"),
    ],
};

pub fn teks_cadangan(b: Bahasa) -> &'static TeksCadangan {
    match b {
        Bahasa::Id => &ID,
        Bahasa::En => &EN,
    }
}

impl TeksCadangan {
    pub fn alasan(&self, kode: &str) -> &'static str {
        self.alasan
            .iter()
            .find(|(k, _)| *k == kode)
            .map(|(_, v)| *v)
            .unwrap_or(self.alasan[0].1)
    }
}
