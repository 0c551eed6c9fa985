//! The bundle envelope (docs/bundle.md): a self-describing JSON file of records. `data` stays a
//! `serde_json::Value` so fields this version does not know survive an import and re-export;
//! typed access is in [`super::isi`]. Unknown envelope and record fields are kept in `lain`.

use super::digest;
use super::migrasi::SCHEMA_VERSION;
use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[path = "format_tulis.rs"]
mod tulis;
use tulis::objek;

/// The `format` discriminator of every bundle.
pub const FORMAT: &str = "kinerjaku-bundle";
/// The only digest algorithm this version writes and checks.
pub const ALGORITMA_DIGEST: &str = "sha-256";
/// Exporter roles, as the settings store spells them.
pub const PERAN: [&str; 3] = ["pegawai", "pejabat_penilai", PERAN_ADMIN];
/// The admin kepegawaian's role: the only exporter of a `rekap`, and its only importer.
pub const PERAN_ADMIN: &str = "admin_kepegawaian";

/// What a bundle carries (docs/bundle.md describes each kind).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum JenisBundle {
    /// A pegawai's own year: profile, SKP, progress, training, notes.
    Pegawai,
    /// An assessor's evaluations of one or more pegawai.
    Penilaian,
    /// An agency's own rulebook.
    Rulebook,
    /// An admin kepegawaian's whole workspace, passed upward (a provincial BKD, a ministry)
    /// or to a second admin device: the organisation and every pegawai record received.
    Rekap,
}

impl JenisBundle {
    pub const SEMUA: [JenisBundle; 4] = [
        JenisBundle::Pegawai,
        JenisBundle::Penilaian,
        JenisBundle::Rulebook,
        JenisBundle::Rekap,
    ];

    pub fn kode(self) -> &'static str {
        match self {
            JenisBundle::Pegawai => "pegawai",
            JenisBundle::Penilaian => "penilaian",
            JenisBundle::Rulebook => "rulebook",
            JenisBundle::Rekap => "rekap",
        }
    }

    pub fn dari_kode(kode: &str) -> Option<Self> {
        Self::SEMUA.into_iter().find(|j| j.kode() == kode)
    }

    /// Which record types a bundle of this kind may hold; anything else is refused per record.
    pub fn boleh_memuat(self, r: JenisRecord) -> bool {
        use JenisRecord as R;
        match self {
            // Evaluasi travels back with the tanggapan, attachments with their realisasi. Never
            // here: the agency's organisation, the pejabat penilai's competency assessment (in
            // the penilaian file), a potential assessment (the admins' rekap only). An award
            // reaches the pegawai in a pegawai file the admin exports.
            JenisBundle::Pegawai => !matches!(
                r,
                R::Rulebook
                    | R::UnitKerja
                    | R::PredikatOrganisasi
                    | R::PenilaianKompetensi
                    | R::AsesmenPotensi
            ),
            // The matriks peran–hasil travels down so bawahan can take their RHK from it; a
            // development plan comes back approved or returned.
            JenisBundle::Penilaian => matches!(
                r,
                R::Pegawai
                    | R::Skp
                    | R::Evaluasi
                    | R::UmpanBalik
                    | R::DialogKinerja
                    | R::MatriksPeranHasil
                    | R::PenilaianKompetensi
                    | R::RencanaPengembangan
            ),
            JenisBundle::Rulebook => r == R::Rulebook,
            JenisBundle::Rekap => r != R::Rulebook, // the receiver keeps its own rules
        }
    }
}

/// The `type` of a record: which domain object its `data` holds.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum JenisRecord {
    Pegawai,
    Skp,
    Realisasi,
    UmpanBalik,
    DialogKinerja,
    Evaluasi,
    KegiatanPengembangan,
    Catatan,
    MatriksPeranHasil,
    Rulebook,
    /// A photo or PDF attached to a realisasi (its bytes apart from the realisasi).
    Lampiran,
    /// The agency's unit kerja (admin kepegawaian).
    UnitKerja,
    /// A unit's predikat kinerja organisasi for a period (admin kepegawaian).
    PredikatOrganisasi,
    /// A pegawai's competency assessment (Format B.1.9) by their pejabat penilai.
    PenilaianKompetensi,
    /// A pegawai's development plan for a year, approved by their pejabat penilai.
    RencanaPengembangan,
    /// An award the admin kepegawaian records for a pegawai.
    Penghargaan,
    /// A potential assessment's result the admin kepegawaian records (the talent box).
    AsesmenPotensi,
}

impl JenisRecord {
    pub const SEMUA: [JenisRecord; 17] = [
        JenisRecord::Pegawai,
        JenisRecord::Skp,
        JenisRecord::Realisasi,
        JenisRecord::UmpanBalik,
        JenisRecord::DialogKinerja,
        JenisRecord::Evaluasi,
        JenisRecord::KegiatanPengembangan,
        JenisRecord::Catatan,
        JenisRecord::MatriksPeranHasil,
        JenisRecord::Rulebook,
        JenisRecord::Lampiran,
        JenisRecord::UnitKerja,
        JenisRecord::PredikatOrganisasi,
        JenisRecord::PenilaianKompetensi,
        JenisRecord::RencanaPengembangan,
        JenisRecord::Penghargaan,
        JenisRecord::AsesmenPotensi,
    ];

    pub fn kode(self) -> &'static str {
        match self {
            JenisRecord::Pegawai => "pegawai",
            JenisRecord::Skp => "skp",
            JenisRecord::Realisasi => "realisasi",
            JenisRecord::UmpanBalik => "umpan_balik",
            JenisRecord::DialogKinerja => "dialog_kinerja",
            JenisRecord::Evaluasi => "evaluasi",
            JenisRecord::KegiatanPengembangan => "kegiatan_pengembangan",
            JenisRecord::Catatan => "catatan",
            JenisRecord::MatriksPeranHasil => "matriks_peran_hasil",
            JenisRecord::Rulebook => "rulebook",
            JenisRecord::Lampiran => "lampiran",
            JenisRecord::UnitKerja => "unit_kerja",
            JenisRecord::PredikatOrganisasi => "predikat_organisasi",
            JenisRecord::PenilaianKompetensi => "penilaian_kompetensi",
            JenisRecord::RencanaPengembangan => "rencana_pengembangan",
            JenisRecord::Penghargaan => "penghargaan",
            JenisRecord::AsesmenPotensi => "asesmen_potensi",
        }
    }

    pub fn dari_kode(kode: &str) -> Option<Self> {
        Self::SEMUA.into_iter().find(|j| j.kode() == kode)
    }
}

/// Who made the file.
#[derive(Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Pengekspor {
    pub nip: String,
    pub nama: String,
    /// One of [`PERAN`].
    pub peran: String,
    #[serde(flatten)]
    pub lain: Map<String, Value>,
}

#[derive(Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Digest {
    pub algorithm: String,
    /// Lower-case hex.
    pub value: String,
    #[serde(flatten)]
    pub lain: Map<String, Value>,
}

/// One record. Field names match the store's record envelope, so a record travels unchanged.
#[derive(Deserialize, Clone, Debug, PartialEq)]
pub struct Record {
    /// UUID text.
    pub id: String,
    #[serde(rename = "type")]
    pub jenis: JenisRecord,
    #[serde(rename = "revision")]
    pub revisi: u64,
    /// RFC 3339.
    #[serde(rename = "updated_at")]
    pub diperbarui: String,
    /// A tombstone: the record was deleted, so a merge does not bring it back.
    #[serde(rename = "deleted", default)]
    pub dihapus: bool,
    pub data: Value,
    #[serde(flatten)]
    pub lain: Map<String, Value>,
}

pub(crate) const KOLOM_RECORD: [&str; 6] =
    ["id", "type", "revision", "updated_at", "deleted", "data"];
pub(crate) const KOLOM_BUNDLE: [&str; 9] = [
    "format",
    "schema_version",
    "app_version",
    "kind",
    "exported_at",
    "exporter",
    "records",
    "digest",
    "signatures",
];

impl Record {
    /// A live record whose `data` is `isi` (a domain object) serialised.
    pub fn baru<T: Serialize>(
        id: &str,
        jenis: JenisRecord,
        revisi: u64,
        diperbarui: DateTime<FixedOffset>,
        isi: &T,
    ) -> Result<Record, serde_json::Error> {
        Ok(Record {
            id: id.into(),
            jenis,
            revisi,
            diperbarui: waktu_rfc3339(diperbarui),
            dihapus: false,
            data: serde_json::to_value(isi)?,
            lain: Map::new(),
        })
    }
}

#[derive(Deserialize, Clone, Debug, PartialEq)]
pub struct Bundle {
    pub format: String,
    pub schema_version: u32,
    #[serde(rename = "app_version")]
    pub versi_aplikasi: String,
    #[serde(rename = "kind")]
    pub jenis: JenisBundle,
    /// RFC 3339.
    #[serde(rename = "exported_at")]
    pub diekspor: String,
    #[serde(rename = "exporter")]
    pub pengekspor: Pengekspor,
    pub records: Vec<Record>,
    pub digest: Digest,
    /// Reserved for signatures; kept as found.
    #[serde(default)]
    pub signatures: Vec<Value>,
    #[serde(flatten)]
    pub lain: Map<String, Value>,
}

impl Bundle {
    /// A bundle of the current schema with its digest computed.
    pub fn baru(
        jenis: JenisBundle,
        pengekspor: Pengekspor,
        records: Vec<Record>,
        sekarang: DateTime<FixedOffset>,
    ) -> Bundle {
        let mut b = Bundle {
            format: FORMAT.into(),
            schema_version: SCHEMA_VERSION,
            versi_aplikasi: env!("CARGO_PKG_VERSION").into(),
            jenis,
            diekspor: waktu_rfc3339(sekarang),
            pengekspor,
            records,
            digest: Digest::default(),
            signatures: Vec::new(),
            lain: Map::new(),
        };
        b.segarkan_digest();
        b
    }

    /// Recomputes the digest after the bundle was changed in memory.
    pub fn segarkan_digest(&mut self) {
        self.digest = Digest {
            algorithm: ALGORITMA_DIGEST.into(),
            value: digest::hitung(&self.ke_value()),
            lain: Map::new(),
        };
    }

    /// The bundle as JSON value (what the digest and the file are made of). Built by hand, so
    /// it cannot fail and there is no `null` to fall back on.
    pub fn ke_value(&self) -> Value {
        objek(
            [
                ("format", self.format.as_str().into()),
                ("schema_version", self.schema_version.into()),
                ("app_version", self.versi_aplikasi.as_str().into()),
                ("kind", self.jenis.kode().into()),
                ("exported_at", self.diekspor.as_str().into()),
                ("exporter", self.pengekspor.ke_value()),
                (
                    "records",
                    self.records.iter().map(Record::ke_value).collect(),
                ),
                ("digest", self.digest.ke_value()),
                ("signatures", self.signatures.clone().into()),
            ],
            &self.lain,
        )
    }

    /// The file's text: indented for people who open it, trailing newline.
    pub fn to_json_pretty(&self) -> String {
        let mut s = serde_json::to_string_pretty(&self.ke_value()).unwrap_or_default();
        s.push('\n');
        s
    }

    /// The file name for this bundle on the day it was exported (see [`nama_berkas`]).
    pub fn nama_berkas(&self) -> String {
        let tanggal = DateTime::parse_from_rfc3339(&self.diekspor)
            .map(|t| t.date_naive())
            .unwrap_or_default();
        nama_berkas(self.jenis, &self.pengekspor.nip, tanggal)
    }
}

/// RFC 3339 with seconds, `Z` for UTC, the offset otherwise (Indonesian time zones keep theirs).
pub fn waktu_rfc3339(t: DateTime<FixedOffset>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// `kinerjaku-<kind>-<nip>-<yyyymmdd>.json`. The NIP is reduced to letters, digits and `-` so a
/// hostile exporter field can never make a path; an empty one reads `tanpa-nip`.
pub fn nama_berkas(jenis: JenisBundle, nip: &str, tanggal: NaiveDate) -> String {
    let bersih: String = nip
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(40)
        .collect();
    let nip = if bersih.is_empty() {
        "tanpa-nip"
    } else {
        &bersih
    };
    // Written out by hand: chrono's `format` pattern interpreter is ~8 KB of wasm.
    use chrono::Datelike;
    format!(
        "kinerjaku-{}-{}-{:04}{:02}{:02}.json",
        jenis.kode(),
        nip,
        tanggal.year(),
        tanggal.month(),
        tanggal.day()
    )
}

/// A version-4 UUID from 16 random bytes supplied by the caller (crypto.getRandomValues in the
/// browser), so this layer needs neither a uuid crate nor a source of randomness.
pub fn uuid_v4_dari_byte(mut b: [u8; 16]) -> String {
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let mut s = String::with_capacity(36);
    for (i, x) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        s.push(char::from(HEKSA[usize::from(x >> 4)]));
        s.push(char::from(HEKSA[usize::from(x & 0x0f)]));
    }
    s
}

const HEKSA: &[u8; 16] = b"0123456789abcdef";

/// Whether `s` is UUID text (8-4-4-4-12 hex digits, any version, either case).
pub fn apakah_uuid(s: &str) -> bool {
    s.len() == 36
        && s.bytes().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

#[cfg(test)]
#[path = "format_tests.rs"]
mod tests;
