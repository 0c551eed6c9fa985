//! A record as the batch import hands it to storage (its key, text and index entry).

use super::super::pandangan::Ringkas;
use super::super::rekaman::{kunci, SKEMA_REKAMAN};
use crate::bundle::digest;
use crate::bundle::format::{Record, KOLOM_RECORD};
use serde_json::Value;

/// A record as storage will hold it: its key, text and index entry. The text is
/// [`rekaman::simpan_apa_adanya`]'s (`dari_record`, then the envelope as a value), built from
/// the record's own parts instead of copying them twice.
pub(super) fn tulisan(r: Record) -> (String, String, Ringkas) {
    tulisan_dengan(r, None)
}

/// [`tulisan`], with the text of the record's `data` when it is already written (the digest
/// check's, for a record that lands as the file brought it: [`digest::TeksData`]).
pub(super) fn tulisan_dengan(r: Record, teks_data: Option<String>) -> (String, String, Ringkas) {
    let ringkas = Ringkas::dari(&r);
    let k = kunci(r.jenis.kode(), &r.id);
    let mut m = crate::kumpul::objek(
        r.lain
            .into_iter()
            .filter(|(k, _)| !KOLOM_RECORD.contains(&k.as_str())),
    );
    m.insert("id".into(), r.id.into());
    m.insert("type".into(), r.jenis.kode().into());
    m.insert("revision".into(), r.revisi.into());
    m.insert("updated_at".into(), r.diperbarui.into());
    m.insert("deleted".into(), r.dihapus.into());
    m.insert("schema_version".into(), SKEMA_REKAMAN.into());
    let ditulis = teks_data.and_then(|t| {
        debug_assert_eq!(serde_json::to_string(&r.data).ok().as_ref(), Some(&t));
        m.insert("data".into(), Value::Null);
        digest::kanonik_dengan(&m, "data", &t)
    });
    let teks = ditulis.unwrap_or_else(|| {
        m.insert("data".into(), r.data);
        Value::Object(m).to_string()
    });
    (k, teks, ringkas)
}
