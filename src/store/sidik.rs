//! A fast 64-bit fingerprint of stored texts, to tell whether they changed: the dashboards'
//! inputs name the records they were made from by it (`turunan`), an import tells by it
//! whether a record it read moved before the apply (`pandangan`), and an undo whether a value
//! is still what the import wrote (`jurnal`). Within this tab and its storage only; not a
//! defence against anyone.

/// A 64-bit fingerprint in four lanes (independent chains, so the processor runs them side
/// by side: an agency's 100 MB of records in a fraction of the time one chain takes). Each
/// 8-byte word is mixed into its lane by a step that is a bijection of the lane (rotate, xor,
/// multiply by an odd constant), so two texts of one length that differ in a single word never
/// share a fingerprint; other changes meet by chance (2^-64). Not a defence against someone
/// forging storage, who could change the records themselves.
pub(crate) struct Sidik([u64; 4]);

impl Sidik {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;

    pub(crate) fn baru() -> Self {
        Sidik([0, 1, 2, 3])
    }

    #[inline(always)]
    fn campur(lajur: &mut u64, w: u64) {
        *lajur = (lajur.rotate_left(5) ^ w).wrapping_mul(Self::K);
    }

    pub(crate) fn teks(&mut self, t: &[u8]) {
        // Whole words as fixed-size arrays: a load each, no copy of a slice of unknown length.
        let (kata, sisa) = t.as_chunks::<8>();
        let (blok, kata) = kata.as_chunks::<4>();
        for [a, b, c, d] in blok {
            let [l0, l1, l2, l3] = &mut self.0;
            Self::campur(l0, u64::from_le_bytes(*a));
            Self::campur(l1, u64::from_le_bytes(*b));
            Self::campur(l2, u64::from_le_bytes(*c));
            Self::campur(l3, u64::from_le_bytes(*d));
        }
        // The rest word by word, then the last bytes and the length, in the first lane: the
        // length ends each text, so where one ends and the next begins is part of it.
        for w in kata {
            Self::campur(&mut self.0[0], u64::from_le_bytes(*w));
        }
        let mut akhir = [0u8; 8];
        for (x, y) in akhir.iter_mut().zip(sisa) {
            *x = *y;
        }
        Self::campur(&mut self.0[0], u64::from_le_bytes(akhir));
        Self::campur(&mut self.0[0], t.len() as u64);
    }

    pub(crate) fn selesai(mut self, n: usize) -> u64 {
        Self::campur(&mut self.0[0], n as u64);
        // Each lane's bits spread over all 64 (a bijection too) before they are combined.
        let aduk = |mut x: u64| {
            x ^= x >> 33;
            x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
            x ^ (x >> 33)
        };
        let [a, b, c, d] = self.0.map(aduk);
        a ^ b.rotate_left(16) ^ c.rotate_left(32) ^ d.rotate_left(48)
    }
}

/// The fingerprint of one text.
pub(crate) fn sidik_teks(teks: &str) -> u64 {
    let mut h = Sidik::baru();
    h.teks(teks.as_bytes());
    h.selesai(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_tells_apart_texts_that_differ_in_one_byte_or_in_where_they_split() {
        let satu = |teks: &[&str]| {
            let mut h = Sidik::baru();
            for t in teks {
                h.teks(t.as_bytes());
            }
            h.selesai(teks.len())
        };
        let dasar =
            "{\"type\":\"skp\",\"revision\":3,\"data\":{\"id\":\"a\",\"nama\":\"Sri Wahyuni\"}}";
        let mut beda = dasar.as_bytes().to_vec();
        for i in 0..beda.len() {
            beda[i] ^= 1;
            assert_ne!(
                satu(&[std::str::from_utf8(&beda).unwrap()]),
                satu(&[dasar]),
                "byte {i}"
            );
            beda[i] ^= 1;
        }
        assert_ne!(satu(&["ab", "c"]), satu(&["a", "bc"]));
        assert_eq!(sidik_teks(dasar), satu(&[dasar]));
        assert_ne!(satu(&["abc"]), satu(&["abc\0"]));
    }
}
