//! The sender's rights over the fields of each record a file brings, for the field-level
//! merge (`gabung_kolom`), read from the same relations as the whole-record authority.

use super::pengembangan::KOLOM_KEPUTUSAN;
use super::{salinan, Pengirim, Relasi, KOLOM_PERSETUJUAN};
use crate::bundle::format::{Bundle, Record};
use crate::bundle::gabung_kolom::HakPengirim;
use crate::bundle::isi::{IsiRecord, IsiSekali};
use std::collections::HashMap;

/// The sender's rights over each incoming record's fields, for the field-level merge
/// (`gabung_kolom`): the evaluation's tanggapan is the pegawai's, the rest the pejabat
/// penilai's; an SKP's content is the pegawai's, its status shared with the pejabat penilai who
/// approves it; other records are shared by whoever may write them (the whole-record check
/// follows). `saya` is the NIP of the person on this device: a file of their own (another
/// device) has nothing that is the sender's alone.
/// The records' contents are decoded once for the whole plan (`ingat`).
pub(crate) fn hak_kolom<'a>(
    lokal: &'a [Record],
    masuk: &'a Bundle,
    saya: &str,
    ingat: &IsiSekali<'a>,
) -> HashMap<String, HakPengirim> {
    // A rekap's (and any admin file's) records are copies, none the sender's alone:
    // revisions and the base decide, then the copy is judged whole (`super::rekap`).
    if salinan(masuk) {
        let semua = |m: &Record| (m.id.clone(), HakPengirim::Semua);
        return masuk.records.iter().map(semua).collect();
    }
    let dari = Pengirim::dari(masuk);
    let rel = Relasi::baru(lokal, &masuk.records, ingat);
    let diri_sendiri = dari.adalah(saya);
    masuk
        .records
        .iter()
        .map(|m| {
            let hak = match ingat.isi(m).as_ref() {
                Some(IsiRecord::Evaluasi(e)) => match rel.skp.get(&e.skp_id) {
                    Some(s) if dari.adalah(&s.pegawai_nip) => {
                        HakPengirim::HanyaTunggal(&["tanggapan"])
                    }
                    Some(s) if rel.penilai(s).is_some_and(|p| dari.adalah(p)) => {
                        HakPengirim::KecualiTunggal(&["tanggapan"])
                    }
                    _ => HakPengirim::Tidak,
                },
                Some(IsiRecord::Skp(s)) if dari.adalah(&s.pegawai_nip) => {
                    HakPengirim::TunggalKecualiBersama(&KOLOM_PERSETUJUAN)
                }
                Some(IsiRecord::Skp(s)) if rel.penilai(s).is_some_and(|p| dari.adalah(p)) => {
                    HakPengirim::HanyaBersama(&KOLOM_PERSETUJUAN)
                }
                Some(IsiRecord::Skp(_)) => HakPengirim::Tidak,
                // A development plan's goals are the pegawai's, its decision the pejabat
                // penilai's.
                Some(IsiRecord::RencanaPengembangan(r)) if dari.adalah(&r.pegawai_nip) => {
                    HakPengirim::KecualiTunggal(&KOLOM_KEPUTUSAN)
                }
                Some(IsiRecord::RencanaPengembangan(r))
                    if r.keputusan.as_ref().is_some_and(|k| {
                        dari.adalah(&k.penilai_nip) && rel.menilai(&k.penilai_nip, &r.pegawai_nip)
                    }) =>
                {
                    HakPengirim::HanyaTunggal(&KOLOM_KEPUTUSAN)
                }
                Some(IsiRecord::RencanaPengembangan(_)) => HakPengirim::Tidak,
                _ => HakPengirim::Semua,
            };
            let hak = if diri_sendiri { hak.bersama() } else { hak };
            (m.id.clone(), hak)
        })
        .collect()
}
