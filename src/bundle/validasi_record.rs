//! Checks of each record on its own (Excalidraw's lesson: one bad element must not sink the
//! file). A record with any problem is refused and reported with all of its problems; the
//! others go on to the merge.

use super::amplop::{hilang, tipe_salah};
use super::digest::TeksData;
use super::format::{apakah_uuid, JenisBundle, JenisRecord, Record, KOLOM_RECORD};
use super::isi::{baca_isi, kolom_turunan, GalatIsi, IsiRecord, IsiTerbaca};
use super::masalah::{KodeMasalah, Masalah};
use super::pindai;
use super::validasi::{Batas, RecordDitolak};
use chrono::DateTime;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::Arc;

/// Splits `records` into accepted records (with their decoded content, and the canonical text
/// of their `data` from `teks_data` where the checks left it as it was) and refused ones;
/// also returns warnings.
pub(crate) fn periksa_records(
    berkas: &str,
    jenis_bundle: JenisBundle,
    records: Vec<Value>,
    mut teks_data: TeksData,
    batas: &Batas,
) -> (
    Vec<Record>,
    IsiTerbaca,
    TeksData,
    Vec<RecordDitolak>,
    Vec<Masalah>,
) {
    // Which ids appear more than once: all their copies are refused, none is guessed right.
    let mut kali: HashMap<String, usize> = HashMap::new();
    for r in &records {
        if let Some(id) = r.get("id").and_then(Value::as_str) {
            *kali.entry(id.to_string()).or_default() += 1;
        }
    }
    let (mut diterima, mut ditolak, mut peringatan) = (Vec::new(), Vec::new(), Vec::new());
    let mut isi = IsiTerbaca::default();
    let mut teks_diterima = TeksData::new();
    for (i, r) in records.into_iter().enumerate() {
        let mut c = Cek {
            berkas,
            jalur: format!("records[{i}]"),
            masalah: Vec::new(),
            peringatan: Vec::new(),
            id_untuk_laporan: None,
            isi: None,
            data_diubah: false,
        };
        let panjang_data = teks_data.get(i).and_then(|t| t.as_ref().map(String::len));
        let hasil = c.record(r, jenis_bundle, &kali, batas, panjang_data);
        let id = c.id_untuk_laporan.take();
        let tandai = |m: Masalah| m.di_record(id.as_deref());
        peringatan.extend(c.peringatan.drain(..).map(tandai));
        match hasil {
            Ok(rec) if c.masalah.is_empty() => {
                let x = if rec.dihapus { None } else { c.isi.take() };
                isi.0.push((rec.id.clone(), Arc::new(x)));
                let teks = teks_data.get_mut(i).and_then(Option::take);
                teks_diterima.push(teks.filter(|_| !c.data_diubah));
                diterima.push(rec);
            }
            Ok(rec) => ditolak.push(RecordDitolak {
                indeks: i,
                id: id.clone(),
                jenis: Some(rec.jenis.kode().into()),
                mentah: rec.ke_value(),
                masalah: c.masalah.drain(..).map(tandai).collect(),
            }),
            Err(mentah) => ditolak.push(RecordDitolak {
                indeks: i,
                id: id.clone(),
                jenis: mentah
                    .get("type")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                mentah,
                masalah: c.masalah.drain(..).map(tandai).collect(),
            }),
        }
    }
    (diterima, isi, teks_diterima, ditolak, peringatan)
}

struct Cek<'a> {
    berkas: &'a str,
    jalur: String,
    masalah: Vec<Masalah>,
    peringatan: Vec<Masalah>,
    /// The record's id as written (even when invalid), to label its problems.
    id_untuk_laporan: Option<String>,
    /// `data` as its domain object, when it decoded.
    isi: Option<IsiRecord>,
    /// Whether the checks took something out of `data` (its text as read is not its text now).
    data_diubah: bool,
}

impl Cek<'_> {
    fn di(&self, kolom: &str) -> String {
        format!("{}.{kolom}", self.jalur)
    }

    fn salah(&mut self, kolom: &str, kode: KodeMasalah, nilai: Option<&Value>) {
        let mut m = Masalah::baru(self.berkas, self.di(kolom), kode);
        if let Some(v) = nilai {
            m = m.dengan_nilai(v);
        }
        self.masalah.push(m);
    }

    /// A required field of the expected JSON shape, or a problem recorded.
    fn ambil<'v, T>(
        &mut self,
        o: &'v Map<String, Value>,
        kolom: &str,
        harap: &str,
        ubah: impl Fn(&'v Value) -> Option<T>,
    ) -> Option<T> {
        match o.get(kolom) {
            None => {
                self.masalah.push(hilang(self.berkas, &self.jalur, kolom));
                None
            }
            Some(v) => {
                let x = ubah(v);
                if x.is_none() {
                    self.masalah
                        .push(tipe_salah(self.berkas, &self.di(kolom), v, harap));
                }
                x
            }
        }
    }

    /// The record, or its raw value when it cannot even be put into the envelope type.
    /// `panjang_data`: the length of `data`'s canonical text, when the digest check wrote it.
    fn record(
        &mut self,
        r: Value,
        jenis_bundle: JenisBundle,
        kali: &HashMap<String, usize>,
        batas: &Batas,
        panjang_data: Option<usize>,
    ) -> Result<Record, Value> {
        // The whole text bounds what is inside it: no text in `data` is longer than it, and a
        // list of n items takes at least 2n + 1 bytes. Within those bounds `data` needs no walk
        // for long texts or lists (most records; an attachment's bytes are never within them).
        let data_pendek = panjang_data.is_some_and(|n| n <= batas.panjang_string_maks);
        let daftar_pendek =
            panjang_data.is_some_and(|n| n <= batas.panjang_daftar_maks.saturating_mul(2));
        let Value::Object(mut o) = r else {
            self.masalah
                .push(tipe_salah(self.berkas, &self.jalur, &r, "struct Record"));
            return Err(r);
        };
        self.id_untuk_laporan = o.get("id").and_then(Value::as_str).map(str::to_string);
        // An attachment's bytes are the one long text a record may hold: they have their own
        // ceiling, and the rulebook's size limit is checked on the decoded bytes later.
        let isi_lampiran = (o.get("type").and_then(Value::as_str)
            == Some(JenisRecord::Lampiran.kode()))
        .then(|| {
            o.get_mut("data")
                .and_then(Value::as_object_mut)
                .and_then(|d| d.remove("isi"))
        })
        .flatten();
        let panjang = match data_pendek {
            true => pindai::teks_terlalu_panjang_kecuali(
                &o,
                &self.jalur,
                batas.panjang_string_maks,
                "data",
            ),
            false => pindai::teks_terlalu_panjang_objek(&o, &self.jalur, batas.panjang_string_maks),
        };
        for t in panjang {
            let kode = KodeMasalah::StringTerlaluPanjang {
                panjang: t.panjang,
                batas: batas.panjang_string_maks,
            };
            self.masalah.push(Masalah::baru(self.berkas, t.jalur, kode));
        }
        if let Some(v) = isi_lampiran {
            let panjang = v.as_str().map_or(0, str::len);
            if panjang > batas.panjang_lampiran_maks {
                let kode = KodeMasalah::StringTerlaluPanjang {
                    panjang,
                    batas: batas.panjang_lampiran_maks,
                };
                self.masalah
                    .push(Masalah::baru(self.berkas, self.di("data.isi"), kode));
            }
            if let Some(d) = o.get_mut("data").and_then(Value::as_object_mut) {
                d.insert("isi".into(), v);
            }
        }
        let id = self.ambil(&o, "id", "a string", Value::as_str);
        if let Some(id) = id {
            if !apakah_uuid(id) {
                self.salah("id", KodeMasalah::IdTidakSah, o.get("id"));
            }
            let n = kali.get(id).copied().unwrap_or(1);
            if n > 1 {
                self.salah("id", KodeMasalah::IdGanda { kali: n }, o.get("id"));
            }
        }
        let jenis = self
            .ambil(&o, "type", "a string", Value::as_str)
            .and_then(|t| match JenisRecord::dari_kode(t) {
                None => {
                    self.salah("type", KodeMasalah::JenisRecordTidakDikenal, o.get("type"));
                    None
                }
                Some(j) if !jenis_bundle.boleh_memuat(j) => {
                    let kode = KodeMasalah::JenisRecordTidakCocok {
                        bundle: jenis_bundle,
                    };
                    self.salah("type", kode, o.get("type"));
                    None
                }
                Some(j) => Some(j),
            });
        let revisi = self.ambil(&o, "revision", "u64", Value::as_u64);
        if let Some(r) = revisi.filter(|r| *r > batas.revisi_maks) {
            let kode = KodeMasalah::RevisiTerlaluBesar {
                batas: batas.revisi_maks,
            };
            self.salah("revision", kode, Some(&Value::from(r)));
        }
        let diperbarui = self.ambil(&o, "updated_at", "a string", Value::as_str);
        if let Some(t) = diperbarui {
            if let Err(e) = DateTime::parse_from_rfc3339(t) {
                let kode = KodeMasalah::TanggalTidakSah {
                    alasan: e.to_string(),
                };
                self.salah("updated_at", kode, o.get("updated_at"));
            }
        }
        let dihapus = match o.get("deleted") {
            None => Some(false),
            Some(_) => self.ambil(&o, "deleted", "a boolean", Value::as_bool),
        };
        let ada_data = o.contains_key("data");
        if !ada_data {
            self.masalah.push(hilang(self.berkas, &self.jalur, "data"));
        }
        let (Some(id), Some(jenis), Some(revisi), Some(diperbarui), Some(dihapus), true) =
            (id, jenis, revisi, diperbarui, dihapus, ada_data)
        else {
            return Err(Value::Object(o));
        };
        let (id, diperbarui) = (id.to_string(), diperbarui.to_string());
        let mut data = o.remove("data").unwrap_or(Value::Null);
        if let Some(d) = data.get("id").filter(|d| d.as_str() != Some(id.as_str())) {
            self.salah("data.id", KodeMasalah::IdTidakCocok, Some(d));
        }
        if let Some(o) = data.as_object().filter(|_| !daftar_pendek) {
            let akar = self.di("data");
            for t in pindai::daftar_terlalu_panjang(o, &akar, batas.panjang_daftar_maks) {
                let kode = KodeMasalah::DaftarTerlaluPanjang {
                    panjang: t.panjang,
                    batas: batas.panjang_daftar_maks,
                };
                self.masalah.push(Masalah::baru(self.berkas, t.jalur, kode));
            }
        }
        self.buang_turunan(jenis, &mut data);
        // A tombstone may drop its content; anything else must be a whole domain object.
        if !(dihapus && data.is_null()) {
            self.periksa_isi(jenis, &data);
        }
        let lain = o
            .into_iter()
            .filter(|(k, _)| !KOLOM_RECORD.contains(&k.as_str()))
            .collect();
        Ok(Record {
            id,
            jenis,
            revisi,
            diperbarui,
            dihapus,
            data,
            lain,
        })
    }

    fn buang_turunan(&mut self, jenis: JenisRecord, data: &mut Value) {
        let Some(o) = data.as_object_mut() else {
            return;
        };
        for kolom in kolom_turunan(jenis) {
            if let Some(v) = o.remove(*kolom) {
                self.data_diubah = true;
                let jalur = format!("{}.data.{kolom}", self.jalur);
                let m = Masalah::baru(self.berkas, jalur, KodeMasalah::NilaiTurunanDibuang);
                self.peringatan.push(m.dengan_nilai(&v));
            }
        }
    }

    fn periksa_isi(&mut self, jenis: JenisRecord, data: &Value) {
        let akar = format!("{}.data", self.jalur);
        match baca_isi(jenis, data, &akar) {
            Ok(x) => self.isi = Some(x),
            Err(GalatIsi::Bentuk(g)) => {
                self.masalah
                    .push(Masalah::dari_data(self.berkas, g, data, &akar))
            }
            Err(GalatIsi::Rulebook(galat)) => {
                let kode = KodeMasalah::RulebookTidakKonsisten { galat };
                self.masalah.push(Masalah::baru(self.berkas, akar, kode));
            }
        }
    }
}

#[cfg(test)]
#[path = "validasi_record_tests.rs"]
mod tests;
