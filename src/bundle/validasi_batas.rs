//! The limits one file is read within ([`Batas`]).

/// Limits on one file. The size limit is a setting; the others guard against hostile input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Batas {
    pub ukuran_maks_byte: u64,
    /// Nesting of objects and arrays; the real format needs about 10. serde_json itself stops
    /// at 128, so a larger value here changes nothing.
    pub kedalaman_maks: usize,
    /// Bytes of one text (value or key).
    pub panjang_string_maks: usize,
    /// Bytes of an attachment's base64 text (`lampiran` records' `data.isi`), the one text
    /// allowed past `panjang_string_maks`. A ceiling against hostile files; the rulebook's
    /// smaller per-file limit (`lampiran.ukuran_maks_byte`) is checked on the decoded bytes.
    pub panjang_lampiran_maks: usize,
    pub jumlah_record_maks: usize,
    /// Items of any one list inside a record (participants, RHK, cells, evidence).
    pub panjang_daftar_maks: usize,
    /// A record's revision: beyond 2^53 − 1 a JSON number loses precision in a browser, and
    /// the next save must still be able to add one.
    pub revisi_maks: u64,
}

impl Default for Batas {
    fn default() -> Self {
        Batas {
            ukuran_maks_byte: 50 * 1024 * 1024,
            kedalaman_maks: 64,
            panjang_string_maks: 100_000,
            // 1 MiB of bytes as base64.
            panjang_lampiran_maks: 1_398_104,
            jumlah_record_maks: 250_000,
            panjang_daftar_maks: 10_000,
            revisi_maks: (1 << 53) - 1,
        }
    }
}
