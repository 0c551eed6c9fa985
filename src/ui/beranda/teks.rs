//! Text of the home screen's "what is due" list, both languages side by side.

use crate::domain::Bahasa;

pub struct TeksAgenda {
    pub judul: &'static str,
    pub kosong: &'static str,
    pub isi_profil: &'static str,
    pub susun_skp: &'static str,
    pub ajukan_skp: &'static str,
    pub perbaiki_skp: &'static str,
    pub tunggu: &'static str,
    pub catat_realisasi: &'static str,
    pub tinjau_skp: &'static str,
    pub tanggapi: &'static str,
    pub evaluasi_berikutnya: &'static str,
    pub evaluasi_bawahan: &'static str,
}

pub const ID: TeksAgenda = TeksAgenda {
    judul: "Yang perlu dilakukan",
    kosong: "Tidak ada yang tertunda. Terima kasih!",
    isi_profil: "Isi profil Anda (NIP, golongan, jabatan).",
    susun_skp: "Susun SKP tahun ini.",
    ajukan_skp: "SKP masih draf: lengkapi lalu ajukan ke pejabat penilai.",
    perbaiki_skp: "SKP dikembalikan: {alasan} — perbaiki lalu ajukan lagi.",
    tunggu: "SKP menunggu persetujuan pejabat penilai.",
    catat_realisasi: "Belum ada realisasi untuk bulan {bulan}: catat progres dan bukti dukungnya.",
    tinjau_skp: "{jumlah} SKP bawahan menunggu tinjauan Anda.",
    tanggapi: "{jumlah} evaluasi dari atasan belum Anda tanggapi.",
    evaluasi_berikutnya: "Evaluasi berikutnya: {periode}, berakhir {tanggal}.",
    evaluasi_bawahan: "Evaluasi {periode} belum dibuat untuk {jumlah} bawahan.",
};

pub const EN: TeksAgenda = TeksAgenda {
    judul: "What is due",
    kosong: "Nothing is pending. Thank you!",
    isi_profil: "Fill in your profile (NIP, grade, position).",
    susun_skp: "Write this year's SKP.",
    ajukan_skp: "Your SKP is a draft: complete it and submit it.",
    perbaiki_skp: "SKP returned: {alasan} — fix it and submit again.",
    tunggu: "Your SKP awaits the evaluator's approval.",
    catat_realisasi: "No actuals for {bulan} yet: record progress and evidence.",
    tinjau_skp: "{jumlah} staff SKP await your review.",
    tanggapi: "{jumlah} evaluation(s) from your superior await your response.",
    evaluasi_berikutnya: "Next evaluation: {periode}, ending {tanggal}.",
    evaluasi_bawahan: "The {periode} evaluation is not done yet for {jumlah} staff.",
};

pub fn teks_agenda(b: Bahasa) -> &'static TeksAgenda {
    match b {
        Bahasa::Id => &ID,
        Bahasa::En => &EN,
    }
}
