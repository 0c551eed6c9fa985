//! The shell's text (one file per language) and the helpers every feature's `teks.rs` uses.
//! `Teks` is a struct, so a string missing in one language is a compile error rather than a
//! blank on screen. Each feature folder keeps its own texts next to its screens.

mod en;
mod id;
pub mod periode;

use crate::domain::Bahasa;
use crate::store::{Peran, StoreError};

/// Every user-visible string of the shell. Placeholders in braces are filled with [`isi`].
pub struct Teks {
    pub kode_bahasa: &'static str,
    pub nama_bahasa_lain: &'static str,
    pub ganti_bahasa_aria: &'static str,
    /// The other language's short code, shown on the switch on a phone.
    pub kode_bahasa_lain: &'static str,
    pub nama_aplikasi: &'static str,
    pub slogan: &'static str,
    /// Shown while saved changes are still on their way to IndexedDB.
    pub menyimpan: &'static str,
    pub lewati_ke_konten: &'static str,
    pub navigasi_utama: &'static str,
    /// The button that opens the collapsed navigation on a narrow screen.
    pub menu: &'static str,
    pub nav_beranda: &'static str,
    pub nav_tentang: &'static str,
    pub nav_bimbingan: &'static str,
    pub nav_evaluasi: &'static str,
    pub nav_penilaian: &'static str,
    pub nav_pengembangan: &'static str,
    pub nav_pengembangan_instansi: &'static str,
    pub nav_talenta: &'static str,
    pub nav_matriks: &'static str,
    pub nav_instansi: &'static str,
    pub nav_organisasi: &'static str,
    pub nav_rendah: &'static str,
    pub memuat: &'static str,
    pub tersimpan: &'static str,
    pub kaki: &'static str,

    pub peran_nama: [&'static str; 3],
    pub peran_uraian: [&'static str; 3],

    pub sambut_judul: &'static str,
    pub sambut_paragraf: [&'static str; 3],
    pub sambut_poin_judul: &'static str,
    pub sambut_poin: [&'static str; 4],
    pub sambut_pilih_peran: &'static str,
    pub sambut_nama_label: &'static str,
    pub sambut_nama_petunjuk: &'static str,
    pub sambut_bahasa_label: &'static str,
    pub sambut_mulai: &'static str,
    pub sambut_peran_wajib: &'static str,

    pub beranda_halo: &'static str,
    pub beranda_halo_anonim: &'static str,
    pub beranda_peran: &'static str,
    pub beranda_ganti_peran: &'static str,
    pub siklus_judul: &'static str,
    pub siklus_sumber: &'static str,
    pub siklus_tahap: [&'static str; 4],
    /// What each role does at each stage: `[peran][tahap]`.
    pub siklus_tugas: [[&'static str; 4]; 3],
    pub data_judul: &'static str,
    pub data_paragraf: [&'static str; 2],

    pub tentang_judul: &'static str,
    pub versi_label: &'static str,
    pub aturan_label: &'static str,
    pub pengaturan_judul: &'static str,
    pub bahasa_label: &'static str,
    pub peran_label: &'static str,
    pub nama_label: &'static str,
    pub simpan: &'static str,
    pub penyimpanan_judul: &'static str,
    pub penyimpanan_kami: &'static str,
    pub penyimpanan_situs: &'static str,
    pub penyimpanan_kuota: &'static str,
    pub penyimpanan_tempat: &'static str,
    pub tidak_diketahui: &'static str,
    pub persisten_label: &'static str,
    pub persisten_ya: &'static str,
    pub persisten_tidak: &'static str,
    pub persisten_minta: &'static str,
    pub persisten_penjelasan: &'static str,
    pub pembaruan_judul: &'static str,
    pub pembaruan_periksa: &'static str,
    pub pembaruan_terbaru: &'static str,
    pub pembaruan_tidak_didukung: &'static str,
    pub privasi_judul: &'static str,
    pub privasi_paragraf: [&'static str; 3],

    pub banner_versi_baru: &'static str,
    /// Asked before a route change while a form holds unsaved input.
    pub tinggalkan_isian: &'static str,
    pub banner_muat_ulang: &'static str,
    pub banner_simpan_dulu: &'static str,
    pub banner_kuota_penuh: &'static str,
    pub banner_ekspor: &'static str,
    pub banner_coba_lagi: &'static str,
    pub banner_rusak: &'static str,
    pub banner_tak_terbaca: &'static str,
    pub banner_gagal_simpan: &'static str,
    pub banner_cadangan_tidak_muat: &'static str,
    pub tutup: &'static str,
    /// Start-up found an import (or its undo) cut short by a closed tab and rolled it back.
    /// In the shell's table because the shell shows it on whatever screen the app opens,
    /// before any feature's chunk (and its texts) is here.
    pub banner_impor_dipulihkan: &'static str,
    pub banner_urungkan_dipulihkan: &'static str,
    pub banner_dibiarkan: &'static str,
    pub banner_impor_belum_pulih: &'static str,
    /// IndexedDB could not be opened or read: the app runs on localStorage.
    pub banner_tanpa_idb: &'static str,
    /// The move from localStorage to IndexedDB did not finish: localStorage is untouched.
    pub banner_pindah_gagal: &'static str,
    /// Two tabs changed the same records at once; this tab's versions are in quarantine.
    pub banner_bentrok: &'static str,
    /// A storage error in words (see [`galat_penyimpanan`]).
    pub galat_kuota: &'static str,
    pub galat_tak_tersedia: &'static str,
    pub galat_verifikasi: &'static str,
    pub galat_lain: &'static str,
    pub galat_tidak_ada: &'static str,

    pub tidak_ditemukan_judul: &'static str,
    pub tidak_ditemukan_teks: &'static str,
    pub kembali_ke_beranda: &'static str,
    /// Navigation labels of the lazy features live here, in the shell's table, so the
    /// first download does not carry those features' own text tables.
    pub nav_profil: &'static str,
    pub nav_skp: &'static str,
    pub nav_progres: &'static str,
    pub nav_tim: &'static str,
    pub nav_data: &'static str,
    pub nav_cadangan: &'static str,
    pub layar_memuat: &'static str,
    pub layar_gagal: &'static str,
    pub layar_coba_lagi: &'static str,
}

impl Teks {
    pub fn peran(&self, p: Peran) -> &'static str {
        self.peran_nama[peran_index(p)]
    }
    pub fn uraian_peran(&self, p: Peran) -> &'static str {
        self.peran_uraian[peran_index(p)]
    }
}

pub fn peran_index(p: Peran) -> usize {
    match p {
        Peran::Pegawai => 0,
        Peran::PejabatPenilai => 1,
        Peran::AdminKepegawaian => 2,
    }
}

/// A storage error in the person's language: never `StoreError`'s English inside an
/// Indonesian sentence. The browser's own words, where there are any, stay as the detail.
pub fn galat_penyimpanan(e: &StoreError, t: &Teks) -> String {
    match e {
        StoreError::QuotaFull => t.galat_kuota.to_string(),
        StoreError::Unavailable(d) => isi(t.galat_tak_tersedia, &[("detail", d)]),
        StoreError::VerifyFailed { key } => isi(t.galat_verifikasi, &[("kunci", key)]),
        StoreError::Other(d) => isi(t.galat_lain, &[("detail", d)]),
        StoreError::TidakAda(k) => isi(t.galat_tidak_ada, &[("kunci", k)]),
    }
}

/// The text table for a language.
pub fn teks(b: Bahasa) -> &'static Teks {
    match b {
        Bahasa::Id => &id::TEKS,
        Bahasa::En => &en::TEKS,
    }
}

/// Fills `{name}` placeholders in one pass over the template (a table fills one per cell); a
/// value is never searched for placeholders itself, and an unknown `{name}` stays as written.
pub fn isi(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut sisa = template;
    while let Some(a) = sisa.find('{') {
        out.push_str(&sisa[..a]);
        let ekor = &sisa[a + 1..];
        let isian = ekor.find('}').and_then(|z| {
            let (_, v) = pairs.iter().find(|(k, _)| *k == &ekor[..z])?;
            Some((v, z))
        });
        match isian {
            Some((v, z)) => {
                out.push_str(v);
                sisa = &ekor[z + 1..];
            }
            None => {
                out.push('{');
                sisa = ekor;
            }
        }
    }
    out.push_str(sisa);
    out
}

/// The `{placeholders}` of a text, sorted: both languages of a string must name the same ones.
/// Test helper: each (Indonesian, English) pair names the same `{placeholders}`, so `isi`
/// fills both languages alike.
#[cfg(test)]
pub(crate) fn sama_lubang(pasangan: &[(&str, &str)]) {
    let lubang = |s: &str| {
        let mut v: Vec<String> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split('}').next().map(String::from))
            .collect();
        v.sort_unstable();
        v
    };
    for (a, b) in pasangan {
        assert_eq!(lubang(a), lubang(b), "{a} / {b}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(isi("Halo, {nama}!", &[("nama", "Sari")]), "Halo, Sari!");
        let dua = [("n", "3"), ("sisa", "{n}")];
        assert_eq!(isi("{n} dari {sisa}, {n}", &dua), "3 dari {n}, 3");
        assert_eq!(isi("{x} {{n}} {n", &dua), "{x} {3} {n");
        assert_eq!(isi("", &dua), "");
        assert_eq!(isi("Rp {n}}", &[("n", "5")]), "Rp 5}");
    }

    #[test]
    fn language_codes() {
        assert_eq!(teks(Bahasa::Id).kode_bahasa, "id");
        assert_eq!(teks(Bahasa::En).kode_bahasa, "en");
    }
}

#[cfg(test)]
#[path = "lubang_tests.rs"]
mod lubang_tests;
