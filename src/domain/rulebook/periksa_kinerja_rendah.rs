//! Consistency of the rulebook's `kinerja_rendah` section: a low predikat named twice, a
//! repeat threshold below one period, or a follow-up without words refuses the rulebook.

use super::periksa::{galat, wajib_label};
use super::Rulebook;
use crate::domain::Galat;

pub(super) fn periksa(rb: &Rulebook) -> Result<(), Galat> {
    let k = &rb.kinerja_rendah;
    const BAGIAN: &str = "kinerja_rendah";
    for (i, p) in k.predikat.iter().enumerate() {
        if k.predikat[..i].contains(p) {
            return Err(galat("kode_ganda", BAGIAN, p.kode()));
        }
    }
    if k.ambang_berulang == 0 {
        return Err(galat("nilai_tidak_sah", BAGIAN, 0));
    }
    for key in k
        .tindak_lanjut
        .values()
        .flatten()
        .chain(&k.tindak_lanjut_berulang)
        .chain(&k.tindak_lanjut_jf)
    {
        wajib_label(rb, key, BAGIAN)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Predikat;

    #[test]
    fn the_built_in_section_holds_and_a_broken_one_is_refused_by_name() {
        let rb = Rulebook::bawaan();
        assert!(periksa(rb).is_ok());
        assert_eq!(rb.kinerja_rendah.predikat.len(), 3);
        let mut x = rb.clone();
        x.kinerja_rendah.predikat.push(Predikat::SangatKurang);
        assert_eq!(x.periksa().unwrap_err().kode, "kode_ganda");
        let mut x = rb.clone();
        x.kinerja_rendah.ambang_berulang = 0;
        assert_eq!(x.periksa().unwrap_err().kode, "nilai_tidak_sah");
        let mut x = rb.clone();
        x.kinerja_rendah.tindak_lanjut_jf = vec!["tindak_lanjut.tidak_ada".into()];
        let g = x.periksa().unwrap_err();
        assert_eq!(g.kode, "label_hilang");
        assert!(g
            .rincian
            .iter()
            .any(|(_, v)| v == "tindak_lanjut.tidak_ada"));
    }

    #[test]
    fn a_rulebook_written_before_the_section_takes_the_built_in_one() {
        let mut v = crate::jejak::value_dari_teks(super::super::BAWAAN_JSON).unwrap();
        v.as_object_mut().unwrap().remove("kinerja_rendah");
        let rb = Rulebook::dari_json(&v.to_string()).unwrap();
        assert_eq!(rb.kinerja_rendah, Rulebook::bawaan().kinerja_rendah);
    }
}
