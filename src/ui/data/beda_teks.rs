//! Words for the dry run's changes (`bundle::beda`): a field's name and a value as a person
//! reads them, e.g. "Rating hasil kerja: Sesuai Ekspektasi → Di Atas Ekspektasi".

use crate::bundle::beda::Beda;
use crate::domain::{Bahasa, Rulebook};
use serde_json::Value;

/// The field's name in the person's language; unknown fields by their key, spaced.
pub fn label_kolom(kolom: &str, b: Bahasa) -> String {
    let (id, en) = match kolom {
        "nama" => ("Nama", "Name"),
        "nip" => ("NIP", "NIP"),
        "golongan" => ("Golongan", "Grade"),
        "jenjang" => ("Jenjang", "Level"),
        "jabatan" => ("Jabatan", "Position"),
        "unit_kerja" => ("Unit kerja", "Work unit"),
        "instansi" => ("Instansi", "Agency"),
        "jenis_pegawai" => ("Jenis pegawai", "Employee type"),
        "angka_kredit_awal" => ("Angka kredit awal", "Starting credit points"),
        "angka_kredit_sejak" => ("Angka kredit dihitung sejak", "Credit points counted from"),
        "pejabat_penilai" => ("Pejabat penilai", "Assessing official"),
        "atasan_pejabat_penilai" => ("Atasan pejabat penilai", "Assessing official's superior"),
        "pejabat_penilai_nip" => ("NIP pejabat penilai", "Assessing official's NIP"),
        "status" => ("Status", "Status"),
        "riwayat" => ("Riwayat status", "Status history"),
        "rhk" => ("RHK", "RHK"),
        "perilaku" => ("Perilaku kerja", "Work behaviour"),
        "lampiran" => ("Lampiran", "Attachment"),
        "periode" => ("Periode", "Period"),
        "periode_mulai" => ("Periode mulai", "Period start"),
        "periode_selesai" => ("Periode selesai", "Period end"),
        "rating_rhk" => ("Rating per RHK", "Rating per RHK"),
        "rating_hasil" => ("Rating hasil kerja", "Work result rating"),
        "rating_perilaku" => ("Rating perilaku kerja", "Work behaviour rating"),
        "tanggapan" => ("Tanggapan", "Response"),
        "tanggal" => ("Tanggal", "Date"),
        "nilai" => ("Nilai", "Value"),
        "catatan" => ("Catatan", "Note"),
        "bukti" => ("Bukti dukung", "Evidence"),
        "peserta" => ("Peserta", "Participants"),
        "capaian" => ("Capaian", "Achievement"),
        "kendala" => ("Kendala", "Obstacles"),
        "langkah_disepakati" => ("Langkah disepakati", "Agreed steps"),
        "tindak_lanjut" => ("Tindak lanjut", "Follow-up"),
        "isi" => ("Isi", "Content"),
        "judul" => ("Judul", "Title"),
        "jp" => ("JP", "JP"),
        "terverifikasi" => ("Terverifikasi", "Verified"),
        "akumulasi" => ("Cara realisasi dihitung", "How actuals add up"),
        "akumulasi_dipilih" => ("Cara hitung dipilih sendiri", "Way of adding up chosen"),
        "aspek" => ("Aspek", "Aspect"),
        "baris" => ("Baris", "Rows"),
        "capaian_organisasi" => ("Capaian kinerja organisasi", "Organisation performance"),
        "dari_nip" => ("NIP pemberi", "Giver's NIP"),
        "delegasi" => ("Delegasi", "Delegation"),
        "dukungan_sumber_daya" => ("Dukungan sumber daya", "Resource support"),
        "ekspektasi_khusus" => (
            "Ekspektasi khusus pimpinan",
            "Leader's specific expectations",
        ),
        "id" => ("Id", "Id"),
        "iki" => ("IKI", "IKI"),
        "iki_id" => ("IKI", "IKI"),
        "indikator" => ("Indikator", "Indicator"),
        "jenis" => ("Jenis", "Kind"),
        "ke" => ("Ke-", "Number"),
        "konsekuensi" => ("Konsekuensi", "Consequences"),
        "pegawai_nip" => ("NIP pegawai", "Employee's NIP"),
        "pendekatan" => ("Pendekatan", "Approach"),
        "penilai_nip" => ("NIP penilai", "Assessor's NIP"),
        "penugasan_dari" => ("Penugasan dari", "Assigned by"),
        "peran_hasil" => ("Peran dan hasil", "Roles and results"),
        "perspektif" => ("Perspektif", "Perspective"),
        "pimpinan_unit" => ("Pimpinan unit kerja", "Head of work unit"),
        "plt_plh" => ("Plt./Plh.", "Acting official"),
        "rating" => ("Rating", "Rating"),
        "realisasi" => ("Realisasi", "Actual"),
        "realisasi_id" => ("Realisasi", "Actual"),
        "rhk_atasan_id" => ("RHK atasan yang diintervensi", "Superior's RHK supported"),
        "rhk_atasan_uraian" => ("Uraian RHK atasan", "Superior's RHK text"),
        "rhk_id" => ("RHK", "RHK"),
        "sel" => ("Sel", "Cells"),
        "skema_pertanggungjawaban" => ("Skema pertanggungjawaban", "Accountability scheme"),
        "skp_atasan_id" => ("SKP atasan", "Superior's SKP"),
        "skp_id" => ("SKP", "SKP"),
        "tahun" => ("Tahun", "Year"),
        "target" => ("Target", "Target"),
        "umpan_balik" => ("Umpan balik", "Feedback"),
        "uraian" => ("Uraian", "Description"),
        "basis" => ("Dasar penggabungan", "Merge base"),
        "bentuk" => ("Bentuk", "Form"),
        "mulai" => ("Mulai", "Start"),
        "selesai" => ("Selesai", "End"),
        "penyelenggara" => ("Penyelenggara", "Organiser"),
        "sertifikat" => ("Sertifikat", "Certificate"),
        "alasan" => ("Alasan", "Reasons"),
        "level" => ("Level kompetensi", "Competency levels"),
        "standar" => ("Standar kompetensi", "Competency standard"),
        "penilai" => ("Penilai", "Assessor"),
        "saran_pengembangan" => ("Saran pengembangan", "Development advice"),
        "butir" => ("Tujuan pengembangan", "Development goals"),
        "diajukan" => ("Pengajuan", "Submission"),
        "keputusan" => ("Keputusan pejabat penilai", "Pejabat penilai's decision"),
        "nomor_keputusan" => ("Nomor keputusan", "Decree number"),
        "keterangan" => ("Keterangan", "Remarks"),
        "potensial" => ("Potensial", "Potential"),
        "mime" => ("Jenis berkas", "File type"),
        "ukuran" => ("Ukuran (byte)", "Size (bytes)"),
        "sha256" => ("Sidik SHA-256", "SHA-256 fingerprint"),
        "kode" => ("Kode", "Code"),
        "induk" => ("Unit induk", "Parent unit"),
        "pimpinan_nip" => ("NIP pimpinan unit", "Unit leader's NIP"),
        "alias" => ("Ejaan lain", "Other spellings"),
        "unit_id" => ("Unit kerja", "Work unit"),
        "predikat" => ("Predikat", "Rating"),
        "sumber" => ("Sumber", "Source"),
        _ => return kolom.replace('_', " "),
    };
    match b {
        Bahasa::Id => id,
        Bahasa::En => en,
    }
    .into()
}

/// A value as a person reads it: a label for a rating or status code, a short text, a count
/// for a list; "(kosong)" for nothing.
pub fn nilai_teks(v: Option<&Value>, rb: &Rulebook, b: Bahasa) -> String {
    let kata = |id: &'static str, en: &'static str| match b {
        Bahasa::Id => id,
        Bahasa::En => en,
    };
    let label = |ruang: &str, kode: &str| {
        let kunci = format!("{ruang}.{kode}");
        rb.ada_label(&kunci).then(|| rb.teks(&kunci, b).to_string())
    };
    match v {
        None | Some(Value::Null) => kata("(kosong)", "(empty)").into(),
        Some(Value::String(s)) if s.trim().is_empty() => kata("(kosong)", "(empty)").into(),
        // A code the rulebook names (a rating, a level, a kind of ASN or of training, a
        // potential) in words; free text as written.
        Some(Value::String(s)) => [
            "rating",
            "predikat_organisasi",
            "jenjang",
            "jenis_pegawai",
            "bentuk",
            "potensial",
        ]
        .iter()
        .find_map(|ruang| label(ruang, s))
        .unwrap_or_else(|| {
            let pendek: String = s.chars().take(80).collect();
            if pendek.len() < s.len() {
                format!("«{pendek}…»")
            } else {
                format!("«{pendek}»")
            }
        }),
        Some(Value::Number(n)) => n
            .as_f64()
            .map_or_else(|| n.to_string(), |x| crate::ui::format::angka_isian(x, b)),
        Some(Value::Bool(x)) => if *x {
            kata("ya", "yes")
        } else {
            kata("tidak", "no")
        }
        .into(),
        Some(Value::Array(a)) => format!("{} {}", a.len(), kata("butir", "items")),
        Some(Value::Object(o)) => {
            if let Some(r) = o.get("rating") {
                nilai_teks(Some(r), rb, b)
            } else if let Some(k) = o.get("kode").and_then(Value::as_str) {
                label("status_skp", k).unwrap_or_else(|| k.to_string())
            } else if let Some(isi) = o.get("isi") {
                nilai_teks(Some(isi), rb, b)
            } else {
                kata("(isi lain)", "(other content)").into()
            }
        }
    }
}

/// "Golongan: «III/a» → «I/a»".
pub fn baris_beda(x: &Beda, rb: &Rulebook, b: Bahasa) -> String {
    format!(
        "{}: {} → {}",
        label_kolom(&x.kolom, b),
        nilai_teks(x.lama.as_ref(), rb, b),
        nilai_teks(x.baru.as_ref(), rb, b)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_change_reads_as_words_in_both_languages() {
        let rb = Rulebook::aktif();
        let x = Beda {
            kolom: "rating_hasil".into(),
            lama: Some(json!({"rating": "sesuai_ekspektasi"})),
            baru: Some(json!({"rating": "diatas_ekspektasi", "saran": null})),
        };
        let id = baris_beda(&x, rb, Bahasa::Id);
        assert!(id.starts_with("Rating hasil kerja: "), "{id}");
        assert!(!id.contains("ekspektasi\""), "{id}");
        assert_ne!(id, baris_beda(&x, rb, Bahasa::En));
        let g = Beda {
            kolom: "golongan".into(),
            lama: Some(json!("III/a")),
            baru: Some(json!("I/a")),
        };
        assert_eq!(baris_beda(&g, rb, Bahasa::Id), "Golongan: «III/a» → «I/a»");
        let t = Beda {
            kolom: "tanggapan".into(),
            lama: None,
            baru: Some(json!({"tanggal": "2026-04-20", "isi": "Setuju"})),
        };
        assert_eq!(
            baris_beda(&t, rb, Bahasa::En),
            "Response: (empty) → «Setuju»"
        );
    }

    #[test]
    fn codes_the_rulebook_names_read_as_words_and_numbers_in_the_language() {
        let rb = Rulebook::aktif();
        let v = |x: serde_json::Value, b| nilai_teks(Some(&x), rb, b);
        // A level and a kind of ASN in words (their codes before).
        assert_eq!(
            v(json!("ahli_muda"), Bahasa::Id),
            rb.teks("jenjang.ahli_muda", Bahasa::Id)
        );
        assert_eq!(
            v(json!("pppk"), Bahasa::En),
            rb.teks("jenis_pegawai.pppk", Bahasa::En)
        );
        assert!(!v(json!("ahli_muda"), Bahasa::Id).contains('_'));
        // 12.5 credit points with the language's decimal mark ("12.5" in Indonesian before).
        assert_eq!(v(json!(12.5), Bahasa::Id), "12,5");
        assert_eq!(v(json!(12.5), Bahasa::En), "12.5");
        // Free text stays as written.
        assert_eq!(v(json!("Bidang Mutasi"), Bahasa::En), "«Bidang Mutasi»");
    }

    /// Every field of every record type the conflict view can name is named in both
    /// languages, never shown as its raw key.
    #[test]
    fn every_record_field_has_a_name_in_both_languages() {
        use crate::bundle::contoh;
        use crate::bundle::format::JenisRecord;
        let mut tanpa_nama: Vec<String> = Vec::new();
        for jenis in JenisRecord::SEMUA {
            if jenis == JenisRecord::Rulebook {
                continue;
            }
            let r = contoh::record(1, jenis, 1);
            let Value::Object(data) = &r.data else {
                panic!("{jenis:?} has no data object");
            };
            for kolom in data.keys() {
                for b in [Bahasa::Id, Bahasa::En] {
                    if label_kolom(kolom, b) == kolom.replace('_', " ") {
                        tanpa_nama.push(format!("{jenis:?}.{kolom} ({b:?})"));
                    }
                }
            }
        }
        assert_eq!(tanpa_nama, Vec::<String>::new());
    }
}
