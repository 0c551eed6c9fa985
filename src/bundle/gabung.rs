//! Merge by record id and revision, in two steps: [`rencanakan`] is a dry run that says what
//! would happen to every incoming record; [`terapkan`] carries it out with the person's choice
//! for each conflict and returns the state before, for undo. Nothing is dropped or overwritten
//! silently: an older incoming record is left alone and reported, a record changed on both
//! sides waits for an explicit choice and keeps the local version until then.

use super::format::{JenisBundle, Record};
use super::gabung_kolom::{gabung_kolom, pilih_basis, HakPengirim};
pub use super::gabung_kolom::{Gabungan, SebabLokal};
use super::isi::IsiSekali;
use super::masalah::{KodeMasalah, Masalah};
use super::validasi::BundleTerbaca;
use std::collections::{BTreeMap, HashMap, HashSet};

/// What happens to one incoming record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tindakan {
    /// New id: added.
    Tambah,
    /// A later revision of the local record: replaces it.
    Perbarui,
    /// Same revision and content: nothing to do.
    TidakBerubah,
    /// An earlier revision than the local one: left alone, reported.
    LebihLama,
    /// Changed on both sides in different fields: each side's changes are kept, as a new
    /// revision above both.
    Gabung,
    /// Changed on both sides: the person chooses (per field when the record merges, see
    /// `EntriRencana::gabungan`); both versions are kept for display.
    Konflik,
    /// Invalid, or clashes with a local record of another type: not imported.
    Ditolak,
}

/// The person's choice for one conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pilihan {
    Lokal,
    Masuk,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EntriRencana {
    pub id: Option<String>,
    pub jenis: Option<String>,
    pub tindakan: Tindakan,
    /// The local version, when there is one (shown side by side with `masuk`).
    pub lokal: Option<Record>,
    pub masuk: Option<Record>,
    pub masalah: Vec<Masalah>,
    /// The field-level merge, when both sides changed the record (`Gabung`, `Konflik` by
    /// field, or `LebihLama` with the fields kept here and why).
    pub gabungan: Option<Gabungan>,
}

/// The dry run for one file against the local records.
#[derive(Clone, Debug, PartialEq)]
pub struct Rencana {
    pub berkas: String,
    /// The local records the plan was made against; also the undo snapshot.
    pub sebelum: Vec<Record>,
    pub entri: Vec<EntriRencana>,
    /// File-level warnings (digest, migration, dropped derived values).
    pub peringatan: Vec<Masalah>,
}

impl Rencana {
    pub fn jumlah(&self, t: Tindakan) -> usize {
        self.entri.iter().filter(|e| e.tindakan == t).count()
    }

    pub fn konflik(&self) -> impl Iterator<Item = &EntriRencana> {
        self.entri
            .iter()
            .filter(|e| e.tindakan == Tindakan::Konflik)
    }

    /// Whether applying would change anything.
    pub fn ada_perubahan(&self) -> bool {
        self.entri.iter().any(|e| {
            matches!(
                e.tindakan,
                Tindakan::Tambah | Tindakan::Perbarui | Tindakan::Gabung | Tindakan::Konflik
            )
        })
    }
}

/// For each record id, the revision both sides last agreed on (the last import or export),
/// when the caller keeps it. With a base, "both sides advanced" is a conflict even when the
/// incoming revision is higher; without one, a higher incoming revision is taken as a
/// descendant of the local one.
pub type Basis = BTreeMap<String, u64>;

/// How far an incoming revision may run ahead of the stored one.
pub const LOMPATAN_REVISI_MAKS: u64 = 1_000_000;

/// Who receives a file: the NIP of the person on this device (a file of their own, from
/// another device, has no field that is its sender's alone: see `gabung_kolom`), and whether
/// the device is the agency admin's archive (`otoritas`: a record it never held may come from
/// the pejabat penilai it names).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Penerima<'a> {
    pub nip: &'a str,
    pub arsip: bool,
}

/// The dry run without base revisions.
pub fn rencanakan(lokal: &[Record], masuk: &BundleTerbaca) -> Rencana {
    rencanakan_untuk(lokal, masuk, &Basis::new(), Penerima::default())
}

pub fn rencanakan_dengan_basis(lokal: &[Record], masuk: &BundleTerbaca, basis: &Basis) -> Rencana {
    rencanakan_untuk(lokal, masuk, basis, Penerima::default())
}

/// The dry run for the person `penerima` on this device.
pub fn rencanakan_untuk(
    lokal: &[Record],
    masuk: &BundleTerbaca,
    basis: &Basis,
    penerima: Penerima,
) -> Rencana {
    let mut indeks: HashMap<&str, &Record> = HashMap::with_capacity(lokal.len());
    for r in lokal {
        indeks.entry(r.id.as_str()).or_insert(r);
    }
    let berkas = masuk.berkas.as_str();
    let ingat = IsiSekali::baru();
    // First the record-level rule and, where both sides changed, the field-level merge; then
    // the domain's rules and the authority judge what would actually land (the merged record).
    let hak = super::otoritas::hak_kolom(lokal, &masuk.bundle, penerima.nip, &ingat);
    let mut awal = Vec::with_capacity(masuk.bundle.records.len());
    // The merged data to judge instead of the file's, by record index.
    let mut ganti = Vec::new();
    // Which records a field-level merge changed before judging.
    let mut digabung = Vec::with_capacity(masuk.bundle.records.len());
    for (i, m) in masuk.bundle.records.iter().enumerate() {
        let l = indeks.get(m.id.as_str()).copied();
        let mut a = awal_satu(berkas, l, m, basis, hak.get(&m.id).copied());
        digabung.push(a.data_diperiksa.is_some());
        if let Some(d) = a.data_diperiksa.take() {
            ganti.push((i, d));
        }
        awal.push(a);
    }
    let rekap = masuk.bundle.jenis == JenisBundle::Rekap;
    // A rekap's older copy that leaves the record as it is here changes nothing, so it is
    // not judged: it stays "older, left alone", as a stale copy is no forgery.
    let dibiarkan: HashSet<&str> = awal
        .iter()
        .zip(&masuk.bundle.records)
        .zip(&digabung)
        .filter(|((a, _), g)| rekap && matches!(a.tindakan, Ok(Tindakan::LebihLama)) && !**g)
        .map(|((_, m), _)| m.id.as_str())
        .collect();
    // The file as judged: a copy only where a merge changes what is judged.
    let efektif_milik = (!ganti.is_empty() || !dibiarkan.is_empty()).then(|| {
        let mut b = masuk.bundle.clone();
        for (i, d) in ganti {
            b.records[i].data = d;
        }
        b.records.retain(|r| !dibiarkan.contains(r.id.as_str()));
        b
    });
    let efektif = efektif_milik.as_ref().unwrap_or(&masuk.bundle);
    let mut langgar = super::aturan::pelanggaran_dengan(lokal, efektif, &ingat);
    let mut wewenang = super::otoritas::pelanggaran_dengan(lokal, efektif, penerima.arsip, &ingat);
    // A merge that takes nothing from the file leaves the record as it is here; if the file's
    // own version breaks the authority, that is still said (a forged or stale copy).
    if awal.iter().any(|a| a.tanpa_ambil) {
        let mentah =
            super::otoritas::pelanggaran_dengan(lokal, &masuk.bundle, penerima.arsip, &ingat);
        for (a, m) in awal.iter().zip(&masuk.bundle.records) {
            if let Some(g) = mentah.get(&m.id).filter(|_| a.tanpa_ambil) {
                wewenang.insert(m.id.clone(), g.clone());
            }
        }
    }
    let mut entri = Vec::with_capacity(masuk.bundle.records.len() + masuk.ditolak.len());
    for (m, a) in masuk.bundle.records.iter().zip(awal) {
        let l = indeks.get(m.id.as_str()).copied();
        let (tindakan, masalah, gabungan) =
            if wewenang.contains_key(&m.id) || langgar.contains_key(&m.id) {
                // Authority and the domain's rules: every reason is listed, not only the first.
                let kode = wewenang
                    .remove(&m.id)
                    .map(|galat| match rekap {
                        true => KodeMasalah::SalinanRekap { galat },
                        false => KodeMasalah::TanpaWewenang { galat },
                    })
                    .into_iter()
                    .chain(
                        langgar
                            .remove(&m.id)
                            .unwrap_or_default()
                            .into_iter()
                            .map(|galat| KodeMasalah::AturanDilanggar { galat }),
                    );
                let ms = kode.map(|k| Masalah::baru(berkas, "data", k).di_record(Some(&m.id)));
                (Tindakan::Ditolak, ms.collect(), None)
            } else {
                match a.tindakan {
                    Ok(t) => (t, Vec::new(), a.gabungan),
                    Err(ms) => (Tindakan::Ditolak, ms, None),
                }
            };
        entri.push(EntriRencana {
            id: Some(m.id.clone()),
            jenis: Some(m.jenis.kode().into()),
            tindakan,
            lokal: l.cloned(),
            masuk: Some(m.clone()),
            masalah,
            gabungan,
        });
    }
    for d in &masuk.ditolak {
        entri.push(EntriRencana {
            id: d.id.clone(),
            jenis: d.jenis.clone(),
            tindakan: Tindakan::Ditolak,
            lokal: d
                .id
                .as_deref()
                .and_then(|id| indeks.get(id))
                .map(|r| (*r).clone()),
            masuk: None,
            masalah: d.masalah.clone(),
            gabungan: None,
        });
    }
    Rencana {
        berkas: berkas.into(),
        sebelum: lokal.to_vec(),
        entri,
        peringatan: masuk.peringatan.clone(),
    }
}

/// One record before the rules and the authority are asked.
struct Awal {
    /// The action, or the envelope problems that refuse it.
    tindakan: Result<Tindakan, Vec<Masalah>>,
    gabungan: Option<Gabungan>,
    /// The data the rules judge instead of the file's (the merge, conflicts taken from the
    /// file: the most the file could change).
    data_diperiksa: Option<serde_json::Value>,
    /// A merge left the local record as it is.
    tanpa_ambil: bool,
}

fn awal_satu(
    berkas: &str,
    l: Option<&Record>,
    m: &Record,
    basis: &Basis,
    hak: Option<HakPengirim>,
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
    let b = pilih_basis(l, m);
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

/// The key of the person's choice for one conflicting field (the record id alone chooses for
/// the whole record).
pub fn kunci_kolom(id: &str, kolom: &str) -> String {
    format!("{id}#{kolom}")
}

/// The store's per-record check: a write based on revision `basis` may go ahead only while the
/// stored record is not newer than that (another tab or an import may have moved it on).
pub fn boleh_tulis(basis: u64, tersimpan: u64) -> bool {
    tersimpan <= basis
}

pub use super::gabung_terapkan::{terapkan, Penerapan};

#[cfg(test)]
#[path = "gabung_tests.rs"]
mod tests;
