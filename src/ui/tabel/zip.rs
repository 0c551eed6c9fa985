//! A ZIP archive of stored (uncompressed, method 0) entries: all an xlsx needs from ZIP, written
//! by hand so the spreadsheet export brings no deflate code into the wasm (a crate's writer
//! brought flate2, zlib-rs and zopfli: 255 KB gzip). Stored entries are what every reader
//! (Excel, LibreOffice, Python's zipfile) accepts; the price is size (the sheet's XML is not
//! compressed), which stays a few MB for an agency of 10,000 pegawai.
//!
//! The layout (APPNOTE.TXT, PKWARE): per entry a local file header then its bytes; then the
//! central directory (one header per entry, pointing back at its local header); then the
//! end-of-central-directory record. Integers little-endian. No ZIP64: a browser tab's table
//! stays far below the 4 GiB and 65,535-entry limits (an xlsx here has six entries).

/// MS-DOS date of every entry: 1980-01-01, the format's first day (bits: year-1980 | month |
/// day). A fixed stamp keeps the same table's file byte-identical from one export to the next.
const TANGGAL_DOS: u16 = (1 << 5) | 1;
/// MS-DOS time 00:00:00.
const JAM_DOS: u16 = 0;
/// Version needed to extract: 2.0, the lowest every reader knows (stored entries need 1.0).
const VERSI: u16 = 20;

const TANDA_LOKAL: u32 = 0x0403_4b50;
const TANDA_PUSAT: u32 = 0x0201_4b50;
const TANDA_AKHIR: u32 = 0x0605_4b50;

/// CRC-32 as ZIP uses it (IEEE 802.3: reflected polynomial 0xEDB88320, start and final XOR
/// all ones), one table lookup per byte; the 1 KB table is built per call, which is cheaper
/// than the sheet's XML it checks.
pub fn crc32(data: &[u8]) -> u32 {
    let mut tabel = [0u32; 256];
    for (i, t) in tabel.iter_mut().enumerate() {
        let mut c = i as u32;
        for _ in 0..8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
        *t = c;
    }
    !data.iter().fold(!0u32, |c, &b| {
        tabel[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8)
    })
}

/// An archive being written: entries go out as they are added, the directory at the end.
#[derive(Default)]
pub struct Zip {
    keluar: Vec<u8>,
    pusat: Vec<u8>,
    jumlah: u16,
}

fn u16_le(v: &mut Vec<u8>, x: u16) {
    v.extend_from_slice(&x.to_le_bytes());
}

fn u32_le(v: &mut Vec<u8>, x: u32) {
    v.extend_from_slice(&x.to_le_bytes());
}

impl Zip {
    /// Adds the file `nama` (a path with `/`, ASCII) holding `isi`, stored as it is.
    pub fn tambah(&mut self, nama: &str, isi: &[u8]) {
        let crc = crc32(isi);
        let ukuran = isi.len() as u32;
        let letak = self.keluar.len() as u32;
        // The fields the local and the central header share, from "version needed" on.
        let mut umum = Vec::with_capacity(26);
        u16_le(&mut umum, VERSI);
        u16_le(&mut umum, 0); // flags: none (names are ASCII, sizes known up front)
        u16_le(&mut umum, 0); // method: stored
        u16_le(&mut umum, JAM_DOS);
        u16_le(&mut umum, TANGGAL_DOS);
        u32_le(&mut umum, crc);
        u32_le(&mut umum, ukuran); // compressed size = size, as stored
        u32_le(&mut umum, ukuran);
        u16_le(&mut umum, nama.len() as u16);
        u16_le(&mut umum, 0); // extra field length

        u32_le(&mut self.keluar, TANDA_LOKAL);
        self.keluar.extend_from_slice(&umum);
        self.keluar.extend_from_slice(nama.as_bytes());
        self.keluar.extend_from_slice(isi);

        u32_le(&mut self.pusat, TANDA_PUSAT);
        u16_le(&mut self.pusat, VERSI); // version made by: 2.0, MS-DOS attributes
        self.pusat.extend_from_slice(&umum);
        u16_le(&mut self.pusat, 0); // comment length
        u16_le(&mut self.pusat, 0); // disk number start
        u16_le(&mut self.pusat, 0); // internal attributes
        u32_le(&mut self.pusat, 0); // external attributes
        u32_le(&mut self.pusat, letak);
        self.pusat.extend_from_slice(nama.as_bytes());
        self.jumlah += 1;
    }

    /// The archive's bytes: the entries, their directory and its end record.
    pub fn selesai(mut self) -> Vec<u8> {
        let letak_pusat = self.keluar.len() as u32;
        let ukuran_pusat = self.pusat.len() as u32;
        self.keluar.append(&mut self.pusat);
        u32_le(&mut self.keluar, TANDA_AKHIR);
        u16_le(&mut self.keluar, 0); // this disk
        u16_le(&mut self.keluar, 0); // disk where the directory starts
        u16_le(&mut self.keluar, self.jumlah);
        u16_le(&mut self.keluar, self.jumlah);
        u32_le(&mut self.keluar, ukuran_pusat);
        u32_le(&mut self.keluar, letak_pusat);
        u16_le(&mut self.keluar, 0); // comment length
        self.keluar
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_values() {
        // The check value of the CRC catalogue for CRC-32/ISO-HDLC, and two known strings.
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414F_A339
        );
    }

    #[test]
    fn an_empty_archive_is_only_its_end_record() {
        let b = Zip::default().selesai();
        assert_eq!(b.len(), 22);
        assert_eq!(&b[..4], &[0x50, 0x4b, 0x05, 0x06]);
        assert!(b[4..].iter().all(|&x| x == 0));
    }
}
