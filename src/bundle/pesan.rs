//! Every word the bundle layer says, in Bahasa Indonesia and English side by side: each
//! problem says where (file, record, field), what was found and why, in plain words.
//! Values from files are only ever placed into text, never interpreted.

use super::gabung::Tindakan;
use super::jejak::Bentuk;
use super::masalah::{KodeMasalah, Masalah};
use crate::domain::explain::format_angka;
use crate::domain::{Bahasa, Rulebook};

/// Formats only the chosen language's text.
macro_rules! t {
    ($b:expr, $id:literal, $en:literal $(,)?) => {
        match $b {
            Bahasa::Id => format!($id),
            Bahasa::En => format!($en),
        }
    };
}

impl Masalah {
    /// The whole message: where, what, and the value found.
    pub fn pesan(&self, b: Bahasa) -> String {
        let berkas = &self.berkas;
        let jalur = &self.jalur;
        let mut s = match (&self.record, jalur.is_empty()) {
            (Some(id), _) => t!(
                b,
                "Berkas «{berkas}», record {id}, kolom {jalur}: ",
                "File «{berkas}», record {id}, field {jalur}: "
            ),
            (None, false) => t!(
                b,
                "Berkas «{berkas}», kolom {jalur}: ",
                "File «{berkas}», field {jalur}: "
            ),
            (None, true) => t!(b, "Berkas «{berkas}»: ", "File «{berkas}»: "),
        };
        s.push_str(&uraian(&self.kode, &self.nilai, b));
        if !self.nilai.is_empty() {
            let nilai = &self.nilai;
            s.push_str(&t!(
                b,
                " Nilai di berkas: «{nilai}».",
                " Value in the file: «{nilai}»."
            ));
        }
        s
    }
}

/// What is wrong, without the location.
pub fn uraian(kode: &KodeMasalah, nilai: &str, b: Bahasa) -> String {
    use KodeMasalah as K;
    match kode {
        K::TerlaluBesar { ukuran, batas } => {
            let (mut u, mut l) = (format!("{} MB", mb(*ukuran, b)), format!("{} MB", mb(*batas, b)));
            // "50 MB, over the 50 MB limit": rounding hid the difference; say it in bytes.
            if u == l {
                (u, l) = (format!("{ukuran} byte"), format!("{batas} byte"));
            }
            t!(b, "berkas berukuran {u}, melebihi batas {l}. Tidak ada yang diimpor.",
                "the file is {u}, over the {l} limit. Nothing was imported.")
        }
        K::TerlaluDalam { batas, baris, kolom } => t!(b,
            "isinya bersarang lebih dari {batas} tingkat (baris {baris}, kolom {kolom}); ini bukan ekspor KinerjaKu yang utuh. Tidak ada yang diimpor.",
            "its content is nested deeper than {batas} levels (line {baris}, column {kolom}); this is not an intact KinerjaKu export. Nothing was imported."),
        K::BukanJson { baris, kolom, terpotong: true } => t!(b,
            "berkas terpotong: isinya berhenti di baris {baris}, kolom {kolom}. Mungkin unduhan atau salinannya belum selesai. Tidak ada yang diimpor.",
            "the file is cut short: it stops at line {baris}, column {kolom}. The download or copy may not have finished. Nothing was imported."),
        K::BukanJson { baris, kolom, terpotong: false } => t!(b,
            "berkas bukan JSON yang sah (kesalahan di baris {baris}, kolom {kolom}); mungkin rusak atau bukan berkas KinerjaKu. Tidak ada yang diimpor.",
            "the file is not valid JSON (error at line {baris}, column {kolom}); it may be damaged or not a KinerjaKu file. Nothing was imported."),
        K::BukanBundle => t!(b,
            "ini bukan bundle KinerjaKu (kolom «format» harus berisi \"kinerjaku-bundle\"). Tidak ada yang diimpor.",
            "this is not a KinerjaKu bundle (the «format» field must be \"kinerjaku-bundle\"). Nothing was imported."),
        K::SkemaLebihBaru { versi, didukung } => t!(b,
            "berkas dibuat oleh versi KinerjaKu yang lebih baru (skema {versi}; aplikasi ini mengenal sampai skema {didukung}). Perbarui aplikasi, lalu impor lagi. Tidak ada yang diimpor.",
            "the file was made by a newer version of KinerjaKu (schema {versi}; this app knows up to schema {didukung}). Update the app, then import again. Nothing was imported."),
        K::SkemaTidakDidukung { versi, tertua } => t!(b,
            "skema {versi} tidak dikenal: aplikasi ini membaca skema {tertua} ke atas. Tidak ada yang diimpor.",
            "schema {versi} is unknown: this app reads schema {tertua} and later. Nothing was imported."),
        K::MigrasiGagal { dari, alasan } => t!(b,
            "berkas skema {dari} tidak dapat diperbarui ke skema sekarang ({alasan}). Tidak ada yang diimpor.",
            "the schema {dari} file could not be brought up to the current schema ({alasan}). Nothing was imported."),
        K::TerlaluBanyakRecord { jumlah, batas } => t!(b,
            "berkas berisi {jumlah} record, melebihi batas {batas}. Tidak ada yang diimpor.",
            "the file holds {jumlah} records, over the limit of {batas}. Nothing was imported."),
        K::JenisBundleTidakDikenal => t!(b,
            "jenis bundle tidak dikenal; yang dikenal: pegawai, penilaian, rulebook, rekap.",
            "unknown bundle kind; known kinds: pegawai, penilaian, rulebook, rekap."),
        K::RekapBukanDariAdmin => t!(b,
            "berkas rekap instansi hanya dapat dibuat oleh admin kepegawaian, sedangkan pengekspor berkas ini memakai peran lain. Tidak ada yang diimpor.",
            "an agency rekap file can only be made by an HR admin (admin kepegawaian), but this file's exporter has another role. Nothing was imported."),
        K::RekapHanyaAdmin { peran } => {
            let peran = nama_peran(peran, b);
            t!(b,
                "berkas rekap instansi hanya dapat diimpor di perangkat admin kepegawaian, sedangkan perangkat ini memakai peran {peran}. Rekap membawa data seluruh pegawai instansi (profil, SKP, realisasi, evaluasi, dialog kinerja) yang tidak disimpan oleh peran ini. Tidak ada yang diimpor.",
                "an agency rekap file can only be imported on an HR admin's (admin kepegawaian) device, and this device uses the role {peran}. A rekap carries every pegawai's records of the agency (profiles, SKP, realisasi, evaluations, performance dialogues), which this role does not keep. Nothing was imported.")
        }
        K::PeranTidakDikenal => t!(b,
            "peran pengekspor tidak dikenal; yang dikenal: pegawai, pejabat_penilai, admin_kepegawaian.",
            "unknown exporter role; known roles: pegawai, pejabat_penilai, admin_kepegawaian."),
        K::KolomHilang { kolom } => t!(b,
            "kolom wajib «{kolom}» tidak ada.",
            "the required field «{kolom}» is missing."),
        K::TipeSalah { ada, harap } => {
            let (ada, harap) = (bentuk(*ada, b), harapan(harap, b));
            t!(b, "isinya {ada}, padahal seharusnya {harap}.", "it holds {ada} where {harap} is expected.")
        }
        K::NilaiTidakDikenal { pilihan } => {
            let pilihan = pilihan.join(", ");
            t!(b, "nilai tidak dikenal; pilihan yang sah: {pilihan}.", "unknown value; valid choices: {pilihan}.")
        }
        K::TanggalTidakSah { .. } => t!(b,
            "bukan tanggal yang sah. Contoh yang benar: 2026-01-31, atau untuk waktu 2026-01-31T08:00:00+07:00.",
            "not a valid date. Correct examples: 2026-01-31, or for a time 2026-01-31T08:00:00+07:00."),
        K::StringTerlaluPanjang { panjang, batas } => t!(b,
            "teks sepanjang {panjang} byte melebihi batas {batas} byte.",
            "a text of {panjang} bytes is over the {batas}-byte limit."),
        K::IdTidakSah => t!(b,
            "id record harus berupa UUID, misalnya 3f2b8c1e-9a4d-4e7b-8c2a-1b2c3d4e5f60.",
            "a record id must be a UUID, for example 3f2b8c1e-9a4d-4e7b-8c2a-1b2c3d4e5f60."),
        K::IdTidakCocok => t!(b,
            "id data berbeda dari id record; sebuah record hanya boleh memuat objeknya sendiri.",
            "the data's id differs from the record's id; a record may only carry its own object."),
        K::DaftarTerlaluPanjang { panjang, batas } => t!(b,
            "daftar berisi {panjang} butir, melebihi batas {batas} butir.",
            "a list of {panjang} items is over the limit of {batas} items."),
        K::RevisiTerlaluBesar { batas } => t!(b,
            "nomor revisi melebihi {batas}; nomor sebesar itu bukan hasil penyuntingan.",
            "the revision number is over {batas}; no editing produces a number that large."),
        K::RevisiMelompat { lokal, masuk } => t!(b,
            "revisi {masuk} jauh melampaui revisi {lokal} yang tersimpan; record ini tidak diimpor.",
            "revision {masuk} is far beyond the stored revision {lokal}; this record is not imported."),
        K::IdGanda { kali } => t!(b,
            "id ini muncul {kali} kali dalam berkas; tidak satu pun diimpor karena tidak jelas mana yang benar.",
            "this id appears {kali} times in the file; none of them is imported because it is unclear which is right."),
        K::JenisRecordTidakDikenal => t!(b,
            "jenis record tidak dikenal oleh aplikasi ini.",
            "this app does not know this record type."),
        K::JenisRecordTidakCocok { bundle } => {
            let bundle = bundle.kode();
            t!(b, "record jenis ini tidak termasuk dalam bundle «{bundle}».", "records of this type do not belong in a «{bundle}» bundle.")
        }
        K::DiLuarJangkauan { harap } => {
            let harap = harapan(harap, b);
            t!(b, "nilainya di luar jangkauan; seharusnya {harap}.", "the value is out of range; {harap} is expected.")
        }
        K::PanjangSalah { panjang, harap } => {
            let harap = harapan(harap, b);
            t!(b, "daftar berisi {panjang} butir, padahal seharusnya {harap}.", "the list holds {panjang} items where {harap} is expected.")
        }
        // Never the parser's words: the field's path and its value are shown beside this.
        K::DataTidakSesuai { .. } => t!(b,
            "isinya tidak sesuai dengan bentuk yang diharapkan untuk kolom ini.",
            "the content does not have the shape this field expects."),
        K::RulebookTidakKonsisten { galat } => {
            let alasan = galat.pesan(Rulebook::aktif(), b);
            t!(b, "rulebook tidak konsisten: {alasan}", "the rulebook is inconsistent: {alasan}")
        }
        K::AturanDilanggar { galat } => {
            let alasan = galat.pesan(Rulebook::aktif(), b);
            t!(b, "melanggar aturan: {alasan}", "breaks a rule: {alasan}")
        }
        K::TanpaWewenang { galat } => {
            let alasan = galat.pesan(Rulebook::aktif(), b);
            t!(b, "tanpa wewenang: {alasan}", "not authorised: {alasan}")
        }
        K::SalinanRekap { galat } => {
            let alasan = galat.pesan(Rulebook::aktif(), b);
            t!(b,
                "salinan dalam berkas rekap ini ditolak: tidak satu pun pihak data ini dapat mengubahnya seperti ini. {alasan} Rekap hanya meneruskan data sebagaimana dibuat pemiliknya dan tidak memberi wewenang untuk mengubahnya; data ini di perangkat ini tidak berubah.",
                "the copy in this rekap file is refused: none of this record's own parties could have changed it this way. {alasan} A rekap only passes records on as their owners made them and grants no authority to change them; this record on this device does not change.")
        }
        K::JenisBerbeda { lokal } => t!(b,
            "id yang sama sudah dipakai record jenis «{lokal}» di perangkat ini; record ini tidak diimpor.",
            "the same id is already used by a «{lokal}» record on this device; this record is not imported."),
        K::DigestTidakCocok => t!(b,
            "berkas telah diubah atau rusak: sidik SHA-256-nya tidak cocok dengan isinya. Periksa setiap perubahan sebelum mengimpor.",
            "the file was changed or damaged: its SHA-256 digest does not match its content. Check every change before importing."),
        K::DigestTidakAda => t!(b,
            "berkas tidak memuat sidik SHA-256, jadi keutuhannya tidak dapat diperiksa.",
            "the file carries no SHA-256 digest, so its integrity cannot be checked."),
        K::AlgoritmaDigestTidakDikenal => t!(b,
            "algoritma sidik «{nilai}» tidak dikenal, jadi keutuhan berkas tidak dapat diperiksa.",
            "the digest algorithm «{nilai}» is unknown, so the file's integrity cannot be checked."),
        K::NilaiTurunanDibuang => t!(b,
            "nilai ini selalu dihitung ulang oleh aplikasi, jadi yang ada di berkas diabaikan.",
            "the app always recomputes this value, so the one in the file is ignored."),
        K::Dimigrasi { dari, ke } => t!(b,
            "berkas skema {dari} diperbarui ke skema {ke} sebelum diperiksa.",
            "the schema {dari} file was brought up to schema {ke} before checking."),
    }
}

/// A device role (`Settings::peran`'s code) in words; empty when none was chosen.
fn nama_peran(kode: &str, b: Bahasa) -> String {
    match kode {
        "pegawai" => t!(b, "Pegawai", "Pegawai (employee)"),
        "pejabat_penilai" => t!(
            b,
            "Pejabat Penilai",
            "Pejabat Penilai (evaluating official)"
        ),
        "admin_kepegawaian" => t!(b, "Admin Kepegawaian", "Admin Kepegawaian (HR admin)"),
        "" => t!(b, "yang belum dipilih", "not chosen yet"),
        lain => format!("«{lain}»"),
    }
}

fn mb(byte: u64, b: Bahasa) -> String {
    format_angka(byte as f64 / (1024.0 * 1024.0), b)
}

fn bentuk(x: Bentuk, b: Bahasa) -> String {
    match x {
        Bentuk::Kosong => t!(b, "kosong (null)", "null"),
        Bentuk::Boolean => t!(b, "ya/tidak (boolean)", "true/false"),
        Bentuk::Bilangan => t!(b, "bilangan", "a number"),
        Bentuk::Teks => t!(b, "teks", "text"),
        Bentuk::Daftar => t!(b, "daftar", "a list"),
        Bentuk::Objek => t!(b, "objek", "an object"),
        Bentuk::Lain => t!(b, "nilai lain", "another value"),
    }
}

/// serde describes the wanted type in its own terms ("a string", "u64", "struct Skp");
/// the common ones are put into plain words, anything else is quoted as is.
fn harapan(harap: &str, b: Bahasa) -> String {
    let h = harap.to_ascii_lowercase();
    // Say which number: "bilangan, padahal seharusnya bilangan" for a −1 or a 1.5 helps nobody.
    // A small type says its range, so "300" out of range reads as such.
    let atas = match h.as_str() {
        "u8" => Some(u8::MAX as u64),
        "u16" => Some(u16::MAX as u64),
        "u32" => Some(u32::MAX as u64),
        _ => None,
    };
    if let Some(atas) = atas {
        return t!(
            b,
            "bilangan bulat 0 sampai {atas}",
            "a whole number from 0 to {atas}"
        );
    }
    if ["u64", "usize"].contains(&h.as_str()) {
        return t!(
            b,
            "bilangan bulat 0 atau lebih",
            "a whole number of 0 or more"
        );
    }
    if ["i8", "i16", "i32", "i64", "isize"].contains(&h.as_str()) || h.contains("integer") {
        return t!(b, "bilangan bulat", "a whole number");
    }
    if h.contains("date") {
        t!(b, "tanggal", "a date")
    } else if h == "a string" || h == "string" {
        bentuk(Bentuk::Teks, b)
    } else if h == "a boolean" {
        bentuk(Bentuk::Boolean, b)
    } else if h == "f32" || h == "f64" || h.contains("number") {
        bentuk(Bentuk::Bilangan, b)
    } else if let (true, Some(n)) = (
        h.contains("array") || h.contains("tuple"),
        h.split(|c: char| !c.is_ascii_digit())
            .find(|d| !d.is_empty()),
    ) {
        t!(b, "daftar berisi {n} butir", "a list of {n} items")
    } else if h.contains("sequence") || h.contains("tuple") || h.contains("array") {
        bentuk(Bentuk::Daftar, b)
    } else if h.starts_with("struct") || h.contains("map") || h.contains("enum") {
        bentuk(Bentuk::Objek, b)
    } else {
        format!("«{harap}»")
    }
}

impl Tindakan {
    /// The import report's word for what happens to a record.
    pub fn label(self, b: Bahasa) -> String {
        match self {
            Tindakan::Tambah => t!(b, "ditambahkan", "added"),
            Tindakan::Perbarui => t!(b, "diperbarui", "updated"),
            Tindakan::TidakBerubah => t!(b, "sama, dibiarkan", "identical, left alone"),
            Tindakan::LebihLama => t!(
                b,
                "lebih lama dari data di perangkat ini, dibiarkan",
                "older than the data on this device, left alone"
            ),
            Tindakan::Gabung => t!(
                b,
                "digabung: perubahan kedua sisi dipertahankan",
                "merged: both sides' changes kept"
            ),
            Tindakan::Konflik => t!(
                b,
                "diubah di kedua sisi: pilih salah satu",
                "changed on both sides: choose one"
            ),
            Tindakan::Ditolak => t!(b, "ditolak", "refused"),
        }
    }
}

#[cfg(test)]
#[path = "pesan_tests.rs"]
mod tests;
