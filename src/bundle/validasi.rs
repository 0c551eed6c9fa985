//! Reading a bundle file: limits first (size, then nesting depth on the raw bytes), then JSON,
//! then the envelope, the schema version (newer → "perbarui aplikasi", older → migrated), the
//! digest (a mismatch warns, it does not refuse), and every record on its own
//! ([`super::validasi_record`]): a bad record is refused alone, the rest still import.
//! Nothing here panics, whatever the bytes.

use super::amplop::{hilang, tipe_salah, Amplop};
use super::digest::rapat::{self, Pindaian};
use super::digest::{self, StatusDigest};
use super::format::{Bundle, Digest, JenisBundle, FORMAT, KOLOM_BUNDLE, PERAN_ADMIN};
use super::isi::IsiTerbaca;
use super::jejak::{baca_sebagai, value_dari_teks};
use super::masalah::{KodeMasalah, Masalah};
use super::migrasi::{self, GalatMigrasi, SCHEMA_VERSION};
use super::pindai;
use super::validasi_record::periksa_records;
use serde_json::Value;

#[path = "validasi_batas.rs"]
mod batas;
pub use batas::Batas;

/// Who hashes a file's canonical text for its digest check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hashing {
    /// Here, at once: the status is known when the check returns.
    DiSini,
    /// The caller (WebCrypto in the browser): the status is [`StatusDigest::Tertunda`].
    Pemanggil,
}

/// The outcome of reading one file.
#[derive(Clone, Debug, PartialEq)]
pub enum HasilBaca {
    /// Readable: the valid records, the refused ones, and warnings.
    Terbaca(Box<BundleTerbaca>),
    /// Made by a newer app. Nothing is imported; the person should update the app.
    PerbaruiAplikasi {
        berkas: String,
        versi_berkas: u64,
        masalah: Masalah,
    },
    /// Not importable at all; every reason found.
    Ditolak {
        berkas: String,
        masalah: Vec<Masalah>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct BundleTerbaca {
    pub berkas: String,
    /// The envelope with only the records that passed every check.
    pub bundle: Bundle,
    /// What the checks decoded of `bundle.records`, for the plan.
    pub isi: IsiTerbaca,
    /// The canonical text of each of `bundle.records`' `data` where the digest check wrote it
    /// and the checks left the value as it was (by position; see [`digest::TeksData`]).
    pub teks_data: digest::TeksData,
    pub ditolak: Vec<RecordDitolak>,
    /// Warnings (digest, migration, dropped derived values); the import goes on.
    pub peringatan: Vec<Masalah>,
    pub digest: StatusDigest,
    /// The file's schema, when it was older and migrated.
    pub dimigrasi_dari: Option<u64>,
}

/// A record refused on its own, kept raw so the report can show it.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordDitolak {
    /// Position in the file's `records`.
    pub indeks: usize,
    pub id: Option<String>,
    pub jenis: Option<String>,
    pub mentah: Value,
    pub masalah: Vec<Masalah>,
}

impl BundleTerbaca {
    /// Every problem of the file: warnings first, then each refused record's.
    pub fn semua_masalah(&self) -> impl Iterator<Item = &Masalah> {
        self.peringatan
            .iter()
            .chain(self.ditolak.iter().flat_map(|d| d.masalah.iter()))
    }
}

/// Reads a file's text.
pub fn baca_teks(berkas: &str, teks: &str, batas: &Batas) -> HasilBaca {
    baca_dengan(berkas, Ok(teks), batas, Hashing::DiSini)
}

/// [`baca_teks`], the digest's hashing left to the caller: a file with a digest to check
/// comes with [`StatusDigest::Tertunda`].
pub fn baca_teks_tunda(berkas: &str, teks: &str, batas: &Batas) -> HasilBaca {
    baca_dengan(berkas, Ok(teks), batas, Hashing::Pemanggil)
}

/// Reads a file's bytes (`berkas` is its name, used in every message).
pub fn baca(berkas: &str, byte: &[u8], batas: &Batas) -> HasilBaca {
    baca_dengan(berkas, Err(byte), batas, Hashing::DiSini)
}

/// `masukan`: the file as text (UTF-8 already checked) or as bytes.
fn baca_dengan(
    berkas: &str,
    masukan: Result<&str, &[u8]>,
    batas: &Batas,
    hashing: Hashing,
) -> HasilBaca {
    let byte = match masukan {
        Ok(t) => t.as_bytes(),
        Err(b) => b,
    };
    let tolak = |kode| HasilBaca::Ditolak {
        berkas: berkas.into(),
        masalah: vec![Masalah::baru(berkas, "", kode)],
    };
    let ukuran = byte.len() as u64;
    if ukuran > batas.ukuran_maks_byte {
        return tolak(KodeMasalah::TerlaluBesar {
            ukuran,
            batas: batas.ukuran_maks_byte,
        });
    }
    // Editors on Windows may add a byte-order mark; it is not content.
    let byte = byte.strip_prefix(b"\xef\xbb\xbf").unwrap_or(byte);
    let terlalu_dalam = |i| {
        let (baris, kolom) = pindai::baris_kolom(byte, i);
        tolak(KodeMasalah::TerlaluDalam {
            batas: batas.kedalaman_maks,
            baris,
            kolom,
        })
    };
    // Text first, so the app has one JSON parser (over `&str`); bad UTF-8 is "not JSON" at
    // the first bad byte, cut off when the file ends inside a character (once the nesting,
    // judged first, is within the limit). Given as text, `byte` is that text after its byte
    // order mark, a whole character.
    let teks = match masukan.map_or_else(
        |_| std::str::from_utf8(byte),
        |t| Ok(&t[t.len() - byte.len()..]),
    ) {
        Ok(t) => t,
        Err(e) => {
            if let Some(i) = pindai::posisi_terlalu_dalam(byte, batas.kedalaman_maks) {
                return terlalu_dalam(i);
            }
            let (baris, kolom) = pindai::baris_kolom(byte, e.valid_up_to());
            let terpotong = e.error_len().is_none();
            return tolak(KodeMasalah::BukanJson {
                baris,
                kolom,
                terpotong,
            });
        }
    };
    // One pass gives the nesting and, for the digest check, the canonical text (the way every
    // file this app writes is read); the nesting alone where that pass gives up.
    let rapat = match rapat::pindai(teks, batas.kedalaman_maks) {
        Pindaian::Kanonik(k, d) => Some((k, d)),
        Pindaian::TerlaluDalam(i) => return terlalu_dalam(i),
        Pindaian::Tidak => match pindai::posisi_terlalu_dalam(byte, batas.kedalaman_maks) {
            Some(i) => return terlalu_dalam(i),
            None => None,
        },
    };
    let v = match value_dari_teks(teks) {
        Ok(v) => v,
        Err(e) => {
            return tolak(KodeMasalah::BukanJson {
                baris: e.baris,
                kolom: e.kolom,
                terpotong: e.terpotong,
            })
        }
    };
    periksa_value_dengan(berkas, v, rapat, batas, migrasi::RANTAI, hashing)
}

/// The checks after parsing, on an already parsed value.
pub fn periksa_value(berkas: &str, v: Value, batas: &Batas) -> HasilBaca {
    periksa_value_dengan(berkas, v, None, batas, migrasi::RANTAI, Hashing::DiSini)
}

/// [`periksa_value`] with a given migration chain (tests run a hypothetical older schema) and
/// the digest hashed by `hashing`; `rapat`: the canonical text and `data` texts the pass over
/// the text `v` was parsed from gave ([`rapat::pindai`]), when it gave them.
pub(crate) fn periksa_value_dengan(
    berkas: &str,
    v: Value,
    rapat: Option<(Vec<u8>, digest::TeksData)>,
    batas: &Batas,
    rantai: &[migrasi::Migrasi],
    hashing: Hashing,
) -> HasilBaca {
    let tolak = |m: Vec<Masalah>| HasilBaca::Ditolak {
        berkas: berkas.into(),
        masalah: m,
    };
    let format = v.get("format");
    if format.and_then(Value::as_str) != Some(FORMAT) {
        let mut m = Masalah::baru(berkas, "format", KodeMasalah::BukanBundle);
        if let Some(f) = format {
            m = m.dengan_nilai(f);
        }
        return tolak(vec![m]);
    }
    let versi = match v.get("schema_version") {
        None => return tolak(vec![hilang(berkas, "", "schema_version")]),
        Some(x) => match x.as_u64() {
            Some(n) => n,
            None => return tolak(vec![tipe_salah(berkas, "schema_version", x, "u32")]),
        },
    };
    if versi > u64::from(SCHEMA_VERSION) {
        let kode = KodeMasalah::SkemaLebihBaru {
            versi,
            didukung: SCHEMA_VERSION,
        };
        return HasilBaca::PerbaruiAplikasi {
            berkas: berkas.into(),
            versi_berkas: versi,
            masalah: Masalah::baru(berkas, "schema_version", kode),
        };
    }
    // The digest covers the file as exported, so it is checked before any migration.
    let (status, mut teks_data) = match hashing {
        Hashing::Pemanggil => digest::verify_tunda_dan_data(&v, rapat),
        Hashing::DiSini => digest::verify_dan_data(&v, rapat),
    };
    let mut peringatan = Vec::new();
    if let Some(kode) = KodeMasalah::dari_digest(&status) {
        let mut m = Masalah::baru(berkas, "digest", kode);
        if let StatusDigest::AlgoritmaTidakDikenal(a) = &status {
            m = m.dengan_teks(a);
        }
        peringatan.push(m);
    }
    let v = match migrasi::jalankan(rantai, SCHEMA_VERSION, v, versi) {
        Ok(v) => v,
        Err(g) => {
            let kode = match g {
                GalatMigrasi::LebihBaru { versi, didukung } => {
                    KodeMasalah::SkemaLebihBaru { versi, didukung }
                }
                GalatMigrasi::TidakDidukung { versi, tertua } => {
                    KodeMasalah::SkemaTidakDidukung { versi, tertua }
                }
                GalatMigrasi::Gagal { dari, alasan } => KodeMasalah::MigrasiGagal { dari, alasan },
            };
            return tolak(vec![Masalah::baru(berkas, "schema_version", kode)]);
        }
    };
    let dimigrasi_dari = (versi < u64::from(SCHEMA_VERSION)).then_some(versi);
    if dimigrasi_dari.is_some() {
        // The texts are of the file as exported, not as migrated.
        teks_data.clear();
    }
    if let Some(dari) = dimigrasi_dari {
        let kode = KodeMasalah::Dimigrasi {
            dari,
            ke: SCHEMA_VERSION,
        };
        peringatan.push(Masalah::baru(berkas, "schema_version", kode));
    }
    let Value::Object(mut akar) = v else {
        return tolak(vec![Masalah::baru(berkas, "", KodeMasalah::BukanBundle)]);
    };
    let records = akar.remove("records");
    let mut p = Amplop {
        berkas,
        masalah: Vec::new(),
    };
    for t in pindai::teks_terlalu_panjang_objek(&akar, "", batas.panjang_string_maks) {
        p.masalah.push(Masalah::baru(
            berkas,
            t.jalur,
            KodeMasalah::StringTerlaluPanjang {
                panjang: t.panjang,
                batas: batas.panjang_string_maks,
            },
        ));
    }
    let versi_aplikasi = p.teks(&akar, "", "app_version");
    let jenis = p.teks(&akar, "", "kind").and_then(|k| {
        let j = JenisBundle::dari_kode(&k);
        if j.is_none() {
            p.tambah("kind", KodeMasalah::JenisBundleTidakDikenal, &k);
        }
        j
    });
    let diekspor = p.waktu(&akar, "exported_at");
    let pengekspor = p.pengekspor(&akar);
    // A rekap is the admin's whole workspace: made by no other role (docs/bundle.md, Rekap).
    if let (Some(JenisBundle::Rekap), Some(x)) = (jenis, &pengekspor) {
        if x.peran != PERAN_ADMIN {
            p.tambah("exporter.peran", KodeMasalah::RekapBukanDariAdmin, &x.peran);
        }
    }
    let signatures = match akar.get("signatures") {
        None => Some(Vec::new()),
        Some(Value::Array(a)) => Some(a.clone()),
        Some(x) => {
            p.masalah
                .push(tipe_salah(berkas, "signatures", x, "a sequence"));
            None
        }
    };
    let records = match records {
        None => {
            p.masalah.push(hilang(berkas, "", "records"));
            None
        }
        Some(Value::Array(a)) if a.len() > batas.jumlah_record_maks => {
            let kode = KodeMasalah::TerlaluBanyakRecord {
                jumlah: a.len(),
                batas: batas.jumlah_record_maks,
            };
            p.masalah.push(Masalah::baru(berkas, "records", kode));
            None
        }
        Some(Value::Array(a)) => Some(a),
        Some(x) => {
            p.masalah
                .push(tipe_salah(berkas, "records", &x, "a sequence"));
            None
        }
    };
    let (
        Some(versi_aplikasi),
        Some(jenis),
        Some(diekspor),
        Some(pengekspor),
        Some(signatures),
        Some(records),
        true,
    ) = (
        versi_aplikasi,
        jenis,
        diekspor,
        pengekspor,
        signatures,
        records,
        p.masalah.is_empty(),
    )
    else {
        return tolak(p.masalah);
    };
    let (diterima, isi, teks_data, ditolak, peringatan_record) =
        periksa_records(berkas, jenis, records, teks_data, batas);
    peringatan.extend(peringatan_record);
    let digest = akar
        .get("digest")
        .and_then(|d| baca_sebagai::<Digest>(d, "digest").ok())
        .unwrap_or_default();
    let lain = crate::kumpul::objek(
        akar.into_iter()
            .filter(|(k, _)| !KOLOM_BUNDLE.contains(&k.as_str())),
    );
    HasilBaca::Terbaca(Box::new(BundleTerbaca {
        berkas: berkas.into(),
        bundle: Bundle {
            format: FORMAT.into(),
            schema_version: SCHEMA_VERSION,
            versi_aplikasi,
            jenis,
            diekspor,
            pengekspor,
            records: diterima,
            digest,
            signatures,
            lain,
        },
        isi,
        teks_data,
        ditolak,
        peringatan,
        digest: status,
        dimigrasi_dari,
    }))
}

#[cfg(test)]
#[path = "validasi_tests.rs"]
pub(crate) mod tests;

#[cfg(test)]
#[path = "validasi_versi_tests.rs"]
mod versi_tests;
