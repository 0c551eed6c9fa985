//! One incoming record before the domain's rules and the authority are asked (the first
//! step of [`super::gabung`]'s plan): the record-level rule by revision and, where both sides
//! changed it, the field-level merge.

use super::format::Record;
use super::gabung::{Basis, Tindakan, LOMPATAN_REVISI_MAKS};
use super::gabung_kolom::{gabung_kolom, pilih_basis, Gabungan, HakPengirim, SebabLokal};
use super::masalah::{KodeMasalah, Masalah};

/// One record before the rules and the authority are asked.
pub(super) struct Awal {
    /// The action, or the envelope problems that refuse it.
    pub(super) tindakan: Result<Tindakan, Vec<Masalah>>,
    pub(super) gabungan: Option<Gabungan>,
    /// The data the rules judge instead of the file's (the merge, conflicts taken from the
    /// file: the most the file could change).
    pub(super) data_diperiksa: Option<serde_json::Value>,
    /// A merge left the local record as it is.
    pub(super) tanpa_ambil: bool,
}

pub(super) fn awal_satu(
    berkas: &str,
    l: Option<&Record>,
    m: &Record,
    basis: &Basis,
    hak: Option<HakPengirim>,
    pengirim: &str,
) -> Awal {
    let polos = |t| Awal {
        tindakan: t,
        gabungan: None,
        data_diperiksa: None,
        tanpa_ambil: false,
    };
    let Some(l) = l else {
        return polos(Ok(Tindakan::Tambah));
    };
    if l.jenis != m.jenis {
        let kode = KodeMasalah::JenisBerbeda {
            lokal: l.jenis.kode().into(),
        };
        let ms = Masalah::baru(berkas, "type", kode).di_record(Some(&m.id));
        return polos(Err(vec![ms.dengan_teks(m.jenis.kode())]));
    }
    // Nobody edits a record a million times between two exchanges: such a number is forged or
    // broken, and taking it would make every later copy look older.
    if m.revisi > l.revisi.saturating_add(LOMPATAN_REVISI_MAKS) {
        let kode = KodeMasalah::RevisiMelompat {
            lokal: l.revisi,
            masuk: m.revisi,
        };
        return polos(Err(vec![
            Masalah::baru(berkas, "revision", kode).di_record(Some(&m.id))
        ]));
    }
    let t = bandingkan(l, m, basis.get(&m.id).copied());
    if !matches!(
        t,
        Tindakan::Perbarui | Tindakan::Konflik | Tindakan::LebihLama
    ) {
        return polos(Ok(t));
    }
    let b = pilih_basis(l, m, pengirim);
    let hak = hak.unwrap_or(HakPengirim::Semua);
    let Some(g) = gabung_kolom(l, m, b.as_ref(), hak, t == Tindakan::Perbarui) else {
        return polos(Ok(t));
    };
    let hanya_lebih_lama = g.konflik.is_empty()
        && g.dari_masuk.is_empty()
        && g.tetap_lokal
            .iter()
            .all(|(_, s)| *s == SebabLokal::DiubahDiSini);
    // An older copy merges only what its sender provably changed since the shared base and
    // this device did not (a tanggapan written before the atasan's later edits).
    if t == Tindakan::LebihLama
        && !hanya_lebih_lama
        && !(g.dengan_basis
            && g.konflik.is_empty()
            && g.tetap_lokal
                .iter()
                .all(|(_, s)| *s == SebabLokal::DiubahDiSini))
    {
        return polos(Ok(t));
    }
    let tindakan = if !g.konflik.is_empty() {
        Tindakan::Konflik
    } else if g.dari_masuk.is_empty() {
        Tindakan::LebihLama
    } else if g.data == m.data && t == Tindakan::Perbarui {
        Tindakan::Perbarui
    } else {
        Tindakan::Gabung
    };
    // Nothing to take because the file only lacks this device's later changes: an older copy,
    // judged as such. Nothing to take because it claims fields not its sender's: its own
    // version is still judged, so a forged file is named.
    let tanpa_ambil = g.dari_masuk.is_empty() && g.konflik.is_empty() && !hanya_lebih_lama;
    let data_diperiksa = (!tanpa_ambil).then(|| g.dengan_pilihan(&m.data, |_| true));
    Awal {
        tindakan: Ok(tindakan),
        gabungan: (tindakan != Tindakan::Perbarui).then_some(g),
        data_diperiksa,
        tanpa_ambil,
    }
}

/// The rule for one id present on both sides (same type).
pub fn bandingkan(lokal: &Record, masuk: &Record, basis: Option<u64>) -> Tindakan {
    // A tombstone that travelled without its content (a deleted attachment's bytes stay on
    // the device that deleted it) is the same deletion as the one stored with content.
    let nisan_sama = lokal.dihapus && masuk.dihapus && masuk.data.is_null();
    let sama = nisan_sama || (lokal.data == masuk.data && lokal.dihapus == masuk.dihapus);
    let kedua_maju = basis.is_some_and(|b| lokal.revisi > b && masuk.revisi > b);
    if kedua_maju && !sama {
        return Tindakan::Konflik;
    }
    match masuk.revisi.cmp(&lokal.revisi) {
        std::cmp::Ordering::Greater => Tindakan::Perbarui,
        std::cmp::Ordering::Equal if sama => Tindakan::TidakBerubah,
        std::cmp::Ordering::Equal => Tindakan::Konflik,
        std::cmp::Ordering::Less => Tindakan::LebihLama,
    }
}
