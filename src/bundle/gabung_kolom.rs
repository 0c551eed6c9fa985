//! Field-level three-way merge of one record changed on both sides. A tanggapan the pegawai
//! wrote and a note the atasan changed later are different fields: both survive; only a field
//! both sides changed differently is a conflict, and the person chooses per field.
//!
//! The base: records keep no history, so each stored record carries, in its envelope field
//! `basis`, the per-field digests of the version last received from the other side (set by an
//! import, kept by local saves, travelling with exports). A field whose digest still matches
//! the base was not changed on that side since. The incoming record's own `basis` (the version
//! its sender started from) is preferred; else the local one, if it is not newer than what
//! arrives. Without any base, ownership decides (docs/bundle.md, "Otoritas"): a field the
//! sender may not write keeps the local value; a field that is the sender's alone takes theirs;
//! a field both may write follows the revisions (higher incoming takes it, equal is a conflict).
//! The result is then checked by the authority and domain rules like any incoming record.

use super::digest::hitung_dalam_larik;
use super::format::{JenisRecord, Record};
use crate::kumpul::{himpunan, objek, peta};
use serde_json::Value;
use std::collections::BTreeMap;

/// The envelope field that holds a record's base.
pub const KOLOM_BASIS: &str = "basis";

/// Hex digits kept of each field's SHA-256 (64 bits: a changed field that looks unchanged is
/// out of reach, and a stored record grows by about 30 characters per field).
const PANJANG_SIDIK: usize = 16;

/// The version both sides last shared, as per-field digests of its `data`.
#[derive(Clone, Debug, PartialEq)]
pub struct BasisKolom {
    pub revisi: u64,
    pub kolom: BTreeMap<String, String>,
    /// Who sent that version (the file's exporter NIP), when known: a base stored here is
    /// a version the file's sender surely had only if it came from them ([`pilih_basis`]).
    pub dari: Option<String>,
}

impl BasisKolom {
    /// The base a record is once it has been received: its own fields.
    pub fn dari(r: &Record) -> Self {
        Self::dari_data(r.revisi, &r.data)
    }

    fn dari_data(revisi: u64, data: &Value) -> Self {
        let kolom = data
            .as_object()
            .map(|o| peta(o.iter().map(|(k, v)| (k.clone(), sidik(v)))))
            .unwrap_or_default();
        BasisKolom {
            revisi,
            kolom,
            dari: None,
        }
    }

    /// Read from a record's envelope; `None` when absent or not in this shape. A stored
    /// "own data" base ([`tandai_diterima_utuh`]) is read as digests of the record's data.
    pub fn baca(r: &Record) -> Option<Self> {
        let b = r.lain.get(KOLOM_BASIS)?.as_object()?;
        let revisi = b.get("revisi")?.as_u64()?;
        let dari = b.get(PENGIRIM).and_then(Value::as_str).map(str::to_string);
        if b.get(DARI_DATA) == Some(&Value::Bool(true)) {
            return (revisi == r.revisi && !r.dihapus).then(|| BasisKolom {
                dari,
                ..Self::dari(r)
            });
        }
        let mut kolom = BTreeMap::new();
        for (k, v) in b.get("kolom")?.as_object()? {
            kolom.insert(k.clone(), v.as_str()?.to_string());
        }
        Some(BasisKolom {
            revisi,
            kolom,
            dari,
        })
    }

    pub fn ke_value(&self) -> Value {
        let kolom = objek(
            self.kolom
                .iter()
                .map(|(k, v)| (k.clone(), Value::String(v.clone()))),
        );
        let mut b = serde_json::json!({ "revisi": self.revisi, "kolom": kolom });
        if let (Some(o), Some(d)) = (b.as_object_mut(), &self.dari) {
            o.insert(PENGIRIM.into(), d.clone().into());
        }
        b
    }

    /// Whether `v` differs from this base's field (an absent field reads as `null`).
    fn diubah(&self, kolom: &str, v: Option<&Value>) -> bool {
        let di_basis = self
            .kolom
            .get(kolom)
            .cloned()
            .unwrap_or_else(|| sidik(&Value::Null));
        sidik(v.unwrap_or(&Value::Null)) != di_basis
    }
}

/// A field's digest: SHA-256 of the file digest's canonical serialisation, shortened.
pub fn sidik(v: &Value) -> String {
    // Inside an array, so a field that is an object keeps every key (the file digest leaves
    // out a top-level `digest`).
    hitung_dalam_larik(v, PANJANG_SIDIK / 2)
}

/// Marks `r` as holding what `diterima` (the file's version) brought: the next merge takes
/// that as the base. Only records two parties write carry one (an evaluation, an SKP, a
/// dialog, a profile); the others (realisasi by the thousand) stay as small as they were.
pub fn tandai_diterima(r: &mut Record, diterima: &Record, pengirim: &str) {
    if berbasis(diterima.jenis) && !diterima.dihapus {
        let b = BasisKolom {
            dari: Some(pengirim.to_string()).filter(|p| !p.is_empty()),
            ..BasisKolom::dari(diterima)
        };
        r.lain.insert(KOLOM_BASIS.into(), b.ke_value());
    } else {
        r.lain.remove(KOLOM_BASIS);
    }
}

/// The key of a stored base that is the record's own data (see [`tandai_diterima_utuh`]).
const DARI_DATA: &str = "dari_data";
/// The key of a base's sender ([`BasisKolom::dari`]).
const PENGIRIM: &str = "dari";

/// [`tandai_diterima`] for a record stored exactly as the file brought it (added, or a later
/// revision taken whole): its base is its own data at this revision, kept in storage as
/// `{"revisi": n, "dari_data": true}` and digested only when a merge, a save or an export
/// needs it ([`basis_penuh`]). Digesting every field at the import was an eighth of importing
/// an agency (500 team files, 72,903 records), for bases most records never need.
pub fn tandai_diterima_utuh(r: &mut Record, pengirim: &str) {
    if berbasis(r.jenis) && !r.dihapus {
        let mut b = serde_json::Map::new();
        b.insert("revisi".into(), r.revisi.into());
        b.insert(DARI_DATA.into(), true.into());
        if !pengirim.is_empty() {
            b.insert(PENGIRIM.into(), pengirim.into());
        }
        r.lain.insert(KOLOM_BASIS.into(), Value::Object(b));
    } else {
        r.lain.remove(KOLOM_BASIS);
    }
}

/// The envelope fields `lain` of a stored record (`revisi`, `dihapus`, `data`) with an "own
/// data" base written out as digests, as files carry it and as a save must keep it before the
/// data changes; dropped if the record has moved past that revision (never, by the writers).
pub fn basis_penuh(
    lain: &mut serde_json::Map<String, Value>,
    revisi: u64,
    dihapus: bool,
    data: &Value,
) {
    let dari_data = lain
        .get(KOLOM_BASIS)
        .and_then(|b| Some((b.get("revisi")?.as_u64()?, b.get(DARI_DATA)?.as_bool()?)));
    match dari_data {
        Some((r, true)) if r == revisi && !dihapus => {
            let dari = (lain.get(KOLOM_BASIS))
                .and_then(|b| b.get(PENGIRIM)?.as_str())
                .map(str::to_string);
            let b = BasisKolom {
                dari,
                ..BasisKolom::dari_data(revisi, data)
            };
            lain.insert(KOLOM_BASIS.into(), b.ke_value());
        }
        Some((_, true)) => {
            lain.remove(KOLOM_BASIS);
        }
        _ => {}
    }
}

/// Whether records of this type keep a base.
pub fn berbasis(jenis: JenisRecord) -> bool {
    matches!(
        jenis,
        JenisRecord::Evaluasi
            | JenisRecord::Skp
            | JenisRecord::DialogKinerja
            | JenisRecord::Pegawai
    )
}

/// Who may write a field of one record, seen from the file's sender.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hak {
    /// Not the sender's to change: the local value stays.
    Tidak,
    /// Others may write it too: revisions or the base decide.
    Bersama,
    /// The sender's alone (the pegawai's tanggapan, the atasan's ratings).
    Tunggal,
}

/// The sender's rights over one record's fields (from `otoritas::hak_kolom`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HakPengirim {
    /// Every field, shared with the record's other parties.
    Semua,
    /// Only the named fields, the sender's alone (a pegawai and their tanggapan).
    HanyaTunggal(&'static [&'static str]),
    /// Every field but the named ones, the sender's alone (the atasan and the evaluation).
    KecualiTunggal(&'static [&'static str]),
    /// The named fields shared, the rest the sender's alone (a pegawai and their SKP).
    TunggalKecualiBersama(&'static [&'static str]),
    /// Only the named fields, shared (an atasan approving an SKP).
    HanyaBersama(&'static [&'static str]),
    Tidak,
}

impl HakPengirim {
    pub fn kolom(self, k: &str) -> Hak {
        let ada = |d: &[&str]| d.contains(&k);
        match self {
            HakPengirim::Semua => Hak::Bersama,
            HakPengirim::HanyaTunggal(d) if ada(d) => Hak::Tunggal,
            HakPengirim::KecualiTunggal(d) if !ada(d) => Hak::Tunggal,
            HakPengirim::TunggalKecualiBersama(d) if ada(d) => Hak::Bersama,
            HakPengirim::TunggalKecualiBersama(_) => Hak::Tunggal,
            HakPengirim::HanyaBersama(d) if ada(d) => Hak::Bersama,
            _ => Hak::Tidak,
        }
    }

    /// The same rights with nothing the sender's alone: the sender is the person on this
    /// device (their other device), who may have changed the same field here too.
    pub fn bersama(self) -> Self {
        match self {
            HakPengirim::HanyaTunggal(d) => HakPengirim::HanyaBersama(d),
            HakPengirim::KecualiTunggal(_) | HakPengirim::TunggalKecualiBersama(_) => {
                HakPengirim::Semua
            }
            lain => lain,
        }
    }
}

/// Why a field where the file differs keeps the local value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SebabLokal {
    /// Changed here since the base; the file did not change it.
    DiubahDiSini,
    /// Not the sender's to change (their copy is older, or forged).
    BukanHakPengirim,
}

/// The outcome of merging one record.
#[derive(Clone, Debug, PartialEq)]
pub struct Gabungan {
    /// The merged `data`; a conflicting field holds the local value until chosen.
    pub data: Value,
    /// Fields taken from the file.
    pub dari_masuk: Vec<String>,
    /// Fields where the file differs that keep the local value, and why.
    pub tetap_lokal: Vec<(String, SebabLokal)>,
    /// Fields both sides changed differently: the person chooses.
    pub konflik: Vec<String>,
    /// Whether a base was known (else ownership and revisions decided).
    pub dengan_basis: bool,
}

impl Gabungan {
    /// The merged data with the person's choice per conflicting field (`true` = the file's).
    pub fn dengan_pilihan(&self, masuk: &Value, ambil: impl Fn(&str) -> bool) -> Value {
        let mut data = self.data.clone();
        if let (Some(d), Some(m)) = (data.as_object_mut(), masuk.as_object()) {
            for k in self.konflik.iter().filter(|k| ambil(k)) {
                match m.get(k) {
                    Some(v) => d.insert(k.clone(), v.clone()),
                    None => d.remove(k),
                };
            }
        }
        data
    }
}

/// The base to merge against. The file's own base is the version its sender last received,
/// not the last one they sent: after a tanggapan sent twice, or a rating changed twice, it
/// is older than what both sides share, and every field changed since reads as changed on
/// both sides (a false conflict, whose "keep this device's" choice lands the stale value).
/// So the base stored here is taken instead when it is newer, not newer than what arrives,
/// and came from this file's sender (`pengirim`): then the sender surely had it. Without a
/// file base, the stored one when it is not newer than what arrives.
pub fn pilih_basis(lokal: &Record, masuk: &Record, pengirim: &str) -> Option<BasisKolom> {
    let di_sini = BasisKolom::baca(lokal).filter(|b| b.revisi <= masuk.revisi);
    match BasisKolom::baca(masuk) {
        None => di_sini,
        Some(m) => Some(match di_sini {
            Some(l) if l.revisi > m.revisi && l.dari.as_deref() == Some(pengirim) => l,
            _ => m,
        }),
    }
}

/// Merges `masuk` into `lokal` field by field. `None` when there is nothing to merge by field:
/// a deletion on either side, or `data` that is not an object on both. `masuk_turunan`: the
/// record-level rule takes the file's version as a descendant of this one (a higher revision
/// and no sign that both advanced), which decides shared fields when no base is known.
pub fn gabung_kolom(
    lokal: &Record,
    masuk: &Record,
    basis: Option<&BasisKolom>,
    hak: HakPengirim,
    masuk_turunan: bool,
) -> Option<Gabungan> {
    if lokal.dihapus || masuk.dihapus {
        return None;
    }
    let (l, m) = (lokal.data.as_object()?, masuk.data.as_object()?);
    let mut g = Gabungan {
        data: lokal.data.clone(),
        dari_masuk: Vec::new(),
        tetap_lokal: Vec::new(),
        konflik: Vec::new(),
        dengan_basis: basis.is_some(),
    };
    let kunci = himpunan(l.keys().chain(m.keys()));
    for k in kunci {
        let (vl, vm) = (l.get(k), m.get(k));
        if vl == vm {
            continue;
        }
        let ambil = match (hak.kolom(k), basis) {
            // Unchanged in the file since the base: this device's change stands, whoever's.
            (_, Some(b)) if !b.diubah(k, vm) => Err(Some(SebabLokal::DiubahDiSini)),
            (Hak::Tidak, _) => Err(Some(SebabLokal::BukanHakPengirim)),
            (_, Some(b)) if !b.diubah(k, vl) => Ok(()),
            (_, Some(_)) => Err(None),
            (Hak::Tunggal, None) => Ok(()),
            (Hak::Bersama, None) if masuk_turunan => Ok(()),
            (Hak::Bersama, None) => Err(None),
        };
        match ambil {
            Ok(()) => {
                if let Some(d) = g.data.as_object_mut() {
                    match vm {
                        Some(v) => d.insert(k.clone(), v.clone()),
                        None => d.remove(k),
                    };
                }
                g.dari_masuk.push(k.clone());
            }
            Err(Some(sebab)) => g.tetap_lokal.push((k.clone(), sebab)),
            Err(None) => g.konflik.push(k.clone()),
        }
    }
    Some(g)
}

#[cfg(test)]
#[path = "gabung_kolom_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "gabung_basis_tests.rs"]
mod basis_tests;
