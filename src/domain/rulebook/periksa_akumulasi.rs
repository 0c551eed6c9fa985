//! Consistency of the rulebook's `akumulasi` section (the unit words that choose an IKI's
//! default accumulation).

use super::periksa::{galat, unik, wajib_label};
use super::Rulebook;
use crate::domain::Galat;

/// The unit words decide an IKI's default accumulation: each word written as it is compared
/// (so "Persen" or " % " in the list, which would never match as written, is refused), none in
/// two kinds (which kind wins would hang on the order alone), every kind and way labelled, and
/// a lower-is-better or range target never summed.
pub(super) fn periksa(rb: &Rulebook) -> Result<(), Galat> {
    use crate::domain::skp::{akumulasi::kata_satuan, Akumulasi, BentukTarget};
    let a = &rb.akumulasi;
    unik(
        a.jenis_satuan.iter().map(|j| &j.kode),
        "akumulasi.jenis_satuan",
    )?;
    unik(
        a.jenis_satuan.iter().flat_map(|j| &j.kata),
        "akumulasi.jenis_satuan.kata",
    )?;
    for j in &a.jenis_satuan {
        wajib_label(rb, &format!("jenis_satuan.{}", j.kode), "akumulasi")?;
        for k in &j.kata {
            if kata_satuan(k).join(" ") != *k {
                return Err(galat("nilai_tidak_sah", "akumulasi.jenis_satuan.kata", k));
            }
        }
    }
    if a.tanpa_jumlah == Akumulasi::Jumlah {
        return Err(galat("nilai_tidak_sah", "akumulasi.tanpa_jumlah", "jumlah"));
    }
    for k in Akumulasi::SEMUA.map(Akumulasi::label_key) {
        wajib_label(rb, &k, "akumulasi")?;
    }
    for b in BentukTarget::SEMUA {
        wajib_label(rb, &format!("bentuk_target.{}", b.kode()), "akumulasi")?;
    }
    for k in [
        "jenis_satuan.lain",
        "dasar_akumulasi.makin_kecil",
        "dasar_akumulasi.rentang",
    ] {
        wajib_label(rb, k, "akumulasi")?;
    }
    Ok(())
}
