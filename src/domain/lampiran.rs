//! Lampiran bukti dukung: a photo or PDF a pegawai attaches to a realisasi (issue 12, item 9).
//! Its bytes travel in their own record, never inside the realisasi, so a data read need not
//! carry them and a later storage backend can keep them apart; the realisasi names it through
//! [`super::progres::BuktiDukung::Lampiran`]. The limits are KinerjaKu's choice (the
//! regulation asks for bukti dukung, not for a size): rulebook `lampiran`, rule
//! `lampiran_bukti`. Whether the bytes match their size and SHA-256 is the bundle layer's
//! check (it holds the codec and the hash).

use super::progres::{BuktiDukung, Realisasi};
use super::{Galat, Rulebook};
use serde::{Deserialize, Serialize};

/// One attached file.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Lampiran {
    pub id: String,
    pub skp_id: String,
    pub realisasi_id: String,
    /// The pegawai who attached it: the only one who may add or delete it.
    pub pegawai_nip: String,
    /// The file name as picked (a photo compressed to JPEG keeps its name, `.jpg` added).
    pub nama: String,
    /// `image/jpeg`, `image/png`, `image/webp` or `application/pdf` (rulebook `jenis_mime`).
    pub mime: String,
    /// Bytes of the file as stored (after compression).
    pub ukuran: u64,
    /// SHA-256 of the bytes, lower-case hex.
    pub sha256: String,
    /// The bytes, standard base64 with padding.
    pub isi: String,
}

/// The rulebook's limits on attachments.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AturanLampiran {
    /// Largest file stored, after a photo's compression.
    pub ukuran_maks_byte: u64,
    pub maks_per_realisasi: usize,
    pub jenis_mime: Vec<String>,
    /// A photo is scaled down to at most this many pixels on its long side...
    pub sisi_foto_maks_px: u32,
    /// ...and stored as JPEG at this quality (0–1).
    pub kualitas_jpeg: f64,
}

/// A byte count in messages, the same in both languages: "812 B", "350 KB" (1 KB = 1024 B,
/// rounded up, so a file just over the limit never reads as equal to it).
pub fn teks_ukuran(byte: u64) -> String {
    if byte < 1024 {
        format!("{byte} B")
    } else {
        format!("{} KB", byte.div_ceil(1024))
    }
}

impl AturanLampiran {
    pub fn mime_boleh(&self, mime: &str) -> bool {
        self.jenis_mime.iter().any(|m| m == mime)
    }

    /// A file of this type and size may be stored: the reasons it may not, by name.
    pub fn periksa_berkas(&self, nama: &str, mime: &str, ukuran: u64) -> Vec<Galat> {
        let mut m = Vec::new();
        if nama.trim().is_empty() {
            m.push(Galat::baru("lampiran_nama_kosong"));
        }
        if !self.mime_boleh(mime) {
            m.push(
                Galat::baru("lampiran_jenis_tidak_sah")
                    .dengan("nama", nama)
                    .dengan("nilai", if mime.is_empty() { "?" } else { mime }),
            );
        }
        if ukuran == 0 {
            m.push(Galat::baru("lampiran_kosong").dengan("nama", nama));
        } else if ukuran > self.ukuran_maks_byte {
            m.push(
                Galat::baru("lampiran_terlalu_besar")
                    .dengan("nama", nama)
                    .dengan("ukuran", teks_ukuran(ukuran))
                    .dengan("batas", teks_ukuran(self.ukuran_maks_byte)),
            );
        }
        m
    }
}

impl Lampiran {
    /// Problems that keep this attachment from being stored, each naming the file.
    pub fn periksa(&self, rb: &Rulebook) -> Vec<Galat> {
        let mut m = rb
            .lampiran
            .periksa_berkas(&self.nama, &self.mime, self.ukuran);
        let heks = self.sha256.len() == 64
            && self
                .sha256
                .bytes()
                .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c));
        if !heks {
            m.push(Galat::baru("lampiran_hash_tidak_cocok").dengan("nama", &self.nama));
        }
        m
    }

    /// The reference a realisasi keeps: the id (name and size are read from this record).
    pub fn rujukan(&self) -> BuktiDukung {
        BuktiDukung::Lampiran(self.id.clone())
    }
}

/// A realisasi may carry at most `maks_per_realisasi` attachments.
pub fn periksa_jumlah(rb: &Rulebook, r: &Realisasi) -> Option<Galat> {
    let n = r.lampiran().count();
    let batas = rb.lampiran.maks_per_realisasi;
    (n > batas).then(|| {
        Galat::baru("lampiran_terlalu_banyak")
            .dengan("jumlah", n)
            .dengan("batas", batas)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Bahasa;

    fn contoh() -> Lampiran {
        Lampiran {
            id: "l1".into(),
            skp_id: "s".into(),
            realisasi_id: "r".into(),
            pegawai_nip: "1".into(),
            nama: "foto.jpg".into(),
            mime: "image/jpeg".into(),
            ukuran: 1000,
            sha256: "a".repeat(64),
            isi: String::new(),
        }
    }

    #[test]
    fn only_photos_and_pdf_within_the_limit_are_accepted() {
        let rb = Rulebook::aktif();
        assert!(contoh().periksa(rb).is_empty());
        let mut l = contoh();
        l.mime = "text/html".into();
        let g = l.periksa(rb);
        assert_eq!(g[0].kode, "lampiran_jenis_tidak_sah");
        assert!(g[0].pesan(rb, Bahasa::Id).contains("text/html"));
        let mut l = contoh();
        l.ukuran = rb.lampiran.ukuran_maks_byte + 1;
        let g = l.periksa(rb);
        assert_eq!(g[0].kode, "lampiran_terlalu_besar");
        let id = g[0].pesan(rb, Bahasa::Id);
        let en = g[0].pesan(rb, Bahasa::En);
        assert!(id.contains("401 KB") && id.contains("400 KB"), "{id}");
        assert!(en.contains("401 KB") && en.contains("400 KB"), "{en}");
        assert!(id.contains("foto.jpg") && en.contains("foto.jpg"));
        assert_ne!(id, en);
    }

    #[test]
    fn a_hash_that_is_not_hex_is_refused() {
        let mut l = contoh();
        l.sha256 = "Z".repeat(64);
        let g = l.periksa(Rulebook::aktif());
        assert_eq!(g[0].kode, "lampiran_hash_tidak_cocok");
    }

    #[test]
    fn a_realisasi_names_its_attachment_by_id_alone() {
        let b = contoh().rujukan();
        let v = serde_json::to_value(&b).unwrap();
        assert_eq!(v, serde_json::json!({"jenis": "lampiran", "isi": "l1"}));
        let kembali: BuktiDukung = crate::jejak::dari_value(&v).unwrap();
        assert_eq!(kembali, b);
        let mut r: Realisasi = crate::jejak::dari_value(&serde_json::json!({
            "id": "r", "skp_id": "s", "iki_id": "i", "tanggal": "2026-03-01", "nilai": 1.0,
            "catatan": "", "bukti": [{"jenis": "tautan", "isi": "https://contoh.go.id"}]
        }))
        .unwrap();
        assert_eq!(
            r.lampiran().count(),
            0,
            "an entry from before attachments reads as it was"
        );
        r.bukti.push(b);
        assert_eq!(r.lampiran().collect::<Vec<_>>(), ["l1"]);
    }

    #[test]
    fn sizes_read_as_people_count_them() {
        assert_eq!(teks_ukuran(812), "812 B");
        assert_eq!(teks_ukuran(409_600), "400 KB");
        assert_eq!(teks_ukuran(409_601), "401 KB");
    }
}
