//! A problem found in a bundle, as a value: which file, which record, which field, what value,
//! and why. Words for each [`KodeMasalah`] live in [`super::pesan`], in both languages.

use super::digest::StatusDigest;
use super::format::JenisBundle;
use super::jejak::{value_dari_teks, Bentuk, GalatData, Sebab};
use crate::domain::Galat;
use serde_json::Value;

/// The error codes domain types give serde when a value of the right shape is refused
/// (`Pecahan` for a number beyond exact arithmetic).
const KODE_GALAT_DESERIALISASI: &[&str] = &["angka_di_luar_jangkauan"];

/// How much of an offending value a report shows.
pub const PANJANG_NILAI_MAKS: usize = 80;

#[derive(Clone, Debug, PartialEq)]
pub struct Masalah {
    /// The file's name as the person picked it.
    pub berkas: String,
    /// The record's id, when the problem is inside a record that has one.
    pub record: Option<String>,
    /// Field path, e.g. `records[3].data.nip`; empty for the file as a whole.
    pub jalur: String,
    /// The offending value, shortened to about [`PANJANG_NILAI_MAKS`] characters; shown as text.
    pub nilai: String,
    pub kode: KodeMasalah,
}

#[derive(Clone, Debug, PartialEq)]
pub enum KodeMasalah {
    // The file as a whole: nothing is imported.
    TerlaluBesar {
        ukuran: u64,
        batas: u64,
    },
    TerlaluDalam {
        batas: usize,
        baris: usize,
        kolom: usize,
    },
    BukanJson {
        baris: usize,
        kolom: usize,
        terpotong: bool,
    },
    BukanBundle,
    SkemaLebihBaru {
        versi: u64,
        didukung: u32,
    },
    SkemaTidakDidukung {
        versi: u64,
        tertua: u32,
    },
    MigrasiGagal {
        dari: u32,
        alasan: String,
    },
    TerlaluBanyakRecord {
        jumlah: usize,
        batas: usize,
    },
    JenisBundleTidakDikenal,
    PeranTidakDikenal,
    /// A `rekap` whose exporter is not an admin kepegawaian (the role is the problem's value).
    RekapBukanDariAdmin,
    /// A `rekap` opened on a device whose role is not admin kepegawaian (`peran`: the
    /// device's role code, empty when none was chosen).
    RekapHanyaAdmin {
        peran: String,
    },
    // The envelope or one record (then only that record is refused).
    KolomHilang {
        kolom: String,
    },
    TipeSalah {
        ada: Bentuk,
        harap: String,
    },
    NilaiTidakDikenal {
        pilihan: Vec<String>,
    },
    TanggalTidakSah {
        alasan: String,
    },
    StringTerlaluPanjang {
        panjang: usize,
        batas: usize,
    },
    IdTidakSah,
    /// `data.id` names another object than the record's `id`.
    IdTidakCocok,
    DaftarTerlaluPanjang {
        panjang: usize,
        batas: usize,
    },
    RevisiTerlaluBesar {
        batas: u64,
    },
    /// Merge: the incoming revision is far beyond the stored one (a forged or broken number).
    RevisiMelompat {
        lokal: u64,
        masuk: u64,
    },
    IdGanda {
        kali: usize,
    },
    JenisRecordTidakDikenal,
    JenisRecordTidakCocok {
        bundle: JenisBundle,
    },
    /// A number or text of the right shape outside what the field holds (`nilai` of the
    /// problem holds the value).
    DiLuarJangkauan {
        harap: String,
    },
    PanjangSalah {
        panjang: usize,
        harap: String,
    },
    /// A type's own check refused the value. `alasan` is that type's reason for logs (an
    /// error code of the domain, or serde's words); the message never shows it.
    DataTidakSesuai {
        alasan: String,
    },
    RulebookTidakKonsisten {
        galat: Galat,
    },
    /// The record breaks a rule of the domain (the screens would refuse it too).
    AturanDilanggar {
        galat: Galat,
    },
    /// The file's exporter has no authority to make this change (docs/bundle.md, Otoritas).
    TanpaWewenang {
        galat: Galat,
    },
    /// A record a `rekap` carries that none of its own parties could have made this way: the
    /// reason is the one the record's owner would be told (docs/bundle.md, "Rekap").
    SalinanRekap {
        galat: Galat,
    },
    /// Merge: the same id holds another type locally.
    JenisBerbeda {
        lokal: String,
    },
    // Warnings: the import goes on.
    DigestTidakCocok,
    DigestTidakAda,
    AlgoritmaDigestTidakDikenal,
    NilaiTurunanDibuang,
    Dimigrasi {
        dari: u64,
        ke: u32,
    },
}

impl KodeMasalah {
    /// A warning informs; it refuses neither the file nor a record.
    pub fn peringatan(&self) -> bool {
        matches!(
            self,
            KodeMasalah::DigestTidakCocok
                | KodeMasalah::DigestTidakAda
                | KodeMasalah::AlgoritmaDigestTidakDikenal
                | KodeMasalah::NilaiTurunanDibuang
                | KodeMasalah::Dimigrasi { .. }
        )
    }

    /// The warning for a digest status, if it deserves one.
    pub fn dari_digest(s: &StatusDigest) -> Option<KodeMasalah> {
        match s {
            // Known later: the caller adds it then.
            StatusDigest::Cocok | StatusDigest::Tertunda(_) => None,
            StatusDigest::TidakCocok { .. } => Some(KodeMasalah::DigestTidakCocok),
            StatusDigest::TidakAda => Some(KodeMasalah::DigestTidakAda),
            StatusDigest::AlgoritmaTidakDikenal(_) => {
                Some(KodeMasalah::AlgoritmaDigestTidakDikenal)
            }
        }
    }
}

impl Masalah {
    pub fn baru(berkas: &str, jalur: impl Into<String>, kode: KodeMasalah) -> Self {
        Masalah {
            berkas: berkas.into(),
            record: None,
            jalur: jalur.into(),
            nilai: String::new(),
            kode,
        }
    }

    pub fn di_record(mut self, id: Option<&str>) -> Self {
        self.record = id.map(str::to_string);
        self
    }

    pub fn dengan_teks(mut self, nilai: &str) -> Self {
        self.nilai = pendekkan(nilai);
        self
    }

    pub fn dengan_nilai(mut self, v: &Value) -> Self {
        self.nilai = ringkas(v);
        self
    }

    /// A failed typed read of `data`, with the value found at the failing path.
    pub fn dari_data(berkas: &str, g: GalatData, data: &Value, akar: &str) -> Self {
        let nilai = cari(data, akar, &g.jalur).map(ringkas).unwrap_or_default();
        let kode = match g.sebab {
            Sebab::KolomHilang(kolom) => KodeMasalah::KolomHilang { kolom },
            Sebab::TipeSalah { ada, harap } => KodeMasalah::TipeSalah { ada, harap },
            Sebab::NilaiTidakDikenal { nilai, pilihan } => {
                return Masalah::baru(berkas, g.jalur, KodeMasalah::NilaiTidakDikenal { pilihan })
                    .dengan_teks(&nilai)
            }
            Sebab::TanggalTidakSah(alasan) => KodeMasalah::TanggalTidakSah { alasan },
            Sebab::DiLuarJangkauan { nilai, harap } => {
                return Masalah::baru(berkas, g.jalur, KodeMasalah::DiLuarJangkauan { harap })
                    .dengan_teks(&nilai)
            }
            Sebab::PanjangSalah { panjang, harap } => KodeMasalah::PanjangSalah { panjang, harap },
            // A domain type's own refusal is one of its error codes, with words in the rulebook.
            Sebab::Lain(alasan) if KODE_GALAT_DESERIALISASI.contains(&alasan.as_str()) => {
                KodeMasalah::AturanDilanggar {
                    galat: Galat::baru(&alasan),
                }
            }
            Sebab::Lain(alasan) => KodeMasalah::DataTidakSesuai { alasan },
        };
        Masalah {
            berkas: berkas.into(),
            record: None,
            jalur: g.jalur,
            nilai,
            kode,
        }
    }
}

/// Follows a path written by [`super::jejak`] (below `akar`) back into `data`.
fn cari<'a>(data: &'a Value, akar: &str, jalur: &str) -> Option<&'a Value> {
    let mut sisa = jalur.strip_prefix(akar)?;
    let mut v = data;
    while !sisa.is_empty() {
        if let Some(s) = sisa.strip_prefix("[\"") {
            // A quoted key: find its closing quote, honouring escapes.
            let mut akhir = None;
            let mut lolos = false;
            for (i, c) in s.char_indices() {
                match c {
                    '\\' if !lolos => lolos = true,
                    '"' if !lolos => {
                        akhir = Some(i);
                        break;
                    }
                    _ => lolos = false,
                }
            }
            let i = akhir?;
            let kunci = value_dari_teks(&format!("\"{}\"", &s[..i])).ok()?;
            v = v.get(kunci.as_str()?)?;
            sisa = s[i + 1..].strip_prefix(']')?;
        } else if let Some(s) = sisa.strip_prefix('[') {
            let i = s.find(']')?;
            v = v.get(s[..i].parse::<usize>().ok()?)?;
            sisa = &s[i + 1..];
        } else {
            let s = sisa.strip_prefix('.').unwrap_or(sisa);
            let i = s.find(['.', '[']).unwrap_or(s.len());
            v = v.get(&s[..i])?;
            sisa = &s[i..];
        }
    }
    Some(v)
}

/// Text of a value for a report: strings as they are, anything else as compact JSON; never
/// longer than [`PANJANG_NILAI_MAKS`] characters, and never serialising more than it shows.
pub fn ringkas(v: &Value) -> String {
    match v {
        Value::String(s) => pendekkan(s),
        lain => {
            let mut w = Terbatas(Vec::new());
            // Stops with an error once enough is written; what was written is what we want.
            let _ = serde_json::to_writer(&mut w, lain);
            pendekkan(&String::from_utf8_lossy(&w.0))
        }
    }
}

struct Terbatas(Vec<u8>);

impl std::io::Write for Terbatas {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        if self.0.len() > PANJANG_NILAI_MAKS * 4 {
            return Err(std::io::Error::other("cukup"));
        }
        self.0.extend_from_slice(b);
        Ok(b.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// At most [`PANJANG_NILAI_MAKS`] characters, control characters as spaces, `…` when cut.
pub fn pendekkan(s: &str) -> String {
    let mut out = String::new();
    for (n, c) in s.chars().enumerate() {
        if n == PANJANG_NILAI_MAKS {
            out.push('…');
            break;
        }
        out.push(if c.is_control() { ' ' } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn long_values_are_cut_on_a_character_boundary() {
        let s = "é".repeat(200);
        let p = pendekkan(&s);
        assert_eq!(p.chars().count(), PANJANG_NILAI_MAKS + 1);
        assert!(p.ends_with('…'));
        assert_eq!(pendekkan("a\nb\u{0}"), "a b ");
        let besar = json!({"a": vec![1; 100_000]});
        assert!(ringkas(&besar).chars().count() <= PANJANG_NILAI_MAKS + 1);
        assert_eq!(ringkas(&json!([1, "x"])), r#"[1,"x"]"#);
    }

    #[test]
    fn a_path_leads_back_to_its_value() {
        let d = json!({"rhk": [{"iki": [{"target": {"nilai": 5}}]}], "a.b": {"c": 1}});
        assert_eq!(
            cari(
                &d,
                "records[0].data",
                "records[0].data.rhk[0].iki[0].target.nilai"
            ),
            Some(&json!(5))
        );
        assert_eq!(cari(&d, "r", "r[\"a.b\"].c"), Some(&json!(1)));
        assert_eq!(cari(&d, "r", "r"), Some(&d));
        assert_eq!(cari(&d, "r", "r.tidak_ada"), None);
        assert_eq!(cari(&d, "r", "x.rhk"), None);
    }

    #[test]
    fn warnings_are_told_apart_from_refusals() {
        assert!(KodeMasalah::DigestTidakCocok.peringatan());
        assert!(KodeMasalah::Dimigrasi { dari: 0, ke: 1 }.peringatan());
        assert!(!KodeMasalah::IdGanda { kali: 2 }.peringatan());
        assert!(!KodeMasalah::BukanBundle.peringatan());
        assert_eq!(KodeMasalah::dari_digest(&StatusDigest::Cocok), None);
    }
}
